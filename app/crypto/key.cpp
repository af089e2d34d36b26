// SPDX-License-Identifier: MIT
#include "key.h"

#include "keydata.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <atomic>
#include <cstring>
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

/// The value of a BIGNUM parameter, or null.
Ossl::BnPtr bnParam(const EVP_PKEY *pkey, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return nullptr;
    return Ossl::BnPtr(raw);
}

/// What makes an RSA public key unusable, or empty: a key with e = 1 lets a signature equal
/// to the padded hash verify, an even or tiny modulus is not a product of two odd primes,
/// and a modulus far beyond any real key costs minutes per signature.
QString rsaProblem(const EVP_PKEY *pkey, int bits)
{
    constexpr int maxBits = 16384;
    if (bits > maxBits) {
        return QCoreApplication::translate("Key",
                                           "the RSA modulus has %1 bits; keys over %2 bits are "
                                           "refused")
                .arg(bits)
                .arg(maxBits);
    }
    const Ossl::BnPtr n = bnParam(pkey, OSSL_PKEY_PARAM_RSA_N);
    const Ossl::BnPtr e = bnParam(pkey, OSSL_PKEY_PARAM_RSA_E);
    if (!n || !e)
        return QCoreApplication::translate("Key", "the RSA key has no modulus or exponent");
    if (BN_num_bits(n.get()) <= 1)
        return QCoreApplication::translate("Key", "the RSA modulus n is %1: not a key")
                .arg(BN_is_zero(n.get()) ? 0 : 1);
    if (!BN_is_odd(n.get()))
        return QCoreApplication::translate("Key",
                                           "the RSA modulus n is even: not a product of two odd "
                                           "primes");
    if (BN_is_zero(e.get()) || BN_is_one(e.get())) {
        return QCoreApplication::translate("Key",
                                           "the RSA public exponent e is %1: any signature equal "
                                           "to the padded hash would verify")
                .arg(BN_is_zero(e.get()) ? 0 : 1);
    }
    if (!BN_is_odd(e.get()))
        return QCoreApplication::translate("Key",
                                           "the RSA public exponent e is even: not an RSA key");
    if (BN_cmp(e.get(), n.get()) >= 0)
        return QCoreApplication::translate("Key",
                                           "the RSA public exponent e is not smaller than the "
                                           "modulus n");
    return {};
}

/// The encodings of the points of small order of Ed25519 (the identity among them), without
/// the sign bit of x (the top bit of the last byte): with such a public key, a chosen
/// signature verifies for any message.
constexpr unsigned char ed25519SmallOrder[][32] = {
        {0x00}, // y = 0 (order 4)
        {0x01}, // y = 1, the identity
        {0x26, 0xe8, 0x95, 0x8f, 0xc2, 0xb2, 0x27, 0xb0, 0x45, 0xc3, 0xf4, 0x89, 0xf2, 0xef, 0x98, 0xf0,
         0xd5, 0xdf, 0xac, 0x05, 0xd3, 0xc6, 0x33, 0x39, 0xb1, 0x38, 0x02, 0x88, 0x6d, 0x53, 0xfc, 0x05},
        {0xc7, 0x17, 0x6a, 0x70, 0x3d, 0x4d, 0xd8, 0x4f, 0xba, 0x3c, 0x0b, 0x76, 0x0d, 0x10, 0x67, 0x0f,
         0x2a, 0x20, 0x53, 0xfa, 0x2c, 0x39, 0xcc, 0xc6, 0x4e, 0xc7, 0xfd, 0x77, 0x92, 0xac, 0x03, 0x7a},
        // y = p - 1 (order 2), and y = p, p + 1 (0 and 1 written beyond the field: not canonical)
        {0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
        {0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
        {0xee, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
         0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
};

/// Whether the Ed25519 or Ed448 public key of @p pkey is a point of small order (for Ed448:
/// y = 0, 1, p - 1, or 0 and 1 written as p and p + 1).
bool hasSmallOrder(const EVP_PKEY *pkey, KeyKind kind)
{
    unsigned char raw[57] = {};
    size_t len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(pkey, raw, &len) != 1)
        return true;
    if (kind == KeyKind::Ed25519) {
        if (len != 32)
            return true;
        raw[31] &= 0x7f;
        for (const auto &point : ed25519SmallOrder) {
            if (std::memcmp(point, raw, 32) == 0)
                return true;
        }
        return false;
    }
    if (len != 57)
        return true;
    raw[56] &= 0x7f;
    unsigned char y[5][57] = {};
    y[1][0] = 0x01; // 1
    std::memset(y[2], 0xff, 56); // p - 1 = 2^448 - 2^224 - 2
    y[2][0] = 0xfe;
    y[2][28] = 0xfe;
    std::memset(y[3], 0xff, 56); // p
    y[3][28] = 0xfe;
    std::memset(y[4] + 28, 0xff, 28); // p + 1 = 2^448 - 2^224
    for (const auto &point : y) {
        if (std::memcmp(point, raw, 57) == 0)
            return true;
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
    case EVP_PKEY_RSA: {
        d->kind = KeyKind::Rsa;
        d->bits = EVP_PKEY_get_bits(pkey);
        const QString problem = rsaProblem(pkey, d->bits);
        if (!problem.isEmpty()) {
            *error = problem;
            return nullptr;
        }
        break;
    }
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
        // The point at infinity, a point off the curve or outside the group: no key.
        const Ossl::PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
        if (!check || EVP_PKEY_public_check(check.get()) != 1) {
            ERR_clear_error();
            *error = QCoreApplication::translate("Key", "the public point is not on curve %1")
                             .arg(QString::fromLatin1(c->jose));
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
    if ((d->kind == KeyKind::Ed25519 || d->kind == KeyKind::Ed448) && hasSmallOrder(pkey, d->kind)) {
        *error = QCoreApplication::translate("Key",
                                             "the %1 public key is a point of small order (the "
                                             "identity or a torsion point): a chosen signature "
                                             "would verify for any token")
                         .arg(d->curve);
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
    d->secretForm = classifySecret(bytes);
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

SecretForm Key::secretForm() const
{
    return d && d->kind == KeyKind::Secret ? d->secretForm : SecretForm::Secret;
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
    data->use = d->use;
    data->keyOps = d->keyOps;
    data->signs = d->signs;
    return Key(std::move(data));
}
