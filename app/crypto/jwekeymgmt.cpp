// SPDX-License-Identifier: MIT
#include "jwekeymgmt.h"

#include "base64url.h"
#include "jwecontent.h"
#include "keydata.h"
#include "keyfit.h"
#include "keyset.h"
#include "ossl.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

using JweContent::SecretBytes;

namespace {

using PctxPtr = Ossl::PkeyCtxPtr;
using PkeyPtr = Ossl::PkeyPtr;
using KdfPtr = Ossl::KdfPtr;
using KdfCtxPtr = Ossl::KdfCtxPtr;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

JweKeyManagement::Problem problem(JweStatus status, const QString &message)
{
    return {status, message};
}

bool isAgreementCurve(const Key &key)
{
    if (key.kind() == KeyKind::X25519 || key.kind() == KeyKind::X448)
        return true;
    const QString curve = key.curve();
    return key.kind() == KeyKind::Ec
            && (curve == QLatin1String("P-256") || curve == QLatin1String("P-384")
                || curve == QLatin1String("P-521"));
}

/// A base64url string member of the header; absent gives false without a problem.
bool headerBytes(const Json::Object &header, const char *name, QByteArray *out,
                 JweKeyManagement::Problem *p)
{
    const Json::Member *m = header.find(QString::fromLatin1(name));
    if (!m)
        return false;
    const QByteArray text
            = m->kind == Json::ValueKind::String ? m->raw.mid(1, m->raw.size() - 2) : QByteArray();
    const Base64Url::Decoded d = Base64Url::decode(text);
    if (m->kind != Json::ValueKind::String || !d.ok()) {
        *p = problem(JweStatus::Malformed,
                     QCoreApplication::translate("Jwe",
                                                 "header member \"%1\" must be a base64url string")
                             .arg(QLatin1String(name)));
        return false;
    }
    *out = d.bytes;
    return true;
}

/// RSA key encryption: RSAES-OAEP (SHA-1 or SHA-256, MGF1 with the same hash) or PKCS #1 v1.5.
PctxPtr rsaContext(const KeyData &key, JweAlg alg, bool decrypting)
{
    PctxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.pkey.get(), nullptr));
    if (!ctx)
        return nullptr;
    const bool oaep = alg != JweAlg::Rsa1_5;
    char *digest = const_cast<char *>(alg == JweAlg::RsaOaep256 ? "SHA256" : "SHA1");
    OSSL_PARAM params[]
            = {OSSL_PARAM_construct_utf8_string(
                       OSSL_ASYM_CIPHER_PARAM_PAD_MODE,
                       const_cast<char *>(oaep ? OSSL_PKEY_RSA_PAD_MODE_OAEP
                                               : OSSL_PKEY_RSA_PAD_MODE_PKCSV15),
                       0),
               OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_OAEP_DIGEST, digest, 0),
               OSSL_PARAM_construct_utf8_string(OSSL_ASYM_CIPHER_PARAM_MGF1_DIGEST, digest, 0),
               OSSL_PARAM_construct_end()};
    if (!oaep)
        params[1] = OSSL_PARAM_construct_end();
    const int ok = decrypting ? EVP_PKEY_decrypt_init_ex(ctx.get(), params)
                              : EVP_PKEY_encrypt_init_ex(ctx.get(), params);
    return ok == 1 ? std::move(ctx) : nullptr;
}

/// All ones when @p a == @p b, else zero, without a branch on either.
unsigned char equalMask(size_t a, size_t b)
{
    const size_t x = a ^ b;
    const size_t zero = (~x & (x - 1)) >> (sizeof(size_t) * 8 - 1); // 1 when x == 0
    return static_cast<unsigned char>(0u - static_cast<unsigned>(zero));
}

/// RSA decryption of the CEK. Whatever happens, @p cek gets @p size bytes: the decrypted key
/// when it decrypted to exactly that length, else the random bytes, chosen in constant time
/// (RFC 7516 §11.5, RFC 3218 §2.3.2: no padding oracle).
void rsaUnwrap(const KeyData &key, JweAlg alg, QByteArrayView encryptedKey, int size,
               QByteArray *cek)
{
    SecretBytes random(JweContent::randomBytes(size));
    if (random.bytes().size() != size) {
        cek->clear(); // no randomness: the content decryption fails on the CEK's length
        return;
    }
    SecretBytes out(QByteArray(qMax(EVP_PKEY_get_size(key.pkey.get()), size), '\0'));
    size_t outLength = size_t(out.bytes().size());
    int rc = 0;
    if (PctxPtr ctx = rsaContext(key, alg, true)) {
        rc = EVP_PKEY_decrypt(ctx.get(), bytes(out.bytes()), &outLength, bytes(encryptedKey),
                              size_t(encryptedKey.size()));
    }
    ERR_clear_error();
    const unsigned char good = equalMask(static_cast<size_t>(static_cast<unsigned>(rc)), 1)
            & equalMask(outLength, size_t(size));
    cek->resize(size);
    for (int i = 0; i < size; ++i) {
        const auto real = static_cast<unsigned char>(out.bytes().at(i));
        const auto fake = static_cast<unsigned char>(random.bytes().at(i));
        (*cek)[i] = static_cast<char>((real & good) | (fake & static_cast<unsigned char>(~good)));
    }
}

bool rsaWrap(const KeyData &key, JweAlg alg, QByteArrayView cek, QByteArray *encrypted)
{
    PctxPtr ctx = rsaContext(key, alg, false);
    size_t length = 0;
    if (!ctx
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &length, bytes(cek), size_t(cek.size())) != 1) {
        ERR_clear_error();
        return false;
    }
    encrypted->resize(qsizetype(length));
    if (EVP_PKEY_encrypt(ctx.get(), bytes(*encrypted), &length, bytes(cek), size_t(cek.size()))
        != 1) {
        ERR_clear_error();
        return false;
    }
    encrypted->resize(qsizetype(length));
    return true;
}

/// ECDH: Z from our private key and the peer's public key. The peer is validated by OpenSSL
/// as well (EVP_PKEY_derive_set_peer_ex with validation); X25519/X448 refuse an all-zero Z.
bool agree(EVP_PKEY *ours, EVP_PKEY *peer, QByteArray *z)
{
    PctxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, ours, nullptr));
    size_t length = 0;
    const bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) == 1
            && EVP_PKEY_derive_set_peer_ex(ctx.get(), peer, 1) == 1
            && EVP_PKEY_derive(ctx.get(), nullptr, &length) == 1;
    if (ok) {
        z->resize(qsizetype(length));
        if (EVP_PKEY_derive(ctx.get(), bytes(*z), &length) == 1) {
            z->resize(qsizetype(length));
            return true;
        }
    }
    ERR_clear_error();
    JweContent::wipe(*z);
    return false;
}

void appendLengthPrefixed(QByteArray &out, QByteArrayView data)
{
    const quint32 n = quint32(data.size());
    out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
    out.append(data);
}

/// The Concat KDF of NIST SP 800-56A §5.8.1 with SHA-256 as RFC 7518 §4.6.2 sets it up
/// (OpenSSL's single-step KDF, SSKDF, is that KDF).
bool concatKdf(QByteArrayView z, const QString &algorithmId, const JweKeyManagement::Params &p,
               int keyBytes, QByteArray *out)
{
    QByteArray info;
    appendLengthPrefixed(info, algorithmId.toUtf8());
    appendLengthPrefixed(info, p.apu);
    appendLengthPrefixed(info, p.apv);
    const quint32 bits = quint32(keyBytes) * 8;
    info.append(char(bits >> 24))
            .append(char(bits >> 16))
            .append(char(bits >> 8))
            .append(char(bits));
    KdfPtr kdf(EVP_KDF_fetch(nullptr, "SSKDF", nullptr));
    KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return false;
    OSSL_PARAM params[]
            = {OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>("SHA256"),
                                                0),
               OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SECRET,
                                                 const_cast<char *>(z.data()), size_t(z.size())),
               OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(),
                                                 size_t(info.size())),
               OSSL_PARAM_construct_end()};
    out->resize(keyBytes);
    if (EVP_KDF_derive(ctx.get(), bytes(*out), size_t(keyBytes), params) != 1) {
        ERR_clear_error();
        JweContent::wipe(*out);
        return false;
    }
    return true;
}

/// PBES2 (RFC 7518 §4.8.1.1): PBKDF2 with HMAC-SHA-256/384/512 over the salt
/// UTF8(alg) || 0x00 || p2s.
bool pbkdf2(QByteArrayView password, const JweKeyManagement::Params &p, QByteArray *out)
{
    const int keyBytes = JweAlgorithms::wrapKeyBytes(p.alg);
    const char *digest = keyBytes == 16 ? "SHA256" : keyBytes == 24 ? "SHA384" : "SHA512";
    QByteArray salt = JweAlgorithms::name(p.alg).toUtf8();
    salt.append('\0');
    salt.append(p.p2s);
    KdfPtr kdf(EVP_KDF_fetch(nullptr, "PBKDF2", nullptr));
    KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx || p.p2c < 1)
        return false;
    uint64_t iterations = uint64_t(p.p2c);
    int pkcs5 = 1; // no SP 800-132 minimums: the password and p2c are the token's
    OSSL_PARAM params[] = {
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                              const_cast<char *>(password.data()),
                                              size_t(password.size())),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(),
                                              size_t(salt.size())),
            OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &iterations),
            OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char *>(digest), 0),
            OSSL_PARAM_construct_int(OSSL_KDF_PARAM_PKCS5, &pkcs5),
            OSSL_PARAM_construct_end()};
    out->resize(keyBytes);
    if (EVP_KDF_derive(ctx.get(), bytes(*out), size_t(keyBytes), params) != 1) {
        ERR_clear_error();
        JweContent::wipe(*out);
        return false;
    }
    return true;
}

/// The ECDH-ES key (the CEK, or the key that wraps it) from Z.
bool ecdhKey(QByteArrayView z, const JweKeyManagement::Params &p, QByteArray *out)
{
    const bool direct = JweAlgorithms::family(p.alg) == JweAlgFamily::EcdhEs;
    const QString algorithmId = direct ? JweAlgorithms::name(p.enc) : JweAlgorithms::name(p.alg);
    const int keyBytes
            = direct ? JweAlgorithms::cekBytes(p.enc) : JweAlgorithms::wrapKeyBytes(p.alg);
    return concatKdf(z, algorithmId, p, keyBytes, out);
}

/// A new private key on @p curve (a JOSE name); null for another curve.
Key generateAgreementKey(const QString &curve)
{
    EVP_PKEY *pkey = nullptr;
    if (curve == QLatin1String("X25519")) {
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519");
    } else if (curve == QLatin1String("X448")) {
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "X448");
    } else if (curve == QLatin1String("P-256") || curve == QLatin1String("P-384")
               || curve == QLatin1String("P-521")) {
        const QByteArray group = curve.toLatin1();
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group.constData());
    } else {
        return {};
    }
    QString error;
    auto data = KeyData::fromPkey(pkey, &error);
    ERR_clear_error();
    return data ? Key(std::move(data)) : Key();
}

} // namespace

namespace JweKeyManagement {

Problem readParams(const Json::Object &header, const JweOptions &options, Params *params)
{
    Problem p;
    switch (JweAlgorithms::family(params->alg)) {
    case JweAlgFamily::Pbes2: {
        // The limit first: nothing is derived for a count above it.
        const Json::Member *p2c = header.find(u"p2c");
        if (!p2c)
            return problem(JweStatus::Malformed,
                           QCoreApplication::translate("Jwe", "PBES2 needs \"p2c\" in the header"));
        if (!p2c->isNumber())
            return problem(
                    JweStatus::Malformed,
                    QCoreApplication::translate("Jwe", "\"p2c\" must be a positive integer, not %1")
                            .arg(QString::fromUtf8(p2c->raw)));
        bool isInteger = false;
        const qint64 count = p2c->raw.toLongLong(&isInteger);
        if (p2c->number() > double(options.maxPbes2Count)
            || (isInteger && count > options.maxPbes2Count))
            return problem(JweStatus::Refused,
                           QCoreApplication::translate(
                                   "Jwe", "p2c is %1, above the limit of %2 PBES2 iterations")
                                   .arg(QString::fromLatin1(p2c->raw))
                                   .arg(options.maxPbes2Count));
        if (!isInteger || count < 1)
            return problem(
                    JweStatus::Malformed,
                    QCoreApplication::translate("Jwe", "\"p2c\" must be a positive integer, not %1")
                            .arg(QString::fromUtf8(p2c->raw)));
        params->p2c = count;
        if (!headerBytes(header, "p2s", &params->p2s, &p) && !p.isProblem())
            return problem(JweStatus::Malformed,
                           QCoreApplication::translate("Jwe", "PBES2 needs \"p2s\" in the header"));
        if (!p.isProblem() && params->p2s.size() < 8)
            return problem(JweStatus::Malformed,
                           QCoreApplication::translate(
                                   "Jwe",
                                   "\"p2s\" has %n byte(s); RFC 7518 §4.8.1.1 requires at least 8",
                                   nullptr, int(params->p2s.size())));
        return p;
    }
    case JweAlgFamily::AesGcmKw:
        if (!headerBytes(header, "iv", &params->iv, &p) && !p.isProblem())
            return problem(JweStatus::Malformed,
                           QCoreApplication::translate("Jwe", "%1 needs \"iv\" in the header")
                                   .arg(JweAlgorithms::name(params->alg)));
        if (!headerBytes(header, "tag", &params->tag, &p) && !p.isProblem())
            return problem(JweStatus::Malformed,
                           QCoreApplication::translate("Jwe", "%1 needs \"tag\" in the header")
                                   .arg(JweAlgorithms::name(params->alg)));
        if (!p.isProblem() && (params->iv.size() != 12 || params->tag.size() != 16))
            return problem(JweStatus::Malformed,
                           QCoreApplication::translate(
                                   "Jwe",
                                   "the key wrap's \"iv\" must be 12 bytes and its \"tag\" 16 "
                                   "(RFC 7518 §4.7.1)"));
        return p;
    case JweAlgFamily::EcdhEs:
    case JweAlgFamily::EcdhEsKw: {
        headerBytes(header, "apu", &params->apu, &p);
        headerBytes(header, "apv", &params->apv, &p);
        if (p.isProblem())
            return p;
        const Json::Member *epk = header.find(u"epk");
        if (!epk)
            return problem(
                    JweStatus::Malformed,
                    QCoreApplication::translate("Jwe", "ECDH-ES needs \"epk\" in the header"));
        if (epk->kind != Json::ValueKind::Object)
            return problem(
                    JweStatus::Malformed,
                    QCoreApplication::translate("Jwe", "\"epk\" must be a JWK (a JSON object)"));
        const KeySet set = loadKeys(epk->raw);
        if (!set.ok()) {
            // A point of the right size that is not on the curve is the invalid-curve
            // attack: say so, rather than that the JWK is malformed.
            const Json::Object jwk = Json::readObject(epk->raw);
            const Json::Member *crv = jwk.find(u"crv");
            const int field = crv ? curveFieldBytes(crv->string()) : 0;
            const Json::Member *x = jwk.find(u"x");
            const Json::Member *y = jwk.find(u"y");
            if (field > 0 && x && y
                && Base64Url::decode(x->raw.mid(1, x->raw.size() - 2)).bytes.size() == field
                && Base64Url::decode(y->raw.mid(1, y->raw.size() - 2)).bytes.size() == field)
                return problem(JweStatus::Refused,
                               QCoreApplication::translate(
                                       "Jwe",
                                       "the ephemeral public key (epk) is not a point of curve %1: "
                                       "refused (invalid-curve attack)")
                                       .arg(crv->string()));
            return problem(JweStatus::Malformed,
                           QCoreApplication::translate("Jwe", "\"epk\": %1").arg(set.error));
        }
        params->epk = set.keys.first().publicKey();
        if (!isAgreementCurve(params->epk))
            return problem(
                    JweStatus::Unsupported,
                    QCoreApplication::translate(
                            "Jwe",
                            "\"epk\" is %1; ECDH-ES uses P-256, P-384, P-521, X25519 or X448")
                            .arg(params->epk.description()));
        return p;
    }
    case JweAlgFamily::Rsa:
    case JweAlgFamily::AesKw:
    case JweAlgFamily::Direct:
        break;
    }
    return p;
}

QString mismatch(const Params &params, const Key &key)
{
    const JweAlgFamily family = JweAlgorithms::family(params.alg);
    if ((family == JweAlgFamily::EcdhEs || family == JweAlgFamily::EcdhEsKw)
        && (key.kind() != params.epk.kind() || key.curve() != params.epk.curve()))
        return QCoreApplication::translate("Jwe", "the token's epk is on %1, the key on %2")
                .arg(params.epk.curve(), key.curve());
    return {};
}

QByteArray unwrap(const Params &params, const Key &key, QByteArrayView encryptedKey,
                  QByteArray *derivedKey)
{
    const int size = JweAlgorithms::cekBytes(params.enc);
    const KeyData *data = key.data();
    SecretBytes cek;
    bool ok = false;
    if (data) {
        switch (JweAlgorithms::family(params.alg)) {
        case JweAlgFamily::Rsa:
            rsaUnwrap(*data, params.alg, encryptedKey, size, &cek.bytes());
            return cek.bytes(); // already the real or the random CEK, chosen in constant time
        case JweAlgFamily::Direct:
            cek = data->secret;
            ok = true;
            break;
        case JweAlgFamily::AesKw:
            ok = JweContent::keyUnwrap(data->secret, encryptedKey, &cek.bytes());
            break;
        case JweAlgFamily::AesGcmKw:
            ok = JweContent::gcmDecrypt(data->secret, params.iv, {}, encryptedKey, params.tag,
                                        &cek.bytes());
            break;
        case JweAlgFamily::Pbes2:
            ok = pbkdf2(data->secret, params, derivedKey)
                    && JweContent::keyUnwrap(*derivedKey, encryptedKey, &cek.bytes());
            break;
        case JweAlgFamily::EcdhEs:
        case JweAlgFamily::EcdhEsKw: {
            SecretBytes z;
            const KeyData *peer = params.epk.data();
            ok = peer && agree(data->pkey.get(), peer->pkey.get(), &z.bytes())
                    && ecdhKey(z.bytes(), params, derivedKey);
            if (ok && JweAlgorithms::family(params.alg) == JweAlgFamily::EcdhEs)
                cek = *derivedKey;
            else if (ok)
                ok = JweContent::keyUnwrap(*derivedKey, encryptedKey, &cek.bytes());
            break;
        }
        }
    }
    if (!ok || cek.bytes().size() != size)
        cek = JweContent::randomBytes(size);
    return cek.bytes();
}

Wrapped::~Wrapped()
{
    JweContent::wipe(cek);
    JweContent::wipe(derivedKey);
}

void wrap(const Params &params, const Key &key, const JweEncryptOptions &options, Wrapped *w)
{
    const int size = JweAlgorithms::cekBytes(params.enc);
    const KeyData *data = key.data();
    const JweAlgFamily family = JweAlgorithms::family(params.alg);
    const auto fail = [w](const QString &message) {
        w->error = message;
        JweContent::wipe(w->cek);
        JweContent::wipe(w->derivedKey);
    };
    if (!data)
        return fail(QCoreApplication::translate("Jwe", "no key"));
    if (family == JweAlgFamily::Direct) {
        w->cek = data->secret;
    } else if (family != JweAlgFamily::EcdhEs) {
        w->cek = options.cek.isEmpty() ? JweContent::randomBytes(size) : options.cek;
        if (w->cek.size() != size)
            return fail(QCoreApplication::translate("Jwe", "%1 needs a %2-byte CEK")
                                .arg(JweAlgorithms::name(params.enc))
                                .arg(size));
    }
    switch (family) {
    case JweAlgFamily::Direct:
        return;
    case JweAlgFamily::Rsa:
        if (!rsaWrap(*data, params.alg, w->cek, &w->encryptedKey))
            fail(QCoreApplication::translate("Jwe", "RSA encryption of the CEK failed"));
        return;
    case JweAlgFamily::AesKw:
        if (!JweContent::keyWrap(data->secret, w->cek, &w->encryptedKey))
            fail(QCoreApplication::translate("Jwe", "AES key wrap failed"));
        return;
    case JweAlgFamily::AesGcmKw: {
        const QByteArray iv
                = options.keyWrapIv.isEmpty() ? JweContent::randomBytes(12) : options.keyWrapIv;
        QByteArray tag;
        if (!JweContent::gcmEncrypt(data->secret, iv, {}, w->cek, &w->encryptedKey, &tag))
            return fail(QCoreApplication::translate(
                    "Jwe", "AES-GCM key wrap failed (the IV must be 12 bytes)"));
        w->members.append({QStringLiteral("iv"), '"' + Base64Url::encode(iv) + '"'});
        w->members.append({QStringLiteral("tag"), '"' + Base64Url::encode(tag) + '"'});
        return;
    }
    case JweAlgFamily::Pbes2: {
        Params p = params;
        p.p2s = options.pbes2Salt.isEmpty() ? JweContent::randomBytes(16) : options.pbes2Salt;
        p.p2c = options.pbes2Count;
        if (p.p2s.size() < 8 || p.p2c < 1)
            return fail(QCoreApplication::translate(
                    "Jwe", "PBES2 needs a salt of at least 8 bytes and a positive count"));
        if (!pbkdf2(data->secret, p, &w->derivedKey)
            || !JweContent::keyWrap(w->derivedKey, w->cek, &w->encryptedKey))
            return fail(QCoreApplication::translate("Jwe", "PBES2 key derivation failed"));
        w->members.append({QStringLiteral("p2s"), '"' + Base64Url::encode(p.p2s) + '"'});
        w->members.append({QStringLiteral("p2c"), QByteArray::number(p.p2c)});
        return;
    }
    case JweAlgFamily::EcdhEs:
    case JweAlgFamily::EcdhEsKw: {
        const Key ephemeral = options.ephemeralKey.isNull() ? generateAgreementKey(key.curve())
                                                            : options.ephemeralKey;
        if (ephemeral.isNull() || !ephemeral.isPrivate() || ephemeral.kind() != key.kind()
            || ephemeral.curve() != key.curve())
            return fail(QCoreApplication::translate(
                    "Jwe", "the ephemeral key must be a private key on the recipient's curve"));
        SecretBytes z;
        if (!agree(ephemeral.data()->pkey.get(), data->pkey.get(), &z.bytes())
            || !ecdhKey(z.bytes(), params, &w->derivedKey))
            return fail(QCoreApplication::translate("Jwe", "ECDH-ES key agreement failed"));
        if (family == JweAlgFamily::EcdhEs) {
            w->cek = w->derivedKey;
        } else if (!JweContent::keyWrap(w->derivedKey, w->cek, &w->encryptedKey)) {
            return fail(QCoreApplication::translate("Jwe", "AES key wrap failed"));
        }
        w->members.append({QStringLiteral("epk"), ephemeral.toJwk(false)});
        return;
    }
    }
}

} // namespace JweKeyManagement

// ---------------------------------------------------------------------------------------------

Key Jwe::generateKey(JweAlg alg, JweEnc enc, const QString &curve, QString *error)
{
    Key key;
    switch (JweAlgorithms::family(alg)) {
    case JweAlgFamily::Rsa: {
        EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        QString why;
        auto data = KeyData::fromPkey(pkey, &why);
        if (data)
            key = Key(std::move(data));
        break;
    }
    case JweAlgFamily::EcdhEs:
    case JweAlgFamily::EcdhEsKw:
        key = generateAgreementKey(curve.isEmpty() ? QStringLiteral("P-256") : curve);
        if (key.isNull() && error) {
            *error = QCoreApplication::translate(
                             "Jwe",
                             "ECDH-ES keys are on P-256, P-384, P-521, X25519 or X448, not \"%1\"")
                             .arg(curve);
            return key;
        }
        break;
    case JweAlgFamily::Direct:
        key = Key::fromSecret(JweContent::randomBytes(JweAlgorithms::cekBytes(enc)));
        break;
    case JweAlgFamily::AesKw:
    case JweAlgFamily::AesGcmKw:
        key = Key::fromSecret(JweContent::randomBytes(JweAlgorithms::wrapKeyBytes(alg)));
        break;
    case JweAlgFamily::Pbes2: {
        SecretBytes password(Base64Url::encode(JweContent::randomBytes(16)));
        key = Key::fromSecret(password.bytes());
        break;
    }
    }
    ERR_clear_error();
    if (key.isNull() && error)
        *error = QCoreApplication::translate("Jwe", "key generation failed");
    return key;
}

KeyFit Jwe::checkFit(const Key &key, JweAlg alg, JweEnc enc, JweDirection direction)
{
    KeyFit fit;
    const auto mismatch = [&fit](const QString &reason) {
        fit.verdict = KeyFit::Verdict::Mismatch;
        fit.reason = reason;
        return fit;
    };
    const QString name = JweAlgorithms::name(alg);
    if (key.isNull())
        return mismatch(QCoreApplication::translate("Jwe", "no key"));
    // A JWK "alg" names the key management algorithm, or for dir keys the enc (RFC 7517 §4.4).
    if (!key.jwkAlg().isEmpty() && key.jwkAlg() != name
        && !(alg == JweAlg::Dir && key.jwkAlg() == JweAlgorithms::name(enc)))
        return mismatch(
                QCoreApplication::translate("Jwe", "the key is for %1 (its \"alg\" member), not %2")
                        .arg(key.jwkAlg(), name));
    const bool decrypting = direction == JweDirection::Decrypt;
    const int secretBytes = int(key.secretBytes().size());
    switch (JweAlgorithms::family(alg)) {
    case JweAlgFamily::Rsa:
        if (key.kind() != KeyKind::Rsa)
            return mismatch(QCoreApplication::translate("Jwe", "%1 needs an RSA key, not: %2")
                                    .arg(name, key.description()));
        if (decrypting && !key.isPrivate())
            return mismatch(QCoreApplication::translate(
                    "Jwe", "an RSA public key cannot decrypt: give the private key"));
        if (key.bits() < 2048) {
            fit.verdict = KeyFit::Verdict::Weak;
            fit.reason = QCoreApplication::translate(
                                 "Jwe",
                                 "the RSA key has %1 bits; %2 needs at least 2048 (RFC 7518 §4.3)")
                                 .arg(key.bits())
                                 .arg(name);
        }
        return fit;
    case JweAlgFamily::EcdhEs:
    case JweAlgFamily::EcdhEsKw:
        if (!isAgreementCurve(key))
            return mismatch(
                    QCoreApplication::translate(
                            "Jwe",
                            "%1 needs an EC P-256, P-384, P-521, X25519 or X448 key, not: %2")
                            .arg(name, key.description()));
        if (decrypting && !key.isPrivate())
            return mismatch(QCoreApplication::translate(
                    "Jwe", "a public key cannot decrypt: give the private key"));
        return fit;
    case JweAlgFamily::Direct: {
        const int need = JweAlgorithms::cekBytes(enc);
        if (key.kind() != KeyKind::Secret)
            return mismatch(QCoreApplication::translate("Jwe", "dir needs a symmetric key, not: %1")
                                    .arg(key.description()));
        if (secretBytes != need)
            return mismatch(QCoreApplication::translate(
                                    "Jwe", "dir with %1 needs a key of exactly %2 bytes, not %3")
                                    .arg(JweAlgorithms::name(enc))
                                    .arg(need)
                                    .arg(secretBytes));
        return fit;
    }
    case JweAlgFamily::AesKw:
    case JweAlgFamily::AesGcmKw: {
        const int need = JweAlgorithms::wrapKeyBytes(alg);
        if (key.kind() != KeyKind::Secret)
            return mismatch(QCoreApplication::translate("Jwe", "%1 needs a symmetric key, not: %2")
                                    .arg(name, key.description()));
        if (secretBytes != need)
            return mismatch(
                    QCoreApplication::translate("Jwe", "%1 needs a key of exactly %2 bytes, not %3")
                            .arg(name)
                            .arg(need)
                            .arg(secretBytes));
        return fit;
    }
    case JweAlgFamily::Pbes2:
        if (key.kind() != KeyKind::Secret)
            return mismatch(QCoreApplication::translate("Jwe", "%1 needs a password, not: %2")
                                    .arg(name, key.description()));
        return fit;
    }
    return fit;
}
