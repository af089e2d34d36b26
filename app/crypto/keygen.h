// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

struct GeneratedKey
{
    Key key; ///< private key (or secret for HS*)
    QString error; ///< e.g. "RSA keys need at least 2048 bits"
    bool ok() const { return error.isEmpty(); }
};

/// How far an RSA key generation is: the primes found so far (of 2) and the candidates
/// tested for the current one. A 16384-bit key tests thousands of candidates over minutes.
struct KeygenProgress
{
    int primesFound = 0;
    int candidates = 0;
};

/// A new key for @p alg: RSA of @p rsaBits (default 2048, at least 2048) for RS*/PS*, the
/// algorithm's curve for ES*, Ed25519 for EdDSA (or Ed448 when @p edCurve is "Ed448"),
/// a random secret of the hash's size for HS*. @p progress, when given, is called on the
/// calling thread as an RSA generation goes (each candidate prime, each prime found).
GeneratedKey generateKey(Algorithm alg, int rsaBits = 0, const QString &edCurve = QString(),
                         const std::function<void(const KeygenProgress &)> &progress = {});

/// A key derived from @p seed, the same for the same seed every time: FOR TESTS ONLY (anyone
/// who knows the seed has the private key). EdDSA (Ed25519, or Ed448 when @p edCurve is
/// "Ed448") and ES256/ES384/ES512/ES256K; other algorithms give an error. The derivation:
/// HKDF-SHA-256 (RFC 5869) with IKM = @p seed, salt = "jwtlens keygen --seed v1" and
/// info = the curve's JOSE name ("Ed25519", "Ed448", "P-256", "P-384", "P-521", "secp256k1").
/// Ed25519/Ed448 take the 32/57 output bytes as the private key (RFC 8032 §5.1.5); an EC
/// curve takes field + 16 bytes, read big-endian as c, and the scalar d = c mod (n − 1) + 1.
GeneratedKey generateKeyFromSeed(Algorithm alg, QByteArrayView seed,
                                 const QString &edCurve = QString());

/// Cryptographically strong random bytes (RAND_bytes).
QByteArray randomBytes(int count);
