// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// Hash / HMAC helpers for the Explain view and thumbprints.
namespace Digest {
QByteArray sha(int bits, QByteArrayView data); ///< SHA-256/384/512
QByteArray hmac(int bits, QByteArrayView key, QByteArrayView data); ///< HMAC-SHA-2
/// Constant-time equality (CRYPTO_memcmp); false when the lengths differ.
bool equal(QByteArrayView a, QByteArrayView b);
} // namespace Digest
