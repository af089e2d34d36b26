// SPDX-License-Identifier: MIT
#include "jws.h"
#include "key.h"
#include "keyfit.h"
#include "keygen.h"
#include "keyset.h"

#include <QTest>

class TestKeyGen : public QObject
{
    Q_OBJECT

private slots:
    void generate_data();
    void generate();
    void ed448();
    void rsaSizes_data();
    void rsaSizes();
    void badRequests();
    void randomBytesAreRandom();
};

void TestKeyGen::generate_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<KeyKind>("kind");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    for (const Algorithm alg : Algorithms::all()) {
        KeyKind kind = KeyKind::Secret;
        int bits = Algorithms::hashBits(alg);
        QString curve = Algorithms::curve(alg);
        switch (Algorithms::family(alg)) {
        case AlgorithmFamily::RsaPkcs1:
        case AlgorithmFamily::RsaPss:
            kind = KeyKind::Rsa;
            bits = 2048;
            break;
        case AlgorithmFamily::Ecdsa:
            kind = KeyKind::Ec;
            bits = alg == Algorithm::ES512 ? 521 : bits;
            break;
        case AlgorithmFamily::EdDsa:
            // EdDSA makes Ed25519 by default; RFC 9864's fully specified names name their curve.
            kind = alg == Algorithm::Ed448 ? KeyKind::Ed448 : KeyKind::Ed25519;
            bits = alg == Algorithm::Ed448 ? 456 : 256;
            curve = alg == Algorithm::Ed448 ? QStringLiteral("Ed448") : QStringLiteral("Ed25519");
            break;
        case AlgorithmFamily::Hmac:
        case AlgorithmFamily::None:
            break;
        }
        QTest::newRow(qPrintable(Algorithms::name(alg))) << alg << kind << bits << curve;
    }
}

void TestKeyGen::generate()
{
    QFETCH(Algorithm, alg);
    QFETCH(KeyKind, kind);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    const GeneratedKey generated = generateKey(alg);
    QVERIFY2(generated.ok(), qPrintable(generated.error));
    const Key &key = generated.key;
    QCOMPARE(key.kind(), kind);
    QCOMPARE(key.bits(), bits);
    QCOMPARE(key.curve(), curve);
    QVERIFY(key.isPrivate());
    QCOMPARE(checkFit(key, alg).verdict, KeyFit::Verdict::Fits);
    const QByteArray input = "eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJrZXlnZW4ifQ";
    const Signature s = sign(alg, key, input);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(verify(alg, key.publicKey(), input, s.bytes).status, SignatureStatus::Valid);
    // Two generated keys differ.
    const GeneratedKey other = generateKey(alg);
    QVERIFY(other.ok());
    QVERIFY(other.key.thumbprint() != key.thumbprint());
    QCOMPARE(verify(alg, other.key.publicKey(), input, s.bytes).status, SignatureStatus::Invalid);
    // The key survives export and re-import.
    const KeySet again = loadKeys(key.toJwk(true));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(verify(alg, again.keys.first(), input, s.bytes).status, SignatureStatus::Valid);
}

void TestKeyGen::ed448()
{
    const GeneratedKey generated = generateKey(Algorithm::EdDSA, 0, QStringLiteral("Ed448"));
    QVERIFY2(generated.ok(), qPrintable(generated.error));
    QCOMPARE(generated.key.kind(), KeyKind::Ed448);
    QCOMPARE(generated.key.bits(), 456);
    const Signature s = sign(Algorithm::EdDSA, generated.key, "input");
    QVERIFY(s.ok());
    QCOMPARE(s.bytes.size(), 114);
    QCOMPARE(verify(Algorithm::EdDSA, generated.key.publicKey(), "input", s.bytes).status,
             SignatureStatus::Valid);
    QCOMPARE(generateKey(Algorithm::EdDSA, 0, QStringLiteral("Ed25519")).key.kind(),
             KeyKind::Ed25519);
}

void TestKeyGen::rsaSizes_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("bits");
    QTest::newRow("default") << 0 << 2048;
    QTest::newRow("3072") << 3072 << 3072;
}

void TestKeyGen::rsaSizes()
{
    QFETCH(int, requested);
    QFETCH(int, bits);
    const GeneratedKey generated = generateKey(Algorithm::PS256, requested);
    QVERIFY2(generated.ok(), qPrintable(generated.error));
    QCOMPARE(generated.key.bits(), bits);
}

void TestKeyGen::badRequests()
{
    const GeneratedKey small = generateKey(Algorithm::RS256, 1024);
    QVERIFY(!small.ok());
    QVERIFY(small.key.isNull());
    QCOMPARE(small.error, QStringLiteral("RSA keys need at least 2048 bits"));
    QVERIFY(!generateKey(Algorithm::RS256, -5).ok());
    QVERIFY(!generateKey(Algorithm::RS256, 1 << 20).ok());
    QVERIFY(!generateKey(Algorithm::None).ok());
    const GeneratedKey x25519 = generateKey(Algorithm::EdDSA, 0, QStringLiteral("X25519"));
    QVERIFY(!x25519.ok());
    QVERIFY(x25519.error.contains(QLatin1String("X25519")));
}

void TestKeyGen::randomBytesAreRandom()
{
    const QByteArray a = randomBytes(32);
    const QByteArray b = randomBytes(32);
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
    QVERIFY(randomBytes(0).isEmpty());
    QVERIFY(randomBytes(-1).isEmpty());
    QCOMPARE(randomBytes(1000).size(), 1000);
    // HMAC secrets have the size of the hash output (RFC 7518 §3.2).
    QCOMPARE(generateKey(Algorithm::HS384).key.secretBytes().size(), 48);
    QCOMPARE(generateKey(Algorithm::HS512).key.secretBytes().size(), 64);
}

QTEST_GUILESS_MAIN(TestKeyGen)
#include "tst_keygen.moc"
