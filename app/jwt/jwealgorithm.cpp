// SPDX-License-Identifier: MIT
#include "jwealgorithm.h"

namespace {

struct AlgInfo
{
    JweAlg alg;
    const char *name;
    JweAlgFamily family;
    int wrapKeyBytes;
    const char *reference;
};

constexpr AlgInfo algs[] = {
        {JweAlg::RsaOaep256, "RSA-OAEP-256", JweAlgFamily::Rsa, 0, "RFC 7518 §4.3"},
        {JweAlg::RsaOaep, "RSA-OAEP", JweAlgFamily::Rsa, 0, "RFC 7518 §4.3"},
        {JweAlg::Rsa1_5, "RSA1_5", JweAlgFamily::Rsa, 0, "RFC 7518 §4.2"},
        {JweAlg::A128Kw, "A128KW", JweAlgFamily::AesKw, 16, "RFC 7518 §4.4"},
        {JweAlg::A192Kw, "A192KW", JweAlgFamily::AesKw, 24, "RFC 7518 §4.4"},
        {JweAlg::A256Kw, "A256KW", JweAlgFamily::AesKw, 32, "RFC 7518 §4.4"},
        {JweAlg::Dir, "dir", JweAlgFamily::Direct, 0, "RFC 7518 §4.5"},
        {JweAlg::EcdhEs, "ECDH-ES", JweAlgFamily::EcdhEs, 0, "RFC 7518 §4.6"},
        {JweAlg::EcdhEsA128Kw, "ECDH-ES+A128KW", JweAlgFamily::EcdhEsKw, 16, "RFC 7518 §4.6"},
        {JweAlg::EcdhEsA192Kw, "ECDH-ES+A192KW", JweAlgFamily::EcdhEsKw, 24, "RFC 7518 §4.6"},
        {JweAlg::EcdhEsA256Kw, "ECDH-ES+A256KW", JweAlgFamily::EcdhEsKw, 32, "RFC 7518 §4.6"},
        {JweAlg::A128GcmKw, "A128GCMKW", JweAlgFamily::AesGcmKw, 16, "RFC 7518 §4.7"},
        {JweAlg::A192GcmKw, "A192GCMKW", JweAlgFamily::AesGcmKw, 24, "RFC 7518 §4.7"},
        {JweAlg::A256GcmKw, "A256GCMKW", JweAlgFamily::AesGcmKw, 32, "RFC 7518 §4.7"},
        {JweAlg::Pbes2Hs256A128Kw, "PBES2-HS256+A128KW", JweAlgFamily::Pbes2, 16, "RFC 7518 §4.8"},
        {JweAlg::Pbes2Hs384A192Kw, "PBES2-HS384+A192KW", JweAlgFamily::Pbes2, 24, "RFC 7518 §4.8"},
        {JweAlg::Pbes2Hs512A256Kw, "PBES2-HS512+A256KW", JweAlgFamily::Pbes2, 32, "RFC 7518 §4.8"},
};

struct EncInfo
{
    JweEnc enc;
    const char *name;
    int cekBytes;
    const char *reference;
};

constexpr EncInfo encs[] = {
        {JweEnc::A256Gcm, "A256GCM", 32, "RFC 7518 §5.3"},
        {JweEnc::A192Gcm, "A192GCM", 24, "RFC 7518 §5.3"},
        {JweEnc::A128Gcm, "A128GCM", 16, "RFC 7518 §5.3"},
        {JweEnc::A128CbcHs256, "A128CBC-HS256", 32, "RFC 7518 §5.2.3"},
        {JweEnc::A192CbcHs384, "A192CBC-HS384", 48, "RFC 7518 §5.2.4"},
        {JweEnc::A256CbcHs512, "A256CBC-HS512", 64, "RFC 7518 §5.2.5"},
};

const AlgInfo &info(JweAlg alg)
{
    for (const AlgInfo &a : algs) {
        if (a.alg == alg)
            return a;
    }
    return algs[0]; // unreachable: every enumerator is in the table
}

const EncInfo &info(JweEnc enc)
{
    for (const EncInfo &e : encs) {
        if (e.enc == enc)
            return e;
    }
    return encs[0];
}

} // namespace

namespace JweAlgorithms {

QList<JweAlg> allAlgs()
{
    QList<JweAlg> list;
    for (const AlgInfo &a : algs)
        list.append(a.alg);
    return list;
}

QList<JweEnc> allEncs()
{
    QList<JweEnc> list;
    for (const EncInfo &e : encs)
        list.append(e.enc);
    return list;
}

QString name(JweAlg alg)
{
    return QString::fromLatin1(info(alg).name);
}

QString name(JweEnc enc)
{
    return QString::fromLatin1(info(enc).name);
}

std::optional<JweAlg> algFromName(QStringView name)
{
    for (const AlgInfo &a : algs) {
        if (name == QLatin1String(a.name))
            return a.alg;
    }
    return std::nullopt;
}

std::optional<JweEnc> encFromName(QStringView name)
{
    for (const EncInfo &e : encs) {
        if (name == QLatin1String(e.name))
            return e.enc;
    }
    return std::nullopt;
}

JweAlgFamily family(JweAlg alg)
{
    return info(alg).family;
}

int cekBytes(JweEnc enc)
{
    return info(enc).cekBytes;
}

int wrapKeyBytes(JweAlg alg)
{
    return info(alg).wrapKeyBytes;
}

bool canEncrypt(JweAlg alg)
{
    return alg != JweAlg::Rsa1_5;
}

QString reference(JweAlg alg)
{
    return QString::fromUtf8(info(alg).reference);
}

QString reference(JweEnc enc)
{
    return QString::fromUtf8(info(enc).reference);
}

} // namespace JweAlgorithms
