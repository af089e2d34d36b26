// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's verdict): not for ui/.

#include "findings.h"
#include "keyring.h"
#include "token.h"
#include "verifier.h"

#include <QByteArray>
#include <QList>

#include <optional>

/// The findings the window lists for a token (TokenModel::findings()), kept between changes
/// so that each costs only what it changes: the review (the token and the clock), the
/// payload contents scan (the token only; the costly part on a big payload), the built-in
/// weak secrets tried on the token's own signature (the token only; ~450 HMACs, not redone
/// on every tick of the clock) and the key findings (cheap: made each time).
class ModelFindings
{
public:
    /// Where the token's signature segment came from.
    enum class Signature {
        AsGiven, ///< the one the token came with (pasted, or back to it by an undo)
        Edited, ///< the one it came with, though the header or payload was edited since
        SignedHere, ///< made here with the user's key
    };

    /// The token changed: everything is found again; @p contents is its contents scan when
    /// already made (TokenModel::decode() makes it on a worker thread).
    void setToken(std::optional<QList<Finding>> contents = std::nullopt);
    /// The clock or the leeway changed: the review is made again.
    void setClock();

    /// The findings of @p token, worst first. @p key: what the verdict found out about the
    /// user's key, std::nullopt when there is nothing to say about it (no key, or a token
    /// no key applies to).
    QList<Finding> findings(const Token &token, const ReviewContext &clock, Signature signature,
                            const std::optional<KeyCheck> &key);

    /// What @p verdict found out about the user's key for @p token (its keys in @p ring), the
    /// verifier's keyCheck(); std::nullopt when no key applies (none given, or a token no key
    /// is for).
    static std::optional<KeyCheck> keyCheck(const Token &token, const TokenVerdict &verdict,
                                            const KeyRing &ring);

private:
    QList<Finding> m_review;
    bool m_reviewValid = false;
    QList<Finding> m_contents;
    bool m_contentsValid = false;
    QList<Finding> m_weakSecret;
    bool m_weakSecretValid = false;
    /// What the last try found, and for which signing input and signature: undoing an edit
    /// gives the pasted token back, and with it the same answer.
    QList<Finding> m_weakSecretFound;
    QByteArray m_weakSecretInput;
    QByteArray m_weakSecretSignature;
};
