// SPDX-License-Identifier: MIT
#include "asciishaping.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

namespace {

/// Above this, a deletion does not rescan the whole text to find out whether it is ASCII
/// again: shaping stays on until the text is replaced (a keystroke must stay cheap).
constexpr int RescanLimit = 64 * 1024;

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != QLatin1Char('\t')))
            return false;
    }
    return true;
}

/// Whether the characters in [@p from, @p to) of @p document are ASCII.
bool isAscii(const QTextDocument *document, int from, int to)
{
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        const QString text = block.text();
        const int start = qMax(0, from - block.position());
        const int end = qMin(int(text.size()), to - block.position());
        if (start < end && !isAscii(QStringView(text).mid(start, end - start)))
            return false;
    }
    return true;
}

} // namespace

AsciiShaping::AsciiShaping(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor->document(), &QTextDocument::contentsChange, this,
            &AsciiShaping::onContentsChange);
    const QTextDocument *document = editor->document();
    m_off = isAscii(document, 0, document->characterCount());
    applyFont();
}

AsciiShaping *AsciiShaping::install(QPlainTextEdit *editor)
{
    return new AsciiShaping(editor);
}

void AsciiShaping::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    const QTextDocument *document = m_editor->document();
    bool off = m_off;
    if (m_off) {
        off = charsAdded == 0 || isAscii(document, from, from + charsAdded);
    } else if (charsRemoved > 0 || from == 0) {
        const int length = document->characterCount();
        if (length <= RescanLimit || charsAdded >= length - 1)
            off = isAscii(document, 0, length);
    }
    if (off == m_off)
        return;
    m_off = off;
    // Not while the document is still reporting its edit: a font change lays it out anew.
    // The queued call runs before the repaint the edit asked for.
    QMetaObject::invokeMethod(this, &AsciiShaping::applyFont, Qt::QueuedConnection);
}

void AsciiShaping::applyFont()
{
    QFont font = m_editor->font();
    const auto strategy = int(font.styleStrategy());
    const int wanted
            = m_off ? strategy | QFont::PreferNoShaping : strategy & ~QFont::PreferNoShaping;
    if (wanted == strategy)
        return;
    font.setStyleStrategy(QFont::StyleStrategy(wanted));
    m_editor->setFont(font);
}
