// SPDX-License-Identifier: MIT
#pragma once

#include "keyset.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// Loads a JWK (oct, RSA, EC, OKP; public or private; RFC 7517, 7518 §6, 8037) or a JWKS,
/// whose keys of an unsupported kty or curve are skipped (KeySet::skipped, RFC 7517 §5). On
/// error the set has no keys and its error names the member. loadKeys() calls this for text
/// that starts with "{". Writing a JWK: Key::toJwk() and Key::thumbprint() (key.h).
KeySet loadJwkKeys(QByteArrayView text);

/// One key of a JWK or JWKS, read and checked but not made: what choosing a key needs to
/// know of it (KeyRing makes the key of the entry it chooses, and no other).
struct JwkEntry
{
    QJsonObject object; ///< the JWK
    QString prefix; ///< "JWK", "JWKS: key 3": how errors about it begin
    QString kid;
    QString kty;
    QString crv;
    QString alg;
    bool signs = true; ///< "use" and "key_ops" allow signatures (RFC 7517 §4.2, §4.3)
};

struct JwkEntries
{
    QList<JwkEntry> entries;
    KeyFormat format = KeyFormat::Unknown;
    QString error; ///< as KeySet::error
    QStringList skipped; ///< as KeySet::skipped
};

/// Reads a JWK or JWKS as loadJwkKeys() does, checking every member of every key (names,
/// types, base64url, sizes), without making the keys: what only OpenSSL can say (a point off
/// its curve, a broken RSA key) is said by makeJwkKey().
JwkEntries readJwkEntries(QByteArrayView text);

/// Makes the key of @p entry; null with @p error ("JWKS: key 3: …") when it cannot be made.
Key makeJwkKey(const JwkEntry &entry, QString *error);
