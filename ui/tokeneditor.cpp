// SPDX-License-Identifier: MIT
#include "tokeneditor.h"

#include "partcolors.h"
#include "pastedtext.h"
#include "shapingswitch.h"
#include "textedits.h"
#include "tokenhighlighter.h"

#include <QFontDatabase>
#include <QMimeData>
#include <QMouseEvent>
#include <QTextOption>

TokenEditor::TokenEditor(QWidget *parent)
    : ExcerptEditor({ExcerptThreshold, ExcerptLength, " …"}, parent)
    , m_highlighter(new TokenHighlighter(document()))
{
    setWordWrapMode(QTextOption::WrapAnywhere);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.1);
    setFont(mono);
    ShapingSwitch::install(this);
    viewport()->setMouseTracking(true);
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const std::optional<TokenPart> part = cursorPart();
        if (part != m_lastCursorPart) {
            m_lastCursorPart = part;
            emit cursorPartChanged();
        }
    });
}

TokenEditor::~TokenEditor() = default;

void TokenEditor::setSegments(const QList<TokenModel::SegmentRange> &segments,
                              qsizetype errorOffset)
{
    m_segments = segments;
    m_highlighter->setSegments(segments, errorOffset);
    updateExtraSelections();
}

void TokenEditor::setTokenText(const QString &text)
{
    setTokenText(text, m_segments, -1);
}

void TokenEditor::setTokenText(const QString &text, const QList<TokenModel::SegmentRange> &segments,
                               qsizetype errorOffset)
{
    m_segments = segments;
    const bool recolour = m_highlighter->updateSegments(segments, errorOffset);
    const bool edited = TextEdits::replaceText(this, takeText(text));
    // An edit re-highlights only the lines it touched; the ranges of the others may have
    // moved too when the token spans several lines.
    if (recolour && (!edited || document()->blockCount() > 1))
        m_highlighter->rehighlight();
    updateExtraSelections();
}

std::optional<TokenPart> TokenEditor::partAt(int position) const
{
    for (const TokenModel::SegmentRange &segment : m_segments) {
        if (position >= segment.start && position < segment.start + segment.length)
            return segment.part;
    }
    return std::nullopt;
}

std::optional<TokenPart> TokenEditor::cursorPart() const
{
    const int position = textCursor().position();
    std::optional<TokenPart> part = partAt(position);
    // The cursor just after the last character of a segment still belongs to it.
    if (!part && position > 0)
        part = partAt(position - 1);
    return part;
}

void TokenEditor::setHighlightedPart(std::optional<TokenPart> part)
{
    if (part == m_highlighted)
        return;
    m_highlighted = part;
    updateExtraSelections();
}

void TokenEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_highlighted) {
        for (const TokenModel::SegmentRange &segment : std::as_const(m_segments)) {
            if (segment.part != *m_highlighted)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            const int last = document()->characterCount() - 1;
            selection.cursor.setPosition(int(qMin<qsizetype>(segment.start, last)));
            selection.cursor.setPosition(int(qMin<qsizetype>(segment.start + segment.length, last)),
                                         QTextCursor::KeepAnchor);
            selection.format.setBackground(
                    PartColors::tint(PartColors::part(segment.part, palette()), palette(), 0.18));
            selections.append(selection);
        }
    }
    setExtraSelections(selections);
}

void TokenEditor::setHovered(std::optional<TokenPart> part)
{
    if (part == m_hovered)
        return;
    m_hovered = part;
    emit hoveredPartChanged();
}

void TokenEditor::mouseMoveEvent(QMouseEvent *event)
{
    ExcerptEditor::mouseMoveEvent(event);
    const QTextCursor cursor = cursorForPosition(event->position().toPoint());
    std::optional<TokenPart> part = partAt(cursor.position());
    if (!part && cursor.position() > 0)
        part = partAt(cursor.position() - 1);
    setHovered(part);
}

bool TokenEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        setHovered(std::nullopt);
    return ExcerptEditor::viewportEvent(event);
}

void TokenEditor::pasteIntoExcerpt()
{
    emit pasteRequested();
}

void TokenEditor::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText() || isReadOnly()) {
        ExcerptEditor::insertFromMimeData(source);
        return;
    }
    const QString pasted = source->text();
    // The first paste of one's own token into the sample (or any token) is a new token,
    // not the two run together.
    if (PastedText::replacesToken(TextEdits::textWithPaste(this, pasted), pasted)
        || PastedText::holdsTokens(pasted)) {
        emit tokenPasted(pasted);
        return;
    }
    const QTextCursor cursor = textCursor();
    const qsizetype after = document()->characterCount() - 1
            - (cursor.selectionEnd() - cursor.selectionStart()) + pasted.size();
    if (after <= ExcerptThreshold) {
        ExcerptEditor::insertFromMimeData(source);
        return;
    }
    emit longTokenEdited(TextEdits::textWithPaste(this, pasted));
}

void TokenEditor::changeEvent(QEvent *event)
{
    ExcerptEditor::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
    }
}
