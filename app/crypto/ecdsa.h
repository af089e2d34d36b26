// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/// ECDSA signature conversion (the JWS form is raw R||S, X.509/OpenSSL use DER).
namespace Ecdsa {
QByteArray rawToDer(QByteArrayView raw); ///< empty on error
QByteArray derToRaw(QByteArrayView der, int fieldBytes); ///< empty on error

/// The DER form of the widest raw signature (P-521, 2 × 66 bytes).
constexpr qsizetype MaxDerSize = 2 * (3 + 66) + 3;
/// rawToDer() into @p out (MaxDerSize bytes) without allocating, for verify(): the length
/// written, 0 on error.
qsizetype rawToDerInto(QByteArrayView raw, unsigned char *out);

/// The public keys that @p raw (R‖S) could be a signature of @p signingInput under, for the
/// ECDSA algorithm @p alg (SEC 1 v2 §4.1.6 public key recovery): uncompressed points
/// (0x04 ‖ x ‖ y), at most four. Any key that verifies the signature is among them, so a
/// caller looking for such a key among many need verify only those whose point is here.
/// Empty when the signature cannot be one (R or S out of range) or @p alg is not ECDSA.
QList<QByteArray> recoverPublicPoints(Algorithm alg, QByteArrayView signingInput,
                                      QByteArrayView raw);
} // namespace Ecdsa
