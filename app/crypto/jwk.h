// SPDX-License-Identifier: MIT
#pragma once

#include "keyset.h"

#include <QByteArrayView>

/// Loads a JWK (oct, RSA, EC, OKP; public or private; RFC 7517, 7518 §6, 8037) or a JWKS,
/// whose keys of an unsupported kty or curve are skipped (KeySet::skipped, RFC 7517 §5). On
/// error the set has no keys and its error names the member. loadKeys() calls this for text
/// that starts with "{". Writing a JWK: Key::toJwk() and Key::thumbprint() (key.h).
KeySet loadJwkKeys(QByteArrayView text);
