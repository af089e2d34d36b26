// SPDX-License-Identifier: MIT
#include "json.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void validJson_data();
    void validJson();
    void invalidJson_data();
    void invalidJson();
    void deepNesting_data();
    void deepNesting();
    void duplicates_data();
    void duplicates();
    void pretty_data();
    void pretty();
    void prettyIndent();
    void compact_data();
    void compact();
    void formatErrors();
    void compactOfPrettyIsCompact_data();
    void compactOfPrettyIsCompact();
    void readObject();
    void readObjectNotObject_data();
    void readObjectNotObject();
    void readObjectDuplicates();
    void readObjectReject();
    void commonNames_data();
    void commonNames();
    void findAndDuplicatesAlike();
    void readObjectNames();
    void readArray();
    void numbers_data();
    void numbers();
    void unescape_data();
    void unescape();
    void quote_data();
    void quote();
    void spans_data();
    void spans();
    void spansLargeText();
    void randomDocuments();
};

namespace {

QString describe(const QList<Json::Span> &spans)
{
    QStringList parts;
    for (const Json::Span &s : spans) {
        const char *kind = "?";
        switch (s.kind) {
        case Json::SpanKind::Punctuation:
            kind = "P";
            break;
        case Json::SpanKind::MemberName:
            kind = "M";
            break;
        case Json::SpanKind::String:
            kind = "S";
            break;
        case Json::SpanKind::Number:
            kind = "N";
            break;
        case Json::SpanKind::Keyword:
            kind = "K";
            break;
        case Json::SpanKind::Error:
            kind = "E";
            break;
        }
        parts.append(
                QStringLiteral("%1%2+%3").arg(QLatin1String(kind)).arg(s.offset).arg(s.length));
    }
    return parts.join(QLatin1Char(' '));
}

/// A random JSON document of arrays, objects and every kind of scalar, with random spacing.
QByteArray randomValue(QRandomGenerator &random, int depth)
{
    static const char *const scalars[] = {"0",
                                          "-0",
                                          "1.50",
                                          "1e3",
                                          "1E+2",
                                          "-2.5e-3",
                                          "12345678901234567890",
                                          "true",
                                          "false",
                                          "null",
                                          "\"\"",
                                          "\"a b\"",
                                          "\"\\u00e9\\n\"",
                                          "\"\xed\x95\x9c\"",
                                          "\"\\uD800\""};
    static const char *const spaces[] = {"", "", " ", "\r\n", "\t", "\n  "};
    const auto space = [&] {
        return QByteArray(spaces[random.bounded(6)]);
    };
    const int kind = depth > 6 ? 2 : int(random.bounded(3));
    if (kind == 2)
        return space() + scalars[random.bounded(int(std::size(scalars)))] + space();
    const int count = int(random.bounded(4));
    QByteArray out = kind == 0 ? "[" : "{";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += ',';
        if (kind == 1)
            out += space() + "\"k" + QByteArray::number(random.bounded(5)) + "\"" + space() + ':';
        out += randomValue(random, depth + 1);
    }
    out += space() + (kind == 0 ? "]" : "}");
    return out;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

void TestJson::validJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("empty object with spaces") << QByteArray(" { } ");
    QTest::newRow("big integer") << QByteArray("12345678901234567890");
    QTest::newRow("fraction with trailing zero") << QByteArray("1.50");
    QTest::newRow("exponent") << QByteArray("1e3");
    QTest::newRow("negative zero") << QByteArray("-0");
    QTest::newRow("upper exponent with sign") << QByteArray("1E+2");
    QTest::newRow("negative exponent") << QByteArray("-2.5e-3");
    QTest::newRow("zero fraction") << QByteArray("0.0");
    QTest::newRow("string") << QByteArray("\"x\"");
    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("false") << QByteArray("false");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("all escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t \u00e9 \uABCD")");
    QTest::newRow("surrogate pair escape") << QByteArray(R"("\uD83D\uDE00")");
    QTest::newRow("lone high surrogate escape (RFC 8259 §8.2)") << QByteArray(R"("\uD800")");
    QTest::newRow("lone low surrogate escape") << QByteArray(R"("\uDC00x")");
    QTest::newRow("raw UTF-8 two bytes") << QByteArray("\"\xc3\xa9\"");
    QTest::newRow("raw UTF-8 three bytes") << QByteArray("\"\xe2\x82\xac\"");
    QTest::newRow("raw UTF-8 four bytes") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("highest code point") << QByteArray("\"\xf4\x8f\xbf\xbf\"");
    QTest::newRow("DEL is not a control character for JSON") << QByteArray("\"\x7f\"");
    QTest::newRow("CRLF between tokens (RFC 7515 A.1)")
            << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}");
    QTest::newRow("tabs and newlines") << QByteArray("\t[\n1,\r2\t]\n");
    QTest::newRow("nested") << QByteArray(R"({"a":[1,{"b":null}],"c":{}})");
    QTest::newRow("512 levels") << nested(512);
    QTest::newRow("duplicate names allowed by default") << QByteArray(R"({"a":1,"a":2})");
}

void TestJson::validJson()
{
    QFETCH(QByteArray, text);
    const Json::Error error = Json::validate(text);
    QVERIFY2(!error.isError(),
             qPrintable(QStringLiteral("%1 at %2").arg(error.message).arg(error.offset)));
    QCOMPARE(error.kind, Json::Error::Kind::None);
}

void TestJson::invalidJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Json::Error::Kind>("kind");
    using K = Json::Error::Kind;
    const QString end = QStringLiteral("unexpected end of text");

    QTest::newRow("empty") << QByteArray("") << qsizetype(0) << end << K::Syntax;
    QTest::newRow("only whitespace") << QByteArray("  \n") << qsizetype(3) << end << K::Syntax;
    QTest::newRow("missing comma in object")
            << QByteArray(R"({"sub":"1234","n":1 "x":2})") << qsizetype(20)
            << QStringLiteral("expected ',' or '}'") << K::Syntax;
    QTest::newRow("missing comma in array") << QByteArray("[1 2]") << qsizetype(3)
                                            << QStringLiteral("expected ',' or ']'") << K::Syntax;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << qsizetype(5)
                                   << QStringLiteral("expected ':'") << K::Syntax;
    QTest::newRow("unquoted name")
            << QByteArray("{a:1}") << qsizetype(1)
            << QStringLiteral("expected a member name in double quotes") << K::Syntax;
    QTest::newRow("single-quoted name")
            << QByteArray("{'a':1}") << qsizetype(1)
            << QStringLiteral("expected a member name in double quotes") << K::Syntax;
    QTest::newRow("trailing comma in object")
            << QByteArray(R"({"a":1,})") << qsizetype(7)
            << QStringLiteral("expected a member name in double quotes") << K::Syntax;
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << qsizetype(3)
                                             << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("missing value") << QByteArray(R"({"a":})") << qsizetype(5)
                                   << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("unclosed object") << QByteArray(R"({"a":1)") << qsizetype(6) << end << K::Syntax;
    QTest::newRow("unclosed array") << QByteArray("[") << qsizetype(1) << end << K::Syntax;
    QTest::newRow("mismatched bracket") << QByteArray("[1}") << qsizetype(2)
                                        << QStringLiteral("expected ',' or ']'") << K::Syntax;
    QTest::newRow("trailing characters")
            << QByteArray(R"({"a":1} x)") << qsizetype(8)
            << QStringLiteral("trailing characters after the JSON value") << K::Syntax;
    QTest::newRow("two values") << QByteArray("1 2") << qsizetype(2)
                                << QStringLiteral("trailing characters after the JSON value")
                                << K::Syntax;
    QTest::newRow("unterminated string") << QByteArray("\"abc") << qsizetype(0)
                                         << QStringLiteral("unterminated string") << K::Syntax;
    QTest::newRow("unterminated name") << QByteArray("{\"abc") << qsizetype(1)
                                       << QStringLiteral("unterminated string") << K::Syntax;
    QTest::newRow("backslash at the end") << QByteArray("\"abc\\") << qsizetype(0)
                                          << QStringLiteral("unterminated string") << K::Syntax;
    QTest::newRow("invalid escape \\x") << QByteArray(R"("a\x41")") << qsizetype(2)
                                        << QStringLiteral("invalid escape '\\x'") << K::Syntax;
    QTest::newRow("invalid escape \\'") << QByteArray(R"("\'")") << qsizetype(1)
                                        << QStringLiteral("invalid escape '\\''") << K::Syntax;
    QTest::newRow("\\u with a non-hex digit")
            << QByteArray(R"("\u12G4")") << qsizetype(1)
            << QStringLiteral("invalid \\u escape (four hex digits expected)") << K::Syntax;
    QTest::newRow("\\u with two digits")
            << QByteArray(R"("\u12")") << qsizetype(1)
            << QStringLiteral("invalid \\u escape (four hex digits expected)") << K::Syntax;
    QTest::newRow("raw tab in a string")
            << QByteArray("\"a\tb\"") << qsizetype(2)
            << QStringLiteral("control character U+0009 in a string") << K::ControlCharacter;
    QTest::newRow("raw newline in a string")
            << QByteArray("{\"a\":\"x\ny\"}") << qsizetype(7)
            << QStringLiteral("control character U+000A in a string") << K::ControlCharacter;
    QTest::newRow("NUL in a string")
            << QByteArray("\"a\0b\"", 5) << qsizetype(2)
            << QStringLiteral("control character U+0000 in a string") << K::ControlCharacter;
    QTest::newRow("unit separator in a name")
            << QByteArray("{\"\x1f\":1}") << qsizetype(2)
            << QStringLiteral("control character U+001F in a string") << K::ControlCharacter;
    QTest::newRow("NUL outside a string") << QByteArray("[1,\0]", 5) << qsizetype(3)
                                          << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("leading zero") << QByteArray("01") << qsizetype(1)
                                  << QStringLiteral("invalid number: leading zeros are not allowed")
                                  << K::Syntax;
    QTest::newRow("negative leading zero")
            << QByteArray("[-012]") << qsizetype(3)
            << QStringLiteral("invalid number: leading zeros are not allowed") << K::Syntax;
    QTest::newRow("lone minus") << QByteArray("-") << qsizetype(1)
                                << QStringLiteral("invalid number: expected a digit") << K::Syntax;
    QTest::newRow("dot without digits")
            << QByteArray("1.") << qsizetype(2)
            << QStringLiteral("invalid number: expected a digit") << K::Syntax;
    QTest::newRow("exponent without digits")
            << QByteArray("1e") << qsizetype(2)
            << QStringLiteral("invalid number: expected a digit") << K::Syntax;
    QTest::newRow("exponent sign without digits")
            << QByteArray("[1E+]") << qsizetype(4)
            << QStringLiteral("invalid number: expected a digit") << K::Syntax;
    QTest::newRow("leading dot") << QByteArray(".5") << qsizetype(0)
                                 << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("leading plus") << QByteArray("+1") << qsizetype(0)
                                  << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("hex number") << QByteArray("0x10") << qsizetype(1)
                                << QStringLiteral("trailing characters after the JSON value")
                                << K::Syntax;
    QTest::newRow("NaN") << QByteArray("NaN") << qsizetype(0) << QStringLiteral("expected a value")
                         << K::Syntax;
    QTest::newRow("truncated true")
            << QByteArray("tru") << qsizetype(0) << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("capitalised True") << QByteArray("[True]") << qsizetype(1)
                                      << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("nulls") << QByteArray("nulls") << qsizetype(4)
                           << QStringLiteral("trailing characters after the JSON value")
                           << K::Syntax;
    QTest::newRow("overlong slash") << QByteArray("\"\xc0\xaf\"") << qsizetype(1)
                                    << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("overlong three bytes") << QByteArray("\"\xe0\x80\xaf\"") << qsizetype(1)
                                          << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("overlong four bytes") << QByteArray("\"\xf0\x80\x80\xaf\"") << qsizetype(1)
                                         << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("encoded surrogate") << QByteArray("\"ab\xed\xa0\x80\"") << qsizetype(3)
                                       << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("above U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"") << qsizetype(1)
                                    << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("truncated sequence") << QByteArray("\"\xe2\x82\"") << qsizetype(1)
                                        << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("truncated at the end") << QByteArray("\"\xe2\x82") << qsizetype(1)
                                          << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("lone continuation byte") << QByteArray("[\"x\x80\"]") << qsizetype(3)
                                            << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("0xFF byte") << QByteArray("\"\xff\"") << qsizetype(1)
                               << QStringLiteral("invalid UTF-8") << K::InvalidUtf8;
    QTest::newRow("invalid UTF-8 outside a string")
            << QByteArray("{\"a\":1,\xfe}") << qsizetype(7) << QStringLiteral("invalid UTF-8")
            << K::InvalidUtf8;
    QTest::newRow("valid UTF-8 outside a string")
            << QByteArray("[\xc3\xa9]") << qsizetype(1) << QStringLiteral("expected a value")
            << K::Syntax;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << qsizetype(0)
                                     << QStringLiteral("expected a value") << K::Syntax;
    QTest::newRow("513 levels") << nested(513) << qsizetype(512)
                                << QStringLiteral("nesting deeper than 512 levels") << K::TooDeep;
    QTest::newRow("513 levels of objects")
            << QByteArray(R"({"a":)").repeated(513) + "1" + QByteArray(513, '}')
            << qsizetype(512 * 5) << QStringLiteral("nesting deeper than 512 levels") << K::TooDeep;
}

void TestJson::invalidJson()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    QFETCH(QString, message);
    QFETCH(Json::Error::Kind, kind);
    const Json::Error error = Json::validate(text);
    QVERIFY(error.isError());
    QCOMPARE(error.message, message);
    QCOMPARE(error.offset, offset);
    QCOMPARE(error.kind, kind);
    // The same error from every entry point.
    QCOMPARE(Json::pretty(text).error.offset, offset);
    QCOMPARE(Json::compact(text).error.message, message);
    const Json::Object object = Json::readObject(text);
    QCOMPARE(object.error.offset, offset);
    QVERIFY(!object.isObject);
    QVERIFY(object.members.isEmpty());
}

void TestJson::deepNesting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("100000 open brackets") << QByteArray(100000, '[') << qsizetype(512);
    QTest::newRow("100000 balanced brackets") << nested(100000) << qsizetype(512);
    QTest::newRow("100000 open braces")
            << QByteArray(R"({"a":)").repeated(100000) << qsizetype(512 * 5);
    QTest::newRow("mixed after a prefix")
            << QByteArray("  ") + QByteArray("[{\"x\":").repeated(300) << qsizetype(2 + 256 * 6);
}

void TestJson::deepNesting()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    const Json::Error error = Json::validate(text);
    QCOMPARE(error.offset, offset);
    QCOMPARE(error.message, QStringLiteral("nesting deeper than 512 levels"));
    QCOMPARE(Json::pretty(text).error.offset, offset);
    QCOMPARE(Json::readObject(text).error.offset, offset);
    QVERIFY(!Json::spans(QString::fromLatin1(text)).isEmpty());
}

void TestJson::duplicates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("message");
    QTest::newRow("top level") << QByteArray(R"({"alg":"HS256","typ":"JWT","alg":"none"})")
                               << qsizetype(27) << QStringLiteral("repeated member name \"alg\"");
    QTest::newRow("third occurrence is not the first error")
            << QByteArray(R"({"a":1,"a":2,"a":3})") << qsizetype(7)
            << QStringLiteral("repeated member name \"a\"");
    QTest::newRow("nested object") << QByteArray(R"({"x":{"a":1,"a":2}})") << qsizetype(12)
                                   << QStringLiteral("repeated member name \"a\"");
    QTest::newRow("after a nested object")
            << QByteArray(R"({"a":1,"b":{"a":2},"a":3})") << qsizetype(19)
            << QStringLiteral("repeated member name \"a\"");
    QTest::newRow("escaped spelling of the same name")
            << QByteArray(R"({"alg":1,"\u0061lg":2})") << qsizetype(9)
            << QStringLiteral("repeated member name \"alg\"");
    QByteArray many = "{";
    for (int i = 0; i < 100; ++i)
        many += "\"k" + QByteArray::number(i) + "\":0,";
    const qsizetype at = many.size();
    many += "\"k57\":1}";
    QTest::newRow("in a big object")
            << many << at << QStringLiteral("repeated member name \"k57\"");
    QTest::newRow("siblings may share names")
            << QByteArray(R"([{"a":1},{"a":1}])") << qsizetype(-1) << QString();
    QTest::newRow("outer and inner may share names")
            << QByteArray(R"({"a":{"a":{"a":1}}})") << qsizetype(-1) << QString();
    QTest::newRow("case differs") << QByteArray(R"({"alg":1,"ALG":2})") << qsizetype(-1)
                                  << QString();
}

void TestJson::duplicates()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, offset);
    QFETCH(QString, message);
    QVERIFY(!Json::validate(text, Json::Duplicates::Allow).isError());
    const Json::Error error = Json::validate(text, Json::Duplicates::Reject);
    QCOMPARE(error.offset, offset);
    QCOMPARE(error.message, message);
    QCOMPARE(error.kind, offset < 0 ? Json::Error::Kind::None : Json::Error::Kind::Duplicate);
    QCOMPARE(Json::readObject(text, Json::Duplicates::Reject).error.offset, offset);
}

void TestJson::pretty_data()
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

void TestJson::pretty()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const Json::Formatted result = Json::pretty(text);
    QVERIFY(!result.error.isError());
    QCOMPARE(result.text, expected);
    // Pretty output is a fixed point.
    QCOMPARE(Json::pretty(result.text).text, expected);
}

void TestJson::prettyIndent()
{
    QCOMPARE(Json::pretty(R"({"a":[1]})", 4).text,
             QByteArray("{\n    \"a\": [\n        1\n    ]\n}"));
    QCOMPARE(Json::pretty(R"({"a":[1]})", 0).text, QByteArray("{\n\"a\": [\n1\n]\n}"));
}

void TestJson::compact_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("already compact") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})");
    QTest::newRow("whitespace removed") << QByteArray("{ \"a\" : [ 1 , 2 ] ,\r\n\t\"b\" : { } }")
                                        << QByteArray(R"({"a":[1,2],"b":{}})");
    QTest::newRow("whitespace in strings kept")
            << QByteArray(R"([ " x y " ])") << QByteArray(R"([" x y "])");
    QTest::newRow("numbers kept") << QByteArray("[ 12345678901234567890 , 1.50 , 1e3 , -0 , 1E+2 ]")
                                  << QByteArray("[12345678901234567890,1.50,1e3,-0,1E+2]");
    QTest::newRow("duplicates kept in order")
            << QByteArray(R"({ "b":1, "a":2, "b":3 })") << QByteArray(R"({"b":1,"a":2,"b":3})");
    QTest::newRow("raw UTF-8 kept")
            << QByteArray("{ \"n\" : \"\xed\x95\x9c\" }") << QByteArray("{\"n\":\"\xed\x95\x9c\"}");
}

void TestJson::compact()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const Json::Formatted result = Json::compact(text);
    QVERIFY(!result.error.isError());
    QCOMPARE(result.text, expected);
}

void TestJson::formatErrors()
{
    const Json::Formatted pretty = Json::pretty(R"({"a":1 "b":2})");
    QVERIFY(pretty.text.isEmpty());
    QCOMPARE(pretty.error.offset, 7);
    QCOMPARE(pretty.error.message, QStringLiteral("expected ',' or '}'"));
    const Json::Formatted compact = Json::compact("[1,");
    QVERIFY(compact.text.isEmpty());
    QCOMPARE(compact.error.offset, 3);
}

void TestJson::compactOfPrettyIsCompact_data()
{
    QTest::addColumn<QByteArray>("text");
    const QDir dir(QStringLiteral(JWTLENS_TESTDATA "/jwt/json"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << file.readAll();
    }
    QTest::newRow("deep but allowed") << nested(512);
    QTest::newRow("CRLF") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}");
}

void TestJson::compactOfPrettyIsCompact()
{
    QFETCH(QByteArray, text);
    const Json::Formatted compact = Json::compact(text);
    QVERIFY2(!compact.error.isError(), qPrintable(compact.error.message));
    for (int indent : {0, 2, 4}) {
        const Json::Formatted pretty = Json::pretty(text, indent);
        QVERIFY(!pretty.error.isError());
        QCOMPARE(Json::compact(pretty.text).text, compact.text);
    }
    QCOMPARE(Json::compact(compact.text).text, compact.text);
}

void TestJson::readObject()
{
    const QByteArray text
            = R"({"sub":"a\"b","n":1.50,"obj":{"x":[1,2]},"arr":[true],"t":true,"f":false,"z":null,"big":12345678901234567890})";
    const Json::Object object = Json::readObject(text);
    QVERIFY(object.isObject);
    QVERIFY(!object.error.isError());
    QCOMPARE(object.members.size(), 8);
    const QStringList names = [&] {
        QStringList list;
        for (const Json::Member &m : object.members)
            list.append(m.name);
        return list;
    }();
    QCOMPARE(names, QStringList({"sub", "n", "obj", "arr", "t", "f", "z", "big"}));
    const Json::Member &sub = object.members.at(0);
    QCOMPARE(sub.kind, Json::ValueKind::String);
    QCOMPARE(sub.raw, QByteArray(R"("a\"b")"));
    QCOMPARE(sub.string(), QStringLiteral("a\"b"));
    QCOMPARE(sub.nameOffset, 1);
    QCOMPARE(sub.valueOffset, 7);
    const Json::Member &n = object.members.at(1);
    QVERIFY(n.isNumber());
    QCOMPARE(n.raw, QByteArray("1.50"));
    QCOMPARE(n.number(), 1.5);
    QVERIFY(n.string().isEmpty());
    const Json::Member &obj = object.members.at(2);
    QCOMPARE(obj.kind, Json::ValueKind::Object);
    QCOMPARE(obj.raw, QByteArray(R"({"x":[1,2]})"));
    QCOMPARE(text.mid(obj.valueOffset, obj.raw.size()), obj.raw);
    QCOMPARE(object.members.at(3).kind, Json::ValueKind::Array);
    QCOMPARE(object.members.at(3).raw, QByteArray("[true]"));
    QCOMPARE(object.members.at(4).kind, Json::ValueKind::True);
    QCOMPARE(object.members.at(5).kind, Json::ValueKind::False);
    QCOMPARE(object.members.at(6).kind, Json::ValueKind::Null);
    QCOMPARE(object.members.at(7).raw, QByteArray("12345678901234567890"));
    QCOMPARE(object.find(u"z"), &object.members.at(6));
    QCOMPARE(object.find(u"x"), nullptr); // nested names are not top-level members
    QVERIFY(object.duplicates().isEmpty());

    const Json::Object spaced = Json::readObject("{\r\n \"a\" : \"x\" ,\r\n \"b\":{ } }");
    QCOMPARE(spaced.members.size(), 2);
    QCOMPARE(spaced.members.at(0).nameOffset, 4);
    QCOMPARE(spaced.members.at(0).valueOffset, 10);
    QCOMPARE(spaced.members.at(1).raw, QByteArray("{ }"));
    QCOMPARE(spaced.members.at(1).name, QStringLiteral("b"));

    const Json::Object escaped = Json::readObject(R"({"\u00e9t\u00e9":1,"\uD83D\uDE00":2})");
    QCOMPARE(escaped.members.at(0).name, QStringLiteral("été"));
    QCOMPARE(escaped.members.at(1).name, QString::fromUtf8("\xf0\x9f\x98\x80"));
    QVERIFY(escaped.find(u"été"));

    const Json::Object empty = Json::readObject(" {} ");
    QVERIFY(empty.isObject);
    QVERIFY(empty.members.isEmpty());
}

void TestJson::readObjectNotObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("array") << QByteArray("[1,2]") << true;
    QTest::newRow("string") << QByteArray("\"x\"") << true;
    QTest::newRow("number") << QByteArray("3") << true;
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("broken object") << QByteArray(R"({"a":1,)") << false;
    QTest::newRow("not JSON") << QByteArray("hello") << false;
}

void TestJson::readObjectNotObject()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const Json::Object object = Json::readObject(text);
    QVERIFY(!object.isObject);
    QVERIFY(object.members.isEmpty());
    QCOMPARE(object.error.isError(), !valid);
    QCOMPARE(object.find(u"a"), nullptr);
}

void TestJson::readObjectDuplicates()
{
    const Json::Object object = Json::readObject(R"({"a":1,"b":2,"a":3,"c":4,"b":5,"a":6})");
    QVERIFY(object.isObject);
    QCOMPARE(object.members.size(), 6);
    QCOMPARE(object.find(u"a")->raw, QByteArray("6")); // the last one wins (RFC 7519 §4)
    QCOMPARE(object.find(u"b")->raw, QByteArray("5"));
    const QList<const Json::Member *> dups = object.duplicates();
    QCOMPARE(dups.size(), 2);
    QCOMPARE(dups.at(0)->name, QStringLiteral("a"));
    QCOMPARE(dups.at(0)->raw, QByteArray("3"));
    QCOMPARE(dups.at(1)->name, QStringLiteral("b"));

    QByteArray many = "{";
    for (int i = 0; i < 50; ++i)
        many += "\"k" + QByteArray::number(i) + "\":0,";
    many += R"("k7":1,"k3":2,"k7":3})";
    const Json::Object big = Json::readObject(many);
    const QList<const Json::Member *> bigDups = big.duplicates();
    QCOMPARE(bigDups.size(), 2);
    QCOMPARE(bigDups.at(0)->name, QStringLiteral("k7"));
    QCOMPARE(bigDups.at(0)->raw, QByteArray("1"));
    QCOMPARE(bigDups.at(1)->name, QStringLiteral("k3"));
    QCOMPARE(big.find(u"k7")->raw, QByteArray("3"));
}

void TestJson::readObjectReject()
{
    const Json::Object ok = Json::readObject(R"({"alg":"HS256"})", Json::Duplicates::Reject);
    QVERIFY(ok.isObject);
    QCOMPARE(ok.members.size(), 1);
    const Json::Object bad
            = Json::readObject(R"({"alg":"HS256","alg":"none"})", Json::Duplicates::Reject);
    QVERIFY(!bad.isObject);
    QCOMPARE(bad.error.offset, 15);
    QCOMPARE(bad.error.kind, Json::Error::Kind::Duplicate);
}

void TestJson::commonNames_data()
{
    // Registered names and values are shared rather than allocated; the text must read the
    // same whether it is one of them, spelled with escapes, or only resembles one.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("firstValue");
    QTest::newRow("registered claims")
            << QByteArray(R"({"iss":"a","sub":"b","aud":"c","exp":1,"nbf":2,"iat":3,"jti":"d"})")
            << QStringList({"iss", "sub", "aud", "exp", "nbf", "iat", "jti"})
            << QStringLiteral("a");
    QTest::newRow("header parameters and values")
            << QByteArray(R"({"alg":"HS256","typ":"JWT","kid":"k","x5t#S256":"t","crit":[]})")
            << QStringList({"alg", "typ", "kid", "x5t#S256", "crit"}) << QStringLiteral("HS256");
    QTest::newRow("escaped spellings of common names")
            << QByteArray(R"({"\u0065xp":1,"al\u0067":"none","\/sub":2})")
            << QStringList({"exp", "alg", "/sub"}) << QStringLiteral("1");
    QTest::newRow("names that only resemble common ones")
            << QByteArray(R"({"ex":"HS2560","exp2":1,"Exp":2,"iss ":3,"x5t#S25":4,"jWT":5})")
            << QStringList({"ex", "exp2", "Exp", "iss ", "x5t#S25", "jWT"})
            << QStringLiteral("HS2560");
    QTest::newRow("longest common name and beyond")
            << QByteArray(R"({"preferred_username":"u","preferred_username_":"v"})")
            << QStringList({"preferred_username", "preferred_username_"}) << QStringLiteral("u");
    QTest::newRow("non-ASCII and empty names") << QByteArray("{\"\xc3\xa9xp\":\"JWT\",\"\":0}")
                                               << QStringList({"éxp", ""}) << QStringLiteral("JWT");
}

void TestJson::commonNames()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, names);
    QFETCH(QString, firstValue);
    const Json::Object object = Json::readObject(text);
    QVERIFY(object.isObject);
    QStringList read;
    for (const Json::Member &m : object.members)
        read.append(m.name);
    QCOMPARE(read, names);
    for (const QString &name : names)
        QCOMPARE(object.find(name)->name, name);
    const Json::Member &first = object.members.at(0);
    QCOMPARE(first.kind == Json::ValueKind::String ? first.string() : QString::fromUtf8(first.raw),
             firstValue);

    // A shared name changed by its holder changes only that copy.
    Json::Object copy = object;
    copy.members.first().name.append(u'!');
    QCOMPARE(Json::readObject(text).members.at(0).name, names.at(0));
    QCOMPARE(object.members.at(0).name, names.at(0));
}

void TestJson::findAndDuplicatesAlike()
{
    // Same length, same first and last character: only the whole name tells them apart.
    const Json::Object object
            = Json::readObject(R"({"abc":1,"axc":2,"abc":3,"a":4,"":5,"axc":6,"":7,"abcd":8})");
    QVERIFY(object.isObject);
    QCOMPARE(object.find(u"abc")->raw, QByteArray("3"));
    QCOMPARE(object.find(u"axc")->raw, QByteArray("6"));
    QCOMPARE(object.find(u"a")->raw, QByteArray("4"));
    QCOMPARE(object.find(u"")->raw, QByteArray("7"));
    QCOMPARE(object.find(u"abd"), nullptr);
    QCOMPARE(object.find(u"ab"), nullptr);
    const QList<const Json::Member *> dups = object.duplicates();
    QCOMPARE(dups.size(), 3);
    QCOMPARE(dups.at(0)->raw, QByteArray("3"));
    QCOMPARE(dups.at(1)->raw, QByteArray("6"));
    QCOMPARE(dups.at(2)->raw, QByteArray("7"));
    QCOMPARE(Json::readObject("{}").find(u""), nullptr);
}

void TestJson::readObjectNames()
{
    const QList<QStringView> names = {u"exp", u"été", u"aud", u""};
    const QByteArray text = R"({"sub":"x","exp":1,"\u00e9t\u00e9":[2],"x":{"exp":3},)"
                            "\"\xc3\xa9t\xc3\xa9\":4,\"ex\":5,\"expp\":6,\"\":7,\"e\\u0078p\":8}";
    const Json::Object object = Json::readObject(text, Json::Duplicates::Allow, names);
    QVERIFY(object.isObject);
    QStringList read;
    QByteArrayList raws;
    for (const Json::Member &m : object.members) {
        read.append(m.name);
        raws.append(m.raw);
        QCOMPARE(text.mid(m.nameOffset, 1), QByteArray("\""));
        QCOMPARE(text.mid(m.valueOffset, m.raw.size()), m.raw);
    }
    QCOMPARE(read, QStringList({"exp", "été", "été", "", "exp"}));
    QCOMPARE(raws, QByteArrayList({"1", "[2]", "4", "7", "8"}));
    QCOMPARE(object.find(u"exp")->raw, QByteArray("8"));
    const Json::Object whole = Json::readObject(text);
    QCOMPARE(object.find(u"été")->valueOffset, whole.find(u"été")->valueOffset);

    // The whole text is still validated, also where no wanted member is.
    const Json::Object broken
            = Json::readObject(R"({"exp":1,"x":[1,}]})", Json::Duplicates::Allow, names);
    QVERIFY(!broken.isObject);
    QCOMPARE(broken.error.offset, Json::readObject(R"({"exp":1,"x":[1,}]})").error.offset);
    const Json::Object repeated
            = Json::readObject(R"({"x":{"a":1,"a":2},"exp":1})", Json::Duplicates::Reject, names);
    QCOMPARE(repeated.error.kind, Json::Error::Kind::Duplicate);
    QVERIFY(Json::readObject("[1]", Json::Duplicates::Allow, names).members.isEmpty());
    QVERIFY(Json::readObject(text, Json::Duplicates::Allow, {}).members.isEmpty());
}

void TestJson::readArray()
{
    const QList<Json::Member> elements = Json::readArray(R"([ "a", 1e3, {"x":[]}, [1], null ])");
    QCOMPARE(elements.size(), 5);
    QCOMPARE(elements.at(0).string(), QStringLiteral("a"));
    QCOMPARE(elements.at(0).nameOffset, -1);
    QCOMPARE(elements.at(0).valueOffset, 2);
    QCOMPARE(elements.at(1).raw, QByteArray("1e3"));
    QCOMPARE(elements.at(1).number(), 1000.0);
    QCOMPARE(elements.at(2).raw, QByteArray(R"({"x":[]})"));
    QCOMPARE(elements.at(3).kind, Json::ValueKind::Array);
    QCOMPARE(elements.at(4).kind, Json::ValueKind::Null);
    QVERIFY(Json::readArray("[]").isEmpty());
    QVERIFY(Json::readArray(R"({"a":1})").isEmpty());
    QVERIFY(Json::readArray("[1,").isEmpty());
}

void TestJson::numbers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QByteArray("1516239022") << 1516239022.0;
    QTest::newRow("negative integer") << QByteArray("-42") << -42.0;
    QTest::newRow("big integer") << QByteArray("12345678901234567890") << 12345678901234567890.0;
    QTest::newRow("fraction") << QByteArray("1.50") << 1.5;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
    QTest::newRow("upper exponent with sign") << QByteArray("1E+2") << 100.0;
    QTest::newRow("NumericDate as exponent") << QByteArray("1.3e9") << 1.3e9;
    QTest::newRow("negative exponent") << QByteArray("25e-1") << 2.5;
    QTest::newRow("negative zero") << QByteArray("-0") << 0.0;
    QTest::newRow("fractional seconds") << QByteArray("1300819380.25") << 1300819380.25;
    QTest::newRow("too big for a double") << QByteArray("1e400") << qInf();
    QTest::newRow("too small for a double") << QByteArray("-1e400") << -qInf();
}

void TestJson::numbers()
{
    QFETCH(QByteArray, raw);
    QFETCH(double, value);
    const Json::Object object = Json::readObject("{\"n\":" + raw + "}");
    QVERIFY(object.isObject);
    const Json::Member *n = object.find(u"n");
    QVERIFY(n);
    QVERIFY(n->isNumber());
    QCOMPARE(n->raw, raw);
    QCOMPARE(n->number(), value);
    if (raw == "-0")
        QVERIFY(std::signbit(n->number()));
    QCOMPARE(Json::compact("[ " + raw + " ]").text, "[" + raw + "]");
}

void TestJson::unescape_data()
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

void TestJson::unescape()
{
    QFETCH(QByteArray, quoted);
    QFETCH(QString, text);
    QCOMPARE(Json::unescape(quoted), text);
}

void TestJson::quote_data()
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

void TestJson::quote()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, quoted);
    QCOMPARE(Json::quote(text), quoted);
    QVERIFY(!Json::validate(quoted).isError());
    QCOMPARE(Json::unescape(quoted), text);
}

void TestJson::spans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("object") << QStringLiteral(R"({"a": 1, "b": "x"})")
                            << QStringLiteral("P0+1 M1+3 P4+1 N6+1 P7+1 M9+3 P12+1 S14+3 P17+1");
    QTest::newRow("keywords") << QStringLiteral("[true,false,null]")
                              << QStringLiteral("P0+1 K1+4 P5+1 K6+5 P11+1 K12+4 P16+1");
    QTest::newRow("member name with space before colon")
            << QStringLiteral("{\"a\" \n: 1}") << QStringLiteral("P0+1 M1+3 P6+1 N8+1 P9+1");
    QTest::newRow("string with escaped quote")
            << QStringLiteral(R"(["a\"b"])") << QStringLiteral("P0+1 S1+6 P7+1");
    QTest::newRow("open string runs to the end")
            << QStringLiteral("{\"abc") << QStringLiteral("P0+1 S1+4");
    QTest::newRow("open string ending in a backslash")
            << QStringLiteral("\"ab\\") << QStringLiteral("S0+4");
    QTest::newRow("numbers") << QStringLiteral("[-1.5e3, 01, 1.]")
                             << QStringLiteral("P0+1 N1+6 P7+1 E9+2 P11+1 E13+2 P15+1");
    QTest::newRow("unknown word") << QStringLiteral("[nope]") << QStringLiteral("P0+1 E1+4 P5+1");
    QTest::newRow("stray characters")
            << QStringLiteral("{ @# }") << QStringLiteral("P0+1 E2+2 P5+1");
    QTest::newRow("UTF-16 offsets")
            << QStringLiteral("{\"키\":\"😀\"}") << QStringLiteral("P0+1 M1+3 P4+1 S5+4 P9+1");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral(" \r\n\t") << QString();
}

void TestJson::spans()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(Json::spans(text)), expected);
}

void TestJson::spansLargeText()
{
    // 1 MiB of members: every token gets its span (linearity is measured in the benchmarks).
    QString text = QStringLiteral("{");
    const int members = 1024 * 1024 / 16;
    text.reserve(1024 * 1024 + 16);
    for (int i = 0; i < members; ++i)
        text += QStringLiteral("\"k%1\":%2,").arg(i % 1000, 3, 10, QLatin1Char('0')).arg(i % 10);
    text += QStringLiteral("\"end\":true}");
    const QList<Json::Span> spans = Json::spans(text);
    QCOMPARE(spans.size(), qsizetype(members) * 4 + 5);
    QCOMPARE(spans.last().kind, Json::SpanKind::Punctuation);
    QCOMPARE(spans.last().offset, text.size() - 1);
    QCOMPARE(Json::spans(QString(200000, QLatin1Char('"'))).size(), 100000);
}

void TestJson::randomDocuments()
{
    // Generated documents are valid for us and for QJsonDocument; every one-byte mutation
    // either fails with an offset inside the text or still keeps the formatting property.
    QRandomGenerator random(20261201);
    static const char mutations[] = "{}[],:\"\\ 0-.eEtfnu\x01\xff\xc3";
    for (int round = 0; round < 400; ++round) {
        const QByteArray text = "[" + randomValue(random, 0) + "]";
        QVERIFY2(!Json::validate(text).isError(), text.constData());
        QJsonParseError qtError;
        QJsonDocument::fromJson(text, &qtError);
        QCOMPARE(qtError.error, QJsonParseError::NoError);
        const QByteArray compact = Json::compact(text).text;
        QCOMPARE(Json::compact(Json::pretty(text).text).text, compact);

        for (int m = 0; m < 8; ++m) {
            QByteArray mutated = text;
            const qsizetype at = random.bounded(int(mutated.size()));
            const char c = mutations[random.bounded(int(sizeof(mutations) - 1))];
            if (random.bounded(2))
                mutated[at] = c;
            else
                mutated.insert(at, c);
            const Json::Error error = Json::validate(mutated);
            if (error.isError()) {
                QVERIFY(error.offset >= 0 && error.offset <= mutated.size());
                QVERIFY(!error.message.isEmpty());
                QVERIFY(Json::pretty(mutated).text.isEmpty());
            } else {
                QCOMPARE(Json::compact(Json::pretty(mutated).text).text,
                         Json::compact(mutated).text);
            }
            QVERIFY(!Json::spans(QString::fromUtf8(mutated)).isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
