// SPDX-License-Identifier: MIT
#include "modelfindings.h"
#include "keyfit.h"

#include "crack.h"

void ModelFindings::setToken(std::optional<QList<Finding>> contents)
{
    m_reviewValid = false;
    m_weakSecretValid = false;
    m_contentsValid = contents.has_value();
    if (contents)
        m_contents = std::move(*contents);
}

void ModelFindings::setClock()
{
    m_reviewValid = false;
}

QList<Finding> ModelFindings::findings(const Token &token, const ReviewContext &clock,
                                       Signature signature, const std::optional<KeyCheck> &key)
{
    if (token.form() == Token::Form::Empty)
        return {};
    if (!m_reviewValid) {
        if (!m_contentsValid) {
            m_contents = Findings::reviewContents(token);
            m_contentsValid = true;
        }
        ReviewContext context = clock;
        context.contents = false;
        m_review = Findings::review(token, context) + m_contents;
        Findings::sort(m_review);
        m_reviewValid = true;
    }
    if (!m_weakSecretValid) {
        // The built-in weak secrets are tried on the signature a token came with, with no
        // key needed. Edited and not signed again, the token still carries that signature,
        // and what was found stays true of it; typing must not redo ~450 HMACs a keystroke
        // for a signature that cannot match. Signed here, the signature is the user's key,
        // which the key findings judge.
        switch (signature) {
        case Signature::SignedHere:
            m_weakSecret.clear();
            break;
        case Signature::AsGiven:
            if (token.signingInput() != m_weakSecretInput
                || token.signature().encoded != m_weakSecretSignature) {
                m_weakSecretFound = Crack::quickWeakSecretFindings(token);
                m_weakSecretInput = token.signingInput();
                m_weakSecretSignature = token.signature().encoded;
            }
            m_weakSecret = m_weakSecretFound;
            break;
        case Signature::Edited:
            break;
        }
        m_weakSecretValid = true;
    }
    QList<Finding> all = m_review + m_weakSecret;
    if (key)
        all += Findings::keyFindings(*key, all);
    Findings::sort(all);
    return all;
}

std::optional<KeyCheck> ModelFindings::keyCheck(const Token &token, const TokenVerdict &verdict,
                                                const KeyRing &ring)
{
    return ::keyCheck(token, verdict, ring);
}
