// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's verdict): not for ui/.

#include "keyring.h"
#include "tokenmodel.h"
#include "verifier.h"

#include <QByteArray>
#include <QString>

/// What the window's badge shows: the verdict (verifyToken()), in its words, under what the
/// model knows of the token's history — no token at all, edited and not signed again
/// (Stale), or signed here (Resigned, which says nothing about the token that came in).
struct Badge
{
    /// Where the token's signature came from.
    struct History
    {
        bool signedHere = false; ///< made here (sign(), or re-signing on edit)
        bool edited = false; ///< the signing input is not the one the signature was made for
        QString resignNote; ///< why the last edit was not signed again, when it was not
        bool sampleKey = false; ///< the key is the sample's public secret
        bool sampleKeyCleared = false; ///< the sample's secret went when this token came in
    };

    TokenModel::VerifyState state = TokenModel::VerifyState::NoKey;
    QString reason;
    /// The key the verdict used, else the first ("… (from a set of 3 keys)"); empty without.
    QString keyDescription;

    static Badge of(const Token &token, const KeyRing &ring, const TokenVerdict &verdict,
                    const History &history);
    /// The window's word for a verdict's state.
    static TokenModel::VerifyState stateOf(TokenVerdict::State state);
};
