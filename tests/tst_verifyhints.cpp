// SPDX-License-Identifier: MIT
// Why a signature failed (verifyhints.h), through the verdict: each usual mistake is made for
// real — a token signed one way, verified another — and the verdict must say the mistake that
// would make it verify, never call the token valid, and keep the command line's error as it
// was. A mistake that is not one of them gives no hint.
#include "verifier.h"

#include "base64url.h"
#include "ecdsa.h"
#include "jws.h"
#include "keyfit.h"
#include "keyset.h"

#include <QFile>
#include <QTest>

namespace {

const QByteArray secret = "a-32-byte-long-secret-for-HS256!";

QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

Key keyFrom(const QString &relative)
{
    const KeySet set = loadKeys(readData(relative));
    if (!set.ok())
        qFatal("no key in %s", qPrintable(relative));
    return set.keys.first();
}

QByteArray b64(QByteArrayView bytes)
{
    return Base64Url::encode(bytes);
}

/// header.payload.signature, signed with @p key as @p alg over the canonical signing input.
QByteArray signedWith(const QByteArray &header, Algorithm alg, const Key &key,
                      const QByteArray &payload = R"({"sub":"hint"})")
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const Signature s = sign(alg, key, input);
    if (!s.ok())
        qFatal("cannot sign: %s", qPrintable(s.error));
    return input + '.' + b64(s.bytes);
}

KeyRing ringOf(std::initializer_list<Key> keys)
{
    KeyRing ring;
    for (const Key &key : keys)
        ring.add(key);
    return ring;
}

/// A JWK with a kid, for a ring of several keys.
Key withKid(const Key &key, const char *kid)
{
    QByteArray jwk = key.toJwk(key.isPrivate());
    jwk.insert(jwk.size() - 1, QByteArray(",\"kid\":\"") + kid + '"');
    return loadKeys(jwk).keys.value(0);
}

} // namespace

class TestVerifyHints : public QObject
{
    Q_OBJECT

private slots:
    void hint_data();
    void hint();
    void malformedToken_data();
    void malformedToken();
    void validTokenHasNoHint();
    void hintsCanBeTurnedOff();
};

void TestVerifyHints::hint_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<KeyRing>("ring");
    QTest::addColumn<SignatureHint::Kind>("kind");
    QTest::addColumn<QString>("text"); ///< a part of the hint
    QTest::addColumn<int>("keyIndex"); ///< the key that would verify
    using K = SignatureHint::Kind;

    const Key rsa = keyFrom(QStringLiteral("vectors/keys/rfc7515_a2_rs256.priv.pem"));
    const Key rsaPublic = rsa.publicKey();
    const Key ec = keyFrom(QStringLiteral("vectors/keys/rfc7515_a3_es256.priv.pem"));
    const Key ecPublic = ec.publicKey();
    const Key p384 = keyFrom(QStringLiteral("keys/p384.sec1.pem"));

    // The secret as base64 / as text.
    const QByteArray base64Text = QByteArray(secret).toBase64();
    QTest::newRow("secret read as base64")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(secret))
            << KeyRing::fromSecret(base64Text) << K::SecretAsBase64 << "read as base64" << 0;
    QTest::newRow("secret's base64 text used as it is")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(base64Text))
            << KeyRing::fromSecret(secret) << K::SecretAsText << "base64 text of this secret" << 0;
    QTest::newRow("secret's base64url text, no padding")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256,
                          Key::fromSecret(b64("0123456789abcdef0123456789abcdef!")))
            << KeyRing::fromSecret("0123456789abcdef0123456789abcdef!") << K::SecretAsText
            << "base64 text" << 0;
    // Newlines.
    QTest::newRow("signer's secret ends with a newline")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(secret + '\n'))
            << KeyRing::fromSecret(secret) << K::SecretNewlineAdded << "trailing newline (\\n)"
            << 0;
    QTest::newRow("signer's secret ends with CR LF")
            << signedWith(R"({"alg":"HS384"})", Algorithm::HS384,
                          Key::fromSecret(secret + secret + "\r\n"))
            << KeyRing::fromSecret(secret + secret) << K::SecretNewlineAdded << "CR LF" << 0;
    QTest::newRow("this secret has a newline the signer's lacks")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(secret))
            << KeyRing::fromSecret(secret + '\n') << K::SecretNewlineRemoved
            << "without its trailing newline" << 0;
    QTest::newRow("this secret has a CR LF the signer's lacks")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(secret))
            << KeyRing::fromSecret(secret + "\r\n") << K::SecretNewlineRemoved
            << "without its trailing newline" << 0;
    QTest::newRow("blanks around this secret")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(secret))
            << KeyRing::fromSecret("  " + secret + " ") << K::SecretTrimmed << "blanks" << 0;
    // Another key of the ring.
    const Key a = withKid(rsaPublic, "a");
    const Key b = withKid(keyFrom(QStringLiteral("keys/rsa2048.pkcs8.pem")).publicKey(), "b");
    const Key bPrivate = keyFrom(QStringLiteral("keys/rsa2048.pkcs8.pem"));
    QTest::newRow("kid names another key than the one that signed")
            << signedWith(R"({"alg":"RS256","kid":"a"})", Algorithm::RS256, bPrivate)
            << ringOf({a, b}) << K::OtherKey << "kid \"b\", not the kid \"a\" the token names" << 1;
    QTest::newRow("no kid: the first key that fits was tried")
            << signedWith(R"({"alg":"RS256"})", Algorithm::RS256, bPrivate) << ringOf({a, b})
            << K::OtherKey << "names no kid" << 1;
    QTest::newRow("unknown kid") << signedWith(R"({"alg":"RS256","kid":"zz"})", Algorithm::RS256,
                                               bPrivate)
                                 << ringOf({a, b}) << K::OtherKey << "not the kid \"zz\"" << 1;
    // A sibling algorithm.
    const QByteArray psSigned = [&] {
        const QByteArray input = b64(R"({"alg":"RS256"})") + '.' + b64(R"({"sub":"hint"})");
        return input + '.' + b64(sign(Algorithm::PS256, rsa, input).bytes);
    }();
    QTest::newRow("PS256 signature under an RS256 header")
            << psSigned << ringOf({rsaPublic}) << K::OtherAlgorithm << "verifies as PS256" << 0;
    const QByteArray hs512Signed = [&] {
        const QByteArray input = b64(R"({"alg":"HS256"})") + '.' + b64(R"({"sub":"hint"})");
        return input + '.' + b64(sign(Algorithm::HS512, Key::fromSecret(secret), input).bytes);
    }();
    QTest::newRow("HS512 signature under an HS256 header")
            << hs512Signed << KeyRing::fromSecret(secret) << K::OtherAlgorithm
            << "verifies as HS512, not as the HS256" << 0;
    // DER instead of R‖S.
    const QByteArray derSigned = [&] {
        const QByteArray input = b64(R"({"alg":"ES256"})") + '.' + b64(R"({"sub":"hint"})");
        return input + '.' + b64(Ecdsa::rawToDer(sign(Algorithm::ES256, ec, input).bytes));
    }();
    QTest::newRow("ECDSA signature in DER")
            << derSigned << ringOf({ecPublic}) << K::DerSignature << "DER-encoded" << 0;

    // No hint: the key is simply another one.
    QTest::newRow("another secret")
            << signedWith(R"({"alg":"HS256"})", Algorithm::HS256,
                          Key::fromSecret("a different secret, 32 bytes!!!"))
            << KeyRing::fromSecret(secret) << K::None << QString() << -1;
    QTest::newRow("another RSA key") << signedWith(R"({"alg":"RS256"})", Algorithm::RS256, bPrivate)
                                     << ringOf({rsaPublic}) << K::None << QString() << -1;
    QTest::newRow("another EC key, DER")
            <<
            [&] {
                const QByteArray input = b64(R"({"alg":"ES256"})") + '.' + b64(R"({"sub":"hint"})");
                return input + '.' + b64(Ecdsa::rawToDer(sign(Algorithm::ES256, ec, input).bytes));
            }()
            << ringOf({withKid(p384.publicKey(), "p384"),
                       keyFrom(QStringLiteral("keys/secp256k1.pub.pem"))})
            << K::None << QString() << -1;
}

void TestVerifyHints::hint()
{
    QFETCH(QByteArray, token);
    QFETCH(KeyRing, ring);
    QFETCH(SignatureHint::Kind, kind);
    QFETCH(QString, text);
    QFETCH(int, keyIndex);
    const TokenVerdict v = verifyToken(Token::parse(token), ring);
    // A hint is a hint: never valid.
    QVERIFY(!v.valid);
    QCOMPARE(v.state, TokenVerdict::State::Invalid);
    QCOMPARE(v.hint.kind, kind);
    QVERIFY2(v.hint.text.contains(text), qPrintable(v.hint.text));
    if (kind == SignatureHint::Kind::None) {
        QVERIFY(v.hint.text.isEmpty());
        QCOMPARE(v.reason, v.error);
        return;
    }
    QCOMPARE(v.hint.keyIndex, qsizetype(keyIndex));
    // The badge's reason ends with it; the command line's error is as without hints.
    QVERIFY2(v.reason.endsWith(QStringLiteral("; hint: ") + v.hint.text), qPrintable(v.reason));
    VerifyOptions noHints;
    noHints.hints = false;
    QCOMPARE(v.error, verifyToken(Token::parse(token), ring, noHints).error);
    QVERIFY(!v.error.contains(QLatin1String("hint")));
}

void TestVerifyHints::malformedToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<SignatureHint::Kind>("kind");
    using K = SignatureHint::Kind;
    const Key key = Key::fromSecret(secret);
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    // The payload's base64 needs padding and has a '/' ("?" encodes to "Pz8/").
    const QByteArray payload = R"({"sub":"???","x":1})";
    const QByteArray good = signedWith(header, Algorithm::HS256, key, payload);
    QVERIFY(Token::parse(good).isWellFormed());
    const QList<QByteArray> parts = good.split('.');
    const auto standard = [](const QByteArray &bytes) {
        return bytes.toBase64(); // '+' '/' and padding
    };
    const QByteArray reencoded = standard(header) + '.' + standard(payload) + '.' + parts.at(2);
    QTest::newRow("re-encoded as padded base64 after signing") << reencoded << K::Reencoded;
    QTest::newRow("line breaks inside") << parts.at(0) + '.' + parts.at(1).left(10) + "\n  "
                    + parts.at(1).mid(10) + '.'
                    + parts.at(2) << K::Reencoded;
    const QByteArray writtenInput = standard(header) + '.' + standard(payload);
    QTest::newRow("signed as padded base64")
            << writtenInput + '.' + b64(sign(Algorithm::HS256, key, writtenInput).bytes)
            << K::SignedAsWritten;
    QTest::newRow("padded, another secret") << standard(header) + '.' + standard(payload) + '.'
                    + b64(sign(Algorithm::HS256, Key::fromSecret("x"), writtenInput).bytes)
                                            << K::None;
    QTest::newRow("not a base64 fault") << QByteArray("e30.e30.") << K::None;
}

void TestVerifyHints::malformedToken()
{
    QFETCH(QByteArray, token);
    QFETCH(SignatureHint::Kind, kind);
    const Token parsed = Token::parse(token);
    QVERIFY(!parsed.isWellFormed());
    const TokenVerdict v = verifyToken(parsed, KeyRing::fromSecret(secret));
    QVERIFY(v.malformed);
    QVERIFY(!v.valid);
    QCOMPARE(v.state, TokenVerdict::State::Invalid);
    QCOMPARE(v.hint.kind, kind);
    QVERIFY(!v.error.contains(QLatin1String("hint")));
    if (kind != SignatureHint::Kind::None)
        QVERIFY2(v.reason.contains(v.hint.text), qPrintable(v.reason));
}

void TestVerifyHints::validTokenHasNoHint()
{
    const QByteArray token
            = signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(secret));
    const TokenVerdict v = verifyToken(Token::parse(token), KeyRing::fromSecret(secret));
    QVERIFY(v.valid);
    QVERIFY(v.hint.isEmpty());
    QVERIFY(v.failures.isEmpty());
}

void TestVerifyHints::hintsCanBeTurnedOff()
{
    const QByteArray token
            = signedWith(R"({"alg":"HS256"})", Algorithm::HS256, Key::fromSecret(secret + '\n'));
    VerifyOptions options;
    options.hints = false;
    const TokenVerdict v = verifyToken(Token::parse(token), KeyRing::fromSecret(secret), options);
    QCOMPARE(v.state, TokenVerdict::State::Invalid);
    QVERIFY(v.hint.isEmpty());
    QCOMPARE(v.reason, v.error);
}

QTEST_GUILESS_MAIN(TestVerifyHints)
#include "tst_verifyhints.moc"
