// SPDX-License-Identifier: MIT
// The first five minutes of a new user (issue 13): the first paste, the sample's secret,
// the badge and the fields agreeing however their text got there (the accessibility
// interface included), undo that stays within one token.
#include "windowtest.h"

#include "excerpteditor.h"
#include "signaturepane.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleEditableTextInterface>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>
#include <QTest>

#include <cmath>

using namespace WindowTest;

namespace {

/// The token of a JWT lesson: HS256 with the secret "secret".
const QString lesson = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyLWlkIjo1fQ."
                                      "tBQu0HfnOYK7lL3tH5ImgsI-y4Jz1RKscJWbV3U2QMI");

/// @p json without its whitespace (none of these texts has any inside a string).
QString compacted(QString json)
{
    return json.remove(QRegularExpression(QStringLiteral("\\s")));
}

/// How an assistive tool changes a text: the three calls of the accessibility interface.
enum class Way {
    SetValue, ///< QAccessibleInterface::setText(QAccessible::Value, …)
    Replace, ///< QAccessibleEditableTextInterface::replaceText over all of it
    DeleteInsert, ///< deleteText, then insertText
};

void setThroughAccessibility(QWidget *widget, const QString &text, Way way)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    QVERIFY(iface);
    const int length = iface->text(QAccessible::Value).size();
    if (way == Way::SetValue) {
        iface->setText(QAccessible::Value, text);
        return;
    }
    QAccessibleEditableTextInterface *editable = iface->editableTextInterface();
    QVERIFY(editable);
    if (way == Way::Replace) {
        editable->replaceText(0, length, text);
    } else {
        editable->deleteText(0, length);
        editable->insertText(0, text);
    }
}

/// WCAG 2 contrast ratio, computed here rather than taken from the window's code.
qreal contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto lin = [](qreal v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const qreal la = luminance(a.toRgb());
    const qreal lb = luminance(b.toRgb());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

Q_DECLARE_METATYPE(Way)

class TestFirstMinutes : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void newcomerPastesTheirToken();
    void pasteIntoTokenReplacesIt_data();
    void pasteIntoTokenReplacesIt();
    void pasteOfASegmentStaysAnEdit();
    void sampleSecretGoesWithAnotherToken();
    void sampleSecretIsNamedWhenResigning();
    void usersOwnKeyStays();
    void secretFieldFollowedHoweverSet_data();
    void secretFieldFollowedHoweverSet();
    void editorsFollowedThroughAccessibility_data();
    void editorsFollowedThroughAccessibility();
    void algorithmBoxFollowedHoweverChanged();
    void readOnlyFieldsRefuseAccessibleEdits_data();
    void readOnlyFieldsRefuseAccessibleEdits();
    void undoStaysWithinOneToken_data();
    void undoStaysWithinOneToken();
    void secondaryTextReads_data();
    void secondaryTextReads();
    void statusTextsFollowTokenAndLanguage();
    void expiredSaidOnce();
    void accessibleNames();
    void everyTabStopNamedAndOnScreen_data();
    void everyTabStopNamedAndOnScreen();
    void garbageNamesThePart();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    QLineEdit *secretEdit() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    }
    void pasteAtEnd(QPlainTextEdit *editor, const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    }
};

void TestFirstMinutes::newcomerPastesTheirToken()
{
    const QString samplePayload = m_window->model()->payloadText();
    QPlainTextEdit *token = edit("tokenEdit");
    pasteAtEnd(token, lesson);
    QTRY_COMPARE(token->toPlainText(), lesson);
    QCOMPARE(m_window->model()->token(), lesson);
    QCOMPARE(compacted(edit("headerEdit")->toPlainText()),
             QStringLiteral(R"({"typ":"JWT","alg":"HS256"})"));
    QCOMPARE(compacted(edit("payloadEdit")->toPlainText()), QStringLiteral(R"({"user-id":5})"));
    QTRY_COMPARE(badge(), QStringLiteral("Not verified: no key"));
    QVERIFY(secretEdit()->text().isEmpty());
    // What the status bar said of the sample is not said of this token.
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("Sample")));

    setThroughAccessibility(secretEdit(), QStringLiteral("secret"), Way::SetValue);
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    setThroughAccessibility(secretEdit(), QStringLiteral("wrong"), Way::SetValue);
    QTRY_COMPARE(badge(), QStringLiteral("Invalid signature"));

    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(payload, Qt::Key_Z, Qt::ControlModifier);
        m_window->flushEdits();
        QCOMPARE(payload->toPlainText(), m_window->model()->payloadText());
        QVERIFY(payload->toPlainText() != samplePayload);
        QCOMPARE(m_window->model()->token(), lesson);
    }
}

void TestFirstMinutes::pasteIntoTokenReplacesIt_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<int>("caret"); ///< where in the sample (-1: the end)
    QTest::newRow("at the end") << lesson << -1;
    QTest::newRow("at the start") << lesson << 0;
    QTest::newRow("in the payload, with Bearer and a newline")
            << QStringLiteral("Bearer ") + lesson + u'\n' << 40;
}

void TestFirstMinutes::pasteIntoTokenReplacesIt()
{
    QFETCH(QString, pasted);
    QFETCH(int, caret);
    QPlainTextEdit *token = edit("tokenEdit");
    QGuiApplication::clipboard()->setText(pasted);
    token->setFocus();
    QTextCursor cursor = token->textCursor();
    cursor.setPosition(caret < 0 ? token->document()->characterCount() - 1 : caret);
    token->setTextCursor(cursor);
    QTest::keyClick(token, Qt::Key_V, Qt::ControlModifier);
    // The pasted text alone ("Bearer " is tolerated as everywhere).
    QTRY_COMPARE(m_window->model()->token(), pasted.trimmed());
    QCOMPARE(token->toPlainText(), pasted.trimmed());
    QVERIFY(!m_window->model()->tokenError().isError());
    QCOMPARE(m_window->model()->payloadText(), QStringLiteral("{\n  \"user-id\": 5\n}"));
}

void TestFirstMinutes::pasteOfASegmentStaysAnEdit()
{
    // Pasting a part (here a new signature over the selected one) is an ordinary edit.
    QPlainTextEdit *token = edit("tokenEdit");
    const QString sample = token->toPlainText();
    const qsizetype dot = sample.lastIndexOf(u'.');
    QGuiApplication::clipboard()->setText(segment(lesson, 2));
    token->setFocus();
    QTextCursor cursor = token->textCursor();
    cursor.setPosition(int(dot + 1));
    cursor.setPosition(int(sample.size()), QTextCursor::KeepAnchor);
    token->setTextCursor(cursor);
    QTest::keyClick(token, Qt::Key_V, Qt::ControlModifier);
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->token(), sample.left(dot + 1) + segment(lesson, 2));
    // Still the sample's header and payload: its secret stays, and says the signature is wrong.
    QVERIFY(!secretEdit()->text().isEmpty());
    QTRY_COMPARE(badge(), QStringLiteral("Invalid signature"));
}

void TestFirstMinutes::sampleSecretGoesWithAnotherToken()
{
    QVERIFY(!secretEdit()->text().isEmpty());
    QCOMPARE(m_window->model()->keyOrigin(), TokenModel::KeyOrigin::Sample);
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    m_window->loadText(lesson);
    QTRY_VERIFY(secretEdit()->text().isEmpty());
    QVERIFY(m_window->model()->keyText().isEmpty());
    QTRY_COMPARE(badge(), QStringLiteral("Not verified: no key"));
    auto *reason = m_window->findChild<QLabel *>(QStringLiteral("verifyReason"));
    QVERIFY(reason);
    QVERIFY2(reason->text().contains(QLatin1String("sample")), qPrintable(reason->text()));

    // Re-sign on edit (on) has no key to sign the user's token with.
    QVERIFY(m_window->model()->resignOnEdit());
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"user-id\":6}"));
    m_window->flushEdits();
    QTRY_COMPARE(segment(m_window->model()->token(), 1), b64(R"({"user-id":6})"));
    QCOMPARE(segment(m_window->model()->token(), 2), segment(lesson, 2));
    QVERIFY(!badge().startsWith(QLatin1String("Re-signed")));
    QVERIFY(!m_window->model()->isSignedHere());
}

void TestFirstMinutes::sampleSecretIsNamedWhenResigning()
{
    // Editing the sample itself re-signs it with its own secret, named as such.
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"sub\":\"me\"}"));
    m_window->flushEdits();
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with the sample secret"));
    auto *reason = m_window->findChild<QLabel *>(QStringLiteral("verifyReason"));
    QVERIFY2(reason->text().contains(QLatin1String("sample")), qPrintable(reason->text()));
    // The token made from the sample keeps the sample's secret when it is typed on.
    QPlainTextEdit *token = edit("tokenEdit");
    token->setFocus();
    token->moveCursor(QTextCursor::End);
    QTest::keyClick(token, Qt::Key_A);
    m_window->flushEdits();
    QTRY_COMPARE(badge(), QStringLiteral("Invalid signature"));
    QVERIFY(!secretEdit()->text().isEmpty());
}

void TestFirstMinutes::usersOwnKeyStays()
{
    QLineEdit *secret = secretEdit();
    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("secret"));
    QTRY_COMPARE(m_window->model()->keyText(), QStringLiteral("secret"));
    QCOMPARE(m_window->model()->keyOrigin(), TokenModel::KeyOrigin::User);
    pasteAtEnd(edit("tokenEdit"), lesson);
    QTRY_COMPARE(m_window->model()->token(), lesson);
    QCOMPARE(secret->text(), QStringLiteral("secret"));
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    // The user's key re-signs the user's token, and says so.
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"user-id\":6}"));
    m_window->flushEdits();
    QTRY_COMPARE(badge(), QStringLiteral("Re-signed with your key"));
}

void TestFirstMinutes::secretFieldFollowedHoweverSet_data()
{
    QTest::addColumn<int>("way"); ///< a Way, or -1 for QLineEdit::setText, -2 the clear button
    QTest::newRow("accessible value") << int(Way::SetValue);
    QTest::newRow("accessible replaceText") << int(Way::Replace);
    QTest::newRow("accessible deleteText and insertText") << int(Way::DeleteInsert);
    QTest::newRow("setText") << -1;
}

void TestFirstMinutes::secretFieldFollowedHoweverSet()
{
    QFETCH(int, way);
    m_window->loadText(lesson);
    QLineEdit *secret = secretEdit();
    const auto set = [&](const QString &text) {
        if (way == -1)
            secret->setText(text);
        else
            setThroughAccessibility(secret, text, Way(way));
    };
    set(QStringLiteral("secret"));
    QTRY_COMPARE(m_window->model()->keyText(), QStringLiteral("secret"));
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    set(QStringLiteral("wrong"));
    QTRY_COMPARE(m_window->model()->keyText(), QStringLiteral("wrong"));
    QTRY_COMPARE(badge(), QStringLiteral("Invalid signature"));
    // As base64 ("c2VjcmV0" is "secret"), the box ticked in code.
    set(QStringLiteral("c2VjcmV0"));
    m_window->findChild<QCheckBox *>(QStringLiteral("secretBase64"))->setChecked(true);
    QTRY_COMPARE(m_window->model()->keyInput(), TokenModel::KeyInput::SecretBase64);
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
}

void TestFirstMinutes::editorsFollowedThroughAccessibility_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<int>("way");
    for (const char *name : {"tokenEdit", "headerEdit", "payloadEdit"}) {
        QTest::addRow("%s, value", name) << QString::fromLatin1(name) << int(Way::SetValue);
        QTest::addRow("%s, replaceText", name) << QString::fromLatin1(name) << int(Way::Replace);
    }
}

void TestFirstMinutes::editorsFollowedThroughAccessibility()
{
    QFETCH(QString, editor);
    QFETCH(int, way);
    auto *widget = m_window->findChild<QPlainTextEdit *>(editor);
    QVERIFY(widget);
    QString text = lesson;
    if (editor == QLatin1String("headerEdit"))
        text = QStringLiteral("{\"alg\":\"HS384\"}");
    else if (editor == QLatin1String("payloadEdit"))
        text = QStringLiteral("{\"user-id\":7}");
    setThroughAccessibility(widget, text, Way(way));
    m_window->flushEdits();
    if (editor == QLatin1String("tokenEdit"))
        QTRY_COMPARE(m_window->model()->token(), lesson);
    else if (editor == QLatin1String("headerEdit"))
        QTRY_COMPARE(m_window->model()->algorithm(), std::optional<Algorithm>(Algorithm::HS384));
    else
        QTRY_COMPARE(segment(m_window->model()->token(), 1), b64(R"({"user-id":7})"));
}

void TestFirstMinutes::algorithmBoxFollowedHoweverChanged()
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("algorithmCombo"));
    QVERIFY(combo);
    // In code, without activated().
    combo->setCurrentIndex(combo->findText(QStringLiteral("HS384")));
    QTRY_COMPARE(m_window->model()->algorithm(), std::optional<Algorithm>(Algorithm::HS384));
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"HS384\"")));
    // From the keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_COMPARE(m_window->model()->algorithm(), std::optional<Algorithm>(Algorithm::HS512));
    QCOMPARE(combo->currentText(), QStringLiteral("HS512"));
}

void TestFirstMinutes::readOnlyFieldsRefuseAccessibleEdits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("way");
    QTest::newRow("signature, value") << QStringLiteral("signatureText") << int(Way::SetValue);
    QTest::newRow("signature, replaceText") << QStringLiteral("signatureText") << int(Way::Replace);
    QTest::newRow("token excerpt, replaceText") << QStringLiteral("tokenEdit") << int(Way::Replace);
    QTest::newRow("token excerpt, deleteText and insertText")
            << QStringLiteral("tokenEdit") << int(Way::DeleteInsert);
    QTest::newRow("payload excerpt, replaceText")
            << QStringLiteral("payloadEdit") << int(Way::Replace);
}

void TestFirstMinutes::readOnlyFieldsRefuseAccessibleEdits()
{
    QFETCH(QString, field);
    QFETCH(int, way);
    if (field == QLatin1String("tokenEdit")) {
        m_window->loadText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
                           + b64(longPayload(100 * 1024, 'a')) + QStringLiteral(".c2ln"));
    } else if (field == QLatin1String("payloadEdit")) {
        m_window->loadText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.")
                           + b64(longPayload(600 * 1024, 'b')) + QStringLiteral(".c2ln"));
    }
    QTRY_VERIFY(!m_window->isDecoding());
    auto *widget = m_window->findChild<QWidget *>(field);
    QVERIFY(widget);
    if (auto *excerpt = qobject_cast<ExcerptEditor *>(widget))
        QVERIFY(excerpt->isExcerpt() && excerpt->isReadOnly());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    const QString shown = iface->text(QAccessible::Value);
    const QString token = m_window->model()->token();
    setThroughAccessibility(widget, QStringLiteral("replaced"), Way(way));
    m_window->flushEdits();
    QTRY_COMPARE(iface->text(QAccessible::Value), shown);
    QCOMPARE(m_window->model()->token(), token);
}

void TestFirstMinutes::undoStaysWithinOneToken_data()
{
    QTest::addColumn<QString>("load");
    QTest::newRow("paste into the token") << QStringLiteral("paste");
    QTest::newRow("Paste action") << QStringLiteral("action");
    QTest::newRow("template") << QStringLiteral("template");
}

void TestFirstMinutes::undoStaysWithinOneToken()
{
    QFETCH(QString, load);
    // Some editing of the sample first, so that every pane has something to undo.
    replaceAll(edit("payloadEdit"), QStringLiteral("{\"sub\":\"edited\"}"));
    m_window->flushEdits();
    QTRY_VERIFY(m_window->model()->payloadText().contains(QLatin1String("edited")));
    if (load == QLatin1String("paste")) {
        pasteAtEnd(edit("tokenEdit"), lesson);
    } else if (load == QLatin1String("action")) {
        QGuiApplication::clipboard()->setText(lesson);
        m_window->findChild<QAction *>(QStringLiteral("pasteAction"))->trigger();
    } else {
        m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    }
    m_window->flushEdits();
    const QString token = m_window->model()->token();
    QTRY_VERIFY(!token.contains(segment(readFile(QStringLiteral(":/sample.jwt")), 1)));
    for (const char *name : {"payloadEdit", "headerEdit", "tokenEdit"}) {
        QPlainTextEdit *editor = edit(name);
        QVERIFY2(!editor->document()->isUndoAvailable(), name);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        m_window->flushEdits();
        QCOMPARE(m_window->model()->token(), token);
    }
    // Edits of the new token are undone as before, down to the token as it came.
    QPlainTextEdit *payload = edit("payloadEdit");
    payload->setFocus();
    payload->moveCursor(QTextCursor::End);
    QTest::keyClick(payload, Qt::Key_Space);
    QTest::keyClicks(payload, QStringLiteral("x"));
    m_window->flushEdits();
    QTRY_VERIFY(m_window->model()->payloadError().isError());
    QTest::keyClick(payload, Qt::Key_Z, Qt::ControlModifier);
    m_window->flushEdits();
    QTRY_VERIFY(!m_window->model()->payloadError().isError());
    QCOMPARE(m_window->model()->token(), token);
}

void TestFirstMinutes::secondaryTextReads_data()
{
    QTest::addColumn<QPalette>("palette");
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QTest::newRow("light (Fusion)") << fusion->standardPalette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QTest::newRow("dark") << dark;
}

void TestFirstMinutes::secondaryTextReads()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    // The privacy line, the key's description ("HMAC secret (…)"), a claim's meaning.
    QStringList checked;
    const auto check = [&](QLabel *label) {
        QVERIFY(label);
        QVERIFY2(label->isEnabled(), qPrintable(label->text()));
        const QPalette p = label->palette();
        const qreal ratio = contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2:1").arg(label->text()).arg(ratio)));
        checked << label->text();
    };
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("keyDescription"))->isVisible());
    check(m_window->findChild<QLabel *>(QStringLiteral("tokenHint")));
    check(m_window->findChild<QLabel *>(QStringLiteral("keyDescription")));
    bool meaning = false;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == QLatin1String("Expiration time")) {
            check(label);
            meaning = true;
        }
    }
    QApplication::setPalette(before);
    QVERIFY2(meaning, qPrintable(checked.join(u'|')));
}

void TestFirstMinutes::statusTextsFollowTokenAndLanguage()
{
    QStatusBar *status = m_window->statusBar();
    QVERIFY(status->currentMessage().startsWith(QLatin1String("Sample token")));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_VERIFY2(status->currentMessage().startsWith(QLatin1String("[ko] Sample token")),
                 qPrintable(status->currentMessage()));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_VERIFY(status->currentMessage().startsWith(QLatin1String("Sample token")));
    // A template is another token: nothing is said of the sample any more.
    m_window->findChild<QAction *>(QStringLiteral("template_alg-RS256"))->trigger();
    QVERIFY2(!status->currentMessage().contains(QLatin1String("Sample")),
             qPrintable(status->currentMessage()));
}

void TestFirstMinutes::expiredSaidOnce()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"));
    m_window->loadText(vector.value(QLatin1String("token")).toString());
    m_window->model()->setFixedClock(
            QDateTime::fromSecsSinceEpoch(1300819380 + 3 * 365 * 86400, Qt::UTC));
    QLabel *status = nullptr;
    QTRY_VERIFY((status = m_window->findChild<QLabel *>(QStringLiteral("claimStatus_exp"))));
    QTRY_COMPARE(status->property("timeStatus").toString(), QStringLiteral("expired"));
    QVERIFY2(status->text().startsWith(QLatin1String("expired ")), qPrintable(status->text()));
    QCOMPARE(status->text().count(QLatin1String("expired")), 1);
}

void TestFirstMinutes::accessibleNames()
{
    auto *scroll = m_window->findChild<QWidget *>(QStringLiteral("claimsScroll"));
    QVERIFY(scroll);
    QCOMPARE(QAccessible::queryAccessibleInterface(scroll)->text(QAccessible::Name),
             QStringLiteral("Claims"));
    QList<QToolButton *> clear = secretEdit()->findChildren<QToolButton *>();
    QVERIFY(!clear.isEmpty());
    for (QToolButton *button : clear) {
        QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name),
                 QStringLiteral("Clear the secret"));
    }
}

void TestFirstMinutes::everyTabStopNamedAndOnScreen_data()
{
    QTest::addColumn<bool>("docks");
    QTest::newRow("panes only") << false;
    QTest::newRow("Explain and Learn open") << true;
}

/// Walks the Tab order as a keyboard user does: every stop is inside the window and has a
/// name an assistive tool can read (from its label, never its value or a zero-width space).
void TestFirstMinutes::everyTabStopNamedAndOnScreen()
{
    QFETCH(bool, docks);
    if (docks) {
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->show();
        QCoreApplication::processEvents();
    }
    QStringList problems;
    QSet<QWidget *> seen;
    for (QWidget *w = m_window->nextInFocusChain(); w != m_window.get() && !seen.contains(w);
         w = w->nextInFocusChain()) {
        seen.insert(w);
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->window() != m_window.get())
            continue;
        const QString what = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                + w->objectName();
        // A spin box takes focus in its line edit; assistive tools see the spin box.
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            w = spin;
        // Inside a scroll area a stop below the fold is scrolled to when it takes focus.
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && !scrolled; p = p->parentWidget())
            scrolled = qobject_cast<QScrollArea *>(p) != nullptr;
        const QRect place(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
        if (!scrolled && !m_window->rect().intersects(place))
            problems << what
                            + QStringLiteral(": off screen at %1,%2").arg(place.x()).arg(place.y());
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QString name = iface->text(QAccessible::Name);
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // On Linux Qt reports a combo box's value as its name and its label through the
            // "labelled by" relation, which is what screen readers read there.
            name = combo->accessibleName();
            const auto labels = iface->relations(QAccessible::Label);
            if (labels.isEmpty())
                problems << what + QStringLiteral(": no label relation");
        }
        if (name.trimmed().isEmpty())
            problems << what + QStringLiteral(": no accessible name");
        if (name.contains(QChar(0x200B)))
            problems << what + QStringLiteral(": zero-width space in its name");
    }
    QVERIFY2(seen.size() > 10, "the focus chain is too short to be the window's");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestFirstMinutes::garbageNamesThePart()
{
    replaceAll(edit("tokenEdit"), QStringLiteral("not a token!"));
    m_window->flushEdits();
    auto *headerError = m_window->findChild<QLabel *>(QStringLiteral("headerError"));
    QVERIFY(headerError);
    QTRY_VERIFY(headerError->isVisible());
    QVERIFY2(headerError->text().startsWith(QLatin1String("Header: not base64url")),
             qPrintable(headerError->text()));
    auto *tokenError = m_window->findChild<QLabel *>(QStringLiteral("tokenError"));
    QVERIFY(tokenError->isVisible());
}

void TestFirstMinutes::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--no-such-option")};
    QTest::newRow("option without its value") << QStringList {QStringLiteral("--secret")};
    QTest::newRow("--now not a number")
            << QStringList {QStringLiteral("--now"), QStringLiteral("soon")};
}

void TestFirstMinutes::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JWTLENS_BINDIR "/jwtlens-gui"), arguments);
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("jwtlens-gui: "));
}

QTEST_MAIN(TestFirstMinutes)
#include "tst_firstminutes.moc"
