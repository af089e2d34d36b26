// SPDX-License-Identifier: MIT
// The encoded token pane in the window: edits both ways, colours by part, long tokens
// shown in part and decoded in the background.
#include "crackpanel.h"
#include "keypairdialog.h"
#include "learnpanel.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "startup.h"
#include "tokeneditor.h"
#include "tokenmodel.h"
#include "tokenpane.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGlyphRun>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPaintEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace WindowTest;

/// The foreground colour the token editor shows at @p position.
static QColor tokenColourAt(QPlainTextEdit *editor, int position)
{
    const QTextBlock block = editor->document()->findBlock(position);
    const int local = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (local >= range.start && local < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

class TestTokenPane : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void tokenEditUpdatesPanes();
    void tokenColoursFollowPayloadKeystrokes();
    void longTokenShownInPartKeptWhole();
    void longTokensPastedInARow();
    void paneCoalescesKeystrokes();
    void paneKeepsAPendingEdit();
    void paneNoticeAndErrorWhileDecoding();
};

void TestTokenPane::tokenEditUpdatesPanes()
{
    const QString token
            = QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                             "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
                             "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    replaceAll(edit("tokenEdit"), token);
    QTRY_VERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("\"John Doe\"")));
    QVERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"typ\": \"JWT\"")));
    QCOMPARE(m_window->model()->token(), token);
    // The sample's public secret does not go with another token: no key, and the field
    // shows none.
    QTRY_COMPARE(badge(), QStringLiteral("Not verified: no key"));
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret->text().isEmpty());
    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("your-256-bit-secret"));
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
}

void TestTokenPane::tokenColoursFollowPayloadKeystrokes()
{
    // Each keystroke grows the payload segment and moves the signature: the colours must move
    // with them, although the editor now colours only what the edit touched.
    QPlainTextEdit *payload = edit("payloadEdit");
    QPlainTextEdit *token = edit("tokenEdit");
    payload->setFocus();
    QTextCursor cursor = payload->textCursor();
    // Inside the first string value.
    const qsizetype value = payload->toPlainText().indexOf(QLatin1String(": \""));
    QVERIFY(value > 0);
    cursor.setPosition(int(value + 3));
    payload->setTextCursor(cursor);
    for (int i = 0; i < 6; ++i) {
        const QString before = token->toPlainText();
        QTest::keyClicks(payload, QStringLiteral("xy"));
        m_window->flushEdits();
        QTRY_VERIFY(token->toPlainText() != before);
        QCOMPARE(token->toPlainText(), m_window->model()->token());
        const QString text = token->toPlainText();
        const int firstDot = int(text.indexOf(QLatin1Char('.')));
        const int secondDot = int(text.indexOf(QLatin1Char('.'), firstDot + 1));
        QVERIFY(secondDot > firstDot);
        const QColor payloadColour = tokenColourAt(token, secondDot - 1);
        const QColor signatureColour = tokenColourAt(token, secondDot + 1);
        QVERIFY(payloadColour.isValid());
        QVERIFY(signatureColour.isValid());
        QCOMPARE(tokenColourAt(token, firstDot + 1), payloadColour);
        QVERIFY(payloadColour != signatureColour);
        QCOMPARE(tokenColourAt(token, int(text.size()) - 1), signatureColour);
        QVERIFY(tokenColourAt(token, 0) != payloadColour);
    }
}

void TestTokenPane::longTokenShownInPartKeptWhole()
{
    const QString token = b64(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.')
            + b64(longPayload(300 * 1024, 'a')) + QStringLiteral(".c2lnbmF0dXJl");
    QVERIFY(token.size() > MainWindow::BackgroundDecodeThreshold);
    QPlainTextEdit *editor = edit("tokenEdit");
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("tokenNotice"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());

    pasteInto(editor, token);
    // Decoded on a worker thread; the window says so meanwhile.
    QTRY_VERIFY(!m_window->isDecoding());
    QCOMPARE(m_window->model()->token(), token);
    QVERIFY(m_window->model()->payloadText().contains(QLatin1String("claim9000")));
    QCOMPARE(edit("payloadEdit")->toPlainText(), m_window->model()->payloadText());
    // The editor shows the start, read-only, and says so.
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->toPlainText().size() < 20 * 1024);
    QVERIFY(token.startsWith(editor->toPlainText().left(1000)));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("KiB")), qPrintable(notice->text()));
    // Nothing is lost: Copy token copies all of it.
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("copyTokenButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), token);

    // Ctrl+V in the read-only excerpt loads what the clipboard holds.
    const QString sample = readFile(QStringLiteral(":/sample.jwt")).trimmed();
    pasteInto(editor, sample);
    QTRY_COMPARE(m_window->model()->token(), sample);
    QTRY_COMPARE(editor->toPlainText(), sample);
    QVERIFY(!editor->isReadOnly());
    QVERIFY(!notice->isVisible());
}

/// Long tokens pasted while one is still being decoded: the last one wins, and closing the
/// window during a decode neither hangs nor leaks.
void TestTokenPane::longTokensPastedInARow()
{
    const auto longToken = [](char salt) {
        return b64(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.')
                + b64(longPayload(2 * 1024 * 1024, salt)) + QStringLiteral(".c2lnbmF0dXJl");
    };
    const QString first = longToken('a');
    const QString second = longToken('b');
    QPlainTextEdit *editor = edit("tokenEdit");
    pasteInto(editor, first);
    QVERIFY(m_window->isDecoding());
    m_window->loadText(second); // e.g. a file dropped meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isDecoding(), 20000);
    QCOMPARE(m_window->model()->token(), second);
    QVERIFY(m_window->model()->payloadText().contains(QLatin1String("value b")));

    // A short token during a decode wins at once; the decode's result is dropped.
    pasteInto(editor, first);
    QVERIFY(m_window->isDecoding());
    const QString sample = readFile(QStringLiteral(":/sample.jwt")).trimmed();
    m_window->loadText(sample);
    QVERIFY(!m_window->isDecoding());
    QCOMPARE(m_window->model()->token(), sample);
    QTest::qWait(200);
    QCOMPARE(m_window->model()->token(), sample);

    // Closing during a decode.
    pasteInto(editor, second);
    QVERIFY(m_window->isDecoding());
    m_window.reset();
}

void TestTokenPane::paneCoalescesKeystrokes()
{
    TokenPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy edited(&pane, &TokenPane::tokenEdited);
    pane.editor()->setFocus();
    QTest::keyClicks(pane.editor(), QStringLiteral("eyJ"));
    // A burst of keystrokes is one edit, sent when the event loop comes round.
    QCOMPARE(edited.size(), 0);
    QTRY_COMPARE(edited.size(), 1);
    QCOMPARE(edited.first().first().toString(), QStringLiteral("eyJ"));
    // What the model then says back is no new edit.
    QVERIFY(pane.setToken(QStringLiteral("eyJ"), {}, -1));
    QCoreApplication::processEvents();
    QCOMPARE(edited.size(), 1);
}

void TestTokenPane::paneKeepsAPendingEdit()
{
    TokenPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.setToken(QStringLiteral("a.b.c"), {}, -1));
    QSignalSpy edited(&pane, &TokenPane::tokenEdited);
    pane.editor()->setFocus();
    pane.editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(pane.editor(), Qt::Key_D);
    // The user's keystroke is newer than what the model says: it stays, and goes out next.
    QVERIFY(!pane.setToken(QStringLiteral("x.y.z"), {}, -1));
    QCOMPARE(pane.editor()->toPlainText(), QStringLiteral("a.b.cd"));
    pane.flush();
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().first().toString(), QStringLiteral("a.b.cd"));
    QVERIFY(pane.setToken(QStringLiteral("x.y.z"), {}, -1));
    QCOMPARE(pane.editor()->toPlainText(), QStringLiteral("x.y.z"));
}

void TestTokenPane::paneNoticeAndErrorWhileDecoding()
{
    TokenPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *error = pane.findChild<QLabel *>(QStringLiteral("tokenError"));
    auto *notice = pane.findChild<QLabel *>(QStringLiteral("tokenNotice"));
    QVERIFY(error && notice);
    TokenModel::PartError bad;
    bad.offset = 3;
    bad.message = QStringLiteral("something is wrong");
    QVERIFY(bad.isError());
    pane.setError(bad, false);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Token: something is wrong"));
    QCOMPARE(error->accessibleDescription(), error->text());
    QVERIFY(notice->isHidden());

    // While a long token is decoded the error, about the previous token, is not shown.
    pane.updateNotice(true, 10 * 1024 * 1024, true);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QLatin1String("Decoding a token of 10")),
             qPrintable(notice->text()));
    QVERIFY(error->isHidden());
    pane.updateNotice(false, 100, true);
    QVERIFY(notice->isHidden());
    QVERIFY(error->isVisible());
    pane.setError({}, false);
    QVERIFY(error->isHidden());
}

QTEST_MAIN(TestTokenPane)
#include "tst_tokenpane.moc"
