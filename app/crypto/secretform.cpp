// SPDX-License-Identifier: MIT
// What the bytes given as an HMAC secret are, when they are key material (Key::secretForm()).
#include "key.h"
#include "keydata.h"
#include "ossl.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <openssl/err.h>
#include <openssl/x509.h>

namespace {

constexpr QByteArrayView Bom("\xef\xbb\xbf");

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    if (bytes.startsWith(Bom))
        bytes = bytes.sliced(Bom.size());
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && isBlank(bytes.at(begin)))
        ++begin;
    while (end > begin && isBlank(bytes.at(end - 1)))
        --end;
    return bytes.sliced(begin, end - begin);
}

/// Whether @p der is one DER SEQUENCE that spans all of it: what every DER key and
/// certificate is, and what random bytes almost never are (the decoders run only then).
bool isOneDerSequence(QByteArrayView der)
{
    if (der.size() < 2 || static_cast<unsigned char>(der.at(0)) != 0x30)
        return false;
    const auto byte = [&der](qsizetype i) { return static_cast<unsigned char>(der.at(i)); };
    qsizetype length = byte(1);
    qsizetype header = 2;
    if (length & 0x80) {
        const int count = length & 0x7f;
        if (count == 0 || count > 4 || der.size() < 2 + count)
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | byte(2 + i);
        header += count;
    }
    return header + length == der.size();
}

/// The DER of an X.509 certificate, a public key (SubjectPublicKeyInfo, PKCS#1) or an
/// unencrypted private key (PKCS#8, PKCS#1, SEC1).
SecretForm derForm(QByteArrayView der)
{
    if (!isOneDerSequence(der))
        return SecretForm::Secret;
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    const Ossl::X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (cert && p == reinterpret_cast<const unsigned char *>(der.data()) + der.size())
        return SecretForm::DerCertificate;
    EVP_PKEY *pkey = nullptr;
    // Any structure, any key type, public or private; never a passphrase.
    const Ossl::DecoderCtxPtr dctx(
            OSSL_DECODER_CTX_new_for_pkey(&pkey, "DER", nullptr, nullptr, 0, nullptr, nullptr));
    bool key = false;
    if (dctx) {
        OSSL_DECODER_CTX_set_passphrase_cb(
                dctx.get(), [](char *, size_t, size_t *, const OSSL_PARAM[], void *) { return 0; },
                nullptr);
        const auto *data = reinterpret_cast<const unsigned char *>(der.data());
        size_t len = size_t(der.size());
        key = OSSL_DECODER_from_data(dctx.get(), &data, &len) == 1 && len == 0;
    }
    const Ossl::PkeyPtr owned(pkey);
    ERR_clear_error();
    return key ? SecretForm::Der : SecretForm::Secret;
}

/// Base64 (either alphabet, padding and line breaks allowed) of @p text, when it is nothing
/// else; empty otherwise.
QByteArray base64Body(QByteArrayView text)
{
    QByteArray clean;
    clean.reserve(text.size());
    for (const char c : text) {
        if (isBlank(c))
            continue;
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-' || c == '_'
                || c == '=';
        if (!alphabet)
            return {};
        clean.append(c == '-' ? '+' : c == '_' ? '/' : c);
    }
    const auto decoded = QByteArray::fromBase64Encoding(clean, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

} // namespace

SecretForm classifySecret(QByteArrayView bytes)
{
    const QByteArrayView text = trimmed(bytes);
    if (text.contains("-----BEGIN ") && text.contains("-----END ")) {
        return text.contains("CERTIFICATE-----") ? SecretForm::Certificate
                                                   : SecretForm::Pem;
    }
    if (text.startsWith('{') && text.endsWith('}')) {
        // QJsonDocument only reads here.
        const QJsonObject o = QJsonDocument::fromJson(text.toByteArray()).object();
        if (o.value(QLatin1String("keys")).isArray())
            return SecretForm::Jwks;
        if (o.contains(QLatin1String("kty")))
            return SecretForm::Jwk;
    }
    const SecretForm der = derForm(bytes);
    if (der != SecretForm::Secret)
        return der;
    // The base64 text of a DER key, as it stands between a PEM block's lines.
    constexpr qsizetype shortestKeyBase64 = 40;
    if (text.size() >= shortestKeyBase64) {
        const QByteArray body = base64Body(text);
        if (!body.isEmpty() && derForm(body) != SecretForm::Secret)
            return SecretForm::Base64Der;
    }
    return SecretForm::Secret;
}

QString secretFormName(SecretForm form)
{
    switch (form) {
    case SecretForm::Secret:
        break;
    case SecretForm::Pem:
        return QCoreApplication::translate("Key", "a PEM key");
    case SecretForm::Certificate:
        return QCoreApplication::translate("Key", "a PEM certificate");
    case SecretForm::Jwk:
        return QCoreApplication::translate("Key", "a JWK");
    case SecretForm::Jwks:
        return QCoreApplication::translate("Key", "a JWKS");
    case SecretForm::Der:
        return QCoreApplication::translate("Key", "a DER key");
    case SecretForm::DerCertificate:
        return QCoreApplication::translate("Key", "a DER certificate");
    case SecretForm::Base64Der:
        return QCoreApplication::translate("Key", "the base64 text of a DER key");
    }
    return QCoreApplication::translate("Key", "an HMAC secret");
}
