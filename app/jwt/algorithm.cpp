// SPDX-License-Identifier: MIT
#include "algorithm.h"

#include <array>

namespace {

struct AlgorithmInfo
{
    Algorithm alg;
    const char *name;
    AlgorithmFamily family;
    int hashBits;
    const char *curve;
    const char *reference;
};

// clang-format off
constexpr std::array<AlgorithmInfo, 17> table{{
    {Algorithm::HS256,  "HS256",  AlgorithmFamily::Hmac,     256, "",          "RFC 7518 §3.2"},
    {Algorithm::HS384,  "HS384",  AlgorithmFamily::Hmac,     384, "",          "RFC 7518 §3.2"},
    {Algorithm::HS512,  "HS512",  AlgorithmFamily::Hmac,     512, "",          "RFC 7518 §3.2"},
    {Algorithm::RS256,  "RS256",  AlgorithmFamily::RsaPkcs1, 256, "",          "RFC 7518 §3.3"},
    {Algorithm::RS384,  "RS384",  AlgorithmFamily::RsaPkcs1, 384, "",          "RFC 7518 §3.3"},
    {Algorithm::RS512,  "RS512",  AlgorithmFamily::RsaPkcs1, 512, "",          "RFC 7518 §3.3"},
    {Algorithm::PS256,  "PS256",  AlgorithmFamily::RsaPss,   256, "",          "RFC 7518 §3.5"},
    {Algorithm::PS384,  "PS384",  AlgorithmFamily::RsaPss,   384, "",          "RFC 7518 §3.5"},
    {Algorithm::PS512,  "PS512",  AlgorithmFamily::RsaPss,   512, "",          "RFC 7518 §3.5"},
    {Algorithm::ES256,  "ES256",  AlgorithmFamily::Ecdsa,    256, "P-256",     "RFC 7518 §3.4"},
    {Algorithm::ES384,  "ES384",  AlgorithmFamily::Ecdsa,    384, "P-384",     "RFC 7518 §3.4"},
    {Algorithm::ES512,  "ES512",  AlgorithmFamily::Ecdsa,    512, "P-521",     "RFC 7518 §3.4"},
    {Algorithm::ES256K, "ES256K", AlgorithmFamily::Ecdsa,    256, "secp256k1", "RFC 8812 §3.2"},
    {Algorithm::EdDSA,  "EdDSA",  AlgorithmFamily::EdDsa,    0,   "",          "RFC 8037 §3.1"},
    {Algorithm::Ed25519,"Ed25519",AlgorithmFamily::EdDsa,    0,   "Ed25519",   "RFC 9864 §2.2"},
    {Algorithm::Ed448,  "Ed448",  AlgorithmFamily::EdDsa,    0,   "Ed448",     "RFC 9864 §2.2"},
    {Algorithm::None,   "none",   AlgorithmFamily::None,     0,   "",          "RFC 7518 §3.6"},
}};
// clang-format on

const AlgorithmInfo &info(Algorithm alg)
{
    for (const AlgorithmInfo &i : table) {
        if (i.alg == alg)
            return i;
    }
    return table.back(); // unreachable: every enumerator is in the table
}

} // namespace

namespace Algorithms {

QList<Algorithm> all()
{
    QList<Algorithm> list;
    for (const AlgorithmInfo &i : table) {
        if (i.alg != Algorithm::None)
            list.append(i.alg);
    }
    return list;
}

QString name(Algorithm alg)
{
    return QString::fromLatin1(info(alg).name);
}

std::optional<Algorithm> fromName(QStringView name)
{
    for (const AlgorithmInfo &i : table) {
        if (name == QLatin1String(i.name))
            return i.alg;
    }
    return std::nullopt;
}

AlgorithmFamily family(Algorithm alg)
{
    return info(alg).family;
}

int hashBits(Algorithm alg)
{
    return info(alg).hashBits;
}

QString curve(Algorithm alg)
{
    return QString::fromLatin1(info(alg).curve);
}

QString reference(Algorithm alg)
{
    return QString::fromUtf8(info(alg).reference);
}

QString signingFormula(Algorithm alg)
{
    const QString input
            = QStringLiteral("base64UrlEncode(header) + \".\" + base64UrlEncode(payload)");
    const QString bits = QString::number(hashBits(alg));
    switch (family(alg)) {
    case AlgorithmFamily::Hmac:
        return QStringLiteral("HMACSHA%1(%2, secret)").arg(bits, input);
    case AlgorithmFamily::RsaPkcs1:
        return QStringLiteral("RSASHA%1(%2, publicKey, privateKey)").arg(bits, input);
    case AlgorithmFamily::RsaPss:
        return QStringLiteral("RSAPSSSHA%1(%2, publicKey, privateKey)").arg(bits, input);
    case AlgorithmFamily::Ecdsa:
        return QStringLiteral("ECDSASHA%1(%2, publicKey, privateKey)").arg(bits, input);
    case AlgorithmFamily::EdDsa:
        return QStringLiteral("%1(%2, publicKey, privateKey)").arg(name(alg), input);
    case AlgorithmFamily::None:
        break;
    }
    return QStringLiteral("%1 + \".\"").arg(input);
}

} // namespace Algorithms
