// SPDX-License-Identifier: MIT
// The header checks of Findings::review(): algorithm, types, crit, key references, JWE.
#include "findingschecks.h"

#include "algorithm.h"
#include "critical.h"

#include <QCoreApplication>

namespace {

using Findings::Checks::shown;
using Severity = Finding::Severity;

class HeaderReviewer
{
public:
    HeaderReviewer(const Token &token, QList<Finding> &findings)
        : m_token(token)
        , m_findings(findings)
    { }

    void run(const Json::Object &header)
    {
        if (m_token.isJwe())
            reviewJwe(header);
        else
            reviewAlgorithm();
        reviewTypes(header);
        reviewCrit(header);
        reviewKeyReferences(header);
    }

private:
    void add(Severity severity, const char *id, TokenPart part, const QString &message,
             const char *reference)
    {
        Findings::Checks::add(m_findings, severity, id, part, message, reference);
    }

    void reviewAlgorithm()
    {
        if (!m_token.hasAlg())
            return; // a malformed header: Token reports it
        const QString alg = m_token.alg();
        const bool none = alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
        if (none) {
            add(Severity::Error, "alg-none", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "The token is unsecured (alg \"%1\"): anyone can "
                                            "write it, and a verifier that accepts it can be "
                                            "fooled")
                        .arg(shown(alg)),
                "RFC 8725 §3.1, RFC 7518 §3.6");
        } else if (!Algorithms::fromName(alg)) {
            add(Severity::Warning, "alg-unsupported", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "Algorithm \"%1\" is not a JWS algorithm JWT Lens "
                                            "supports: the signature cannot be checked")
                        .arg(shown(alg)),
                "RFC 7518 §3.1");
        }
        const Segment &signature = m_token.signature();
        if (!none && signature.present && signature.encoded.isEmpty()) {
            add(Severity::Error, "empty-signature", TokenPart::Signature,
                QCoreApplication::translate("Findings",
                                            "The signature is empty: only a verifier that skips "
                                            "the check accepts this token"),
                "RFC 7515 §5.2");
        }
    }

    void reviewTypes(const Json::Object &header)
    {
        if (const Json::Member *typ = header.find(u"typ")) {
            if (typ->kind != Json::ValueKind::String) {
                add(Severity::Warning, "typ-not-string", TokenPart::Header,
                    QCoreApplication::translate("Findings", "typ is not a string"),
                    "RFC 7515 §4.1.9");
            } else {
                const QString value = typ->string();
                const QString lower = value.toLower();
                const bool usual = lower == QLatin1String("jwt")
                        || lower == QLatin1String("application/jwt")
                        || lower.endsWith(QLatin1String("+jwt")) || lower == QLatin1String("jose");
                if (!usual) {
                    add(Severity::Info, "typ-unusual", TokenPart::Header,
                        QCoreApplication::translate("Findings",
                                                    "Unusual typ \"%1\": a JWT says \"JWT\" or an "
                                                    "explicit type such as \"at+jwt\"")
                                .arg(shown(value)),
                        "RFC 7519 §5.1, RFC 8725 §3.11");
                }
            }
        }
        if (const Json::Member *cty = header.find(u"cty")) {
            if (cty->kind != Json::ValueKind::String) {
                add(Severity::Warning, "cty-not-string", TokenPart::Header,
                    QCoreApplication::translate("Findings", "cty is not a string"),
                    "RFC 7515 §4.1.10");
            } else if (cty->string().compare(QLatin1String("JWT"), Qt::CaseInsensitive) == 0) {
                add(Severity::Info, "cty-nested", TokenPart::Header,
                    QCoreApplication::translate("Findings",
                                                "cty \"JWT\": the payload is itself a token "
                                                "(nested JWT), which must be verified too"),
                    "RFC 7519 §5.2");
            } else {
                add(Severity::Info, "cty-unusual", TokenPart::Header,
                    QCoreApplication::translate("Findings",
                                                "Content type \"%1\": the payload is not a JWT "
                                                "claims set (cty is meant for nested tokens)")
                            .arg(shown(cty->string())),
                    "RFC 7515 §4.1.10, RFC 7519 §5.2");
            }
        }
    }

    void critMalformed(const QString &reason)
    {
        add(Severity::Error, "crit-malformed", TokenPart::Header,
            QCoreApplication::translate("Findings", "Malformed crit: %1").arg(reason),
            "RFC 7515 §4.1.11");
    }

    void reviewCrit(const Json::Object &header)
    {
        const Critical::Check crit = Critical::check(header);
        switch (crit.verdict) {
        case Critical::Check::Verdict::None:
        case Critical::Check::Verdict::Fine:
            break;
        case Critical::Check::Verdict::Malformed:
            critMalformed(crit.problem);
            break;
        case Critical::Check::Verdict::Unknown:
            add(Severity::Error, "crit-unknown", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "crit requires extensions JWT Lens does not "
                                            "understand (%1): a conforming verifier "
                                            "rejects this token")
                        .arg(crit.unknown.join(QLatin1String(", "))),
                "RFC 7515 §4.1.11");
            break;
        }
        const Json::Member *b64 = header.find(u"b64");
        if (b64 && b64->kind == Json::ValueKind::False) {
            const QString message = crit.b64Listed
                    ? QCoreApplication::translate("Findings",
                                                  "b64 is false: the payload is not "
                                                  "base64url-encoded, and most JWT libraries "
                                                  "cannot verify such a token")
                    : QCoreApplication::translate("Findings",
                                                  "b64 is false but not listed in crit: "
                                                  "verifiers disagree on what was signed");
            add(Severity::Warning, "b64-false", TokenPart::Header, message, "RFC 7797 §3, §6");
        }
    }

    void reviewKeyReferences(const Json::Object &header)
    {
        if (const Json::Member *jku = header.find(u"jku")) {
            add(Severity::Warning, "jku", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "The token names its own key set URL (jku \"%1\"): "
                                            "a verifier that fetches it lets the sender choose "
                                            "the key")
                        .arg(shown(jku->string())),
                "RFC 7515 §4.1.2, RFC 8725 §3.10");
        }
        if (const Json::Member *x5u = header.find(u"x5u")) {
            add(Severity::Warning, "x5u", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "The token names its own certificate URL (x5u "
                                            "\"%1\"): a verifier that fetches it can be made to "
                                            "trust the sender's key or to make requests for it")
                        .arg(shown(x5u->string())),
                "RFC 7515 §4.1.5, RFC 8725 §3.10");
        }
        if (header.find(u"jwk")) {
            add(Severity::Warning, "embedded-jwk", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "The token carries its own public key (jwk): a "
                                            "verifier that uses it accepts tokens anyone can "
                                            "sign"),
                "RFC 7515 §4.1.3, CVE-2018-0114");
        }
        if (header.find(u"x5c")) {
            add(Severity::Warning, "x5c", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "The token carries its own certificate chain (x5c): "
                                            "trust it only after validating the chain against "
                                            "your own trust anchors"),
                "RFC 7515 §4.1.6, RFC 8725 §3.10");
        }
        const Json::Member *kid = header.find(u"kid");
        if (!kid)
            return;
        if (kid->kind != Json::ValueKind::String) {
            add(Severity::Warning, "kid-not-string", TokenPart::Header,
                QCoreApplication::translate("Findings", "kid is not a string"), "RFC 7515 §4.1.4");
            return;
        }
        const QString value = kid->string();
        if (value.contains(QLatin1Char('/')) || value.contains(QLatin1Char('\\'))
            || value.contains(QLatin1String(".."))) {
            add(Severity::Warning, "kid-path-traversal", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "kid \"%1\" holds path separators or \"..\": a "
                                            "verifier that reads key files by kid can be "
                                            "pointed at any file")
                        .arg(shown(value)),
                "RFC 8725 §3.10");
        }
        static const QString metacharacters = QStringLiteral("'\"`;|&$<>(){}*\\");
        bool injection = value.contains(QLatin1String("--")) || value.contains(QLatin1String("/*"));
        for (const QChar c : value) {
            if (metacharacters.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
                injection = true;
        }
        if (injection) {
            add(Severity::Warning, "kid-injection", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "kid \"%1\" holds quotes or SQL/shell "
                                            "metacharacters: a verifier that looks keys up by "
                                            "kid may be open to injection")
                        .arg(shown(value)),
                "RFC 8725 §3.10");
        }
    }

    void reviewJwe(const Json::Object &header)
    {
        struct Meaning
        {
            const char *name;
            const char *text;
        };
        // clang-format off
        static const Meaning algs[] = {
            {"RSA1_5", QT_TRANSLATE_NOOP("Findings", "RSAES-PKCS1-v1_5 key encryption")},
            {"RSA-OAEP", QT_TRANSLATE_NOOP("Findings", "RSAES-OAEP key encryption (SHA-1)")},
            {"RSA-OAEP-256", QT_TRANSLATE_NOOP("Findings", "RSAES-OAEP key encryption (SHA-256)")},
            {"A128KW", QT_TRANSLATE_NOOP("Findings", "AES-128 key wrap")},
            {"A192KW", QT_TRANSLATE_NOOP("Findings", "AES-192 key wrap")},
            {"A256KW", QT_TRANSLATE_NOOP("Findings", "AES-256 key wrap")},
            {"dir", QT_TRANSLATE_NOOP("Findings", "a shared symmetric key used directly")},
            {"ECDH-ES", QT_TRANSLATE_NOOP("Findings", "ECDH-ES key agreement (ephemeral key in epk)")},
            {"ECDH-ES+A128KW", QT_TRANSLATE_NOOP("Findings", "ECDH-ES key agreement with AES-128 key wrap")},
            {"ECDH-ES+A192KW", QT_TRANSLATE_NOOP("Findings", "ECDH-ES key agreement with AES-192 key wrap")},
            {"ECDH-ES+A256KW", QT_TRANSLATE_NOOP("Findings", "ECDH-ES key agreement with AES-256 key wrap")},
            {"A128GCMKW", QT_TRANSLATE_NOOP("Findings", "AES-128 GCM key wrap")},
            {"A192GCMKW", QT_TRANSLATE_NOOP("Findings", "AES-192 GCM key wrap")},
            {"A256GCMKW", QT_TRANSLATE_NOOP("Findings", "AES-256 GCM key wrap")},
            {"PBES2-HS256+A128KW", QT_TRANSLATE_NOOP("Findings", "a password (PBES2, HMAC SHA-256, AES-128 key wrap)")},
            {"PBES2-HS384+A192KW", QT_TRANSLATE_NOOP("Findings", "a password (PBES2, HMAC SHA-384, AES-192 key wrap)")},
            {"PBES2-HS512+A256KW", QT_TRANSLATE_NOOP("Findings", "a password (PBES2, HMAC SHA-512, AES-256 key wrap)")},
        };
        static const Meaning encs[] = {
            {"A128CBC-HS256", QT_TRANSLATE_NOOP("Findings", "AES-128-CBC with HMAC SHA-256")},
            {"A192CBC-HS384", QT_TRANSLATE_NOOP("Findings", "AES-192-CBC with HMAC SHA-384")},
            {"A256CBC-HS512", QT_TRANSLATE_NOOP("Findings", "AES-256-CBC with HMAC SHA-512")},
            {"A128GCM", QT_TRANSLATE_NOOP("Findings", "AES-128 GCM")},
            {"A192GCM", QT_TRANSLATE_NOOP("Findings", "AES-192 GCM")},
            {"A256GCM", QT_TRANSLATE_NOOP("Findings", "AES-256 GCM")},
        };
        // clang-format on
        const auto meaning = [](const auto &table, const QString &name) -> QString {
            for (const Meaning &m : table) {
                if (name == QLatin1String(m.name))
                    return QCoreApplication::translate("Findings", m.text);
            }
            return {};
        };
        const QString alg = m_token.alg();
        const Json::Member *encMember = header.find(u"enc");
        const QString enc = encMember ? encMember->string() : QString();
        QString algText = meaning(algs, alg);
        QString encText = meaning(encs, enc);
        if (algText.isEmpty()) {
            add(Severity::Warning, "jwe-unknown-alg", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "Unknown JWE key management algorithm \"%1\"")
                        .arg(shown(alg)),
                "RFC 7518 §4.1");
            algText = QCoreApplication::translate("Findings", "unknown");
        }
        if (encText.isEmpty()) {
            add(Severity::Warning, "jwe-unknown-enc", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "Unknown or missing JWE content encryption \"%1\"")
                        .arg(shown(enc)),
                "RFC 7518 §5.1");
            encText = QCoreApplication::translate("Findings", "unknown");
        }
        if (alg == QLatin1String("RSA1_5")) {
            add(Severity::Warning, "jwe-rsa1_5", TokenPart::Header,
                QCoreApplication::translate("Findings",
                                            "RSA1_5 key encryption is open to padding-oracle "
                                            "(Bleichenbacher) attacks; prefer RSA-OAEP-256"),
                "RFC 8725 §3.2, RFC 7518 §4.2");
        }
        add(Severity::Info, "jwe", TokenPart::Header,
            QCoreApplication::translate("Findings",
                                        "Encrypted token (JWE): the content key comes from %1 "
                                        "(alg \"%2\"), the content is encrypted with %3 (enc "
                                        "\"%4\"); only the protected header can be shown")
                    .arg(algText, shown(alg), encText, shown(enc)),
            "RFC 7516 §4.1");
    }

    const Token &m_token;
    QList<Finding> &m_findings;
};

} // namespace

namespace Findings::Checks {

void reviewHeader(const Token &token, const Json::Object &header, QList<Finding> &findings)
{
    HeaderReviewer(token, findings).run(header);
}

} // namespace Findings::Checks
