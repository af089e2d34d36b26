// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's verdict): not for ui/.

#include "badge.h"
#include "token.h"
#include "verifier.h"

#include <QByteArray>

/// Why a signature may fail: the header or payload was changed on the token side (typed into
/// the encoded token, or pasted again changed) while the signature stayed the one that came
/// in. Remembers which signing input a signature segment first came with.
class EditedHint
{
public:
    /// A token came in from the token side (TokenModel::setToken()).
    void take(const Token &token);
    /// @p token carries the remembered signature over another signing input.
    bool edited(const Token &token) const;
    /// Says so in the badge's reason, for a signature that does not match.
    void apply(Badge &badge, const Token &token, const TokenVerdict &verdict) const;

private:
    QByteArray m_signature; ///< the signature segment, as first seen
    QByteArray m_input; ///< the signing input it came with
};
