// SPDX-License-Identifier: MIT
// In-place edits of the payload text by the "iat = now" / "exp = now + …" buttons.
#include "claimedit.h"

#include <QTest>

class TestClaimEdit : public QObject
{
    Q_OBJECT

private slots:
    void setMember_data();
    void setMember();
    void notAnObject_data();
    void notAnObject();
};

void TestClaimEdit::setMember_data()
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

void TestClaimEdit::setMember()
{
    QFETCH(QString, json);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const ClaimEdit::Edit edit = ClaimEdit::setMember(json, name, "99");
    QVERIFY(edit.ok());
    QCOMPARE(ClaimEdit::apply(json, edit), expected);
}

void TestClaimEdit::notAnObject_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("invalid JSON") << QStringLiteral("{\"a\":");
    QTest::newRow("an array") << QStringLiteral("[1,2]");
    QTest::newRow("a string") << QStringLiteral("\"Payload\"");
    QTest::newRow("empty") << QString();
}

void TestClaimEdit::notAnObject()
{
    QFETCH(QString, json);
    const ClaimEdit::Edit edit = ClaimEdit::setMember(json, QStringLiteral("exp"), "1");
    QVERIFY(!edit.ok());
    QCOMPARE(ClaimEdit::apply(json, edit), json);
}

QTEST_GUILESS_MAIN(TestClaimEdit)
#include "tst_claimedit.moc"
