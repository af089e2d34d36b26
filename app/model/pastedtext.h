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

} // namespace PastedText
