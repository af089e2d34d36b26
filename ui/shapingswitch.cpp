// SPDX-License-Identifier: MIT
#include "shapingswitch.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace {

/// Above this, a deletion does not rescan the whole text to find out whether shaping can be
/// turned off again: it stays on until the text is replaced (a keystroke must stay cheap).
constexpr int RescanLimit = 64 * 1024;

/// Whether @p u may look different without OpenType shaping (a UTF-16 code unit: a
/// surrogate, that is emoji and the supplementary planes, counts as needing it).
bool needsShaping(char16_t u)
{
    if ((u >= 0x20 && u < 0x7f) || u == u'\t')
        return false;
    if (QChar::isMark(u))
        return true; // combining marks of every script
    // Characters drawn one glyph each: Latin, Greek, Cyrillic, Armenian, punctuation,
    // symbols, CJK, kana, Hangul syllables, compatibility and full-width forms.
    static constexpr std::pair<char16_t, char16_t> plain[] = {
            {0x00A0, 0x058F}, {0x1D00, 0x1FFF}, {0x2000, 0x200B}, {0x2010, 0x2027},
            {0x202F, 0x205F}, {0x2070, 0x2BFF}, {0x2E80, 0x9FFF}, {0xAC00, 0xD7A3},
            {0xE000, 0xFAFF}, {0xFB00, 0xFB17}, {0xFF00, 0xFFEF},
    };
    for (const auto &[low, high] : plain) {
        if (u >= low && u <= high)
            return false;
    }
    return true;
}

bool needsShaping(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return needsShaping(c.unicode()); });
}

/// Whether any character in [@p from, @p to) of @p document needs shaping.
bool needsShaping(const QTextDocument *document, int from, int to)
{
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        const QString text = block.text();
        const int start = qMax(0, from - block.position());
        const int end = qMin(int(text.size()), to - block.position());
        if (start < end && needsShaping(QStringView(text).mid(start, end - start)))
            return true;
    }
    return false;
}

} // namespace

ShapingSwitch::ShapingSwitch(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor->document(), &QTextDocument::contentsChange, this,
            &ShapingSwitch::onContentsChange);
    const QTextDocument *document = editor->document();
    m_off = !needsShaping(document, 0, document->characterCount());
    applyFont();
}

ShapingSwitch *ShapingSwitch::install(QPlainTextEdit *editor)
{
    return new ShapingSwitch(editor);
}

void ShapingSwitch::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    const QTextDocument *document = m_editor->document();
    bool off = m_off;
    if (m_off) {
        off = charsAdded == 0 || !needsShaping(document, from, from + charsAdded);
    } else if (charsRemoved > 0 || from == 0) {
        const int length = document->characterCount();
        if (length <= RescanLimit || charsAdded >= length - 1)
            off = !needsShaping(document, 0, length);
    }
    if (off == m_off)
        return;
    m_off = off;
    // Not while the document is still reporting its edit: a font change lays it out anew.
    // The queued call runs before the repaint the edit asked for.
    QMetaObject::invokeMethod(this, &ShapingSwitch::applyFont, Qt::QueuedConnection);
}

void ShapingSwitch::applyFont()
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
