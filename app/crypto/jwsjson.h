// SPDX-License-Identifier: MIT
#pragma once

#include "josemessage.h"
#include "jws.h"
#include "key.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

/// What one signature of a JWS in the JSON serialization gave.
struct JwsJsonSignatureCheck
{
    QString alg; ///< of its joint header
    QString kid;
    SignatureStatus status = SignatureStatus::Invalid;
    QString reason; ///< empty when valid
    qsizetype keyIndex = -1; ///< which of the keys given verified it
};

struct JwsJsonVerification
{
    QList<JwsJsonSignatureCheck> signatures; ///< one per signature, in order
    qsizetype matched = -1; ///< the first valid signature, -1 when none
    bool anyValid() const { return matched >= 0; }
};

/// Verifies each signature of @p message (RFC 7515 §7.2, §5.2) with each key that fits its
/// algorithm (those with its "kid" first), through verify() of jws.h. A signature whose
/// header has "crit" (no extension is understood here), no "alg" or "alg" "none" is not
/// valid. @p detachedPayloadEncoded is the base64url payload of detached content (RFC 7515
/// Appendix F). The token's own keys (jwk, x5c, …) are never used.
JwsJsonVerification verifyJwsJson(const JwsMessage &message, const QList<Key> &keys,
                                  QByteArrayView detachedPayloadEncoded = {});
