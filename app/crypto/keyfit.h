// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QList>
#include <QString>
#include <QStringView>

struct KeyFit
{
    enum class Verdict {
        Fits,
        Weak, ///< usable but reported: RSA under 2048 bits, HMAC secret shorter than the hash
        Mismatch, ///< refused: wrong family or curve, an asymmetric key as an HMAC secret, none
    };
    Verdict verdict = Verdict::Fits;
    QString reason; ///< empty for Fits; e.g. "an RSA public key cannot be an HMAC secret"
};

/// Whether @p key can be used with @p alg (RFC 7518 §3.2–3.5, RFC 8037 §3.1).
KeyFit checkFit(const Key &key, Algorithm alg);

/// checkFit() for verification: also a Mismatch, for an HMAC algorithm, is a secret whose
/// bytes are key material (Key::secretForm(): a PEM block, a certificate, a JWK or JWKS, a
/// DER key) — an asymmetric key is never an HMAC secret for verification (RFC 8725 §2.1,
/// §3.1). Signing takes such bytes (checkFit()), for test tokens that show the attack.
KeyFit checkVerifyFit(const Key &key, Algorithm alg);

/// Why @p key, a secret that is key material, is refused for verification (one line,
/// translated); empty for any other key.
QString keyMaterialAsSecret(const Key &key);

struct KeyChoice
{
    Key key; ///< null when none fits
    QString error; ///< why none fits
};

/// Picks from @p keys the one for a token: by @p kid when given and present among the keys,
/// else the first whose type fits @p alg.
KeyChoice chooseKey(const QList<Key> &keys, Algorithm alg, QStringView kid);
