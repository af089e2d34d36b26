// SPDX-License-Identifier: MIT
#pragma once

#include "key.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

class TrustStore; // private: the OpenSSL X509_STORE

/// The CA certificates the user trusts a token's x5c chain to (`verify --x5c-ca FILE`, later
/// the window's CA file): a chain that verifies to one of them makes the x5c key trusted. A
/// value type, cheap to copy, shared read-only between threads. Empty: none.
class TrustAnchors
{
public:
    TrustAnchors();
    ~TrustAnchors();
    TrustAnchors(const TrustAnchors &other);
    TrustAnchors &operator=(const TrustAnchors &other);

    /// Every CERTIFICATE block of @p pem; @p name (a file name) is what reasons call them.
    /// Empty, with @p error, when the text holds no certificate or one does not load.
    static TrustAnchors fromPem(QByteArrayView pem, const QString &name, QString *error);

    bool isEmpty() const;
    qsizetype size() const;
    QString name() const;

    /// For certchain.cpp.
    const TrustStore *store() const { return d.get(); }

private:
    std::shared_ptr<const TrustStore> d;
};

/// A token's x5c header (RFC 7515 §4.1.6): DER certificates, the one with the signing key first.
struct CertificateChain
{
    QList<QByteArray> der;
    QString error; ///< why the header is not a usable chain
    bool ok() const { return error.isEmpty() && !der.isEmpty(); }
};

/// Reads the raw JSON value of an x5c header: an array of standard base64 (not base64url)
/// DER certificates, each parsed as X.509.
CertificateChain readX5c(QByteArrayView rawJson);

/// The public key of the certificate @p der; null with @p error when it has none JWT Lens uses.
Key certificateKey(QByteArrayView der, QString *error);

/// The subject of the certificate @p der in one line (RFC 2253 order, e.g. "CN=signer,O=Example");
/// empty when it does not parse.
QString certificateSubject(QByteArrayView der);

/// Whether @p chain (leaf first, then the certificates that issued it) verifies to one of
/// @p anchors at @p when (seconds since the epoch): each signature, each validity period, CA
/// flags, and a leaf whose key usage (when it says one) allows signatures. Empty when it
/// does; else why not, in one translated line.
QString verifyChain(const CertificateChain &chain, const TrustAnchors &anchors, qint64 when);

/// The "x5t#S256" header value of a certificate (RFC 7515 §4.1.8): base64url of the SHA-256
/// of its DER.
QByteArray x5tS256(QByteArrayView der);

/// The certificate @p der as one PEM "CERTIFICATE" block (trailing newline); empty when it
/// does not parse.
QByteArray certificatePem(QByteArrayView der);

/// The DER of every certificate block ("CERTIFICATE", "X509 CERTIFICATE", "TRUSTED
/// CERTIFICATE") of PEM text, in order; blocks that do not decode are left out.
QList<QByteArray> pemCertificates(QByteArrayView pem);
