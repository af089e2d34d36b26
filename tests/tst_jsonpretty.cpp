// SPDX-License-Identifier: MIT
#include "json.h"

#include <QTest>

/// Json::pretty: one member or element per line, every token copied unchanged.
class TestJsonPretty : public QObject
{
    Q_OBJECT

private slots:
    void pretty_data();
    void pretty();
    void prettyIndent();
    void formatErrors();
};

void TestJsonPretty::pretty_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("flat object") << QByteArray(
            R"({"sub":"1234567890","name":"John Doe","iat":1516239022})")
                                 << QByteArray("{\n  \"sub\": \"1234567890\",\n  \"name\": \"John "
                                               "Doe\",\n  \"iat\": 1516239022\n}");
    QTest::newRow("key order kept") << QByteArray(R"({"z":1,"a":2,"m":3})")
                                    << QByteArray("{\n  \"z\": 1,\n  \"a\": 2,\n  \"m\": 3\n}");
    QTest::newRow("number spellings kept")
            << QByteArray(R"([12345678901234567890,1.50,1e3,-0,1E+2])")
            << QByteArray("[\n  12345678901234567890,\n  1.50,\n  1e3,\n  -0,\n  1E+2\n]");
    QTest::newRow("escapes kept") << QByteArray(R"({"a\u0041":"\/\n\uD800"})")
                                  << QByteArray("{\n  \"a\\u0041\": \"\\/\\n\\uD800\"\n}");
    QTest::newRow("empty containers stay short") << QByteArray(R"({"a":{},"b":[ ],"c":[{}]})")
                                                 << QByteArray("{\n  \"a\": {},\n  \"b\": [],\n  "
                                                               "\"c\": [\n    {}\n  ]\n}");
    QTest::newRow("empty object") << QByteArray(" { \r\n } ") << QByteArray("{}");
    QTest::newRow("scalar") << QByteArray("  1.50  ") << QByteArray("1.50");
    QTest::newRow("CRLF JSON of RFC 7515 A.1")
            << QByteArray("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n "
                          "\"http://example.com/is_root\":true}")
            << QByteArray("{\n  \"iss\": \"joe\",\n  \"exp\": 1300819380,\n  "
                          "\"http://example.com/is_root\": true\n}");
    QTest::newRow("nested") << QByteArray(R"({"a":[1,{"b":null}]})")
                            << QByteArray("{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    "
                                          "}\n  ]\n}");
    QTest::newRow("spaces inside strings kept")
            << QByteArray(R"(["a , b : c"])") << QByteArray("[\n  \"a , b : c\"\n]");
}

void TestJsonPretty::pretty()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const Json::Formatted result = Json::pretty(text);
    QVERIFY(!result.error.isError());
    QCOMPARE(result.text, expected);
    // Pretty output is a fixed point.
    QCOMPARE(Json::pretty(result.text).text, expected);
}

void TestJsonPretty::prettyIndent()
{
    QCOMPARE(Json::pretty(R"({"a":[1]})", 4).text,
             QByteArray("{\n    \"a\": [\n        1\n    ]\n}"));
    QCOMPARE(Json::pretty(R"({"a":[1]})", 0).text, QByteArray("{\n\"a\": [\n1\n]\n}"));
}

void TestJsonPretty::formatErrors()
{
    const Json::Formatted pretty = Json::pretty(R"({"a":1 "b":2})");
    QVERIFY(pretty.text.isEmpty());
    QCOMPARE(pretty.error.offset, 7);
    QCOMPARE(pretty.error.message, QStringLiteral("expected ',' or '}'"));
    const Json::Formatted compact = Json::compact("[1,");
    QVERIFY(compact.text.isEmpty());
    QCOMPARE(compact.error.offset, 3);
}

QTEST_GUILESS_MAIN(TestJsonPretty)
#include "tst_jsonpretty.moc"
