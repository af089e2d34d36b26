// SPDX-License-Identifier: MIT
#include "linelayout.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

LineUpdateLayout::LineUpdateLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
    , m_blockCount(document->blockCount())
{ }

void LineUpdateLayout::install(QPlainTextEdit *editor)
{
    auto *document = new QTextDocument(editor);
    document->setDefaultFont(editor->document()->defaultFont());
    document->setDocumentMargin(editor->document()->documentMargin());
    document->setDocumentLayout(new LineUpdateLayout(document));
    editor->setDocument(document);
}

bool LineUpdateLayout::adaptWrapping(int from, int charsRemoved, int charsAdded)
{
    QTextDocument *doc = document();
    QTextOption option = doc->defaultTextOption();
    if (option.wrapMode() == QTextOption::WrapAtWordBoundaryOrAnywhere) {
        // Before anything is laid out: the lines the change touched.
        bool longLine = false;
        for (QTextBlock block = doc->findBlock(from);
             block.isValid() && block.position() <= from + charsAdded && !longLine;
             block = block.next()) {
            longLine = block.length() > LongLine;
        }
        if (!longLine)
            return false;
        m_wrapForced = true;
        option.setWrapMode(QTextOption::WrapAnywhere);
    } else if (m_wrapForced && option.wrapMode() == QTextOption::WrapAnywhere && charsRemoved > 0) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.length() > LongLine)
                return false;
        }
        m_wrapForced = false;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    } else {
        return false;
    }
    // This lays the whole document out anew, through documentChanged() again.
    doc->setDefaultTextOption(option);
    return true;
}

void LineUpdateLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    if (adaptWrapping(from, charsRemoved, charsAdded))
        return; // the change is part of the new layout of everything
    QTextDocument *doc = document();
    const int blockCount = doc->blockCount();
    const QTextBlock block = doc->findBlock(from);
    // One line changed, no line added or removed, and its layout discarded (that is the case
    // Qt's layout repaints everything for): lay it out again, and if it keeps its height,
    // only it needs repainting. Anything else goes to Qt's layout as before.
    if (blockCount == m_blockCount && block.isValid() && block.length() > 0
        && block == doc->findBlock(qMax(0, from + charsAdded - 1)) && block.isVisible()
        && block.layout() && block.layout()->lineCount() == 0 && block.lineCount() > 0) {
        const int linesBefore = block.lineCount();
        blockBoundingRect(block); // lays the line out again
        if (block.layout()->lineCount() == linesBefore) {
            emit updateBlock(block);
            return;
        }
    }
    m_blockCount = blockCount;
    QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
}
