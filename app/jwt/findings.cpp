// SPDX-License-Identifier: MIT
#include "findings.h"

#include "algorithm.h"
#include "json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

using Severity = Finding::Severity;

constexpr double secondsPerDay = 86400;
/// A NumericDate this large is after the year 5138: almost certainly milliseconds.
constexpr double millisecondsThreshold = 1e11;
/// Beyond this even milliseconds are after 5138 (microseconds, nanoseconds or garbage).
constexpr double outOfRangeThreshold = 1e14;
/// Longest kid or value quoted in a message.
constexpr qsizetype quoteLimit = 60;

/// A value quoted for a one-line message: control characters escaped, long text cut.
QString shown(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() >= quoteLimit) {
            out += QChar(0x2026); // …
            break;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

/// Header parameters registered by RFC 7515 / 7516 / 7518: never allowed in "crit".
bool isRegisteredHeaderParameter(const QString &name)
{
    static const QSet<QString> names {
            QStringLiteral("alg"), QStringLiteral("jku"),      QStringLiteral("jwk"),
            QStringLiteral("kid"), QStringLiteral("x5u"),      QStringLiteral("x5c"),
            QStringLiteral("x5t"), QStringLiteral("x5t#S256"), QStringLiteral("typ"),
            QStringLiteral("cty"), QStringLiteral("crit"),     QStringLiteral("enc"),
            QStringLiteral("zip"), QStringLiteral("epk"),      QStringLiteral("apu"),
            QStringLiteral("apv"), QStringLiteral("iv"),       QStringLiteral("tag"),
            QStringLiteral("p2s"), QStringLiteral("p2c"),
    };
    return names.contains(name);
}

/// Extensions JWT Lens recognises when listed in "crit" (it reports b64 on its own).
bool isUnderstoodExtension(const QString &name)
{
    return name == QLatin1String("b64");
}

/// Luhn checksum over a string of ASCII digits.
bool passesLuhn(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

/// The digits of a card-number-like value (13–19 digits, spaces or dashes between groups,
/// starting with a major issuer's digit 2–6 so that timestamps do not match), else empty.
QString cardDigits(QStringView text)
{
    if (text.size() > 40)
        return {};
    QString digits;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return {};
    }
    if (digits.size() < 13 || digits.size() > 19)
        return {};
    if (digits.front() < QLatin1Char('2') || digits.front() > QLatin1Char('6'))
        return {};
    return passesLuhn(digits) ? digits : QString();
}

/// A member name that suggests a secret or personal data. (Called for every member of a
/// payload, so it allocates nothing: a payload can have 300 000 of them.)
bool looksSensitive(QStringView name)
{
    // Words of the name: split at non-alphanumerics and at camelCase humps, lower-cased
    // and joined ("squashed"), each word a range of it.
    QVarLengthArray<char16_t, 64> squashed;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> words;
    qsizetype wordStart = 0;
    bool inWord = false;
    bool previousUpper = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (inWord)
                words.append({wordStart, squashed.size()});
            inWord = false;
            continue;
        }
        // A hump: "userPin" → user|pin, and after an acronym "IBANNumber" → iban|number.
        const bool nextLower = i + 1 < name.size() && name.at(i + 1).isLower();
        if (c.isUpper() && inWord && (!previousUpper || nextLower)) {
            words.append({wordStart, squashed.size()});
            wordStart = squashed.size();
        }
        if (!inWord) {
            wordStart = squashed.size();
            inWord = true;
        }
        previousUpper = c.isUpper();
        const char16_t u = c.unicode();
        squashed.append(u < 0x80 ? (u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u)
                                 : c.toLower().unicode());
    }
    if (inWord)
        words.append({wordStart, squashed.size()});
    const QStringView all(squashed.constData(), squashed.size());

    static const QLatin1String fragments[] = {
            QLatin1String("password"),
            QLatin1String("passwd"),
            QLatin1String("passphrase"),
            QLatin1String("pwd"),
            QLatin1String("secret"),
            QLatin1String("creditcard"),
            QLatin1String("cardnumber"),
            QLatin1String("ccnumber"),
            QLatin1String("cvv"),
            QLatin1String("cvc"),
            QLatin1String("apikey"),
            QLatin1String("privatekey"),
            QLatin1String("socialsecurity"),
    };
    // One pass over the name, trying the fragments only where one could start: searching
    // for each fragment in turn was half the time of reviewing a big payload.
    for (qsizetype i = 0; i < all.size(); ++i) {
        const char16_t c = all.at(i).unicode();
        if (c != u'p' && c != u's' && c != u'c' && c != u'a')
            continue;
        const QStringView rest = all.mid(i);
        for (const QLatin1String &f : fragments) {
            if (f.front() == QLatin1Char(char(c)) && rest.startsWith(f))
                return true;
        }
    }
    // Short ones only as whole words ("classname" holds "ssn").
    static const char *const wholeWords[] = {"ssn", "pin", "pan", "iban"};
    for (const auto &[from, to] : words) {
        const QStringView word = all.mid(from, to - from);
        for (const char *w : wholeWords) {
            if (word == QLatin1String(w))
                return true;
        }
    }
    return false;
}

/// An integer spelling (no fraction, no exponent) whose magnitude exceeds 2^53 - 1.
bool isUnsafeInteger(QStringView number)
{
    QStringView digits = number;
    if (digits.startsWith(QLatin1Char('-')))
        digits = digits.mid(1);
    if (digits.isEmpty())
        return false;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    static const QString maxSafe = QStringLiteral("9007199254740991");
    if (digits.size() != maxSafe.size())
        return digits.size() > maxSafe.size();
    return digits.compare(maxSafe) > 0;
}

QString duration(double seconds)
{
    const qint64 hours = qint64(std::min(seconds, 1e15) / 3600);
    if (hours < 48)
        return QCoreApplication::translate("Findings", "%n hour(s)", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 1000)
        return QCoreApplication::translate("Findings", "%n day(s)", nullptr, int(days));
    // A plain variable: lupdate 6.4 hangs on a template argument list inside translate().
    const int years = int(std::min<qint64>(days / 365, 1000000000));
    return QCoreApplication::translate("Findings", "%n year(s)", nullptr, years);
}

class Reviewer
{
public:
    Reviewer(const Token &token, const ReviewContext &context)
        : m_token(token)
        , m_context(context)
    {
        if (m_context.now <= 0)
            m_context.now = double(QDateTime::currentSecsSinceEpoch());
    }

    QList<Finding> runContents()
    {
        if (!m_token.isJwe() && m_token.payloadIsJson())
            reviewContents();
        return m_findings;
    }

    QList<Finding> run()
    {
        const Json::Object &header = m_token.headerObject();
        if (header.isObject) {
            if (m_token.isJwe())
                reviewJwe(header);
            else
                reviewAlgorithm();
            reviewTypes(header);
            reviewCrit(header);
            reviewKeyReferences(header);
        }
        if (!m_token.isJwe() && m_token.payloadIsJson()) {
            if (m_token.payloadObject().isObject)
                reviewTimes(m_token.payloadObject());
            if (m_context.contents)
                reviewContents();
        }
        return m_findings;
    }

private:
    void add(Severity severity, const char *id, TokenPart part, const QString &message,
             const char *reference)
    {
        Finding f;
        f.severity = severity;
        f.id = QLatin1String(id);
        f.part = part;
        f.message = message;
        f.reference = QString::fromUtf8(reference);
        m_findings.append(f);
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
        const Json::Member *b64 = header.find(u"b64");
        bool b64Critical = false;
        if (const Json::Member *crit = header.find(u"crit")) {
            const QJsonDocument doc = QJsonDocument::fromJson(crit->raw);
            if (crit->kind != Json::ValueKind::Array || !doc.isArray()) {
                critMalformed(QCoreApplication::translate("Findings", "it is not an array"));
            } else if (doc.array().isEmpty()) {
                critMalformed(QCoreApplication::translate("Findings", "the list is empty"));
            } else {
                QStringList unknown;
                QSet<QString> seen;
                QString problem;
                for (const QJsonValue &v : doc.array()) {
                    if (!v.isString()) {
                        problem = QCoreApplication::translate("Findings",
                                                              "an entry is not a string");
                        break;
                    }
                    const QString name = v.toString();
                    if (name.isEmpty()) {
                        problem = QCoreApplication::translate("Findings", "an entry is empty");
                        break;
                    }
                    if (seen.contains(name)) {
                        problem = QCoreApplication::translate("Findings", "\"%1\" is listed twice")
                                          .arg(shown(name));
                        break;
                    }
                    seen.insert(name);
                    if (isRegisteredHeaderParameter(name)) {
                        problem = QCoreApplication::translate(
                                          "Findings",
                                          "\"%1\" is a registered parameter, which crit must "
                                          "not list")
                                          .arg(shown(name));
                        break;
                    }
                    if (!header.find(name)) {
                        problem = QCoreApplication::translate("Findings",
                                                              "\"%1\" is not present in the header")
                                          .arg(shown(name));
                        break;
                    }
                    if (name == QLatin1String("b64"))
                        b64Critical = true;
                    if (!isUnderstoodExtension(name))
                        unknown.append(shown(name));
                }
                if (!problem.isEmpty()) {
                    critMalformed(problem);
                } else if (!unknown.isEmpty()) {
                    add(Severity::Error, "crit-unknown", TokenPart::Header,
                        QCoreApplication::translate("Findings",
                                                    "crit requires extensions JWT Lens does not "
                                                    "understand (%1): a conforming verifier "
                                                    "rejects this token")
                                .arg(unknown.join(QLatin1String(", "))),
                        "RFC 7515 §4.1.11");
                }
            }
        }
        if (b64 && b64->kind == Json::ValueKind::False) {
            const QString message = b64Critical
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

    void reviewTimes(const Json::Object &payload)
    {
        struct Time
        {
            bool present = false;
            bool number = false;
            double value = 0;
        };
        const auto read = [&](const char *name, const char *notNumberId, Severity severity) {
            Time t;
            const Json::Member *m = payload.find(QString::fromLatin1(name));
            if (!m)
                return t;
            t.present = true;
            if (!m->isNumber()) {
                add(severity, notNumberId, TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "%1 is not a number (%2): a NumericDate counts "
                                                "seconds since 1970")
                            .arg(QLatin1String(name), shown(QString::fromUtf8(m->raw))),
                    "RFC 7519 §2, §4.1");
                return t;
            }
            t.number = true;
            t.value = m->number();
            if (!std::isfinite(t.value) || std::fabs(t.value) >= outOfRangeThreshold) {
                add(Severity::Warning, "time-out-of-range", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "%1 = %2 is far beyond any date a verifier can "
                                                "handle")
                            .arg(QLatin1String(name), shown(QString::fromUtf8(m->raw))),
                    "RFC 7519 §2");
                t.number = false;
            } else if (t.value >= millisecondsThreshold) {
                const QDateTime asMs = QDateTime::fromMSecsSinceEpoch(qint64(t.value), Qt::UTC);
                add(Severity::Warning, "time-in-milliseconds", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "%1 = %2 looks like milliseconds (%3 as "
                                                "milliseconds); a NumericDate counts seconds")
                            .arg(QLatin1String(name), shown(QString::fromUtf8(m->raw)),
                                 asMs.toString(Qt::ISODate)),
                    "RFC 7519 §2");
            }
            return t;
        };
        const Time exp = read("exp", "exp-not-number", Severity::Error);
        const Time nbf = read("nbf", "nbf-not-number", Severity::Warning);
        const Time iat = read("iat", "iat-not-number", Severity::Warning);

        if (!exp.present) {
            add(Severity::Warning, "no-exp", TokenPart::Payload,
                QCoreApplication::translate("Findings",
                                            "The token does not expire (no exp): once leaked it "
                                            "stays valid"),
                "RFC 7519 §4.1.4");
        }
        if (iat.number && iat.value > m_context.now + double(m_context.leeway)) {
            add(Severity::Warning, "iat-in-future", TokenPart::Payload,
                QCoreApplication::translate("Findings",
                                            "iat is in the future (issued in %1): the issuer's "
                                            "clock is off or the token was forged")
                        .arg(duration(iat.value - m_context.now)),
                "RFC 7519 §4.1.6");
        }
        if (exp.number && nbf.number && nbf.value >= exp.value) {
            add(Severity::Error, "nbf-after-exp", TokenPart::Payload,
                QCoreApplication::translate("Findings",
                                            "nbf is not before exp: the token is never valid"),
                "RFC 7519 §4.1.4, §4.1.5");
        }
        if (exp.number && iat.number) {
            if (exp.value <= iat.value) {
                add(Severity::Warning, "exp-before-iat", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "exp is not after iat: the token expired when it "
                                                "was issued"),
                    "RFC 7519 §4.1.4, §4.1.6");
            } else if (exp.value - iat.value > secondsPerDay) {
                add(Severity::Warning, "long-lifetime", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "The token lives %1 (exp − iat), more than 24 "
                                                "hours: a stolen token stays useful that long")
                            .arg(duration(exp.value - iat.value)),
                    "RFC 7519 §4.1.4, OWASP JWT Cheat Sheet");
            }
        }
    }

    /// Every member name and value of the payload, at any depth, through the flat lexer.
    void reviewContents()
    {
        const QString text = QString::fromUtf8(m_token.payload().decoded);
        const QList<Json::Span> spans = Json::spans(text);
        QSet<QString> reported;
        for (const Json::Span &span : spans) {
            const QStringView token = QStringView(text).mid(span.offset, span.length);
            switch (span.kind) {
            case Json::SpanKind::MemberName:
            case Json::SpanKind::String: {
                QString unescaped;
                const QStringView value = unquoted(token, unescaped);
                if (span.kind == Json::SpanKind::MemberName) {
                    if (looksSensitive(value) && !reported.contains(value.toString())) {
                        reported.insert(value.toString());
                        add(Severity::Warning, "sensitive-claim", TokenPart::Payload,
                            QCoreApplication::translate("Findings",
                                                        "The payload holds \"%1\", which looks "
                                                        "sensitive: anyone with the token can "
                                                        "read it (it is encoded, not encrypted)")
                                    .arg(shown(value)),
                            "RFC 7519 §12");
                    }
                } else {
                    reviewCardNumber(cardDigits(value));
                }
                break;
            }
            case Json::SpanKind::Number:
                reviewCardNumber(cardDigits(token));
                if (isUnsafeInteger(token) && !reported.contains(token.toString())) {
                    reported.insert(token.toString());
                    const double rounded = token.toDouble();
                    add(Severity::Warning, "big-integer", TokenPart::Payload,
                        QCoreApplication::translate("Findings",
                                                    "%1 is beyond 2^53: JavaScript and other "
                                                    "double-based readers turn it into %2")
                                .arg(shown(token), QString::number(rounded, 'f', 0)),
                        "RFC 7493 §2.2, RFC 8259 §6");
                }
                break;
            default:
                break;
            }
        }
    }

    void reviewCardNumber(const QString &digits)
    {
        if (digits.isEmpty() || m_cards.contains(digits))
            return;
        m_cards.insert(digits);
        add(Severity::Warning, "card-number", TokenPart::Payload,
            QCoreApplication::translate("Findings",
                                        "The payload holds what looks like a card number "
                                        "(ending %1): anyone with the token can read it")
                    .arg(digits.right(4)),
            "RFC 7519 §12, PCI DSS 3.4");
    }

    /// The string @p token without its quotes: a view of it, or of @p storage when it had
    /// escapes to undo (a copy for each of 300 000 names costs more than reviewing them).
    static QStringView unquoted(QStringView token, QString &storage)
    {
        if (token.size() >= 2 && token.startsWith(QLatin1Char('"'))
            && token.endsWith(QLatin1Char('"'))) {
            if (!token.contains(QLatin1Char('\\')))
                return token.mid(1, token.size() - 2); // nothing to unescape
            storage = Json::unescape(token.toUtf8());
            return storage;
        }
        if (token.startsWith(QLatin1Char('"')))
            return token.mid(1); // left open at the end of the text
        return token;
    }

    const Token &m_token;
    ReviewContext m_context;
    QList<Finding> m_findings;
    QSet<QString> m_cards;
};

} // namespace

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

namespace Findings {

QList<Finding> review(const Token &token, const ReviewContext &context)
{
    QList<Finding> findings = Reviewer(token, context).run();
    sort(findings);
    return findings;
}

QList<Finding> reviewContents(const Token &token)
{
    QList<Finding> findings = Reviewer(token, ReviewContext()).runContents();
    sort(findings);
    return findings;
}

void sort(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
}

Finding weakSecret(const QByteArray &secret)
{
    Finding f;
    f.severity = Finding::Severity::Error;
    f.id = QStringLiteral("weak-secret");
    f.part = TokenPart::Signature;
    f.message = secret.isEmpty()
            ? QCoreApplication::translate("Findings",
                                          "The token is signed with an empty HMAC secret: "
                                          "anyone can forge tokens")
            : QCoreApplication::translate("Findings",
                                          "The HMAC secret is \"%1\", a well-known weak secret: "
                                          "anyone can forge tokens")
                      .arg(shown(QString::fromUtf8(secret)));
    f.reference = QStringLiteral("RFC 8725 §3.5, RFC 7518 §3.2");
    return f;
}

QStringList ids()
{
    return {
            QStringLiteral("alg-none"),
            QStringLiteral("alg-unsupported"),
            QStringLiteral("empty-signature"),
            QStringLiteral("typ-not-string"),
            QStringLiteral("typ-unusual"),
            QStringLiteral("cty-not-string"),
            QStringLiteral("cty-nested"),
            QStringLiteral("cty-unusual"),
            QStringLiteral("crit-malformed"),
            QStringLiteral("crit-unknown"),
            QStringLiteral("b64-false"),
            QStringLiteral("jku"),
            QStringLiteral("x5u"),
            QStringLiteral("embedded-jwk"),
            QStringLiteral("x5c"),
            QStringLiteral("kid-not-string"),
            QStringLiteral("kid-path-traversal"),
            QStringLiteral("kid-injection"),
            QStringLiteral("jwe"),
            QStringLiteral("jwe-unknown-alg"),
            QStringLiteral("jwe-unknown-enc"),
            QStringLiteral("jwe-rsa1_5"),
            QStringLiteral("no-exp"),
            QStringLiteral("exp-not-number"),
            QStringLiteral("nbf-not-number"),
            QStringLiteral("iat-not-number"),
            QStringLiteral("time-in-milliseconds"),
            QStringLiteral("time-out-of-range"),
            QStringLiteral("iat-in-future"),
            QStringLiteral("nbf-after-exp"),
            QStringLiteral("exp-before-iat"),
            QStringLiteral("long-lifetime"),
            QStringLiteral("sensitive-claim"),
            QStringLiteral("card-number"),
            QStringLiteral("big-integer"),
            QStringLiteral("weak-secret"),
            QStringLiteral("key-alg-mismatch"), // keyFindings()
            QStringLiteral("small-rsa-key"),
    };
}

} // namespace Findings
