// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// JWS algorithm identifiers (RFC 7518 §3, RFC 8037 §3.1, RFC 8812 §3.2, RFC 9864 §2.2). The
/// token format names them; app/crypto implements them.
enum class Algorithm {
    None,
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    ES256K,
    EdDSA, ///< polymorphic: Ed25519 or Ed448, the key decides (RFC 8037)
    Ed25519, ///< fully specified (RFC 9864): an Ed25519 key only
    Ed448, ///< fully specified (RFC 9864): an Ed448 key only
};

enum class AlgorithmFamily {
    None,
    Hmac,
    RsaPkcs1,
    RsaPss,
    Ecdsa,
    EdDsa
};

namespace Algorithms {

/// Every signing algorithm, in the order a menu lists them (None excluded).
QList<Algorithm> all();
/// The registered name: "HS256", …, "EdDSA", "none".
QString name(Algorithm alg);
/// Exact, case-sensitive match of a registered name ("none" included).
std::optional<Algorithm> fromName(QStringView name);
AlgorithmFamily family(Algorithm alg);
/// SHA-2 output size in bits: 256, 384 or 512; 0 for EdDSA and None.
int hashBits(Algorithm alg);
/// The JOSE curve an algorithm requires: ECDSA ("P-256", "P-384", "P-521", "secp256k1") and
/// the fully specified EdDSA names ("Ed25519", "Ed448"); else empty (EdDSA takes either).
QString curve(Algorithm alg);
/// The RFC section that defines it, e.g. "RFC 7518 §3.2".
QString reference(Algorithm alg);
/// The signing formula as jwt.io writes it, e.g.
/// `HMACSHA256(base64UrlEncode(header) + "." + base64UrlEncode(payload), secret)`;
/// for `none`, the signing input followed by its dot.
QString signingFormula(Algorithm alg);

} // namespace Algorithms
