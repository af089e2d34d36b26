// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class KeyData; // private: holds the OpenSSL key or the secret bytes

enum class KeyKind {
    Secret,
    Rsa,
    Ec,
    Ed25519,
    Ed448,
    X25519, ///< key agreement only (JWE ECDH-ES, RFC 8037 §3.2)
    X448, ///< key agreement only (JWE ECDH-ES, RFC 8037 §3.2)
};

/// A key for signing or verifying: an HMAC secret or an asymmetric key, public or private.
/// A value type (cheap to copy, immutable). Secret bytes are cleansed when the last copy
/// goes. No OpenSSL type appears here.
class Key
{
public:
    Key(); ///< a null key
    ~Key();
    Key(const Key &other);
    Key &operator=(const Key &other);
    Key(Key &&other) noexcept;
    Key &operator=(Key &&other) noexcept;

    /// An HMAC secret (the bytes are copied; the copy is cleansed when the key goes).
    static Key fromSecret(QByteArrayView bytes);

    bool isNull() const;
    KeyKind kind() const;
    bool isPrivate() const; ///< can sign (secrets and private keys)
    /// RSA modulus bits, EC field bits (256, 384, 521), 256/456 for Ed25519/Ed448,
    /// 253/448 for X25519/X448, secret length × 8.
    int bits() const;
    /// "P-256", "P-384", "P-521", "secp256k1", "Ed25519", "Ed448", "X25519", "X448"; empty
    /// otherwise.
    QString curve() const;
    QString kid() const; ///< "kid" of a JWK, else empty
    QString jwkAlg() const; ///< "alg" of a JWK, else empty
    /// One translatable line, e.g. "RSA 2048-bit private key", "HMAC secret (32 bytes)".
    QString description() const;

    QByteArray secretBytes() const; ///< the secret of a Secret key, else empty
    Key publicKey() const; ///< same key without its private part (self for public)

    /// PEM: PKCS#8 for a private key, SPKI for a public one (asymmetric keys only).
    QByteArray toPem() const;
    /// Compact JWK, members in RFC 7638 order then "kid"; private members only when
    /// @p includePrivate and the key has them. Secrets give {"k":…,"kty":"oct"}.
    QByteArray toJwk(bool includePrivate) const;
    /// RFC 7638 JWK thumbprint (SHA-256 of the required members), raw bytes.
    QByteArray thumbprint() const;

    /// For app/crypto only.
    const KeyData *data() const { return d.get(); }
    explicit Key(std::shared_ptr<const KeyData> data);

private:
    std::shared_ptr<const KeyData> d;
};

enum class KeyFormat {
    Unknown,
    PemPublic, ///< SPKI "PUBLIC KEY" or PKCS#1 "RSA PUBLIC KEY"
    PemPrivate, ///< PKCS#8, PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY"
    PemCertificate, ///< X.509 "CERTIFICATE" (its public key)
    Jwk,
    Jwks,
};

struct KeySet
{
    QList<Key> keys;
    KeyFormat format = KeyFormat::Unknown;
    /// Why nothing was loaded, naming the place, e.g. "JWK: member \"n\" is missing",
    /// "PEM: truncated base64 in line 4", "JWKS: key 2: unsupported kty \"foo\"".
    QString error;
    /// Keys of a JWKS that were skipped because their kty or curve is not for JWS signatures
    /// (RFC 7517 §5 says to ignore them), e.g. "JWKS: key 2: unsupported kty \"foo\"".
    QStringList skipped;
    bool ok() const { return error.isEmpty() && !keys.isEmpty(); }
};

/// Loads key text: PEM (SPKI, PKCS#1, PKCS#8, SEC1, X.509 certificate; every block of a
/// bundle), a JWK (oct, RSA, EC, OKP; public or private) or a JWKS. Never asks for a
/// passphrase (encrypted PEM is an error that says so).
KeySet loadKeys(QByteArrayView text);

struct KeyChoice
{
    Key key; ///< null when none fits
    QString error; ///< why none fits
};

/// Picks from @p keys the one for a token: by @p kid when given and present among the keys,
/// else the first whose type fits @p alg.
KeyChoice chooseKey(const QList<Key> &keys, Algorithm alg, QStringView kid);

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
