// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

/// JSON syntax colours from Json::spans, line by line (JSON strings cannot span lines), and
/// the error spot underlined with a red wave. Huge documents are only partly coloured so
/// that a megabyte of JSON never freezes the window: lines longer than MaxLineLength and
/// lines after MaxLines stay plain (the error underline is always drawn).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    static constexpr int MaxLineLength = 4096;
    static constexpr int MaxLines = 2000;
    /// Up to this many characters the editor keeps the shaped glyphs of its lines.
    static constexpr int CachedGlyphsLength = 128 * 1024;

    explicit JsonHighlighter(QTextDocument *document);

    /// Colours for this palette (call again when the palette changes).
    void setPalette(const QPalette &palette);
    /// Position in the document of the error to underline, -1 for none.
    void setErrorOffset(qsizetype offset);
    qsizetype errorOffset() const { return m_errorOffset; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void rehighlightAt(qsizetype offset);

    QTextCharFormat m_punctuation;
    QTextCharFormat m_memberName;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_error;
    QColor m_errorColor;
    qsizetype m_errorOffset = -1;
};
