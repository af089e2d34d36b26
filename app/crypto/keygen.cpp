// SPDX-License-Identifier: MIT
#include "keygen.h"

#include "keydata.h"
#include "securebytes.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/obj_mac.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace {

/// The largest RSA size offered: beyond it generation takes minutes.
constexpr int maxRsaBits = 16384;

GeneratedKey fromPkey(EVP_PKEY *pkey)
{
    GeneratedKey result;
    if (!pkey) {
        ERR_clear_error();
        result.error = QCoreApplication::translate("KeyGen", "OpenSSL could not generate the key");
        return result;
    }
    QString error;
    auto data = KeyData::fromPkey(pkey, &error);
    if (!data) {
        result.error = error;
        return result;
    }
    result.key = Key(std::move(data));
    return result;
}

using KdfPtr = std::unique_ptr<EVP_KDF, Ossl::Deleter<&EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, Ossl::Deleter<&EVP_KDF_CTX_free>>;
using GroupPtr = std::unique_ptr<EC_GROUP, Ossl::Deleter<&EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, Ossl::Deleter<&EC_POINT_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, Ossl::Deleter<&BN_CTX_free>>;

/// HKDF-SHA-256 of @p seed (see generateKeyFromSeed); the output is cleansed by the caller.
SecureBytes hkdf(QByteArrayView seed, const QByteArray &info, int length)
{
    static const char salt[] = "jwtlens keygen --seed v1";
    const KdfPtr kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    const KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return SecureBytes();
    char digest[] = "SHA256";
    // An empty seed is allowed by HKDF, but OpenSSL wants a key buffer: point at the salt.
    const char *ikm = seed.isEmpty() ? salt : seed.data();
    const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char *>(ikm),
                                              size_t(seed.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt),
                                              sizeof salt - 1),
            OSSL_PARAM_construct_octet_string(
                    OSSL_KDF_PARAM_INFO, const_cast<char *>(info.constData()), size_t(info.size())),
            OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, '\0');
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(length),
                       params)
        != 1) {
        ERR_clear_error();
        return SecureBytes();
    }
    return SecureBytes(std::move(out));
}

GeneratedKey edwardsFromSeed(QByteArrayView seed, bool ed448)
{
    const char *name = ed448 ? "Ed448" : "Ed25519";
    const SecureBytes priv = hkdf(seed, QByteArray(name), ed448 ? 57 : 32);
    if (priv.bytes().isEmpty())
        return fromPkey(nullptr);
    return fromPkey(EVP_PKEY_new_raw_private_key(
            ed448 ? EVP_PKEY_ED448 : EVP_PKEY_ED25519, nullptr,
            reinterpret_cast<const unsigned char *>(priv.bytes().constData()),
            size_t(priv.bytes().size())));
}

GeneratedKey ecFromSeed(QByteArrayView seed, const CurveInfo &curve)
{
    const SecureBytes okm = hkdf(seed, QByteArray(curve.jose), curve.fieldBytes + 16);
    const GroupPtr group(EC_GROUP_new_by_curve_name(OBJ_sn2nid(curve.openssl)));
    const BnCtxPtr bnCtx(BN_CTX_secure_new());
    const Ossl::BnPtr c(okm.bytes().isEmpty() ? nullptr
                                              : BN_bin2bn(reinterpret_cast<const unsigned char *>(
                                                                  okm.bytes().constData()),
                                                          int(okm.bytes().size()), nullptr));
    const Ossl::BnPtr nMinus1(BN_new());
    const Ossl::BnPtr d(BN_secure_new());
    const PointPtr point(group ? EC_POINT_new(group.get()) : nullptr);
    if (!group || !bnCtx || !c || !nMinus1 || !d || !point
        || !BN_copy(nMinus1.get(), EC_GROUP_get0_order(group.get()))
        || !BN_sub_word(nMinus1.get(), 1) || !BN_nnmod(d.get(), c.get(), nMinus1.get(), bnCtx.get())
        || !BN_add_word(d.get(), 1)
        || EC_POINT_mul(group.get(), point.get(), d.get(), nullptr, nullptr, bnCtx.get()) != 1)
        return fromPkey(nullptr);
    unsigned char *pub = nullptr;
    const size_t pubLen = EC_POINT_point2buf(group.get(), point.get(),
                                             POINT_CONVERSION_UNCOMPRESSED, &pub, bnCtx.get());
    const Ossl::BytesPtr ownedPub(pub);
    const Ossl::ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (pubLen == 0 || !bld
        || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve.openssl, 0)
                != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get()) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, pub, pubLen) != 1)
        return fromPkey(nullptr);
    const Ossl::ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    const Ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_KEYPAIR, params.get()) != 1) {
        EVP_PKEY_free(pkey);
        return fromPkey(nullptr);
    }
    return fromPkey(pkey);
}

/// The Edwards curve a key for @p alg gets: the one a fully specified name (Ed25519, Ed448,
/// RFC 9864) says, when @p requested agrees; for EdDSA the requested one, Ed25519 by default.
/// Empty when they contradict (or the request is no Edwards curve).
QString edwardsCurve(Algorithm alg, const QString &requested)
{
    const QString fixed = Algorithms::curve(alg);
    if (!fixed.isEmpty())
        return requested.isEmpty() || requested == fixed ? fixed : QString();
    if (requested.isEmpty())
        return QStringLiteral("Ed25519");
    return requested == QLatin1String("Ed25519") || requested == QLatin1String("Ed448") ? requested
                                                                                        : QString();
}

} // namespace

GeneratedKey generateKeyFromSeed(Algorithm alg, QByteArrayView seed, const QString &edCurve)
{
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::EdDsa: {
        const QString curve = edwardsCurve(alg, edCurve);
        if (curve == QLatin1String("Ed25519"))
            return edwardsFromSeed(seed, false);
        if (curve == QLatin1String("Ed448"))
            return edwardsFromSeed(seed, true);
        break;
    }
    case AlgorithmFamily::Ecdsa:
        if (const CurveInfo *curve = curveByJose(Algorithms::curve(alg)))
            return ecFromSeed(seed, *curve);
        break;
    default:
        break;
    }
    GeneratedKey result;
    result.error = QCoreApplication::translate(
            "KeyGen", "a key from a seed is made for EdDSA and ES256/ES384/ES512/ES256K only");
    return result;
}

namespace {

struct RsaProgress
{
    const std::function<void(const KeygenProgress &)> *report = nullptr;
    KeygenProgress state;
};

/// OpenSSL's key generation callback (BN_GENCB's stages): 0 a candidate was made, 1 a
/// Miller-Rabin round passed, 2 a prime was rejected for the key, 3 a prime was found.
int rsaProgress(EVP_PKEY_CTX *ctx)
{
    auto *progress = static_cast<RsaProgress *>(EVP_PKEY_CTX_get_app_data(ctx));
    const int stage = EVP_PKEY_CTX_get_keygen_info(ctx, 0);
    if (stage == 0) {
        ++progress->state.candidates;
    } else if (stage == 3) {
        ++progress->state.primesFound;
        progress->state.candidates = 0;
    } else {
        return 1;
    }
    (*progress->report)(progress->state);
    return 1;
}

EVP_PKEY *generateRsa(int bits, const std::function<void(const KeygenProgress &)> &report)
{
    if (!report)
        return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    RsaProgress progress;
    progress.report = &report;
    if (ctx && EVP_PKEY_keygen_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) > 0) {
        EVP_PKEY_CTX_set_app_data(ctx, &progress);
        EVP_PKEY_CTX_set_cb(ctx, rsaProgress);
        if (EVP_PKEY_generate(ctx, &pkey) <= 0)
            pkey = nullptr;
    }
    EVP_PKEY_CTX_free(ctx);
    return pkey;
}

} // namespace

GeneratedKey generateKey(Algorithm alg, int rsaBits, const QString &edCurve,
                         const std::function<void(const KeygenProgress &)> &progress)
{
    GeneratedKey result;
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        result.error = QCoreApplication::translate("KeyGen", "\"none\" has no key");
        return result;
    case AlgorithmFamily::Hmac: {
        QByteArray secret = randomBytes(Algorithms::hashBits(alg) / 8);
        if (secret.isEmpty()) {
            result.error = QCoreApplication::translate("KeyGen", "the random generator failed");
            return result;
        }
        result.key = Key::fromSecret(secret);
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
        return result;
    }
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss: {
        const int bits = rsaBits == 0 ? 2048 : rsaBits;
        if (bits < 2048) {
            result.error
                    = QCoreApplication::translate("KeyGen", "RSA keys need at least 2048 bits");
            return result;
        }
        if (bits > maxRsaBits) {
            result.error = QCoreApplication::translate(
                                   "KeyGen", "RSA keys of more than %1 bits are not offered")
                                   .arg(maxRsaBits);
            return result;
        }
        return fromPkey(generateRsa(bits, progress));
    }
    case AlgorithmFamily::Ecdsa: {
        const QString curve = Algorithms::curve(alg);
        // OpenSSL knows the NIST curves by their JOSE names, and secp256k1 by its own.
        const QByteArray name = curve.toLatin1();
        return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", name.constData()));
    }
    case AlgorithmFamily::EdDsa: {
        const QString curve = edwardsCurve(alg, edCurve);
        if (curve == QLatin1String("Ed25519"))
            return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        if (curve == QLatin1String("Ed448"))
            return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448"));
        result.error = Algorithms::curve(alg).isEmpty()
                ? QCoreApplication::translate("KeyGen",
                                              "EdDSA curve \"%1\" is not Ed25519 or Ed448")
                          .arg(edCurve)
                : QCoreApplication::translate("KeyGen", "%1 needs the curve %1, not \"%2\"")
                          .arg(Algorithms::name(alg), edCurve);
        return result;
    }
    }
    result.error = QCoreApplication::translate("KeyGen", "unknown algorithm");
    return result;
}

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        ERR_clear_error();
        return {};
    }
    return bytes;
}
