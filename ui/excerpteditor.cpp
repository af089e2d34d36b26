// SPDX-License-Identifier: MIT
#include "excerpteditor.h"

#include "textedits.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>

ExcerptEditor::ExcerptEditor(const Limits &limits, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_limits(limits)
{
    // textChanged follows setDocument() (LineUpdateLayout installs its own document).
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_excerpt || m_restorePending)
            return;
        // After the change that is under way (the editor's own ones included) has ended.
        m_restorePending = true;
        QMetaObject::invokeMethod(this, &ExcerptEditor::restoreExcerpt, Qt::QueuedConnection);
    });
}

void ExcerptEditor::restoreExcerpt()
{
    m_restorePending = false;
    if (m_excerpt && toPlainText() != m_shown)
        TextEdits::resetText(this, m_shown);
}

QString ExcerptEditor::fullText() const
{
    return m_excerpt ? m_fullText : toPlainText();
}

QString ExcerptEditor::takeText(const QString &text)
{
    const bool excerpt = text.size() > m_limits.threshold;
    if (excerpt != m_excerpt)
        setReadOnly(excerpt);
    m_excerpt = excerpt;
    m_fullText = excerpt ? text : QString();
    m_shown = excerpt ? text.left(m_limits.length) + QString::fromUtf8(m_limits.mark) : QString();
    return excerpt ? m_shown : text;
}

std::optional<QString> ExcerptEditor::clipboardText()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data || !data->hasText())
        return std::nullopt;
    return data->text();
}

bool ExcerptEditor::event(QEvent *event)
{
    if (TextEdits::isExcerptPaste(this, event))
        return true;
    return QPlainTextEdit::event(event);
}

void ExcerptEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_excerpt && event->matches(QKeySequence::Paste)) {
        pasteIntoExcerpt();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}
