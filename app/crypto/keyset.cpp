// SPDX-License-Identifier: MIT
#include "keyset.h"

#include "jwk.h"
#include "pem.h"

#include <QCoreApplication>

KeySet loadKeys(QByteArrayView text)
{
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.startsWith('{'))
        return loadJwkKeys(trimmed);
    if (trimmed.contains("-----BEGIN "))
        return loadPemKeys(trimmed);
    KeySet set;
    set.error = trimmed.isEmpty()
            ? QCoreApplication::translate("Key", "no key text")
            : QCoreApplication::translate(
                    "Key", "not a key: expected PEM (-----BEGIN …), a JWK or a JWKS");
    return set;
}
