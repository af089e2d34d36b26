// SPDX-License-Identifier: MIT
#include "editedhint.h"

#include "keyfit.h"

#include <QCoreApplication>

namespace {

// The model's words: the translation context is TokenModel's.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenModel)
};

} // namespace

void EditedHint::take(const Token &token)
{
    const QByteArray &signature = token.signature().encoded;
    if (!signature.isEmpty() && signature == m_signature)
        return; // the same signature over an edited header or payload: keep where it came from
    m_signature = signature;
    m_input = token.signingInput();
}

bool EditedHint::edited(const Token &token) const
{
    return !m_signature.isEmpty() && !token.isJwe() && token.signature().encoded == m_signature
            && token.signingInput() != m_input;
}

void EditedHint::apply(Badge &badge, const Token &token, const TokenVerdict &verdict) const
{
    if (badge.state != TokenModel::VerifyState::Invalid || !verdict.reachedKey
        || verdict.keyIndex < 0 || verdict.fit.verdict == KeyFit::Verdict::Mismatch
        || verdict.state != TokenVerdict::State::Invalid || !edited(token))
        return;
    badge.reason = Text::tr("%1; the header or payload was edited after the token was loaded, "
                            "and the signature is still the one it came with: sign it again, or "
                            "undo the edit")
                           .arg(badge.reason);
}
