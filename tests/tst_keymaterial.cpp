// SPDX-License-Identifier: MIT
// KeyMaterial: what the user typed as a key, read into a key ring.
#include "keymaterial.h"

#include <QFile>
#include <QTest>

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestKeyMaterial : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void replaceKeepsOnlyTheNew();
};

void TestKeyMaterial::read_data()
{
    QTest::addColumn<TokenModel::KeyInput>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("keys");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("error");
    using In = TokenModel::KeyInput;
    QTest::newRow("nothing") << In::SecretText << QString() << 0 << QByteArray() << QString();
    QTest::newRow("secret text") << In::SecretText << QStringLiteral("päss") << 1
                                 << QByteArray("p\xc3\xa4ss") << QString();
    QTest::newRow("base64url secret") << In::SecretBase64 << QStringLiteral("c2VjcmV0") << 1
                                      << QByteArray("secret") << QString();
    QTest::newRow("base64 with padding and spaces")
            << In::SecretBase64 << QStringLiteral(" +/8= \n") << 1 << QByteArray("\xfb\xff")
            << QString();
    QTest::newRow("not base64") << In::SecretBase64 << QStringLiteral("c2V*") << 0 << QByteArray()
                                << "the secret is not valid base64 or base64url";
    QTest::newRow("base64 of nothing") << In::SecretBase64 << QStringLiteral(" \n") << 0
                                       << QByteArray() << "the secret is empty";
    QTest::newRow("JWKS") << In::KeyText << readText(QFINDTESTDATA("data/keys/jwks.json")) << 6
                          << QByteArray() << QString();
    QTest::newRow("no key in the text")
            << In::KeyText << QStringLiteral("hello") << 0 << QByteArray() << "not a key";
    QTest::newRow("a broken JWK") << In::KeyText << QStringLiteral(R"({"kty":"RSA"})") << 0
                                  << QByteArray() << "JWK";
}

void TestKeyMaterial::read()
{
    QFETCH(TokenModel::KeyInput, input);
    QFETCH(QString, text);
    QFETCH(int, keys);
    QFETCH(QByteArray, secret);
    QFETCH(QString, error);
    KeyMaterial material;
    material.set(input, text);
    QCOMPARE(material.input(), input);
    QCOMPARE(material.text(), text);
    QCOMPARE(material.ring().size(), keys);
    QCOMPARE(material.secret(), secret);
    if (keys == 1 && !secret.isEmpty())
        QCOMPARE(material.ring().at(0).secretBytes(), secret);
    QVERIFY2(material.error().message.startsWith(error), qPrintable(material.error().message));
    QCOMPARE(material.error().isError(), !error.isEmpty());
    // Read again (a change of language), the same.
    material.reload();
    QCOMPARE(material.ring().size(), keys);
    QCOMPARE(material.error().isError(), !error.isEmpty());
}

void TestKeyMaterial::replaceKeepsOnlyTheNew()
{
    KeyMaterial material;
    material.set(TokenModel::KeyInput::SecretText, QStringLiteral("first"));
    material.set(TokenModel::KeyInput::SecretBase64, QStringLiteral("@@"));
    QVERIFY(material.ring().isEmpty());
    QVERIFY(material.secret().isEmpty());
    QVERIFY(material.error().isError());
    material.set(TokenModel::KeyInput::SecretText, QString());
    QVERIFY(material.ring().isEmpty());
    QVERIFY(!material.error().isError());
}

QTEST_GUILESS_MAIN(TestKeyMaterial)
#include "tst_keymaterial.moc"
