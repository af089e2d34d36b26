// SPDX-License-Identifier: MIT
#pragma once

#include "key.h"

#include <QByteArray>
#include <QString>

/// The other forms a key is written in, for app/forge's test tokens: the forms a server may
/// hold a public key in (and that a confused verifier may take as an HMAC secret), and a
/// self-signed certificate for `x5c` / `x5u`.
namespace KeyForms {

/// The SubjectPublicKeyInfo DER bytes of an asymmetric key's public part; empty otherwise.
QByteArray publicKeyDer(const Key &key);

/// "-----BEGIN RSA PUBLIC KEY-----" (PKCS#1 RSAPublicKey) of an RSA key's public part, with
/// its trailing newline; empty for other keys.
QByteArray rsaPublicKeyPkcs1Pem(const Key &key);

/// A self-signed X.509 v3 certificate (PEM, trailing newline) for @p key's public part, signed
/// by @p key (which must be private: RSA, EC, Ed25519 or Ed448), subject and issuer CN
/// @p commonName, valid from @p notBefore for @p days days (seconds since the epoch). Empty
/// on failure. For test tokens only: nothing here checks or trusts a certificate.
QByteArray selfSignedCertificate(const Key &key, const QString &commonName, qint64 notBefore,
                                 int days);

/// The order n of a JOSE curve ("P-256", "P-384", "P-521", "secp256k1"), big-endian, as wide
/// as the curve's field (32, 48, 66 bytes); empty for another name.
QByteArray curveOrder(const QString &curve);

} // namespace KeyForms
