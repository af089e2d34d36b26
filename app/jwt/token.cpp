// SPDX-License-Identifier: MIT
#include "token.h"

#include "base64url.h"
#include "utf8.h"

#include <QCoreApplication>

#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Token", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Token", text, disambiguation, n);
}

bool isUrlAlphabet(char16_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
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
    return tr("invalid JSON at offset %1: %2").arg(error.offset).arg(error.message);
}

/// Fills encoded, decoded and decodes; returns the problem of a segment that is not
/// base64url (character offset within the segment), if any.
bool decodeSegment(QStringView text, Segment &segment, QList<Problem> &problems)
{
    // The happy path checks the alphabet itself and decodes in one call; only a bad segment
    // goes through Base64Url::decode, for its message and the bytes before the bad spot.
    qsizetype bad = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isUrlAlphabet(text.at(i).unicode())) {
            bad = i;
            break;
        }
    }
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
        decoded.error = tr("character U+%1 is not a base64url character")
                                .arg(QString::number(text.at(bad).unicode(), 16)
                                             .toUpper()
                                             .rightJustified(4, u'0'));
    } else {
        decoded = Base64Url::decode(segment.encoded);
    }
    segment.decoded = decoded.bytes;
    segment.decodes = false;
    problems.append(makeProblem(
            segment.part, Problem::Severity::Error, decoded.errorOffset, false,
            tr("invalid base64url at offset %1: %2").arg(decoded.errorOffset).arg(decoded.error)));
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
        token.m_problems.append(makeProblem(TokenPart::Token, Problem::Severity::Error, -1, false,
                                            tr("no token (the text is empty)")));
        return token;
    }

    const char16_t nul = 0;
    const qsizetype nulAt = text.indexOf(QChar(nul));
    if (nulAt >= 0) {
        token.m_problems.append(makeProblem(TokenPart::Token, Problem::Severity::Error, nulAt,
                                            false,
                                            tr("NUL byte at offset %1 in the token").arg(nulAt)));
    }

    const qsizetype parts = text.count(u'.') + 1;
    token.m_form = parts == 3 ? Form::Jws : parts == 5 ? Form::Jwe : Form::Malformed;
    if (token.m_form == Form::Malformed) {
        token.m_problems.append(makeProblem(
                TokenPart::Token, Problem::Severity::Error, -1, false,
                tr("a JWS has 3 parts and a JWE 5, separated by '.'; this token has %n part(s)",
                   nullptr, int(qMin<qsizetype>(parts, INT_MAX)))));
    }
    static constexpr TokenPart jwsParts[]
            = {TokenPart::Header, TokenPart::Payload, TokenPart::Signature};
    static constexpr TokenPart jweParts[]
            = {TokenPart::Header, TokenPart::EncryptedKey, TokenPart::InitializationVector,
               TokenPart::Ciphertext, TokenPart::AuthenticationTag};
    token.m_segments.reserve(qMin<qsizetype>(parts, 64));
    qsizetype from = 0;
    for (qsizetype index = 0; index < parts; ++index) {
        qsizetype dot = text.indexOf(u'.', from);
        if (dot < 0)
            dot = text.size();
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
        decodeSegment(text.sliced(from, dot - from), segment, token.m_problems);
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
        const void *nulByte = std::memchr(bytes.constData(), 0, size_t(bytes.size()));
        token.m_headerObject = Json::readObject(bytes, Json::Duplicates::Reject);
        const Json::Object &object = token.m_headerObject;
        if (nulByte) {
            const qsizetype at = static_cast<const char *>(nulByte) - bytes.constData();
            token.m_problems.append(makeProblem(TokenPart::Header, Problem::Severity::Error, at,
                                                true, tr("NUL byte at offset %1").arg(at)));
        } else if (object.error.isError()) {
            // JSON itself allows repeated names; a JOSE header does not (RFC 7515 §4).
            const QString message = object.error.kind == Json::Error::Kind::Duplicate
                    ? tr("%1 at offset %2 (RFC 7515 §4)")
                              .arg(object.error.message)
                              .arg(object.error.offset)
                    : jsonMessage(object.error);
            token.m_problems.append(makeProblem(TokenPart::Header, Problem::Severity::Error,
                                                object.error.offset, true, message));
        } else if (!object.isObject) {
            token.m_problems.append(makeProblem(TokenPart::Header, Problem::Severity::Error, 0,
                                                true, tr("the header is not a JSON object")));
        }
        if (object.isObject) {
            if (const Json::Member *alg = object.find(u"alg")) {
                if (alg->kind == Json::ValueKind::String) {
                    token.m_alg = alg->string();
                    token.m_hasAlg = true;
                } else {
                    token.m_problems.append(makeProblem(TokenPart::Header, Problem::Severity::Error,
                                                        alg->valueOffset, true,
                                                        tr("\"alg\" is not a string")));
                }
            } else {
                token.m_problems.append(makeProblem(TokenPart::Header, Problem::Severity::Error, -1,
                                                    false,
                                                    tr("no \"alg\" member (RFC 7515 §4.1.1)")));
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
            warn(-1, tr("the payload is empty"));
        } else if (const qsizetype invalid = Utf8::firstInvalid(bytes); invalid >= 0) {
            warn(invalid,
                 tr("not UTF-8 text (invalid byte at offset %1): shown as bytes").arg(invalid));
        } else {
            token.m_payloadObject = Json::readObject(bytes);
            const Json::Object &object = token.m_payloadObject;
            const void *nulByte = std::memchr(bytes.constData(), 0, size_t(bytes.size()));
            if (nulByte) {
                // Text with a NUL in it is how C-string truncation tricks look: refuse.
                const qsizetype at = static_cast<const char *>(nulByte) - bytes.constData();
                token.m_problems.append(makeProblem(TokenPart::Payload, Problem::Severity::Error,
                                                    at, true, tr("NUL byte at offset %1").arg(at)));
            } else if (object.error.isError()) {
                const bool tooDeep = object.error.kind == Json::Error::Kind::TooDeep;
                token.m_problems.append(
                        makeProblem(TokenPart::Payload,
                                    tooDeep ? Problem::Severity::Error : Problem::Severity::Warning,
                                    object.error.offset, true, jsonMessage(object.error)));
            } else {
                token.m_payloadIsJson = true;
                if (!object.isObject) {
                    warn(-1, tr("the payload is JSON but not an object, so it has no claims"));
                } else {
                    const QList<const Json::Member *> repeated = object.duplicates();
                    for (const Json::Member *m : repeated) {
                        warn(m->nameOffset,
                             tr("duplicate claim \"%1\": the last one wins (RFC 7519 §4)")
                                     .arg(m->name));
                    }
                }
            }
        }
    }
    return token;
}
