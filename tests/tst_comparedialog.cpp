// SPDX-License-Identifier: MIT
// View → Compare Tabs… (issue 17): two tokens chosen or pasted, compared member by member
// with the verification of both, driven through the dialog's real widgets.
#include "comparedialog.h"
#include "mainwindow.h"
#include "partcolors.h"
#include "signaturepane.h"
#include "tokenmodel.h"
#include "tokentemplates.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {

const QString Secret = QStringLiteral("compare-dialog-secret-0123456789abcdef");

/// An HS256 token with @p payload, signed with @p secret by the model (the one signer).
QString signedToken(const QString &payload, const QString &secret = Secret,
                    const QString &header = QStringLiteral(R"({"alg":"HS256","typ":"JWT"})"))
{
    TokenModel model;
    model.setKey(TokenModel::KeyInput::SecretText, secret);
    model.setHeaderText(header);
    model.setPayloadText(payload);
    if (!model.sign())
        return QString();
    return model.token();
}

const QString PayloadA = QStringLiteral(R"({"sub":"alice","exp":1700000000,"scope":"read"})");
const QString PayloadB = QStringLiteral(R"({"sub":"alice","exp":1700003600,"role":"admin"})");

} // namespace

class tst_CompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void membersCompared_data();
    void membersCompared();
    void verificationOfBoth_data();
    void verificationOfBoth();
    void differentAlgorithms();
    void encryptedToken();
    void pastedTokenSide();
    void chooseWithKeyboard();
    void coloursReadable_data();
    void coloursReadable();
    void windowOpensDialog();

private:
    std::unique_ptr<CompareDialog> m_dialog;
    CompareDialog *open(const QList<CompareDialog::OpenToken> &tokens);
};

CompareDialog *tst_CompareDialog::open(const QList<CompareDialog::OpenToken> &tokens)
{
    m_dialog = std::make_unique<CompareDialog>();
    m_dialog->setTokens(tokens);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        return nullptr;
    return m_dialog.get();
}

void tst_CompareDialog::cleanup()
{
    m_dialog.reset();
}

void tst_CompareDialog::membersCompared_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("exp later, a claim removed and one added")
            << PayloadA << PayloadB
            << QStringList {QStringLiteral("exp moved 1 hour later"),
                            QStringLiteral("scope (removed)"),
                            QStringLiteral("role (added)"),
                            QStringLiteral("exp (changed)"),
                            QStringLiteral("2023-11-14 22:13:20 UTC"),
                            QStringLiteral("2023-11-14 23:13:20 UTC"),
                            QStringLiteral("Payload: 3 difference"),
                            QStringLiteral("Header: the same"),
                            QStringLiteral("different")}
            << QStringList {QStringLiteral("sub (")};
    QTest::newRow("exp earlier by a day")
            << QStringLiteral(R"({"exp":1700086400})") << QStringLiteral(R"({"exp":1700000000})")
            << QStringList {QStringLiteral("exp moved 1 day earlier"),
                            QStringLiteral("Payload: 1 difference")}
            << QStringList {QStringLiteral("(added)"), QStringLiteral("(removed)")};
    QTest::newRow("the same value spelled differently")
            << QStringLiteral(R"({"n":1000})") << QStringLiteral(R"({"n":1e3})")
            << QStringList {QStringLiteral("n (respelled)")}
            << QStringList {QStringLiteral("(changed)")};
    QTest::newRow("identical") << PayloadA << PayloadA
                               << QStringList {QStringLiteral("The tokens are identical."),
                                               QStringLiteral("Payload: the same")}
                               << QStringList {QStringLiteral("(changed)")};
}

void tst_CompareDialog::membersCompared()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString a = signedToken(first);
    const QString b = signedToken(second);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    CompareDialog *dialog = open({{QStringLiteral("before"), a}, {QStringLiteral("after"), b}});
    QVERIFY(dialog);

    auto *firstChoice = dialog->findChild<QComboBox *>(QStringLiteral("firstChoice"));
    auto *secondChoice = dialog->findChild<QComboBox *>(QStringLiteral("secondChoice"));
    QVERIFY(firstChoice && secondChoice);
    QCOMPARE(firstChoice->currentText(), QStringLiteral("before"));
    QCOMPARE(secondChoice->currentText(), QStringLiteral("after"));
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("secondToken"))->toPlainText(), b);

    // A colour is never the only sign: each changed row has its word (checked above) and
    // its mark.
    const QString text
            = dialog->findChild<QTextBrowser *>(QStringLiteral("comparison"))->toPlainText();
    QCOMPARE(text, dialog->comparisonText());
    for (const QString &words : expected)
        QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" in:\n") + text));
    for (const QString &words : absent)
        QVERIFY2(!text.contains(words), qPrintable(words + QStringLiteral(" in:\n") + text));
    if (text.contains(QLatin1String("(added)")))
        QVERIFY(text.contains(QLatin1Char('+')));
    if (text.contains(QLatin1String("(removed)")))
        QVERIFY(text.contains(QChar(0x2212)));
}

void tst_CompareDialog::verificationOfBoth_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("firstWords");
    QTest::addColumn<QString>("secondWords");

    QTest::newRow("the key of the first") << Secret << QStringLiteral("Signature verified")
                                          << QStringLiteral("Invalid signature");
    QTest::newRow("the key of the second")
            << QStringLiteral("another-secret-for-the-second-token-xyz")
            << QStringLiteral("Invalid signature") << QStringLiteral("Signature verified");
    QTest::newRow("no key") << QString() << QStringLiteral("Not verified: no key")
                            << QStringLiteral("Not verified: no key");
}

void tst_CompareDialog::verificationOfBoth()
{
    QFETCH(QString, key);
    QFETCH(QString, firstWords);
    QFETCH(QString, secondWords);
    const QString a = signedToken(PayloadA);
    const QString b
            = signedToken(PayloadA, QStringLiteral("another-secret-for-the-second-token-xyz"));
    CompareDialog *dialog = open({{QStringLiteral("a"), a}, {QStringLiteral("b"), b}});
    QVERIFY(dialog);
    dialog->setKey(TokenModel::KeyInput::SecretText, key);

    const QString text = dialog->comparisonText();
    const QRegularExpression first(QStringLiteral("First verification:\\s*(.*)\\n"));
    const QRegularExpression second(QStringLiteral("Second verification:\\s*(.*)\\n"));
    QVERIFY2(first.match(text).captured(1).startsWith(firstWords), qPrintable(text));
    QVERIFY2(second.match(text).captured(1).startsWith(secondWords), qPrintable(text));
    // Said once: "Signature verified (Signature verified with …)" read twice.
    QCOMPARE(first.match(text).captured(1).count(firstWords), 1);
    QCOMPARE(second.match(text).captured(1).count(secondWords), 1);
    // Same header and payload, other key: the signatures differ over the same signing input.
    QVERIFY(text.contains(QLatin1String("different, over the same header and payload")));
}

void tst_CompareDialog::differentAlgorithms()
{
    const TokenTemplates::Built rs
            = TokenTemplates::build(QStringLiteral("alg-RS256"), QDateTime::currentDateTimeUtc());
    QVERIFY2(rs.ok(), qPrintable(rs.error));
    const QString hs = signedToken(QStringLiteral(R"({"sub":"1234567890"})"));
    CompareDialog *dialog = open({{QStringLiteral("HS"), hs}, {QStringLiteral("RS"), rs.token}});
    QVERIFY(dialog);
    // The window's key is the RSA one: it verifies the RS256 token, and not the HS256 one.
    dialog->setKey(TokenModel::KeyInput::KeyText, rs.keyText);
    const QString text = dialog->comparisonText();
    QVERIFY2(text.contains(QStringLiteral("HS256 → RS256")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("alg (changed)")));
    QVERIFY(QRegularExpression(QStringLiteral("Second verification:\\s*Signature verified"))
                    .match(text)
                    .hasMatch());
    QVERIFY(!QRegularExpression(QStringLiteral("First verification:\\s*Signature verified"))
                     .match(text)
                     .hasMatch());
}

void tst_CompareDialog::encryptedToken()
{
    const TokenTemplates::Built jwe = TokenTemplates::build(QStringLiteral("jwe-id-token"),
                                                            QDateTime::currentDateTimeUtc());
    QVERIFY2(jwe.ok(), qPrintable(jwe.error));
    const QString jws = signedToken(PayloadA);
    CompareDialog *dialog
            = open({{QStringLiteral("JWS"), jws}, {QStringLiteral("JWE"), jwe.token}});
    QVERIFY(dialog);
    QString text = dialog->comparisonText();
    QVERIFY2(text.contains(QLatin1String("Payload: not compared (a JWE's payload is encrypted).")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("JWE")));
    QVERIFY(text.contains(QLatin1String("enc (added)")));
    // With its key, the JWE is decrypted: the verdict of the model, as the badge says it.
    dialog->setKey(jwe.keyInput == TokenTemplates::KeyInput::KeyText
                           ? TokenModel::KeyInput::KeyText
                           : TokenModel::KeyInput::SecretText,
                   jwe.keyText);
    text = dialog->comparisonText();
    QVERIFY2(QRegularExpression(QStringLiteral("Second verification:\\s*Decrypted"))
                     .match(text)
                     .hasMatch(),
             qPrintable(text));
}

void tst_CompareDialog::pastedTokenSide()
{
    const QString a = signedToken(PayloadA);
    const QString b = signedToken(PayloadB);
    // One open token (the window today): the second side waits for a paste.
    CompareDialog *dialog = open({{QStringLiteral("only"), a}});
    QVERIFY(dialog);
    auto *secondChoice = dialog->findChild<QComboBox *>(QStringLiteral("secondChoice"));
    auto *secondToken = dialog->findChild<QPlainTextEdit *>(QStringLiteral("secondToken"));
    QCOMPARE(secondChoice->currentText(), QStringLiteral("Pasted token"));
    QVERIFY(dialog->comparisonText().contains(QLatin1String("Choose or paste two tokens")));

    secondToken->setFocus();
    QTest::keyClicks(secondToken, b);
    QCOMPARE(dialog->sideToken(CompareDialog::Side::Second), b);
    QTRY_VERIFY(dialog->comparisonText().contains(QLatin1String("exp moved 1 hour later")));

    // Editing the first side's token turns its choice into a pasted one.
    auto *firstChoice = dialog->findChild<QComboBox *>(QStringLiteral("firstChoice"));
    auto *firstToken = dialog->findChild<QPlainTextEdit *>(QStringLiteral("firstToken"));
    QCOMPARE(firstChoice->currentText(), QStringLiteral("only"));
    firstToken->selectAll();
    QTest::keyClicks(firstToken, b);
    QCOMPARE(firstChoice->currentText(), QStringLiteral("Pasted token"));
    QVERIFY(dialog->comparisonText().contains(QLatin1String("The tokens are identical.")));
}

void tst_CompareDialog::chooseWithKeyboard()
{
    const QString a = signedToken(PayloadA);
    const QString b = signedToken(PayloadB);
    CompareDialog *dialog = open({{QStringLiteral("A"), a}, {QStringLiteral("B"), b}});
    QVERIFY(dialog);
    auto *secondChoice = dialog->findChild<QComboBox *>(QStringLiteral("secondChoice"));
    secondChoice->setFocus();
    QTest::keyClick(secondChoice, Qt::Key_Up);
    QCOMPARE(secondChoice->currentText(), QStringLiteral("A"));
    QCOMPARE(dialog->sideToken(CompareDialog::Side::Second), a);
    QVERIFY(dialog->comparisonText().contains(QLatin1String("The tokens are identical.")));
    QTest::keyClick(secondChoice, Qt::Key_Down);
    QCOMPARE(dialog->sideToken(CompareDialog::Side::Second), b);
    QVERIFY(dialog->comparisonText().contains(QLatin1String("exp moved 1 hour later")));
}

void tst_CompareDialog::coloursReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void tst_CompareDialog::coloursReadable()
{
    QFETCH(bool, dark);
    QPalette palette;
    const QColor base = dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xee, 0xee, 0xee) : QColor(Qt::black);
    for (auto role : {QPalette::Base, QPalette::Window})
        palette.setColor(role, base);
    for (auto role : {QPalette::Text, QPalette::WindowText})
        palette.setColor(role, text);

    m_dialog = std::make_unique<CompareDialog>();
    m_dialog->setPalette(palette);
    m_dialog->setTokens({{QStringLiteral("a"), signedToken(PayloadA)},
                         {QStringLiteral("b"), signedToken(PayloadB)}});
    // Every coloured cell, as the view draws it: its background against its text, at
    // least WCAG AA (4.5:1).
    QTextDocument *document
            = m_dialog->findChild<QTextBrowser *>(QStringLiteral("comparison"))->document();
    int cells = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        const QTextTable *table = cursor.currentTable();
        if (!table)
            continue;
        const QTextTableCell cell = table->cellAt(cursor);
        const QBrush background = cell.format().background();
        if (background.style() == Qt::NoBrush)
            continue;
        const QColor foreground = block.charFormat().foreground().color();
        QCOMPARE(foreground, text);
        QVERIFY2(PartColors::contrast(background.color(), foreground) >= 4.5,
                 qPrintable(background.color().name() + block.text()));
        ++cells;
    }
    QVERIFY2(cells >= 3 * 4, qPrintable(QString::number(cells))); // exp, scope, role: 4 cells
}

void tst_CompareDialog::windowOpensDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString a = signedToken(PayloadA);
    QCOMPARE(window.loadText(a), MainWindow::Loaded::Token);
    window.signaturePane()->setKeyInput(TokenModel::KeyInput::SecretText, Secret);

    auto *compare = window.findChild<QAction *>(QStringLiteral("compareAction"));
    QVERIFY(compare);
    compare->trigger();
    auto *dialog = window.findChild<CompareDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->tokens().size(), 1);
    QCOMPARE(dialog->tokens().first().token, a);
    QCOMPARE(dialog->tokens().first().title, QStringLiteral("HS256 · alice"));
    QCOMPARE(dialog->sideToken(CompareDialog::Side::First), a);

    auto *secondToken = dialog->findChild<QPlainTextEdit *>(QStringLiteral("secondToken"));
    secondToken->setFocus();
    QTest::keyClicks(secondToken, signedToken(PayloadB));
    const QString text = dialog->comparisonText();
    // The window's key verifies both.
    QVERIFY2(QRegularExpression(QStringLiteral("First verification:\\s*Signature verified"))
                     .match(text)
                     .hasMatch(),
             qPrintable(text));
    QVERIFY(QRegularExpression(QStringLiteral("Second verification:\\s*Signature verified"))
                    .match(text)
                    .hasMatch());
    dialog->close();
}

QTEST_MAIN(tst_CompareDialog)
#include "tst_comparedialog.moc"
