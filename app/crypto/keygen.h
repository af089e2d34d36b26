// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QByteArray>
#include <QString>

struct GeneratedKey
{
    Key key; ///< private key (or secret for HS*)
    QString error; ///< e.g. "RSA keys need at least 2048 bits"
    bool ok() const { return error.isEmpty(); }
};

/// A new key for @p alg: RSA of @p rsaBits (default 2048, at least 2048) for RS*/PS*, the
/// algorithm's curve for ES*, Ed25519 for EdDSA (or Ed448 when @p edCurve is "Ed448"),
/// a random secret of the hash's size for HS*.
GeneratedKey generateKey(Algorithm alg, int rsaBits = 0, const QString &edCurve = QString());

/// Cryptographically strong random bytes (RAND_bytes).
QByteArray randomBytes(int count);
