// SPDX-License-Identifier: MIT
// ExcerptEditor, the base of the editors that show a long text in part, and the limits and
// marks of the three editors built on it.
#include "excerpteditor.h"
#include "jsonpane.h"
#include "keyeditor.h"
#include "tokeneditor.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

namespace {

/// An editor with small limits that records Ctrl+V in its excerpt.
class SmallEditor : public ExcerptEditor
{
public:
    SmallEditor()
        : ExcerptEditor({10, 4, " …"}, nullptr)
    { }
    /// Shows @p text as the editors built on the base do.
    void show(const QString &text) { setPlainText(takeText(text)); }
    QStringList pastes; ///< the clipboard's text at each Ctrl+V in the excerpt

protected:
    void pasteIntoExcerpt() override { pastes.append(clipboardText().value_or(QString())); }
};

} // namespace

class TestExcerptEditor : public QObject
{
    Q_OBJECT

private slots:
    void longTextIsShownInPart_data();
    void longTextIsShownInPart();
    void pasteInTheExcerptIsTheEditors();
    void pasteInAnOrdinaryTextIsAnEdit();
    void editorsKeepTheirLimits();
};

void TestExcerptEditor::longTextIsShownInPart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("short") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("at the threshold")
            << QStringLiteral("0123456789") << QStringLiteral("0123456789");
    QTest::newRow("over it") << QStringLiteral("0123456789x") << QStringLiteral("0123 …");
}

void TestExcerptEditor::longTextIsShownInPart()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    SmallEditor editor;
    editor.show(text);
    const bool excerpt = shown != text;
    QCOMPARE(editor.toPlainText(), shown);
    QCOMPARE(editor.isExcerpt(), excerpt);
    QCOMPARE(editor.isReadOnly(), excerpt);
    QCOMPARE(editor.fullText(), text);
    // Back to a short text: editable again.
    editor.show(QStringLiteral("short"));
    QVERIFY(!editor.isExcerpt());
    QVERIFY(!editor.isReadOnly());
    QCOMPARE(editor.fullText(), QStringLiteral("short"));
}

void TestExcerptEditor::pasteInTheExcerptIsTheEditors()
{
    SmallEditor editor;
    editor.show(QStringLiteral("a text longer than ten"));
    QGuiApplication::clipboard()->setText(QStringLiteral("pasted"));
    // The window's Paste shortcut does not take Ctrl+V from the excerpt...
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_V, Qt::ControlModifier);
    override.ignore();
    QCoreApplication::sendEvent(&editor, &override);
    QVERIFY(override.isAccepted());
    // ...which hands it to the editor, not into the read-only text.
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.pastes, QStringList {QStringLiteral("pasted")});
    QCOMPARE(editor.fullText(), QStringLiteral("a text longer than ten"));
    // Other keys do nothing to it.
    QTest::keyClick(&editor, Qt::Key_X);
    QCOMPARE(editor.toPlainText(), QStringLiteral("a te …"));
}

void TestExcerptEditor::pasteInAnOrdinaryTextIsAnEdit()
{
    SmallEditor editor;
    editor.show(QStringLiteral("abc"));
    QGuiApplication::clipboard()->setText(QStringLiteral("de"));
    QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_V, Qt::ControlModifier);
    override.ignore();
    QCoreApplication::sendEvent(&editor, &override);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(editor.pastes.isEmpty());
    QCOMPARE(editor.toPlainText(), QStringLiteral("abcde"));
}

void TestExcerptEditor::editorsKeepTheirLimits()
{
    // The token: over 64 KiB, its first 16 Ki characters and " …".
    TokenEditor token;
    const QString longToken(TokenEditor::ExcerptThreshold + 1, u'A');
    token.setTokenText(longToken, {}, -1);
    QVERIFY(token.isExcerpt());
    QCOMPARE(token.toPlainText(), longToken.left(16 * 1024) + QStringLiteral(" …"));
    QCOMPARE(token.tokenText(), longToken);
    token.setTokenText(QString(64 * 1024, u'A'), {}, -1);
    QVERIFY(!token.isExcerpt());

    // A key text: over 256 KiB, its first 16 Ki characters and a line with "…".
    KeyEditor key;
    const QString longKey(KeyEditor::ExcerptThreshold + 1, u'k');
    QSignalSpy keyChanged(&key, &QPlainTextEdit::textChanged);
    key.setKeyText(longKey);
    QCOMPARE(keyChanged.size(), 0); // the model's text, not an edit
    QCOMPARE(key.toPlainText(), longKey.left(16 * 1024) + QStringLiteral("\n…"));
    QCOMPARE(key.keyText(), longKey);
    key.setKeyText(QString(256 * 1024, u'k'));
    QVERIFY(!key.isExcerpt());

    // A pane's JSON: over 512 KiB, its first 128 Ki characters and a line with "…".
    JsonPane pane(TokenPart::Payload);
    const QString longJson = QStringLiteral("\"") + QString(JsonPane::ExcerptThreshold, u'j')
            + QStringLiteral("\"");
    pane.setText(longJson);
    QVERIFY(pane.isExcerpt());
    QCOMPARE(pane.editor()->toPlainText(), longJson.left(128 * 1024) + QStringLiteral("\n…"));
    QVERIFY(pane.editor()->isReadOnly());
    QCOMPARE(pane.text(), longJson);
    pane.setText(QStringLiteral("{}"));
    QVERIFY(!pane.isExcerpt());
    QCOMPARE(pane.text(), QStringLiteral("{}"));
}

QTEST_MAIN(TestExcerptEditor)
#include "tst_excerpteditor.moc"
