// SPDX-License-Identifier: MIT
#include "keyforms.h"

#include "keydata.h"
#include "ossl.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

using EncoderCtxPtr = std::unique_ptr<OSSL_ENCODER_CTX, Ossl::Deleter<&OSSL_ENCODER_CTX_free>>;
using GroupPtr = std::unique_ptr<EC_GROUP, Ossl::Deleter<&EC_GROUP_free>>;
using NamePtr = std::unique_ptr<X509_NAME, Ossl::Deleter<&X509_NAME_free>>;

const EVP_PKEY *pkeyOf(const Key &key)
{
    const KeyData *d = key.data();
    return d && d->pkey ? d->pkey.get() : nullptr;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, len) : QByteArray();
}

} // namespace

namespace KeyForms {

QByteArray publicKeyDer(const Key &key)
{
    const EVP_PKEY *pkey = pkeyOf(key);
    if (!pkey)
        return {};
    unsigned char *raw = nullptr;
    const int len = i2d_PUBKEY(pkey, &raw);
    const Ossl::BytesPtr owned(raw);
    if (len <= 0) {
        ERR_clear_error();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(raw), len);
}

QByteArray rsaPublicKeyPkcs1Pem(const Key &key)
{
    const EVP_PKEY *pkey = pkeyOf(key);
    if (!pkey || key.kind() != KeyKind::Rsa)
        return {};
    // "type-specific" is PKCS#1 for RSA; the public selection gives RSAPublicKey.
    const EncoderCtxPtr ctx(OSSL_ENCODER_CTX_new_for_pkey(pkey, EVP_PKEY_PUBLIC_KEY, "PEM",
                                                          "type-specific", nullptr));
    const Ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!ctx || !bio || OSSL_ENCODER_CTX_get_num_encoders(ctx.get()) == 0
        || OSSL_ENCODER_to_bio(ctx.get(), bio.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioBytes(bio.get());
}

QByteArray selfSignedCertificate(const Key &key, const QString &commonName, qint64 notBefore,
                                 int days)
{
    const KeyData *d = key.data();
    if (!d || !d->pkey || !d->isPrivate || days <= 0)
        return {};
    EVP_PKEY *pkey = d->pkey.get();
    const Ossl::X509Ptr cert(X509_new());
    if (!cert)
        return {};
    const QByteArray cn = commonName.toUtf8();
    time_t from = time_t(notBefore);
    const NamePtr name(X509_NAME_new());
    const bool built = name && X509_set_version(cert.get(), X509_VERSION_3) == 1
            && ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1) == 1
            && X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, 0, &from) != nullptr
            && X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, &from) != nullptr
            && X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(cn.constData()),
                                          int(cn.size()), -1, 0)
                    == 1
            && X509_set_subject_name(cert.get(), name.get()) == 1
            && X509_set_issuer_name(cert.get(), name.get()) == 1
            && X509_set_pubkey(cert.get(), pkey) == 1;
    // Ed25519 and Ed448 sign without a separate digest.
    const bool edwards = d->kind == KeyKind::Ed25519 || d->kind == KeyKind::Ed448;
    if (!built || X509_sign(cert.get(), pkey, edwards ? nullptr : EVP_sha256()) <= 0) {
        ERR_clear_error();
        return {};
    }
    const Ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioBytes(bio.get());
}

QByteArray curveOrder(const QString &curve)
{
    const CurveInfo *info = curveByJose(curve);
    if (!info)
        return {};
    const GroupPtr group(EC_GROUP_new_by_curve_name(OBJ_sn2nid(info->openssl)));
    const BIGNUM *order = group ? EC_GROUP_get0_order(group.get()) : nullptr;
    if (!order) {
        ERR_clear_error();
        return {};
    }
    QByteArray bytes(info->fieldBytes, '\0');
    if (BN_bn2binpad(order, reinterpret_cast<unsigned char *>(bytes.data()), info->fieldBytes)
        != info->fieldBytes) {
        ERR_clear_error();
        return {};
    }
    return bytes;
}

} // namespace KeyForms
