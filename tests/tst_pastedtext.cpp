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

QTEST_GUILESS_MAIN(TestPastedText)
#include "tst_pastedtext.moc"
