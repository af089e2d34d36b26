// SPDX-License-Identifier: MIT
#include "parterrors.h"

#include "utf8.h"

#include <QCoreApplication>

namespace {

// The model's words: the translation context is TokenModel's.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenModel)
};

using PartError = TokenModel::PartError;

/// Where byte offset @p offset of @p decoded (a JSON object) lands in @p pane, which holds
/// the same members in the same order (pretty-printed, or as the user wrote them).
qsizetype mapJsonOffset(const QByteArray &decoded, const QString &pane, qsizetype offset)
{
    if (offset < 0)
        return -1;
    const QByteArray paneUtf8 = pane.toUtf8();
    if (paneUtf8 == decoded)
        return Utf8::toUtf16Offset(decoded, offset);
    const Json::Object from = Json::readObject(decoded);
    const Json::Object to = Json::readObject(paneUtf8);
    if (!from.isObject || !to.isObject || from.members.size() != to.members.size())
        return -1;
    for (qsizetype i = 0; i < from.members.size(); ++i) {
        const Json::Member &f = from.members.at(i);
        const Json::Member &t = to.members.at(i);
        if (offset >= f.nameOffset && offset < f.valueOffset)
            return Utf8::toUtf16Offset(paneUtf8, t.nameOffset + (offset - f.nameOffset));
        if (offset >= f.valueOffset && offset < f.valueOffset + f.raw.size())
            return Utf8::toUtf16Offset(paneUtf8, t.valueOffset + (offset - f.valueOffset));
    }
    return -1;
}

const Segment *segmentOf(const Token &token, TokenPart part)
{
    for (const Segment &s : token.segments()) {
        if (s.part == part)
            return &s;
    }
    return nullptr;
}

/// "<part>: <message>", the part translated, for a message outside the part's own pane.
QString inPart(TokenPart part, const QString &message)
{
    return Text::tr("%1: %2").arg(partName(part, PartNaming::Translated), message);
}

} // namespace

namespace PartErrors {

Errors of(const Token &token, const QString &headerText, const QString &payloadText)
{
    Errors e;
    for (const auto severity : {Problem::Severity::Error, Problem::Severity::Warning}) {
        for (const Problem &p : token.problems()) {
            if (p.severity != severity)
                continue;
            const Segment *seg = segmentOf(token, p.part);
            const qsizetype segStart
                    = seg && p.part != TokenPart::Token ? seg->start : token.start();
            const bool error = severity == Problem::Severity::Error;
            switch (p.part) {
            case TokenPart::Header:
            case TokenPart::Payload: {
                const bool header = p.part == TokenPart::Header;
                if (!p.inDecoded && p.offset >= 0) { // base64url: a place in the token
                    if (!e.token.isError() && error)
                        e.token = {segStart + p.offset, inPart(p.part, p.message)};
                    // The pane shows what could be decoded, which is not the part's text:
                    // it says so itself rather than show mangled bytes without a word.
                    PartError &pane = header ? e.header : e.payload;
                    if (!pane.isError() && error)
                        pane = {-1, Text::tr("not base64url, so not this text: %1").arg(p.message)};
                    break;
                }
                PartError &target = header ? e.header : e.payload;
                if (target.isError())
                    break;
                // A payload that is not JSON is shown as text: no error.
                if (!header && !error && (!token.payloadIsJson() || p.offset < 0))
                    break;
                const QString &pane = header ? headerText : payloadText;
                target = {seg ? mapJsonOffset(seg->decoded, pane, p.offset) : -1, p.message};
                break;
            }
            case TokenPart::Signature:
                if (!e.signature.isError() && error)
                    e.signature = {p.offset < 0 ? -1 : segStart + p.offset, p.message};
                break;
            default:
                if (!e.token.isError() && error) {
                    // Token-level offsets count from the token's start (after "Bearer ").
                    e.token = {p.offset < 0 ? -1 : segStart + p.offset,
                               p.part == TokenPart::Token ? p.message : inPart(p.part, p.message)};
                }
                break;
            }
        }
    }
    // Say what is missing, even when the parser says it in other words.
    const qsizetype end = token.start() + token.length();
    if (!e.signature.isError() && token.form() != Token::Form::Empty && !token.isJwe()) {
        const Segment *sig = segmentOf(token, TokenPart::Signature);
        const bool unsecured = token.hasAlg() && token.alg() == QLatin1String("none");
        if (!sig || !sig->present)
            e.signature = {end, Text::tr("the signature is missing")};
        else if (sig->encoded.isEmpty() && !unsecured)
            e.signature = {end, Text::tr("the signature is empty")};
    }
    return e;
}

PartError jsonEditError(const QByteArray &utf8, const Json::Error &error)
{
    const qsizetype offset = Utf8::toUtf16Offset(utf8, error.offset);
    return {offset, Text::tr("invalid JSON at offset %1: %2").arg(offset).arg(error.message)};
}

} // namespace PartErrors
