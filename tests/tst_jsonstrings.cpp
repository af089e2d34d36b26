// SPDX-License-Identifier: MIT
#include "json.h"

#include <QTest>

/// Json::unescape and Json::quote.
class TestJsonStrings : public QObject
{
    Q_OBJECT

private slots:
    void unescape_data();
    void unescape();
    void quote_data();
    void quote();
};

void TestJsonStrings::unescape_data()
{
    QTest::addColumn<QByteArray>("quoted");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray(R"("abc")") << QStringLiteral("abc");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("simple escapes")
            << QByteArray(R"("\"\\\/\b\f\n\r\t")") << QStringLiteral("\"\\/\b\f\n\r\t");
    QTest::newRow("BMP escape") << QByteArray(R"("caf\u00e9 \u20AC")") << QStringLiteral("café €");
    QTest::newRow("NUL escape") << QByteArray(R"("a\u0000b")")
                                << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("surrogate pair")
            << QByteArray(R"("\uD83D\uDE00")") << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("lone high surrogate becomes U+FFFD")
            << QByteArray(R"("\uD800")") << QString(QChar(0xfffd));
    QTest::newRow("lone low surrogate becomes U+FFFD")
            << QByteArray(R"("x\uDC00y")") << QStringLiteral("x\uFFFDy");
    QTest::newRow("high surrogate before a plain escape")
            << QByteArray(R"("\uD800\n")") << QString(QChar(0xfffd)) + QLatin1Char('\n');
    QTest::newRow("two high surrogates")
            << QByteArray(R"("\uD800\uD800")") << QString(2, QChar(0xfffd));
    QTest::newRow("raw UTF-8") << QByteArray("\"\xed\x95\x9c\xea\xb8\x80\"")
                               << QStringLiteral("한글");
    QTest::newRow("invalid escape gives empty") << QByteArray(R"("\x")") << QString();
    QTest::newRow("no quotes gives empty") << QByteArray("abc") << QString();
    QTest::newRow("unterminated gives empty") << QByteArray("\"abc") << QString();
    QTest::newRow("invalid UTF-8 gives empty") << QByteArray("\"\xff\"") << QString();
    QTest::newRow("more after the string gives empty") << QByteArray(R"("a" "b")") << QString();
}

void TestJsonStrings::unescape()
{
    QFETCH(QByteArray, quoted);
    QFETCH(QString, text);
    QCOMPARE(Json::unescape(quoted), text);
}

void TestJsonStrings::quote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("quoted");
    QTest::newRow("plain") << QStringLiteral("HS256") << QByteArray(R"("HS256")");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray(R"("a\"b\\c")");
    QTest::newRow("control characters")
            << QStringLiteral("\n\t\x01") << QByteArray(R"("\n\t\u0001")");
    QTest::newRow("slash stays") << QStringLiteral("a/b") << QByteArray(R"("a/b")");
    QTest::newRow("non-ASCII as UTF-8") << QStringLiteral("키") << QByteArray("\"\xed\x82\xa4\"");
}

void TestJsonStrings::quote()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, quoted);
    QCOMPARE(Json::quote(text), quoted);
    QVERIFY(!Json::validate(quoted).isError());
    QCOMPARE(Json::unescape(quoted), text);
}

QTEST_GUILESS_MAIN(TestJsonStrings)
#include "tst_jsonstrings.moc"
