// SPDX-License-Identifier: MIT
#include "json.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

/// Json::validate and the one lexer behind every entry point: what is JSON, and
/// where and why a text is not.
class TestJsonLexer : public QObject
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
    void randomDocuments();
};

namespace {

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

void TestJsonLexer::validJson_data()
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

void TestJsonLexer::validJson()
{
    QFETCH(QByteArray, text);
    const Json::Error error = Json::validate(text);
    QVERIFY2(!error.isError(),
             qPrintable(QStringLiteral("%1 at %2").arg(error.message).arg(error.offset)));
    QCOMPARE(error.kind, Json::Error::Kind::None);
}

void TestJsonLexer::invalidJson_data()
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

void TestJsonLexer::invalidJson()
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

void TestJsonLexer::deepNesting_data()
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

void TestJsonLexer::deepNesting()
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

void TestJsonLexer::duplicates_data()
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

void TestJsonLexer::duplicates()
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

void TestJsonLexer::randomDocuments()
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

QTEST_GUILESS_MAIN(TestJsonLexer)
#include "tst_jsonlexer.moc"
