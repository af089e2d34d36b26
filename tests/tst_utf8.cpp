// SPDX-License-Identifier: MIT
#include "utf8.h"

#include <QString>
#include <QTest>

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void firstInvalid_data();
    void firstInvalid();
    void sequenceLength_data();
    void sequenceLength();
    void toUtf16Offset_data();
    void toUtf16Offset();
    void toUtf8Offset_data();
    void toUtf8Offset();
    void offsetsRoundTrip();
};

void TestUtf8::firstInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ASCII") << QByteArray("{\"a\":1}") << qsizetype(-1);
    QTest::newRow("NUL is well-formed") << QByteArray("a\0b", 3) << qsizetype(-1);
    QTest::newRow("two, three and four bytes")
            << QByteArray("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") << qsizetype(-1);
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << qsizetype(-1);
    QTest::newRow("U+D7FF before the surrogates") << QByteArray("\xed\x9f\xbf") << qsizetype(-1);
    QTest::newRow("overlong two bytes") << QByteArray("ab\xc0\xaf") << qsizetype(2);
    QTest::newRow("overlong C1") << QByteArray("\xc1\xbf") << qsizetype(0);
    QTest::newRow("overlong three bytes") << QByteArray("\xe0\x9f\xbf") << qsizetype(0);
    QTest::newRow("overlong four bytes") << QByteArray("x\xf0\x8f\xbf\xbf") << qsizetype(1);
    QTest::newRow("high surrogate") << QByteArray("\xed\xa0\x80") << qsizetype(0);
    QTest::newRow("low surrogate") << QByteArray("ok\xed\xbf\xbf") << qsizetype(2);
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("F5 lead byte") << QByteArray("\xf5\x80\x80\x80") << qsizetype(0);
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << qsizetype(3);
    QTest::newRow("truncated two bytes") << QByteArray("abc\xc3") << qsizetype(3);
    QTest::newRow("truncated three bytes") << QByteArray("\xe2\x82") << qsizetype(0);
    QTest::newRow("truncated four bytes then ASCII") << QByteArray("\xf0\x9f\x98z") << qsizetype(0);
    QTest::newRow("FF") << QByteArray("\xc3\xa9\xff") << qsizetype(2);
}

void TestUtf8::firstInvalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(Utf8::firstInvalid(bytes), offset);
}

void TestUtf8::sequenceLength_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("length");
    QTest::newRow("ASCII") << QByteArray("a") << qsizetype(0) << 1;
    QTest::newRow("two") << QByteArray("x\xc3\xa9") << qsizetype(1) << 2;
    QTest::newRow("three") << QByteArray("\xe2\x82\xac") << qsizetype(0) << 3;
    QTest::newRow("four") << QByteArray("\xf0\x9f\x98\x80") << qsizetype(0) << 4;
    QTest::newRow("continuation byte") << QByteArray("\xe2\x82\xac") << qsizetype(1) << 0;
    QTest::newRow("out of range") << QByteArray("a") << qsizetype(1) << 0;
    QTest::newRow("negative") << QByteArray("a") << qsizetype(-1) << 0;
}

void TestUtf8::sequenceLength()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QFETCH(int, length);
    QCOMPARE(Utf8::sequenceLength(bytes, offset), length);
}

void TestUtf8::toUtf16Offset_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<qsizetype>("byteOffset");
    QTest::addColumn<qsizetype>("utf16Offset");
    QTest::newRow("ASCII") << QByteArray("{\"a\":1}") << qsizetype(5) << qsizetype(5);
    QTest::newRow("start") << QByteArray("\xc3\xa9") << qsizetype(0) << qsizetype(0);
    QTest::newRow("after two bytes") << QByteArray("\xc3\xa9x") << qsizetype(2) << qsizetype(1);
    QTest::newRow("after three bytes")
            << QByteArray("\xed\x95\x9cx") << qsizetype(3) << qsizetype(1);
    QTest::newRow("after four bytes (a pair)")
            << QByteArray("\xf0\x9f\x98\x80x") << qsizetype(4) << qsizetype(2);
    QTest::newRow("mixed") << QByteArray("a\xc3\xa9\xf0\x9f\x98\x80\"x") << qsizetype(8)
                           << qsizetype(5);
    QTest::newRow("past the end is the end")
            << QByteArray("\xc3\xa9") << qsizetype(9) << qsizetype(1);
    QTest::newRow("invalid byte counts as one replacement") << QByteArray("a\xff"
                                                                          "b")
                                                            << qsizetype(2) << qsizetype(2);
}

void TestUtf8::toUtf16Offset()
{
    QFETCH(QByteArray, utf8);
    QFETCH(qsizetype, byteOffset);
    QFETCH(qsizetype, utf16Offset);
    QCOMPARE(Utf8::toUtf16Offset(utf8, byteOffset), utf16Offset);
}

void TestUtf8::toUtf8Offset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("utf16Offset");
    QTest::addColumn<qsizetype>("byteOffset");
    QTest::newRow("ASCII") << QStringLiteral("abc") << qsizetype(2) << qsizetype(2);
    QTest::newRow("Latin-1") << QStringLiteral("éa") << qsizetype(1) << qsizetype(2);
    QTest::newRow("Hangul") << QStringLiteral("한a") << qsizetype(1) << qsizetype(3);
    QTest::newRow("emoji") << QStringLiteral("😀a") << qsizetype(2) << qsizetype(4);
    QTest::newRow("inside a pair counts it whole")
            << QStringLiteral("😀a") << qsizetype(1) << qsizetype(4);
    QTest::newRow("lone surrogate is three bytes")
            << QString(QChar(0xd800)) + QLatin1Char('a') << qsizetype(1) << qsizetype(3);
    QTest::newRow("clamped") << QStringLiteral("ab") << qsizetype(10) << qsizetype(2);
    QTest::newRow("negative") << QStringLiteral("ab") << qsizetype(-3) << qsizetype(0);
}

void TestUtf8::toUtf8Offset()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, utf16Offset);
    QFETCH(qsizetype, byteOffset);
    QCOMPARE(Utf8::toUtf8Offset(text, utf16Offset), byteOffset);
}

void TestUtf8::offsetsRoundTrip()
{
    const QString text = QStringLiteral("{\"name\":\"Jörg 한글 😀\",\"x\":1}");
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i > 0 && text.at(i - 1).isHighSurrogate())
            continue; // the middle of a pair has no byte offset of its own
        const qsizetype bytes = Utf8::toUtf8Offset(text, i);
        QCOMPARE(bytes, text.first(i).toUtf8().size());
        QCOMPARE(Utf8::toUtf16Offset(utf8, bytes), i);
    }
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
