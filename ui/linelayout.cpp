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

void LineUpdateLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
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
