// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QString>

#include <optional>

/// A plain-text editor that shows a long text in part: Qt lays a line of a megabyte out again
/// on every keystroke. A text longer than the threshold is shown as its first characters and
/// a mark ("…"), read-only, while fullText() keeps all of it; Ctrl+V in such an excerpt is
/// the editor's own (pasteIntoExcerpt(): the pasted text replaces the whole), not the
/// window's. The limits and what a paste does are each editor's (TokenEditor, KeyEditor,
/// JsonPane's); the window says what is shown (a notice beside the editor).
class ExcerptEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Limits
    {
        qsizetype threshold; ///< a text longer than this is shown as an excerpt
        qsizetype length; ///< the characters an excerpt shows
        const char *mark; ///< what follows them (UTF-8), e.g. "\n…"
    };

    explicit ExcerptEditor(const Limits &limits, QWidget *parent = nullptr);

    /// Whether only the start of a long text is shown (and the editor is read-only).
    bool isExcerpt() const { return m_excerpt; }
    /// The whole text: the editor's, or all of what its excerpt is the start of.
    QString fullText() const;

protected:
    /// Takes @p text as the whole text: decides whether it is shown as an excerpt (read-only
    /// then) and returns what the editor is to show, for the subclass to put in its way.
    QString takeText(const QString &text);
    /// Ctrl+V while an excerpt is shown.
    virtual void pasteIntoExcerpt() = 0;
    /// The clipboard's text, if it holds text.
    static std::optional<QString> clipboardText();

    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Puts the excerpt back when something edited the read-only document all the same
    /// (the accessibility interface edits through a text cursor, past isReadOnly()): the
    /// editor never shows one text while the model holds another.
    void restoreExcerpt();

    const Limits m_limits;
    bool m_excerpt = false;
    bool m_restorePending = false;
    QString m_fullText; ///< the text when m_excerpt
    QString m_shown; ///< what the excerpt shows, when m_excerpt
};
