// SPDX-License-Identifier: MIT
#include "badge.h"
#include "keyfit.h"

#include "timetext.h"

#include <QCoreApplication>

namespace {

// The model's words: the translation context is TokenModel's.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenModel)
};

using VerifyState = TokenModel::VerifyState;

} // namespace

Badge Badge::of(const Token &token, const KeyRing &ring, const TokenVerdict &verdict,
                const History &history)
{
    Badge badge;
    if (!ring.isEmpty()) {
        badge.keyDescription = ring.at(std::max<qsizetype>(verdict.keyIndex, 0)).description();
        const int n = int(ring.size());
        if (n > 1)
            badge.keyDescription
                    = TimeText::plural(Text::tr("%1 (from a set of %n key(s))", nullptr, n), n)
                              .arg(badge.keyDescription);
    }
    if (token.form() == Token::Form::Empty) {
        badge.state = VerifyState::NoKey;
        badge.reason = Text::tr("No token");
        return badge;
    }
    // Edited and not signed again: whatever the key, the signature is the old one.
    if (verdict.reachedKey && history.edited) {
        badge.state = VerifyState::Stale;
        badge.reason = history.resignNote.isEmpty()
                ? Text::tr("Edited and not signed again: the signature is the old one")
                : Text::tr("Edited and not signed again (%1): the signature is the old one")
                          .arg(history.resignNote);
        return badge;
    }
    badge.state = stateOf(verdict.state);
    badge.reason = verdict.reason;
    if (verdict.state == TokenVerdict::State::NoKey && history.sampleKeyCleared) {
        badge.reason = Text::tr("The sample token's public secret was removed: it does not sign "
                                "this token. Enter this token's secret or key to verify it");
    }
    if (!history.signedHere)
        return badge;
    if (verdict.state == TokenVerdict::State::Valid && verdict.keyIndex >= 0) {
        badge.state = VerifyState::Resigned;
        badge.reason = history.sampleKey
                ? Text::tr("Signed here with the sample token's public secret: this says "
                           "nothing about the original token")
                : Text::tr("Signed here with your %1: this says nothing about the original token")
                          .arg(ring.at(verdict.keyIndex).description());
    } else if (verdict.state == TokenVerdict::State::Invalid && verdict.keyIndex >= 0
               && verdict.fit.verdict != KeyFit::Verdict::Mismatch) {
        badge.reason = Text::tr("Signed here with another key: %1").arg(badge.reason);
    }
    return badge;
}

TokenModel::VerifyState Badge::stateOf(TokenVerdict::State state)
{
    switch (state) {
    case TokenVerdict::State::Valid:
        return VerifyState::Verified;
    case TokenVerdict::State::Invalid:
    case TokenVerdict::State::Untrusted: // the window's own badge for it comes with the key ring
        return VerifyState::Invalid;
    case TokenVerdict::State::NoKey:
        break;
    case TokenVerdict::State::Unsupported:
        return VerifyState::Unsupported;
    case TokenVerdict::State::Unsecured:
        return VerifyState::Unsecured;
    case TokenVerdict::State::Decrypted:
        return VerifyState::Decrypted;
    }
    return VerifyState::NoKey;
}
