// SPDX-License-Identifier: MIT
// What JWT Lens itself answers to each case of the negative set: the one verdict
// (verifyToken(), design.md), asked with the settings the case states and the server's key.
#include "negativemaker.h"

#include "claims.h"
#include "keyring.h"
#include "token.h"
#include "verifier.h"

namespace Forge::Negative {

namespace {

/// The verifier options that say what @p settings say (what `jwtlens verify` is given in the
/// tests: --alg, --now, --leeway, --iss, --aud, --typ).
VerifyOptions optionsFor(const VerifierSettings &settings)
{
    VerifyOptions options;
    for (const QString &name : settings.algorithms) {
        if (const std::optional<Algorithm> alg = Algorithms::fromName(name))
            options.allowed.append(*alg);
    }
    ClaimsPolicy &claims = options.claims.emplace();
    claims.now = double(settings.now);
    claims.leeway = settings.leeway;
    if (!settings.issuer.isEmpty())
        claims.issuer = settings.issuer;
    if (!settings.audience.isEmpty())
        claims.audience = settings.audience;
    claims.required = settings.requiredClaims; // as `verify --require`
    if (!settings.type.isEmpty())
        options.type = settings.type;
    return options;
}

} // namespace

void Maker::judge()
{
    // The server's key as it holds it: its secret, or its public key in the form the tester
    // gave (a JWKS picks by kid, as `jwtlens verify --key` does).
    KeyRing secretRing;
    KeyRing publicRing;
    if (m_public.isNull()) {
        secretRing.add(m_signing);
    } else if (!m_publicText.isEmpty()) {
        publicRing = KeyRing::fromText(m_publicText);
    } else {
        publicRing.add(m_public);
    }
    for (NegativeCase &c : set.cases) {
        const KeyRing &ring = c.settings.key == QLatin1String("secret") ? secretRing : publicRing;
        const TokenVerdict v
                = verifyToken(Token::parse(QByteArrayView(c.token)), ring, optionsFor(c.settings));
        c.lens = v.valid ? Expectation::Accept : Expectation::Reject;
        // A malformed token is refused before any claim: its reason is the error line
        // `jwtlens verify` prints ("<part>: <problem>").
        c.lensWhy = v.valid || v.malformed ? v.reason : v.error;
    }
}

} // namespace Forge::Negative
