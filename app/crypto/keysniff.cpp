// SPDX-License-Identifier: MIT
#include "keysniff.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace KeySniff {

bool looksLikeKey(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QChar(0xfeff))) // a UTF-8 byte-order mark, read as text
        trimmed = trimmed.mid(1).trimmed();
    if (trimmed.startsWith(QLatin1String("-----BEGIN")))
        return true;
    if (!trimmed.startsWith(QLatin1Char('{')) || trimmed.size() > MaxJsonSize)
        return false;
    // QJsonDocument only reads here: nothing it produces is encoded.
    const QJsonObject object = QJsonDocument::fromJson(trimmed.toUtf8()).object();
    return object.contains(QLatin1String("kty")) || object.contains(QLatin1String("keys"));
}

} // namespace KeySniff
