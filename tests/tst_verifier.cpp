// SPDX-License-Identifier: MIT
// verifyToken(): the one verdict, case by case. tst_verdict checks that the window, the
// command line and the Explain view say what it says.
#include "verifier.h"
#include "keyfit.h"

#include "base64url.h"
#include "jws.h"

#include <QFile>
#include <QTest>

namespace {

const QByteArray strongSecret = "a-32-byte-long-secret-for-HS256!";

QByteArray readData(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return file.readAll();
}

KeyRing ringFrom(const char *relative)
{
    return KeyRing::fromText(readData(QFINDTESTDATA(QStringLiteral("data/") + relative)));
}

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

/// A token signed with @p key (the first key of the ring) over the given JSON.
QByteArray signedToken(const QByteArray &header, const QByteArray &payload, Algorithm alg,
                       const KeyRing &ring)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const Signature s = sign(alg, ring.at(0), input);
    if (!s.ok())
        qFatal("cannot sign: %s", qPrintable(s.error));
    return input + '.' + b64(s.bytes);
}

QByteArray hs256(const QByteArray &payload, const QByteArray &secret,
                 const QByteArray &header = R"({"alg":"HS256"})")
{
    return signedToken(header, payload, Algorithm::HS256, KeyRing::fromSecret(secret));
}

KeyRing failedRing(const QString &why)
{
    KeyRing ring;
    ring.setLoadError(why);
    return ring;
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void signature_data();
    void signature();
    void claims_data();
    void claims();
    void type_data();
    void type();
    void describeChangesNoWord_data();
    void describeChangesNoWord();
    void signingInputFromTheSource();
    void words();
};

void TestVerifier::signature_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<KeyRing>("ring");
    QTest::addColumn<QList<Algorithm>>("allowed");
    QTest::addColumn<TokenVerdict::State>("state");
    QTest::addColumn<QString>("reason"); // the start of it
    QTest::addColumn<int>("keyIndex");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<bool>("reachedKey");
    using State = TokenVerdict::State;
    const QList<Algorithm> any;
    const KeyRing secret = KeyRing::fromSecret(strongSecret);
    const KeyRing rsaPrivate = ringFrom("vectors/keys/rfc7515_a2_rs256.priv.pem");
    const KeyRing rsaPublic = ringFrom("vectors/keys/rfc7515_a2_rs256.pub.pem");
    const KeyRing ecPrivate = ringFrom("vectors/keys/rfc7515_a3_es256.priv.pem");
    const KeyRing ecPublic = ringFrom("vectors/keys/rfc7515_a3_es256.pub.jwk.json");
    const KeyRing edPrivate = ringFrom("vectors/keys/rfc8037_a4_ed25519.priv.pem");
    const KeyRing edPublic = ringFrom("vectors/keys/rfc8037_a4_ed25519.pub.pem");
    const KeyRing jwks = ringFrom("keys/jwks.json");
    const QByteArray claims = R"({"sub":"1"})";
    const QByteArray hs = hs256(claims, strongSecret);
    const QByteArray rs = signedToken(R"({"alg":"RS256"})", claims, Algorithm::RS256, rsaPrivate);
    const QByteArray es = signedToken(R"({"alg":"ES256"})", claims, Algorithm::ES256, ecPrivate);
    const QByteArray ed = signedToken(R"({"alg":"EdDSA"})", claims, Algorithm::EdDSA, edPrivate);
    const QByteArray input = b64(R"({"alg":"HS256"})") + '.' + b64(claims);

    QTest::newRow("HS256 valid") << hs << secret << any << State::Valid
                                 << "Signature verified with the HMAC secret" << 0 << false << true;
    QTest::newRow("RS256 valid") << rs << rsaPublic << any << State::Valid
                                 << "Signature verified with the RSA 2048-bit public key" << 0
                                 << false << true;
    QTest::newRow("ES256 valid") << es << ecPublic << any << State::Valid
                                 << "Signature verified with the" << 0 << false << true;
    QTest::newRow("EdDSA valid") << ed << edPublic << any << State::Valid
                                 << "Signature verified with the" << 0 << false << true;
    QTest::newRow("private key verifies too")
            << rs << rsaPrivate << any << State::Valid << "Signature verified with the RSA" << 0
            << false << true;
    QTest::newRow("wrong secret") << hs256(claims, "another-32-byte-long-secret-here!") << secret
                                  << any << State::Invalid << "the signature does not match" << 0
                                  << false << true;
    QTest::newRow("wrong key") << es << ringFrom("vectors/keys/rfc7515_a4_es512.pub.pem") << any
                               << State::Invalid << "ES256 needs an EC P-256 key" << 0 << false
                               << true;
    QTest::newRow("key type mismatch") << es << rsaPublic << any << State::Invalid
                                       << "ES256 needs an EC P-256 key, not" << 0 << false << true;
    QTest::newRow("RSA key as an HMAC secret")
            << hs << rsaPublic << any << State::Invalid << "an RSA public key cannot be" << 0
            << false << true;
    QTest::newRow("alg none") << b64(R"({"alg":"none"})") + '.' + b64(claims) + '.' << secret << any
                              << State::Unsecured
                              << "alg \"none\": the token is not signed and is never valid" << -1
                              << false << false;
    QTest::newRow("alg none with a signature")
            << b64(R"({"alg":"none"})") + '.' + b64(claims) + ".c2ln" << secret << any
            << State::Unsecured << "alg \"none\": the token is not signed and is never valid" << -1
            << false << false;
    QTest::newRow("unknown alg") << b64(R"({"alg":"FOO"})") + '.' + b64(claims) + ".c2ln" << secret
                                 << any << State::Unsupported << "unsupported algorithm \"FOO\""
                                 << -1 << false << false;
    QTest::newRow("JWE") << b64(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".a2V5.aXY.Y2lw.dGFn"
                         << secret << any << State::Invalid << "" << -1 << false << true;
    QTest::newRow("missing signature")
            << input << secret << any << State::Invalid << "token: a JWS has 3 parts and a JWE 5"
            << 0 << true << false;
    QTest::newRow("empty signature")
            << input + '.' << secret << any << State::Invalid
            << "an HS256 signature must be 32 bytes, got 0" << 0 << false << true;
    QTest::newRow("empty signature, no key") << input + '.' << KeyRing() << any << State::Invalid
                                             << "The token has no signature" << -1 << false << true;
    QTest::newRow("signature not base64url")
            << input + ".ab+c" << secret << any << State::Invalid << "signature: invalid base64url"
            << 0 << true << false;
    QTest::newRow("header without alg")
            << b64(R"({"typ":"JWT"})") + '.' + b64(claims) + ".c2ln" << secret << any
            << State::Invalid << "header: no \"alg\" member" << -1 << true << false;
    QTest::newRow("kid chooses from a JWKS")
            << signedToken(R"({"alg":"RS256","kid":"rsa-1024"})", claims, Algorithm::RS256,
                           ringFrom("keys/rsa1024.pem"))
            << jwks << any << State::Valid << "Signature verified, but the key is weak" << 5
            << false << true;
    QTest::newRow("no key of several fits")
            << hs << jwks << any << State::Invalid << "none of the 6 key" << -1 << false << true;
    QTest::newRow("alg not allowed")
            << hs << secret << QList<Algorithm> {Algorithm::RS256} << State::Invalid
            << "algorithm HS256 is not allowed (--alg)" << 0 << false << false;
    QTest::newRow("alg allowed") << hs << secret
                                 << QList<Algorithm> {Algorithm::RS256, Algorithm::HS256}
                                 << State::Valid << "Signature verified" << 0 << false << true;
    QTest::newRow("weak secret") << hs256(claims, "k") << KeyRing::fromSecret("k") << any
                                 << State::Valid
                                 << "Signature verified, but the key is weak: the secret has 1 byte"
                                 << 0 << false << true;
    QTest::newRow("no key") << hs << KeyRing() << any << State::NoKey
                            << "Enter a secret or a key to verify the signature" << -1 << false
                            << true;
    QTest::newRow("key did not load")
            << hs << failedRing(QStringLiteral("PEM: truncated")) << any << State::Invalid
            << "The key does not load: PEM: truncated" << -1 << false << true;
}

void TestVerifier::signature()
{
    QFETCH(QByteArray, token);
    QFETCH(KeyRing, ring);
    QFETCH(QList<Algorithm>, allowed);
    QFETCH(TokenVerdict::State, state);
    QFETCH(QString, reason);
    QFETCH(int, keyIndex);
    QFETCH(bool, malformed);
    QFETCH(bool, reachedKey);
    VerifyOptions options;
    options.allowed = allowed;
    const TokenVerdict v = verifyToken(Token::parse(token), ring, options);
    QCOMPARE(v.state, state);
    QVERIFY2(v.reason.startsWith(reason), qPrintable(v.reason));
    QCOMPARE(v.keyIndex, qsizetype(keyIndex));
    QCOMPARE(v.malformed, malformed);
    QCOMPARE(v.reachedKey, reachedKey);
    QCOMPARE(v.valid, state == TokenVerdict::State::Valid);
    // Without claims the command line's error is the reason of what is not valid.
    QCOMPARE(v.error, v.valid ? QString() : v.reason);
    QVERIFY(!v.claimsChecked);
    QCOMPARE(v.time, TimeStatus::Skipped);
    if (v.keyIndex >= 0 && state == TokenVerdict::State::Valid)
        QVERIFY(v.fit.verdict != KeyFit::Verdict::Mismatch);
    // What is known about the key: why none fits, when none does.
    if (v.reachedKey && !ring.isEmpty() && v.keyIndex < 0) {
        QCOMPARE(v.fit.verdict, KeyFit::Verdict::Mismatch);
        QCOMPARE(v.fit.reason, v.reason);
    }
}

void TestVerifier::claims_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("ignoreTime");
    QTest::addColumn<QString>("issuer"); // empty: not required
    QTest::addColumn<bool>("valid");
    QTest::addColumn<TimeStatus>("time");
    QTest::addColumn<QString>("error");
    const QByteArray right = strongSecret;
    const QByteArray wrong = "another-32-byte-long-secret-here!";
    QTest::newRow("valid") << QByteArray(R"({"exp":1700003600})") << right << false << QString()
                           << true << TimeStatus::Valid << QString();
    QTest::newRow("expired") << QByteArray(R"({"exp":1699999000})") << right << false << QString()
                             << false << TimeStatus::Expired << "time: expired";
    QTest::newRow("not yet valid")
            << QByteArray(R"({"nbf":1700003600})") << right << false << QString() << false
            << TimeStatus::NotYetValid << "time: not_yet_valid";
    QTest::newRow("expired, time ignored") << QByteArray(R"({"exp":1699999000})") << right << true
                                           << QString() << true << TimeStatus::Skipped << QString();
    QTest::newRow("wrong secret and expired")
            << QByteArray(R"({"exp":1699999000})") << wrong << false << QString() << false
            << TimeStatus::Expired << "the signature does not match; time: expired";
    QTest::newRow("exp not a number")
            << QByteArray(R"({"exp":"soon"})") << right << false << QString() << false
            << TimeStatus::Malformed << "exp is not a number";
    QTest::newRow("issuer differs")
            << QByteArray(R"({"iss":"eve"})") << right << false << "me" << false
            << TimeStatus::Valid << "iss is \"eve\", expected \"me\"";
    // RFC 7519 §7.2 step 10: a payload meant as a claims set (it starts with '{' or '[')
    // that is not a JSON object makes the token not valid, and its times cannot be read.
    QTest::newRow("array payload, issuer asked")
            << QByteArray("[1]") << right << false << "me" << false << TimeStatus::Malformed
            << "payload: the payload is JSON but not an object";
    QTest::newRow("array payload")
            << QByteArray("[1]") << right << false << QString() << false << TimeStatus::Malformed
            << "payload: the payload is JSON but not an object";
    QTest::newRow("trailing comma") << QByteArray(R"({"exp":1000,})") << right << false << QString()
                                    << false << TimeStatus::Malformed << "payload: ";
    QTest::newRow("byte-order mark")
            << QByteArray("\xef\xbb\xbf{\"exp\":1000}") << right << false << QString() << false
            << TimeStatus::Malformed << "payload: a byte-order mark before the JSON";
    QTest::newRow("wrong secret and malformed claims")
            << QByteArray(R"([{"exp":1000}])") << wrong << false << QString() << false
            << TimeStatus::Malformed << "the signature does not match; payload: ";
    // Plainly not JSON (RFC 7515 A.4, RFC 7520 §4): opaque content, a signature-only verdict.
    QTest::newRow("text payload, issuer asked")
            << QByteArray("It\xe2\x80\x99s a dangerous business") << right << false << "me" << false
            << TimeStatus::Skipped
            << "the payload is not a JSON claims set, so iss/aud cannot match";
    QTest::newRow("text payload, no issuer") << QByteArray("hello") << right << false << QString()
                                             << true << TimeStatus::Skipped << QString();
}

void TestVerifier::claims()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, secret);
    QFETCH(bool, ignoreTime);
    QFETCH(QString, issuer);
    QFETCH(bool, valid);
    QFETCH(TimeStatus, time);
    QFETCH(QString, error);
    VerifyOptions options;
    ClaimsPolicy &policy = options.claims.emplace();
    policy.now = 1700000000;
    policy.ignoreTime = ignoreTime;
    if (!issuer.isEmpty())
        policy.issuer = issuer;
    const TokenVerdict v = verifyToken(Token::parse(hs256(payload, secret)),
                                       KeyRing::fromSecret(strongSecret), options);
    QVERIFY(v.claimsChecked);
    QCOMPARE(v.valid, valid);
    QCOMPARE(v.time, time);
    QVERIFY2(v.error.startsWith(error), qPrintable(v.error));
    QCOMPARE(v.error.isEmpty(), valid);
}

void TestVerifier::type_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error"); // empty: the typ passes
    const QString at = QStringLiteral("at+jwt");
    QTest::newRow("the same") << QByteArray(R"({"alg":"HS256","typ":"at+jwt"})") << at << QString();
    QTest::newRow("other case") << QByteArray(R"({"alg":"HS256","typ":"AT+JWT"})") << at
                                << QString();
    QTest::newRow("with application/")
            << QByteArray(R"({"alg":"HS256","typ":"application/at+jwt"})") << at << QString();
    QTest::newRow("application/ expected, short form given")
            << QByteArray(R"({"alg":"HS256","typ":"JWT"})") << QStringLiteral("application/jwt")
            << QString();
    QTest::newRow("JWT where at+jwt is expected")
            << QByteArray(R"({"alg":"HS256","typ":"JWT"})") << at
            << QStringLiteral("typ is \"JWT\", expected \"at+jwt\"");
    QTest::newRow("at+jwt where JWT is expected")
            << QByteArray(R"({"alg":"HS256","typ":"at+jwt"})") << QStringLiteral("JWT")
            << QStringLiteral("typ is \"at+jwt\", expected \"JWT\"");
    QTest::newRow("another top-level type")
            << QByteArray(R"({"alg":"HS256","typ":"text/jwt"})") << QStringLiteral("jwt")
            << QStringLiteral("typ is \"text/jwt\", expected \"jwt\"");
    QTest::newRow("missing") << QByteArray(R"({"alg":"HS256"})") << at
                             << QStringLiteral("typ is missing, expected \"at+jwt\"");
    QTest::newRow("not a string") << QByteArray(R"({"alg":"HS256","typ":1})") << at
                                  << QStringLiteral("typ is not a string, expected \"at+jwt\"");
}

void TestVerifier::type()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    const Token token = Token::parse(hs256(R"({"sub":"x"})", strongSecret, header));
    VerifyOptions options;
    options.type = expected;
    const TokenVerdict v = verifyToken(token, KeyRing::fromSecret(strongSecret), options);
    QCOMPARE(v.state, TokenVerdict::State::Valid); // the typ is not the signature
    QCOMPARE(v.typeOk, error.isEmpty());
    QCOMPARE(v.valid, error.isEmpty());
    QCOMPARE(v.error, error);

    // Not asked, not checked; with a wrong signature both reasons are given.
    QVERIFY(verifyToken(token, KeyRing::fromSecret(strongSecret)).valid);
    const TokenVerdict wrong
            = verifyToken(token, KeyRing::fromSecret("another-32-byte-long-secret-here"), options);
    QVERIFY(!wrong.valid);
    QCOMPARE(wrong.error,
             error.isEmpty() ? QStringLiteral("the signature does not match")
                             : QStringLiteral("the signature does not match; ") + error);
}

void TestVerifier::describeChangesNoWord_data()
{
    signature_data();
}

/// A batch asks for no description: the words it prints are the same.
void TestVerifier::describeChangesNoWord()
{
    QFETCH(QByteArray, token);
    QFETCH(KeyRing, ring);
    QFETCH(QList<Algorithm>, allowed);
    VerifyOptions options;
    options.allowed = allowed;
    const Token parsed = Token::parse(token);
    const TokenVerdict described = verifyToken(parsed, ring, options);
    options.describe = false;
    const TokenVerdict terse = verifyToken(parsed, ring, options);
    QCOMPARE(terse.state, described.state);
    QCOMPARE(terse.valid, described.valid);
    QCOMPARE(terse.error, described.error);
    QCOMPARE(terse.malformed, described.malformed);
    if (!terse.valid)
        QCOMPARE(terse.reason, described.reason);
    else
        QVERIFY(terse.reason.isEmpty());
}

/// Given the text it was parsed from, the verdict reads the signing input there; a text that
/// does not hold the token where it says gives the same verdict through a copy.
void TestVerifier::signingInputFromTheSource()
{
    const KeyRing ring = KeyRing::fromSecret(strongSecret);
    const QByteArray token = hs256(R"({"sub":"1"})", strongSecret);
    const QByteArray line = "  Bearer " + token + "  ";
    const Token parsed = Token::parse(QByteArrayView(line));
    QCOMPARE(verifyToken(parsed, ring, {}, line).state, TokenVerdict::State::Valid);
    QCOMPARE(verifyToken(parsed, ring, {}, QByteArrayView()).state, TokenVerdict::State::Valid);
    QByteArray other = line;
    other.replace("eyJ", "xyz");
    QCOMPARE(verifyToken(parsed, ring, {}, other).state, TokenVerdict::State::Valid);
}

void TestVerifier::words()
{
    using State = TokenVerdict::State;
    QCOMPARE(signatureWord(State::Valid), "valid");
    QCOMPARE(signatureWord(State::Invalid), "invalid");
    QCOMPARE(signatureWord(State::NoKey), "invalid");
    QCOMPARE(signatureWord(State::Unsupported), "unsupported");
    QCOMPARE(signatureWord(State::Unsecured), "unsupported");
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
