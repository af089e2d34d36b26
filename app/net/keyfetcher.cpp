// SPDX-License-Identifier: MIT
#include "keyfetcher.h"

#include "certchain.h"
#include "httpget.h"
#include "jwkscache.h"
#include "keyset.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <functional>

namespace {

FetchError makeError(FetchError::Kind kind, const QUrl &url, const QString &message)
{
    FetchError error;
    error.kind = kind;
    error.url = url;
    error.message = message;
    return error;
}

/// Parses a JSON object; a NotJson error naming @p url otherwise.
bool readJsonObject(const QByteArray &body, const QUrl &url, QJsonObject *object, FetchError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = makeError(
                FetchError::Kind::NotJson, url,
                QCoreApplication::translate("KeyFetcher", "%1: not JSON (at offset %2: %3)")
                        .arg(FetchRules::display(url))
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        *error = makeError(
                FetchError::Kind::NotJson, url,
                QCoreApplication::translate("KeyFetcher", "%1: the JSON is not an object")
                        .arg(FetchRules::display(url)));
        return false;
    }
    *object = doc.object();
    return true;
}

/// Checks a JWKS the way loading it will: a "keys" array whose keys load.
bool checkJwks(const QByteArray &body, const QUrl &url, FetchedJwks *result, FetchError *error)
{
    QJsonObject root;
    if (!readJsonObject(body, url, &root, error))
        return false;
    if (!root.value(QLatin1String("keys")).isArray()) {
        *error = makeError(FetchError::Kind::NoKeys, url,
                           QCoreApplication::translate(
                                   "KeyFetcher", "%1: JSON without a \"keys\" array: not a JWKS")
                                   .arg(FetchRules::display(url)));
        return false;
    }
    const KeySet set = loadKeys(body);
    if (!set.ok()) {
        *error = makeError(FetchError::Kind::BadKey, url,
                           QCoreApplication::translate("KeyFetcher", "%1: %2")
                                   .arg(FetchRules::display(url), set.error));
        return false;
    }
    result->keyCount = int(set.keys.size());
    result->skipped = set.skipped;
    return true;
}

/// Checks a certificate chain the way RFC 7515 §4.1.5 describes x5u's: PEM certificates, the
/// first one holding the key. Nothing here trusts the chain: its key is the token's own.
bool checkCertificateChain(const QByteArray &body, const QUrl &url, FetchedJwks *result,
                           FetchError *error)
{
    const QList<QByteArray> certificates = pemCertificates(body);
    if (certificates.isEmpty()) {
        *error = makeError(
                FetchError::Kind::NotPem, url,
                QCoreApplication::translate("KeyFetcher",
                                            "%1: no PEM certificate (an x5u URL serves a "
                                            "certificate chain, RFC 7515 §4.1.5)")
                        .arg(FetchRules::display(url)));
        return false;
    }
    QString why;
    if (certificateKey(certificates.first(), &why).isNull()) {
        *error = makeError(FetchError::Kind::BadKey, url,
                           QCoreApplication::translate("KeyFetcher", "%1: certificate 1: %2")
                                   .arg(FetchRules::display(url), why));
        return false;
    }
    result->keyCount = 1;
    result->certificateCount = int(certificates.size());
    result->leafCertificate = certificatePem(certificates.first());
    result->leafSubject = certificateSubject(certificates.first());
    return true;
}

/// The system's CA certificates, read once per process (a few hundred files): a CA file is
/// added to them, and giving Qt a list turns off its own on-demand loading of the system's.
const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

class KeyFetcher::Private
{
public:
    enum class Stage {
        Idle,
        Jwks, ///< the JWKS URL the user gave
        Certificates, ///< the certificate chain URL the user gave (a token's x5u)
        OpenId, ///< ISSUER/.well-known/openid-configuration
        OAuth, ///< RFC 8414 metadata
        IssuerJwks, ///< the jwks_uri of the metadata
    };

    explicit Private(KeyFetcher *q)
        : q(q)
    { }

    QNetworkAccessManager *manager();
    void start(const QUrl &url);
    void onSucceeded(const QByteArray &body, const QUrl &finalUrl);
    void onFailed(const FetchError &error);
    void onMetadata(const QByteArray &body, const QUrl &url);
    void finish(FetchedJwks result);
    void fail(const FetchError &error);
    void stopRequest();
    /// Delivers a result from the event loop (cache hit, refused URL): callers connect after
    /// fetch() returns.
    void deliverLater(std::function<void()> deliver);

    KeyFetcher *const q;
    FetchOptions options;
    JwksCache *cache = &JwksCache::session();
    QNetworkAccessManager *nam = nullptr; ///< created on the first request, never before
    HttpGet *get = nullptr;
    QSslConfiguration tls;
    Stage stage = Stage::Idle;
    bool pending = false; ///< a result is queued by deliverLater
    quint64 generation = 0; ///< bumped by cancel(): a queued result of an old fetch is dropped
    KeySource source;
    QUrl jwksUrl;
    QUrl metadataUrl;
    FetchError openIdError;
    QStringList warnings;
};

QNetworkAccessManager *KeyFetcher::Private::manager()
{
    if (!nam) {
        // The user's proxy (environment, desktop settings) applies to fetches.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        nam = new QNetworkAccessManager(q);
    }
    return nam;
}

void KeyFetcher::Private::start(const QUrl &url)
{
    stopRequest();
    get = new HttpGet(manager(), options, tls, q);
    QObject::connect(get, &HttpGet::requesting, q, &KeyFetcher::requesting);
    QObject::connect(get, &HttpGet::progress, q, &KeyFetcher::progress);
    QObject::connect(
            get, &HttpGet::succeeded, q,
            [this](const QByteArray &body, const QUrl &finalUrl) { onSucceeded(body, finalUrl); });
    QObject::connect(get, &HttpGet::failed, q,
                     [this](const FetchError &error) { onFailed(error); });
    get->start(url);
}

void KeyFetcher::Private::stopRequest()
{
    if (get) {
        get->abort();
        get->deleteLater(); // it may be emitting the signal that brought us here
        get = nullptr;
    }
}

void KeyFetcher::Private::deliverLater(std::function<void()> deliver)
{
    pending = true;
    const quint64 ticket = generation;
    QTimer::singleShot(0, q, [this, ticket, deliver = std::move(deliver)] {
        if (ticket != generation || !pending)
            return;
        pending = false;
        deliver();
    });
}

void KeyFetcher::Private::finish(FetchedJwks result)
{
    stopRequest();
    const bool chain = stage == Stage::Certificates;
    stage = Stage::Idle;
    if (!result.fromCache && cache && !chain) {
        cache->store({result.jwksUrl, result.jwks, result.fetchedAt, result.metadataUrl});
        if (source.kind == KeySource::Kind::Issuer)
            cache->storeIssuer(source.url, result.jwksUrl);
    }
    emit q->finished(result);
}

void KeyFetcher::Private::fail(const FetchError &error)
{
    stopRequest();
    stage = Stage::Idle;
    emit q->failed(error);
}

void KeyFetcher::Private::onSucceeded(const QByteArray &body, const QUrl &finalUrl)
{
    switch (stage) {
    case Stage::OpenId:
    case Stage::OAuth:
        onMetadata(body, finalUrl);
        return;
    case Stage::Jwks:
    case Stage::Certificates:
    case Stage::IssuerJwks: {
        FetchedJwks result;
        FetchError error;
        const bool ok = stage == Stage::Certificates
                ? checkCertificateChain(body, finalUrl, &result, &error)
                : checkJwks(body, finalUrl, &result, &error);
        if (!ok) {
            fail(error);
            return;
        }
        result.source = source;
        result.jwksUrl = jwksUrl;
        result.metadataUrl = metadataUrl;
        result.jwks = body;
        result.fetchedAt = QDateTime::currentDateTimeUtc();
        result.warnings = warnings;
        finish(result);
        return;
    }
    case Stage::Idle:
        return;
    }
}

void KeyFetcher::Private::onMetadata(const QByteArray &body, const QUrl &url)
{
    FetchError error;
    QJsonObject metadata;
    if (readJsonObject(body, url, &metadata, &error)) {
        const QJsonValue value = metadata.value(QLatin1String("jwks_uri"));
        const QUrl uri(value.toString(), QUrl::StrictMode);
        if (!value.isString() || value.toString().isEmpty()) {
            error = makeError(FetchError::Kind::NoJwksUri, url,
                              QCoreApplication::translate("KeyFetcher",
                                                          "%1: the metadata has no \"jwks_uri\"")
                                      .arg(FetchRules::display(url)));
        } else if (const QString refusal = FetchRules::checkUrl(uri); !refusal.isEmpty()) {
            // A metadata document cannot lead a fetch where the user could not have sent it.
            error = makeError(FetchError::Kind::Refused, url,
                              QCoreApplication::translate("KeyFetcher", "%1: jwks_uri %2: %3")
                                      .arg(FetchRules::display(url), value.toString(), refusal));
            fail(error);
            return;
        } else {
            const QString issuer = metadata.value(QLatin1String("issuer")).toString();
            if (withoutTrailingSlash(issuer)
                != withoutTrailingSlash(source.url.toString(QUrl::FullyEncoded))) {
                warnings << QCoreApplication::translate("KeyFetcher",
                                                        "%1 names the issuer \"%2\", not \"%3\"")
                                    .arg(FetchRules::display(url), issuer, source.url.toString());
            }
            metadataUrl = url;
            jwksUrl = uri;
            stage = Stage::IssuerJwks;
            start(uri);
            return;
        }
    }
    onFailed(error);
}

void KeyFetcher::Private::onFailed(const FetchError &error)
{
    // An issuer without OpenID configuration may still publish RFC 8414 metadata: a server
    // that answered the first question, but not with a jwks_uri, is asked the second.
    const bool answered = error.kind == FetchError::Kind::HttpStatus
            || error.kind == FetchError::Kind::NotJson || error.kind == FetchError::Kind::NoJwksUri;
    if (stage == Stage::OpenId && answered) {
        openIdError = error;
        stage = Stage::OAuth;
        start(FetchRules::oauthMetadataUrl(source.url));
        return;
    }
    if (stage == Stage::OAuth) {
        // Both failed: say both. The kind is the more telling one (a 404 of the first says
        // only that the issuer is not an OpenID provider).
        FetchError both = error;
        if (!(openIdError.kind == FetchError::Kind::HttpStatus && openIdError.httpStatus == 404)) {
            both.kind = openIdError.kind;
            both.url = openIdError.url;
            both.httpStatus = openIdError.httpStatus;
        }
        both.message = QCoreApplication::translate("KeyFetcher",
                                                   "no key set found for the issuer: %1; %2")
                               .arg(openIdError.message, error.message);
        fail(both);
        return;
    }
    fail(error);
}

KeyFetcher::KeyFetcher(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{ }

KeyFetcher::~KeyFetcher()
{
    d->stopRequest();
}

void KeyFetcher::setOptions(const FetchOptions &options)
{
    d->options = options;
}

FetchOptions KeyFetcher::options() const
{
    return d->options;
}

void KeyFetcher::setCache(JwksCache *cache)
{
    d->cache = cache;
}

bool KeyFetcher::isRunning() const
{
    return d->stage != Private::Stage::Idle || d->pending;
}

void KeyFetcher::cancel()
{
    if (!isRunning())
        return;
    ++d->generation;
    d->pending = false;
    const QUrl url = d->source.url;
    d->fail(makeError(FetchError::Kind::Canceled, url,
                      QCoreApplication::translate("KeyFetcher", "%1: canceled")
                              .arg(FetchRules::display(url))));
}

void KeyFetcher::fetch(const KeySource &source, CachePolicy policy)
{
    cancel();
    d->source = source;
    d->jwksUrl = source.kind != KeySource::Kind::Issuer ? source.url : QUrl();
    d->metadataUrl = QUrl();
    d->openIdError = FetchError();
    d->warnings.clear();

    const FetchPlan plan = FetchRules::plan(source);
    if (!plan.ok()) {
        const FetchError error = makeError(FetchError::Kind::Refused, source.url, plan.error);
        d->deliverLater([this, error] { emit failed(error); });
        return;
    }
    if (policy == CachePolicy::UseCache && d->cache
        && source.kind != KeySource::Kind::CertificateChain) {
        const std::optional<JwksCache::Entry> entry = source.kind == KeySource::Kind::JwksUrl
                ? d->cache->jwks(source.url)
                : d->cache->jwksForIssuer(source.url);
        if (entry) {
            FetchedJwks result;
            FetchError error;
            // Cached bytes were checked when they arrived; this only counts their keys.
            if (checkJwks(entry->jwks, entry->jwksUrl, &result, &error)) {
                result.source = source;
                result.jwksUrl = entry->jwksUrl;
                result.metadataUrl = entry->metadataUrl;
                result.jwks = entry->jwks;
                result.fetchedAt = entry->fetchedAt;
                result.fromCache = true;
                d->deliverLater([this, result] { emit finished(result); });
                return;
            }
        }
    }

    d->tls = QSslConfiguration::defaultConfiguration();
    if (!d->options.caFile.isEmpty()) {
        const QString file = d->options.caFile;
        QFile in(file);
        QString problem;
        QList<QSslCertificate> extra;
        if (QFileInfo(file).isDir()) {
            problem = QCoreApplication::translate("KeyFetcher",
                                                  "cannot read the CA file %1: it is a directory")
                              .arg(file);
        } else if (!in.open(QIODevice::ReadOnly)) {
            problem = QCoreApplication::translate("KeyFetcher", "cannot read the CA file %1: %2")
                              .arg(file, in.errorString());
        } else {
            extra = QSslCertificate::fromData(in.read(16 * 1024 * 1024), QSsl::Pem);
            if (extra.isEmpty())
                problem = QCoreApplication::translate("KeyFetcher",
                                                      "the CA file %1 holds no PEM certificate")
                                  .arg(file);
        }
        if (!problem.isEmpty()) {
            const FetchError error = makeError(FetchError::Kind::CaFile, source.url, problem);
            d->deliverLater([this, error] { emit failed(error); });
            return;
        }
        // Beside the system's certificates, not instead of them.
        d->tls.setCaCertificates(systemCaCertificates() + extra);
    }

    if (source.kind == KeySource::Kind::JwksUrl) {
        d->stage = Private::Stage::Jwks;
        d->start(source.url);
    } else if (source.kind == KeySource::Kind::CertificateChain) {
        d->stage = Private::Stage::Certificates;
        d->start(source.url);
    } else {
        d->stage = Private::Stage::OpenId;
        d->start(plan.urls.first());
    }
}

namespace {

/// Threads of this process whose (Linux, 15-byte) name starts with @p prefix.
int threadsNamed(const QByteArray &prefix)
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const QStringList ids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile comm(tasks.filePath(id + QLatin1String("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith(prefix))
            ++count;
    }
    return count;
}

} // namespace

FetchOutcome fetchKeysBlocking(const KeySource &source, const FetchOptions &options,
                               JwksCache *cache)
{
    // QNetworkAccessManager does its HTTP in a thread of its own, which Qt names. Qt's threads
    // are detached: the manager's destructor waits until the thread says it has finished, but
    // the thread still runs its thread-local destructors afterwards (OpenSSL's per-thread
    // cleanup among them). A command that exits right after a fetch would race them with
    // OpenSSL's cleanup at exit; so this waits until the thread is gone, boundedly.
    const QByteArray networkThread = QByteArrayLiteral("QNetworkAccess");
    const int threadsBefore = threadsNamed(networkThread);
    FetchOutcome outcome;
    {
        KeyFetcher fetcher;
        fetcher.setOptions(options);
        fetcher.setCache(cache);
        QEventLoop loop;
        bool done = false;
        QObject::connect(&fetcher, &KeyFetcher::finished, &loop, [&](const FetchedJwks &result) {
            outcome.jwks = result;
            done = true;
            loop.quit();
        });
        QObject::connect(&fetcher, &KeyFetcher::failed, &loop, [&](const FetchError &error) {
            outcome.error = error;
            done = true;
            loop.quit();
        });
        fetcher.fetch(source,
                      cache ? KeyFetcher::CachePolicy::UseCache : KeyFetcher::CachePolicy::Refresh);
        if (!done)
            loop.exec();
    }
    QDeadlineTimer deadline(2000);
    while (threadsNamed(networkThread) > threadsBefore && !deadline.hasExpired())
        QThread::usleep(500);
    return outcome;
}
