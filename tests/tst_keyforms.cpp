// SPDX-License-Identifier: MIT
// KeyForms (the forms a public key is held in, a self-signed certificate, curve orders) and
// keys derived from a seed.
#include "keyforms.h"
#include "keygen.h"
#include "keyset.h"

#include <QFile>
#include <QTest>

namespace {

Key loadOne(const QByteArray &text)
{
    const KeySet set = loadKeys(text);
    return set.ok() ? set.keys.first() : Key();
}

QByteArray readData(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/keys/") + QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKeyForms : public QObject
{
    Q_OBJECT

private slots:
    void publicForms_data();
    void publicForms();
    void certificate_data();
    void certificate();
    void curveOrder_data();
    void curveOrder();
    void seeded_data();
    void seeded();
    void seedRefused();
};

void TestKeyForms::publicForms_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::newRow("RSA") << readData("rsa2048.pkcs8.pem");
    QTest::newRow("P-384") << readData("p384.sec1.pem");
    QTest::newRow("Ed448") << readData("ed448.pem");
}

void TestKeyForms::publicForms()
{
    QFETCH(QByteArray, pem);
    const Key key = loadOne(pem);
    QVERIFY(!key.isNull());
    const QByteArray spki = key.publicKey().toPem();
    // DER: the base64 body of the SPKI PEM.
    QByteArray body;
    for (const QByteArray &line : spki.split('\n')) {
        if (!line.startsWith("-----"))
            body += line;
    }
    QCOMPARE(KeyForms::publicKeyDer(key), QByteArray::fromBase64(body));
    QCOMPARE(KeyForms::publicKeyDer(key.publicKey()), KeyForms::publicKeyDer(key));
    const QByteArray pkcs1 = KeyForms::rsaPublicKeyPkcs1Pem(key);
    if (key.kind() != KeyKind::Rsa) {
        QVERIFY(pkcs1.isEmpty());
        return;
    }
    QVERIFY(pkcs1.startsWith("-----BEGIN RSA PUBLIC KEY-----\n"));
    QVERIFY(pkcs1.endsWith("-----END RSA PUBLIC KEY-----\n"));
    QCOMPARE(loadOne(pkcs1).toPem(), spki);
    QCOMPARE(pkcs1, readData("rsa2048.pkcs1.pub.pem"));
}

void TestKeyForms::certificate_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("curve");
    QTest::newRow("RS256") << Algorithm::RS256 << QString();
    QTest::newRow("ES384") << Algorithm::ES384 << QString();
    QTest::newRow("Ed25519") << Algorithm::EdDSA << QString();
    QTest::newRow("Ed448") << Algorithm::EdDSA << QStringLiteral("Ed448");
}

void TestKeyForms::certificate()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, curve);
    const GeneratedKey generated = generateKey(alg, 0, curve);
    QVERIFY(generated.ok());
    const QByteArray cert = KeyForms::selfSignedCertificate(generated.key, "test", 1700000000, 30);
    QVERIFY(cert.startsWith("-----BEGIN CERTIFICATE-----\n"));
    const KeySet set = loadKeys(cert);
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.format, KeyFormat::PemCertificate);
    QCOMPARE(set.keys.first().toPem(), generated.key.publicKey().toPem());
    // A public key cannot sign a certificate.
    QVERIFY(KeyForms::selfSignedCertificate(generated.key.publicKey(), "x", 0, 1).isEmpty());
    QVERIFY(KeyForms::selfSignedCertificate(Key::fromSecret("s"), "x", 0, 1).isEmpty());
}

void TestKeyForms::curveOrder_data()
{
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("P-256")
            << "P-256"
            << QByteArray("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    QTest::newRow("P-384")
            << "P-384"
            << QByteArray("ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf"
                          "581a0db248b0a77aecec196accc52973");
    QTest::newRow("P-521")
            << "P-521"
            << QByteArray("01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                          "fffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e9138"
                          "6409");
    QTest::newRow("secp256k1")
            << "secp256k1"
            << QByteArray("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    QTest::newRow("unknown") << "P-192" << QByteArray();
}

void TestKeyForms::curveOrder()
{
    QFETCH(QString, curve);
    QFETCH(QByteArray, hex);
    QCOMPARE(KeyForms::curveOrder(curve).toHex(), hex);
}

void TestKeyForms::seeded_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<KeyKind>("kind");
    QTest::newRow("Ed25519") << Algorithm::EdDSA << QString() << KeyKind::Ed25519;
    QTest::newRow("Ed448") << Algorithm::EdDSA << QStringLiteral("Ed448") << KeyKind::Ed448;
    QTest::newRow("ES256") << Algorithm::ES256 << QString() << KeyKind::Ec;
    QTest::newRow("ES384") << Algorithm::ES384 << QString() << KeyKind::Ec;
    QTest::newRow("ES512") << Algorithm::ES512 << QString() << KeyKind::Ec;
    QTest::newRow("ES256K") << Algorithm::ES256K << QString() << KeyKind::Ec;
}

void TestKeyForms::seeded()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, curve);
    QFETCH(KeyKind, kind);
    const GeneratedKey a = generateKeyFromSeed(alg, "seed one", curve);
    const GeneratedKey b = generateKeyFromSeed(alg, "seed one", curve);
    const GeneratedKey c = generateKeyFromSeed(alg, "seed two", curve);
    const GeneratedKey empty = generateKeyFromSeed(alg, "", curve);
    for (const GeneratedKey *k : {&a, &b, &c, &empty}) {
        QVERIFY2(k->ok(), qPrintable(k->error));
        QCOMPARE(k->key.kind(), kind);
        QVERIFY(k->key.isPrivate());
    }
    QCOMPARE(a.key.toPem(), b.key.toPem());
    QVERIFY(a.key.toPem() != c.key.toPem());
    QVERIFY(a.key.toPem() != empty.key.toPem());
    if (kind == KeyKind::Ec)
        QCOMPARE(a.key.curve(), Algorithms::curve(alg));
}

void TestKeyForms::seedRefused()
{
    for (Algorithm alg : {Algorithm::HS256, Algorithm::RS256, Algorithm::PS512, Algorithm::None})
        QVERIFY(!generateKeyFromSeed(alg, "x").ok());
    QVERIFY(!generateKeyFromSeed(Algorithm::EdDSA, "x", QStringLiteral("X25519")).ok());
}

QTEST_GUILESS_MAIN(TestKeyForms)
#include "tst_keyforms.moc"
