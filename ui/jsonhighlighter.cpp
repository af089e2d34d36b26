// SPDX-License-Identifier: MIT
#include "jsonhighlighter.h"

#include "json.h"
#include "partcolors.h"

#include <QTextBlock>
#include <QTextLayout>
#include <QTextDocument>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = PartColors::isDark(palette);
    m_punctuation = {};
    m_punctuation.setForeground(palette.color(QPalette::PlaceholderText));
    m_memberName = {};
    m_memberName.setForeground(dark ? QColor(0x7c, 0xc4, 0xff) : QColor(0x0b, 0x4f, 0x9c));
    m_string = {};
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0x7f) : QColor(0x2b, 0x6e, 0x1e));
    m_number = {};
    m_number.setForeground(dark ? QColor(0xff, 0xb8, 0x6c) : QColor(0xa3, 0x4a, 0x00));
    m_keyword = {};
    m_keyword.setForeground(dark ? QColor(0xe0, 0x9c, 0xff) : QColor(0x7a, 0x1f, 0xa2));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_errorColor = PartColors::status(PartColors::Status::Bad, palette);
    m_error = {};
    m_error.setForeground(m_errorColor);
    rehighlight();
}

void JsonHighlighter::setErrorOffset(qsizetype offset)
{
    if (offset == m_errorOffset)
        return;
    const qsizetype old = m_errorOffset;
    m_errorOffset = offset;
    rehighlightAt(old);
    rehighlightAt(offset);
}

void JsonHighlighter::rehighlightAt(qsizetype offset)
{
    if (offset < 0 || !document())
        return;
    QTextBlock block = document()->findBlock(int(qMin<qsizetype>(offset, INT_MAX)));
    if (!block.isValid())
        block = document()->lastBlock();
    if (block.isValid())
        rehighlightBlock(block);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    QList<Json::Span> spans;
    if (text.size() <= MaxLineLength && block.blockNumber() < MaxLines) {
        // Keep the shaped glyphs after layout: otherwise every repaint (each keystroke
        // repaints the whole editor) shapes every visible line again.
        // (Not on big texts: the glyphs of every line scrolled through would stay in memory.)
        if (block.layout() && document()->characterCount() <= CachedGlyphsLength)
            block.layout()->setCacheEnabled(true);
        spans = Json::spans(text);
        for (const Json::Span &span : std::as_const(spans)) {
            const QTextCharFormat *format = &m_punctuation;
            switch (span.kind) {
            case Json::SpanKind::Punctuation:
                break;
            case Json::SpanKind::MemberName:
                format = &m_memberName;
                break;
            case Json::SpanKind::String:
                format = &m_string;
                break;
            case Json::SpanKind::Number:
                format = &m_number;
                break;
            case Json::SpanKind::Keyword:
                format = &m_keyword;
                break;
            case Json::SpanKind::Error:
                format = &m_error;
                break;
            }
            setFormat(int(span.offset), int(span.length), *format);
        }
    }

    if (m_errorOffset < 0 || text.isEmpty())
        return;
    const qsizetype start = block.position();
    qsizetype local = m_errorOffset - start;
    // The line separator belongs to the block: an error there marks the last character.
    if (local < 0 || local > text.size())
        return;
    if (local == text.size())
        local = text.size() - 1;
    qsizetype length = 1;
    for (const Json::Span &span : std::as_const(spans)) {
        if (span.offset <= local && local < span.offset + span.length) {
            length = span.offset + span.length - local;
            break;
        }
    }
    length = qMin<qsizetype>(length, 200);
    for (qsizetype i = local; i < local + length && i < text.size(); ++i) {
        QTextCharFormat f = format(int(i));
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(m_errorColor);
        setFormat(int(i), 1, f);
    }
}
