// SPDX-License-Identifier: MIT
// KeyPairMaker: new key pairs as PEM and JWK text, made on a worker thread; the texts are
// checked by loading them into the engine and signing with one half, verifying with the other.
#include "keypairmaker.h"
#include "keyset.h"

#include "jws.h"
#include "key.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

Q_DECLARE_METATYPE(Algorithm)

namespace {

Key loadOne(const QString &text)
{
    const KeySet set = loadKeys(text.toUtf8());
    return set.ok() ? set.keys.first() : Key();
}

} // namespace

class TestKeyPairMaker : public QObject
{
    Q_OBJECT

private slots:
    void makesMatchingHalves_data();
    void makesMatchingHalves();
    void rsaSizeIsChosen();
    void noneHasNoPair();
    void startMakesOnAWorker();
    void destroyedWhileMaking();
    void cleanupTestCase();
};

void TestKeyPairMaker::makesMatchingHalves_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("description");
    QTest::newRow("RS256") << Algorithm::RS256 << QStringLiteral("RSA 2048-bit private key");
    QTest::newRow("PS384") << Algorithm::PS384 << QStringLiteral("RSA 2048-bit private key");
    QTest::newRow("ES256") << Algorithm::ES256 << QStringLiteral("EC P-256 private key");
    QTest::newRow("ES384") << Algorithm::ES384 << QStringLiteral("EC P-384 private key");
    QTest::newRow("ES512") << Algorithm::ES512 << QStringLiteral("EC P-521 private key");
    QTest::newRow("ES256K") << Algorithm::ES256K << QStringLiteral("EC secp256k1 private key");
    QTest::newRow("EdDSA") << Algorithm::EdDSA << QStringLiteral("Ed25519 private key");
}

void TestKeyPairMaker::makesMatchingHalves()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, description);
    const KeyPairMaker::Pair pair = KeyPairMaker::make(alg);
    QVERIFY2(pair.ok(), qPrintable(pair.error));
    QCOMPARE(pair.algorithm, alg);
    QCOMPARE(pair.description, description);
    QVERIFY(pair.privatePem.startsWith(QLatin1String("-----BEGIN PRIVATE KEY-----\n")));
    QVERIFY(pair.publicPem.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----\n")));
    const QJsonObject privateJwk = QJsonDocument::fromJson(pair.privateJwk.toUtf8()).object();
    const QJsonObject publicJwk = QJsonDocument::fromJson(pair.publicJwk.toUtf8()).object();
    QVERIFY(privateJwk.contains(QLatin1String("d")));
    QVERIFY(!publicJwk.contains(QLatin1String("d")));
    QCOMPARE(privateJwk.value(QLatin1String("kty")), publicJwk.value(QLatin1String("kty")));

    // Each text loads, and what one private half signs each public half verifies.
    const Key fromPem = loadOne(pair.privatePem);
    const Key fromJwk = loadOne(pair.privateJwk);
    QVERIFY(fromPem.isPrivate() && fromJwk.isPrivate());
    const QByteArray input = "eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJwYWlyIn0";
    for (const Key &signer : {fromPem, fromJwk}) {
        const Signature signature = sign(alg, signer, input);
        QVERIFY2(signature.ok(), qPrintable(signature.error));
        for (const QString &text : {pair.publicPem, pair.publicJwk}) {
            const Key verifier = loadOne(text);
            QVERIFY(!verifier.isNull() && !verifier.isPrivate());
            QCOMPARE(verify(alg, verifier, input, signature.bytes).status, SignatureStatus::Valid);
        }
    }
}

void TestKeyPairMaker::rsaSizeIsChosen()
{
    const KeyPairMaker::Pair pair = KeyPairMaker::make(Algorithm::RS512, 3072);
    QVERIFY2(pair.ok(), qPrintable(pair.error));
    QCOMPARE(pair.description, QStringLiteral("RSA 3072-bit private key"));
    QCOMPARE(loadOne(pair.publicPem).bits(), 3072);
}

void TestKeyPairMaker::noneHasNoPair()
{
    const KeyPairMaker::Pair pair = KeyPairMaker::make(Algorithm::None);
    QVERIFY(!pair.ok());
    QVERIFY(pair.isNull());
    QVERIFY(!pair.error.isEmpty());
    QVERIFY(pair.privatePem.isEmpty());
}

void TestKeyPairMaker::startMakesOnAWorker()
{
    KeyPairMaker maker;
    QVERIFY(maker.pair().isNull());
    QVERIFY(!maker.isRunning());
    QSignalSpy finished(&maker, &KeyPairMaker::finished);
    QVERIFY(maker.start(Algorithm::ES384));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!maker.isRunning());
    QVERIFY2(maker.pair().ok(), qPrintable(maker.pair().error));
    QCOMPARE(maker.pair().algorithm, Algorithm::ES384);
    const QString first = maker.pair().privatePem;

    // Each start makes a new pair.
    QVERIFY(maker.start(Algorithm::ES384));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(maker.pair().ok());
    QVERIFY(maker.pair().privatePem != first);

    // An error comes the same way.
    QVERIFY(maker.start(Algorithm::None));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    QVERIFY(!maker.pair().ok());
    QVERIFY(!maker.pair().error.isEmpty());
}

void TestKeyPairMaker::destroyedWhileMaking()
{
    auto maker = std::make_unique<KeyPairMaker>();
    QSignalSpy finished(maker.get(), &KeyPairMaker::finished);
    QVERIFY(maker->start(Algorithm::RS256, 3072));
    maker.reset(); // waits for the worker
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

/// No key generation of a test may still run when the process ends: its OpenSSL objects
/// would be reported as leaked by the sanitizer run (seen once on a loaded machine).
void TestKeyPairMaker::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_GUILESS_MAIN(TestKeyPairMaker)
#include "tst_keypairmaker.moc"
