// SPDX-License-Identifier: MIT
#pragma once

// Private to app/jwt: the text of string tokens the lexer has accepted (jsonstrings.cpp).

#include <QString>

namespace Json::Strings {

/// Unescapes the inside of a string token already known to be valid JSON.
QString unescapeValid(const char *p, qsizetype n);

/// The name of a member, from the inside of its valid string token: a common name (which
/// holds neither escapes nor non-ASCII bytes, so its bytes are its text) is found without
/// looking for them first.
QString memberName(const char *p, qsizetype n);

} // namespace Json::Strings
