// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's KeyRing): not for ui/.

#include <QtGlobal>

class KeyRing;
class SessionKeys;
class TokenModel;
struct TokenVerdict;

/// What app/model's own units (Explain) read of a TokenModel beyond its public API.
struct ModelAccess
{
    /// The session's key ring: the keys the user's key material gave.
    static const KeyRing &keyRing(const TokenModel &model);
    /// The verdict the badge shows (with a JWE's decryption: its plaintext and steps).
    static const TokenVerdict &verdict(const TokenModel &model);
    /// The keys of a session (SessionKeys), as a ring in entry order.
    static const KeyRing &sessionRing(const SessionKeys &keys);
    /// The index into sessionRing() of the key the user picked for signing; -1 for none.
    static qsizetype sessionSigner(const SessionKeys &keys);
};
