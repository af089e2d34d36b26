// SPDX-License-Identifier: MIT
#include "utf8.h"

#include <QString>

namespace Utf8 {

int sequenceLength(QByteArrayView bytes, qsizetype offset)
{
    if (offset < 0 || offset >= bytes.size())
        return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + offset;
    const qsizetype left = bytes.size() - offset;
    const unsigned char b0 = p[0];
    if (b0 < 0x80)
        return 1;
    // Table 3-7 of the Unicode standard: the second byte's range depends on the first, which
    // rules out overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    int length = 0;
    unsigned char lo = 0x80, hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        length = 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
        length = 3;
        if (b0 == 0xe0)
            lo = 0xa0;
        else if (b0 == 0xed)
            hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        length = 4;
        if (b0 == 0xf0)
            lo = 0x90;
        else if (b0 == 0xf4)
            hi = 0x8f;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    }
    return length;
}

qsizetype firstInvalid(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(bytes, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

qsizetype toUtf16Offset(QByteArrayView utf8, qsizetype byteOffset)
{
    if (byteOffset <= 0)
        return 0;
    byteOffset = qMin(byteOffset, utf8.size());
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    qsizetype i = 0;
    qsizetype units = 0;
    while (i < byteOffset && p[i] < 0x80) {
        ++i;
        ++units;
    }
    if (i == byteOffset)
        return units;
    // Past the ASCII prefix, count the way QString::fromUtf8 does (replacement characters
    // included) so that the result matches what a widget shows.
    return units + QString::fromUtf8(utf8.sliced(i, byteOffset - i)).size();
}

qsizetype toUtf8Offset(QStringView text, qsizetype utf16Offset)
{
    utf16Offset = qBound(qsizetype(0), utf16Offset, text.size());
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < utf16Offset; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                   && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            // A pair is one four-byte sequence; an offset between its halves counts it whole.
            bytes += 4;
            ++i;
        } else {
            bytes += 3; // lone surrogates become U+FFFD, three bytes too
        }
    }
    return bytes;
}

} // namespace Utf8
