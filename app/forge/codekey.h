// SPDX-License-Identifier: MIT
#pragma once
// For the rooms that link app/crypto (the CLI and app/model): it speaks KeyRing. The window
// reaches it through app/model (forgeinput.h).

#include "codesnippets.h"

#include "keyring.h"
#include "token.h"

#include <QString>

#include <optional>

namespace Forge {

/// The snippet's input for @p token (a JWS): its header, payload and alg as written, and the
/// key of @p ring it would be verified with — by kid, else the first that fits its alg; a
/// single key as it is —: the secret, or the key pair's PEM and JWK texts (the private ones
/// only when the key is private). An empty ring gives a snippet that reads its key from the
/// environment. std::nullopt with @p error (translated) when @p includeSecret asks for a key
/// the ring does not have: a public key only.
std::optional<CodeInput> codeInput(const Token &token, const KeyRing &ring, bool includeSecret,
                                   QString *error);

} // namespace Forge
