// SPDX-License-Identifier: MIT
#pragma once
// Private to app/crypto: with ossl.h, the only headers with an OpenSSL type in them.

#include "algorithm.h"
#include "key.h"
#include "ossl.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

/// The immutable payload of a Key: an EVP_PKEY (asymmetric) or secret bytes (HMAC).
/// Shared read-only between copies of a Key and between threads: OpenSSL allows an EVP_PKEY
/// to be used concurrently for signing and verifying; nothing here mutates after creation.
class KeyData : public std::enable_shared_from_this<KeyData>
{
public:
    KeyData() = default;
    ~KeyData();
    KeyData(const KeyData &) = delete;
    KeyData &operator=(const KeyData &) = delete;

    /// Wraps @p pkey (takes ownership, also on failure). Recognises RSA, EC (P-256, P-384,
    /// P-521, secp256k1), Ed25519, Ed448, X25519 and X448; anything else gives null and @p error.
    static std::shared_ptr<KeyData> fromPkey(EVP_PKEY *pkey, QString *error);
    static std::shared_ptr<KeyData> fromSecret(QByteArrayView bytes);

    KeyKind kind = KeyKind::Secret;
    Ossl::PkeyPtr pkey; ///< null for secrets
    QByteArray secret; ///< HMAC key bytes; cleansed in the destructor
    SecretForm secretForm = SecretForm::Secret; ///< what the secret's bytes are
    bool isPrivate = false;
    int bits = 0;
    QString curve; ///< JOSE name
    QString kid;
    QString jwkAlg;
    /// For the hot path of verify(), which must not build strings: the algorithm an EC
    /// key's curve implies, and the JWK "alg" when there is one (None when unregistered).
    Algorithm ecdsaAlg = Algorithm::None;
    Algorithm jwkAlgorithm = Algorithm::None;
    bool hasJwkAlg = false;
    /// The JWK's "use" and "key_ops" (RFC 7517 §4.2, §4.3), and whether they allow signing
    /// and verifying: false for "use": "enc", or "key_ops" without "sign" or "verify".
    QString use;
    QStringList keyOps;
    bool signs = true;
    /// Unique for the process lifetime: identifies the key in per-thread caches (an address
    /// could be reused by a later key).
    std::uint64_t serial = 0;
};

/// Whether @p key fits @p alg, without the reason and without the Weak cases: the cheap
/// test verify() makes before it asks checkFit() why not. (keyfit.cpp)
bool fitsQuickly(const KeyData &key, Algorithm alg);

/// An elliptic curve of JWS (RFC 7518 §6.2.1.1, RFC 8812 §3.1). (key.cpp)
struct CurveInfo
{
    const char *jose;
    const char *openssl; ///< group name as OpenSSL reports it
    const char *alias; ///< another name OpenSSL may report
    int fieldBytes;
    int bits;
    Algorithm alg;
};

/// The curve of a JOSE "crv" name, or null.
const CurveInfo *curveByJose(const QString &name);
/// The curve of an OpenSSL group name, or null.
const CurveInfo *curveByOpenSsl(const char *name);

/// Bytes of the field of a JOSE curve (32, 48, 66), 0 when unknown.
int curveFieldBytes(const QString &curve);
