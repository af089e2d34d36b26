// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

/// Colours the encoded token by part (header, payload, signature, the dots) from the
/// model's segment ranges, and underlines the token error's place. The work per block is a
/// few setFormat() calls whatever the token's length.
class TokenHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    static constexpr int MaxColouredLength = 256 * 1024;

    explicit TokenHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette);
    /// Ranges in document positions; @p errorOffset -1 for none.
    void setSegments(const QList<TokenModel::SegmentRange> &segments, qsizetype errorOffset);
    /// Stores the ranges without colouring the document again; returns whether the
    /// colours change (the caller then re-highlights, or edits the text, which does).
    bool updateSegments(const QList<TokenModel::SegmentRange> &segments, qsizetype errorOffset);

protected:
    void highlightBlock(const QString &text) override;

private:
    QPalette m_palette;
    QList<TokenModel::SegmentRange> m_segments;
    qsizetype m_errorOffset = -1;
};
