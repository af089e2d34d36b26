// SPDX-License-Identifier: MIT
#include "keyeditor.h"

#include "textedits.h"

#include <QMimeData>
#include <QSignalBlocker>

KeyEditor::KeyEditor(QWidget *parent)
    : ExcerptEditor({ExcerptThreshold, ExcerptLength, "\n…"}, parent)
{ }

void KeyEditor::setKeyText(const QString &text)
{
    const QString shown = takeText(text);
    if (toPlainText() != shown) {
        const QSignalBlocker blocker(this);
        setPlainText(shown);
    }
}

void KeyEditor::pasteIntoExcerpt()
{
    if (const std::optional<QString> text = clipboardText())
        replaceByUser(*text);
}

void KeyEditor::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText() || isReadOnly()) {
        ExcerptEditor::insertFromMimeData(source);
        return;
    }
    const QString pasted = source->text();
    if (pasted.size() <= TextEdits::LargeReplacement) {
        ExcerptEditor::insertFromMimeData(source);
        return;
    }
    replaceByUser(TextEdits::textWithPaste(this, pasted));
}

void KeyEditor::replaceByUser(const QString &text)
{
    if (text.size() > ExcerptThreshold) {
        setKeyText(text);
        emit textChanged(); // setKeyText() is silent; this is the user's edit
        return;
    }
    if (isExcerpt())
        setKeyText(QString());
    selectAll();
    TextEdits::pasteText(this, text);
}
