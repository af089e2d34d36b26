// SPDX-License-Identifier: MIT
#include "jws.h"

#include "ecdsa.h"
#include "keydata.h"
#include "keyfit.h"
#include "ossl.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <array>
#include <cstring>
#include <memory>

namespace {

/// A keyed HMAC context per thread and key, re-initialised (not re-keyed) per call: keying
/// hashes the secret into the inner and outer pads, which is most of the cost of HMAC on a
/// short token. Slots whose Key has gone are freed (cleansing them) on the next use.
class MacCache
{
public:
    EVP_MAC_CTX *context(const KeyData &key, int bits)
    {
        Slot *free = nullptr;
        for (Slot &s : m_slots) {
            if (s.ctx && s.owner.expired())
                s = Slot();
            if (s.ctx && s.serial == key.serial && s.bits == bits) {
                if (EVP_MAC_init(s.ctx.get(), nullptr, 0, nullptr) == 1)
                    return s.ctx.get();
                s = Slot();
            }
            if (!s.ctx && !free)
                free = &s;
        }
        if (!free) {
            free = &m_slots[m_next];
            m_next = (m_next + 1) % m_slots.size();
            *free = Slot();
        }
        Ossl::MacCtxPtr ctx = Ossl::newHmac(key.secret, bits);
        if (!ctx)
            return nullptr;
        free->ctx = std::move(ctx);
        free->owner = key.weak_from_this();
        free->serial = key.serial;
        free->bits = bits;
        return free->ctx.get();
    }

private:
    struct Slot
    {
        Ossl::MacCtxPtr ctx;
        std::weak_ptr<const KeyData> owner;
        std::uint64_t serial = 0;
        int bits = 0;
    };
    std::array<Slot, 4> m_slots;
    size_t m_next = 0;
};

thread_local MacCache macCache;

/// HMAC of @p data into @p out (at least 64 bytes); the length, or 0 on failure.
size_t hmacInto(const KeyData &key, int bits, QByteArrayView data, unsigned char *out)
{
    EVP_MAC_CTX *ctx = macCache.context(key, bits);
    size_t len = 0;
    if (!ctx
        || EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(data.data()),
                          size_t(data.size()))
                != 1
        || EVP_MAC_final(ctx, out, &len, EVP_MAX_MD_SIZE) != 1)
        return 0;
    return len;
}

/// One EVP_MD_CTX per thread, reset between uses (saves an allocation per call).
class MdContext
{
public:
    EVP_MD_CTX *get()
    {
        EVP_MD_CTX_reset(m_ctx.get());
        return m_ctx.get();
    }

private:
    const Ossl::MdCtxPtr m_ctx {EVP_MD_CTX_new()};
};

thread_local MdContext mdContext;

/// Initialises @p ctx for signing or verifying with the padding of @p alg.
bool initSigVer(EVP_MD_CTX *ctx, Algorithm alg, EVP_PKEY *pkey, bool signing)
{
    const AlgorithmFamily family = Algorithms::family(alg);
    const EVP_MD *md
            = family == AlgorithmFamily::EdDsa ? nullptr : Ossl::sha(Algorithms::hashBits(alg));
    if (family != AlgorithmFamily::EdDsa && !md)
        return false;
    EVP_PKEY_CTX *pctx = nullptr;
    const int ok = signing ? EVP_DigestSignInit(ctx, &pctx, md, nullptr, pkey)
                           : EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, pkey);
    if (ok != 1)
        return false;
    if (family == AlgorithmFamily::RsaPss) {
        // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash output.
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1)
            return false;
    }
    return true;
}

/// Verification contexts per thread, initialised once per key and algorithm and copied for
/// each call: EVP_DigestVerifyInit looks the signature and digest up by name and sets up the
/// provider context, which is about a tenth of an RSA-2048 verification. A copy shares the
/// key and the fetched methods. Slots whose Key has gone are freed on the next use.
class VerifyCache
{
public:
    /// A context ready for EVP_DigestVerify with @p key and @p alg, or null.
    EVP_MD_CTX *context(const KeyData &key, Algorithm alg)
    {
        if (!m_work)
            return nullptr;
        Slot *slot = find(key, alg);
        if (slot && EVP_MD_CTX_copy_ex(m_work.get(), slot->ctx.get()) == 1)
            return m_work.get();
        ERR_clear_error();
        // No template, or a provider that cannot copy: initialise directly.
        EVP_MD_CTX_reset(m_work.get());
        return initSigVer(m_work.get(), alg, key.pkey.get(), false) ? m_work.get() : nullptr;
    }

private:
    struct Slot
    {
        Ossl::MdCtxPtr ctx;
        std::weak_ptr<const KeyData> owner;
        std::uint64_t serial = 0;
        Algorithm alg = Algorithm::None;
    };

    Slot *find(const KeyData &key, Algorithm alg)
    {
        Slot *free = nullptr;
        for (Slot &s : m_slots) {
            if (s.ctx && s.owner.expired())
                s = Slot();
            if (s.ctx && s.serial == key.serial && s.alg == alg)
                return &s;
            if (!s.ctx && !free)
                free = &s;
        }
        if (!free) {
            free = &m_slots[m_next];
            m_next = (m_next + 1) % m_slots.size();
            *free = Slot();
        }
        Ossl::MdCtxPtr ctx(EVP_MD_CTX_new());
        if (!ctx || !initSigVer(ctx.get(), alg, key.pkey.get(), false)) {
            ERR_clear_error();
            return nullptr;
        }
        free->ctx = std::move(ctx);
        free->owner = key.weak_from_this();
        free->serial = key.serial;
        free->alg = alg;
        return free;
    }

    std::array<Slot, 8> m_slots;
    size_t m_next = 0;
    const Ossl::MdCtxPtr m_work {EVP_MD_CTX_new()};
};

thread_local VerifyCache verifyCache;

// Group orders, big-endian, at the curve's field width (for the r, s < n check).
// clang-format off
constexpr unsigned char orderP256[32] = {
    0xff,0xff,0xff,0xff,0x00,0x00,0x00,0x00,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,
    0xbc,0xe6,0xfa,0xad,0xa7,0x17,0x9e,0x84,0xf3,0xb9,0xca,0xc2,0xfc,0x63,0x25,0x51};
constexpr unsigned char orderP384[48] = {
    0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,
    0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xc7,0x63,0x4d,0x81,0xf4,0x37,0x2d,0xdf,
    0x58,0x1a,0x0d,0xb2,0x48,0xb0,0xa7,0x7a,0xec,0xec,0x19,0x6a,0xcc,0xc5,0x29,0x73};
constexpr unsigned char orderP521[66] = {
    0x01,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,
    0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,
    0xff,0xfa,0x51,0x86,0x87,0x83,0xbf,0x2f,0x96,0x6b,0x7f,0xcc,0x01,0x48,0xf7,0x09,
    0xa5,0xd0,0x3b,0xb5,0xc9,0xb8,0x89,0x9c,0x47,0xae,0xbb,0x6f,0xb7,0x1e,0x91,0x38,
    0x64,0x09};
constexpr unsigned char orderK256[32] = {
    0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xff,0xfe,
    0xba,0xae,0xdc,0xe6,0xaf,0x48,0xa0,0x3b,0xbf,0xd2,0x5e,0x8c,0xd0,0x36,0x41,0x41};
// clang-format on

const unsigned char *curveOrder(Algorithm alg)
{
    switch (alg) {
    case Algorithm::ES256:
        return orderP256;
    case Algorithm::ES384:
        return orderP384;
    case Algorithm::ES512:
        return orderP521;
    case Algorithm::ES256K:
        return orderK256;
    default:
        return nullptr;
    }
}

bool allZero(const unsigned char *p, size_t n)
{
    unsigned char acc = 0;
    for (size_t i = 0; i < n; ++i)
        acc |= p[i];
    return acc == 0;
}

Verification invalid(const QString &reason)
{
    return {SignatureStatus::Invalid, reason};
}

Verification verifyEcdsa(Algorithm alg, const KeyData &key, QByteArrayView input,
                         QByteArrayView signature)
{
    const size_t half = alg == Algorithm::ES512 ? 66 : alg == Algorithm::ES384 ? 48 : 32;
    const auto *sig = reinterpret_cast<const unsigned char *>(signature.data());
    if (size_t(signature.size()) != 2 * half) {
        if (signature.size() > 0 && sig[0] == 0x30
            && !Ecdsa::derToRaw(signature, int(half)).isEmpty())
            return invalid(QCoreApplication::translate(
                                   "Jws",
                                   "the ECDSA signature is DER-encoded; JWS needs the raw R||S "
                                   "form of %1 bytes (RFC 7518 §3.4)")
                                   .arg(2 * half));
        return invalid(QCoreApplication::translate(
                               "Jws", "an %1 signature must be %2 bytes (R||S), got %3")
                               .arg(Algorithms::name(alg))
                               .arg(2 * half)
                               .arg(signature.size()));
    }
    // OpenSSL refuses these too; checking first gives the reason. r = 0 or s = 0 is the
    // "psychic signature" that Java accepted (CVE-2022-21449).
    if (allZero(sig, half))
        return invalid(QCoreApplication::translate(
                "Jws", "ECDSA r is zero: never a valid signature (CVE-2022-21449)"));
    if (allZero(sig + half, half))
        return invalid(QCoreApplication::translate(
                "Jws", "ECDSA s is zero: never a valid signature (CVE-2022-21449)"));
    const unsigned char *order = curveOrder(alg);
    if (std::memcmp(sig, order, half) >= 0)
        return invalid(QCoreApplication::translate("Jws", "ECDSA r is not below the group order"));
    if (std::memcmp(sig + half, order, half) >= 0)
        return invalid(QCoreApplication::translate("Jws", "ECDSA s is not below the group order"));
    unsigned char der[Ecdsa::MaxDerSize];
    const qsizetype derLen = Ecdsa::rawToDerInto(signature, der);
    EVP_MD_CTX *ctx = verifyCache.context(key, alg);
    if (!ctx) {
        ERR_clear_error();
        return invalid(
                QCoreApplication::translate("Jws", "OpenSSL could not set up ECDSA verification"));
    }
    const int rc = EVP_DigestVerify(ctx, der, size_t(derLen),
                                    reinterpret_cast<const unsigned char *>(input.data()),
                                    size_t(input.size()));
    if (rc != 1) {
        ERR_clear_error();
        return invalid(QCoreApplication::translate("Jws", "the signature does not match"));
    }
    return {SignatureStatus::Valid, {}};
}

Verification verifyAsymmetric(Algorithm alg, const KeyData &key, QByteArrayView input,
                              QByteArrayView signature)
{
    const AlgorithmFamily family = Algorithms::family(alg);
    if (family == AlgorithmFamily::RsaPkcs1 || family == AlgorithmFamily::RsaPss) {
        const int size = EVP_PKEY_get_size(key.pkey.get());
        if (signature.size() != size)
            return invalid(
                    QCoreApplication::translate(
                            "Jws", "an RSA signature with this %1-bit key must be %2 bytes, got %3")
                            .arg(key.bits)
                            .arg(size)
                            .arg(signature.size()));
    } else if (family == AlgorithmFamily::EdDsa) {
        const int size = key.kind == KeyKind::Ed25519 ? 64 : 114;
        if (signature.size() != size)
            return invalid(
                    QCoreApplication::translate("Jws", "an %1 signature must be %2 bytes, got %3")
                            .arg(key.curve)
                            .arg(size)
                            .arg(signature.size()));
    }
    EVP_MD_CTX *ctx = verifyCache.context(key, alg);
    if (!ctx) {
        ERR_clear_error();
        return invalid(
                QCoreApplication::translate("Jws", "OpenSSL could not set up the verification"));
    }
    const int rc = EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.data()),
                                    size_t(signature.size()),
                                    reinterpret_cast<const unsigned char *>(input.data()),
                                    size_t(input.size()));
    if (rc != 1) {
        ERR_clear_error();
        return invalid(QCoreApplication::translate("Jws", "the signature does not match"));
    }
    return {SignatureStatus::Valid, {}};
}

} // namespace

QString signatureStatusName(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return QStringLiteral("valid");
    case SignatureStatus::Invalid:
        return QStringLiteral("invalid");
    case SignatureStatus::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}

void preloadAlgorithms()
{
    Ossl::hmacMethod();
    Ossl::sha(256); // fetches the three SHA-2 digests
}

Verification verify(Algorithm alg, const Key &key, QByteArrayView signingInput,
                    QByteArrayView signature)
{
    if (alg == Algorithm::None)
        return {SignatureStatus::Unsupported,
                QCoreApplication::translate("Jws",
                                            "\"none\" means no signature: it is never verified")};
    if (key.isNull() || !fitsQuickly(*key.data(), alg)) {
        const KeyFit fit = checkFit(key, alg);
        if (fit.verdict == KeyFit::Verdict::Mismatch)
            return invalid(fit.reason);
    }
    const KeyData &d = *key.data();
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        return {SignatureStatus::Unsupported,
                QCoreApplication::translate("Jws",
                                            "\"none\" means no signature: it is never verified")};
    case AlgorithmFamily::Hmac: {
        if (d.secretForm != SecretForm::Secret)
            return invalid(keyMaterialAsSecret(key));
        const int bits = Algorithms::hashBits(alg);
        if (signature.size() != bits / 8)
            return invalid(
                    QCoreApplication::translate("Jws", "an %1 signature must be %2 bytes, got %3")
                            .arg(Algorithms::name(alg))
                            .arg(bits / 8)
                            .arg(signature.size()));
        unsigned char mac[EVP_MAX_MD_SIZE];
        const size_t len = hmacInto(d, bits, signingInput, mac);
        if (len == 0) {
            ERR_clear_error();
            return invalid(
                    QCoreApplication::translate("Jws", "OpenSSL could not compute the HMAC"));
        }
        const bool same
                = len == size_t(signature.size()) && CRYPTO_memcmp(mac, signature.data(), len) == 0;
        OPENSSL_cleanse(mac, sizeof mac);
        if (!same)
            return invalid(QCoreApplication::translate("Jws", "the signature does not match"));
        return {SignatureStatus::Valid, {}};
    }
    case AlgorithmFamily::Ecdsa:
        return verifyEcdsa(alg, d, signingInput, signature);
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
    case AlgorithmFamily::EdDsa:
        return verifyAsymmetric(alg, d, signingInput, signature);
    }
    return {SignatureStatus::Unsupported, QCoreApplication::translate("Jws", "unknown algorithm")};
}

Signature sign(Algorithm alg, const Key &key, QByteArrayView signingInput)
{
    Signature result;
    if (alg == Algorithm::None) {
        result.error = QCoreApplication::translate("Jws", "\"none\" has no signature to make");
        return result;
    }
    const KeyFit fit = checkFit(key, alg);
    if (fit.verdict == KeyFit::Verdict::Mismatch) {
        result.error = fit.reason;
        return result;
    }
    if (!key.isPrivate()) {
        result.error = QCoreApplication::translate(
                "Jws", "a public key cannot sign; load the private key");
        return result;
    }
    const KeyData &d = *key.data();
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.data());
    const size_t inputLen = size_t(signingInput.size());
    const AlgorithmFamily family = Algorithms::family(alg);
    if (family == AlgorithmFamily::Hmac) {
        unsigned char mac[EVP_MAX_MD_SIZE];
        const size_t len = hmacInto(d, Algorithms::hashBits(alg), signingInput, mac);
        if (len == 0) {
            ERR_clear_error();
            result.error = QCoreApplication::translate("Jws", "OpenSSL could not compute the HMAC");
            return result;
        }
        result.bytes = QByteArray(reinterpret_cast<const char *>(mac), qsizetype(len));
        OPENSSL_cleanse(mac, sizeof mac);
        return result;
    }
    EVP_MD_CTX *ctx = mdContext.get();
    size_t len = 0;
    if (!initSigVer(ctx, alg, d.pkey.get(), true)
        || EVP_DigestSign(ctx, nullptr, &len, input, inputLen) != 1) {
        ERR_clear_error();
        result.error = QCoreApplication::translate("Jws", "OpenSSL could not set up the signature");
        return result;
    }
    QByteArray out(qsizetype(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(out.data()), &len, input, inputLen)
        != 1) {
        ERR_clear_error();
        result.error = QCoreApplication::translate("Jws", "OpenSSL could not sign");
        return result;
    }
    out.truncate(qsizetype(len));
    if (family == AlgorithmFamily::Ecdsa) {
        out = Ecdsa::derToRaw(out, curveFieldBytes(d.curve));
        if (out.isEmpty()) {
            result.error = QCoreApplication::translate(
                    "Jws", "OpenSSL returned a malformed ECDSA signature");
            return result;
        }
    }
    result.bytes = out;
    return result;
}
