// SPDX-License-Identifier: MIT
#include "claimedit.h"

#include "json.h"

#include <QCoreApplication>

namespace {

/// UTF-16 length of the first @p bytes bytes of @p utf8.
qsizetype utf16Offset(const QByteArray &utf8, qsizetype bytes)
{
    return QString::fromUtf8(utf8.constData(), qMin(bytes, utf8.size())).size();
}

} // namespace

namespace ClaimEdit {

Edit setMember(const QString &json, const QString &name, const QByteArray &rawValue)
{
    Edit edit;
    const QByteArray utf8 = json.toUtf8();
    const Json::Object object = Json::readObject(utf8);
    if (!object.isObject) {
        edit.error = QCoreApplication::translate("ClaimEdit",
                                                 "The payload is not a JSON object: fix it first.");
        return edit;
    }
    if (const Json::Member *member = object.find(name)) {
        edit.start = utf16Offset(utf8, member->valueOffset);
        edit.length = utf16Offset(utf8, member->valueOffset + member->raw.size()) - edit.start;
        edit.replacement = QString::fromUtf8(rawValue);
        return edit;
    }

    const QString quoted = QString::fromUtf8(Json::quote(name));
    const QString value = QString::fromUtf8(rawValue);
    if (object.members.isEmpty()) {
        // Insert just after the opening brace.
        const qsizetype brace = json.indexOf(QLatin1Char('{'));
        edit.start = brace + 1;
        edit.replacement = quoted + QLatin1Char(':') + value;
        return edit;
    }

    const Json::Member &last = object.members.last();
    const QByteArray between = utf8.mid(last.nameOffset, last.valueOffset - last.nameOffset);
    const bool spaced = between.endsWith(' ') || between.endsWith('\t');
    const QString colon = spaced ? QStringLiteral(": ") : QStringLiteral(":");
    edit.start = utf16Offset(utf8, last.valueOffset + last.raw.size());

    if (object.members.size() >= 2) {
        // Repeat what separates the last two members (",\n  ", ",\r\n ", ",").
        const Json::Member &previous = object.members.at(object.members.size() - 2);
        const qsizetype previousEnd = utf16Offset(utf8, previous.valueOffset + previous.raw.size());
        const qsizetype lastName = utf16Offset(utf8, last.nameOffset);
        edit.replacement = json.mid(previousEnd, lastName - previousEnd) + quoted + colon + value;
        return edit;
    }

    // One member: follow its indentation when it sits on a line of its own.
    const qsizetype firstName = utf16Offset(utf8, last.nameOffset);
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

QString apply(const QString &json, const Edit &edit)
{
    if (!edit.ok())
        return json;
    QString result = json;
    result.replace(edit.start, edit.length, edit.replacement);
    return result;
}

} // namespace ClaimEdit
