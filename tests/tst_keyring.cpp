// SPDX-License-Identifier: MIT
#include "keyring.h"
#include "keyfit.h"

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

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
