// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// JWE key management algorithms ("alg", RFC 7518 §4, RFC 8037 §3.2). The token format
/// names them; app/crypto implements them.
enum class JweAlg {
    RsaOaep, ///< RSA-OAEP (SHA-1)
    RsaOaep256, ///< RSA-OAEP-256
    Rsa1_5, ///< RSA1_5: decrypted, never made (RFC 8725 §3.2 advises against it)
    A128Kw,
    A192Kw,
    A256Kw,
    Dir,
    EcdhEs,
    EcdhEsA128Kw,
    EcdhEsA192Kw,
    EcdhEsA256Kw,
    A128GcmKw,
    A192GcmKw,
    A256GcmKw,
    Pbes2Hs256A128Kw,
    Pbes2Hs384A192Kw,
    Pbes2Hs512A256Kw,
};

/// JWE content encryption algorithms ("enc", RFC 7518 §5).
enum class JweEnc {
    A128CbcHs256,
    A192CbcHs384,
    A256CbcHs512,
    A128Gcm,
    A192Gcm,
    A256Gcm,
};

enum class JweAlgFamily {
    Rsa, ///< the CEK encrypted with the recipient's RSA public key
    AesKw, ///< the CEK wrapped with a shared AES key (RFC 3394)
    Direct, ///< the shared key is the CEK
    EcdhEs, ///< the CEK agreed by ECDH-ES and the Concat KDF
    EcdhEsKw, ///< a key agreed by ECDH-ES wraps the CEK
    AesGcmKw, ///< the CEK encrypted with AES-GCM under a shared key ("iv", "tag" in the header)
    Pbes2, ///< a key derived from a password (PBKDF2) wraps the CEK
};

namespace JweAlgorithms {

/// Every key management algorithm, in the order a menu lists them.
QList<JweAlg> allAlgs();
/// Every content encryption algorithm, in the order a menu lists them.
QList<JweEnc> allEncs();
/// The registered names: "RSA-OAEP-256", "A256GCM", …
QString name(JweAlg alg);
QString name(JweEnc enc);
/// Exact, case-sensitive match of a registered name.
std::optional<JweAlg> algFromName(QStringView name);
std::optional<JweEnc> encFromName(QStringView name);
JweAlgFamily family(JweAlg alg);
/// Bytes of the content encryption key @p enc needs: 32, 48, 64 for AES-CBC-HMAC (MAC key and
/// encryption key), 16, 24, 32 for AES-GCM.
int cekBytes(JweEnc enc);
/// Bytes of the AES key that wraps the CEK (A128KW and its kin, the GCMKW, PBES2 and
/// ECDH-ES+KW algorithms): 16, 24 or 32; 0 for the others.
int wrapKeyBytes(JweAlg alg);
/// Whether JWT Lens makes tokens with @p alg (RSA1_5 is decrypted only).
bool canEncrypt(JweAlg alg);
/// The RFC section that defines it, e.g. "RFC 7518 §4.3".
QString reference(JweAlg alg);
QString reference(JweEnc enc);

} // namespace JweAlgorithms
