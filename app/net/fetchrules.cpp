// SPDX-License-Identifier: MIT
#include "fetchrules.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

/// The issuer's path without a terminating "/", percent-encoded as it was given.
QString issuerPath(const QUrl &issuer)
{
    QString path = issuer.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QUrl withPath(const QUrl &url, const QString &encodedPath)
{
    QUrl result = url;
    result.setPath(encodedPath, QUrl::TolerantMode);
    result.setQuery(QString());
    result.setFragment(QString());
    return result;
}

} // namespace

namespace FetchRules {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return QCoreApplication::translate("FetchRules", "\"%1\" is not an absolute http(s) URL")
                .arg(url.toString(QUrl::RemovePassword));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return QCoreApplication::translate("FetchRules", "only https:// URLs are fetched, not %1:")
                .arg(scheme);
    if (!isLoopbackHost(url.host())) {
        return QCoreApplication::translate(
                       "FetchRules",
                       "%1: plain http:// is allowed only to this machine (127.0.0.1, ::1, "
                       "localhost); use https://")
                .arg(display(url));
    }
    return {};
}

QUrl openIdConfigurationUrl(const QUrl &issuer)
{
    return withPath(issuer,
                    issuerPath(issuer) + QLatin1String("/.well-known/openid-configuration"));
}

QUrl oauthMetadataUrl(const QUrl &issuer)
{
    return withPath(issuer,
                    QLatin1String("/.well-known/oauth-authorization-server") + issuerPath(issuer));
}

FetchPlan plan(const KeySource &source)
{
    FetchPlan plan;
    plan.error = checkUrl(source.url);
    if (!plan.ok())
        return plan;
    if (source.kind != KeySource::Kind::Issuer) {
        plan.urls << source.url;
        return plan;
    }
    if (source.url.hasQuery() || source.url.hasFragment()) {
        plan.error
                = QCoreApplication::translate(
                          "FetchRules", "an issuer URL has no query or fragment (RFC 8414 §2): %1")
                          .arg(display(source.url));
        return plan;
    }
    plan.urls << openIdConfigurationUrl(source.url) << oauthMetadataUrl(source.url);
    plan.jwksUriFollows = true;
    return plan;
}

QString display(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemovePassword);
}

} // namespace FetchRules
