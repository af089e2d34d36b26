// SPDX-License-Identifier: MIT
// The Header and Payload panes in the window: edits, member tooltips, long and one-line
// JSON, painting and shaping, undo.
#include "crackpanel.h"
#include "keypairdialog.h"
#include "learnpanel.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "startup.h"
#include "tokenmodel.h"
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

class TestJsonPane : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void memberNameTooltips();
    void payloadEditUpdatesTokenAndBadge_data();
    void payloadEditUpdatesTokenAndBadge();
    void headerEditUpdatesToken();
    void longOneLineJsonPasteIsPrettyPrinted();
    void hugePayloadShownInPart();
    void longLineWrapsAnywhere();
    void editedPanesPaintLikeFreshOnes();
    void shapingFollowsTheText();
    void keystrokeRepaintsItsLine();
    void undoAfterRerender();
};

void TestJsonPane::memberNameTooltips()
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

void TestJsonPane::payloadEditUpdatesTokenAndBadge_data()
{
    QTest::addColumn<bool>("resign");
    QTest::addColumn<QString>("expectedBadge");
    // The sample's own (public) secret signs it, and the badge says whose key that is.
    QTest::newRow("re-sign on edit") << true << QStringLiteral("Re-signed with the sample secret");
    QTest::newRow("keep the old signature") << false << QStringLiteral("Edited — not re-signed");
}

void TestJsonPane::payloadEditUpdatesTokenAndBadge()
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

void TestJsonPane::headerEditUpdatesToken()
{
    replaceAll(edit("headerEdit"), QStringLiteral("{\"alg\":\"HS256\",\"kid\":\"k1\"}"));
    QTRY_COMPARE(segment(edit("tokenEdit")->toPlainText(), 0),
                 b64(QByteArrayLiteral("{\"alg\":\"HS256\",\"kid\":\"k1\"}")));
    // The payload segment kept its bytes.
    const QString sample = readFile(QStringLiteral(":/sample.jwt")).trimmed();
    QCOMPARE(segment(m_window->model()->token(), 1), segment(sample, 1));
}

void TestJsonPane::longOneLineJsonPasteIsPrettyPrinted()
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

void TestJsonPane::hugePayloadShownInPart()
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

void TestJsonPane::longLineWrapsAnywhere()
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

/// The editors keep shaped glyphs between paints (a keystroke repaints all of an editor):
/// after a burst of edits they must paint exactly what a fresh window paints.
void TestJsonPane::editedPanesPaintLikeFreshOnes()
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

/// Highlighting gives the edited line new formats; still, a keystroke repaints that line,
/// not the whole pane.
void TestJsonPane::shapingFollowsTheText()
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

void TestJsonPane::keystrokeRepaintsItsLine()
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

void TestJsonPane::undoAfterRerender()
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

QTEST_MAIN(TestJsonPane)
#include "tst_jsonpane.moc"
