// SPDX-License-Identifier: MIT
#pragma once

#include "excerpteditor.h"
#include "tokenmodel.h"

#include <optional>

class TokenHighlighter;

/// The encoded token: editable, colour-coded by part, wrapping anywhere. Reports the part
/// under the mouse and under the cursor so that the window can highlight its pane, and
/// shows a highlighted part (the reverse direction) as a tinted background. A long token is
/// shown in part (ExcerptEditor); Ctrl+V there asks the window to load the clipboard.
class TokenEditor : public ExcerptEditor
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

    /// A token longer than this is shown in part, read-only: Qt lays a line of a megabyte
    /// out for a quarter of a second on every change. The model keeps all of it.
    static constexpr qsizetype ExcerptThreshold = 64 * 1024;
    static constexpr qsizetype ExcerptLength = 16 * 1024;
    /// The full token when isExcerpt(), else the editor's text.
    QString tokenText() const { return fullText(); }

    std::optional<TokenPart> partAt(int position) const;
    std::optional<TokenPart> hoveredPart() const { return m_hovered; }
    std::optional<TokenPart> cursorPart() const;

    /// Tints the characters of @p part (none: std::nullopt).
    void setHighlightedPart(std::optional<TokenPart> part);
    std::optional<TokenPart> highlightedPart() const { return m_highlighted; }

signals:
    void hoveredPartChanged();
    void cursorPartChanged();
    /// A paste or drop would make the token longer than ExcerptThreshold: it is not put into
    /// the document; @p text is the whole token the edit makes, for the model.
    void longTokenEdited(const QString &text);
    /// Ctrl+V in the read-only excerpt: the window loads the clipboard.
    void pasteRequested();
    /// A whole token pasted or dropped beside other text (PastedText::replacesToken()): it
    /// is not put into the document; the window loads @p text as a new token. So is text
    /// that holds tokens (a curl command, a log: PastedText::holdsTokens()), which the window
    /// searches.
    void tokenPasted(const QString &text);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void pasteIntoExcerpt() override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void setHovered(std::optional<TokenPart> part);
    void updateExtraSelections();

    TokenHighlighter *m_highlighter = nullptr;
    QList<TokenModel::SegmentRange> m_segments;
    std::optional<TokenPart> m_hovered;
    std::optional<TokenPart> m_highlighted;
    std::optional<TokenPart> m_lastCursorPart;
};
