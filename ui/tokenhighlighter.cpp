// SPDX-License-Identifier: MIT
#include "tokenhighlighter.h"

#include "partcolors.h"

#include <QTextBlock>
#include <QTextLayout>
#include <QTextDocument>

TokenHighlighter::TokenHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void TokenHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rehighlight();
}

void TokenHighlighter::setSegments(const QList<TokenModel::SegmentRange> &segments,
                                   qsizetype errorOffset)
{
    if (updateSegments(segments, errorOffset))
        rehighlight();
}

bool TokenHighlighter::updateSegments(const QList<TokenModel::SegmentRange> &segments,
                                      qsizetype errorOffset)
{
    if (errorOffset == m_errorOffset && segments.size() == m_segments.size()) {
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            same = segments[i].part == m_segments[i].part
                    && segments[i].start == m_segments[i].start
                    && segments[i].length == m_segments[i].length;
        }
        if (same)
            return false;
    }
    const bool wasColoured = !m_segments.isEmpty() && document()
            && document()->characterCount() <= MaxColouredLength;
    m_segments = segments;
    m_errorOffset = errorOffset;
    return wasColoured || (document() && document()->characterCount() <= MaxColouredLength);
}

void TokenHighlighter::highlightBlock(const QString &text)
{
    const qsizetype start = currentBlock().position();
    const qsizetype end = start + text.size();
    // Colouring a huge line costs a second layout of it: past MaxColouredLength the token
    // stays plain (the panes still show its parts).
    if (text.isEmpty() || text.size() > MaxColouredLength)
        return;
    // Keep the shaped glyphs after layout: each keystroke repaints the whole token, which
    // would otherwise be shaped again for the paint.
    if (currentBlock().layout())
        currentBlock().layout()->setCacheEnabled(true);

    QTextCharFormat dot;
    dot.setForeground(PartColors::part(TokenPart::Token, m_palette));
    dot.setFontWeight(QFont::Bold);
    if (!m_segments.isEmpty()) {
        // Between the first and the last segment, what is not a segment is a dot.
        const qsizetype first = qMax(start, m_segments.first().start);
        const qsizetype last = qMin(end, m_segments.last().start + m_segments.last().length);
        if (last > first)
            setFormat(int(first - start), int(last - first), dot);
    }
    for (const TokenModel::SegmentRange &segment : std::as_const(m_segments)) {
        const qsizetype from = qMax(start, segment.start);
        const qsizetype to = qMin(end, segment.start + segment.length);
        if (to <= from)
            continue;
        QTextCharFormat format;
        format.setForeground(PartColors::part(segment.part, m_palette));
        setFormat(int(from - start), int(to - from), format);
    }
    if (m_errorOffset >= start && m_errorOffset <= end) {
        const int local = int(qMin(m_errorOffset, end - 1) - start);
        QTextCharFormat f = format(local);
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(PartColors::status(PartColors::Status::Bad, m_palette));
        setFormat(local, 1, f);
    }
}
