// SPDX-License-Identifier: MIT
#include "keyring.h"
#include "base64url.h"
#include "jws.h"
#include "keygen.h"
#include "keyfit.h"
#include "keyset.h"
#include "token.h"
#include "verifier.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray readData(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return file.readAll();
}

/// RFC 7515 A.3's ES256 key as a JWKS member with @p kid (public, or private with @p d).
QByteArray goodMember(const QByteArray &kid, bool withD = false)
{
    return R"({"kty":"EC","crv":"P-256","kid":")" + kid
            + R"(","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",)"
              R"("y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")"
            + (withD ? QByteArray(R"(,"d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI")")
                     : QByteArray())
            + '}';
}

/// A P-256 member whose members read well (sizes, base64url) but whose point is not on the
/// curve: only making the key (OpenSSL) finds out.
const QByteArray brokenMember = R"({"kty":"EC","crv":"P-256","kid":"broken",)"
                                R"("x":"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE",)"
                                R"("y":"AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI"})";

/// The broken member first, then the good one (kid "good").
QByteArray jwksWithBrokenMember()
{
    return R"({"keys":[)" + brokenMember + ',' + goodMember("good") + "]}";
}

/// An ES256 token with @p header, signed by the good member's private key.
QByteArray signedToken(const QByteArray &header)
{
    const KeySet signer = loadKeys(goodMember("good", true));
    if (!signer.ok())
        qFatal("cannot load the signing key: %s", qPrintable(signer.error));
    const QByteArray input = Base64Url::encode(header) + '.'
            + Base64Url::encode(R"({"sub":"lazy","exp":4102444800})");
    return input + '.'
            + Base64Url::encode(sign(Algorithm::ES256, signer.keys.first(), input).bytes);
}

} // namespace

class TestKeyRing : public QObject
{
    Q_OBJECT

private slots:
    void fromSecret();
    void fromText_data();
    void fromText();
    void choose_data();
    void choose();
    void copiesShareTheKeys();
    void brokenMemberNotChosen_data();
    void brokenMemberNotChosen();
    void brokenMemberChosenByKid();
    void brokenMemberListed();
    void hintFindsTheSigningKey_data();
    void hintFindsTheSigningKey();
};

void TestKeyRing::fromSecret()
{
    const KeyRing ring = KeyRing::fromSecret("a-32-byte-long-secret-for-HS256!");
    QCOMPARE(ring.size(), 1);
    QCOMPARE(ring.at(0).kind(), KeyKind::Secret);
    QCOMPARE(ring.at(0).secretBytes(), QByteArray("a-32-byte-long-secret-for-HS256!"));
    QVERIFY(ring.loadError().isEmpty());
    QVERIFY(KeyRing().isEmpty());
}

void TestKeyRing::fromText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("keys");
    QTest::addColumn<QString>("error"); // the start of loadError()
    QTest::newRow("PEM public key")
            << readData(QFINDTESTDATA("data/keys/rsa2048.pub.pem")) << 1 << QString();
    QTest::newRow("JWKS") << readData(QFINDTESTDATA("data/keys/jwks.json")) << 6 << QString();
    QTest::newRow("PEM bundle") << readData(QFINDTESTDATA("data/keys/rsa2048.pub.pem"))
                    + readData(QFINDTESTDATA("data/keys/p384.pub.pem"))
                                << 2 << QString();
    QTest::newRow("no key in it") << QByteArray("hello") << 0 << "not a key";
    QTest::newRow("a broken JWK") << QByteArray(R"({"kty":"RSA","e":"AQAB"})") << 0 << "JWK";
    QTest::newRow("an encrypted PEM")
            << readData(QFINDTESTDATA("data/keys/encrypted.pkcs8.pem")) << 0 << "PEM";
}

void TestKeyRing::fromText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, keys);
    QFETCH(QString, error);
    const KeyRing ring = KeyRing::fromText(text);
    QCOMPARE(ring.size(), keys);
    QCOMPARE(ring.keys().size(), keys);
    if (error.isEmpty())
        QVERIFY2(ring.loadError().isEmpty(), qPrintable(ring.loadError()));
    else
        QVERIFY2(ring.loadError().startsWith(error), qPrintable(ring.loadError()));
}

void TestKeyRing::choose_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("error");
    // jwks.json: rsa-2048 (alg RS256), p384-key, ed448-key, ed25519-key, k256-key, rsa-1024.
    QTest::newRow("by algorithm") << Algorithm::ES384 << QString() << 1 << QString();
    QTest::newRow("by kid") << Algorithm::PS256 << "rsa-1024" << 5 << QString();
    QTest::newRow("by kid before order") << Algorithm::EdDSA << "ed25519-key" << 3 << QString();
    QTest::newRow("unknown kid: by algorithm") << Algorithm::ES256K << "nope" << 4 << QString();
    QTest::newRow("kid that does not fit")
            << Algorithm::ES256 << "rsa-2048" << -1
            << "the key with kid \"rsa-2048\" does not fit: the key is for RS256";
    QTest::newRow("none fits") << Algorithm::HS256 << QString() << -1 << "none of the 6 key";
}

void TestKeyRing::choose()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, kid);
    QFETCH(int, index);
    QFETCH(QString, error);
    const KeyRing ring = KeyRing::fromText(readData(QFINDTESTDATA("data/keys/jwks.json")));
    QCOMPARE(ring.size(), 6);
    const KeyRing::Choice choice = ring.choose(alg, kid);
    QCOMPARE(choice.index, qsizetype(index));
    if (error.isEmpty())
        QVERIFY(choice.error.isEmpty());
    else
        QVERIFY2(choice.error.startsWith(error), qPrintable(choice.error));
    // The index names the key chooseKey() picks.
    const KeyChoice direct = chooseKey(ring.keys(), alg, kid);
    QCOMPARE(direct.key.isNull(), index < 0);
    if (index >= 0)
        QCOMPARE(ring.at(index).thumbprint(), direct.key.thumbprint());
}

void TestKeyRing::copiesShareTheKeys()
{
    KeyRing ring = KeyRing::fromSecret("one");
    ring.add(Key::fromSecret("two"));
    ring.setLoadError(QStringLiteral("why"));
    const KeyRing copy = ring;
    QCOMPARE(copy.size(), 2);
    QCOMPARE(copy.at(1).data(), ring.at(1).data());
    QCOMPARE(copy.loadError(), QStringLiteral("why"));
}

void TestKeyRing::brokenMemberNotChosen_data()
{
    QTest::addColumn<QByteArray>("header");
    // The keys of a JWKS are made when chosen: a member that cannot be made, and that the
    // token does not need, does not stop the one it names (or the first that fits) verifying.
    QTest::newRow("kid of the good member") << QByteArray(R"({"alg":"ES256","kid":"good"})");
    QTest::newRow("no kid: the broken member fits first, then the good one")
            << QByteArray(R"({"alg":"ES256"})");
    QTest::newRow("unknown kid") << QByteArray(R"({"alg":"ES256","kid":"elsewhere"})");
}

void TestKeyRing::brokenMemberNotChosen()
{
    QFETCH(QByteArray, header);
    const KeyRing ring = KeyRing::fromText(jwksWithBrokenMember());
    QVERIFY2(ring.loadError().isEmpty(), qPrintable(ring.loadError()));
    QCOMPARE(ring.size(), 2);
    const Token token = Token::parse(QByteArrayView(signedToken(header)));
    const TokenVerdict verdict = verifyToken(token, ring);
    QVERIFY2(verdict.valid, qPrintable(verdict.reason));
    QCOMPARE(verdict.keyIndex, qsizetype(1));
    QCOMPARE(ring.kidAt(1), QStringLiteral("good"));
}

void TestKeyRing::brokenMemberChosenByKid()
{
    // The token names the broken member: it is made, and why it cannot be is the reason.
    const KeyRing ring = KeyRing::fromText(jwksWithBrokenMember());
    const KeyRing::Choice choice = ring.choose(Algorithm::ES256, u"broken");
    QCOMPARE(choice.index, qsizetype(-1));
    QVERIFY2(choice.error.startsWith(
                     QLatin1String("the key with kid \"broken\" does not fit: JWKS: key 1: ")),
             qPrintable(choice.error));
    const Token token
            = Token::parse(QByteArrayView(signedToken(R"({"alg":"ES256","kid":"broken"})")));
    const TokenVerdict verdict = verifyToken(token, ring);
    QVERIFY(!verdict.valid);
    QVERIFY2(verdict.reason.contains(QLatin1String("JWKS: key 1: ")), qPrintable(verdict.reason));
}

void TestKeyRing::brokenMemberListed()
{
    // What lists every key still says what is wrong with the broken one: the ring when asked
    // for all of its keys, and loadKeys() (key info, the session's keys), which makes them all.
    const KeyRing ring = KeyRing::fromText(jwksWithBrokenMember());
    const QString error = ring.makeAll();
    QVERIFY2(error.startsWith(QLatin1String("JWKS: key 1: ")), qPrintable(error));
    QCOMPARE(ring.errorAt(0), error);
    QVERIFY(ring.at(0).isNull());
    QVERIFY(ring.errorAt(1).isEmpty());
    QCOMPARE(ring.keys().size(), 1);
    QCOMPARE(ring.keys().first().kid(), QStringLiteral("good"));
    const KeySet listed = loadKeys(jwksWithBrokenMember());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error, error);
}

void TestKeyRing::hintFindsTheSigningKey_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<int>("signer");
    QTest::newRow("ES256, key 38 of 40") << Algorithm::ES256 << 37;
    QTest::newRow("ES384, the last key") << Algorithm::ES384 << 39;
    QTest::newRow("ES256K, the second key") << Algorithm::ES256K << 1;
}

void TestKeyRing::hintFindsTheSigningKey()
{
    // A token without kid, signed by a key of the set that is not the first: the first fits
    // and fails, and the hint names the key that matches (the keys it passes over by their
    // recovered points are never made). A broken member comes first; the others are good.
    QFETCH(Algorithm, alg);
    QFETCH(int, signer);
    QByteArray jwks = R"({"keys":[)" + brokenMember;
    Key signingKey;
    for (int i = 0; i < 40; ++i) {
        const GeneratedKey made = generateKeyFromSeed(alg, "ring " + QByteArray::number(i));
        QVERIFY2(made.ok(), qPrintable(made.error));
        QByteArray jwk = made.key.toJwk(false);
        jwk.chop(1);
        jwks += ',' + jwk + R"(,"kid":"k)" + QByteArray::number(i) + "\"}";
        if (i == signer)
            signingKey = made.key;
    }
    jwks += "]}";
    const KeyRing ring = KeyRing::fromText(jwks);
    QVERIFY2(ring.loadError().isEmpty(), qPrintable(ring.loadError()));
    const QByteArray input
            = Base64Url::encode(R"({"alg":")" + Algorithms::name(alg).toLatin1() + "\"}") + '.'
            + Base64Url::encode(R"({"sub":"hint"})");
    const QByteArray token = input + '.' + Base64Url::encode(sign(alg, signingKey, input).bytes);
    const TokenVerdict verdict = verifyToken(Token::parse(QByteArrayView(token)), ring);
    QCOMPARE(verdict.valid, signer == 0);
    QCOMPARE(verdict.hint.kind, SignatureHint::Kind::OtherKey);
    QCOMPARE(verdict.hint.keyIndex, qsizetype(signer + 1)); // after the broken member
    QVERIFY2(verdict.hint.text.contains(QStringLiteral("kid \"k%1\"").arg(signer)),
             qPrintable(verdict.hint.text));
}

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
