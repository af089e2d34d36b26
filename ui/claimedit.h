// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// In-place edits of a JSON object's text that keep member order and the author's layout
/// (the "iat = now" and "exp = now + …" buttons). Positions are UTF-16 code units, ready
/// for a QTextCursor.
namespace ClaimEdit {

struct Edit
{
    qsizetype start = 0;
    qsizetype length = 0; ///< characters replaced (0 for an insertion)
    QString replacement;
    QString error; ///< set when @p json is not a JSON object
    bool ok() const { return error.isEmpty(); }
};

/// Sets the top-level member @p name to @p rawValue (JSON text, e.g. "1700000000"):
/// replaces the value of the member when present (the last one when repeated), else
/// appends a member in the text's style (`,\n  "name": value` for pretty-printed text,
/// `,"name":value` for compact text).
Edit setMember(const QString &json, const QString &name, const QByteArray &rawValue);

/// Applies @p edit to @p json (for tests and previews).
QString apply(const QString &json, const Edit &edit);

} // namespace ClaimEdit
