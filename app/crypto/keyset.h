// SPDX-License-Identifier: MIT
#pragma once

#include "key.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

enum class KeyFormat {
    Unknown,
    PemPublic, ///< SPKI "PUBLIC KEY" or PKCS#1 "RSA PUBLIC KEY"
    PemPrivate, ///< PKCS#8, PKCS#1 "RSA PRIVATE KEY" or SEC1 "EC PRIVATE KEY"
    PemCertificate, ///< X.509 "CERTIFICATE" (its public key)
    Jwk,
    Jwks,
};

struct KeySet
{
    QList<Key> keys;
    KeyFormat format = KeyFormat::Unknown;
    /// Why nothing was loaded, naming the place, e.g. "JWK: member \"n\" is missing",
    /// "PEM: truncated base64 in line 4", "JWKS: key 2: unsupported kty \"foo\"".
    QString error;
    /// Keys of a JWKS that were skipped because their kty or curve is not for JWS signatures
    /// (RFC 7517 §5 says to ignore them), e.g. "JWKS: key 2: unsupported kty \"foo\"".
    QStringList skipped;
    /// A PEM block was protected by a passphrase (whether or not it could be decrypted):
    /// with an error, a caller may ask for the passphrase and load again.
    bool encrypted = false;
    bool ok() const { return error.isEmpty() && !keys.isEmpty(); }
};

/// @p text without a UTF-8 byte-order mark and surrounding blanks: what loadKeys() reads.
QByteArrayView keyText(QByteArrayView text);

/// Loads key text (after a byte-order mark, if any): PEM (SPKI, PKCS#1, PKCS#8, SEC1, X.509 certificate; every block of a
/// bundle), a JWK (oct, RSA, EC, OKP; public or private) or a JWKS. Never asks for a
/// passphrase (encrypted PEM is an error that says so). Text that starts with "{" goes to
/// loadJwkKeys() (jwk.h), text with a "-----BEGIN " line to loadPemKeys() (pem.h).
KeySet loadKeys(QByteArrayView text);
/// Like loadKeys(text), but decrypts passphrase-protected PEM (PKCS#8 "ENCRYPTED PRIVATE KEY"
/// and traditional "Proc-Type: 4,ENCRYPTED" blocks) with @p passphrase; a wrong passphrase is
/// an error that says so. Unencrypted text loads as without a passphrase.
KeySet loadKeys(QByteArrayView text, QByteArrayView passphrase);
