// SPDX-License-Identifier: MIT
#include "keyfit.h"
#include "keyfixtures.h"
#include "keyset.h"

#include <QTest>

/// Whether a key fits an algorithm, and which key of a set a token takes (keyfit.cpp).
class TestKeyFit : public QObject
{
    Q_OBJECT

private slots:
    void jwksKidSelection_data();
    void jwksKidSelection();
    void chooseKeyWithoutFit();
    void checkFitTable_data();
    void checkFitTable();
};

void TestKeyFit::jwksKidSelection_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("RS256 by kid") << Algorithm::RS256 << QStringLiteral("rsa-2048")
                                  << QStringLiteral("rsa-2048");
    QTest::newRow("RS256 small key by kid")
            << Algorithm::RS256 << QStringLiteral("rsa-1024") << QStringLiteral("rsa-1024");
    QTest::newRow("ES384 by kid") << Algorithm::ES384 << QStringLiteral("p384-key")
                                  << QStringLiteral("p384-key");
    QTest::newRow("EdDSA Ed448 by kid")
            << Algorithm::EdDSA << QStringLiteral("ed448-key") << QStringLiteral("ed448-key");
    QTest::newRow("EdDSA Ed25519 by kid")
            << Algorithm::EdDSA << QStringLiteral("ed25519-key") << QStringLiteral("ed25519-key");
    QTest::newRow("EdDSA without kid takes the first fit")
            << Algorithm::EdDSA << QString() << QStringLiteral("ed448-key");
    QTest::newRow("ES256K by fit") << Algorithm::ES256K << QString() << QStringLiteral("k256-key");
    QTest::newRow("unknown kid falls back to fit")
            << Algorithm::ES384 << QStringLiteral("rotated-away") << QStringLiteral("p384-key");
    // rsa-2048 says "alg":"RS256", so PS256 goes to the other RSA key.
    QTest::newRow("alg member is respected")
            << Algorithm::PS256 << QString() << QStringLiteral("rsa-1024");
}

void TestKeyFit::jwksKidSelection()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, kid);
    QFETCH(QString, chosen);
    const KeySet set = loadKeys(readData(QStringLiteral("keys/jwks.json")));
    QVERIFY(set.ok());
    const KeyChoice choice = chooseKey(set.keys, alg, kid);
    QVERIFY2(!choice.key.isNull(), qPrintable(choice.error));
    QCOMPARE(choice.key.kid(), chosen);
    QVERIFY(choice.error.isEmpty());
}

void TestKeyFit::chooseKeyWithoutFit()
{
    const KeySet set = loadKeys(readData(QStringLiteral("keys/jwks.json")));
    QVERIFY(set.ok());
    KeyChoice choice = chooseKey(set.keys, Algorithm::ES256, {});
    QVERIFY(choice.key.isNull());
    QVERIFY2(choice.error.contains(QLatin1String("ES256")), qPrintable(choice.error));
    // A kid that names a key of another family is an error, not a silent fallback.
    choice = chooseKey(set.keys, Algorithm::ES384, u"rsa-2048");
    QVERIFY(choice.key.isNull());
    QVERIFY2(choice.error.contains(QLatin1String("rsa-2048")), qPrintable(choice.error));
    // The JWKS has no secret: HS256 never picks an asymmetric key.
    QVERIFY(chooseKey(set.keys, Algorithm::HS256, {}).key.isNull());
    QVERIFY(chooseKey(set.keys, Algorithm::None, {}).key.isNull());
    QVERIFY(!chooseKey({}, Algorithm::RS256, {}).error.isEmpty());
}

void TestKeyFit::checkFitTable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<KeyFit::Verdict>("verdict");
    const auto row = [](const char *name, const char *file, Algorithm alg, KeyFit::Verdict v) {
        QTest::newRow(name) << QString::fromLatin1(file) << alg << v;
    };
    using V = KeyFit::Verdict;
    row("RSA-2048 RS256", "keys/rsa2048.pub.pem", Algorithm::RS256, V::Fits);
    row("RSA-2048 PS512", "keys/rsa2048.pub.pem", Algorithm::PS512, V::Fits);
    row("RSA-1024 RS384", "keys/rsa1024.pub.pem", Algorithm::RS384, V::Weak);
    row("RSA as HMAC", "keys/rsa2048.pub.pem", Algorithm::HS256, V::Mismatch);
    row("RSA for ES256", "keys/rsa2048.pub.pem", Algorithm::ES256, V::Mismatch);
    row("RSA for EdDSA", "keys/rsa2048.pub.pem", Algorithm::EdDSA, V::Mismatch);
    row("P-384 ES384", "keys/p384.pub.pem", Algorithm::ES384, V::Fits);
    row("P-384 ES512", "keys/p384.pub.pem", Algorithm::ES512, V::Mismatch);
    row("P-521 ES512", "keys/p521.pub.pem", Algorithm::ES512, V::Fits);
    row("secp256k1 ES256K", "keys/secp256k1.pub.pem", Algorithm::ES256K, V::Fits);
    row("P-256 ES256", "keys/cert.pem", Algorithm::ES256, V::Fits);
    row("P-256 as HMAC", "keys/cert.pem", Algorithm::HS512, V::Mismatch);
    row("Ed448 EdDSA", "keys/ed448.pub.pem", Algorithm::EdDSA, V::Fits);
    row("Ed448 RS256", "keys/ed448.pub.pem", Algorithm::RS256, V::Mismatch);
    row("oct 64 bytes HS512", "vectors/keys/rfc7515_a1_hs256.jwk.json", Algorithm::HS512, V::Fits);
    row("oct for RS256", "vectors/keys/rfc7515_a1_hs256.jwk.json", Algorithm::RS256, V::Mismatch);
    row("anything for none", "keys/rsa2048.pub.pem", Algorithm::None, V::Mismatch);
}

void TestKeyFit::checkFitTable()
{
    QFETCH(QString, file);
    QFETCH(Algorithm, alg);
    QFETCH(KeyFit::Verdict, verdict);
    const Key key = loadOne(file);
    QVERIFY(!key.isNull());
    const KeyFit fit = checkFit(key, alg);
    QCOMPARE(fit.verdict, verdict);
    QCOMPARE(fit.reason.isEmpty(), verdict == KeyFit::Verdict::Fits);
}

QTEST_GUILESS_MAIN(TestKeyFit)
#include "tst_keyfit.moc"
