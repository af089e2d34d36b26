// SPDX-License-Identifier: MIT
// In-place member edits of JSON text: alg in the header pane, the "iat = now" buttons.
#include "jsonedit.h"

#include <QTest>

class TestJsonEdit : public QObject
{
    Q_OBJECT

private slots:
    void setMember_data();
    void setMember();
    void insertFirst_data();
    void insertFirst();
    void notAnObject_data();
    void notAnObject();
};

void TestJsonEdit::setMember_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("replace in pretty text")
            << QStringLiteral("{\n  \"sub\": \"a\",\n  \"exp\": 1,\n  \"n\": 2\n}")
            << QStringLiteral("exp")
            << QStringLiteral("{\n  \"sub\": \"a\",\n  \"exp\": 99,\n  \"n\": 2\n}");
    QTest::newRow("append in pretty text, keeping the indent")
            << QStringLiteral("{\n    \"sub\": \"a\"\n}") << QStringLiteral("exp")
            << QStringLiteral("{\n    \"sub\": \"a\",\n    \"exp\": 99\n}");
    QTest::newRow("append in compact text")
            << QStringLiteral("{\"sub\":\"a\",\"x\":[1,2]}") << QStringLiteral("iat")
            << QStringLiteral("{\"sub\":\"a\",\"x\":[1,2],\"iat\":99}");
    QTest::newRow("empty object") << QStringLiteral("{}") << QStringLiteral("exp")
                                  << QStringLiteral("{\"exp\":99}");
    QTest::newRow("replace a string value")
            << QStringLiteral("{\"exp\":\"tomorrow\"}") << QStringLiteral("exp")
            << QStringLiteral("{\"exp\":99}");
    QTest::newRow("replace the last of repeated members")
            << QStringLiteral("{\"exp\":1,\"exp\":2}") << QStringLiteral("exp")
            << QStringLiteral("{\"exp\":1,\"exp\":99}");
    QTest::newRow("after non-ASCII text (UTF-16 positions)")
            << QStringLiteral("{\"name\":\"한국어 😀\",\"exp\":1}") << QStringLiteral("exp")
            << QStringLiteral("{\"name\":\"한국어 😀\",\"exp\":99}");
    QTest::newRow("CRLF text appends with CRLF")
            << QStringLiteral("{\"iss\":\"joe\",\r\n \"exp\":1300819380}") << QStringLiteral("iat")
            << QStringLiteral("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"iat\":99}");
    QTest::newRow("nested member of the same name is not touched")
            << QStringLiteral("{\"a\":{\"exp\":1}}") << QStringLiteral("exp")
            << QStringLiteral("{\"a\":{\"exp\":1},\"exp\":99}");
}

void TestJsonEdit::setMember()
{
    QFETCH(QString, json);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const std::optional<JsonEdit::Edit> edit = JsonEdit::setMember(json, name, "99");
    QVERIFY(edit);
    QCOMPARE(JsonEdit::apply(json, *edit), expected);
    // Placed last is the default.
    QCOMPARE(JsonEdit::apply(json, *JsonEdit::setMember(json, name, "99", JsonEdit::Place::Last)),
             expected);
}

void TestJsonEdit::insertFirst_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("replaces in pretty text, where it is")
            << QStringLiteral("{\n  \"typ\": \"JWT\",\n  \"alg\": \"HS256\"\n}")
            << QStringLiteral("{\n  \"typ\": \"JWT\",\n  \"alg\": \"X\"\n}");
    QTest::newRow("keeps the author's spacing and order")
            << QStringLiteral("{ \"typ\" : \"JWT\" ,  \"alg\":\"HS256\" , \"kid\":\"1\"}")
            << QStringLiteral("{ \"typ\" : \"JWT\" ,  \"alg\":\"X\" , \"kid\":\"1\"}");
    QTest::newRow("adds first, indented like the first member")
            << QStringLiteral("{\n  \"typ\": \"JWT\"\n}")
            << QStringLiteral("{\n  \"alg\": \"X\",\n  \"typ\": \"JWT\"\n}");
    QTest::newRow("adds first in compact text")
            << QStringLiteral("{\"typ\":\"JWT\"}")
            << QStringLiteral("{\"alg\": \"X\", \"typ\":\"JWT\"}");
    QTest::newRow("CRLF text keeps its line break")
            << QStringLiteral("{\r\n \"typ\":\"JWT\"}")
            << QStringLiteral("{\r\n \"alg\": \"X\",\r\n \"typ\":\"JWT\"}");
    QTest::newRow("empty object") << QStringLiteral("{}") << QStringLiteral("{\"alg\": \"X\"}");
    QTest::newRow("replaces a value of another type")
            << QStringLiteral("{\"alg\": 5}") << QStringLiteral("{\"alg\": \"X\"}");
    QTest::newRow("after non-ASCII text (UTF-16 positions)")
            << QStringLiteral("{\"name\":\"한국어 😀\",\"alg\":1.50}")
            << QStringLiteral("{\"name\":\"한국어 😀\",\"alg\":\"X\"}");
    QTest::newRow("numbers keep their spelling")
            << QStringLiteral("{\"n\":1e3,\"m\":12345678901234567890}")
            << QStringLiteral("{\"alg\": \"X\", \"n\":1e3,\"m\":12345678901234567890}");
}

void TestJsonEdit::insertFirst()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const std::optional<JsonEdit::Edit> edit
            = JsonEdit::setMember(json, u"alg", "\"X\"", JsonEdit::Place::First);
    QVERIFY(edit);
    QCOMPARE(JsonEdit::apply(json, *edit), expected);
}

void TestJsonEdit::notAnObject_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("invalid JSON") << QStringLiteral("{\"a\":");
    QTest::newRow("an array") << QStringLiteral("[1,2]");
    QTest::newRow("a string") << QStringLiteral("\"Payload\"");
    QTest::newRow("empty") << QString();
}

void TestJsonEdit::notAnObject()
{
    QFETCH(QString, json);
    QVERIFY(!JsonEdit::setMember(json, u"exp", "1"));
    QVERIFY(!JsonEdit::setMember(json, u"exp", "1", JsonEdit::Place::First));
}

QTEST_GUILESS_MAIN(TestJsonEdit)
#include "tst_jsonedit.moc"
