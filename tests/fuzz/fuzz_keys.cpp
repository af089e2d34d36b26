// SPDX-License-Identifier: MIT
// loadKeys on arbitrary text (PEM, JWK, JWKS and anything else), and every accessor of what
// it loads; the same bytes as DER (a key or certificate given as a secret, an x5c member):
// no crash, no leak, no sanitizer report; an error or at least one key.
#include "algorithm.h"
#include "certchain.h"
#include "key.h"
#include "keyfit.h"
#include "keyset.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const KeySet set = loadKeys(input);
    if (set.error.isEmpty() && set.keys.isEmpty())
        __builtin_trap();
    for (const Key &key : set.keys) {
        (void)key.kind();
        (void)key.bits();
        (void)key.curve();
        (void)key.kid();
        (void)key.description();
        (void)key.toJwk(true);
        (void)key.toJwk(false);
        (void)key.thumbprint();
        if (key.kind() != KeyKind::Secret)
            (void)key.toPem();
        (void)key.publicKey().toJwk(false);
        for (Algorithm alg : Algorithms::all())
            (void)checkFit(key, alg);
    }
    (void)chooseKey(set.keys, Algorithm::RS256, u"k1");
    // DER: what classifySecret() decodes (SubjectPublicKeyInfo, PKCS#1, PKCS#8, SEC1, X.509)
    // and a certificate's key, as an x5c member gives it.
    (void)secretFormName(classifySecret(input));
    QString error;
    const Key certified = certificateKey(input, &error);
    if (!certified.isNull()) {
        (void)certified.toJwk(false);
        (void)certified.thumbprint();
    }
    return 0;
}
