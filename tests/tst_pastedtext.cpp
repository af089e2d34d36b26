// SPDX-License-Identifier: MIT
// PastedText: what the window makes of text pasted, dropped or opened (a token or a key).
#include "pastedtext.h"

#include <QTest>

Q_DECLARE_METATYPE(PastedText::Kind)

class TestPastedText : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void wholeToken_data();
    void wholeToken();
    void pasteReplacesToken_data();
    void pasteReplacesToken();
    void tokenAttempt_data();
    void tokenAttempt();
};

void TestPastedText::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PastedText::Kind>("kind");
    QTest::newRow("nothing") << QString() << PastedText::Kind::Empty;
    QTest::newRow("whitespace only") << QStringLiteral("  \r\n\t") << PastedText::Kind::Empty;
    QTest::newRow("token") << QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.")
                           << PastedText::Kind::Token;
    QTest::newRow("token with Bearer and a newline")
            << QStringLiteral("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.\n")
            << PastedText::Kind::Token;
    // Whatever is not a key goes to the token pane, which explains what is wrong with it.
    QTest::newRow("prose") << QStringLiteral("hello") << PastedText::Kind::Token;
    QTest::newRow("JSON payload") << QStringLiteral(R"({"sub":"1"})") << PastedText::Kind::Token;
    QTest::newRow("PEM") << QStringLiteral("\n-----BEGIN PUBLIC KEY-----\nMFkw\n")
                         << PastedText::Kind::Key;
    QTest::newRow("JWK") << QStringLiteral(R"( {"kty":"OKP","crv":"Ed25519"} )")
                         << PastedText::Kind::Key;
    QTest::newRow("JWKS") << QStringLiteral(R"({"keys":[{"kty":"oct","k":"AA"}]})")
                          << PastedText::Kind::Key;
}

void TestPastedText::classify()
{
    QFETCH(QString, text);
    QFETCH(PastedText::Kind, kind);
    QCOMPARE(PastedText::classify(text), kind);
}

namespace {
const QString lesson = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyLWlkIjo1fQ."
                                      "tBQu0HfnOYK7lL3tH5ImgsI-y4Jz1RKscJWbV3U2QMI");
} // namespace

void TestPastedText::wholeToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("whole");
    QTest::newRow("JWS") << lesson << true;
    QTest::newRow("with Bearer and whitespace")
            << QStringLiteral(" Bearer ") + lesson + u'\n' << true;
    QTest::newRow("unsecured, empty signature")
            << QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.") << true;
    QTest::newRow("JWE, five parts")
            << QStringLiteral("eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y3Q.dGFn") << true;
    QTest::newRow("two tokens run together") << lesson + lesson << false;
    QTest::newRow("a segment") << QStringLiteral("eyJ1c2VyLWlkIjo1fQ") << false;
    QTest::newRow("four parts") << lesson + QStringLiteral(".AA") << false;
    QTest::newRow("header is not JSON") << QStringLiteral("aGVsbG8.eyJ1c2VyLWlkIjo1fQ.") << false;
    QTest::newRow("a space inside")
            << QStringLiteral("eyJ0eXAiOiJKV1Qi fQ.eyJ1c2VyLWlkIjo1fQ.") << false;
    QTest::newRow("prose with dots") << QStringLiteral("a.b.c") << false;
}

void TestPastedText::wholeToken()
{
    QFETCH(QString, text);
    QFETCH(bool, whole);
    QCOMPARE(PastedText::isWholeToken(text), whole);
}

void TestPastedText::pasteReplacesToken_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<bool>("replaces");
    const QString sample = QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.");
    QTest::newRow("appended to the sample") << sample + lesson << lesson << true;
    QTest::newRow("into the middle of a token")
            << sample.left(10) + lesson + sample.mid(10) << lesson << true;
    QTest::newRow("into an empty editor") << lesson << lesson << false;
    QTest::newRow("over everything, newline kept") << lesson + u'\n' << lesson << false;
    QTest::newRow("a segment into a token")
            << sample + QStringLiteral("AbC") << QStringLiteral("AbC") << false;
}

void TestPastedText::pasteReplacesToken()
{
    QFETCH(QString, result);
    QFETCH(QString, pasted);
    QFETCH(bool, replaces);
    QCOMPARE(PastedText::replacesToken(result, pasted), replaces);
}

void TestPastedText::tokenAttempt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("attempt");
    QTest::addColumn<bool>("holdsTokens");
    const QString lesson
            = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsZXNzb24ifQ.c2lnbmF0dXJl");
    QTest::newRow("a token") << lesson << true << false;
    QTest::newRow("Bearer and a broken token")
            << QStringLiteral("Bearer eyJhbGciOiJIUzI1NiJ9.e+y=.x") << true << false;
    QTest::newRow("wrapped by a terminal")
            << lesson.left(20) + QStringLiteral("\n") + lesson.mid(20) << true << false;
    QTest::newRow("one word of prose") << QStringLiteral("hello") << true << false;
    QTest::newRow("prose") << QStringLiteral("hello there") << false << false;
    QTest::newRow("curl with one token")
            << QStringLiteral("curl -H 'Authorization: Bearer %1' https://api.example").arg(lesson)
            << false << true;
    QTest::newRow("log line with two")
            << QStringLiteral("id_token=%1 access_token=%1x").arg(lesson) << false << true;
    QTest::newRow("JSON without tokens") << QStringLiteral(R"({"a": "b.c.d"})") << false << false;
}

void TestPastedText::tokenAttempt()
{
    QFETCH(QString, text);
    QFETCH(bool, attempt);
    QFETCH(bool, holdsTokens);
    QCOMPARE(PastedText::isTokenAttempt(text), attempt);
    QCOMPARE(PastedText::holdsTokens(text), holdsTokens);
}

QTEST_GUILESS_MAIN(TestPastedText)
#include "tst_pastedtext.moc"
