// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "certchain.h"
#include "key.h"
#include "token.h"

#include <QByteArrayView>
#include <QString>

/// What a token's own keys say about its signature: the key of its "jwk" header (RFC 7515
/// §4.1.3) and the first certificate of its "x5c" (§4.1.6). The verifier asks only when no
/// key of the ring verified the signature. A key the token carries never makes the verdict
/// valid by itself — anyone can sign a token and put their own key in it; only an x5c chain
/// that verifies to a CA the user gave (TrustAnchors) is trusted.
struct TokenKeyCheck
{
    enum class Result {
        None, ///< no such header, no key in it that fits the algorithm, or no match
        Untrusted, ///< the signature matches the token's own key: not trusted
        Trusted, ///< it matches the x5c key, whose chain verifies to the anchors
    };
    Result result = Result::None;
    enum class Source {
        None,
        Jwk,
        X5c
    };
    Source source = Source::None;
    /// Why, in words for the verdict's reason: "its jwk header", "its x5c certificate
    /// "CN=…"" and, for an x5c that is not trusted, why the chain is not.
    QString detail;
    QString subject; ///< the x5c certificate's subject
};

/// Whether the token carries a key of its own (a jwk or x5c header): cheap, for the verifier
/// to skip checkTokenKeys() on nearly every token.
bool carriesKey(const Token &token);

/// Checks the signature over @p signingInput with the token's x5c key, then its jwk key, for
/// @p alg. @p when (seconds since the epoch) is the time an x5c chain is checked at.
TokenKeyCheck checkTokenKeys(const Token &token, Algorithm alg, QByteArrayView signingInput,
                             const TrustAnchors &anchors, qint64 when);
