// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrules.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class JwksCache;

/// Why a fetch failed: one kind per cause, and one translated sentence that names the URL.
struct FetchError
{
    enum class Kind {
        None,
        Refused, ///< the URL breaks a rule; nothing was sent (FetchRules::checkUrl)
        CaFile, ///< the --cacert file cannot be read or holds no certificate
        HostNotFound, ///< name resolution failed
        ConnectionRefused,
        Timeout,
        Tls, ///< handshake or certificate verification failed (the message names the subject)
        HttpStatus, ///< the server answered, with a status other than 2xx
        TooManyRedirects,
        InsecureRedirect, ///< from https to http
        TooLarge, ///< over FetchOptions::maxBytes
        NotJson,
        NotPem, ///< a certificate chain URL that gave no PEM certificate
        NoKeys, ///< JSON, but no "keys" array: not a JWKS
        NoJwksUri, ///< issuer metadata without a usable "jwks_uri"
        BadKey, ///< a key of the JWKS does not load; the message says which
        Network, ///< any other transport failure (proxy, connection closed…)
        Canceled,
    };
    Kind kind = Kind::None;
    QUrl url; ///< the URL whose request failed (the last one of a redirect chain)
    int httpStatus = 0; ///< for HttpStatus
    QString message; ///< one line, names the URL, e.g. "https://x/jwks: HTTP 404 Not Found"
};

/// A JWKS, checked: JSON with a "keys" array whose keys load (unsupported kty are skipped).
/// For a certificate chain: PEM certificates whose first one holds a key that loads.
struct FetchedJwks
{
    KeySource source;
    QUrl jwksUrl; ///< where the JWKS (or chain) is (the jwks_uri for an issuer), before redirects
    QUrl metadataUrl; ///< issuer: the document that named jwks_uri
    QByteArray jwks; ///< exactly as received (for a certificate chain: the PEM)
    QDateTime fetchedAt; ///< UTC
    bool fromCache = false;
    int keyCount = 0; ///< keys that load (1 for a certificate chain: the first certificate's)
    /// Certificate chain: the first certificate alone, as PEM (the key the chain is for; the
    /// others only vouch for it); empty for a JWKS.
    QByteArray leafCertificate;
    int certificateCount = 0; ///< certificate chain: how many certificates it holds
    QString leafSubject; ///< certificate chain: the first certificate's subject, one line
    QStringList skipped; ///< keys skipped as RFC 7517 §5 says (unsupported kty or curve)
    /// Said beside the result, e.g. the metadata names another issuer than the one asked.
    QStringList warnings;
};

/// Fetches a JWKS, or an issuer's JWKS through its metadata, when asked, and never otherwise:
/// constructing one sends nothing and creates no network object.
///
/// Rules (FetchRules, FetchOptions): https with the system's CA certificates (plus an optional
/// CA file), plain http only to this machine, at most 5 redirects and never from https to
/// http, a timeout per request, bodies over 1 MiB refused while they arrive, the system proxy
/// honoured. One fetch at a time: fetch() while running cancels the running one first.
/// Results are asynchronous (also from the cache and for a refused URL): connect first.
class KeyFetcher : public QObject
{
    Q_OBJECT

public:
    enum class CachePolicy {
        UseCache, ///< answer from the cache when it holds the JWKS
        Refresh, ///< fetch again and replace the cached copy
    };

    explicit KeyFetcher(QObject *parent = nullptr);
    ~KeyFetcher() override;

    void setOptions(const FetchOptions &options);
    FetchOptions options() const;
    /// Where fetched JWKS are kept; default JwksCache::session(). Null: none (every fetch
    /// goes to the network). Not owned.
    void setCache(JwksCache *cache);

    void fetch(const KeySource &source, CachePolicy policy = CachePolicy::UseCache);
    /// Stops the running fetch; failed() is emitted with Kind::Canceled before this returns.
    /// Nothing happens when no fetch runs.
    void cancel();
    bool isRunning() const;

signals:
    /// A request is about to be sent to @p url (each of a redirect chain too).
    void requesting(const QUrl &url);
    /// Bytes of the current response; @p total is -1 when the server did not say.
    void progress(qint64 received, qint64 total);
    void finished(const FetchedJwks &result);
    void failed(const FetchError &error);

private:
    class Private;
    const std::unique_ptr<Private> d;
};

/// The outcome of fetchKeysBlocking: a JWKS or an error.
struct FetchOutcome
{
    FetchedJwks jwks;
    FetchError error;
    bool ok() const { return error.kind == FetchError::Kind::None; }
};

/// For the command line: fetches with a KeyFetcher and a local event loop, and returns when
/// it is done. Needs a QCoreApplication; no cache unless @p cache is given.
FetchOutcome fetchKeysBlocking(const KeySource &source, const FetchOptions &options,
                               JwksCache *cache = nullptr);
