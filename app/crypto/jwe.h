// SPDX-License-Identifier: MIT
#pragma once

#include "josemessage.h"
#include "jwealgorithm.h"
#include "key.h"
#include "keyfit.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class Token;

/// How a decryption ended. Every failure that depends on a secret (a wrong key, a wrong tag,
/// a modified header, IV or ciphertext, a truncated part, an RSA padding error) is the one
/// answer CannotDecrypt, with one message: no oracle (RFC 7516 §11.4, §11.5).
enum class JweStatus {
    Decrypted,
    CannotDecrypt,
    KeyMismatch, ///< no key given fits the token's alg/enc (wrong family, curve or length)
    Refused, ///< a safety limit: p2c over the limit, a plaintext over the size limit, an epk
             ///< that is not a point of the curve
    Unsupported, ///< an alg, enc, zip or crit value this build does not know
    Malformed, ///< not a JWE: a missing or ill-typed header member, a part that must be empty
};

/// "decrypted", "cannot_decrypt", "key_mismatch", "refused", "unsupported", "malformed".
QString jweStatusName(JweStatus status);

struct JweOptions
{
    static constexpr qint64 DefaultMaxPbes2Count = 1000000;
    static constexpr qsizetype DefaultMaxPlaintextBytes = 16 * 1024 * 1024;

    /// A PBES2 token whose "p2c" is above this is refused before any key derivation
    /// (RFC 7518 §4.8.1.2 leaves the bound to the recipient; each iteration is an HMAC).
    qint64 maxPbes2Count = DefaultMaxPbes2Count;
    /// A "zip":"DEF" plaintext is inflated up to this size; beyond it the token is refused and
    /// nothing of it is returned (a deflate bomb cannot eat the memory).
    qsizetype maxPlaintextBytes = DefaultMaxPlaintextBytes;
};

/// The values between the key and the token, for the window's Explain view (CEK →
/// encrypted key → IV → AAD → ciphertext and tag). The secret ones are wiped (OPENSSL_cleanse)
/// when the last copy goes: do not keep a QByteArray copy of them longer than the struct.
struct JweSteps
{
    JweSteps() = default;
    ~JweSteps();
    JweSteps(const JweSteps &) = default;
    JweSteps &operator=(const JweSteps &) = default;
    JweSteps(JweSteps &&) noexcept = default;
    JweSteps &operator=(JweSteps &&) noexcept = default;

    QByteArray cek; ///< the content encryption key (secret)
    /// The key the key management derived: the Concat KDF output of ECDH-ES (the CEK itself
    /// for direct ECDH-ES) or the PBKDF2 output of PBES2; empty otherwise (secret).
    QByteArray derivedKey;
    QByteArray encryptedKey; ///< the JWE Encrypted Key (empty for dir and ECDH-ES)
    QByteArray iv;
    QByteArray aad; ///< ASCII(BASE64URL(protected header)) [ '.' BASE64URL(aad) ]
    QByteArray ciphertext;
    QByteArray tag;
    QByteArray compressed; ///< the DEFLATE bytes when "zip" is "DEF" (secret)
};

struct JweResult
{
    JweResult() = default;
    ~JweResult();
    JweResult(const JweResult &) = default;
    JweResult &operator=(const JweResult &) = default;
    JweResult(JweResult &&) noexcept = default;
    JweResult &operator=(JweResult &&) noexcept = default;

    JweStatus status = JweStatus::Malformed;
    /// One line, empty when decrypted, e.g. "cannot decrypt: the key is wrong or the token was
    /// modified", "p2c is 2000000, above the limit of 1000000 iterations".
    QString error;
    QByteArray plaintext; ///< only when Decrypted; wiped when the last copy goes
    QByteArray protectedHeader; ///< the protected header's JSON text (empty when there is none)
    /// The JOSE header of the recipient that matched (or of the first one): the protected,
    /// shared unprotected and per-recipient members, as one JSON object text.
    QByteArray header;
    QString alg; ///< as the header names them (also when unknown)
    QString enc;
    QString cty; ///< "cty" of the header ("JWT" for a nested token), empty when absent
    bool compressed = false; ///< "zip":"DEF"
    JoseSerialization serialization = JoseSerialization::Compact;
    qsizetype recipient = -1; ///< which recipient matched (0 for compact)
    qsizetype keyIndex = -1; ///< which of the keys given decrypted it
    Key key; ///< that key
    JweSteps steps; ///< filled as far as the successful attempt got; empty otherwise

    bool ok() const { return status == JweStatus::Decrypted; }
};

struct JweEncryptOptions
{
    static constexpr int DefaultPbes2Count = 10000;

    /// "p2c" for PBES2 (node jose refuses more than 10,000 by default).
    int pbes2Count = DefaultPbes2Count;
    /// Fixed values instead of fresh random ones, for known-answer tests and for showing the
    /// same steps again. Leave them empty: a JWE needs a new CEK and IV every time.
    QByteArray cek;
    QByteArray iv;
    QByteArray pbes2Salt; ///< "p2s"
    QByteArray keyWrapIv; ///< "iv" of the AES-GCM key wrap
    Key ephemeralKey; ///< the ECDH-ES sender's private key ("epk" is its public part)
};

struct JweEncrypted
{
    QString error; ///< empty on success
    QByteArray compact; ///< the compact JWE (RFC 7516 §7.1)
    QByteArray protectedHeader; ///< the header as encrypted (epk, p2s, p2c, iv, tag added)
    JweSteps steps;
    bool ok() const { return error.isEmpty(); }
};

enum class JweDirection {
    Decrypt,
    Encrypt
};

namespace Jwe {

/// Decrypts a JWE in any serialization (RFC 7516 §5.2). Each recipient is tried with each
/// key that fits it (keys whose "kid" the recipient names first); the first that decrypts
/// wins, and the result says which recipient and key. A PBES2 password is given as a secret
/// key (Key::fromSecret of its UTF-8 bytes). The tag is checked in constant time before any
/// plaintext is made; nothing of a failed attempt is returned, and its CEK and plaintext
/// buffers are wiped. Thread-safe.
JweResult decrypt(const JweMessage &message, const QList<Key> &keys,
                  const JweOptions &options = JweOptions());
/// The same for a compact JWE; a token that is not a well-formed JWE is Malformed.
JweResult decrypt(const Token &token, const QList<Key> &keys,
                  const JweOptions &options = JweOptions());
/// The same for text: a compact JWE, or the general or flattened JSON serialization.
JweResult decrypt(QByteArrayView text, const QList<Key> &keys,
                  const JweOptions &options = JweOptions());

/// Whether @p key can be used with @p alg and @p enc: RSA keys (private to decrypt) for
/// RSA-OAEP*, EC P-256/384/521 or X25519/X448 keys for ECDH-ES*, secrets of exactly the
/// right length for A*KW, A*GCMKW and dir, any secret (the password) for PBES2. RSA under
/// 2048 bits is Weak. A JWK "alg" member that names another algorithm is a Mismatch.
KeyFit checkFit(const Key &key, JweAlg alg, JweEnc enc, JweDirection direction);

/// A new key for @p alg (and @p enc, for dir): RSA-2048 for RSA-OAEP*, a private key on
/// @p curve ("P-256" by default, "P-384", "P-521", "X25519", "X448") for ECDH-ES*, a random
/// secret of the length the algorithm needs for A*KW, A*GCMKW and dir, and for PBES2 a random
/// password of 22 base64url characters (as a secret). Null with @p error on failure.
Key generateKey(JweAlg alg, JweEnc enc, const QString &curve = QString(), QString *error = nullptr);

/// Encrypts @p plaintext into a compact JWE. @p headerJson is the protected header, a JSON
/// object with string "alg" and "enc" (its key order and spelling are kept; "zip":"DEF"
/// compresses); the members the algorithm needs ("epk", "p2s", "p2c", "iv", "tag") are set in
/// it. A new random CEK and IV are made each time (unless @p options fixes them). RSA1_5 is
/// refused (decrypt only). Thread-safe.
JweEncrypted encrypt(QByteArrayView headerJson, QByteArrayView plaintext, const Key &key,
                     const JweEncryptOptions &options = JweEncryptOptions());

} // namespace Jwe
