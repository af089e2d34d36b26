// SPDX-License-Identifier: MIT
#include "key.h"

#include "keydata.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <atomic>
#include <memory>

namespace {

std::atomic<std::uint64_t> nextSerial {1};

constexpr CurveInfo curves[] = {
        {"P-256", "prime256v1", "P-256", 32, 256, Algorithm::ES256},
        {"P-384", "secp384r1", "P-384", 48, 384, Algorithm::ES384},
        {"P-521", "secp521r1", "P-521", 66, 521, Algorithm::ES512},
        {"secp256k1", "secp256k1", "secp256k1", 32, 256, Algorithm::ES256K},
};

/// Whether @p pkey has the BIGNUM parameter @p name (a private exponent or scalar).
bool hasBnParam(const EVP_PKEY *pkey, const char *name)
{
    BIGNUM *raw = nullptr;
    const bool has = EVP_PKEY_get_bn_param(pkey, name, &raw) == 1;
    const Ossl::BnPtr cleared(raw);
    return has;
}

bool hasPrivatePart(const EVP_PKEY *pkey, KeyKind kind)
{
    switch (kind) {
    case KeyKind::Rsa:
        return hasBnParam(pkey, OSSL_PKEY_PARAM_RSA_D);
    case KeyKind::Ec:
        return hasBnParam(pkey, OSSL_PKEY_PARAM_PRIV_KEY);
    case KeyKind::Ed25519:
    case KeyKind::Ed448:
    case KeyKind::X25519:
    case KeyKind::X448: {
        size_t len = 0;
        return EVP_PKEY_get_raw_private_key(pkey, nullptr, &len) == 1 && len > 0;
    }
    case KeyKind::Secret:
        break;
    }
    return false;
}

} // namespace

const CurveInfo *curveByJose(const QString &name)
{
    for (const CurveInfo &c : curves) {
        if (name == QLatin1String(c.jose))
            return &c;
    }
    return nullptr;
}

const CurveInfo *curveByOpenSsl(const char *name)
{
    const QByteArrayView n(name);
    for (const CurveInfo &c : curves) {
        if (n == QByteArrayView(c.openssl) || n == QByteArrayView(c.alias))
            return &c;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// KeyData

KeyData::~KeyData()
{
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
}

std::shared_ptr<KeyData> KeyData::fromPkey(EVP_PKEY *pkey, QString *error)
{
    Ossl::PkeyPtr owned(pkey);
    if (!pkey) {
        *error = QCoreApplication::translate("Key", "no key");
        return nullptr;
    }
    auto d = std::make_shared<KeyData>();
    switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA:
        d->kind = KeyKind::Rsa;
        d->bits = EVP_PKEY_get_bits(pkey);
        break;
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &len)
            != 1) {
            *error = QCoreApplication::translate(
                    "Key", "EC key with explicit curve parameters is not supported");
            return nullptr;
        }
        const CurveInfo *c = curveByOpenSsl(group);
        if (!c) {
            *error = QCoreApplication::translate("Key", "EC curve \"%1\" is not used by JWS")
                             .arg(QString::fromLatin1(group));
            return nullptr;
        }
        d->kind = KeyKind::Ec;
        d->curve = QString::fromLatin1(c->jose);
        d->ecdsaAlg = c->alg;
        d->bits = c->bits;
        break;
    }
    case EVP_PKEY_ED25519:
        d->kind = KeyKind::Ed25519;
        d->curve = QStringLiteral("Ed25519");
        d->bits = 256;
        break;
    case EVP_PKEY_ED448:
        d->kind = KeyKind::Ed448;
        d->curve = QStringLiteral("Ed448");
        d->bits = 456;
        break;
    case EVP_PKEY_X25519:
        d->kind = KeyKind::X25519;
        d->curve = QStringLiteral("X25519");
        d->bits = 253;
        break;
    case EVP_PKEY_X448:
        d->kind = KeyKind::X448;
        d->curve = QStringLiteral("X448");
        d->bits = 448;
        break;
    case EVP_PKEY_RSA_PSS:
        *error = QCoreApplication::translate(
                "Key",
                "RSA-PSS restricted keys (id-RSASSA-PSS) are not supported; use an "
                "rsaEncryption key");
        return nullptr;
    default:
        *error = QCoreApplication::translate("Key", "unsupported key type \"%1\"")
                         .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(pkey)));
        return nullptr;
    }
    d->isPrivate = hasPrivatePart(pkey, d->kind);
    d->pkey = std::move(owned);
    d->serial = nextSerial.fetch_add(1, std::memory_order_relaxed);
    return d;
}

std::shared_ptr<KeyData> KeyData::fromSecret(QByteArrayView bytes)
{
    auto d = std::make_shared<KeyData>();
    d->kind = KeyKind::Secret;
    d->secret = bytes.toByteArray();
    d->isPrivate = true;
    d->bits = int(bytes.size() * 8);
    d->serial = nextSerial.fetch_add(1, std::memory_order_relaxed);
    return d;
}

int curveFieldBytes(const QString &curve)
{
    const CurveInfo *c = curveByJose(curve);
    return c ? c->fieldBytes : 0;
}

// ---------------------------------------------------------------------------------------------
// Key

Key::Key() = default;
Key::~Key() = default;
Key::Key(const Key &other) = default;
Key &Key::operator=(const Key &other) = default;
Key::Key(Key &&other) noexcept = default;
Key &Key::operator=(Key &&other) noexcept = default;
Key::Key(std::shared_ptr<const KeyData> data)
    : d(std::move(data))
{ }

Key Key::fromSecret(QByteArrayView bytes)
{
    return Key(KeyData::fromSecret(bytes));
}

bool Key::isNull() const
{
    return !d;
}

KeyKind Key::kind() const
{
    return d ? d->kind : KeyKind::Secret;
}

bool Key::isPrivate() const
{
    return d && d->isPrivate;
}

int Key::bits() const
{
    return d ? d->bits : 0;
}

QString Key::curve() const
{
    return d ? d->curve : QString();
}

QString Key::kid() const
{
    return d ? d->kid : QString();
}

QString Key::jwkAlg() const
{
    return d ? d->jwkAlg : QString();
}

QString Key::description() const
{
    if (!d)
        return QCoreApplication::translate("Key", "no key");
    const bool priv = d->isPrivate;
    switch (d->kind) {
    case KeyKind::Secret:
        return QCoreApplication::translate("Key", "HMAC secret (%n byte(s))", nullptr,
                                           int(d->secret.size()));
    case KeyKind::Rsa:
        return (priv ? QCoreApplication::translate("Key", "RSA %1-bit private key")
                     : QCoreApplication::translate("Key", "RSA %1-bit public key"))
                .arg(d->bits);
    case KeyKind::Ec:
        return (priv ? QCoreApplication::translate("Key", "EC %1 private key")
                     : QCoreApplication::translate("Key", "EC %1 public key"))
                .arg(d->curve);
    case KeyKind::Ed25519:
        return priv ? QCoreApplication::translate("Key", "Ed25519 private key")
                    : QCoreApplication::translate("Key", "Ed25519 public key");
    case KeyKind::Ed448:
        return priv ? QCoreApplication::translate("Key", "Ed448 private key")
                    : QCoreApplication::translate("Key", "Ed448 public key");
    case KeyKind::X25519:
        return priv ? QCoreApplication::translate("Key", "X25519 private key")
                    : QCoreApplication::translate("Key", "X25519 public key");
    case KeyKind::X448:
        return priv ? QCoreApplication::translate("Key", "X448 private key")
                    : QCoreApplication::translate("Key", "X448 public key");
    }
    return {};
}

QByteArray Key::secretBytes() const
{
    return d && d->kind == KeyKind::Secret ? d->secret : QByteArray();
}

Key Key::publicKey() const
{
    if (!d || !d->isPrivate || d->kind == KeyKind::Secret)
        return *this;
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(d->pkey.get(), &der);
    if (len <= 0)
        return {};
    const Ossl::BytesPtr owned(der);
    const unsigned char *p = der;
    EVP_PKEY *pub = d2i_PUBKEY(nullptr, &p, len);
    QString error;
    auto data = KeyData::fromPkey(pub, &error);
    if (!data)
        return {};
    data->kid = d->kid;
    data->jwkAlg = d->jwkAlg;
    data->jwkAlgorithm = d->jwkAlgorithm;
    data->hasJwkAlg = d->hasJwkAlg;
    return Key(std::move(data));
}
