// SPDX-License-Identifier: MIT
#include "pastedtext.h"

#include "keysniff.h"
#include "tokenfinder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PastedText {

Kind classify(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::Empty;
    return KeySniff::looksLikeKey(trimmed) ? Kind::Key : Kind::Token;
}

bool isWholeToken(const QString &text)
{
    QStringView token = QStringView(text).trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    qsizetype dots = 0;
    qsizetype firstDot = -1;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char16_t c = token.at(i).unicode();
        if (c == u'.') {
            if (firstDot < 0)
                firstDot = i;
            ++dots;
            continue;
        }
        const bool base64url = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
                || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!base64url)
            return false;
    }
    if ((dots != 2 && dots != 4) || firstDot <= 0)
        return false;
    const auto header = QByteArray::fromBase64Encoding(
            token.left(firstDot).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!header)
        return false;
    // Two JWS run together also make five parts: a JWE's header names its "enc".
    const QJsonObject members = QJsonDocument::fromJson(header.decoded).object();
    return members.contains(dots == 2 ? QLatin1String("alg") : QLatin1String("enc"));
}

bool isTokenAttempt(const QString &text)
{
    QStringView token = QStringView(text).trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    if (token.isEmpty())
        return false;
    bool space = false;
    bool base64urlOnly = true;
    for (const QChar c : token) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        const char16_t u = c.unicode();
        base64urlOnly = base64urlOnly
                && ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
                    || u == u'-' || u == u'_' || u == u'.');
    }
    return !space || (base64urlOnly && token.contains(u'.'));
}

bool holdsTokens(const QString &text)
{
    if (isWholeToken(text) || isTokenAttempt(text))
        return false;
    return !TokenFinder::find(text.toUtf8()).tokens.isEmpty();
}

bool replacesToken(const QString &result, const QString &pasted)
{
    return result.trimmed() != pasted.trimmed() && isWholeToken(pasted);
}

} // namespace PastedText
