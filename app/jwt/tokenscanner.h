// SPDX-License-Identifier: MIT
#pragma once

// Internal to the token finder (tokenfinder.cpp, tokenfinderjson.cpp): the text scan.

#include "tokenfinder.h"

#include <QByteArrayView>
#include <QList>

namespace TokenScanner {

/// What the caller knows about the text it scans, when it is one field of a larger
/// document (a HAR header's value): `a=b; c=TOKEN` is then a cookie even without `Cookie:`.
enum class Hint {
    None,
    CookieHeader, ///< the value of a Cookie header
    SetCookieHeader, ///< the value of a Set-Cookie header
};

struct Hit
{
    qsizetype offset = 0; ///< byte offset in the scanned text
    qsizetype length = 0;
    FoundToken::Kind kind = FoundToken::Kind::Jws;
    int line = 1; ///< 1-based
    TokenPlace::Step step; ///< the context just left of the token; Kind::Text when none
};

struct Output
{
    QList<Hit> hits; ///< in text order
    bool multiline = false; ///< the text has a line break before its last non-space byte
};

/// Finds the tokens in @p text, in one pass (see TokenFinder). The context of a hit is read
/// from the text left of it, back to the start of its line or the end of the previous hit,
/// whichever is nearer (so the scan stays linear); a hit whose context lies before the
/// previous hit on the same line (`#a=T1&b=T2`, `Cookie: a=T1; b=T2`) takes that hit's kind.
Output scan(QByteArrayView text, Hint hint = Hint::None);

} // namespace TokenScanner

Q_DECLARE_TYPEINFO(TokenScanner::Hit, Q_RELOCATABLE_TYPE);
