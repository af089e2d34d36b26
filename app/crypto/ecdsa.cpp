// SPDX-License-Identifier: MIT
#include "ecdsa.h"

#include "digest.h"
#include "keydata.h"
#include "ossl.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/objects.h>

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

namespace {

using GroupPtr = std::unique_ptr<EC_GROUP, Ossl::Deleter<&EC_GROUP_free>>;
using PointPtr = std::unique_ptr<EC_POINT, Ossl::Deleter<&EC_POINT_free>>;
using BnCtxPtr = std::unique_ptr<BN_CTX, Ossl::Deleter<&BN_CTX_free>>;

Ossl::BnPtr bnOf(QByteArrayView bytes)
{
    return Ossl::BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.data()),
                                 int(bytes.size()), nullptr));
}

} // namespace

QList<QByteArray> Ecdsa::recoverPublicPoints(Algorithm alg, QByteArrayView signingInput,
                                             QByteArrayView raw)
{
    QList<QByteArray> points;
    if (Algorithms::family(alg) != AlgorithmFamily::Ecdsa)
        return points;
    const CurveInfo *curve = curveByJose(Algorithms::curve(alg));
    if (!curve || raw.size() != 2 * curve->fieldBytes)
        return points;
    const GroupPtr group(EC_GROUP_new_by_curve_name(OBJ_sn2nid(curve->openssl)));
    const BnCtxPtr ctx(BN_CTX_new());
    if (!group || !ctx)
        return points;
    const BIGNUM *n = EC_GROUP_get0_order(group.get());
    const Ossl::BnPtr r = bnOf(raw.first(curve->fieldBytes));
    const Ossl::BnPtr s = bnOf(raw.sliced(curve->fieldBytes));
    // e: the hash as an integer (JWS hashes are never wider than the order: no truncation).
    const Ossl::BnPtr e = bnOf(Digest::sha(Algorithms::hashBits(alg), signingInput));
    Ossl::BnPtr p(BN_new()), rInverse(BN_new()), u1(BN_new()), u2(BN_new()), x(BN_new());
    if (!r || !s || !e || !p || !rInverse || !u1 || !u2 || !x || BN_is_zero(r.get())
        || BN_is_zero(s.get()) || BN_cmp(r.get(), n) >= 0 || BN_cmp(s.get(), n) >= 0
        || EC_GROUP_get_curve(group.get(), p.get(), nullptr, nullptr, ctx.get()) != 1)
        return points;
    // Q = r⁻¹ (s·R − e·G) for each point R whose x is r + j·n (j = 0, 1; x < p), either y.
    if (!BN_mod_inverse(rInverse.get(), r.get(), n, ctx.get())
        || BN_mod_mul(u1.get(), e.get(), rInverse.get(), n, ctx.get()) != 1
        || BN_mod_sub(u1.get(), n, u1.get(), n, ctx.get()) != 1
        || BN_mod_mul(u2.get(), s.get(), rInverse.get(), n, ctx.get()) != 1)
        return points;
    const PointPtr rPoint(EC_POINT_new(group.get()));
    const PointPtr q(EC_POINT_new(group.get()));
    if (!rPoint || !q || !BN_copy(x.get(), r.get()))
        return points;
    for (int j = 0; j < 2; ++j) {
        if (j == 1 && BN_add(x.get(), x.get(), n) != 1)
            break;
        if (BN_cmp(x.get(), p.get()) >= 0)
            break;
        for (int yBit = 0; yBit < 2; ++yBit) {
            if (EC_POINT_set_compressed_coordinates(group.get(), rPoint.get(), x.get(), yBit,
                                                    ctx.get())
                        != 1
                || EC_POINT_mul(group.get(), q.get(), u1.get(), rPoint.get(), u2.get(), ctx.get())
                        != 1
                || EC_POINT_is_at_infinity(group.get(), q.get()) == 1)
                continue;
            QByteArray point(1 + 2 * curve->fieldBytes, Qt::Uninitialized);
            if (EC_POINT_point2oct(group.get(), q.get(), POINT_CONVERSION_UNCOMPRESSED,
                                   reinterpret_cast<unsigned char *>(point.data()),
                                   size_t(point.size()), ctx.get())
                == size_t(point.size()))
                points.append(point);
        }
    }
    ERR_clear_error(); // an x off the curve leaves an entry on this thread's queue
    return points;
}
