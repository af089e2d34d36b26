// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

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

/// What the bytes of an HMAC secret are when they are key material instead (a public key
/// given as a secret: the algorithm confusion of RFC 8725 §2.1). Such a secret never
/// verifies (checkVerifyFit(), keyfit.h); it still signs, for test tokens that show the attack.
enum class SecretForm {
    Secret, ///< bytes that are nothing else: a secret
    Pem, ///< a PEM block (public or private key, "-----BEGIN …")
    Certificate, ///< a PEM X.509 certificate
    Jwk, ///< a JSON object with "kty"
    Jwks, ///< a JSON object with a "keys" array
    Der, ///< a DER key: SubjectPublicKeyInfo, PKCS#1, PKCS#8, SEC1
    DerCertificate, ///< a DER X.509 certificate
    Base64Der, ///< base64 text of a DER key or certificate (a PEM block without its lines)
};

/// Reads @p bytes as SecretForm (a byte-order mark and surrounding blanks are ignored).
SecretForm classifySecret(QByteArrayView bytes);
/// "a PEM key", "a JWK", … (translated).
QString secretFormName(SecretForm form);

/// A key for signing or verifying: an HMAC secret or an asymmetric key, public or private.
/// A value type (cheap to copy, immutable). Secret bytes are cleansed when the last copy
/// goes. No OpenSSL type appears here.
///
/// Reading keys: loadKeys() (keyset.h); whether a key fits an algorithm: checkFit() and
/// chooseKey() (keyfit.h). toPem() is defined in pem.cpp, toJwk() and thumbprint() in jwk.cpp.
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
    /// What a Secret key's bytes are (classifySecret()); Secret for other keys.
    SecretForm secretForm() const;
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
