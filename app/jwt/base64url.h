// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// Strict base64url as JWS uses it (RFC 7515 §2, RFC 4648 §5, no padding).
namespace Base64Url {

struct Decoded
{
    QByteArray bytes;           ///< decoded bytes; on error, what decoded before the bad spot
    qsizetype errorOffset = -1; ///< offset of the first offending character in the input, or -1
    QString error;              ///< e.g. "'=' padding is not allowed" (translatable, no part name)
    bool ok() const { return errorOffset < 0; }
};

/// Decodes @p text. '=' padding, any character outside [A-Za-z0-9_-], a length of 4n+1
/// (which no base64url text can have) and a non-canonical last character (unused low bits
/// set: another spelling of the same bytes, RFC 4648 §3.5) are errors that carry their offset.
Decoded decode(QByteArrayView text);

/// Whether the unused low bits of the last character of @p text (all of whose characters
/// are in the base64url alphabet) are zero, as the one canonical encoding has them.
bool isCanonicalTail(QByteArrayView text);

/// Encodes without padding.
QByteArray encode(QByteArrayView bytes);

} // namespace Base64Url
