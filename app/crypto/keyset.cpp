// SPDX-License-Identifier: MIT
#include "keyset.h"

#include "jwk.h"
#include "pem.h"

#include <QCoreApplication>

namespace {

/// @p passphrase null: encrypted PEM is refused (never prompted for).
KeySet loadKeysWith(QByteArrayView text, const QByteArrayView *passphrase)
{
    const QByteArrayView trimmed = keyText(text);
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

QByteArrayView keyText(QByteArrayView text)
{
    // Editors on some systems start a UTF-8 file with a byte-order mark.
    constexpr QByteArrayView bom("\xef\xbb\xbf");
    if (text.startsWith(bom))
        text = text.sliced(bom.size());
    return text.trimmed();
}

KeySet loadKeys(QByteArrayView text)
{
    return loadKeysWith(text, nullptr);
}

KeySet loadKeys(QByteArrayView text, QByteArrayView passphrase)
{
    return loadKeysWith(text, &passphrase);
}
