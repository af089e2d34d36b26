// SPDX-License-Identifier: MIT
#include "keygen.h"

#include "keydata.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace {

/// The largest RSA size offered: beyond it generation takes minutes.
constexpr int maxRsaBits = 16384;

GeneratedKey fromPkey(EVP_PKEY *pkey)
{
    GeneratedKey result;
    if (!pkey) {
        ERR_clear_error();
        result.error = QCoreApplication::translate("KeyGen", "OpenSSL could not generate the key");
        return result;
    }
    QString error;
    auto data = KeyData::fromPkey(pkey, &error);
    if (!data) {
        result.error = error;
        return result;
    }
    result.key = Key(std::move(data));
    return result;
}

} // namespace

GeneratedKey generateKey(Algorithm alg, int rsaBits, const QString &edCurve)
{
    GeneratedKey result;
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        result.error = QCoreApplication::translate("KeyGen", "\"none\" has no key");
        return result;
    case AlgorithmFamily::Hmac: {
        QByteArray secret = randomBytes(Algorithms::hashBits(alg) / 8);
        if (secret.isEmpty()) {
            result.error = QCoreApplication::translate("KeyGen", "the random generator failed");
            return result;
        }
        result.key = Key::fromSecret(secret);
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
        return result;
    }
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss: {
        const int bits = rsaBits == 0 ? 2048 : rsaBits;
        if (bits < 2048) {
            result.error
                    = QCoreApplication::translate("KeyGen", "RSA keys need at least 2048 bits");
            return result;
        }
        if (bits > maxRsaBits) {
            result.error = QCoreApplication::translate(
                                   "KeyGen", "RSA keys of more than %1 bits are not offered")
                                   .arg(maxRsaBits);
            return result;
        }
        return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
    }
    case AlgorithmFamily::Ecdsa: {
        const QString curve = Algorithms::curve(alg);
        // OpenSSL knows the NIST curves by their JOSE names, and secp256k1 by its own.
        const QByteArray name = curve.toLatin1();
        return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", name.constData()));
    }
    case AlgorithmFamily::EdDsa:
        if (edCurve.isEmpty() || edCurve == QLatin1String("Ed25519"))
            return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
        if (edCurve == QLatin1String("Ed448"))
            return fromPkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448"));
        result.error = QCoreApplication::translate("KeyGen",
                                                   "EdDSA curve \"%1\" is not Ed25519 or Ed448")
                               .arg(edCurve);
        return result;
    }
    result.error = QCoreApplication::translate("KeyGen", "unknown algorithm");
    return result;
}

QByteArray randomBytes(int count)
{
    if (count <= 0)
        return {};
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1) {
        ERR_clear_error();
        return {};
    }
    return bytes;
}
