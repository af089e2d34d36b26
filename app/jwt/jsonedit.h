// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

/// In-place edits of a JSON object's text that keep what the author wrote: member order,
/// indentation, line ends, and every other value byte for byte (numbers keep their spelling).
/// Used for `alg` in the header pane and the "iat = now" / "exp = now + …" claim buttons.
/// Positions are UTF-16 code units, ready for a QTextCursor.
namespace JsonEdit {

struct Edit
{
    qsizetype start = 0;
    qsizetype length = 0; ///< characters replaced (0 for an insertion)
    QString replacement;
};

/// Where setMember() puts a member the object does not have yet.
enum class Place {
    /// Before the first member, as `"name": value,` followed by the space that stood between
    /// the brace and the first member (one space when there was none); in an empty object
    /// `"name": value`.
    First,
    /// After the last member, in the text's style: the separator that stands between the last
    /// two members (`,\n  ` in pretty text, `,` in compact text, CR LF kept), or a new line
    /// with the one member's indentation; the colon spaced like the last member's. In an
    /// empty object `"name":value`.
    Last,
};

/// Sets the top-level member @p name to @p rawValue (JSON text, e.g. `1700000000` or
/// `"HS256"`, written as given): replaces the value in place when the member is there (the
/// last one when it is repeated, RFC 7519 §4), else adds it at @p place. Nothing else of the
/// text changes. std::nullopt when @p json is not a JSON object.
std::optional<Edit> setMember(const QString &json, QStringView name, QByteArrayView rawValue,
                              Place place = Place::Last);

/// @p json with @p edit applied.
QString apply(const QString &json, const Edit &edit);

/// For compact object text, as tokens are made on purpose (app/forge): sets member @p name to
/// @p rawValue in place when it is there (its last occurrence), else adds `"name":value` first
/// or last, with no whitespace. @p object unchanged when it is not a JSON object.
QByteArray setCompact(const QByteArray &object, QStringView name, QByteArrayView rawValue,
                      Place place = Place::Last);

/// Removes every occurrence of member @p name, with its comma, from the compact @p object.
QByteArray removeCompact(const QByteArray &object, QStringView name);

/// The raw value of member @p name (its last occurrence), null when absent.
QByteArray memberValue(QByteArrayView object, QStringView name);

} // namespace JsonEdit
