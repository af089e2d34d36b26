// SPDX-License-Identifier: MIT
#include "memberhover.h"

#include "json.h"
#include "utf8.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QToolTip>

MemberHover::MemberHover(QPlainTextEdit *editor, Registry::Place place)
    : QObject(editor)
    , m_editor(editor)
    , m_place(place)
{ }

MemberHover *MemberHover::install(QPlainTextEdit *editor, Registry::Place place)
{
    auto *hover = new MemberHover(editor, place);
    editor->viewport()->installEventFilter(hover);
    return hover;
}

QString MemberHover::tooltipAt(const QString &text, qsizetype position, Registry::Place place)
{
    const QList<Json::Span> spans = Json::spans(text);
    const Json::Span *hit = nullptr;
    for (const Json::Span &span : spans) {
        if (span.kind == Json::SpanKind::MemberName && position >= span.offset
            && position <= span.offset + span.length) {
            hit = &span;
            break;
        }
    }
    if (!hit)
        return QString();
    const QByteArray utf8 = text.toUtf8();
    const qsizetype nameOffset = Utf8::toUtf8Offset(text, hit->offset);
    const Json::Object object = Json::readObject(utf8);
    if (object.isObject) {
        for (const Json::Member &member : object.members) {
            if (member.nameOffset == nameOffset)
                return Registry::tooltip(place, member.name, member.raw);
        }
        return QString(); // a nested member: not a claim or header parameter
    }
    // Invalid JSON (being typed): still explain the name, without a value. Only names at
    // depth 1 are claims; count the open brackets before the name.
    int depth = 0;
    for (const Json::Span &span : spans) {
        if (span.offset >= hit->offset)
            break;
        if (span.kind != Json::SpanKind::Punctuation || span.length != 1)
            continue;
        const QChar c = text.at(span.offset);
        if (c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char('}') || c == QLatin1Char(']'))
            --depth;
    }
    if (depth != 1)
        return QString();
    const QString quoted = text.mid(hit->offset, hit->length);
    QString name = Json::unescape(quoted.toUtf8());
    if (name.isEmpty() && quoted.size() > 1) // an unterminated name: show what is there
        name = quoted.mid(1);
    return Registry::tooltip(place, name, QByteArrayView());
}

bool MemberHover::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_editor->viewport())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QTextCursor cursor = m_editor->cursorForPosition(help->pos());
    // cursorForPosition gives the nearest gap between characters: both ends of a name count.
    const QString tip = tooltipAt(m_editor->toPlainText(), cursor.position(), m_place);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), tip, m_editor->viewport());
    }
    return true;
}
