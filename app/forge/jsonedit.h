// SPDX-License-Identifier: MIT
#pragma once
// Private to app/forge: member edits on compact JSON object text, keeping every other byte.

#include <QByteArray>
#include <QString>

namespace Forge::JsonEdit {

/// Sets member @p name of the compact object @p object to @p rawValue (JSON text): in place
/// when it is there (its last occurrence), else added first or last.
QByteArray set(const QByteArray &object, const QString &name, const QByteArray &rawValue,
               bool addFirst = false);

/// Removes every occurrence of member @p name (and its comma) from the compact @p object.
QByteArray remove(const QByteArray &object, const QString &name);

/// The raw value of member @p name, or a null QByteArray when absent.
QByteArray value(const QByteArray &object, const QString &name);

} // namespace Forge::JsonEdit
