// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QPlainTextEdit>

#include <optional>

class TokenHighlighter;

/// The encoded token: editable, colour-coded by part, wrapping anywhere. Reports the part
/// under the mouse and under the cursor so that the window can highlight its pane, and
/// shows a highlighted part (the reverse direction) as a tinted background.
class TokenEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit TokenEditor(QWidget *parent = nullptr);
    ~TokenEditor() override;

    /// Where the parts are (document positions; the model's token() is the document text).
    void setSegments(const QList<TokenModel::SegmentRange> &segments, qsizetype errorOffset);
    /// Replaces the text when it differs, as one undoable step, keeping the cursor.
    void setTokenText(const QString &text);
    /// Both at once, colouring the token once: the edit colours the changed line with the
    /// new ranges, so a keystroke does not lay the whole token out twice.
    void setTokenText(const QString &text, const QList<TokenModel::SegmentRange> &segments,
                      qsizetype errorOffset);

    std::optional<TokenPart> partAt(int position) const;
    std::optional<TokenPart> hoveredPart() const { return m_hovered; }
    std::optional<TokenPart> cursorPart() const;

    /// Tints the characters of @p part (none: std::nullopt).
    void setHighlightedPart(std::optional<TokenPart> part);
    std::optional<TokenPart> highlightedPart() const { return m_highlighted; }

signals:
    void hoveredPartChanged();
    void cursorPartChanged();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setHovered(std::optional<TokenPart> part);
    void updateExtraSelections();

    TokenHighlighter *m_highlighter = nullptr;
    QList<TokenModel::SegmentRange> m_segments;
    std::optional<TokenPart> m_hovered;
    std::optional<TokenPart> m_highlighted;
    std::optional<TokenPart> m_lastCursorPart;
};
