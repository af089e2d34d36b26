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

struct KeyChoice
{
    Key key; ///< null when none fits
    QString error; ///< why none fits
};

/// Picks from @p keys the one for a token: by @p kid when given and present among the keys,
/// else the first whose type fits @p alg.
KeyChoice chooseKey(const QList<Key> &keys, Algorithm alg, QStringView kid);
