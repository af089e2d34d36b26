// SPDX-License-Identifier: MIT
#pragma once
// Private to app/crypto: owners for OpenSSL objects, and the methods fetched once. With
// keydata.h, the only headers with an OpenSSL type in them.

#include <QByteArrayView>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/x509.h>

#include <memory>

namespace Ossl {

/// Calls @p Free on the pointer a std::unique_ptr owns.
template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};

/// Memory OpenSSL allocated for us (i2d_* output).
struct BytesDeleter
{
    void operator()(unsigned char *p) const { OPENSSL_free(p); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<&EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<&EVP_MD_CTX_free>>;
using MacPtr = std::unique_ptr<EVP_MAC, Deleter<&EVP_MAC_free>>;
using MacCtxPtr = std::unique_ptr<EVP_MAC_CTX, Deleter<&EVP_MAC_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free>>;
using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, Deleter<&OSSL_DECODER_CTX_free>>;
/// Cleared when freed: a BIGNUM may hold a private exponent.
using BnPtr = std::unique_ptr<BIGNUM, Deleter<&BN_clear_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<&OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<&OSSL_PARAM_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Deleter<&EVP_CIPHER_CTX_free>>;
using KdfPtr = std::unique_ptr<EVP_KDF, Deleter<&EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, Deleter<&EVP_KDF_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using BytesPtr = std::unique_ptr<unsigned char, BytesDeleter>;

/// SHA-2 of @p bits (256, 384, 512), fetched once for the process (thread-safe): fetching by
/// name on every call costs a method-store lookup under a lock, which shows in batch
/// verification. Null for other sizes.
const EVP_MD *sha(int bits);

/// The HMAC method, fetched once for the process (thread-safe).
EVP_MAC *hmacMethod();

/// A new HMAC-SHA-2 context keyed with @p key (which may be empty); null on failure or for
/// a size other than 256, 384, 512.
MacCtxPtr newHmac(QByteArrayView key, int bits);

} // namespace Ossl
