// SPDX-License-Identifier: MIT
#pragma once

#include "excerpteditor.h"

/// The key editor of the signature pane. Keys are a few kilobytes; a text over
/// ExcerptThreshold (a file or a paste that is not a key) is shown as its first
/// ExcerptLength characters, read-only (ExcerptEditor). keyText() is always all of it, and
/// Ctrl+V in the excerpt replaces it.
class KeyEditor : public ExcerptEditor
{
    Q_OBJECT
public:
    static constexpr qsizetype ExcerptThreshold = 256 * 1024;
    static constexpr qsizetype ExcerptLength = 16 * 1024;

    explicit KeyEditor(QWidget *parent = nullptr);

    /// The whole text: the editor's, or all of what its excerpt is the start of.
    QString keyText() const { return fullText(); }
    /// Shows @p text (an excerpt when long), signals blocked: it comes from the model.
    void setKeyText(const QString &text);

protected:
    void pasteIntoExcerpt() override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    /// The user's edit that makes the text @p text.
    void replaceByUser(const QString &text);
};
