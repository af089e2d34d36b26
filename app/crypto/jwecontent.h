// SPDX-License-Identifier: MIT
#pragma once
// Private to app/crypto: the symmetric primitives of JWE (RFC 7518 §4.4, §4.7, §5) and the
// DEFLATE of "zip" (RFC 7516 §4.1.3), through OpenSSL 3 EVP and zlib.

#include "jwealgorithm.h"

#include <QByteArray>
#include <QByteArrayView>

namespace JweContent {

/// Cleanses @p bytes when no other QByteArray shares them, then empties it.
void wipe(QByteArray &bytes);

/// A QByteArray that is wiped when it goes (CEK, derived keys, plaintext buffers).
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    ~SecretBytes() { wipe(m_bytes); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes &operator=(QByteArray bytes)
    {
        wipe(m_bytes);
        m_bytes = std::move(bytes);
        return *this;
    }
    const QByteArray &bytes() const { return m_bytes; }
    QByteArray &bytes() { return m_bytes; }

private:
    QByteArray m_bytes;
};

/// @p size bytes from OpenSSL's CSPRNG; empty when it fails.
QByteArray randomBytes(qsizetype size);

int ivBytes(JweEnc enc); ///< 16 for AES-CBC, 12 for AES-GCM
int tagBytes(JweEnc enc); ///< 16, 24, 32 for AES-CBC-HMAC, 16 for AES-GCM

/// Encrypts with @p cek (JweAlgorithms::cekBytes(enc) bytes) and @p iv (ivBytes(enc) bytes).
bool encrypt(JweEnc enc, QByteArrayView cek, QByteArrayView iv, QByteArrayView aad,
             QByteArrayView plaintext, QByteArray *ciphertext, QByteArray *tag);
/// Checks the tag in constant time first (AES-CBC-HMAC: before decrypting anything; AES-GCM:
/// the plaintext buffer is wiped unless the tag matches), then decrypts. Any failure, wrong
/// lengths included, is false with @p plaintext empty.
bool decrypt(JweEnc enc, QByteArrayView cek, QByteArrayView iv, QByteArrayView aad,
             QByteArrayView ciphertext, QByteArrayView tag, QByteArray *plaintext);

/// AES-GCM with a 96-bit IV and a 128-bit tag (also the A*GCMKW key wrap).
bool gcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext,
                QByteArray *ciphertext, QByteArray *tag);
bool gcmDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                QByteArrayView ciphertext, QByteArrayView tag, QByteArray *plaintext);

/// AES Key Wrap (RFC 3394) with a 16, 24 or 32-byte @p kek.
bool keyWrap(QByteArrayView kek, QByteArrayView key, QByteArray *wrapped);
/// False when the integrity check fails (wrong key or modified input).
bool keyUnwrap(QByteArrayView kek, QByteArrayView wrapped, QByteArray *key);

/// Raw DEFLATE (RFC 1951, no zlib header) at the default level.
QByteArray deflate(QByteArrayView data);

enum class Inflated {
    Ok,
    TooLarge, ///< the output would pass the limit: nothing is returned
    Corrupt, ///< not raw DEFLATE, or truncated
};
/// Inflates raw DEFLATE into @p out, never growing it past @p limit bytes.
Inflated inflate(QByteArrayView data, qsizetype limit, QByteArray *out);

} // namespace JweContent
