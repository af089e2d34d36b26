// SPDX-License-Identifier: MIT
#include "keyset.h"

#include "jwk.h"
#include "pem.h"

#include <QCoreApplication>

namespace {

/// @p passphrase null: encrypted PEM is refused (never prompted for).
KeySet loadKeysWith(QByteArrayView text, const QByteArrayView *passphrase)
{
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.startsWith('{'))
        return loadJwkKeys(trimmed);
    if (trimmed.contains("-----BEGIN "))
        return loadPemKeys(trimmed, passphrase);
    KeySet set;
    set.error = trimmed.isEmpty()
            ? QCoreApplication::translate("Key", "no key text")
            : QCoreApplication::translate(
                    "Key", "not a key: expected PEM (-----BEGIN …), a JWK or a JWKS");
    return set;
}

} // namespace

KeySet loadKeys(QByteArrayView text)
{
    return loadKeysWith(text, nullptr);
}

KeySet loadKeys(QByteArrayView text, QByteArrayView passphrase)
{
    return loadKeysWith(text, &passphrase);
}
