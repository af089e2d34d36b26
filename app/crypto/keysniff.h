// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Tells key material from a token by its first characters, without loading it: what the
/// window does with text the user pasted, dropped or opened.
namespace KeySniff {

/// A JSON text longer than this is not parsed: a JWK or a JWKS is kilobytes.
constexpr qsizetype MaxJsonSize = 1024 * 1024;

/// True for PEM (text starting with "-----BEGIN" after whitespace) and for a JSON object of
/// at most MaxJsonSize characters with a "kty" (a JWK) or "keys" (a JWKS) member. Whether the
/// key then loads is for loadKeys() to say.
bool looksLikeKey(const QString &text);

} // namespace KeySniff
