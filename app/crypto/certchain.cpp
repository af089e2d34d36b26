// SPDX-License-Identifier: MIT
#include "certchain.h"

#include "base64url.h"
#include "digest.h"
#include "json.h"
#include "keydata.h"
#include "ossl.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace {

using StorePtr = std::unique_ptr<X509_STORE, Ossl::Deleter<&X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Ossl::Deleter<&X509_STORE_CTX_free>>;

void freeCertificates(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using CertStackPtr = std::unique_ptr<STACK_OF(X509), Ossl::Deleter<&freeCertificates>>;

Ossl::X509Ptr parseDer(QByteArrayView der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    Ossl::X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    // Trailing bytes after the certificate: not one DER certificate.
    if (cert && p != reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        cert.reset();
    ERR_clear_error();
    return cert;
}

QString nameLine(const X509_NAME *name)
{
    const Ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

} // namespace

/// The anchors, in an X509_STORE that OpenSSL lets threads share for verification (each
/// verification has its own X509_STORE_CTX).
class TrustStore
{
public:
    StorePtr store {X509_STORE_new()};
    qsizetype count = 0;
    QString name;
};

TrustAnchors::TrustAnchors() = default;
TrustAnchors::~TrustAnchors() = default;
TrustAnchors::TrustAnchors(const TrustAnchors &other) = default;
TrustAnchors &TrustAnchors::operator=(const TrustAnchors &other) = default;

TrustAnchors TrustAnchors::fromPem(QByteArrayView pem, const QString &name, QString *error)
{
    auto store = std::make_shared<TrustStore>();
    store->name = name;
    const QList<QByteArray> certificates = pemCertificates(pem);
    if (certificates.isEmpty() || !store->store) {
        *error = QCoreApplication::translate("Certificates", "%1 holds no PEM certificate")
                         .arg(name);
        return {};
    }
    for (const QByteArray &der : certificates) {
        const Ossl::X509Ptr cert = parseDer(der);
        if (!cert || X509_STORE_add_cert(store->store.get(), cert.get()) != 1) {
            ERR_clear_error();
            *error = QCoreApplication::translate("Certificates",
                                                 "%1: certificate %2 cannot be used as a CA")
                             .arg(name)
                             .arg(store->count + 1);
            return {};
        }
        ++store->count;
    }
    TrustAnchors anchors;
    anchors.d = std::move(store);
    return anchors;
}

bool TrustAnchors::isEmpty() const
{
    return !d || d->count == 0;
}

qsizetype TrustAnchors::size() const
{
    return d ? d->count : 0;
}

QString TrustAnchors::name() const
{
    return d ? d->name : QString();
}

CertificateChain readX5c(QByteArrayView rawJson)
{
    CertificateChain chain;
    const Json::Error syntax = Json::validate(rawJson);
    if (syntax.isError() || !rawJson.trimmed().startsWith('[')) {
        chain.error = QCoreApplication::translate("Certificates",
                                                  "x5c is not an array of certificates");
        return chain;
    }
    const QList<Json::Member> elements = Json::readArray(rawJson);
    if (elements.isEmpty()) {
        chain.error = QCoreApplication::translate("Certificates", "x5c is empty");
        return chain;
    }
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Json::Member &e = elements.at(i);
        // RFC 7515 §4.1.6: base64 (RFC 4648 §4, not base64url) DER.
        QByteArray der;
        if (e.kind == Json::ValueKind::String) {
            auto decoded = QByteArray::fromBase64Encoding(
                    e.string().toLatin1(),
                    QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                der = std::move(decoded.decoded);
        }
        if (der.isEmpty() || !parseDer(der)) {
            chain.error = QCoreApplication::translate(
                                  "Certificates",
                                  "x5c: certificate %1 is not base64 DER X.509 (RFC 7515 §4.1.6)")
                                  .arg(i + 1);
            chain.der.clear();
            return chain;
        }
        chain.der.append(der);
    }
    return chain;
}

Key certificateKey(QByteArrayView der, QString *error)
{
    const Ossl::X509Ptr cert = parseDer(der);
    if (!cert) {
        *error = QCoreApplication::translate("Certificates", "not a DER X.509 certificate");
        return {};
    }
    EVP_PKEY *pkey = X509_get_pubkey(cert.get());
    if (!pkey) {
        ERR_clear_error();
        *error = QCoreApplication::translate("Certificates", "the certificate has no public key");
        return {};
    }
    auto data = KeyData::fromPkey(pkey, error);
    ERR_clear_error();
    return data ? Key(std::move(data)) : Key();
}

QString certificateSubject(QByteArrayView der)
{
    const Ossl::X509Ptr cert = parseDer(der);
    return cert ? nameLine(X509_get_subject_name(cert.get())) : QString();
}

QString verifyChain(const CertificateChain &chain, const TrustAnchors &anchors, qint64 when)
{
    if (!chain.ok())
        return chain.error;
    if (anchors.isEmpty())
        return QCoreApplication::translate("Certificates", "no CA certificate to check it with");
    const Ossl::X509Ptr leaf = parseDer(chain.der.first());
    const CertStackPtr intermediates(sk_X509_new_null());
    const StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!leaf || !intermediates || !ctx)
        return QCoreApplication::translate("Certificates", "OpenSSL could not read the chain");
    for (qsizetype i = 1; i < chain.der.size(); ++i) {
        Ossl::X509Ptr cert = parseDer(chain.der.at(i));
        if (!cert || sk_X509_push(intermediates.get(), cert.get()) <= 0)
            return QCoreApplication::translate("Certificates", "OpenSSL could not read the chain");
        cert.release(); // the stack owns it now
    }
    // A key usage that leaves out digital signatures does not sign tokens (RFC 5280 §4.2.1.3).
    if ((X509_get_extension_flags(leaf.get()) & EXFLAG_KUSAGE)
        && !(X509_get_key_usage(leaf.get()) & KU_DIGITAL_SIGNATURE)) {
        return QCoreApplication::translate(
                "Certificates", "the certificate's key usage does not allow digital signatures");
    }
    if (X509_STORE_CTX_init(ctx.get(), anchors.store()->store.get(), leaf.get(),
                            intermediates.get())
        != 1) {
        ERR_clear_error();
        return QCoreApplication::translate("Certificates", "OpenSSL could not check the chain");
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), time_t(when));
    const int rc = X509_verify_cert(ctx.get());
    const int code = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    if (rc == 1)
        return {};
    return QCoreApplication::translate("Certificates", "the chain does not verify to %1: %2")
            .arg(anchors.name(), QString::fromUtf8(X509_verify_cert_error_string(code)));
}

QByteArray x5tS256(QByteArrayView der)
{
    return Base64Url::encode(Digest::sha(256, der));
}

QList<QByteArray> pemCertificates(QByteArrayView pem)
{
    QList<QByteArray> result;
    const Ossl::BioPtr bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return result;
    // PEM_read_bio_X509_AUX reads "CERTIFICATE", "X509 CERTIFICATE" and "TRUSTED CERTIFICATE"
    // blocks and steps over the others (keys, CRLs).
    for (;;) {
        const Ossl::X509Ptr cert(PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr));
        if (!cert)
            break;
        unsigned char *out = nullptr;
        const int len = i2d_X509(cert.get(), &out);
        if (len > 0) {
            const Ossl::BytesPtr owned(out);
            result.append(QByteArray(reinterpret_cast<const char *>(out), len));
        }
    }
    ERR_clear_error();
    return result;
}

QByteArray certificatePem(QByteArrayView der)
{
    const Ossl::X509Ptr cert = parseDer(der);
    const Ossl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!cert || !bio || PEM_write_bio_X509(bio.get(), cert.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}
