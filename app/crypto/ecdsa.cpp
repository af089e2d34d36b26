// SPDX-License-Identifier: MIT
#include "ecdsa.h"

#include <cstring>

namespace {

/// The widest field: P-521.
constexpr size_t maxFieldBytes = 66;

/// DER INTEGER of a big-endian unsigned value, appended at @p out; returns bytes written.
size_t derInteger(const unsigned char *value, size_t size, unsigned char *out)
{
    while (size > 1 && value[0] == 0) {
        ++value;
        --size;
    }
    const bool pad = (value[0] & 0x80) != 0;
    out[0] = 0x02;
    out[1] = static_cast<unsigned char>(size + (pad ? 1 : 0));
    size_t n = 2;
    if (pad)
        out[n++] = 0;
    std::memcpy(out + n, value, size);
    return n + size;
}

/// Parses one strict DER INTEGER at @p p; fills @p out (right-aligned, @p width bytes).
bool parseDerInteger(const unsigned char *&p, const unsigned char *end, unsigned char *out,
                     size_t width)
{
    if (end - p < 2 || p[0] != 0x02)
        return false;
    const size_t len = p[1];
    p += 2;
    if (len == 0 || len >= 0x80 || size_t(end - p) < len)
        return false;
    const unsigned char *v = p;
    size_t n = len;
    if ((v[0] & 0x80) != 0)
        return false; // negative
    if (v[0] == 0 && n > 1) {
        if ((v[1] & 0x80) == 0)
            return false; // not minimal
        ++v;
        --n;
    }
    if (n > width)
        return false;
    std::memset(out, 0, width - n);
    std::memcpy(out + width - n, v, n);
    p += len;
    return true;
}

} // namespace

namespace Ecdsa {

qsizetype rawToDerInto(QByteArrayView raw, unsigned char *out)
{
    if (raw.isEmpty() || raw.size() % 2 != 0 || size_t(raw.size()) > 2 * maxFieldBytes)
        return 0;
    const auto *r = reinterpret_cast<const unsigned char *>(raw.data());
    const size_t half = size_t(raw.size() / 2);
    unsigned char body[2 * (3 + maxFieldBytes)];
    size_t bodyLen = derInteger(r, half, body);
    bodyLen += derInteger(r + half, half, body + bodyLen);
    size_t n = 0;
    out[n++] = 0x30;
    if (bodyLen >= 0x80)
        out[n++] = 0x81;
    out[n++] = static_cast<unsigned char>(bodyLen);
    std::memcpy(out + n, body, bodyLen);
    return qsizetype(n + bodyLen);
}

QByteArray rawToDer(QByteArrayView raw)
{
    unsigned char der[MaxDerSize];
    const qsizetype len = rawToDerInto(raw, der);
    if (len == 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(der), len);
}

QByteArray derToRaw(QByteArrayView der, int fieldBytes)
{
    if (fieldBytes <= 0 || size_t(fieldBytes) > maxFieldBytes || der.size() < 8)
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *end = p + der.size();
    if (*p++ != 0x30)
        return {};
    size_t len = *p++;
    if (len == 0x81) {
        len = *p++;
        if (len < 0x80)
            return {}; // not minimal
    } else if (len >= 0x80) {
        return {};
    }
    if (size_t(end - p) != len)
        return {};
    QByteArray raw(2 * fieldBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (!parseDerInteger(p, end, out, size_t(fieldBytes))
        || !parseDerInteger(p, end, out + fieldBytes, size_t(fieldBytes)) || p != end)
        return {};
    return raw;
}

} // namespace Ecdsa
