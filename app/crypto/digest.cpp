// SPDX-License-Identifier: MIT
#include "digest.h"

#include "ossl.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace Digest {

QByteArray sha(int bits, QByteArrayView data)
{
    const EVP_MD *md = Ossl::sha(bits);
    if (!md)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &len, md, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

QByteArray hmac(int bits, QByteArrayView key, QByteArrayView data)
{
    const Ossl::MacCtxPtr ctx = Ossl::newHmac(key, bits); // null for an unknown size
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    const bool ok = ctx
            && EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.data()),
                              size_t(data.size()))
                    == 1
            && EVP_MAC_final(ctx.get(), out, &len, sizeof out) == 1;
    if (!ok) {
        ERR_clear_error();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(len));
}

bool equal(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace Digest
