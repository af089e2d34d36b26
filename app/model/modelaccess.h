// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's KeyRing): not for ui/.

class KeyRing;
class TokenModel;

/// What app/model's own units (Explain) read of a TokenModel beyond its public API.
struct ModelAccess
{
    /// The session's key ring: the keys the user's key material gave.
    static const KeyRing &keyRing(const TokenModel &model);
};
