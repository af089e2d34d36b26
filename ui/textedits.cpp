// SPDX-License-Identifier: MIT
#include "textedits.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace TextEdits {

bool replaceText(QPlainTextEdit *editor, const QString &text)
{
    const QString old = editor->toPlainText();
    if (old == text)
        return false;
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix)) {
        ++suffix;
    }
    // Do not split a surrogate pair.
    if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
        --prefix;
    if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
        --suffix;

    const qsizetype replaced = text.size() - prefix - suffix;
    if (replaced > LargeReplacement) {
        // Inserting a quarter of a megabyte through a cursor costs seconds; setPlainText()
        // takes milliseconds. The undo history does not survive such a change.
        resetText(editor, text);
        return true;
    }
    const QSignalBlocker blocker(editor);
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
    return true;
}

void resetText(QPlainTextEdit *editor, const QString &text)
{
    const QSignalBlocker blocker(editor);
    const int position = editor->textCursor().position();
    editor->document()->setPlainText(text);
    QTextCursor restored(editor->document());
    restored.setPosition(qMin(position, editor->document()->characterCount() - 1));
    editor->setTextCursor(restored);
}

QString textWithPaste(const QPlainTextEdit *editor, const QString &pasted)
{
    const QTextCursor selection = editor->textCursor();
    QString text = editor->toPlainText();
    text.replace(selection.selectionStart(), selection.selectionEnd() - selection.selectionStart(),
                 pasted);
    return text;
}

void pasteText(QPlainTextEdit *editor, const QString &pasted)
{
    const int start = editor->textCursor().selectionStart();
    replaceText(editor, textWithPaste(editor, pasted));
    QTextCursor after(editor->document());
    after.setPosition(
            int(qMin(start + pasted.size(), qsizetype(editor->document()->characterCount() - 1))));
    editor->setTextCursor(after);
    emit editor->textChanged(); // replaceText() reports model changes silently
}

bool isExcerptPaste(const QPlainTextEdit *editor, QEvent *event)
{
    if (!editor->isReadOnly() || event->type() != QEvent::ShortcutOverride
        || !static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste))
        return false;
    event->accept();
    return true;
}

void applyUserEdit(QPlainTextEdit *editor, qsizetype start, qsizetype length,
                   const QString &replacement)
{
    QTextCursor cursor(editor->document());
    const int last = editor->document()->characterCount() - 1;
    cursor.beginEditBlock();
    cursor.setPosition(int(qBound(qsizetype(0), start, qsizetype(last))));
    cursor.setPosition(int(qBound(qsizetype(0), start + length, qsizetype(last))),
                       QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    cursor.endEditBlock();
}

} // namespace TextEdits
