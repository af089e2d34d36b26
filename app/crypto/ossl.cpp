// SPDX-License-Identifier: MIT
#include "ossl.h"

#include <openssl/core_names.h>

namespace {

const char *shaName(int bits)
{
    switch (bits) {
    case 256:
        return "SHA2-256";
    case 384:
        return "SHA2-384";
    case 512:
        return "SHA2-512";
    default:
        return nullptr;
    }
}

} // namespace

namespace Ossl {

const EVP_MD *sha(int bits)
{
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    static EVP_MD *const sha384 = EVP_MD_fetch(nullptr, "SHA2-384", nullptr);
    static EVP_MD *const sha512 = EVP_MD_fetch(nullptr, "SHA2-512", nullptr);
    switch (bits) {
    case 256:
        return sha256;
    case 384:
        return sha384;
    case 512:
        return sha512;
    default:
        return nullptr;
    }
}

EVP_MAC *hmacMethod()
{
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

MacCtxPtr newHmac(QByteArrayView key, int bits)
{
    const char *digest = shaName(bits);
    if (!digest)
        return nullptr;
    MacCtxPtr ctx(EVP_MAC_CTX_new(hmacMethod()));
    if (!ctx)
        return nullptr;
    OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digest), 0),
            OSSL_PARAM_construct_end(),
    };
    // An empty key is legal HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char empty = 0;
    const auto *bytes
            = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(key.data());
    if (EVP_MAC_init(ctx.get(), bytes, size_t(key.size()), params) != 1)
        return nullptr;
    return ctx;
}

} // namespace Ossl
