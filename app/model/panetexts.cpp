// SPDX-License-Identifier: MIT
#include "panetexts.h"

#include "claimslist.h"
#include "json.h"

namespace {

/// What the pane shows for a decoded segment: pretty JSON, else the bytes as text.
QString paneText(const Segment &segment, bool *isJson)
{
    *isJson = false;
    if (!segment.present)
        return QString();
    const Json::Formatted pretty = Json::pretty(segment.decoded);
    if (!pretty.error.isError() && !segment.decoded.isEmpty()) {
        *isJson = true;
        return QString::fromUtf8(pretty.text);
    }
    return QString::fromUtf8(segment.decoded);
}

} // namespace

namespace PaneTexts {

TokenModel::Decoded decode(const QString &token)
{
    TokenModel::Decoded d;
    d.token = token;
    Token parsed = Token::parse(token);
    d.headerText = paneText(parsed.header(), &d.headerIsJson);
    d.payloadText = paneText(parsed.payload(), &d.payloadIsJson);
    if (parsed.form() == Token::Form::Empty || parsed.payload().decoded.isEmpty())
        d.payloadIsJson = true; // nothing there yet: what the user types is JSON
    if (parsed.form() == Token::Form::Empty || parsed.header().decoded.isEmpty())
        d.headerIsJson = true;
    d.contentFindings = Findings::reviewContents(parsed);
    ClaimsList::build(parsed.payloadObject(), d.claims, d.timeClaims);
    d.parsed = std::move(parsed);
    return d;
}

bool looksLikeJson(const QString &text)
{
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        return c == QLatin1Char('{') || c == QLatin1Char('[');
    }
    return false;
}

} // namespace PaneTexts
