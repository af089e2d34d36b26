// SPDX-License-Identifier: MIT
#pragma once

#include "json.h"
#include "token.h"
#include "tokenmodel.h"

#include <QByteArray>
#include <QString>

/// Where the panes underline a token's problems (TokenModel's part errors): the parser's
/// problems, each in the part that shows it, with its offset in that part's text.
namespace PartErrors {

struct Errors
{
    TokenModel::PartError token; ///< part count, NUL bytes, a bad base64url character …
    TokenModel::PartError header;
    TokenModel::PartError payload;
    TokenModel::PartError signature;
};

/// The errors of @p token, whose header and payload panes show @p headerText and
/// @p payloadText: errors first, then the warnings that have a place (a duplicate member, no
/// alg); a base64url problem of the header or payload is placed in the token; a payload that
/// is not JSON is no error (it is shown as text); a missing or empty signature is said.
Errors of(const Token &token, const QString &headerText, const QString &payloadText);

/// The error of a pane the user edited into text that is not JSON; @p utf8 is the pane's
/// text, and the offset counts its UTF-16 code units.
TokenModel::PartError jsonEditError(const QByteArray &utf8, const Json::Error &error);

} // namespace PartErrors
