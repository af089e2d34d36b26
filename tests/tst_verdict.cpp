// SPDX-License-Identifier: MIT
// One verdict (design.md): the window's badge (TokenModel), `jwtlens verify` (the real
// binary, batch and single) and the Explain view say the same for the same token and key —
// what verifyToken() says, state and words.
#include "clirunner.h"

#include "base64url.h"
#include "explain.h"
#include "jwe.h"
#include "jws.h"
#include "tokenmodel.h"
#include "verifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QTest>

namespace {

const QByteArray strongSecret = "a-32-byte-long-secret-for-HS256!";
constexpr qint64 now = 1700000000;

QString dataPath(const QString &relative)
{
    return QFINDTESTDATA(QStringLiteral("data/") + relative);
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

/// A token over the given JSON, signed with the first key of @p keyFile's ring.
QByteArray signedWith(const QByteArray &header, const QByteArray &payload, Algorithm alg,
                      const KeyRing &ring)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const Signature s = sign(alg, ring.at(0), input);
    if (!s.ok())
        qFatal("cannot sign: %s", qPrintable(s.error));
    return input + '.' + b64(s.bytes);
}

QByteArray signedWith(const QByteArray &header, const QByteArray &payload, Algorithm alg,
                      const char *keyFile)
{
    return signedWith(header, payload, alg, KeyRing::fromText(readData(QLatin1String(keyFile))));
}

QByteArray hs256(const QByteArray &payload, const QByteArray &secret = strongSecret)
{
    return signedWith(R"({"alg":"HS256","typ":"JWT"})", payload, Algorithm::HS256,
                      KeyRing::fromSecret(secret));
}

/// The DER inside the PEM file @p relative (its base64 lines, decoded).
QByteArray derOf(const char *relative)
{
    QByteArray body;
    for (const QByteArray &line : readData(QLatin1String(relative)).split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return QByteArray::fromBase64(body);
}

/// A JWS over raw header and payload bytes, HMAC-SHA-256 with @p secret's bytes.
QByteArray hs256Raw(const QByteArray &header, const QByteArray &payload,
                    const QByteArray &secret = strongSecret)
{
    return signedWith(header, payload, Algorithm::HS256, KeyRing::fromSecret(secret));
}

/// The key of a row, as the window and the command line take it.
struct KeyArg
{
    TokenModel::KeyInput input = TokenModel::KeyInput::SecretText;
    QString text; ///< the secret, or a file under tests/data for KeyText
};

KeyArg secretArg(const QByteArray &secret)
{
    return {TokenModel::KeyInput::SecretText, QString::fromUtf8(secret)};
}

KeyArg base64Arg(const char *secret)
{
    return {TokenModel::KeyInput::SecretBase64, QString::fromLatin1(secret)};
}

KeyArg base64Arg(const QByteArray &bytes)
{
    return {TokenModel::KeyInput::SecretBase64, QString::fromLatin1(b64(bytes))};
}

KeyArg fileArg(const char *relative)
{
    return {TokenModel::KeyInput::KeyText, QString::fromLatin1(relative)};
}

QStringList cliKeyArgs(const KeyArg &key)
{
    switch (key.input) {
    case TokenModel::KeyInput::SecretText:
        return {QStringLiteral("--secret"), key.text};
    case TokenModel::KeyInput::SecretBase64:
        return {QStringLiteral("--secret-base64"), key.text};
    case TokenModel::KeyInput::KeyText:
        break;
    }
    return {QStringLiteral("--key"), dataPath(key.text)};
}

KeyRing ringOf(const KeyArg &key)
{
    switch (key.input) {
    case TokenModel::KeyInput::SecretText:
        return KeyRing::fromSecret(key.text.toUtf8());
    case TokenModel::KeyInput::SecretBase64:
        return KeyRing::fromSecret(Base64Url::decode(key.text.toLatin1()).bytes);
    case TokenModel::KeyInput::KeyText:
        break;
    }
    return KeyRing::fromText(readData(key.text));
}

TokenModel::VerifyState windowState(TokenVerdict::State state)
{
    switch (state) {
    case TokenVerdict::State::Valid:
        return TokenModel::VerifyState::Verified;
    case TokenVerdict::State::Invalid:
    case TokenVerdict::State::Untrusted: // a key the token supplied itself
        return TokenModel::VerifyState::Invalid;
    case TokenVerdict::State::NoKey:
        break;
    case TokenVerdict::State::Unsupported:
        return TokenModel::VerifyState::Unsupported;
    case TokenVerdict::State::Unsecured:
        return TokenModel::VerifyState::Unsecured;
    case TokenVerdict::State::Decrypted:
        return TokenModel::VerifyState::Decrypted;
    }
    return TokenModel::VerifyState::NoKey;
}

const ExplainStep *verificationStep(const Explanation &e)
{
    for (const ExplainStep &step : e.steps) {
        if (step.kind == ExplainStep::Kind::Verification)
            return &step;
    }
    return nullptr;
}

QString resultLine(const ExplainStep &step)
{
    for (const ExplainLine &line : step.lines) {
        if (line.label == QLatin1String("Result"))
            return line.value;
    }
    return QString();
}

} // namespace

Q_DECLARE_METATYPE(KeyArg)

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threePaths_data();
    void threePaths();

private:
    QTranslator m_plurals;
};

void TestVerdict::initTestCase()
{
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    // The window and the program both speak English with its plural forms ("2 parts").
    QVERIFY(m_plurals.load(QStringLiteral(":/i18n/jwtlens_en.qm")));
    QCoreApplication::installTranslator(&m_plurals);
}

void TestVerdict::threePaths_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<KeyArg>("key");
    QTest::addColumn<QString>("allowed"); // --alg; the window has no such setting
    QTest::addColumn<TokenVerdict::State>("state");
    QTest::addColumn<QString>("reason"); // the start of the verdict's reason
    QTest::addColumn<QString>("time"); // the command line's time word

    using State = TokenVerdict::State;
    const QByteArray claims = R"({"sub":"1","exp":1700003600})";
    const QByteArray input = b64(R"({"alg":"HS256"})") + '.' + b64(claims);
    const KeyArg secret = secretArg(strongSecret);
    const QString any;

    QTest::newRow("HS256 valid") << hs256(claims) << secret << any << State::Valid
                                 << "Signature verified with the HMAC secret"
                                 << "valid";
    QTest::newRow("HS256 base64 secret (RFC 7515 A.1)")
            << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAi"
                          "OjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                          "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
            << base64Arg("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUu"
                         "TwjAzZr1Z9CAow")
            << any << State::Valid << "Signature verified"
            << "expired";
    QTest::newRow("RS256 valid") << signedWith(R"({"alg":"RS256"})", claims, Algorithm::RS256,
                                               "vectors/keys/rfc7515_a2_rs256.priv.pem")
                                 << fileArg("vectors/keys/rfc7515_a2_rs256.pub.pem") << any
                                 << State::Valid
                                 << "Signature verified with the RSA 2048-bit public key"
                                 << "valid";
    QTest::newRow("ES256 valid") << signedWith(R"({"alg":"ES256"})", claims, Algorithm::ES256,
                                               "vectors/keys/rfc7515_a3_es256.priv.pem")
                                 << fileArg("vectors/keys/rfc7515_a3_es256.pub.jwk.json") << any
                                 << State::Valid << "Signature verified"
                                 << "valid";
    QTest::newRow("EdDSA valid") << signedWith(R"({"alg":"EdDSA"})", claims, Algorithm::EdDSA,
                                               "vectors/keys/rfc8037_a4_ed25519.priv.pem")
                                 << fileArg("vectors/keys/rfc8037_a4_ed25519.pub.pem") << any
                                 << State::Valid << "Signature verified"
                                 << "valid";
    QTest::newRow("wrong secret") << hs256(claims, "another-32-byte-long-secret-here!") << secret
                                  << any << State::Invalid << "the signature does not match"
                                  << "valid";
    QTest::newRow("wrong key") << signedWith(R"({"alg":"RS256"})", claims, Algorithm::RS256,
                                             "vectors/keys/rfc7515_a2_rs256.priv.pem")
                               << fileArg("keys/rsa2048.pub.pem") << any << State::Invalid
                               << "the signature does not match"
                               << "valid";
    QTest::newRow("key type mismatch") << signedWith(R"({"alg":"ES256"})", claims, Algorithm::ES256,
                                                     "vectors/keys/rfc7515_a3_es256.priv.pem")
                                       << fileArg("keys/rsa2048.pub.pem") << any << State::Invalid
                                       << "ES256 needs an EC P-256 key"
                                       << "valid";
    QTest::newRow("RSA key as an HMAC secret (--key)")
            << hs256(claims) << fileArg("keys/rsa2048.pub.pem") << any << State::Invalid
            << "an RSA public key cannot be an HMAC secret"
            << "valid";
    QTest::newRow("alg none") << b64(R"({"alg":"none"})") + '.' + b64(claims) + '.' << secret << any
                              << State::Unsecured
                              << "alg \"none\": the token is not signed and is never valid"
                              << "valid";
    QTest::newRow("alg none with a signature")
            << b64(R"({"alg":"none"})") + '.' + b64(claims) + ".c2ln" << secret << any
            << State::Unsecured << "alg \"none\": the token is not signed and is never valid"
            << "valid";
    QTest::newRow("unknown alg") << b64(R"({"alg":"HS999"})") + '.' + b64(claims) + ".c2ln"
                                 << secret << any << State::Unsupported
                                 << "unsupported algorithm \"HS999\""
                                 << "valid";
    QTest::newRow("JWE, a secret for RSA-OAEP")
            << b64(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".a2V5.aXY.Y2lw.dGFn" << secret << any
            << State::Invalid << ""
            << "skipped";
    QTest::newRow("JWE decrypted (RFC 7516 A.3)")
            << QByteArray(
                       "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtg"
                       "WQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGuf"
                       "MYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ")
            << base64Arg("GawgguFyGrWKav7AX4VKUg") << any << State::Decrypted
            << "Decrypted (A128KW, A128CBC-HS256) with the shared key"
            << "skipped";
    QTest::newRow("JWE wrong key")
            << b64(R"({"alg":"A128KW","enc":"A128CBC-HS256"})")
                    + ".6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3R"
                      "oZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ"
            << base64Arg("AAAAAAAAAAAAAAAAAAAAAA") << any << State::Invalid << "cannot decrypt"
            << "skipped";
    {
        const JweEncrypted nested
                = Jwe::encrypt(R"({"alg":"dir","enc":"A256GCM","cty":"JWT"})", hs256(claims),
                               KeyRing::fromSecret(strongSecret).at(0));
        QTest::newRow("JWE, a signed JWT inside")
                << nested.compact << secret << any << State::Decrypted
                << "Decrypted (dir, A256GCM) with the shared key"
                << "valid";
    }
    QTest::newRow("missing signature")
            << input << secret << any << State::Invalid << "token: a JWS has 3 parts and a JWE 5"
            << "skipped";
    QTest::newRow("empty signature") << input + '.' << secret << any << State::Invalid
                                     << "an HS256 signature must be 32 bytes, got 0"
                                     << "valid";
    QTest::newRow("signature not base64url") << input + ".c2ln+A" << secret << any << State::Invalid
                                             << "signature: invalid base64url"
                                             << "skipped";
    QTest::newRow("header without alg")
            << b64(R"({"typ":"JWT"})") + '.' + b64(claims) + ".c2ln" << secret << any
            << State::Invalid << "header: no \"alg\" member"
            << "skipped";
    QTest::newRow("kid chooses from a JWKS (a weak key)")
            << signedWith(R"({"alg":"RS256","kid":"rsa-1024"})", claims, Algorithm::RS256,
                          "keys/rsa1024.pem")
            << fileArg("keys/jwks.json") << any << State::Valid
            << "Signature verified, but the key is weak: the RSA key has 1024 bits"
            << "valid";
    QTest::newRow("kid names a key that does not fit")
            << signedWith(R"({"alg":"RS256","kid":"p384-key"})", claims, Algorithm::RS256,
                          "keys/rsa1024.pem")
            << fileArg("keys/jwks.json") << any << State::Invalid
            << "the key with kid \"p384-key\" does not fit: RS256 needs an RSA key"
            << "valid";
    QTest::newRow("no key of a JWKS fits") << hs256(claims) << fileArg("keys/jwks.json") << any
                                           << State::Invalid << "none of the 6 key"
                                           << "valid";
    QTest::newRow("--alg not allowed") << hs256(claims) << secret << "RS256,ES256" << State::Invalid
                                       << "algorithm HS256 is not allowed (--alg)"
                                       << "valid";
    QTest::newRow("--alg allowed")
            << hs256(claims) << secret << "HS256" << State::Valid << "Signature verified"
            << "valid";
    QTest::newRow("weak secret") << hs256(claims, "k") << secretArg("k") << any << State::Valid
                                 << "Signature verified, but the key is weak: the secret has 1"
                                 << "valid";
    QTest::newRow("expired") << hs256(R"({"exp":1699999999})") << secret << any << State::Valid
                             << "Signature verified"
                             << "expired";
    QTest::newRow("not yet valid") << hs256(R"({"nbf":1700000100,"exp":1700003600})") << secret
                                   << any << State::Valid << "Signature verified"
                                   << "not_yet_valid";
    // Why it failed: the hint ends the reason (the badge, Explain), not the command line's error.
    QTest::newRow("hint: the signer's secret ends with a newline")
            << hs256(claims, strongSecret + '\n') << secret << any << State::Invalid
            << "the signature does not match; hint: the signature matches this secret with a "
               "trailing newline"
            << "valid";
    // A key the token carries itself never makes it valid, whatever key the user gave.
    QTest::newRow("signed with the token's own jwk")
            << signedWith(R"({"alg":"ES256","jwk":)"
                                  + readData(QStringLiteral(
                                                     "vectors/keys/rfc7515_a3_es256.pub.jwk.json"))
                                            .trimmed()
                                  + '}',
                          claims, Algorithm::ES256, "vectors/keys/rfc7515_a3_es256.priv.pem")
            << secret << any << State::Untrusted
            << "the signature matches a key the token supplied itself — not trusted (its jwk "
               "header)"
            << "valid";
    QTest::newRow("wrong secret and expired")
            << hs256(R"({"exp":1699999999})", "another-32-byte-long-secret-here!") << secret << any
            << State::Invalid << "the signature does not match"
            << "expired";

    // Issue 12, item 1: key material given as an HMAC secret never verifies (algorithm
    // confusion, RFC 8725 §2.1), through every path a secret takes — even when the token's
    // HMAC really is keyed with those bytes.
    const QByteArray pem = readData(QStringLiteral("keys/rsa2048.pub.pem"));
    QTest::newRow("PEM public key as --secret")
            << hs256(claims, pem) << secretArg(pem) << any << State::Invalid
            << "the HMAC secret is a PEM key, not a secret"
            << "valid";
    const QByteArray cert = readData(QStringLiteral("keys/cert.pem"));
    QTest::newRow("certificate as --secret")
            << hs256(claims, cert) << secretArg(cert) << any << State::Invalid
            << "the HMAC secret is a PEM certificate"
            << "valid";
    const QByteArray jwk = readData(QStringLiteral("vectors/keys/rfc7515_a3_es256.pub.jwk.json"));
    QTest::newRow("JWK as --secret") << hs256(claims, jwk) << secretArg(jwk) << any
                                     << State::Invalid << "the HMAC secret is a JWK"
                                     << "valid";
    const QByteArray jwks = readData(QStringLiteral("keys/jwks.json"));
    QTest::newRow("JWKS as --secret") << hs256(claims, jwks) << secretArg(jwks) << any
                                      << State::Invalid << "the HMAC secret is a JWKS"
                                      << "valid";
    const QByteArray der = derOf("keys/rsa2048.pub.pem");
    QTest::newRow("DER public key as --secret-base64")
            << hs256(claims, der) << base64Arg(der) << any << State::Invalid
            << "the HMAC secret is a DER key"
            << "valid";
    const QByteArray ecDer = derOf("keys/p521.pkcs8.pem");
    QTest::newRow("DER PKCS#8 EC private key as --secret-base64")
            << hs256(claims, ecDer) << base64Arg(ecDer) << any << State::Invalid
            << "the HMAC secret is a DER key"
            << "valid";

    // Item 2: crit and b64 (RFC 7515 §4.1.11, RFC 7797): not valid, whatever the signature.
    QTest::newRow("crit names an unknown extension")
            << hs256Raw(R"({"alg":"HS256","crit":["urn:x:unknown"],"urn:x:unknown":1})", claims)
            << secret << any << State::Invalid
            << "crit requires extensions this verifier does not understand"
            << "valid";
    QTest::newRow("crit empty") << hs256Raw(R"({"alg":"HS256","crit":[]})", claims) << secret << any
                                << State::Invalid << "malformed crit: the list is empty"
                                << "valid";
    QTest::newRow("crit not an array")
            << hs256Raw(R"({"alg":"HS256","crit":"exp","exp":1})", claims) << secret << any
            << State::Invalid << "malformed crit: it is not an array"
            << "valid";
    QTest::newRow("crit lists a registered name")
            << hs256Raw(R"({"alg":"HS256","crit":["alg"]})", claims) << secret << any
            << State::Invalid << "malformed crit: \"alg\" is a registered parameter"
            << "valid";
    QTest::newRow("b64 false") << hs256Raw(R"({"alg":"HS256","b64":false,"crit":["b64"]})", claims)
                               << secret << any << State::Invalid << "b64 is false"
                               << "valid";
    QTest::newRow("b64 true, critical")
            << hs256Raw(R"({"alg":"HS256","b64":true,"crit":["b64"]})", claims) << secret << any
            << State::Valid << "Signature verified"
            << "valid";

    // Item 3: a payload meant as a claims set that is not a JSON object (RFC 7519 §7.2 step
    // 10): the signature is what it is, the token is not valid, its times are malformed.
    QTest::newRow("claims with a trailing comma")
            << hs256(R"({"exp":1000,})") << secret << any << State::Valid << "Signature verified"
            << "malformed";
    QTest::newRow("claims after a byte-order mark") << hs256("\xef\xbb\xbf{\"exp\":1000}") << secret
                                                    << any << State::Valid << "Signature verified"
                                                    << "malformed";
    QTest::newRow("claims in an array")
            << hs256(R"([{"exp":1000}])") << secret << any << State::Valid << "Signature verified"
            << "malformed";
    QTest::newRow("two claims objects") << hs256(R"({"exp":1000}{"exp":1000})") << secret << any
                                        << State::Valid << "Signature verified"
                                        << "malformed";
    QTest::newRow("claims with invalid UTF-8") << hs256("{\"sub\":\"\xff\",\"exp\":1000}") << secret
                                               << any << State::Valid << "Signature verified"
                                               << "malformed";
    QTest::newRow("typ JWT over a text payload")
            << hs256Raw(R"({"alg":"HS256","typ":"JWT"})", "hello") << secret << any << State::Valid
            << "Signature verified"
            << "malformed";
    QTest::newRow("text payload (RFC 7515 A.4)")
            << hs256Raw(R"({"alg":"HS256"})", "Payload") << secret << any << State::Valid
            << "Signature verified"
            << "skipped";
    const QByteArray innerExpired = hs256(R"({"sub":"1","exp":1699999999})");
    QTest::newRow("nested token, inner expired")
            << hs256Raw(R"({"alg":"HS256","cty":"JWT"})", innerExpired) << secret << any
            << State::Valid << "Signature verified"
            << "expired";
    const QByteArray innerForged = hs256(claims, "another-32-byte-long-secret-here!");
    QTest::newRow("nested token, inner signature wrong")
            << hs256Raw(R"({"alg":"HS256","cty":"JWT"})", innerForged) << secret << any
            << State::Invalid << "nested token: the signature does not match"
            << "valid";
    QTest::newRow("nested token, both valid")
            << hs256Raw(R"({"alg":"HS256","cty":"JWT"})", hs256(claims)) << secret << any
            << State::Valid
            << "Signature verified with the HMAC secret (32 bytes); nested token: Signature "
               "verified"
            << "valid";

    // Item 4: a signature whose last character sets unused bits (the same bytes) is refused.
    QByteArray nonCanonical = hs256(claims);
    nonCanonical.back() = nonCanonical.back() == 'A' ? 'B' : char(nonCanonical.back() + 1);
    QTest::newRow("non-canonical signature")
            << nonCanonical << secret << any << State::Invalid
            << "signature: invalid base64url at offset 42: non-canonical encoding"
            << "skipped";
}

void TestVerdict::threePaths()
{
    QFETCH(QByteArray, token);
    QFETCH(KeyArg, key);
    QFETCH(QString, allowed);
    QFETCH(TokenVerdict::State, state);
    QFETCH(QString, reason);
    QFETCH(QString, time);

    // The verdict itself.
    VerifyOptions options;
    for (const QString &name : allowed.split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.allowed << *Algorithms::fromName(name);
    ClaimsPolicy &policy = options.claims.emplace();
    policy.now = double(now);
    const TokenVerdict verdict = verifyToken(Token::parse(token), ringOf(key), options);
    QCOMPARE(verdict.state, state);
    QVERIFY2(verdict.reason.startsWith(reason), qPrintable(verdict.reason));

    // `jwtlens verify`, a batch of one line: the contract's words, the verdict's reason.
    QStringList args = QStringList {QStringLiteral("verify")} + cliKeyArgs(key)
            + QStringList {QStringLiteral("--now"), QString::number(now)};
    if (!allowed.isEmpty())
        args << QStringLiteral("--alg") << allowed;
    const CliRun batch = runJwtlens(args + QStringList {QStringLiteral("-")}, token + '\n');
    CLI_VERIFY_RAN(batch);
    // Standard error holds nothing but the warning about a weak key, once (issue 12, item 6).
    const QByteArray expectedErr = verdict.fit.verdict == KeyFit::Verdict::Weak
            ? "jwtlens: warning: weak key: " + verdict.fit.reason.toUtf8() + '\n'
            : QByteArray();
    QCOMPARE(batch.err, expectedErr);
    const QJsonObject line = QJsonDocument::fromJson(batch.out).object();
    QCOMPARE(line.value(QLatin1String("signature")).toString(),
             QLatin1String(signatureWord(verdict)));
    QCOMPARE(line.value(QLatin1String("time")).toString(), time);
    QCOMPARE(line.value(QLatin1String("valid")).toBool(), verdict.valid);
    QCOMPARE(batch.exitCode, verdict.valid ? 0 : 1);
    if (!verdict.valid) {
        const QString error = line.value(QLatin1String("error")).toString();
        QCOMPARE(error, verdict.error);
        // The error is the reason without its hint (a member of its own).
        const QString reasonAlone = verdict.hint.isEmpty()
                ? verdict.reason
                : verdict.reason.chopped(verdict.hint.text.size() + 8); // "; hint: "
        if (state != TokenVerdict::State::Valid)
            QVERIFY2(error.startsWith(reasonAlone), qPrintable(error));
        QCOMPARE(line.value(QLatin1String("hint")).toString(), verdict.hint.text);
    }
    // The same token as an argument: the same line, or the error line of a malformed token.
    const CliRun single = runJwtlens(args + QStringList {QString::fromLatin1(token)});
    CLI_VERIFY_RAN(single);
    if (verdict.malformed) {
        QCOMPARE(single.exitCode, 2);
        QCOMPARE(QString::fromUtf8(single.err),
                 QStringLiteral("jwtlens: %1\n").arg(verdict.reason));
    } else {
        QCOMPARE(single.out, batch.out);
        QCOMPARE(single.err, expectedErr);
        QCOMPARE(single.exitCode, batch.exitCode);
    }

    if (!allowed.isEmpty())
        return; // the window verifies with every algorithm the key fits

    // The window's badge.
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    model.setToken(QString::fromLatin1(token));
    model.setKey(key.input,
                 key.input == TokenModel::KeyInput::KeyText ? QString::fromUtf8(readData(key.text))
                                                            : key.text);
    QCOMPARE(model.keyError().message, QString());
    QCOMPARE(model.verifyState(), windowState(state));
    QCOMPARE(model.verifyReason(), verdict.reason);
    if (time != QLatin1String("skipped"))
        QCOMPARE(timeStatusName(model.claimsReport().time), time);

    // The Explain view: the same state, and its Result line in the same words.
    const Explanation explanation = Explain::build(model);
    QCOMPARE(explanation.state, windowState(state));
    QCOMPARE(explanation.reason, verdict.reason);
    if (const ExplainStep *step = verificationStep(explanation))
        QCOMPARE(resultLine(*step), verdict.reason);
    else
        QVERIFY(model.parsed().isJwe()); // the one kind of token it does not take apart
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
