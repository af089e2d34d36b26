// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUrl>

#include <optional>

/// The JWKS fetched in this session, in memory only: never written anywhere. A JWKS holds
/// public keys; the cache is nevertheless dropped with the process.
/// Not thread-safe: use it from the thread that fetches (the GUI thread).
class JwksCache
{
public:
    struct Entry
    {
        QUrl jwksUrl;
        QByteArray jwks; ///< the bytes as they arrived
        QDateTime fetchedAt; ///< UTC
        /// When the URL came from an issuer's metadata: that document's URL, else empty.
        QUrl metadataUrl;
    };

    /// The cache of this session, shared by every KeyFetcher that does not get another.
    static JwksCache &session();

    std::optional<Entry> jwks(const QUrl &jwksUrl) const;
    /// The JWKS an issuer's metadata led to (when both are cached).
    std::optional<Entry> jwksForIssuer(const QUrl &issuer) const;

    void store(const Entry &entry);
    /// Remembers that @p issuer's metadata named @p jwksUrl.
    void storeIssuer(const QUrl &issuer, const QUrl &jwksUrl);

    /// Every cached JWKS, oldest first.
    QList<Entry> entries() const;
    void remove(const QUrl &jwksUrl);
    void clear();

private:
    QHash<QUrl, Entry> m_jwks;
    QHash<QUrl, QUrl> m_issuers; ///< issuer → JWKS URL
};
