// SPDX-License-Identifier: MIT
#include "base64url.h"

#include <QCoreApplication>

namespace {

bool isUrlAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
}

/// The 6-bit value of a base64url character (which must be one).
int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '-' ? 62 : 63;
}

char characterOf(int value)
{
    static constexpr char alphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    return alphabet[value & 63];
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
            result.error
                    = tr("'%1' is base64, not base64url (use '-' and '_')").arg(QLatin1Char(c));
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
    if (result.ok() && !isCanonicalTail(text)) {
        // Two encodings of the same bytes: the one with unused bits set is not base64url
        // (RFC 4648 §3.5), and a verifier that takes it accepts a changed signature.
        const char last = text.at(text.size() - 1);
        const int unused = text.size() % 4 == 2 ? 0x0f : 0x03;
        result.errorOffset = text.size() - 1;
        result.error = tr("non-canonical encoding: '%1' sets bits that encode nothing (the "
                          "canonical character is '%2')")
                               .arg(QLatin1Char(last))
                               .arg(QLatin1Char(characterOf(valueOf(last) & ~unused)));
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

bool isCanonicalTail(QByteArrayView text)
{
    // The last character of a text of 4n+2 characters carries 2 bits of data and 4 unused
    // ones, of 4n+3 characters 4 bits and 2 unused ones; they must be zero.
    switch (text.size() % 4) {
    case 2:
        return (valueOf(text.at(text.size() - 1)) & 0x0f) == 0;
    case 3:
        return (valueOf(text.at(text.size() - 1)) & 0x03) == 0;
    default:
        return true;
    }
}

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding
                                        | QByteArray::OmitTrailingEquals);
}

} // namespace Base64Url
