// SPDX-License-Identifier: MIT
// JWE (and JWS JSON) parsing and decryption on arbitrary text: Jwe::decrypt of compact and
// JSON forms with the keys of the RFC 7516 / RFC 7520 vectors (tests/fuzz/jwe-keys.json, so
// the seeds reach the content decryption), parseJoseJson and verifyJwsJson, and Jwe::encrypt
// with the text as its header. No crash, no leak, no sanitizer report; a result is either
// decrypted with no error, or refused with an error and no plaintext.
#include "josemessage.h"
#include "keyset.h"
#include "jwe.h"
#include "jwsjson.h"
#include "key.h"

#include <QFile>

#include <cstddef>
#include <cstdint>

namespace {

const QList<Key> &keys()
{
    static const QList<Key> all = [] {
        QFile file(QStringLiteral(JWTLENS_FUZZ_KEYS));
        QList<Key> list;
        if (file.open(QIODevice::ReadOnly))
            list = loadKeys(file.readAll()).keys;
        if (list.isEmpty())
            __builtin_trap(); // the fuzzer would only exercise the key mismatch
        // RFC 7520 5.3's password, and a plain one for PBES2 seeds of its own.
        list << Key::fromSecret(QStringLiteral("entrap_o–peter_long–credit_tun").toUtf8())
             << Key::fromSecret("fuzz");
        return list;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    JweOptions options;
    options.maxPbes2Count = 10000; // 5.3 has 8192; more would only slow the fuzzer down
    options.maxPlaintextBytes = 1024 * 1024;
    const JweResult result = Jwe::decrypt(input, keys(), options);
    if (result.ok() != result.error.isEmpty())
        __builtin_trap();
    if (!result.ok() && !result.plaintext.isEmpty())
        __builtin_trap();
    if (result.ok() && (result.keyIndex < 0 || result.recipient < 0 || result.key.isNull()))
        __builtin_trap();
    if (result.compressed && result.ok() && result.plaintext.size() > options.maxPlaintextBytes)
        __builtin_trap();

    if (looksLikeJoseJson(input)) {
        const JoseJsonDocument doc = parseJoseJson(input);
        if (doc.ok() == !doc.error.isEmpty())
            __builtin_trap();
        if (doc.kind == JoseJsonDocument::Kind::Jws) {
            const JwsJsonVerification v = verifyJwsJson(doc.jws, keys());
            if (v.signatures.size() != doc.jws.signatures.size())
                __builtin_trap();
        }
        // The text as a protected header to encrypt with: a 16-byte secret (A.3's), the X25519
        // key and a password reach every key management family but RSA.
        for (qsizetype i : {qsizetype(1), qsizetype(8), qsizetype(10)}) {
            const JweEncrypted made = Jwe::encrypt(input, "fuzz", keys().at(i));
            if (made.ok() && made.compact.count('.') != 4)
                __builtin_trap();
        }
    }
    return 0;
}
