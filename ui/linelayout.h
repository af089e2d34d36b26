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

    /// A line longer than this is wrapped anywhere, not at word boundaries: Qt looks for a
    /// word boundary to the end of the line for every visual line, so a 128 KiB line without
    /// spaces took a second to lay out.
    static constexpr int LongLine = 8 * 1024;

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    /// Switches to WrapAnywhere when the change made a long line, and back when the last
    /// one is gone; true when it did (the document was laid out anew).
    bool adaptWrapping(int from, int charsRemoved, int charsAdded);

    int m_blockCount = 0;
    bool m_wrapForced = false; ///< WrapAnywhere set here because of a long line
};
