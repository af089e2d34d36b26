// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What a piece of text the user pasted, dropped or opened in the window is: a token or key
/// material (the window then gives it to the model as the one or the other).
namespace PastedText {

enum class Kind {
    Empty, ///< nothing but whitespace
    Token, ///< anything that is not a key (a token, with whitespace or "Bearer " around it)
    Key, ///< PEM, a JWK or a JWKS (app/crypto's KeySniff)
};

Kind classify(const QString &text);

/// Whether @p text is one whole compact token: three or five parts of base64url characters
/// (the signature may be empty), the first a JSON object with "alg" (a JWS) or "enc" (a JWE),
/// whitespace and "Bearer " around it tolerated. Cheap: only the first part is decoded.
bool isWholeToken(const QString &text);

/// Whether @p text is meant as one token, even a broken one the window should show with its
/// errors: one word (after "Bearer "), or only base64url characters, dots and line breaks (a
/// token wrapped by a terminal). Anything else (a curl command, a log, JSON) is searched.
bool isTokenAttempt(const QString &text);

/// Whether @p text is neither one token nor meant as one but holds tokens (TokenFinder): a
/// paste into the token editor that the window searches rather than inserts.
bool holdsTokens(const QString &text);

/// Whether a paste of @p pasted into an editor, which would make its text @p result, is
/// rather a new token: a whole token pasted beside other text (the sample, or any token),
/// which would make one longer, invalid string. The window then loads @p pasted in place
/// of the editor's text (a clean start).
bool replacesToken(const QString &result, const QString &pasted);

} // namespace PastedText
