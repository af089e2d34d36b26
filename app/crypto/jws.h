// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "key.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

enum class SignatureStatus {
    Valid,
    Invalid, ///< wrong signature, or a key that does not fit (never used across families)
    Unsupported, ///< `none`, or an algorithm this build cannot do
};

/// "valid", "invalid", "unsupported" (the CLI's words).
QString signatureStatusName(SignatureStatus status);

struct Verification
{
    SignatureStatus status = SignatureStatus::Invalid;
    QString reason; ///< empty when valid; e.g. "ECDSA signature must be 64 bytes, got 70"
};

/// Verifies a JWS signature (RFC 7515 §5.2). HMAC compares in constant time. ECDSA takes
/// the raw R||S form only (a DER signature, a wrong length, r or s zero: Invalid). `none` is
/// never Valid. A key that does not fit (checkFit Mismatch) gives Invalid with its reason.
/// Thread-safe: keys may be shared between threads. Each thread keeps a few keyed contexts
/// (HMAC, verification) for speed; a context of a Key that has gone is freed, and cleansed,
/// on that thread's next sign or verify, or when the thread ends.
Verification verify(Algorithm alg, const Key &key, QByteArrayView signingInput,
                    QByteArrayView signature);

/// Loads now what verify() and sign() otherwise load from OpenSSL on first use (its
/// configuration, providers, digests and HMAC): a millisecond or two, which a batch can
/// spend on another thread while it reads its keys and input. Thread-safe; never required.
void preloadAlgorithms();

struct Signature
{
    QByteArray bytes; ///< raw JWS signature (R||S for ECDSA); empty on error
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Signs @p signingInput. Needs a private key or secret that fits @p alg.
Signature sign(Algorithm alg, const Key &key, QByteArrayView signingInput);
