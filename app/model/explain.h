// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "token.h"
#include "tokenmodel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// One labelled value of a step: "Bytes (30)" → "7b 22 74 …". Values are meant for a
/// monospace font and may hold several lines.
struct ExplainLine
{
    QString label; ///< translated
    QString value; ///< data (hex, base64url, JSON) or a translated sentence
    bool isNote = false; ///< a sentence that explains, not data
};

/// A step of building a JWS (RFC 7515 §5.1) or a JWE (RFC 7516 §5.1) with the real bytes of
/// the current token.
struct ExplainStep
{
    enum class Kind {
        Empty, ///< nothing to explain yet (no token)
        Header, ///< (protected) header JSON → UTF-8 bytes → base64url
        Payload, ///< payload bytes → base64url (readable by anyone)
        SigningInput, ///< ASCII(base64url(header) || '.' || base64url(payload))
        Signature, ///< HMAC or signature over the signing input
        Encoded, ///< base64url(signature): the third part
        Verification, ///< comparison with (or verification of) the token's third part; for
                      ///< a JWE, decryption: the tag checked, then the plaintext
        Cek, ///< JWE: the content encryption key (random, agreed or derived)
        EncryptedKey, ///< JWE: the CEK encrypted for the recipient → the second part
        Iv, ///< JWE: the initialization vector → the third part
        Aad, ///< JWE: ASCII(base64url(protected header)), authenticated, not encrypted
        Ciphertext, ///< JWE: the plaintext encrypted → the fourth part, and the tag → the fifth
    };
    Kind kind = Kind::Empty;
    TokenPart part = TokenPart::Token; ///< the part of the window the step is about
    QString title; ///< translated
    QString rfc; ///< e.g. "RFC 7515 §5.1 (steps 3–4)"
    QList<ExplainLine> lines;
    QByteArray bytes; ///< the step's result (header bytes, signing input, signature, …)

    /// Title, reference and lines as plain text, for the clipboard.
    QString text() const;
};

/// How a 3-byte group of the input becomes 4 base64url characters (RFC 4648 §4–5).
struct Base64Group
{
    QByteArray bytes; ///< the (up to) 3 input bytes
    QStringList octets; ///< "01111011", … one per byte
    QStringList sextets; ///< "011110", … (the last ones padded with zero bits)
    QList<int> indices; ///< alphabet index of each sextet, 0–63
    QString characters; ///< the base64url characters, e.g. "eyJ0" (no '=' padding)
};

/// What the Explain view shows: the steps, and the verdict their last step ends with.
struct Explanation
{
    QList<ExplainStep> steps;
    /// The verdict on the token (verifyToken()), in the words the badge and `jwtlens verify`
    /// use: the "Result" of the verification step. NoKey with no reason when there is no
    /// token.
    TokenModel::VerifyState state = TokenModel::VerifyState::NoKey;
    QString reason;
    /// Teaching detail: the signature recomputed with the key (HMAC, or a deterministic
    /// algorithm with the private key), empty when it was checked by verification only.
    QByteArray recomputed;
    qsizetype firstDifference = -1; ///< byte index where recomputed and the token's differ
};

namespace Explain {

/// The explanation of @p model's token, pane texts and key ring, as the Explain view shows it.
Explanation build(const TokenModel &model);

/// The step called @p name: "header", "payload", "signing-input", "signature", "encoded",
/// "verification"; for a JWE "cek", "encrypted-key", "iv", "aad", "ciphertext" and
/// "decryption" (the same as "verification") (for the command line's --show explain:NAME).
std::optional<ExplainStep::Kind> kindFromName(QStringView name);

/// The first 3-byte group of @p bytes spelled out (fewer when the input is shorter).
Base64Group firstGroup(QByteArrayView bytes);

/// Lower-case hex, bytes separated by spaces, 16 to a line.
QString hex(QByteArrayView bytes);

/// The bytes as UTF-8 text with control characters made visible as escapes: CR LF as
/// "\r\n", tab as "\t", other C0 controls and DEL as "\u00XX".
QString visibleText(QByteArrayView bytes);

/// The index of the first byte where @p a and @p b differ, the shorter length when one is a
/// prefix of the other, or -1 when they are equal.
qsizetype firstDifference(QByteArrayView a, QByteArrayView b);

} // namespace Explain
