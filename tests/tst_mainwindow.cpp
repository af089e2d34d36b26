// SPDX-License-Identifier: MIT
// The jwtlens-gui window, driven through its real widgets (offscreen).
#include "crackpanel.h"
#include "keypairdialog.h"
#include "learnpanel.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "startup.h"
#include "tokenmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGlyphRun>
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
#include <QHelpEvent>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QJsonObject manifestCase(const QString &name)
{
    const QJsonArray cases
            = QJsonDocument::fromJson(
                      readFile(QStringLiteral(JWTLENS_TESTDATA "/vectors/manifest.json")).toUtf8())
                      .array();
    for (const QJsonValue &value : cases) {
        if (value.toObject().value(QLatin1String("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

QString segment(const QString &token, int index)
{
    return token.split(QLatin1Char('.')).value(index);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// Types @p text into @p widget one key at a time; QTest::keyClicks() knows only ASCII keys.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// Translates every string to "[ko] <source>": enough to see that each widget retranslates.
class MarkingTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[ko] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsWithVerifiedSample();
    void memberNameTooltips();
    void tokenEditUpdatesPanes();
    void payloadEditUpdatesTokenAndBadge_data();
    void payloadEditUpdatesTokenAndBadge();
    void tokenColoursFollowPayloadKeystrokes();
    void editedPanesPaintLikeFreshOnes();
    void keystrokeRepaintsItsLine();
    void shapingFollowsTheText();
    void headerEditUpdatesToken();
    void startupShowCrackGuessesTheSecret();
    void longTokenShownInPartKeptWhole();
    void longTokensPastedInARow();
    void longOneLineJsonPasteIsPrettyPrinted();
    void hugePayloadShownInPart();
    void longLineWrapsAnywhere();
    void hugeKeyPasteIsExplained();
    void cutSecretIsExplained();
    void pasteRfc7515A2TokenAndJwk();
    void clockPastExpMarksExpired();
    void leewayKeepsTokenValid();
    void publishedTemplates_data();
    void publishedTemplates();
    void algorithmTemplatesVerify_data();
    void algorithmTemplatesVerify();
    void timeButtonsEditPayloadInPlace();
    void undoAfterRerender();
    void undoAfterTimeButton();
    void badInputIsExplainedInPlace_data();
    void badInputIsExplainedInPlace();
    void truncatedPemIsExplained();
    void algorithmSelectorRewritesHeader();
    void signButtonSignsWithKey();
    void badgeChangesDoNotMoveControls();
    void hoverAndCursorHighlightPanes();
    void learnPanelHighlightRequest();
    void claimsTableToggle();
    void claimValueCopiedFromContextMenu();
    void languageChangeRetranslates();
    void accessibleNames();
    void darkPaletteIsFollowed();
    void openFileLoadsTokenOrKey();
    void dropTextLoadsToken();
    void invalidUtf8FileIsExplained();
    void millisecondsAreFlagged();
    void keyPairDialogGenerates();
    void screenshotOptionWritesPng();

private:
    QPlainTextEdit *edit(const char *name) const
    {
        return m_window->findChild<QPlainTextEdit *>(QLatin1String(name));
    }
    QString badge() const
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("verificationBadge"));
        return label ? label->text() : QString();
    }
    void replaceAll(QPlainTextEdit *editor, const QString &text)
    {
        editor->setFocus();
        editor->selectAll();
        QTest::keyClicks(editor, text);
    }

    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::memberNameTooltips()
{
    // The sample payload has "exp": a tooltip event on its name shows the claim's meaning.
    for (const char *name : {"payloadEdit", "headerEdit"}) {
        QPlainTextEdit *pane = edit(name);
        QVERIFY(pane);
        const bool payload = qstrcmp(name, "payloadEdit") == 0;
        const QString member = payload ? QStringLiteral("\"exp\"") : QStringLiteral("\"alg\"");
        const qsizetype at = pane->toPlainText().indexOf(member);
        QVERIFY2(at >= 0, qPrintable(pane->toPlainText()));
        QTextCursor cursor(pane->document());
        cursor.setPosition(int(at + 2));
        const QPoint pos = pane->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, pos, pane->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(pane->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString expected
                = payload ? QStringLiteral("Expiration") : QStringLiteral("lgorithm");
        QVERIFY2(QToolTip::text().contains(expected), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
    }
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->loadSample();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::startsWithVerifiedSample()
{
    const QString sample = readFile(QStringLiteral(":/sample.jwt")).trimmed();
    QVERIFY(!sample.isEmpty());
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), sample);
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    QVERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"HS256\"")));
    QVERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("\"Jane Doe\"")));
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret);
    QCOMPARE(secret->text(), readFile(QStringLiteral(":/sample-secret.txt")).trimmed());
}

void TestMainWindow::tokenEditUpdatesPanes()
{
    const QString token
            = QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                             "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
                             "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    replaceAll(edit("tokenEdit"), token);
    QTRY_VERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("\"John Doe\"")));
    QVERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"typ\": \"JWT\"")));
    QCOMPARE(m_window->model()->token(), token);
    // The sample's secret is not this token's: the badge says so.
    QTRY_COMPARE(badge(), QStringLiteral("Invalid signature"));
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("your-256-bit-secret"));
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
}

void TestMainWindow::payloadEditUpdatesTokenAndBadge_data()
{
    QTest::addColumn<bool>("resign");
    QTest::addColumn<QString>("expectedBadge");
    QTest::newRow("re-sign on edit") << true << QStringLiteral("Re-signed with your key");
    QTest::newRow("keep the old signature") << false << QStringLiteral("Edited — not re-signed");
}

void TestMainWindow::payloadEditUpdatesTokenAndBadge()
{
    QFETCH(bool, resign);
    QFETCH(QString, expectedBadge);
    auto *resignBox = m_window->findChild<QCheckBox *>(QStringLiteral("resignOnEdit"));
    QVERIFY(resignBox);
    if (resignBox->isChecked() != resign)
        QTest::mouseClick(resignBox, Qt::LeftButton, {}, QPoint(4, resignBox->height() / 2));
    QCOMPARE(m_window->model()->resignOnEdit(), resign);
    const QString oldSignature = segment(m_window->model()->token(), 2);

    replaceAll(edit("payloadEdit"), QStringLiteral("{\"sub\":\"alice\",\"n\":1.50}"));
    QTRY_COMPARE(segment(edit("tokenEdit")->toPlainText(), 1),
                 b64(QByteArrayLiteral("{\"sub\":\"alice\",\"n\":1.50}")));
    QTRY_COMPARE(badge(), expectedBadge);
    QCOMPARE(segment(m_window->model()->token(), 2) == oldSignature, !resign);
    // The claims follow.
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp")) == nullptr);
}

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

void TestMainWindow::tokenColoursFollowPayloadKeystrokes()
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

/// A payload of about @p size bytes, one line, with registered claims first.
static QByteArray longPayload(qsizetype size, char salt)
{
    QByteArray json = R"({"sub":"1234567890","iat":1516239022,"exp":4102444800)";
    int i = 0;
    while (json.size() < size - 40)
        json += ",\"claim" + QByteArray::number(i++) + "\":\"value " + salt + "\"";
    return json + "}";
}

static void pasteInto(QPlainTextEdit *editor, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
}

void TestMainWindow::longTokenShownInPartKeptWhole()
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
void TestMainWindow::longTokensPastedInARow()
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

void TestMainWindow::longOneLineJsonPasteIsPrettyPrinted()
{
    const QByteArray json = longPayload(100 * 1024, 'b');
    QPlainTextEdit *payload = edit("payloadEdit");
    pasteInto(payload, QString::fromLatin1(json));
    m_window->flushEdits();
    // Shown pretty-printed (one member per line), encoded as the compact text it was.
    QTRY_COMPARE(segment(m_window->model()->token(), 1), b64(json));
    QVERIFY(payload->document()->blockCount() > 1000);
    QVERIFY(!payload->isReadOnly());
    // One undoable edit.
    payload->setFocus();
    QTest::keyClick(payload, Qt::Key_Z, Qt::ControlModifier);
    m_window->flushEdits();
    QTRY_VERIFY(!m_window->model()->payloadText().contains(QLatin1String("claim100")));
}

void TestMainWindow::longLineWrapsAnywhere()
{
    // A line without spaces of 100 KiB (an embedded certificate, say): wrapped anywhere,
    // since looking for word boundaries in it took seconds; back to word boundaries once
    // the line is gone.
    QPlainTextEdit *header = edit("headerEdit");
    const auto wrapMode = [header] {
        return header->document()->defaultTextOption().wrapMode();
    };
    QCOMPARE(wrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QByteArray json = R"({"alg":"HS256","x5c":[")" + QByteArray(100 * 1024, 'M') + R"("]})";
    pasteInto(header, QString::fromLatin1(json));
    m_window->flushEdits();
    QTRY_COMPARE(segment(m_window->model()->token(), 0), b64(json));
    QCOMPARE(wrapMode(), QTextOption::WrapAnywhere);
    const QTextBlock longBlock = header->document()->findBlock(
            int(header->toPlainText().indexOf(QLatin1String("MMMM"))));
    QTRY_VERIFY(longBlock.lineCount() > 100); // laid out, wrapped

    pasteInto(header, QStringLiteral("{\"alg\": \"HS256\", \"kid\": \"a key id\"}"));
    m_window->flushEdits();
    QTRY_COMPARE(segment(m_window->model()->token(), 0),
                 b64(R"({"alg":"HS256","kid":"a key id"})"));
    QCOMPARE(wrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Undo brings the long line back, and with it the wrapping anywhere.
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(wrapMode(), QTextOption::WrapAnywhere);
}

void TestMainWindow::hugeKeyPasteIsExplained()
{
    // A megabyte of PEM-looking garbage where the key goes: the editor shows its start,
    // read-only, with a notice; the model reads all of it, and the error names the line.
    m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QPlainTextEdit *key = edit("keyEdit");
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("keyNotice"));
    QVERIFY(key && key->isVisible() && notice);
    QVERIFY(!notice->isVisible());
    QString garbage = QStringLiteral("-----BEGIN PUBLIC KEY-----\n");
    for (int line = 0; line < 16 * 1024; ++line)
        garbage += QString(64, QLatin1Char('A' + line % 26)) + QLatin1Char('\n');
    garbage += QStringLiteral("A*\n-----END PUBLIC KEY-----\n");
    pasteInto(key, garbage);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->keyText(), garbage);
    QVERIFY(m_window->model()->keyError().isError());
    QVERIFY2(m_window->model()->keyError().message.contains(QLatin1String("line 16386")),
             qPrintable(m_window->model()->keyError().message));
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Invalid);
    QVERIFY(key->isReadOnly());
    QVERIFY(garbage.startsWith(key->toPlainText().chopped(2))); // the start, then "\n…"
    QVERIFY(key->toPlainText().size() < garbage.size() / 10);
    QVERIFY(notice->isVisible());

    // Ctrl+V in the excerpt replaces it all: a real key, editable again.
    const QString pem
            = readFile(QStringLiteral(JWTLENS_TESTDATA "/vectors/keys/rfc7515_a2_rs256.pub.pem"));
    QVERIFY(!pem.isEmpty());
    pasteInto(key, pem);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->keyText(), pem);
    QVERIFY(!m_window->model()->keyError().isError());
    QCOMPARE(key->toPlainText(), pem);
    QVERIFY(!key->isReadOnly());
    QVERIFY(!notice->isVisible());
}

void TestMainWindow::cutSecretIsExplained()
{
    // A line edit keeps at most maxLength() characters of a paste: the notice says so.
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("keyNotice"));
    QVERIFY(secret && secret->isVisible() && notice);
    QVERIFY(!notice->isVisible());
    QGuiApplication::clipboard()->setText(QString(secret->maxLength() + 1000, QLatin1Char('s')));
    secret->setFocus();
    secret->selectAll();
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
    m_window->flushEdits();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLocale().toString(secret->maxLength())),
             qPrintable(notice->text()));
    QCOMPARE(m_window->model()->keyText().size(), secret->maxLength());
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("a-32-byte-long-secret-for-HS256!"));
    QTRY_VERIFY(!notice->isVisible());
}

void TestMainWindow::hugePayloadShownInPart()
{
    const QByteArray json = longPayload(700 * 1024, 'c');
    QPlainTextEdit *payload = edit("payloadEdit");
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("payloadNotice"));
    QVERIFY(notice);
    pasteInto(payload, QString::fromLatin1(json));
    m_window->flushEdits();
    QTRY_COMPARE(segment(m_window->model()->token(), 1), b64(json));
    // The pane shows the start, read-only; the model holds all of it.
    QVERIFY(payload->isReadOnly());
    QVERIFY(notice->isVisible());
    QVERIFY(payload->toPlainText().size() < m_window->model()->payloadText().size() / 2);
    QVERIFY(m_window->model()->payloadText().contains(QLatin1String("claim20000")));
    // The time buttons cannot edit what is not shown: they say so and change nothing.
    const QString before = m_window->model()->token();
    QVERIFY(!m_window->setClaimTime(QStringLiteral("exp"), 60));
    QCOMPARE(m_window->model()->token(), before);

    // Ctrl+V in the read-only excerpt replaces the whole payload.
    pasteInto(payload, QStringLiteral("{\"sub\":\"short\"}"));
    m_window->flushEdits();
    QTRY_COMPARE(segment(m_window->model()->token(), 1), b64(R"({"sub":"short"})"));
    QVERIFY(!payload->isReadOnly());
    QVERIFY(!notice->isVisible());
    QCOMPARE(payload->toPlainText(), QStringLiteral("{\"sub\":\"short\"}"));
}

void TestMainWindow::startupShowCrackGuessesTheSecret()
{
    // jwtlens-gui TOKEN --show crack: the panel opens and finds a built-in secret.
    const QString token = manifestCase(QStringLiteral("jwt.io-default-HS256"))
                                  .value(QLatin1String("token"))
                                  .toString();
    QVERIFY(!token.isEmpty());
    const StartupOptions options
            = StartupOptions::parse({QStringLiteral("jwtlens-gui"), token, QStringLiteral("--show"),
                                     QStringLiteral("crack")});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    Startup::apply(*m_window, options);
    auto *panel = m_window->findChild<CrackPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(panel->state(), CrackPanel::State::Found);
    bool shown = false;
    for (QLineEdit *edit : panel->findChildren<QLineEdit *>())
        shown |= edit->text() == QLatin1String("your-256-bit-secret");
    QVERIFY(shown);
}

/// The editors keep shaped glyphs between paints (a keystroke repaints all of an editor):
/// after a burst of edits they must paint exactly what a fresh window paints.
void TestMainWindow::editedPanesPaintLikeFreshOnes()
{
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTextCursor cursor = payload->textCursor();
    const qsizetype value = payload->toPlainText().indexOf(QLatin1String(": \""));
    QVERIFY(value > 0);
    cursor.setPosition(int(value + 3));
    payload->setTextCursor(cursor);
    typeText(payload, QStringLiteral("héllo wörld 한국어 "));
    QTest::keyClick(payload, Qt::Key_Backspace);
    QTest::keyClicks(payload, QStringLiteral("\"abc\": true, \"n"));
    m_window->flushEdits();
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), m_window->model()->token());
    QCoreApplication::processEvents();

    MainWindow fresh;
    fresh.resize(m_window->size());
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    fresh.loadText(m_window->model()->token());
    QCOMPARE(fresh.model()->token(), m_window->model()->token());
    // The same text in each pane, no cursor drawn in either, the same part highlighted.
    fresh.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"))
            ->setPlainText(payload->toPlainText());
    fresh.flushEdits();
    for (QPlainTextEdit *e : {payload, edit("tokenEdit"), edit("headerEdit")})
        e->setCursorWidth(0);
    for (const char *name : {"payloadEdit", "tokenEdit", "headerEdit"})
        fresh.findChild<QPlainTextEdit *>(QLatin1String(name))->setCursorWidth(0);
    QCoreApplication::processEvents();
    for (const char *name : {"payloadEdit", "tokenEdit", "headerEdit"}) {
        auto *mine = m_window->findChild<QPlainTextEdit *>(QLatin1String(name));
        auto *theirs = fresh.findChild<QPlainTextEdit *>(QLatin1String(name));
        QCOMPARE(mine->toPlainText(), theirs->toPlainText());
        QCOMPARE(mine->viewport()->size(), theirs->viewport()->size());
        mine->verticalScrollBar()->setValue(0);
        theirs->verticalScrollBar()->setValue(0);
        mine->setExtraSelections({});
        theirs->setExtraSelections({});
        const QImage a = mine->viewport()->grab().toImage();
        const QImage b = theirs->viewport()->grab().toImage();
        QVERIFY2(a == b, name);
    }
}

/// Records the region of each paint event of a widget.
class PaintSpy : public QObject
{
public:
    explicit PaintSpy(QWidget *widget) { widget->installEventFilter(this); }
    QList<QRect> rects;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            rects.append(static_cast<QPaintEvent *>(event)->rect());
        return false;
    }
};

/// Highlighting gives the edited line new formats; still, a keystroke repaints that line,
/// not the whole pane.
void TestMainWindow::shapingFollowsTheText()
{
    // ASCII is laid out without OpenType shaping (a quarter of a keystroke's time went to
    // it); Arabic, whose letters join, is shaped as soon as it is typed, and the pane goes
    // back to the fast path once it is gone again.
    const auto unshaped = [](const QWidget *w) {
        return (w->font().styleStrategy() & QFont::PreferNoShaping) != 0;
    };
    QPlainTextEdit *payload = edit("payloadEdit");
    QPlainTextEdit *token = edit("tokenEdit");
    QTRY_VERIFY(unshaped(payload));
    QVERIFY(unshaped(token));

    payload->setFocus();
    QTRY_VERIFY(payload->hasFocus());
    QTextCursor cursor = payload->textCursor();
    const qsizetype value = payload->toPlainText().indexOf(QLatin1String(": \""));
    QVERIFY(value > 0);
    cursor.setPosition(int(value + 3));
    payload->setTextCursor(cursor);
    const QString arabic = QStringLiteral("\u0645\u0631\u062D\u0628\u0627 \u0628\u0643");
    typeText(payload, arabic);
    m_window->flushEdits();
    QTRY_VERIFY(!unshaped(payload));
    QVERIFY(m_window->model()->payloadText().contains(arabic));
    QVERIFY(unshaped(token)); // the token is still base64url

    // The line is drawn as shaping draws it: with the joining forms of the letters, other
    // glyphs than the isolated forms the fast path would draw.
    QCoreApplication::processEvents();
    const QTextBlock block = payload->document()->findBlock(int(value + 3));
    QVERIFY(block.layout() && block.layout()->lineCount() > 0);
    const auto glyphs = [](const QList<QGlyphRun> &runs) {
        QList<quint32> ids;
        for (const QGlyphRun &run : runs)
            ids += run.glyphIndexes();
        return ids;
    };
    const auto glyphsWith = [&](bool shaping) {
        QFont font = payload->font();
        font.setStyleStrategy(shaping ? QFont::PreferDefault : QFont::PreferNoShaping);
        QTextLayout layout(block.text(), font);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6);
        layout.endLayout();
        return glyphs(line.glyphRuns());
    };
    QVERIFY2(glyphsWith(true) != glyphsWith(false),
             "the test fonts draw Arabic the same with and without shaping");
    QList<QGlyphRun> shown;
    for (int i = 0; i < block.layout()->lineCount(); ++i)
        shown += block.layout()->lineAt(i).glyphRuns();
    QCOMPARE(glyphs(shown), glyphsWith(true));

    for (qsizetype i = 0; i < arabic.size(); ++i)
        QTest::keyClick(payload, Qt::Key_Backspace);
    m_window->flushEdits();
    QVERIFY(!m_window->model()->payloadText().contains(arabic.at(0)));
    QTRY_VERIFY(unshaped(payload));
    // Hangul syllables, Latin with accents and CJK are one glyph each: no shaping needed.
    typeText(payload, QStringLiteral("홍길동 é 漢字"));
    m_window->flushEdits();
    QVERIFY(m_window->model()->payloadText().contains(QStringLiteral("홍길동 é 漢字")));
    QCoreApplication::processEvents();
    QVERIFY(unshaped(payload));
    // A combining mark is not.
    typeText(payload, QStringLiteral("e\u0301"));
    QTRY_VERIFY(!unshaped(payload));

    // Garbage pasted as a token can be anything: it is shaped too.
    token->setFocus();
    token->selectAll();
    typeText(token, QStringLiteral("eyJ\u00E9\u0301.\u0645\u0631"));
    QTRY_VERIFY(!unshaped(token));
}

void TestMainWindow::keystrokeRepaintsItsLine()
{
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTRY_VERIFY(payload->hasFocus());
    QTextCursor cursor = payload->textCursor();
    const qsizetype value = payload->toPlainText().indexOf(QLatin1String(": \""));
    cursor.setPosition(int(value + 3));
    payload->setTextCursor(cursor);
    QCoreApplication::processEvents();
    PaintSpy spy(payload->viewport());
    QTest::keyClick(payload, Qt::Key_Q);
    m_window->flushEdits();
    QTRY_VERIFY(!spy.rects.isEmpty());
    QCoreApplication::processEvents();
    const int lineHeight = payload->fontMetrics().lineSpacing();
    for (const QRect &r : std::as_const(spy.rects))
        QVERIFY2(r.height() <= 3 * lineHeight, qPrintable(QString::number(r.height())));
    QVERIFY(payload->toPlainText().contains(QLatin1Char('q')));
    // A new line (Return) changes the line count: then everything below moves and repaints.
    spy.rects.clear();
    QTest::keyClick(payload, Qt::Key_Return);
    QTRY_VERIFY(!spy.rects.isEmpty());

    // What is on the screen after these partial repaints is what a full paint gives.
    payload->setCursorWidth(0);
    QTest::keyClicks(payload, QStringLiteral("abc def"));
    QTest::keyClick(payload, Qt::Key_Up);
    QTest::keyClicks(payload, QStringLiteral("xyz"));
    QTest::keyClick(payload, Qt::Key_Backspace);
    m_window->flushEdits();
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QWidget *viewport = payload->viewport();
    const QPoint topLeft = viewport->mapTo(m_window.get(), QPoint(0, 0));
    const QImage onScreen = m_window->screen()
                                    ->grabWindow(m_window->winId(), topLeft.x(), topLeft.y(),
                                                 viewport->width(), viewport->height())
                                    .toImage()
                                    .convertToFormat(QImage::Format_RGB32);
    const QImage repainted = viewport->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!onScreen.isNull());
    QCOMPARE(onScreen.size(), repainted.size());
    QVERIFY(onScreen == repainted);
}

void TestMainWindow::headerEditUpdatesToken()
{
    replaceAll(edit("headerEdit"), QStringLiteral("{\"alg\":\"HS256\",\"kid\":\"k1\"}"));
    QTRY_COMPARE(segment(edit("tokenEdit")->toPlainText(), 0),
                 b64(QByteArrayLiteral("{\"alg\":\"HS256\",\"kid\":\"k1\"}")));
    // The payload segment kept its bytes.
    const QString sample = readFile(QStringLiteral(":/sample.jwt")).trimmed();
    QCOMPARE(segment(m_window->model()->token(), 1), segment(sample, 1));
}

void TestMainWindow::pasteRfc7515A2TokenAndJwk()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.2-RS256-jwk"));
    QVERIFY(!vector.isEmpty());
    const QString token = vector.value(QLatin1String("token")).toString();
    const QString jwk = readFile(QStringLiteral(JWTLENS_TESTDATA "/vectors/")
                                 + vector.value(QLatin1String("key_file")).toString());
    QVERIFY(!jwk.isEmpty());

    // Ctrl+V with the focus outside the editors loads what the clipboard holds.
    auto *findings = m_window->findChild<QWidget *>(QStringLiteral("findingsList"));
    QVERIFY(findings);
    findings->setFocus();
    QApplication::clipboard()->setText(token);
    QTest::keyClick(findings, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), token);
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("RS256")));

    findings->setFocus();
    QApplication::clipboard()->setText(jwk);
    QTest::keyClick(findings, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(edit("keyEdit")->toPlainText(), jwk.trimmed());
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));

    // One changed payload character: a public key cannot re-sign, the badge changes.
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTextCursor cursor = payload->textCursor();
    const int at = payload->toPlainText().indexOf(QLatin1String("joe"));
    QVERIFY(at > 0);
    cursor.setPosition(at + 1);
    payload->setTextCursor(cursor);
    QTest::keyClick(payload, Qt::Key_X);
    QTRY_VERIFY(badge() != QStringLiteral("Signature verified"));
    QVERIFY(m_window->model()->verifyState() == TokenModel::VerifyState::Stale
            || m_window->model()->verifyState() == TokenModel::VerifyState::Invalid);
    QVERIFY(edit("tokenEdit")->toPlainText() != token);
}

void TestMainWindow::clockPastExpMarksExpired()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"));
    m_window->loadText(vector.value(QLatin1String("token")).toString());
    auto *source = m_window->findChild<QComboBox *>(QStringLiteral("clockSource"));
    auto *fixed = m_window->findChild<QDateTimeEdit *>(QStringLiteral("fixedClock"));
    QVERIFY(source && fixed);
    source->setCurrentIndex(1);
    QVERIFY(fixed->isEnabled());
    // exp is 1300819380: one second before, then an hour after.
    fixed->setDateTime(QDateTime::fromSecsSinceEpoch(1300819379, Qt::UTC).toLocalTime());
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp")));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("valid"));
    fixed->setDateTime(QDateTime::fromSecsSinceEpoch(1300819380 + 3600, Qt::UTC).toLocalTime());
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("expired"));
    QLabel *status = m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"));
    QVERIFY2(status->text().contains(QLatin1String("expired")), qPrintable(status->text()));
    QVERIFY(!status->accessibleDescription().isEmpty());
    QVERIFY(status->accessibleName().isEmpty());
}

void TestMainWindow::leewayKeepsTokenValid()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"));
    m_window->loadText(vector.value(QLatin1String("token")).toString());
    m_window->model()->setFixedClock(QDateTime::fromSecsSinceEpoch(1300819380 + 30, Qt::UTC));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("expired"));
    auto *leeway = m_window->findChild<QSpinBox *>(QStringLiteral("leeway"));
    QVERIFY(leeway);
    leeway->setFocus();
    leeway->selectAll();
    QTest::keyClicks(leeway, QStringLiteral("60"));
    QTRY_COMPARE(m_window->model()->leeway(), qint64(60));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("valid"));
}

void TestMainWindow::publishedTemplates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("vector");
    QTest::addColumn<QString>("token");
    QTest::newRow("jwt.io HS256 example")
            << QStringLiteral("jwt-io") << QStringLiteral("jwt.io-default-HS256") << QString();
    QTest::newRow("lesson user-id, secret 'secret'")
            << QStringLiteral("lesson-user-id") << QStringLiteral("product-docs-HS256-secret")
            << QString();
    QTest::newRow("lesson loggedInAs, secret 'secretkey'")
            << QStringLiteral("lesson-logged-in-as") << QString()
            << QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJsb2dnZWRJbkFzIjoiYWRtaW4iLC"
                              "JpYXQiOjE0MjI3Nzk2Mzh9.gzSraSYS8EXBxLN_oWnFSRgCzcmJmMjLiuyu5CSpyHI");
}

void TestMainWindow::publishedTemplates()
{
    QFETCH(QString, id);
    QFETCH(QString, vector);
    QFETCH(QString, token);
    if (token.isEmpty())
        token = manifestCase(vector).value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("template_") + id);
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), token);
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
}

void TestMainWindow::algorithmTemplatesVerify_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedBadge");
    for (Algorithm alg : Algorithms::all()) {
        const QString name = Algorithms::name(alg);
        QTest::newRow(qPrintable(name))
                << QStringLiteral("alg-") + name << QStringLiteral("Signature verified");
    }
    QTest::newRow("none") << QStringLiteral("alg-none")
                          << QStringLiteral("Unsecured (alg: none) — never trusted");
    QTest::newRow("OAuth access token (RFC 9068)")
            << QStringLiteral("oauth-access-token") << QStringLiteral("Signature verified");
    QTest::newRow("OpenID Connect ID token")
            << QStringLiteral("oidc-id-token") << QStringLiteral("Signature verified");
}

void TestMainWindow::algorithmTemplatesVerify()
{
    QFETCH(QString, id);
    QFETCH(QString, expectedBadge);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("template_") + id);
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(badge(), expectedBadge);
    if (id.startsWith(QLatin1String("alg-")) && id != QLatin1String("alg-none")) {
        const QString name = id.mid(4);
        QVERIFY(edit("headerEdit")
                        ->toPlainText()
                        .contains(QLatin1Char('"') + name + QLatin1Char('"')));
        if (!name.startsWith(QLatin1String("HS"))) {
            // The fresh key is shown in the key editor.
            QVERIFY(edit("keyEdit")->isVisible());
            QVERIFY(edit("keyEdit")->toPlainText().startsWith(QLatin1String("-----BEGIN")));
        }
    }
    if (id == QLatin1String("oauth-access-token")) {
        QVERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"at+jwt\"")));
        for (const char *claim : {"iss", "sub", "aud", "exp", "iat", "jti", "client_id", "scope"})
            QVERIFY2(edit("payloadEdit")
                             ->toPlainText()
                             .contains(QLatin1Char('"') + QLatin1String(claim) + QLatin1Char('"')),
                     claim);
    }
}

void TestMainWindow::timeButtonsEditPayloadInPlace()
{
    m_window->findChild<QAction *>(QStringLiteral("template_jwt-io"))->trigger();
    QTRY_VERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("John Doe")));
    const qint64 now = 1700000000;
    m_window->model()->setFixedClock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp1h")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"exp\": 1700003600")));
    // Appended after the last member, order kept.
    const QString payload = edit("payloadEdit")->toPlainText();
    QVERIFY(payload.indexOf(QLatin1String("\"iat\"")) < payload.indexOf(QLatin1String("\"exp\"")));
    QVERIFY(payload.indexOf(QLatin1String("\"sub\"")) < payload.indexOf(QLatin1String("\"name\"")));

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setIatNow")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"iat\": 1700000000")));
    QVERIFY(!m_window->model()->payloadText().contains(QLatin1String("1516239022")));

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp5m")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"exp\": 1700000300")));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp1d")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("\"exp\": 1700086400")));
    QCOMPARE(m_window->model()->payloadText().count(QLatin1String("\"exp\"")), 1);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))
                         ->property("timeStatus")
                         .toString(),
                 QStringLiteral("valid"));
}

void TestMainWindow::undoAfterRerender()
{
    QPlainTextEdit *header = edit("headerEdit");
    const QString original = header->toPlainText();
    header->setFocus();
    QTextCursor cursor = header->textCursor();
    cursor.setPosition(original.indexOf(QLatin1String("\"typ\"")));
    header->setTextCursor(cursor);
    QTest::keyClicks(header, QStringLiteral("\"kid\": \"k1\", "));
    QTRY_VERIFY(m_window->model()->headerText().contains(QLatin1String("\"kid\": \"k1\"")));
    const QString typed = header->toPlainText();

    // The model re-renders the pane the user is typing in (alg rewritten in place).
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("algorithmCombo"));
    QVERIFY(combo);
    m_window->model()->setAlgorithm(Algorithm::HS384);
    QTRY_VERIFY(header->toPlainText().contains(QLatin1String("\"HS384\"")));
    QTRY_COMPARE(combo->currentText(), QStringLiteral("HS384"));
    QVERIFY(header->toPlainText().contains(QLatin1String("\"kid\": \"k1\"")));

    // Ctrl+Z undoes the re-render, then the user's own typing.
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(header->toPlainText(), typed);
    QTRY_VERIFY(m_window->model()->headerText().contains(QLatin1String("\"HS256\"")));
    QTest::keyClick(header, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(header->toPlainText(), original);
    QTRY_COMPARE(m_window->model()->headerText(), original);
    // Back to the original bytes and signature.
    QTRY_COMPARE(m_window->model()->token(), readFile(QStringLiteral(":/sample.jwt")).trimmed());
}

void TestMainWindow::undoAfterTimeButton()
{
    QPlainTextEdit *payload = edit("payloadEdit");
    const QString original = payload->toPlainText();
    m_window->model()->setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("setExp5m")),
                      Qt::LeftButton);
    QTRY_VERIFY(payload->toPlainText().contains(QLatin1String("1700000300")));
    payload->setFocus();
    QTest::keyClick(payload, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(payload->toPlainText(), original);
    QTRY_COMPARE(m_window->model()->payloadText(), original);
}

void TestMainWindow::badInputIsExplainedInPlace_data()
{
    QTest::addColumn<QString>("pane");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::newRow("garbage token") << QStringLiteral("tokenEdit") << QStringLiteral("not a token!")
                                   << QStringLiteral("tokenError");
    QTest::newRow("bad base64url in the token")
            << QStringLiteral("tokenEdit") << QStringLiteral("eyJhbGciOiJub25lIn0.e$$.x")
            << QStringLiteral("tokenError");
    QTest::newRow("payload is not JSON")
            << QStringLiteral("payloadEdit") << QStringLiteral("{\"sub\": 1,, }")
            << QStringLiteral("payloadError");
    QTest::newRow("header is not JSON")
            << QStringLiteral("headerEdit") << QStringLiteral("{\"alg\"")
            << QStringLiteral("headerError");
}

void TestMainWindow::badInputIsExplainedInPlace()
{
    QFETCH(QString, pane);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QPlainTextEdit *editor = m_window->findChild<QPlainTextEdit *>(pane);
    QVERIFY(editor);
    replaceAll(editor, text);
    auto *label = m_window->findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QCOMPARE(label->accessibleDescription(), label->text());
    // What the user typed is kept.
    QCOMPARE(editor->toPlainText(), text);
    // The other panes keep working: the header still edits.
    if (pane != QLatin1String("headerEdit")) {
        replaceAll(edit("headerEdit"), QStringLiteral("{\"alg\":\"HS512\"}"));
        QTRY_COMPARE(m_window->model()->algorithm(), std::optional<Algorithm>(Algorithm::HS512));
    }
}

void TestMainWindow::truncatedPemIsExplained()
{
    m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    QString pem = edit("keyEdit")->toPlainText();
    pem.truncate(pem.size() / 2);
    // Pasted (keyClicks cannot type line breaks).
    edit("keyEdit")->setFocus();
    edit("keyEdit")->selectAll();
    edit("keyEdit")->insertPlainText(pem);
    auto *keyError = m_window->findChild<QLabel *>(QStringLiteral("keyError"));
    QTRY_VERIFY(keyError->isVisible());
    QVERIFY(!keyError->text().isEmpty());
    QCOMPARE(edit("keyEdit")->toPlainText(), pem);
    QTRY_VERIFY(badge() != QStringLiteral("Signature verified"));
}

void TestMainWindow::algorithmSelectorRewritesHeader()
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("algorithmCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), Algorithms::all().size() + 1);
    combo->setFocus();
    const int index = combo->findText(QStringLiteral("HS512"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"HS512\"")));
    auto *formula = m_window->findChild<QLabel *>(QStringLiteral("signingFormula"));
    QTRY_COMPARE(formula->text(), Algorithms::signingFormula(Algorithm::HS512));
    // Re-signed with the sample secret (re-sign on edit is on).
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with your key"));
}

void TestMainWindow::signButtonSignsWithKey()
{
    m_window->model()->setResignOnEdit(false);
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"sub\":\"bob\"}"));
    QTRY_COMPARE(badge(), QStringLiteral("Edited — not re-signed"));
    auto *sign = m_window->findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(sign && sign->isEnabled());
    QTest::mouseClick(sign, Qt::LeftButton);
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with your key"));
}

void TestMainWindow::badgeChangesDoNotMoveControls()
{
    // Typing re-signs ("Signed here with your …", two lines) and undoing gives the
    // template's own signature back ("Signature verified with …", one line): the controls
    // under the reason stay where they are.
    m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    auto *sign = m_window->findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(sign);
    QCoreApplication::processEvents();
    const QRect before = sign->geometry();
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTextCursor cursor = payload->textCursor();
    cursor.setPosition(int(payload->toPlainText().indexOf(QLatin1String("\": \"")) + 4));
    payload->setTextCursor(cursor);
    QTest::keyClick(payload, Qt::Key_X);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Resigned);
    QCoreApplication::processEvents();
    QCOMPARE(sign->geometry(), before);
    QTest::keyClick(payload, Qt::Key_Backspace);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    QCoreApplication::processEvents();
    QCOMPARE(sign->geometry(), before);
}

void TestMainWindow::hoverAndCursorHighlightPanes()
{
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    QTest::keyClick(payload, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(payload, Qt::Key_Down);
    auto *payloadPane = m_window->findChild<QWidget *>(QStringLiteral("payloadPane"));
    QTRY_VERIFY(payloadPane->property("highlighted").toBool());

    QPlainTextEdit *token = edit("tokenEdit");
    token->setFocus();
    QTest::keyClick(token, Qt::Key_Home, Qt::ControlModifier);
    auto *headerPane = m_window->findChild<QWidget *>(QStringLiteral("headerPane"));
    QTRY_VERIFY(headerPane->property("highlighted").toBool());
    QVERIFY(!payloadPane->property("highlighted").toBool());

    // Hovering the signature segment highlights the signature pane.
    const QString text = token->toPlainText();
    QTextCursor cursor(token->document());
    cursor.setPosition(text.lastIndexOf(QLatin1Char('.')) + 3);
    const QPoint point = token->cursorRect(cursor).center();
    QTest::mouseMove(token->viewport(), point);
    auto *signaturePane = m_window->findChild<QWidget *>(QStringLiteral("signaturePane"));
    QTRY_VERIFY(signaturePane->property("highlighted").toBool());
}

void TestMainWindow::learnPanelHighlightRequest()
{
    // The Learn dock (F3) is made when first shown.
    QVERIFY(!m_window->findChild<LearnPanel *>(QStringLiteral("learnPanel")));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTRY_VERIFY(m_window->findChild<LearnPanel *>(QStringLiteral("learnPanel")));
    auto *panel = m_window->findChild<LearnPanel *>(QStringLiteral("learnPanel"));
    QTRY_VERIFY(panel->isVisible());
    emit panel->highlightRequested(TokenPart::Payload);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("payloadPane"))
                        ->property("highlighted")
                        .toBool());
    emit panel->highlightRequested(TokenPart::Header);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("headerPane"))
                        ->property("highlighted")
                        .toBool());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("payloadPane"))
                     ->property("highlighted")
                     .toBool());
}

void TestMainWindow::claimsTableToggle()
{
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("claimsTable"));
    QVERIFY(table);
    QVERIFY(!table->isVisible());
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("claimsTableToggle")),
                      Qt::LeftButton);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), m_window->model()->claims().size());
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    QVERIFY2(names.contains(QLatin1String("exp")) && names.contains(QLatin1String("iss")),
             qPrintable(names.join(QLatin1Char(','))));

    // Hidden, it is not kept up to date; shown again, it shows the claims of the moment.
    auto *toggle = m_window->findChild<QToolButton *>(QStringLiteral("claimsTableToggle"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(!table->isVisible());
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"sub\":\"x\",\"jti\":\"j1\"}"));
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->claims().size(), 2);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("jti"));
}

void TestMainWindow::claimValueCopiedFromContextMenu()
{
    replaceAll(edit("payloadEdit"),
               QStringLiteral("{\"sub\":\"a \\\"quoted\\\" \\u00e9\",\"exp\":4102444800}"));
    m_window->flushEdits();
    auto *view = m_window->findChild<QWidget *>(QStringLiteral("claimsView"));
    QVERIFY(view);
    const QString sub = QStringLiteral("a \"quoted\" \u00e9");
    QLabel *value = nullptr;
    QTRY_VERIFY((value = [&]() -> QLabel * {
        for (QLabel *label : view->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == sub)
                return label;
        }
        return nullptr;
    }()));
    QCOMPARE(value->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(value->actions().size(), 1);
    QGuiApplication::clipboard()->clear();
    value->actions().first()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), sub); // unescaped, without the quotes
}

void TestMainWindow::languageChangeRetranslates()
{
    auto *badgeLabel = m_window->findChild<QLabel *>(QStringLiteral("verificationBadge"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("JWT Lens"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("[ko] JWT Lens"));
    QTRY_COMPARE(badgeLabel->text(), QStringLiteral("[ko] Signature verified"));
    QCOMPARE(edit("payloadEdit")->accessibleName(), QStringLiteral("[ko] Payload"));
    QCOMPARE(edit("tokenEdit")->accessibleName(), QStringLiteral("[ko] Encoded token"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("JWT Lens"));
    QTRY_COMPARE(badgeLabel->text(), QStringLiteral("Signature verified"));

    // The menu offers the three choices.
    for (const char *name : {"languageSystem", "languageEnglish", "languageKorean"})
        QVERIFY(m_window->findChild<QAction *>(QLatin1String(name)));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("languageKorean"))->text(),
             QStringLiteral("한국어"));
}

void TestMainWindow::accessibleNames()
{
    QCOMPARE(edit("tokenEdit")->accessibleName(), QStringLiteral("Encoded token"));
    QCOMPARE(edit("headerEdit")->accessibleName(), QStringLiteral("Header"));
    QCOMPARE(edit("payloadEdit")->accessibleName(), QStringLiteral("Payload"));
    QCOMPARE(edit("keyEdit")->accessibleName(), QStringLiteral("Key"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->accessibleName(),
             QStringLiteral("Secret"));
    QCOMPARE(m_window->findChild<QDateTimeEdit *>(QStringLiteral("fixedClock"))->accessibleName(),
             QStringLiteral("Clock"));
    auto *badgeLabel = m_window->findChild<QLabel *>(QStringLiteral("verificationBadge"));
    QVERIFY(badgeLabel->accessibleName().isEmpty());
    QVERIFY(badgeLabel->accessibleDescription().startsWith(QLatin1String("Signature verified")));
    // Every action has a shortcut.
    const QList<QAction *> actions = m_window->actions();
    QVERIFY(actions.size() > 15);
    for (QAction *action : actions) {
        if (action->objectName().startsWith(QLatin1String("language")))
            continue;
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
    }
}

void TestMainWindow::darkPaletteIsFollowed()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    QTRY_COMPARE(edit("payloadEdit")->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    const QImage shot = m_window->grab().toImage();
    QApplication::setPalette(light);
    if (const QByteArray dir = qgetenv("JWTLENS_SHOT_DIR"); !dir.isEmpty())
        shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/dark.png"));

    // The editors are dark, and the token's coloured characters stand out from them.
    QPlainTextEdit *token = edit("tokenEdit");
    const QPoint corner = token->viewport()->mapTo(
            m_window.get(),
            QPoint(token->viewport()->width() - 4, token->viewport()->height() - 4));
    QVERIFY(QColor(shot.pixel(corner)).lightness() < 80);
    const QRect firstLine = token->cursorRect(QTextCursor(token->document()));
    int brightest = 0;
    for (int x = 0; x < 200; ++x) {
        const QPoint p
                = token->viewport()->mapTo(m_window.get(), QPoint(x + 2, firstLine.center().y()));
        brightest = qMax(brightest, QColor(shot.pixel(p)).lightness());
    }
    QVERIFY2(brightest > 120, qPrintable(QString::number(brightest)));
}

void TestMainWindow::openFileLoadsTokenOrKey()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.3-ES256-spki"));
    QTemporaryDir dir;
    const QString tokenPath = dir.filePath(QStringLiteral("token.jwt"));
    QFile tokenFile(tokenPath);
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(vector.value(QLatin1String("token")).toString().toLatin1() + "\n");
    tokenFile.close();
    QVERIFY(m_window->openFile(tokenPath));
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("ES256")));
    QVERIFY(m_window->openFile(QStringLiteral(JWTLENS_TESTDATA "/vectors/")
                               + vector.value(QLatin1String("key_file")).toString()));
    QTRY_VERIFY(edit("keyEdit")->toPlainText().startsWith(QLatin1String("-----BEGIN PUBLIC KEY")));
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    QVERIFY(!m_window->openFile(dir.filePath(QStringLiteral("missing.jwt"))));
}

void TestMainWindow::dropTextLoadsToken()
{
    const QString token = manifestCase(QStringLiteral("product-docs-HS256-secret"))
                                  .value(QLatin1String("token"))
                                  .toString();
    auto *mime = new QMimeData;
    mime->setText(QStringLiteral("Bearer ") + token);
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("user-id")));
    delete mime;
}

void TestMainWindow::invalidUtf8FileIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.jwt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A header that is not UTF-8 once decoded, and raw bytes that are not UTF-8 either.
    file.write(QByteArray("\xff\xfe")
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
               + ".e30.\xc3\x28sig");
    file.close();
    QVERIFY(m_window->openFile(path));
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("tokenError"))->isVisible()
                || m_window->findChild<QLabel *>(QStringLiteral("headerError"))->isVisible());
    QVERIFY(!edit("tokenEdit")->toPlainText().isEmpty());
}

void TestMainWindow::millisecondsAreFlagged()
{
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"exp\":1700000000000}"));
    QTRY_VERIFY(!m_window->model()->claims().isEmpty()
                && m_window->model()->claims().first().raw == "1700000000000");
    QVERIFY(m_window->model()->claims().first().looksLikeMilliseconds);
    auto *view = m_window->findChild<QWidget *>(QStringLiteral("claimsView"));
    const auto flagged = [view] {
        const QList<QLabel *> labels = view->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("milliseconds"));
        });
    };
    QTRY_VERIFY(flagged());
}

void TestMainWindow::keyPairDialogGenerates()
{
    m_window->findChild<QAction *>(QStringLiteral("keyPairAction"))->trigger();
    QTRY_VERIFY(m_window->findChild<KeyPairDialog *>());
    auto *dialog = m_window->findChild<KeyPairDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isGenerating() && !dialog->privateKeyText().isEmpty(), 30000);
    QVERIFY(dialog->privateKeyText().startsWith(QLatin1String("-----BEGIN PRIVATE KEY")));
    QVERIFY(dialog->publicKeyText().startsWith(QLatin1String("-----BEGIN PUBLIC KEY")));
    // "Use in Window" puts the private key in the key editor and signs with it on request.
    QSignalSpy generated(dialog, &KeyPairDialog::generated);
    dialog->setAlgorithm(Algorithm::ES256);
    dialog->generate();
    QVERIFY(dialog->privateKeyText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 30000);
    QVERIFY(!dialog->privateKeyText().isEmpty());
    auto *use = dialog->findChild<QPushButton *>(QStringLiteral("useKeyButton"));
    QVERIFY(use && use->isEnabled());
    const QString pem = dialog->privateKeyText();
    QTest::mouseClick(use, Qt::LeftButton);
    QTRY_COMPARE(edit("keyEdit")->toPlainText(), pem);
    QTRY_COMPARE(m_window->model()->algorithm(), std::optional<Algorithm>(Algorithm::ES256));
    m_window->findChild<QAction *>(QStringLiteral("signAction"))->trigger();
    QVERIFY2(!m_window->model()->signatureError().isError(),
             qPrintable(m_window->model()->signatureError().message));
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with your key"));
}

void TestMainWindow::screenshotOptionWritesPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("window.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JWTLENS_BINDIR "/jwtlens-gui"),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--now"),
                   QStringLiteral("1800000000")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
