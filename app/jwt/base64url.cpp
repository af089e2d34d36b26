// SPDX-License-Identifier: MIT
#include "base64url.h"

#include <QCoreApplication>

namespace {

bool isUrlAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Base64Url", text);
}

} // namespace

namespace Base64Url {

Decoded decode(QByteArrayView text)
{
    Decoded result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (isUrlAlphabet(c))
            continue;
        result.errorOffset = i;
        if (c == '=')
            result.error = tr("'=' padding is not allowed in base64url");
        else if (c == '+' || c == '/')
            result.error = tr("'%1' is base64, not base64url (use '-' and '_')")
                                   .arg(QLatin1Char(c));
        else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            result.error = tr("byte 0x%1 is not a base64url character")
                                   .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
        else
            result.error = tr("'%1' is not a base64url character").arg(QLatin1Char(c));
        break;
    }
    if (result.ok() && text.size() % 4 == 1) {
        result.errorOffset = text.size() - 1;
        result.error = tr("a length of %1 characters is impossible in base64url").arg(text.size());
    }
    const qsizetype usable = result.ok() ? text.size() : result.errorOffset;
    // Only whole groups decode after an error; without one QByteArray decodes the tail too.
    const QByteArrayView valid = text.first(result.ok() ? usable : usable - usable % 4);
    const auto decoded = QByteArray::fromBase64Encoding(
            valid.toByteArray(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    result.bytes = decoded.decoded;
    return result;
}

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding
                                        | QByteArray::OmitTrailingEquals);
}

} // namespace Base64Url
