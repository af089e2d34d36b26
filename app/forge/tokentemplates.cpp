// SPDX-License-Identifier: MIT
#include "tokentemplates.h"

#include "json.h"
#include "jwe.h"
#include "jws.h"
#include "keygen.h"

#include <QCoreApplication>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// Signs header.payload with @p key (unsecured when alg is none).
TokenTemplates::Built signToken(Algorithm alg, const QByteArray &header, const QByteArray &payload,
                                const Key &key)
{
    TokenTemplates::Built built;
    const QByteArray input = b64(header) + '.' + b64(payload);
    if (alg == Algorithm::None) {
        built.token = QString::fromLatin1(input + '.');
        return built;
    }
    const Signature signature = sign(alg, key, input);
    if (!signature.ok()) {
        built.error = signature.error;
        return built;
    }
    built.token = QString::fromLatin1(input + '.' + b64(signature.bytes));
    return built;
}

TokenTemplates::Built withSecret(const QByteArray &header, const QByteArray &payload,
                                 const QByteArray &secret)
{
    TokenTemplates::Built built
            = signToken(Algorithm::HS256, header, payload, Key::fromSecret(secret));
    built.keyInput = TokenTemplates::KeyInput::SecretText;
    built.keyText = QString::fromUtf8(secret);
    return built;
}

/// Signs with a fresh key for @p alg and returns its secret (base64url) or private PEM.
TokenTemplates::Built withFreshKey(Algorithm alg, const QByteArray &header,
                                   const QByteArray &payload)
{
    if (alg == Algorithm::None)
        return signToken(alg, header, payload, Key());
    const GeneratedKey generated = generateKey(alg);
    if (!generated.ok()) {
        TokenTemplates::Built failed;
        failed.error = generated.error;
        return failed;
    }
    TokenTemplates::Built built = signToken(alg, header, payload, generated.key);
    if (!built.ok())
        return built;
    if (Algorithms::family(alg) == AlgorithmFamily::Hmac) {
        built.keyInput = TokenTemplates::KeyInput::SecretBase64;
        built.keyText = QString::fromLatin1(b64(generated.key.secretBytes()));
    } else {
        built.keyInput = TokenTemplates::KeyInput::KeyText;
        built.keyText = QString::fromLatin1(generated.key.toPem());
    }
    return built;
}

QByteArray kidOf(const QByteArray &prefix)
{
    return prefix + '-' + b64(randomBytes(6));
}

QByteArray jti()
{
    return randomBytes(16).toHex();
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

/// The encrypted templates ("jwe-<alg>"): one per key management family.
struct JweExample
{
    JweAlg alg;
    JweEnc enc;
};
constexpr JweExample jweExamples[] = {
        {JweAlg::RsaOaep256, JweEnc::A256Gcm},
        {JweAlg::A256Kw, JweEnc::A256CbcHs512},
        {JweAlg::Dir, JweEnc::A256Gcm},
        {JweAlg::EcdhEsA256Kw, JweEnc::A256Gcm},
        {JweAlg::EcdhEs, JweEnc::A128Gcm},
        {JweAlg::A256GcmKw, JweEnc::A256Gcm},
        {JweAlg::Pbes2Hs256A128Kw, JweEnc::A128CbcHs256},
};

/// @p jwk (compact) with "kid" set to @p kid.
QByteArray withKid(const QByteArray &jwk, const QByteArray &kid)
{
    if (jwk.contains("\"kid\""))
        return jwk;
    return jwk.left(jwk.size() - 1) + R"(,"kid":)" + Json::quote(QString::fromLatin1(kid)) + '}';
}

/// @p plaintext encrypted with a fresh key for @p alg and @p enc; the key comes back as the
/// window takes it: a private key as PEM, a shared key in base64url, a password as text.
TokenTemplates::Built encryptedWithFreshKey(JweAlg alg, JweEnc enc, const QByteArray &plaintext)
{
    TokenTemplates::Built built;
    QString error;
    const Key key = Jwe::generateKey(alg, enc, QString(), &error);
    if (key.isNull()) {
        built.error = error;
        return built;
    }
    const QByteArray header = R"({"alg":)" + Json::quote(JweAlgorithms::name(alg)) + R"(,"enc":)"
            + Json::quote(JweAlgorithms::name(enc)) + "}";
    const JweEncrypted made = Jwe::encrypt(header, plaintext, key);
    if (!made.ok()) {
        built.error = made.error;
        return built;
    }
    built.token = QString::fromLatin1(made.compact);
    if (key.kind() != KeyKind::Secret) {
        built.keyInput = TokenTemplates::KeyInput::KeyText;
        built.keyText = QString::fromLatin1(key.toPem());
    } else if (JweAlgorithms::family(alg) == JweAlgFamily::Pbes2) {
        built.keyInput = TokenTemplates::KeyInput::SecretText;
        built.keyText = QString::fromLatin1(key.secretBytes());
    } else {
        built.keyInput = TokenTemplates::KeyInput::SecretBase64;
        built.keyText = QString::fromLatin1(b64(key.secretBytes()));
    }
    return built;
}

/// An encrypted OpenID Connect ID token: an RS256 JWS inside RSA-OAEP-256 + A256GCM, with a
/// fresh key for each; the key text is a JWKS of both private keys.
TokenTemplates::Built encryptedIdToken(qint64 t)
{
    TokenTemplates::Built built;
    const GeneratedKey signing = generateKey(Algorithm::RS256);
    QString error;
    const Key encryption = Jwe::generateKey(JweAlg::RsaOaep256, JweEnc::A256Gcm, QString(), &error);
    if (!signing.ok() || encryption.isNull()) {
        built.error = signing.ok() ? error : signing.error;
        return built;
    }
    const QByteArray sigKid = kidOf("sig");
    const QByteArray encKid = kidOf("enc");
    const QByteArray payload = R"({"iss":"https://server.example.com","sub":"24400320",)"
                               R"("aud":"s6BhdRkqt3","nonce":"n-0S6_WzA2Mj","exp":)"
            + number(t + 600) + R"(,"iat":)" + number(t) + R"(,"name":"Jane Doe"})";
    const TokenTemplates::Built inner
            = signToken(Algorithm::RS256, R"({"alg":"RS256","typ":"JWT","kid":")" + sigKid + "\"}",
                        payload, signing.key);
    if (!inner.ok())
        return inner;
    const JweEncrypted made = Jwe::encrypt(
            R"({"alg":"RSA-OAEP-256","enc":"A256GCM","cty":"JWT","kid":")" + encKid + "\"}",
            inner.token.toLatin1(), encryption);
    if (!made.ok()) {
        built.error = made.error;
        return built;
    }
    built.token = QString::fromLatin1(made.compact);
    built.keyInput = TokenTemplates::KeyInput::KeyText;
    built.keyText = QString::fromLatin1(R"({"keys":[)" + withKid(encryption.toJwk(true), encKid)
                                        + ',' + withKid(signing.key.toJwk(true), sigKid) + "]}");
    return built;
}

} // namespace

namespace TokenTemplates {

QList<Template> all()
{
    QList<Template> list = {
            {QStringLiteral("jwt-io"),
             QCoreApplication::translate("TokenTemplates", "HS256 example (jwt.io)"), std::nullopt},
            {QStringLiteral("lesson-user-id"),
             QCoreApplication::translate("TokenTemplates",
                                         "Lesson: {\"user-id\":5}, secret \"secret\""),
             std::nullopt},
            {QStringLiteral("lesson-logged-in-as"),
             QCoreApplication::translate(
                     "TokenTemplates", "Lesson: {\"loggedInAs\":\"admin\"}, secret \"secretkey\""),
             std::nullopt},
            {QStringLiteral("oauth-access-token"),
             QCoreApplication::translate("TokenTemplates", "OAuth 2.0 access token (RFC 9068)"),
             std::nullopt},
            {QStringLiteral("oidc-id-token"),
             QCoreApplication::translate("TokenTemplates", "OpenID Connect ID token"),
             std::nullopt},
    };
    list.append({QStringLiteral("jwe-id-token"),
                 QCoreApplication::translate("TokenTemplates",
                                             "Encrypted ID token (RSA-OAEP-256, A256GCM, signed "
                                             "inside)"),
                 std::nullopt});
    for (const JweExample &example : jweExamples) {
        list.append(
                {QStringLiteral("jwe-") + JweAlgorithms::name(example.alg),
                 QCoreApplication::translate("TokenTemplates",
                                             "Encrypted example: %1 + %2 with a new key")
                         .arg(JweAlgorithms::name(example.alg), JweAlgorithms::name(example.enc)),
                 std::nullopt});
    }
    QList<Algorithm> algorithms = Algorithms::all();
    algorithms.append(Algorithm::None);
    for (Algorithm alg : std::as_const(algorithms)) {
        const QString name = Algorithms::name(alg);
        list.append({QStringLiteral("alg-") + name,
                     alg == Algorithm::None ? QCoreApplication::translate(
                             "TokenTemplates", "Unsecured example (alg: none)")
                                            : QCoreApplication::translate(
                                                      "TokenTemplates", "%1 example with a new key")
                                                      .arg(name),
                     alg});
    }
    return list;
}

Built build(const QString &id, const QDateTime &now)
{
    const qint64 t = now.toSecsSinceEpoch();
    if (id == QLatin1String("jwt-io")) {
        return withSecret(R"({"alg":"HS256","typ":"JWT"})",
                          R"({"sub":"1234567890","name":"John Doe","iat":1516239022})",
                          "your-256-bit-secret");
    }
    if (id == QLatin1String("lesson-user-id"))
        return withSecret(R"({"typ":"JWT","alg":"HS256"})", R"({"user-id":5})", "secret");
    if (id == QLatin1String("lesson-logged-in-as")) {
        return withSecret(R"({"alg":"HS256","typ":"JWT"})",
                          R"({"loggedInAs":"admin","iat":1422779638})", "secretkey");
    }
    if (id == QLatin1String("oauth-access-token")) {
        const QByteArray header
                = R"({"typ":"at+jwt","alg":"RS256","kid":")" + kidOf("rsa") + R"("})";
        const QByteArray payload = R"({"iss":"https://authorization-server.example.com/",)"
                                   R"("sub":"5ba552d67","aud":"https://rs.example.com/",)"
                                   R"("exp":)"
                + number(t + 3600) + R"(,"iat":)" + number(t) + R"(,"jti":")" + jti()
                + R"(","client_id":"s6BhdRkqt3","scope":"openid profile reademail"})";
        return withFreshKey(Algorithm::RS256, header, payload);
    }
    if (id == QLatin1String("oidc-id-token")) {
        const QByteArray header = R"({"alg":"RS256","typ":"JWT","kid":")" + kidOf("rsa") + R"("})";
        const QByteArray payload = R"({"iss":"https://server.example.com","sub":"24400320",)"
                                   R"("aud":"s6BhdRkqt3","nonce":"n-0S6_WzA2Mj","exp":)"
                + number(t + 600) + R"(,"iat":)" + number(t) + R"(,"auth_time":)" + number(t - 60)
                + R"(,"name":"Jane Doe","email":"janedoe@example.com","email_verified":true})";
        return withFreshKey(Algorithm::RS256, header, payload);
    }
    if (id == QLatin1String("jwe-id-token"))
        return encryptedIdToken(t);
    for (const JweExample &example : jweExamples) {
        if (id != QStringLiteral("jwe-") + JweAlgorithms::name(example.alg))
            continue;
        const QByteArray payload = R"({"sub":"1234567890","name":"John Doe","iat":)" + number(t)
                + R"(,"exp":)" + number(t + 3600) + "}";
        return encryptedWithFreshKey(example.alg, example.enc, payload);
    }
    for (const Template &entry : all()) {
        if (entry.id != id || !entry.algorithm)
            continue;
        const Algorithm alg = *entry.algorithm;
        const QByteArray header
                = R"({"alg":)" + Json::quote(Algorithms::name(alg)) + R"(,"typ":"JWT"})";
        const QByteArray payload = R"({"sub":"1234567890","name":"John Doe","iat":)" + number(t)
                + R"(,"exp":)" + number(t + 3600) + "}";
        return withFreshKey(alg, header, payload);
    }
    Built unknown;
    unknown.error
            = QCoreApplication::translate("TokenTemplates", "There is no template called \"%1\".")
                      .arg(id);
    return unknown;
}

} // namespace TokenTemplates
