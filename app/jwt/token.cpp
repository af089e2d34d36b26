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

constexpr std::array<bool, 256> makeUrlAlphabet()
{
    std::array<bool, 256> table {};
    for (int c = 0; c < 128; ++c) {
        table[size_t(c)] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
    return table;
}
constexpr std::array<bool, 256> urlAlphabet = makeUrlAlphabet();

inline bool isUrlAlphabet(char16_t c)
{
    return c < 256 && urlAlphabet[c];
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Access to the two kinds of text Token::parseText reads: UTF-16, and ASCII bytes.
inline char16_t unitAt(QStringView text, qsizetype i)
{
    return text.utf16()[i];
}

inline char16_t unitAt(QLatin1StringView text, qsizetype i)
{
    return static_cast<unsigned char>(text.data()[i]);
}

QByteArray latin1Bytes(QStringView text)
{
    return text.toLatin1();
}

QByteArray latin1Bytes(QLatin1StringView text)
{
    return QByteArray(text.data(), text.size());
}

/// Whether every byte of @p bytes is ASCII, eight at a time.
bool isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    quint64 high = 0;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        high |= word;
    }
    for (; p < end; ++p)
        high |= quint64(static_cast<unsigned char>(*p));
    return (high & 0x8080808080808080ULL) == 0;
}

/// The parts a token may have at most (a JWE); parsing stops counting after them.
constexpr qsizetype MaxParts = 5;

/// The lines of @p text with a dot in them, as a token on a line of its own has.
template<typename Text> qsizetype tokenLines(Text text)
{
    qsizetype lines = 0;
    bool dot = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char16_t c = i < text.size() ? unitAt(text, i) : u'\n';
        if (c == u'\n' || c == u'\r') {
            lines += dot ? 1 : 0;
            dot = false;
        } else if (c == u'.') {
            dot = true;
        }
    }
    return lines;
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

/// The last header this thread read without a problem, and what it gave. The tokens of a
/// batch usually share one header: it is then decoded and read once. Nothing translated is
/// kept (a header with a problem is not remembered), so a change of language cannot make
/// it stale.
struct HeaderMemo
{
    QByteArray encoded;
    QByteArray decoded;
    Json::Object object;
    QString alg;
    QString kid;
    QString typ;
};
thread_local HeaderMemo headerMemo;

bool sameText(QLatin1StringView text, const QByteArray &bytes)
{
    return text.size() == bytes.size()
            && std::memcmp(text.data(), bytes.constData(), size_t(bytes.size())) == 0;
}

bool sameText(QStringView text, const QByteArray &bytes)
{
    return text == QLatin1StringView(bytes);
}

/// The payload's members: all of them, or those called one of @p claims.
Json::Object readPayload(QByteArrayView bytes, const QList<QStringView> *claims)
{
    return claims ? Json::readObject(bytes, Json::Duplicates::Allow, *claims)
                  : Json::readObject(bytes);
}

QString jsonMessage(const Json::Error &error)
{
    return QCoreApplication::translate("Token", "invalid JSON at offset %1: %2")
            .arg(error.offset)
            .arg(error.message);
}

/// Fills encoded, decoded and decodes; adds the problem of a segment that is not base64url
/// (@p bad: offset of its first character outside the alphabet, or -1).
template<typename Text>
bool decodeSegment(Text text, qsizetype bad, Segment &segment, QList<Problem> &problems)
{
    // The happy path (no bad character, found by the caller's single scan) decodes in one
    // call; only a bad segment goes through Base64Url::decode, for its message and the bytes
    // before the bad spot.
    segment.encoded = latin1Bytes(text);
    if (bad < 0 && text.size() % 4 != 1 && Base64Url::isCanonicalTail(segment.encoded)) {
        segment.decoded = QByteArray::fromBase64(segment.encoded, QByteArray::Base64UrlEncoding);
        segment.decodes = true;
        return true;
    }
    Base64Url::Decoded decoded;
    if (bad >= 0 && unitAt(text, bad) > 0xff) {
        // toLatin1 made it '?': name the real character instead.
        decoded = Base64Url::decode(QByteArrayView(segment.encoded).first(bad));
        decoded.errorOffset = bad;
        decoded.error = QCoreApplication::translate("Token",
                                                    "character U+%1 is not a base64url character")
                                .arg(QString::number(unitAt(text, bad), 16)
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

QString partName(TokenPart part, PartNaming naming)
{
    // QT_TRANSLATE_NOOP: lupdate sees the names, translate() below looks them up.
    const char *name = QT_TRANSLATE_NOOP("Token", "token");
    switch (part) {
    case TokenPart::Token:
        break;
    case TokenPart::Header:
        name = QT_TRANSLATE_NOOP("Token", "header");
        break;
    case TokenPart::Payload:
        name = QT_TRANSLATE_NOOP("Token", "payload");
        break;
    case TokenPart::Signature:
        name = QT_TRANSLATE_NOOP("Token", "signature");
        break;
    case TokenPart::EncryptedKey:
        name = QT_TRANSLATE_NOOP("Token", "encrypted key");
        break;
    case TokenPart::InitializationVector:
        name = QT_TRANSLATE_NOOP("Token", "initialization vector");
        break;
    case TokenPart::Ciphertext:
        name = QT_TRANSLATE_NOOP("Token", "ciphertext");
        break;
    case TokenPart::AuthenticationTag:
        name = QT_TRANSLATE_NOOP("Token", "authentication tag");
        break;
    }
    switch (naming) {
    case PartNaming::Plain:
        break;
    case PartNaming::ErrorLine:
        if (part != TokenPart::Header && part != TokenPart::Payload && part != TokenPart::Signature)
            name = "token";
        break;
    case PartNaming::Translated:
        return QCoreApplication::translate("Token", name);
    }
    return QLatin1String(name);
}

const Segment &Token::absent()
{
    static const Segment none;
    return none;
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
    const Segment &h = header();
    if (!h.present)
        return {};
    const Segment &p = payload();
    QByteArray input;
    input.reserve(h.encoded.size() + 1 + p.encoded.size());
    input.append(h.encoded);
    input.append('.');
    input.append(p.encoded);
    return input;
}

Token::PayloadRole Token::payloadRole() const
{
    if (m_form != Form::Jws)
        return PayloadRole::Content;
    // Media types compare without case, and "application/" may be left out (RFC 7515 §4.1.9).
    const auto saysJwt = [](const QString &type) {
        return type.compare(QLatin1String("JWT"), Qt::CaseInsensitive) == 0
                || type.compare(QLatin1String("application/jwt"), Qt::CaseInsensitive) == 0;
    };
    if (const Json::Member *cty = m_headerObject.find(u"cty")) {
        if (cty->kind == Json::ValueKind::String && saysJwt(cty->string()))
            return PayloadRole::NestedToken;
    }
    if (saysJwt(m_typ))
        return PayloadRole::ClaimsSet;
    QByteArrayView bytes = payload().decoded;
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes = bytes.sliced(3);
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' || c == '[' ? PayloadRole::ClaimsSet : PayloadRole::Content;
    }
    return PayloadRole::Content;
}

std::optional<Problem> Token::claimsSetProblem() const
{
    if (payloadRole() != PayloadRole::ClaimsSet)
        return std::nullopt;
    if (m_payloadIsJson && m_payloadObject.isObject)
        return std::nullopt;
    const QByteArray &bytes = payload().decoded;
    if (bytes.startsWith("\xef\xbb\xbf")) {
        return makeProblem(TokenPart::Payload, Problem::Severity::Error, 0, true,
                           QCoreApplication::translate("Token",
                                                       "a byte-order mark before the JSON: not a "
                                                       "JSON claims set (RFC 8259 §8.1)"));
    }
    for (const Problem &p : m_problems) {
        if (p.part == TokenPart::Payload) {
            Problem problem = p;
            problem.severity = Problem::Severity::Error;
            return problem;
        }
    }
    return makeProblem(TokenPart::Payload, Problem::Severity::Error, -1, false,
                       QCoreApplication::translate("Token", "the payload is not a JSON object"));
}

template<typename Text> Token Token::parseText(Text input, const QList<QStringView> *claims)
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
    const Text text = input.sliced(begin, end - begin);
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
    qsizetype lineBreakAt = -1;
    bool tooManyParts = false;
    {
        const qsizetype n = text.size();
        const auto plain = [&text](qsizetype i) {
            return isUrlAlphabet(unitAt(text, i));
        };
        qsizetype segmentStart = 0;
        qsizetype bad = -1;
        for (qsizetype i = 0;; ++i) {
            // Skip the run of alphabet characters, four at a time.
            while (i + 4 <= n && plain(i) && plain(i + 1) && plain(i + 2) && plain(i + 3))
                i += 4;
            while (i < n && plain(i))
                ++i;
            if (i >= n)
                break;
            const char16_t c = unitAt(text, i);
            if (c == u'.') {
                ends.append(i);
                bads.append(bad);
                bad = -1;
                segmentStart = i + 1;
                // A fifth dot makes six parts or more: no token has that many, and counting
                // (and decoding) millions of parts of "a.a.a…" would cost gigabytes.
                if (ends.size() == MaxParts) {
                    tooManyParts = true;
                    break;
                }
                continue;
            }
            if (bad < 0)
                bad = i - segmentStart;
            if (c == 0 && nulAt < 0)
                nulAt = i;
            if ((c == u'\n' || c == u'\r') && lineBreakAt < 0)
                lineBreakAt = i;
        }
        if (!tooManyParts) {
            ends.append(n);
            bads.append(bad);
        }
    }
    if (lineBreakAt >= 0) {
        // "a.b.c\nd.e.f" reads as five parts of a JWE; say what it is instead.
        const qsizetype tokens = tokenLines(text);
        if (tokens > 1) {
            // A plain int for %n: a template argument list inside the call stalls lupdate.
            const int count = int(qMin(tokens, qsizetype(INT_MAX)));
            token.m_problems.append(makeProblem(
                    TokenPart::Token, Problem::Severity::Error, lineBreakAt, false,
                    QCoreApplication::translate("Token",
                                                "%n tokens on separate lines: give one at a "
                                                "time (jwtlens verify - reads one per line)",
                                                nullptr, count)));
        }
    }
    if (nulAt >= 0) {
        token.m_problems.append(makeProblem(
                TokenPart::Token, Problem::Severity::Error, nulAt, false,
                QCoreApplication::translate("Token", "NUL byte at offset %1 in the token")
                        .arg(nulAt)));
    }

    const qsizetype parts = ends.size();
    token.m_form = tooManyParts ? Form::Malformed
            : parts == 3        ? Form::Jws
            : parts == 5        ? Form::Jwe
                                : Form::Malformed;
    if (tooManyParts) {
        token.m_form = Form::Malformed;
        token.m_problems.append(makeProblem(
                TokenPart::Token, Problem::Severity::Error, ends.back(), false,
                QCoreApplication::translate("Token",
                                            "a JWS has 3 parts and a JWE 5, separated by '.'; "
                                            "this token has more than 5 (a sixth part starts "
                                            "after offset %1)")
                        .arg(ends.back())));
    } else if (token.m_form == Form::Malformed) {
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
    bool knownHeader = false; ///< the header is the one in headerMemo
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
        const Text encoded = text.sliced(from, dot - from);
        if (index == 0 && bads[0] < 0 && !headerMemo.encoded.isEmpty()
            && sameText(encoded, headerMemo.encoded)) {
            segment.encoded = headerMemo.encoded;
            segment.decoded = headerMemo.decoded;
            segment.decodes = true;
            knownHeader = true;
        } else {
            decodeSegment(encoded, bads[index], segment, token.m_problems);
        }
        token.m_segments.append(std::move(segment));
        from = dot + 1;
    }

    // The header: strict (RFC 7515 §4: a JSON object, no repeated names, a string alg).
    const Segment &header = token.header();
    const qsizetype problemsBefore = token.m_problems.size();
    if (knownHeader) {
        token.m_headerObject = headerMemo.object;
        token.m_alg = headerMemo.alg;
        token.m_hasAlg = true;
        token.m_kid = headerMemo.kid;
        token.m_typ = headerMemo.typ;
    } else if (!header.decodes) {
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
        if (token.m_problems.size() == problemsBefore && token.m_hasAlg) {
            headerMemo.encoded = header.encoded;
            headerMemo.decoded = header.decoded;
            headerMemo.object = object;
            headerMemo.alg = token.m_alg;
            headerMemo.kid = token.m_kid;
            headerMemo.typ = token.m_typ;
        }
    }

    // The payload: lenient, it is shown as a string when it is not JSON.
    const Segment &payload = token.payload();
    if (payload.present && !payload.decodes) {
        token.m_payloadObject = readPayload(payload.decoded, claims);
    } else if (payload.present) {
        const QByteArray &bytes = payload.decoded;
        const auto warn = [&token](qsizetype offset, QString message) {
            token.m_problems.append(makeProblem(TokenPart::Payload, Problem::Severity::Warning,
                                                offset, offset >= 0, std::move(message)));
        };
        if (bytes.isEmpty()) {
            warn(-1, QCoreApplication::translate("Token", "the payload is empty"));
        } else {
            token.m_payloadObject = readPayload(bytes, claims);
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

Token Token::parse(QStringView input)
{
    return parseText(input, nullptr);
}

Token Token::parse(QByteArrayView utf8)
{
    return parseBytes(utf8, nullptr);
}

Token Token::parse(QByteArrayView utf8, const QList<QStringView> &claims)
{
    return parseBytes(utf8, &claims);
}

Token Token::parseBytes(QByteArrayView utf8, const QList<QStringView> *claims)
{
    // ASCII is Latin-1 is UTF-8, and one byte is one UTF-16 code unit: the bytes can be
    // read as they are. Anything else is widened, for the positions and messages of the
    // characters it holds.
    if (isAscii(utf8))
        return parseText(QLatin1StringView(utf8), claims);
    const QString text = QString::fromUtf8(utf8);
    return parseText(QStringView(text), claims);
}
