// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// ECDSA signature conversion (the JWS form is raw R||S, X.509/OpenSSL use DER).
namespace Ecdsa {
QByteArray rawToDer(QByteArrayView raw); ///< empty on error
QByteArray derToRaw(QByteArrayView der, int fieldBytes); ///< empty on error

/// The DER form of the widest raw signature (P-521, 2 × 66 bytes).
constexpr qsizetype MaxDerSize = 2 * (3 + 66) + 3;
/// rawToDer() into @p out (MaxDerSize bytes) without allocating, for verify(): the length
/// written, 0 on error.
qsizetype rawToDerInto(QByteArrayView raw, unsigned char *out);
} // namespace Ecdsa
