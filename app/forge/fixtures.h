// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

/// Test fixtures made in a batch: relative times, one JSON Lines fixture per line, and the
/// output of `jwtlens decode --json` read back for `encode --from-decoded`. Nothing here
/// signs or reads a key: the caller does (the CLI, the window).
namespace Forge {

/// A relative time as jwt-cli accepts it, in seconds: an optional sign and one or more
/// `<number><unit>` (s, sec, m, min, h, hr, hour, d, day, w, week, y, year — plurals too;
/// a year is 365 days), e.g. "+30m", "-1d", "+1h30m", "2 weeks"; a plain integer is seconds.
/// nullopt when @p text is not one (or overflows).
std::optional<qint64> parseRelativeTime(QStringView text);

/// A compact JSON object text, or why not (with the byte offset, -1 when it has none).
struct JsonText
{
    QByteArray text;
    QString error;
    qsizetype offset = -1;
    bool ok() const { return error.isEmpty(); }
};

/// Replaces the string values of the time claims exp, nbf and iat of the compact object
/// @p payload that are "now" or a signed relative time ("+1h", "-1d") by the NumericDate
/// @p now + offset. Other members keep their bytes. An unsigned string is left alone (it is a
/// malformed claim the caller may want on purpose).
QByteArray resolveRelativeTimes(const QByteArray &payload, qint64 now);

/// Validates @p json (duplicate names refused) and removes insignificant whitespace, keeping
/// key order and number spelling. With @p requireObject, anything but an object is an error.
JsonText compactJson(QByteArrayView json, bool requireObject);

/// One line of a fixture batch (JSON Lines): an object with "payload" (an object, or a
/// string taken as the payload's bytes), optional "header" (an object; default
/// {"alg":ALG,"typ":"JWT"}), "alg" (else the header's), and at most one of "key_file",
/// "secret_file" (read by the caller; a relative path is relative to the batch file), or
/// neither (the caller's default key, or alg "none"). Without "alg" here or in the header,
/// @p defaultAlg is used. @c header comes back with "alg" set (first when it was missing),
/// the payload with relative times resolved at @p now.
struct Fixture
{
    QByteArray header;
    QByteArray payload;
    QString alg;
    QString keyFile;
    QString secretFile;
    QString error; ///< e.g. "payload: invalid JSON at offset 12: …", "no \"alg\""
    bool ok() const { return error.isEmpty(); }
};

Fixture parseFixtureLine(QByteArrayView line, qint64 now, const QString &defaultAlg = QString());

/// The header and payload of `jwtlens decode --json` output, as printed (compact; key order
/// and number spelling kept). A payload printed as a JSON string (not JSON) gives its bytes.
struct Decoded
{
    QByteArray header;
    QByteArray payload;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

Decoded parseDecodedJson(QByteArrayView text);

} // namespace Forge
