// SPDX-License-Identifier: MIT
#include "jsonedit.h"

#include "json.h"

namespace Forge::JsonEdit {

QByteArray set(const QByteArray &object, const QString &name, const QByteArray &rawValue,
               bool addFirst)
{
    const Json::Object members = Json::readObject(object);
    if (const Json::Member *m = members.find(name)) {
        QByteArray result = object;
        result.replace(m->valueOffset, m->raw.size(), rawValue);
        return result;
    }
    const QByteArray member = Json::quote(name) + ':' + rawValue;
    const bool empty = members.members.isEmpty();
    QByteArray result = object;
    if (addFirst)
        result.insert(1, empty ? member : member + ',');
    else
        result.insert(result.lastIndexOf('}'), empty ? member : ',' + member);
    return result;
}

QByteArray remove(const QByteArray &object, const QString &name)
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

QByteArray value(const QByteArray &object, const QString &name)
{
    const Json::Object members = Json::readObject(object);
    const Json::Member *m = members.find(name);
    return m ? m->raw : QByteArray();
}

} // namespace Forge::JsonEdit
