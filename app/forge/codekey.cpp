// SPDX-License-Identifier: MIT
#include "codekey.h"

#include "forgetr.h"

#include "key.h"
#include "keyfit.h"

namespace Forge {

std::optional<CodeInput> codeInput(const Token &token, const KeyRing &ring, bool includeSecret,
                                   QString *error)
{
    CodeInput code;
    code.header = token.header().decoded;
    code.payload = token.payload().decoded;
    code.alg = token.alg();
    code.includeSecret = includeSecret;
    if (ring.isEmpty())
        return code;
    Key key = ring.at(0);
    if (ring.size() > 1) {
        if (const std::optional<Algorithm> alg = Algorithms::fromName(token.alg())) {
            const KeyChoice choice = chooseKey(ring.keys(), *alg, token.kid());
            if (!choice.key.isNull())
                key = choice.key;
        }
    }
    if (key.kind() == KeyKind::Secret) {
        code.secret = key.secretBytes();
        return code;
    }
    code.publicKeyPem = key.publicKey().toPem();
    code.curve = key.curve();
    if (key.isPrivate()) {
        code.privateKeyPem = key.toPem();
        code.privateJwk = key.toJwk(true);
    } else if (includeSecret) {
        if (error)
            *error = ForgeTr::tr("including the key needs the private key, not the public one");
        return std::nullopt;
    }
    return code;
}

} // namespace Forge
