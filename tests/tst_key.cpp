// SPDX-License-Identifier: MIT
#include "key.h"
#include "keyfit.h"
#include "keyfixtures.h"

#include <QTest>

/// The Key value (key.cpp).
class TestKey : public QObject
{
    Q_OBJECT

private slots:
    void description_data();
    void description();
    void nullKey();
    void secretKey();
};

void TestKey::description_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("description");
    QTest::newRow("RSA private") << QStringLiteral("keys/rsa2048.pkcs8.pem")
                                 << QStringLiteral("RSA 2048-bit private key");
    QTest::newRow("RSA public") << QStringLiteral("keys/rsa1024.pub.pem")
                                << QStringLiteral("RSA 1024-bit public key");
    QTest::newRow("EC private") << QStringLiteral("keys/p384.sec1.pem")
                                << QStringLiteral("EC P-384 private key");
    QTest::newRow("EC certificate")
            << QStringLiteral("keys/cert.pem") << QStringLiteral("EC P-256 public key");
    QTest::newRow("Ed448 public") << QStringLiteral("keys/ed448.pub.pem")
                                  << QStringLiteral("Ed448 public key");
    QTest::newRow("Ed25519 private") << QStringLiteral("vectors/keys/rfc8037_a4_ed25519.priv.pem")
                                     << QStringLiteral("Ed25519 private key");
    // No English .qm is loaded in tests: the source text of the plural shows.
    QTest::newRow("oct") << QStringLiteral("vectors/keys/rfc7515_a1_hs256.jwk.json")
                         << QStringLiteral("HMAC secret (64 byte(s))");
}

void TestKey::description()
{
    QFETCH(QString, file);
    QFETCH(QString, description);
    QCOMPARE(loadOne(file).description(), description);
}

void TestKey::nullKey()
{
    const Key key;
    QVERIFY(key.isNull());
    QVERIFY(!key.isPrivate());
    QCOMPARE(key.bits(), 0);
    QVERIFY(key.toJwk(true).isEmpty());
    QVERIFY(key.toPem().isEmpty());
    QVERIFY(key.thumbprint().isEmpty());
    QVERIFY(key.publicKey().isNull());
    QCOMPARE(checkFit(key, Algorithm::HS256).verdict, KeyFit::Verdict::Mismatch);
}

void TestKey::secretKey()
{
    QByteArray bytes("0123456789abcdef0123456789abcdef");
    const Key key = Key::fromSecret(bytes);
    bytes.fill('x'); // the key holds its own copy
    QCOMPARE(key.secretBytes(), QByteArray("0123456789abcdef0123456789abcdef"));
    QCOMPARE(key.kind(), KeyKind::Secret);
    QCOMPARE(key.bits(), 256);
    QVERIFY(key.isPrivate());
    QCOMPARE(key.description(), QStringLiteral("HMAC secret (32 byte(s))"));
    Key copy = key;
    Key moved = std::move(copy);
    QCOMPARE(moved.secretBytes(), key.secretBytes());
    QCOMPARE(key.publicKey().secretBytes(), key.secretBytes());
    QCOMPARE(loadOne(QStringLiteral("keys/rsa2048.pub.pem")).secretBytes(), QByteArray());
}

QTEST_GUILESS_MAIN(TestKey)
#include "tst_key.moc"
