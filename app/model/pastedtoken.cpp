// SPDX-License-Identifier: MIT
#include "pastedtoken.h"

#include "json.h"

const QByteArray &CompactSegments::of(const Segment &segment)
{
    const int i = segment.part == TokenPart::Header ? 0 : 1;
    if (!m_valid[i]) {
        m_compact[i] = segment.present ? Json::compact(segment.decoded).text : QByteArray();
        m_valid[i] = true;
    }
    return m_compact[i];
}

void CompactSegments::set(TokenPart part, const QByteArray &compact)
{
    const int i = part == TokenPart::Header ? 0 : 1;
    m_compact[i] = compact;
    m_valid[i] = true;
}

void PastedToken::remember(const Token &token)
{
    m_header = token.header();
    m_payload = token.payload();
    m_hasSignature = token.signature().present && !token.isJwe();
    m_signature = token.signature().encoded;
    m_signingInput = token.signingInput();
    m_compact.reset();
}

std::optional<QByteArray> PastedToken::segmentFor(TokenPart part, const QByteArray &compact)
{
    const Segment &seg = part == TokenPart::Header ? m_header : m_payload;
    if (!seg.present || !seg.decodes)
        return std::nullopt;
    const QByteArray &was = m_compact.of(seg);
    if (was.isEmpty() || was != compact)
        return std::nullopt;
    return seg.encoded;
}

std::optional<QByteArray> PastedToken::signatureFor(const QByteArray &signingInput) const
{
    if (!m_hasSignature || signingInput != m_signingInput)
        return std::nullopt;
    return m_signature;
}
