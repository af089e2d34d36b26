// SPDX-License-Identifier: MIT
#pragma once

#include "sessionkeys.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class KeyFetcher;

/// The window's *Fetch keys…*: fetches an issuer's keys (OpenID Connect discovery, then RFC
/// 8414) or a JWKS URL on the user's request, and puts them into the session's key ring with
/// their URL. Only start() sends anything: until then no network object exists (app/net's
/// KeyFetcher is made on the first start()). No network type appears here.
class KeyFetch : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Issuer, ///< discovery first, RFC 8414 second, then the jwks_uri they name
        JwksUrl,
        TokenJku, ///< the token's own jku: its keys are untrusted
        /// The token's own x5u: a PEM certificate chain whose first certificate's key joins
        /// the ring, untrusted. Never answered from the cache.
        TokenX5u,
    };
    Q_ENUM(Kind)

    /// What a fetch will contact, known before anything is sent.
    struct Plan
    {
        Kind kind = Kind::JwksUrl;
        QString url; ///< as the user gave it
        QStringList urls; ///< the URL(s) contacted, in order, for the user to see
        bool jwksUriFollows = false; ///< an issuer: the jwks_uri its metadata names comes next
        QString error; ///< why it is refused before anything is sent; empty when it may go
        bool ok() const { return error.isEmpty(); }
    };

    explicit KeyFetch(SessionKeys *keys, QObject *parent = nullptr);
    ~KeyFetch() override;

    /// The kind a URL most likely is: a JWKS URL when its path ends in ".json" or names
    /// "jwks" or "certs", else an issuer.
    static Kind guessKind(const QString &url);
    static Plan plan(const QString &url, Kind kind);

    /// A PEM file of CA certificates trusted beside the system's (in-house issuers).
    void setCaFile(const QString &path);
    QString caFile() const { return m_caFile; }
    /// Per request, in milliseconds (10 s by default).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// Fetches what @p plan says (again from the network when @p refresh, else the session's
    /// cached copy may answer). The keys fetched replace those from the same URL.
    void start(const Plan &plan, bool refresh = false);
    /// Stops the running fetch (failed() with the cancellation).
    void cancel();
    bool isRunning() const;
    /// Whether a network object was ever made (the tests' proof that nothing was fetched).
    bool hasFetcher() const { return m_fetcher != nullptr; }

signals:
    void requesting(const QString &url);
    void progress(qint64 received, qint64 total);
    /// @p count keys joined the ring from @p jwksUrl. @p warnings: what the user should know
    /// beside it (another issuer named, keys skipped, which certificate of an x5u chain).
    void finished(int count, const QString &jwksUrl, const QStringList &warnings);
    void failed(const QString &message, bool canceled);

private:
    QPointer<SessionKeys> m_keys;
    KeyFetcher *m_fetcher = nullptr;
    QString m_caFile;
    int m_timeoutMs = 10000;
    Kind m_kind = Kind::JwksUrl;
};
