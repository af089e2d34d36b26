// SPDX-License-Identifier: MIT
#include "token.h"

#include "base64url.h"
#include "utf8.h"

#include <QCoreApplication>

#include <QVarLengthArray>

#include <array>
#include <climits>
#include <cstring>

namespace {

constexpr std::array<bool, 128> makeUrlAlphabet()
{
    std::array<bool, 128> table {};
    for (int c = 0; c < 128; ++c) {
        table[size_t(c)] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
    return table;
}
constexpr std::array<bool, 128> urlAlphabet = makeUrlAlphabet();

inline bool isUrlAlphabet(char16_t c)
{
    return c < 128 && urlAlphabet[c];
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

Problem makeProblem(TokenPart part, Problem::Severity severity, qsizetype offset, bool inDecoded,
                    QString message)
{
    Problem p;
    p.part = part;
    p.severity = severity;
    p.offset = offset;
    p.inDecoded = inDecoded;
    p.message = std::move(message);
    return p;
}

QString jsonMessage(const Json::Error &error)
{
    return QCoreApplication::translate("Token", "invalid JSON at offset %1: %2")
            .arg(error.offset)
            .arg(error.message);
}

/// Fills encoded, decoded and decodes; adds the problem of a segment that is not base64url
/// (@p bad: offset of its first character outside the alphabet, or -1).
bool decodeSegment(QStringView text, qsizetype bad, Segment &segment, QList<Problem> &problems)
{
    // The happy path (no bad character, found by the caller's single scan) decodes in one
    // call; only a bad segment goes through Base64Url::decode, for its message and the bytes
    // before the bad spot.
    segment.encoded = text.toLatin1();
    if (bad < 0 && text.size() % 4 != 1) {
        segment.decoded = QByteArray::fromBase64(segment.encoded, QByteArray::Base64UrlEncoding);
        segment.decodes = true;
        return true;
    }
    Base64Url::Decoded decoded;
    if (bad >= 0 && text.at(bad).unicode() > 0xff) {
        // toLatin1 made it '?': name the real character instead.
        decoded = Base64Url::decode(QByteArrayView(segment.encoded).first(bad));
        decoded.errorOffset = bad;
        decoded.error = QCoreApplication::translate("Token",
                                                    "character U+%1 is not a base64url character")
                                .arg(QString::number(text.at(bad).unicode(), 16)
                                             .toUpper()
                                             .rightJustified(4, u'0'));
    } else {
        decoded = Base64Url::decode(segment.encoded);
    }
    segment.decoded = decoded.bytes;
    segment.decodes = false;
    problems.append(
            makeProblem(segment.part, Problem::Severity::Error, decoded.errorOffset, false,
                        QCoreApplication::translate("Token", "invalid base64url at offset %1: %2")
                                .arg(decoded.errorOffset)
                                .arg(decoded.error)));
    return false;
}

} // namespace

QString partName(TokenPart part)
{
    switch (part) {
    case TokenPart::Token:
        return QStringLiteral("token");
    case TokenPart::Header:
        return QStringLiteral("header");
    case TokenPart::Payload:
        return QStringLiteral("payload");
    case TokenPart::Signature:
        return QStringLiteral("signature");
    case TokenPart::EncryptedKey:
        return QStringLiteral("encrypted key");
    case TokenPart::InitializationVector:
        return QStringLiteral("initialization vector");
    case TokenPart::Ciphertext:
        return QStringLiteral("ciphertext");
    case TokenPart::AuthenticationTag:
        return QStringLiteral("authentication tag");
    }
    return QStringLiteral("token");
}

QString Problem::text() const
{
    return partName(part) + QStringLiteral(": ") + message;
}

bool Token::isWellFormed() const
{
    if (m_form != Form::Jws && m_form != Form::Jwe)
        return false;
    for (const Problem &p : m_problems) {
        if (p.severity == Problem::Severity::Error)
            return false;
    }
    return true;
}

QByteArray Token::signingInput() const
{
    if (!m_header.present)
        return {};
    QByteArray input;
    input.reserve(m_header.encoded.size() + 1 + m_payload.encoded.size());
    input.append(m_header.encoded);
    input.append('.');
    input.append(m_payload.encoded);
    return input;
}

Token Token::parse(QStringView input)
{
    Token token;
    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && isSpace(input.at(begin)))
        ++begin;
    while (end > begin && isSpace(input.at(end - 1)))
        --end;
    // "Bearer " (any case) as an Authorization header value carries it (RFC 6750 §2.1).
    if (end - begin > 6 && input.sliced(begin, 6).compare(u"bearer", Qt::CaseInsensitive) == 0
        && isSpace(input.at(begin + 6))) {
        begin += 7;
        while (begin < end && isSpace(input.at(begin)))
            ++begin;
    }
    token.m_start = begin;
    token.m_length = end - begin;
    const QStringView text = input.sliced(begin, end - begin);
    if (text.isEmpty()) {
        token.m_form = Form::Empty;
        token.m_problems.append(
                makeProblem(TokenPart::Token, Problem::Severity::Error, -1, false,
                            QCoreApplication::translate("Token", "no token (the text is empty)")));
        return token;
    }

    // One pass finds the dots, each segment's first character outside the base64url
    // alphabet, and any NUL.
    QVarLengthArray<qsizetype, 8> ends;
    QVarLengthArray<qsizetype, 8> bads;
    qsizetype nulAt = -1;
    {
        const char16_t *chars = text.utf16();
        const qsizetype n = text.size();
        qsizetype segmentStart = 0;
        qsizetype bad = -1;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = chars[i];
            if (isUrlAlphabet(c))
                continue;
            if (c == u'.') {
                ends.append(i);
                bads.append(bad);
                bad = -1;
                segmentStart = i + 1;
                continue;
            }
            if (bad < 0)
                bad = i - segmentStart;
            if (c == 0 && nulAt < 0)
                nulAt = i;
        }
        ends.append(n);
        bads.append(bad);
    }
    if (nulAt >= 0) {
        token.m_problems.append(makeProblem(
                TokenPart::Token, Problem::Severity::Error, nulAt, false,
                QCoreApplication::translate("Token", "NUL byte at offset %1 in the token")
                        .arg(nulAt)));
    }

    const qsizetype parts = ends.size();
    token.m_form = parts == 3 ? Form::Jws : parts == 5 ? Form::Jwe : Form::Malformed;
    if (token.m_form == Form::Malformed) {
        const int partCount = int(qMin<qsizetype>(parts, INT_MAX));
        token.m_problems.append(
                makeProblem(TokenPart::Token, Problem::Severity::Error, -1, false,
                            QCoreApplication::translate("Token",
                                                        "a JWS has 3 parts and a JWE 5, separated "
                                                        "by '.'; this token has %n part(s)",
                                                        nullptr, partCount)));
    }
    static constexpr TokenPart jwsParts[]
            = {TokenPart::Header, TokenPart::Payload, TokenPart::Signature};
    static constexpr TokenPart jweParts[]
            = {TokenPart::Header, TokenPart::EncryptedKey, TokenPart::InitializationVector,
               TokenPart::Ciphertext, TokenPart::AuthenticationTag};
    token.m_segments.reserve(parts);
    qsizetype from = 0;
    for (qsizetype index = 0; index < parts; ++index) {
        const qsizetype dot = ends[index];
        Segment segment;
        if (token.m_form == Form::Jwe)
            segment.part = jweParts[index];
        else if (index < 3)
            segment.part = jwsParts[index];
        else
            segment.part = TokenPart::Token;
        segment.present = true;
        segment.start = begin + from;
        segment.length = dot - from;
        decodeSegment(text.sliced(from, dot - from), bads[index], segment, token.m_problems);
        token.m_segments.append(std::move(segment));
        from = dot + 1;
    }
    token.m_header = token.m_segments.at(0);
    if (token.m_form != Form::Jwe) {
        if (token.m_segments.size() > 1)
            token.m_payload = token.m_segments.at(1);
        if (token.m_segments.size() > 2)
            token.m_signature = token.m_segments.at(2);
    }

    // The header: strict (RFC 7515 §4: a JSON object, no repeated names, a string alg).
    const Segment &header = token.m_header;
    if (!header.decodes) {
        // Best effort for display; the base64url problem is the one reported.
        token.m_headerObject = Json::readObject(header.decoded);
    } else {
        const QByteArray &bytes = header.decoded;
        token.m_headerObject = Json::readObject(bytes, Json::Duplicates::Reject);
        const Json::Object &object = token.m_headerObject;
        // Valid JSON cannot hold a raw NUL, so only a failed header needs the search.
        const void *nulByte = object.error.isError()
                ? std::memchr(bytes.constData(), 0, size_t(bytes.size()))
                : nullptr;
        if (nulByte) {
            const qsizetype at = static_cast<const char *>(nulByte) - bytes.constData();
            token.m_problems.append(makeProblem(
                    TokenPart::Header, Problem::Severity::Error, at, true,
                    QCoreApplication::translate("Token", "NUL byte at offset %1").arg(at)));
        } else if (object.error.isError()) {
            // JSON itself allows repeated names; a JOSE header does not (RFC 7515 §4).
            const QString message = object.error.kind == Json::Error::Kind::Duplicate
                    ? QCoreApplication::translate("Token", "%1 at offset %2 (RFC 7515 §4)")
                              .arg(object.error.message)
                              .arg(object.error.offset)
                    : jsonMessage(object.error);
            token.m_problems.append(makeProblem(TokenPart::Header, Problem::Severity::Error,
                                                object.error.offset, true, message));
        } else if (!object.isObject) {
            token.m_problems.append(makeProblem(
                    TokenPart::Header, Problem::Severity::Error, 0, true,
                    QCoreApplication::translate("Token", "the header is not a JSON object")));
        }
        if (object.isObject) {
            if (const Json::Member *alg = object.find(u"alg")) {
                if (alg->kind == Json::ValueKind::String) {
                    token.m_alg = alg->string();
                    token.m_hasAlg = true;
                } else {
                    token.m_problems.append(makeProblem(
                            TokenPart::Header, Problem::Severity::Error, alg->valueOffset, true,
                            QCoreApplication::translate("Token", "\"alg\" is not a string")));
                }
            } else {
                token.m_problems.append(
                        makeProblem(TokenPart::Header, Problem::Severity::Error, -1, false,
                                    QCoreApplication::translate(
                                            "Token", "no \"alg\" member (RFC 7515 §4.1.1)")));
            }
            if (const Json::Member *kid = object.find(u"kid"))
                token.m_kid = kid->string();
            if (const Json::Member *typ = object.find(u"typ"))
                token.m_typ = typ->string();
        }
    }

    // The payload: lenient, it is shown as a string when it is not JSON.
    const Segment &payload = token.m_payload;
    if (payload.present && !payload.decodes) {
        token.m_payloadObject = Json::readObject(payload.decoded);
    } else if (payload.present) {
        const QByteArray &bytes = payload.decoded;
        const auto warn = [&token](qsizetype offset, QString message) {
            token.m_problems.append(makeProblem(TokenPart::Payload, Problem::Severity::Warning,
                                                offset, offset >= 0, std::move(message)));
        };
        if (bytes.isEmpty()) {
            warn(-1, QCoreApplication::translate("Token", "the payload is empty"));
        } else {
            token.m_payloadObject = Json::readObject(bytes);
            const Json::Object &object = token.m_payloadObject;
            // The JSON lexer checks UTF-8 on the way; only a failed payload needs more looks.
            const qsizetype invalid = !object.error.isError() ? -1
                    : object.error.kind == Json::Error::Kind::InvalidUtf8
                    ? object.error.offset
                    : Utf8::firstInvalid(bytes);
            const void *nulByte = object.error.isError() && invalid < 0
                    ? std::memchr(bytes.constData(), 0, size_t(bytes.size()))
                    : nullptr;
            if (invalid >= 0) {
                warn(invalid,
                     QCoreApplication::translate(
                             "Token", "not UTF-8 text (invalid byte at offset %1): shown as bytes")
                             .arg(invalid));
            } else if (nulByte) {
                // Text with a NUL in it is how C-string truncation tricks look: refuse.
                const qsizetype at = static_cast<const char *>(nulByte) - bytes.constData();
                token.m_problems.append(makeProblem(
                        TokenPart::Payload, Problem::Severity::Error, at, true,
                        QCoreApplication::translate("Token", "NUL byte at offset %1").arg(at)));
            } else if (object.error.isError()) {
                const bool tooDeep = object.error.kind == Json::Error::Kind::TooDeep;
                token.m_problems.append(
                        makeProblem(TokenPart::Payload,
                                    tooDeep ? Problem::Severity::Error : Problem::Severity::Warning,
                                    object.error.offset, true, jsonMessage(object.error)));
            } else {
                token.m_payloadIsJson = true;
                if (!object.isObject) {
                    warn(-1,
                         QCoreApplication::translate(
                                 "Token",
                                 "the payload is JSON but not an object, so it has no claims"));
                } else {
                    const QList<const Json::Member *> repeated = object.duplicates();
                    for (const Json::Member *m : repeated) {
                        warn(m->nameOffset,
                             QCoreApplication::translate(
                                     "Token",
                                     "duplicate claim \"%1\": the last one wins (RFC 7519 §4)")
                                     .arg(m->name));
                    }
                }
            }
        }
    }
    return token;
}
