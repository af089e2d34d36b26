// SPDX-License-Identifier: MIT
#include "json.h"

#include <QTest>

/// Json::spans: the tolerant lexing the highlighter and hover use.
class TestJsonSpans : public QObject
{
    Q_OBJECT

private slots:
    void spans_data();
    void spans();
    void spansLargeText();
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

} // namespace

void TestJsonSpans::spans_data()
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

void TestJsonSpans::spans()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(Json::spans(text)), expected);
}

void TestJsonSpans::spansLargeText()
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

QTEST_GUILESS_MAIN(TestJsonSpans)
#include "tst_jsonspans.moc"
