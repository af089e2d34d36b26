// SPDX-License-Identifier: MIT
#include "base64url.h"

#include <QTest>

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void decodeValid_data();
    void decodeValid();
    void decodeInvalid_data();
    void decodeInvalid();
    void encode_data();
    void encode();
    void roundTripAllBytes();
};

void TestBase64Url::decodeValid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one byte, two characters") << QByteArray("Zg") << QByteArray("f");
    QTest::newRow("two bytes, three characters") << QByteArray("Zm8") << QByteArray("fo");
    QTest::newRow("three bytes, four characters") << QByteArray("Zm9v") << QByteArray("foo");
    QTest::newRow("url alphabet minus and underscore")
            << QByteArray("-_-_") << QByteArray("\xfb\xff\xbf");
    QTest::newRow("RFC 7515 A.1 header") << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9")
                                         << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}");
}

void TestBase64Url::decodeValid()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, bytes);
    const Base64Url::Decoded decoded = Base64Url::decode(text);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.errorOffset, -1);
    QVERIFY(decoded.error.isEmpty());
    QCOMPARE(decoded.bytes, bytes);
}

void TestBase64Url::decodeInvalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("bytesBefore");
    QTest::newRow("padding") << QByteArray("Zm8=") << qsizetype(3)
                             << QStringLiteral("'=' padding is not allowed in base64url")
                             << QByteArray();
    QTest::newRow("double padding after a whole group")
            << QByteArray("Zm9vZg==") << qsizetype(6)
            << QStringLiteral("'=' padding is not allowed in base64url") << QByteArray("foo");
    QTest::newRow("plus") << QByteArray("ab+c") << qsizetype(2)
                          << QStringLiteral("'+' is base64, not base64url (use '-' and '_')")
                          << QByteArray();
    QTest::newRow("slash") << QByteArray("Zm9v/w") << qsizetype(4)
                           << QStringLiteral("'/' is base64, not base64url (use '-' and '_')")
                           << QByteArray("foo");
    QTest::newRow("space") << QByteArray("Zm 9v") << qsizetype(2)
                           << QStringLiteral("' ' is not a base64url character") << QByteArray();
    QTest::newRow("star") << QByteArray("*") << qsizetype(0)
                          << QStringLiteral("'*' is not a base64url character") << QByteArray();
    QTest::newRow("NUL byte") << QByteArray("Zm\0v", 4) << qsizetype(2)
                              << QStringLiteral("byte 0x00 is not a base64url character")
                              << QByteArray();
    QTest::newRow("high byte") << QByteArray("Zm9v\xc3\xa9") << qsizetype(4)
                               << QStringLiteral("byte 0xc3 is not a base64url character")
                               << QByteArray("foo");
    QTest::newRow("length 1") << QByteArray("A") << qsizetype(0)
                              << QStringLiteral(
                                         "a length of 1 characters is impossible in base64url")
                              << QByteArray();
    QTest::newRow("length 4n+1") << QByteArray("Zm9vA") << qsizetype(4)
                                 << QStringLiteral(
                                            "a length of 5 characters is impossible in base64url")
                                 << QByteArray("foo");
}

void TestBase64Url::decodeInvalid()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    QFETCH(QString, error);
    QFETCH(QByteArray, bytesBefore);
    const Base64Url::Decoded decoded = Base64Url::decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.errorOffset, offset);
    QCOMPARE(decoded.error, error);
    QCOMPARE(decoded.bytes, bytesBefore);
}

void TestBase64Url::encode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("no padding for one byte") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("no padding for two bytes") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf") << QByteArray("-_-_");
}

void TestBase64Url::encode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(Base64Url::encode(bytes), text);
}

void TestBase64Url::roundTripAllBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    for (qsizetype length = 0; length <= bytes.size(); length += 37) {
        const QByteArray slice = bytes.first(length);
        const QByteArray text = Base64Url::encode(slice);
        QVERIFY(!text.contains('=') && !text.contains('+') && !text.contains('/'));
        QCOMPARE(Base64Url::decode(text).bytes, slice);
    }
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
