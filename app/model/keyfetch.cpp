// SPDX-License-Identifier: MIT
#include "keyfetch.h"

#include "keyfetcher.h"

#include <QUrl>

namespace {

KeySource sourceOf(KeyFetch::Kind kind, const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    switch (kind) {
    case KeyFetch::Kind::Issuer:
        return KeySource::issuer(parsed);
    case KeyFetch::Kind::TokenX5u:
        return KeySource::certificateChain(parsed);
    case KeyFetch::Kind::JwksUrl:
    case KeyFetch::Kind::TokenJku:
        break;
    }
    return KeySource::jwksUrl(parsed);
}

} // namespace

KeyFetch::KeyFetch(SessionKeys *keys, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
{ }

KeyFetch::~KeyFetch() = default;

KeyFetch::Kind KeyFetch::guessKind(const QString &url)
{
    const QString path = QUrl(url.trimmed()).path().toLower();
    if (path.endsWith(QLatin1String(".json")) || path.contains(QLatin1String("jwks"))
        || path.contains(QLatin1String("certs")))
        return Kind::JwksUrl;
    return Kind::Issuer;
}

KeyFetch::Plan KeyFetch::plan(const QString &url, Kind kind)
{
    Plan result;
    result.kind = kind;
    result.url = url.trimmed();
    if (result.url.isEmpty()) {
        result.error = tr("Enter an issuer URL or a JWKS URL");
        return result;
    }
    const FetchPlan plan = FetchRules::plan(sourceOf(kind, result.url));
    result.error = plan.error;
    for (const QUrl &u : plan.urls)
        result.urls << FetchRules::display(u);
    result.jwksUriFollows = plan.jwksUriFollows;
    return result;
}

void KeyFetch::setCaFile(const QString &path)
{
    m_caFile = path;
}

void KeyFetch::start(const Plan &plan, bool refresh)
{
    if (!plan.ok()) {
        emit failed(plan.error, false);
        return;
    }
    if (!m_fetcher) {
        // Made on the first request, never before: opening the window sends nothing.
        m_fetcher = new KeyFetcher(this);
        connect(m_fetcher, &KeyFetcher::requesting, this,
                [this](const QUrl &url) { emit requesting(FetchRules::display(url)); });
        connect(m_fetcher, &KeyFetcher::progress, this, &KeyFetch::progress);
        connect(m_fetcher, &KeyFetcher::failed, this, [this](const FetchError &error) {
            emit failed(error.message, error.kind == FetchError::Kind::Canceled);
        });
        connect(m_fetcher, &KeyFetcher::finished, this, [this](const FetchedJwks &result) {
            const QString url = FetchRules::display(result.jwksUrl);
            if (!m_keys) {
                emit failed(tr("%1: the key ring is gone").arg(url), false);
                return;
            }
            const bool chain = m_kind == Kind::TokenX5u;
            const SessionKeys::Source source = chain ? SessionKeys::Source::TokenX5u
                    : m_kind == Kind::TokenJku       ? SessionKeys::Source::TokenJku
                                                     : SessionKeys::Source::Url;
            // What this URL gave before goes: a refetch brings the set as it is now.
            m_keys->removeLocation(url);
            // Of a chain, only the first certificate's key: the others vouch for it.
            const SessionKeys::Added added
                    = m_keys->addText(chain ? result.leafCertificate : result.jwks, source, url, {},
                                      result.fetchedAt);
            if (added.count == 0) {
                emit failed(tr("%1: %2").arg(url, added.error), false);
                return;
            }
            QStringList notes = result.warnings + added.skipped;
            if (chain) {
                notes.prepend(tr("The key of the certificate \"%1\", the first of %n in the "
                                 "chain.",
                                 nullptr, result.certificateCount)
                                      .arg(result.leafSubject));
            }
            emit finished(added.count, url, notes);
        });
    }
    m_kind = plan.kind;
    FetchOptions options;
    options.caFile = m_caFile;
    options.timeoutMs = m_timeoutMs;
    m_fetcher->setOptions(options);
    m_fetcher->fetch(sourceOf(plan.kind, plan.url),
                     refresh ? KeyFetcher::CachePolicy::Refresh
                             : KeyFetcher::CachePolicy::UseCache);
}

void KeyFetch::cancel()
{
    if (m_fetcher)
        m_fetcher->cancel();
}

bool KeyFetch::isRunning() const
{
    return m_fetcher && m_fetcher->isRunning();
}
