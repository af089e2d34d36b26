// SPDX-License-Identifier: MIT
#include "jsonedit.h"

#include "json.h"
#include "utf8.h"

namespace JsonEdit {

namespace {

/// A member added before the first one, or into an empty object.
Edit insertFirst(const QByteArray &utf8, const Json::Object &object, const QString &member)
{
    Edit edit;
    if (object.members.isEmpty()) {
        edit.start = Utf8::toUtf16Offset(utf8, utf8.indexOf('{') + 1);
        edit.replacement = member;
        return edit;
    }
    // Followed by what stood between the brace and the first member ("\n  " when pretty).
    const qsizetype first = object.members.first().nameOffset;
    qsizetype brace = first - 1;
    while (brace >= 0 && utf8.at(brace) != '{')
        --brace;
    const QByteArray gap = utf8.mid(brace + 1, first - brace - 1);
    edit.start = Utf8::toUtf16Offset(utf8, first);
    edit.replacement = member + QLatin1Char(',')
            + (gap.isEmpty() ? QStringLiteral(" ") : QString::fromUtf8(gap));
    return edit;
}

/// A member added after the last one, or into an empty object.
Edit insertLast(const QString &json, const QByteArray &utf8, const Json::Object &object,
                const QString &quoted, const QString &value)
{
    Edit edit;
    if (object.members.isEmpty()) {
        edit.start = json.indexOf(QLatin1Char('{')) + 1;
        edit.replacement = quoted + QLatin1Char(':') + value;
        return edit;
    }
    const Json::Member &last = object.members.last();
    const QByteArray between = utf8.mid(last.nameOffset, last.valueOffset - last.nameOffset);
    const bool spaced = between.endsWith(' ') || between.endsWith('\t');
    const QString colon = spaced ? QStringLiteral(": ") : QStringLiteral(":");
    edit.start = Utf8::toUtf16Offset(utf8, last.valueOffset + last.raw.size());

    if (object.members.size() >= 2) {
        // Repeat what separates the last two members (",\n  ", ",\r\n ", ",").
        const Json::Member &previous = object.members.at(object.members.size() - 2);
        const qsizetype previousEnd
                = Utf8::toUtf16Offset(utf8, previous.valueOffset + previous.raw.size());
        const qsizetype lastName = Utf8::toUtf16Offset(utf8, last.nameOffset);
        edit.replacement = json.mid(previousEnd, lastName - previousEnd) + quoted + colon + value;
        return edit;
    }

    // One member: follow its indentation when it sits on a line of its own.
    const qsizetype firstName = Utf8::toUtf16Offset(utf8, last.nameOffset);
    const qsizetype lineStart = json.lastIndexOf(QLatin1Char('\n'), firstName - 1);
    const qsizetype brace = json.indexOf(QLatin1Char('{'));
    QString separator = QStringLiteral(",");
    if (lineStart > brace) {
        QString indent = json.mid(lineStart + 1, firstName - lineStart - 1);
        if (!indent.trimmed().isEmpty())
            indent = QStringLiteral("  ");
        const bool crlf = lineStart > 0 && json.at(lineStart - 1) == QLatin1Char('\r');
        separator += (crlf ? QStringLiteral("\r\n") : QStringLiteral("\n")) + indent;
    }
    edit.replacement = separator + quoted + colon + value;
    return edit;
}

} // namespace

std::optional<Edit> setMember(const QString &json, QStringView name, QByteArrayView rawValue,
                              Place place)
{
    const QByteArray utf8 = json.toUtf8();
    const Json::Object object = Json::readObject(utf8);
    if (!object.isObject)
        return std::nullopt;
    const QString value = QString::fromUtf8(rawValue);
    if (const Json::Member *member = object.find(name)) {
        Edit edit;
        edit.start = Utf8::toUtf16Offset(utf8, member->valueOffset);
        edit.length
                = Utf8::toUtf16Offset(utf8, member->valueOffset + member->raw.size()) - edit.start;
        edit.replacement = value;
        return edit;
    }
    const QString quoted = QString::fromUtf8(Json::quote(name));
    if (place == Place::First)
        return insertFirst(utf8, object, quoted + QStringLiteral(": ") + value);
    return insertLast(json, utf8, object, quoted, value);
}

QString apply(const QString &json, const Edit &edit)
{
    QString result = json;
    result.replace(edit.start, edit.length, edit.replacement);
    return result;
}

QByteArray setCompact(const QByteArray &object, QStringView name, QByteArrayView rawValue,
                      Place place)
{
    const Json::Object members = Json::readObject(object);
    if (!members.isObject)
        return object;
    QByteArray result = object;
    if (const Json::Member *m = members.find(name)) {
        result.replace(m->valueOffset, m->raw.size(), rawValue.toByteArray());
        return result;
    }
    const QByteArray member = Json::quote(name) + ':' + rawValue.toByteArray();
    const bool empty = members.members.isEmpty();
    if (place == Place::First)
        result.insert(result.indexOf('{') + 1, empty ? member : member + ',');
    else
        result.insert(result.lastIndexOf('}'), empty ? member : ',' + member);
    return result;
}

QByteArray removeCompact(const QByteArray &object, QStringView name)
{
    QByteArray result = object;
    for (;;) {
        const Json::Object members = Json::readObject(result);
        qsizetype at = -1;
        for (qsizetype i = 0; i < members.members.size(); ++i) {
            if (members.members.at(i).name == name) {
                at = i;
                break;
            }
        }
        if (at < 0)
            return result;
        const Json::Member &m = members.members.at(at);
        qsizetype from = m.nameOffset;
        qsizetype to = m.valueOffset + m.raw.size();
        if (at + 1 < members.members.size())
            to = members.members.at(at + 1).nameOffset; // the comma goes with this member
        else if (at > 0)
            from = members.members.at(at - 1).valueOffset + members.members.at(at - 1).raw.size();
        result.remove(from, to - from);
    }
}

QByteArray memberValue(QByteArrayView object, QStringView name)
{
    const Json::Object members = Json::readObject(object);
    const Json::Member *m = members.find(name);
    return m ? m->raw : QByteArray();
}

} // namespace JsonEdit
