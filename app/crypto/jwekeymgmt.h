// SPDX-License-Identifier: MIT
#pragma once
// Private to app/crypto: JWE key management (RFC 7518 §4, RFC 8037 §3.2) — how the content
// encryption key (CEK) is encrypted, wrapped, agreed or derived for one recipient.

#include "jwe.h"
#include "json.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace JweKeyManagement {

/// The key management members of one recipient's header, read and checked.
struct Params
{
    JweAlg alg = JweAlg::Dir;
    JweEnc enc = JweEnc::A256Gcm;
    Key epk; ///< ECDH-ES: the sender's ephemeral public key, on its curve
    QByteArray apu; ///< ECDH-ES: PartyUInfo, decoded
    QByteArray apv; ///< ECDH-ES: PartyVInfo, decoded
    QByteArray iv; ///< A*GCMKW: the key wrap's IV
    QByteArray tag; ///< A*GCMKW: the key wrap's tag
    QByteArray p2s; ///< PBES2 salt input
    qint64 p2c = 0; ///< PBES2 iteration count
};

struct Problem
{
    JweStatus status = JweStatus::Decrypted; ///< Decrypted: no problem
    QString message;
    bool isProblem() const { return status != JweStatus::Decrypted; }
};

/// Reads what @p params.alg needs from @p header (epk, apu, apv; iv, tag; p2s, p2c). A p2c
/// above options.maxPbes2Count is Refused here, before any work; an epk that is not a point
/// of its curve is Refused (the invalid-curve attack); a missing or ill-typed member is
/// Malformed.
Problem readParams(const Json::Object &header, const JweOptions &options, Params *params);

/// Why @p key cannot be tried for @p params although it fits the algorithm (ECDH-ES: a key on
/// another curve than the epk); empty when it can.
QString mismatch(const Params &params, const Key &key);

/// The CEK for the content decryption: always JweAlgorithms::cekBytes(enc) bytes. When the
/// key management fails (RSA padding, AES key unwrap, a wrong length) the CEK is random
/// instead, and the content decryption fails as with any wrong key (RFC 7516 §11.5): the
/// RSA paths select it in constant time. @p derivedKey receives the ECDH-ES or PBES2 key.
QByteArray unwrap(const Params &params, const Key &key, QByteArrayView encryptedKey,
                  QByteArray *derivedKey);

struct Wrapped
{
    Wrapped() = default;
    ~Wrapped();
    Wrapped(const Wrapped &) = delete;
    Wrapped &operator=(const Wrapped &) = delete;

    QString error;
    QByteArray cek; ///< secret
    QByteArray derivedKey; ///< secret
    QByteArray encryptedKey;
    /// Header members to set: name and raw JSON value ("epk", "p2s", "p2c", "iv", "tag").
    QList<QPair<QString, QByteArray>> members;
};

/// Makes the CEK and the encrypted key for @p params.alg (apu and apv as given in it) to
/// @p key, with the fixed values of @p options when set, else fresh random ones.
void wrap(const Params &params, const Key &key, const JweEncryptOptions &options, Wrapped *wrapped);

} // namespace JweKeyManagement
