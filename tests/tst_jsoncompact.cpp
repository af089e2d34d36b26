// SPDX-License-Identifier: MIT
#include "json.h"

#include <QDir>
#include <QFile>
#include <QTest>

/// Json::compact: insignificant whitespace removed, and compact(pretty(x)) == compact(x).
class TestJsonCompact : public QObject
{
    Q_OBJECT

private slots:
    void compact_data();
    void compact();
    void compactOfPrettyIsCompact_data();
    void compactOfPrettyIsCompact();
};

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

void TestJsonCompact::compact_data()
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

void TestJsonCompact::compact()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const Json::Formatted result = Json::compact(text);
    QVERIFY(!result.error.isError());
    QCOMPARE(result.text, expected);
}

void TestJsonCompact::compactOfPrettyIsCompact_data()
{
    QTest::addColumn<QByteArray>("text");
    const QString path = QFINDTESTDATA("data/jwt/json");
    QVERIFY(!path.isEmpty());
    const QDir dir(path);
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

void TestJsonCompact::compactOfPrettyIsCompact()
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

QTEST_GUILESS_MAIN(TestJsonCompact)
#include "tst_jsoncompact.moc"
