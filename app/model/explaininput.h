// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model and its tests (it speaks app/crypto's KeyRing): not for ui/.

#include "explain.h"
#include "keyring.h"
#include "verifier.h"

#include <optional>

namespace Explain {

/// What an explanation is built from.
struct Input
{
    Token token; ///< the parsed token (segments with their exact bytes)
    QString headerText; ///< the header as the pane shows it (may be pretty-printed)
    QString payloadText;
    KeyRing ring; ///< the keys the verdict may use
    /// The verdict already made on the token with the ring (the model's, which holds a JWE's
    /// decryption); std::nullopt: build() makes it.
    std::optional<TokenVerdict> verdict;
};

/// The current state of @p model: its token, pane texts and key ring.
Input fromModel(const TokenModel &model);

Explanation build(const Input &input);

} // namespace Explain
