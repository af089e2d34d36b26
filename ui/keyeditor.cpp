// SPDX-License-Identifier: MIT
#include "keyeditor.h"

#include "textedits.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QSignalBlocker>

KeyEditor::KeyEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{ }

QString KeyEditor::keyText() const
{
    return m_excerpt ? m_fullText : toPlainText();
}

void KeyEditor::setKeyText(const QString &text)
{
    const bool excerpt = text.size() > ExcerptThreshold;
    if (excerpt != m_excerpt)
        setReadOnly(excerpt);
    m_excerpt = excerpt;
    m_fullText = excerpt ? text : QString();
    const QString shown = excerpt ? text.left(ExcerptLength) + QStringLiteral("\n…") : text;
    if (toPlainText() != shown) {
        const QSignalBlocker blocker(this);
        setPlainText(shown);
    }
}

bool KeyEditor::event(QEvent *event)
{
    if (TextEdits::isExcerptPaste(this, event))
        return true;
    return QPlainTextEdit::event(event);
}

void KeyEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly() && event->matches(QKeySequence::Paste)) {
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        if (data && data->hasText())
            replaceByUser(data->text());
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void KeyEditor::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText() || isReadOnly()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QString pasted = source->text();
    if (pasted.size() <= TextEdits::LargeReplacement) {
        QPlainTextEdit::insertFromMimeData(source);
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
    if (m_excerpt)
        setKeyText(QString());
    selectAll();
    TextEdits::pasteText(this, text);
}
