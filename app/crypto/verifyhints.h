// SPDX-License-Identifier: MIT
#pragma once

#include "algorithm.h"
#include "keyring.h"
#include "token.h"

#include <QByteArrayView>
#include <QString>

/// Why a signature failed, when it is one of the usual mistakes: the mistake that, undone,
/// WOULD make the signature verify. A hint is a hint: it never makes a verdict valid.
struct SignatureHint
{
    enum class Kind {
        None,
        SecretAsBase64, ///< the secret's text is base64, and its decoded bytes verify
        SecretAsText, ///< the secret's bytes were decoded from base64, and the text verifies
        SecretNewlineAdded, ///< the secret with a trailing "\n" (or "\r\n") verifies
        SecretNewlineRemoved, ///< the secret without its trailing "\n" (or "\r\n") verifies
        SecretTrimmed, ///< the secret without its surrounding blanks verifies
        OtherKey, ///< another key of the ring verifies (a kid mismatch)
        OtherAlgorithm, ///< a sibling algorithm verifies (RS↔PS, HS256↔HS384, …)
        DerSignature, ///< the ECDSA signature is DER; its R‖S form verifies
        Reencoded, ///< the token's segments, written back as base64url, verify
        SignedAsWritten, ///< the segments as written (padding, + /) are what was signed
    };
    Kind kind = Kind::None;
    QString text; ///< one translated sentence; empty for None
    qsizetype keyIndex = -1; ///< the ring's key that would verify (OtherKey, and the others)
    Algorithm alg = Algorithm::None; ///< the algorithm that would verify (OtherAlgorithm)
    bool isEmpty() const { return kind == Kind::None; }
};

/// Tries the usual mistakes on a signature that did not verify with the key the verdict
/// tried (@p triedIndex into @p ring, -1 when none fitted), in this order: another key of the
/// ring; a sibling algorithm with the tried key; an ECDSA signature in DER; the secret read as
/// base64 instead of text or the reverse; a trailing newline or CR LF added or removed; blanks
/// around the secret. Returns the first that verifies. A few dozen verifications at most
/// (one per other key that fits, five siblings, a handful of secrets): call it after a failure
/// only. Thread-safe.
SignatureHint signatureHint(const Token &token, const KeyRing &ring, Algorithm alg,
                            qsizetype triedIndex, QByteArrayView signingInput);

/// For a JWS refused as malformed because its segments are not strict base64url (padding,
/// '+' '/', whitespace inside): whether it verifies with its segments written back as
/// base64url (re-encoded after signing), or as they were written (signed that way). None for
/// any other fault.
SignatureHint reencodingHint(const Token &token, const KeyRing &ring);
