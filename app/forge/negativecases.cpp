// SPDX-License-Identifier: MIT
// The kid, psychic-signature, claims and structure cases of the negative set.
#include "jsonedit.h"
#include "negativemaker.h"

#include "algorithm.h"
#include "base64url.h"
#include "json.h"
#include "keyforms.h"

namespace Forge::Negative {

void Maker::kidInjection()
{
    const bool hmacServer = m_public.isNull();
    const Algorithm hs = hmacServer ? m_alg : Algorithm::HS256;
    const QString hsName = Algorithms::name(hs);
    const int bits = Algorithms::hashBits(hs);
    const QString cls = foreignClass(hsName);
    const QByteArray hsHeader = headerWith(hsName);

    add(QStringLiteral("kid-path-traversal-dev-null"), QStringLiteral("kid"),
        hmacWith(bits, QByteArray(),
                 JsonEdit::setCompact(hsHeader, QStringLiteral("kid"),
                                      str(QStringLiteral("../../../../../../../dev/null"))),
                 m_forged),
        Expectation::Reject, cls,
        ForgeTr::tr(
                "kid \"../../../../../../../dev/null\", %1 with an empty secret. A verifier that "
                "reads "
                "the key from a file named by kid reads /dev/null: the empty secret that made this "
                "HMAC.")
                .arg(hsName),
        QString::fromUtf8(refKid));

    const QString injectedSecret = QStringLiteral("jwtlens");
    add(QStringLiteral("kid-sql-injection"), QStringLiteral("kid"),
        hmacWith(bits, injectedSecret.toUtf8(),
                 JsonEdit::setCompact(hsHeader, QStringLiteral("kid"),
                                      str(QStringLiteral("x' UNION SELECT 'jwtlens' -- "))),
                 m_forged),
        Expectation::Reject, cls,
        ForgeTr::tr(
                "kid \"x' UNION SELECT 'jwtlens' -- \", %1 with the secret \"jwtlens\". A verifier "
                "that looks the key up with kid pasted into SQL gets the secret the injection "
                "selects.")
                .arg(hsName),
        QString::fromUtf8(refKid));

    const QString sqlKid = QStringLiteral("1' OR '1'='1");
    add(QStringLiteral("kid-sql-metacharacters-right-key"), QStringLiteral("kid"),
        signWith(m_alg, m_signing,
                 JsonEdit::setCompact(m_header, QStringLiteral("kid"), str(sqlKid)), m_payload),
        Expectation::Accept, {},
        ForgeTr::tr(
                "kid \"%1\", signed with the right key. A correct verifier accepts it (one that "
                "picks keys strictly by kid may refuse an unknown kid: also correct); an error "
                "(500) "
                "or a different answer than the baseline shows kid reaching SQL unescaped.")
                .arg(sqlKid),
        QString::fromUtf8(refKid));

    const QString shellKid = QStringLiteral("k$(sleep 5)`sleep 5`;sleep 5;#|");
    add(QStringLiteral("kid-shell-metacharacters-right-key"), QStringLiteral("kid"),
        signWith(m_alg, m_signing,
                 JsonEdit::setCompact(m_header, QStringLiteral("kid"), str(shellKid)), m_payload),
        Expectation::Accept, {},
        ForgeTr::tr(
                "kid \"%1\", signed with the right key. A correct verifier accepts it (or refuses "
                "an unknown kid); an answer five seconds late shows kid reaching a shell.")
                .arg(shellKid),
        QString::fromUtf8(refKid));

    if (hmacServer) {
        set.skipped << ForgeTr::tr(
                "kid naming another key: the server uses a secret, it has no public "
                "key to name");
        return;
    }
    QByteArray pem = m_public.toPem();
    const QString publicKid = m_public.kid().isEmpty()
            ? QString::fromLatin1(Base64Url::encode(m_public.thumbprint()))
            : m_public.kid();
    add(QStringLiteral("kid-names-public-key"), QStringLiteral("kid"),
        hmacWith(256, pem,
                 JsonEdit::setCompact(headerWith(QStringLiteral("HS256")), QStringLiteral("kid"),
                                      str(publicKid)),
                 m_forged),
        Expectation::Reject, foreignClass(QStringLiteral("HS256")),
        ForgeTr::tr("kid \"%1\" names the server's public key, HS256 keyed with its PEM. A "
                    "verifier that "
                    "finds the key by kid and lets the token's alg decide how to use it takes the "
                    "public "
                    "key as an HMAC secret.")
                .arg(publicKid),
        QString::fromUtf8(refConfusion));
}

void Maker::psychic()
{
    for (Algorithm alg : {Algorithm::ES256, Algorithm::ES384, Algorithm::ES512}) {
        const QString name = Algorithms::name(alg);
        const QByteArray n = KeyForms::curveOrder(Algorithms::curve(alg));
        if (n.isEmpty())
            continue;
        const QByteArray input = signingInput(headerWith(name), m_forged);
        const QString cls = foreignClass(name);
        const QString ref = QStringLiteral("RFC 7518 §3.4; CVE-2022-21449");
        add(QStringLiteral("psychic-%1-r0-s0").arg(name), QStringLiteral("psychic-signature"),
            input + '.' + Base64Url::encode(QByteArray(2 * n.size(), '\0')), Expectation::Reject,
            cls,
            ForgeTr::tr(
                    "%1 with r = s = 0. ECDSA verification that does not check 1 ≤ r, s < n (Java "
                    "15–18's \"psychic signatures\") accepts it for any message and key.")
                    .arg(name),
            ref);
        add(QStringLiteral("psychic-%1-r-n-s-n").arg(name), QStringLiteral("psychic-signature"),
            input + '.' + Base64Url::encode(n + n), Expectation::Reject, cls,
            ForgeTr::tr(
                    "%1 with r = s = n, the group order. A verifier that reduces r and s modulo n "
                    "before the range check sees r = s = 0.")
                    .arg(name),
            ref);
    }
}

void Maker::claims()
{
    const auto signedPayload = [this](const QByteArray &payload) {
        return signWith(m_alg, m_signing, m_header, payload);
    };
    const auto num = [](qint64 v) {
        return QByteArray::number(v);
    };
    const QString timeRef = QStringLiteral("RFC 7519 §4.1.4–4.1.6");
    const QByteArray payload = m_payload;
    const bool hasIat = !JsonEdit::memberValue(payload, QStringLiteral("iat")).isNull();

    QByteArray expired = JsonEdit::setCompact(payload, QStringLiteral("exp"), num(m_now - 3600));
    if (hasIat)
        expired = JsonEdit::setCompact(expired, QStringLiteral("iat"),
                                       num(m_now - 3600 - freshLifetime));
    add(QStringLiteral("claims-expired"), QStringLiteral("claims"), signedPayload(expired),
        Expectation::Reject, QStringLiteral("expired"),
        ForgeTr::tr(
                "Signed with the right key, expired an hour ago. A verifier that checks only the "
                "signature accepts it."),
        timeRef);
    add(QStringLiteral("claims-not-yet-valid"), QStringLiteral("claims"),
        signedPayload(JsonEdit::setCompact(
                JsonEdit::setCompact(payload, QStringLiteral("nbf"), num(m_now + 3600)),
                QStringLiteral("exp"), num(m_now + 7200))),
        Expectation::Reject, QStringLiteral("not_yet_valid"),
        ForgeTr::tr("nbf an hour ahead. A verifier that ignores nbf accepts it early."), timeRef);
    add(QStringLiteral("claims-issued-in-future"), QStringLiteral("claims"),
        signedPayload(JsonEdit::setCompact(
                JsonEdit::setCompact(payload, QStringLiteral("iat"), num(m_now + 3600)),
                QStringLiteral("exp"), num(m_now + 7200))),
        Expectation::Reject, QStringLiteral("issued_in_future"),
        ForgeTr::tr(
                "iat an hour ahead: the issuer's clock is wrong or the token is forged. A verifier "
                "that ignores iat accepts it."),
        timeRef);
    const QByteArray exp = JsonEdit::memberValue(payload, QStringLiteral("exp"));
    add(QStringLiteral("claims-exp-string"), QStringLiteral("claims"),
        signedPayload(JsonEdit::setCompact(payload, QStringLiteral("exp"), '"' + exp + '"')),
        Expectation::Reject, QStringLiteral("malformed_claim"),
        ForgeTr::tr("exp as the string \"%1\". A verifier that skips a time claim it cannot "
                    "compare (or "
                    "compares strings) never lets the token expire.")
                .arg(QString::fromLatin1(exp)),
        QStringLiteral("RFC 7519 §2, §4.1.4"));
    add(QStringLiteral("claims-exp-milliseconds"), QStringLiteral("claims"),
        signedPayload(JsonEdit::setCompact(payload, QStringLiteral("exp"), exp + "000")),
        Expectation::Reject, QStringLiteral("malformed_claim"),
        ForgeTr::tr(
                "exp in milliseconds (%1000): read as seconds, a date fifty thousand years ahead, "
                "so "
                "the token never expires. A correct verifier refuses a NumericDate that cannot be "
                "seconds.")
                .arg(QString::fromLatin1(exp)),
        QStringLiteral("RFC 7519 §2, §4.1.4"));

    VerifierSettings audience = m_settings;
    if (audience.audience.isEmpty())
        audience.audience = QStringLiteral("https://api.example");
    add(QStringLiteral("claims-wrong-audience"), QStringLiteral("claims"),
        signedPayload(JsonEdit::setCompact(payload, QStringLiteral("aud"),
                                           str(QStringLiteral("https://other.example")))),
        Expectation::Reject, QStringLiteral("wrong_audience"),
        ForgeTr::tr("aud names another service. A verifier that does not check aud accepts a token "
                    "issued for someone else (one service's token replayed at another)."),
        QStringLiteral("RFC 8725 §3.9; RFC 7519 §4.1.3"), &audience);
    VerifierSettings issuer = m_settings;
    if (issuer.issuer.isEmpty())
        issuer.issuer = QStringLiteral("https://issuer.example");
    add(QStringLiteral("claims-wrong-issuer"), QStringLiteral("claims"),
        signedPayload(JsonEdit::setCompact(payload, QStringLiteral("iss"),
                                           str(QStringLiteral("https://attacker.example")))),
        Expectation::Reject, QStringLiteral("wrong_issuer"),
        ForgeTr::tr("iss names another issuer. A verifier that does not check iss accepts tokens "
                    "of any "
                    "issuer whose keys it holds."),
        QStringLiteral("RFC 8725 §3.8; RFC 7519 §4.1.1"), &issuer);

    QStringList missing = m_settings.requiredClaims;
    if (!m_settings.issuer.isEmpty())
        missing << QStringLiteral("iss");
    if (!m_settings.audience.isEmpty())
        missing << QStringLiteral("aud");
    for (const QString &name : std::as_const(missing)) {
        add(QStringLiteral("claims-missing-%1").arg(name), QStringLiteral("claims"),
            signedPayload(JsonEdit::removeCompact(payload, name)), Expectation::Reject,
            QStringLiteral("missing_claim"),
            ForgeTr::tr(
                    "No \"%1\". A verifier that checks a claim only when it is present accepts it "
                    "(a token without exp never expires).")
                    .arg(name),
            QStringLiteral("RFC 7519 §4.1; RFC 8725 §3.8, §3.9"));
    }

    QByteArray longLived
            = JsonEdit::setCompact(payload, QStringLiteral("exp"), num(m_now + 2 * tenYears));
    add(QStringLiteral("claims-huge-lifetime"), QStringLiteral("claims"), signedPayload(longLived),
        Expectation::Accept, {},
        ForgeTr::tr(
                "Valid for twenty years (past 2038). A correct verifier accepts it: RFC 7519 sets "
                "no "
                "upper bound (a policy may, and jwtlens lint reports it). A verifier that keeps "
                "times in 32 bits overflows and refuses it as expired."),
        QStringLiteral("RFC 7519 §4.1.4"));
}

void Maker::structure()
{
    const auto signedHeader = [this](const QByteArray &header) {
        return signWith(m_alg, m_signing, header, m_payload);
    };
    QByteArray duplicate = m_header;
    duplicate.insert(duplicate.lastIndexOf('}'), ",\"alg\":\"none\"");
    add(QStringLiteral("header-duplicate-alg"), QStringLiteral("structure"),
        signedHeader(duplicate), Expectation::Reject, QStringLiteral("malformed"),
        ForgeTr::tr(
                "The header has \"alg\" twice: %1 first, \"none\" last. Parsers that keep the "
                "first "
                "and those that keep the last see different algorithms (a gateway and the service "
                "behind it may disagree); RFC 7515 says reject, or use the last.")
                .arg(m_algName),
        QStringLiteral("RFC 7515 §4, §5.2; RFC 8725 §2.6"));

    QByteArray crit
            = JsonEdit::setCompact(m_header, QStringLiteral("crit"), "[\"jwtlens-unknown\"]");
    crit = JsonEdit::setCompact(crit, QStringLiteral("jwtlens-unknown"), "true");
    add(QStringLiteral("header-crit-unknown"), QStringLiteral("structure"), signedHeader(crit),
        Expectation::Reject, QStringLiteral("unknown_critical"),
        ForgeTr::tr(
                "crit names the extension \"jwtlens-unknown\", signed with the right key. A "
                "verifier "
                "must refuse a critical extension it does not understand; one that ignores crit "
                "accepts tokens whose meaning it does not know."),
        QStringLiteral("RFC 7515 §4.1.11"));

    const QByteArray b64
            = JsonEdit::setCompact(JsonEdit::setCompact(m_header, QStringLiteral("b64"), "false"),
                                   QStringLiteral("crit"), "[\"b64\"]");
    add(QStringLiteral("header-b64-false"), QStringLiteral("structure"), signedHeader(b64),
        Expectation::Reject, QStringLiteral("unsupported_b64"),
        ForgeTr::tr(
                "\"b64\": false with crit [\"b64\"] (RFC 7797, unencoded payload), signed over the "
                "usual encoded payload. A verifier that ignores crit and b64 verifies it and "
                "decodes "
                "the claims; one without RFC 7797 must refuse it (crit), and one with it reads the "
                "payload as the raw text, which is not a claims set: JWTs do not use b64."),
        QStringLiteral("RFC 7797 §3, §6, §7"));

    // For a server with a public key, the RSA-OAEP form anyone could encrypt to; else "dir".
    const QString jweAlg
            = m_public.isNull() ? QStringLiteral("dir") : QStringLiteral("RSA-OAEP-256");
    const QByteArray jweHeader = "{\"alg\":" + str(jweAlg) + ",\"enc\":\"A256GCM\"}";
    const QByteArray jwe = Base64Url::encode(jweHeader) + '.'
            + (m_public.isNull() ? QByteArray() : Base64Url::encode(QByteArray(256, '\x5a'))) + '.'
            + Base64Url::encode(QByteArray(12, '\x01')) + '.' + Base64Url::encode(m_forged) + '.'
            + Base64Url::encode(QByteArray(16, '\x02'));
    add(QStringLiteral("jwe-where-jws-expected"), QStringLiteral("structure"), jwe,
        Expectation::Reject, QStringLiteral("encrypted_token"),
        ForgeTr::tr(
                "A JWE (five parts, alg %1). A JWE is not signed: anyone can encrypt to a public "
                "key. A service that accepts JWE and JWS alike and trusts what decrypts accepts "
                "claims nobody signed. (The parts here are placeholders that do not decrypt.)")
                .arg(jweAlg),
        QStringLiteral("RFC 8725 §2.3, §3.12; RFC 7516 §9"));

    add(QStringLiteral("jws-with-five-parts"), QStringLiteral("structure"),
        signedHeader(m_header) + ".e30.e30", Expectation::Reject, QStringLiteral("malformed"),
        ForgeTr::tr(
                "The baseline JWS with two more parts. A parser that counts parts to tell JWS from "
                "JWE, or reads the first three, sees different tokens."),
        QStringLiteral("RFC 7516 §9; RFC 7515 §7.1"));

    VerifierSettings jwt = m_settings;
    jwt.type = QStringLiteral("JWT");
    add(QStringLiteral("typ-at+jwt-where-JWT-expected"), QStringLiteral("structure"),
        signedHeader(JsonEdit::setCompact(m_header, QStringLiteral("typ"),
                                          str(QStringLiteral("at+jwt")))),
        Expectation::Reject, QStringLiteral("wrong_type"),
        ForgeTr::tr("typ \"at+jwt\" (an OAuth access token) where a \"JWT\" (e.g. an ID token) is "
                    "expected, signed with the right key. A verifier that does not check typ "
                    "accepts one "
                    "kind of token in the place of another."),
        QStringLiteral("RFC 8725 §2.8, §3.11; RFC 9068 §4"), &jwt);
    VerifierSettings at = m_settings;
    at.type = QStringLiteral("at+jwt");
    add(QStringLiteral("typ-JWT-where-at+jwt-expected"), QStringLiteral("structure"),
        signedHeader(
                JsonEdit::setCompact(m_header, QStringLiteral("typ"), str(QStringLiteral("JWT")))),
        Expectation::Reject, QStringLiteral("wrong_type"),
        ForgeTr::tr("typ \"JWT\" where an access token (\"at+jwt\") is expected. RFC 9068 says a "
                    "resource server must refuse it."),
        QStringLiteral("RFC 8725 §3.11; RFC 9068 §4"), &at);

    const Algorithm hs = m_public.isNull() ? m_alg : Algorithm::HS256;
    const QString hsName = Algorithms::name(hs);
    add(QStringLiteral("hmac-empty-key"), QStringLiteral("structure"),
        hmacWith(Algorithms::hashBits(hs), QByteArray(), headerWith(hsName), m_forged),
        Expectation::Reject, foreignClass(hsName),
        ForgeTr::tr("%1 with the empty secret \"\". A server whose secret is unset (an empty "
                    "environment "
                    "variable) accepts it, as do libraries that allow a zero-length key.")
                .arg(hsName),
        QStringLiteral("RFC 8725 §3.5; RFC 7518 §3.2"));
}

} // namespace Forge::Negative
