// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QByteArray>

#include <optional>

/// The compact JSON of a token's header and payload (Json::compact()), made when first asked
/// and kept: an edit that changes only whitespace is told from one that changes the JSON
/// without compacting a megabyte on every keystroke.
class CompactSegments
{
public:
    /// Forgets both (the token changed).
    void reset() { m_valid[0] = m_valid[1] = false; }
    /// The compact JSON of @p segment, the token's Header or Payload (empty when absent).
    const QByteArray &of(const Segment &segment);
    /// What the Header or Payload segment @p part compacts to, known already.
    void set(TokenPart part, const QByteArray &compact);

private:
    QByteArray m_compact[2];
    bool m_valid[2] = {false, false};
};

/// The token as the user last pasted it (TokenModel::setToken()): an edit that comes back to
/// what it held gets its bytes back, signature included, so that undo gives the identical
/// token, verified as itself (design.md: a segment the user did not touch keeps its bytes).
class PastedToken
{
public:
    void remember(const Token &token);

    /// The pasted segment's bytes (Header or Payload) when @p compact, an edit's compact
    /// JSON, is what that segment held.
    std::optional<QByteArray> segmentFor(TokenPart part, const QByteArray &compact);

    /// The pasted signature when @p signingInput is the pasted one (and it had a signature).
    std::optional<QByteArray> signatureFor(const QByteArray &signingInput) const;
    QByteArray signingInput() const { return m_signingInput; }

private:
    Segment m_header;
    Segment m_payload;
    QByteArray m_signature;
    bool m_hasSignature = false;
    QByteArray m_signingInput;
    CompactSegments m_compact;
};
