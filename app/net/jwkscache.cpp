// SPDX-License-Identifier: MIT
#include "jwkscache.h"

#include <algorithm>

namespace {

/// One spelling per URL: "https://Issuer.example/" and "https://issuer.example/" are the same.
QUrl normalised(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
}

} // namespace

JwksCache &JwksCache::session()
{
    static JwksCache cache;
    return cache;
}

std::optional<JwksCache::Entry> JwksCache::jwks(const QUrl &jwksUrl) const
{
    const auto it = m_jwks.constFind(normalised(jwksUrl));
    if (it == m_jwks.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<JwksCache::Entry> JwksCache::jwksForIssuer(const QUrl &issuer) const
{
    const auto it = m_issuers.constFind(normalised(issuer));
    if (it == m_issuers.constEnd())
        return std::nullopt;
    return jwks(*it);
}

void JwksCache::store(const Entry &entry)
{
    m_jwks.insert(normalised(entry.jwksUrl), entry);
}

void JwksCache::storeIssuer(const QUrl &issuer, const QUrl &jwksUrl)
{
    m_issuers.insert(normalised(issuer), normalised(jwksUrl));
}

QList<JwksCache::Entry> JwksCache::entries() const
{
    QList<Entry> list = m_jwks.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const Entry &a, const Entry &b) { return a.fetchedAt < b.fetchedAt; });
    return list;
}

void JwksCache::remove(const QUrl &jwksUrl)
{
    m_jwks.remove(normalised(jwksUrl));
}

void JwksCache::clear()
{
    m_jwks.clear();
    m_issuers.clear();
}
