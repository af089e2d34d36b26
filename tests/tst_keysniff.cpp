// SPDX-License-Identifier: MIT
// KeySniff: key material told from a token by its first characters (what the window does
// with pasted, dropped or opened text).
#include "keysniff.h"

#include <QFile>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestKeySniff : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeKey_data();
    void looksLikeKey();
    void fixturesAreKeys_data();
    void fixturesAreKeys();
    void jsonOverTheLimitIsNotRead();
};

void TestKeySniff::looksLikeKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("key");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("whitespace") << QStringLiteral(" \n\t ") << false;
    QTest::newRow("compact token")
            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln") << false;
    QTest::newRow("bearer token") << QStringLiteral(
            "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")
                                  << false;
    QTest::newRow("PEM public key")
            << QStringLiteral("-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----") << true;
    QTest::newRow("PEM after whitespace")
            << QStringLiteral("\n\n  -----BEGIN CERTIFICATE-----\nMII\n") << true;
    // Only the start counts: a loader reports what is wrong with the rest.
    QTest::newRow("PEM begin line only") << QStringLiteral("-----BEGIN") << true;
    QTest::newRow("PEM not at the start")
            << QStringLiteral("key: -----BEGIN PUBLIC KEY-----") << false;
    QTest::newRow("JWK") << QStringLiteral(R"({"kty":"oct","k":"c2VjcmV0"})") << true;
    QTest::newRow("JWK with whitespace around")
            << QStringLiteral("\n  {\"kty\": \"EC\", \"crv\": \"P-256\"}  \n") << true;
    QTest::newRow("JWKS") << QStringLiteral(R"({"keys":[]})") << true;
    QTest::newRow("JSON object without kty or keys")
            << QStringLiteral(R"({"sub":"1234567890"})") << false;
    QTest::newRow("kty only nested") << QStringLiteral(R"({"a":{"kty":"oct"}})") << false;
    QTest::newRow("JSON array") << QStringLiteral(R"([{"kty":"oct"}])") << false;
    QTest::newRow("invalid JSON") << QStringLiteral(R"({"kty":)") << false;
}

void TestKeySniff::looksLikeKey()
{
    QFETCH(QString, text);
    QFETCH(bool, key);
    QCOMPARE(KeySniff::looksLikeKey(text), key);
}

void TestKeySniff::fixturesAreKeys_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name :
         {"keys/rsa2048.pub.pem", "keys/rsa2048.pkcs1.pem", "keys/cert.pem", "keys/p384.sec1.pem",
          "keys/jwks.json", "malformed/keys/pem-truncated-body.pem",
          "malformed/keys/jwk-kty-unknown.json"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestKeySniff::fixturesAreKeys()
{
    QFETCH(QString, file);
    const QString text = fixture(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    QVERIFY(KeySniff::looksLikeKey(text));
}

void TestKeySniff::jsonOverTheLimitIsNotRead()
{
    const QString padding = QStringLiteral(R"(,"pad":")") + QString(KeySniff::MaxJsonSize, u'x')
            + QLatin1Char('"');
    const QString jwk = QStringLiteral(R"({"kty":"oct","k":"c2VjcmV0")");
    QVERIFY(KeySniff::looksLikeKey(jwk + QLatin1Char('}')));
    QVERIFY(!KeySniff::looksLikeKey(jwk + padding + QLatin1Char('}')));
    // The limit counts the trimmed text.
    const QString atLimit = jwk + QStringLiteral(R"(,"pad":")")
            + QString(KeySniff::MaxJsonSize - jwk.size() - 10, u'x') + QStringLiteral("\"}");
    QCOMPARE(atLimit.size(), KeySniff::MaxJsonSize);
    QVERIFY(KeySniff::looksLikeKey(QStringLiteral("  ") + atLimit + QStringLiteral("\n")));
}

QTEST_GUILESS_MAIN(TestKeySniff)
#include "tst_keysniff.moc"
