// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QEvent;
class QPlainTextEdit;

/// Model-driven changes to an editor that keep the user's undo stack and cursor.
namespace TextEdits {

/// A replacement longer than this resets the document (see replaceText()).
constexpr qsizetype LargeReplacement = 256 * 1024;

/// Makes @p editor show @p text: nothing happens when it already does; otherwise only the
/// differing middle is replaced, as one undoable edit block, with the editor's signals
/// blocked (the change comes from the model, not from the user). A replacement of more
/// than 256 KiB resets the document instead (and with it the undo history): inserting that
/// much through a cursor would freeze the window. Returns whether the text changed.
bool replaceText(QPlainTextEdit *editor, const QString &text);

/// Makes @p editor show @p text at once, without undo history (for read-only excerpts of
/// long texts, where inserting through a cursor costs tens of milliseconds), signals
/// blocked, the cursor kept where it was when possible.
void resetText(QPlainTextEdit *editor, const QString &text);

/// @p editor's whole text as it would be with @p pasted in place of its selection.
QString textWithPaste(const QPlainTextEdit *editor, const QString &pasted);

/// Puts @p pasted in place of @p editor's selection as replaceText() does (a paste of
/// megabytes resets the document: inserting that through a cursor freezes the window), with
/// the cursor after it and textChanged emitted, since it is the user's edit.
void pasteText(QPlainTextEdit *editor, const QString &pasted);

/// For an editor's event(): in a read-only excerpt Ctrl+V is the editor's own (it replaces
/// the whole text; nothing else can be selected there), not the window's "paste a token".
/// True when @p event was that shortcut override, now accepted.
bool isExcerptPaste(const QPlainTextEdit *editor, QEvent *event);

/// Replaces [@p start, @p start + @p length) with @p replacement as one undoable step that
/// the editor reports like a user edit (textChanged is emitted).
void applyUserEdit(QPlainTextEdit *editor, qsizetype start, qsizetype length,
                   const QString &replacement);

} // namespace TextEdits
