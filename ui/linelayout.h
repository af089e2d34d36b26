// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextDocumentLayout>

class QPlainTextEdit;

/// A QPlainTextDocumentLayout that repaints only the line an edit changed. Qt's own does so
/// only when the line's layout survived the edit, and a syntax highlighter discards it (new
/// formats), so with highlighting every keystroke repainted the whole editor.
class LineUpdateLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT
public:
    explicit LineUpdateLayout(QTextDocument *document);

    /// Gives @p editor a new, empty document laid out by a LineUpdateLayout (before anything
    /// else, such as a highlighter, is attached to its document).
    static void install(QPlainTextEdit *editor);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    int m_blockCount = 0;
};
