// SPDX-License-Identifier: MIT
#include "jwecontent.h"

#include "ossl.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <zlib.h>

#include <climits>
#include <cstring>
#include <memory>

namespace {

using CipherCtxPtr = Ossl::CipherCtxPtr;
using MacPtr = Ossl::MacPtr;
using MacCtxPtr = Ossl::MacCtxPtr;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

bool fitsInt(qsizetype size)
{
    return size >= 0 && size <= INT_MAX - 64;
}

const EVP_CIPHER *gcmCipher(qsizetype keyBytes)
{
    switch (keyBytes) {
    case 16:
        return EVP_aes_128_gcm();
    case 24:
        return EVP_aes_192_gcm();
    case 32:
        return EVP_aes_256_gcm();
    default:
        return nullptr;
    }
}

const EVP_CIPHER *cbcCipher(qsizetype keyBytes)
{
    switch (keyBytes) {
    case 16:
        return EVP_aes_128_cbc();
    case 24:
        return EVP_aes_192_cbc();
    case 32:
        return EVP_aes_256_cbc();
    default:
        return nullptr;
    }
}

const EVP_CIPHER *wrapCipher(qsizetype keyBytes)
{
    switch (keyBytes) {
    case 16:
        return EVP_aes_128_wrap();
    case 24:
        return EVP_aes_192_wrap();
    case 32:
        return EVP_aes_256_wrap();
    default:
        return nullptr;
    }
}

bool isCbc(JweEnc enc)
{
    return enc == JweEnc::A128CbcHs256 || enc == JweEnc::A192CbcHs384
            || enc == JweEnc::A256CbcHs512;
}

/// The full HMAC of RFC 7518 §5.2.2.1 step 5: HMAC(MAC_KEY, A || IV || E || AL), with the
/// digest of the key's size (16-byte MAC key: SHA-256, 24: SHA-384, 32: SHA-512).
bool cbcHmac(QByteArrayView macKey, QByteArrayView aad, QByteArrayView iv,
             QByteArrayView ciphertext, QByteArray *out)
{
    const char *digest = macKey.size() == 16 ? "SHA256" : macKey.size() == 24 ? "SHA384" : "SHA512";
    unsigned char al[8];
    const quint64 aadBits = quint64(aad.size()) * 8;
    for (int i = 0; i < 8; ++i)
        al[i] = static_cast<unsigned char>(aadBits >> (56 - 8 * i));
    MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    MacCtxPtr ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!ctx)
        return false;
    OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digest), 0),
            OSSL_PARAM_construct_end()};
    out->resize(EVP_MAX_MD_SIZE);
    size_t length = 0;
    const bool ok = EVP_MAC_init(ctx.get(), bytes(macKey), size_t(macKey.size()), params) == 1
            && EVP_MAC_update(ctx.get(), bytes(aad), size_t(aad.size())) == 1
            && EVP_MAC_update(ctx.get(), bytes(iv), size_t(iv.size())) == 1
            && EVP_MAC_update(ctx.get(), bytes(ciphertext), size_t(ciphertext.size())) == 1
            && EVP_MAC_update(ctx.get(), al, sizeof al) == 1
            && EVP_MAC_final(ctx.get(), bytes(*out), &length, size_t(out->size())) == 1;
    out->resize(ok ? qsizetype(length) : 0);
    return ok;
}

bool cbcEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView plaintext,
                QByteArray *ciphertext)
{
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = cbcCipher(key.size());
    if (!ctx || !cipher || !fitsInt(plaintext.size()))
        return false;
    ciphertext->resize(plaintext.size() + 16);
    int first = 0, last = 0;
    const bool ok = EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, bytes(key), bytes(iv)) == 1
            && EVP_EncryptUpdate(ctx.get(), bytes(*ciphertext), &first, bytes(plaintext),
                                 int(plaintext.size()))
                    == 1
            && EVP_EncryptFinal_ex(ctx.get(), bytes(*ciphertext) + first, &last) == 1;
    ciphertext->resize(ok ? first + last : 0);
    return ok;
}

bool cbcDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView ciphertext,
                QByteArray *plaintext)
{
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = cbcCipher(key.size());
    if (!ctx || !cipher || !fitsInt(ciphertext.size()) || ciphertext.isEmpty()
        || ciphertext.size() % 16 != 0)
        return false;
    JweContent::SecretBytes out(QByteArray(ciphertext.size() + 16, Qt::Uninitialized));
    int first = 0, last = 0;
    const bool ok = EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, bytes(key), bytes(iv)) == 1
            && EVP_DecryptUpdate(ctx.get(), bytes(out.bytes()), &first, bytes(ciphertext),
                                 int(ciphertext.size()))
                    == 1
            && EVP_DecryptFinal_ex(ctx.get(), bytes(out.bytes()) + first, &last) == 1;
    if (!ok) {
        ERR_clear_error();
        return false;
    }
    *plaintext = out.bytes().left(first + last);
    return true;
}

} // namespace

namespace JweContent {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0 && (!fitsInt(size) || RAND_bytes(bytes(out), int(size)) != 1))
        return {};
    return out;
}

int ivBytes(JweEnc enc)
{
    return isCbc(enc) ? 16 : 12;
}

int tagBytes(JweEnc enc)
{
    return isCbc(enc) ? JweAlgorithms::cekBytes(enc) / 2 : 16;
}

bool encrypt(JweEnc enc, QByteArrayView cek, QByteArrayView iv, QByteArrayView aad,
             QByteArrayView plaintext, QByteArray *ciphertext, QByteArray *tag)
{
    if (cek.size() != JweAlgorithms::cekBytes(enc) || iv.size() != ivBytes(enc))
        return false;
    if (!isCbc(enc))
        return gcmEncrypt(cek, iv, aad, plaintext, ciphertext, tag);
    const qsizetype half = cek.size() / 2;
    if (!cbcEncrypt(cek.sliced(half), iv, plaintext, ciphertext))
        return false;
    SecretBytes mac;
    if (!cbcHmac(cek.first(half), aad, iv, *ciphertext, &mac.bytes()))
        return false;
    *tag = mac.bytes().left(half);
    return true;
}

bool decrypt(JweEnc enc, QByteArrayView cek, QByteArrayView iv, QByteArrayView aad,
             QByteArrayView ciphertext, QByteArrayView tag, QByteArray *plaintext)
{
    plaintext->clear();
    if (cek.size() != JweAlgorithms::cekBytes(enc) || iv.size() != ivBytes(enc)
        || tag.size() != tagBytes(enc))
        return false;
    if (!isCbc(enc))
        return gcmDecrypt(cek, iv, aad, ciphertext, tag, plaintext);
    // RFC 7518 §5.2.2.2: the tag first, in constant time; nothing is decrypted unless it
    // matches, so a padding error can never be told from a tag error.
    const qsizetype half = cek.size() / 2;
    SecretBytes mac;
    if (!cbcHmac(cek.first(half), aad, iv, ciphertext, &mac.bytes()) || mac.bytes().size() < half
        || CRYPTO_memcmp(mac.bytes().constData(), tag.data(), size_t(half)) != 0)
        return false;
    return cbcDecrypt(cek.sliced(half), iv, ciphertext, plaintext);
}

bool gcmEncrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext,
                QByteArray *ciphertext, QByteArray *tag)
{
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = gcmCipher(key.size());
    if (!ctx || !cipher || iv.size() != 12 || !fitsInt(plaintext.size()) || !fitsInt(aad.size()))
        return false;
    ciphertext->resize(plaintext.size());
    tag->resize(16);
    int length = 0, last = 0;
    bool ok = EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, bytes(key), bytes(iv)) == 1
            && (aad.isEmpty()
                || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size()))
                        == 1);
    if (ok && !plaintext.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), bytes(*ciphertext), &length, bytes(plaintext),
                               int(plaintext.size()))
                == 1;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes(*ciphertext) + length, &last) == 1
            && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag->data()) == 1;
    if (!ok) {
        ciphertext->clear();
        tag->clear();
    }
    return ok;
}

bool gcmDecrypt(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                QByteArrayView ciphertext, QByteArrayView tag, QByteArray *plaintext)
{
    plaintext->clear();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = gcmCipher(key.size());
    if (!ctx || !cipher || iv.size() != 12 || tag.size() != 16 || !fitsInt(ciphertext.size())
        || !fitsInt(aad.size()))
        return false;
    // GCM decrypts as it goes; the buffer is wiped unless the final tag check passes.
    SecretBytes out(QByteArray(ciphertext.size() + 16, Qt::Uninitialized));
    int length = 0, last = 0;
    bool ok = EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, bytes(key), bytes(iv)) == 1
            && (aad.isEmpty()
                || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size()))
                        == 1);
    length = 0;
    if (ok && !ciphertext.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), bytes(out.bytes()), &length, bytes(ciphertext),
                               int(ciphertext.size()))
                == 1;
    ok = ok
            && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16,
                                   const_cast<char *>(tag.data()))
                    == 1
            && EVP_DecryptFinal_ex(ctx.get(), bytes(out.bytes()) + length, &last) == 1;
    if (!ok) {
        ERR_clear_error();
        return false;
    }
    *plaintext = out.bytes().left(length + last);
    return true;
}

bool keyWrap(QByteArrayView kek, QByteArrayView key, QByteArray *wrapped)
{
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = wrapCipher(kek.size());
    if (!ctx || !cipher || key.size() < 16 || key.size() % 8 != 0 || !fitsInt(key.size()))
        return false;
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    wrapped->resize(key.size() + 8);
    int length = 0, last = 0;
    const bool ok = EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, bytes(kek), nullptr) == 1
            && EVP_EncryptUpdate(ctx.get(), bytes(*wrapped), &length, bytes(key), int(key.size()))
                    == 1
            && EVP_EncryptFinal_ex(ctx.get(), bytes(*wrapped) + length, &last) == 1
            && length + last == key.size() + 8;
    if (!ok)
        wrapped->clear();
    return ok;
}

bool keyUnwrap(QByteArrayView kek, QByteArrayView wrapped, QByteArray *key)
{
    key->clear();
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = wrapCipher(kek.size());
    if (!ctx || !cipher || wrapped.size() < 24 || wrapped.size() % 8 != 0
        || !fitsInt(wrapped.size()))
        return false;
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    SecretBytes out(QByteArray(wrapped.size(), Qt::Uninitialized));
    int length = 0, last = 0;
    const bool ok = EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, bytes(kek), nullptr) == 1
            && EVP_DecryptUpdate(ctx.get(), bytes(out.bytes()), &length, bytes(wrapped),
                                 int(wrapped.size()))
                    > 0
            && EVP_DecryptFinal_ex(ctx.get(), bytes(out.bytes()) + length, &last) == 1
            && length + last == wrapped.size() - 8;
    if (!ok) {
        ERR_clear_error();
        return false;
    }
    *key = out.bytes().left(length + last);
    return true;
}

QByteArray deflate(QByteArrayView data)
{
    if (data.size() > qsizetype(UINT_MAX / 2))
        return {};
    z_stream z {};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    // One call: deflateBound() is the size the whole output can take.
    const uLong bound = deflateBound(&z, uLong(data.size()));
    QByteArray out(qsizetype(bound), Qt::Uninitialized);
    z.next_in = const_cast<Bytef *>(bytes(data));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int status = ::deflate(&z, Z_FINISH);
    const qsizetype produced = qsizetype(z.total_out);
    deflateEnd(&z);
    if (status != Z_STREAM_END)
        return {};
    out.truncate(produced);
    return out;
}

Inflated inflate(QByteArrayView data, qsizetype limit, QByteArray *out)
{
    out->clear();
    if (data.size() > qsizetype(UINT_MAX))
        return Inflated::Corrupt;
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return Inflated::Corrupt;
    z.next_in = const_cast<Bytef *>(bytes(data));
    z.avail_in = uInt(data.size());
    // The buffer grows by doubling up to the limit plus one byte (to tell "exactly the
    // limit" from "more"); each smaller buffer is wiped when it is replaced.
    const qsizetype cap = limit + 1;
    SecretBytes buffer(
            QByteArray(qMin(cap, qMax<qsizetype>(4096, 4 * data.size())), Qt::Uninitialized));
    qsizetype produced = 0;
    int status = Z_OK;
    while (true) {
        if (produced == buffer.bytes().size()) {
            if (buffer.bytes().size() >= cap) {
                inflateEnd(&z);
                return Inflated::TooLarge;
            }
            QByteArray bigger(qMin(cap, 2 * buffer.bytes().size()), Qt::Uninitialized);
            memcpy(bigger.data(), buffer.bytes().constData(), size_t(produced));
            buffer = std::move(bigger);
        }
        z.next_out = reinterpret_cast<Bytef *>(buffer.bytes().data() + produced);
        const qsizetype room = qMin<qsizetype>(buffer.bytes().size() - produced, UINT_MAX);
        z.avail_out = uInt(room);
        status = ::inflate(&z, Z_NO_FLUSH);
        produced += room - qsizetype(z.avail_out);
        if (status == Z_STREAM_END)
            break;
        if (status != Z_OK && !(status == Z_BUF_ERROR && z.avail_out == 0)) {
            inflateEnd(&z);
            return Inflated::Corrupt; // truncated (Z_BUF_ERROR with room left) or not DEFLATE
        }
    }
    const bool trailing = z.avail_in != 0;
    inflateEnd(&z);
    if (trailing)
        return Inflated::Corrupt;
    if (produced > limit)
        return Inflated::TooLarge;
    *out = buffer.bytes().left(produced);
    return Inflated::Ok;
}

} // namespace JweContent
