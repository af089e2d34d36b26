// SPDX-License-Identifier: MIT
#pragma once

#include "claims.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

/// The human-readable texts of NumericDate claims (RFC 7519 §2): the instant in UTC and how
/// far it is from now ("expires in 12 minutes", "issued 3 hours ago"). Translated.
namespace TimeText {

/// The largest NumericDate QDateTime can show (9999-12-31T23:59:59Z), in seconds.
constexpr double MaxSeconds = 253402300799.0;

/// @p seconds since the epoch as a UTC QDateTime (milliseconds kept, rounded down); invalid
/// when not finite or beyond ±MaxSeconds.
QDateTime utcOf(double seconds);

/// "12 minutes", "3 hours", "2 days", "1 year": the whole largest unit in @p seconds (>= 0),
/// rounded down (a year is 365.25 days).
QString duration(double seconds);

/// How the claim @p name at @p seconds stands at @p now, given its checked @p status:
/// "expires in 12 minutes", "expired 3 hours ago" (or "… (within the leeway)" when the
/// status is still Valid), "becomes valid in …", "valid since … ago", "issued … ago",
/// "issued … in the future"; "in …" / "… ago" for other claims. Empty when @p seconds is out
/// of range.
QString relative(QStringView name, double seconds, double now, TimeStatus status);

/// tr() with %n gives the English source text back when no translation is loaded, "(s)" and
/// all: this applies the English rule to it ("1 minute(s)" → "1 minute", "2 minutes"). A
/// translated text (even an English one with its numerus forms) has no "(s)" and passes.
QString plural(QString text, int n);

} // namespace TimeText
