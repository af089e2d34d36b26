// SPDX-License-Identifier: MIT
#include "fetchkeys.h"

#include "common.h"

#include "keyfetcher.h"
#include "keyset.h"

#include <QUrl>

#include <cmath>

namespace CliCommon {

namespace {

/// The source the options name; nullopt after a usage line.
std::optional<KeySource> readSource(const QCommandLineParser &parser, Io &io)
{
    const QStringList urls = parser.values(QStringLiteral("jwks-url"));
    const QStringList issuers = parser.values(QStringLiteral("discover"));
    if (urls.size() + issuers.size() != 1) {
        fail(io, QStringLiteral("usage"),
             urls.size() + issuers.size() == 0
                     ? Cli::tr("give --jwks-url URL or --discover ISSUER_URL")
                     : Cli::tr("give one of --jwks-url URL or --discover ISSUER_URL, once"));
        return std::nullopt;
    }
    if (!urls.isEmpty())
        return KeySource::jwksUrl(QUrl(urls.first().trimmed(), QUrl::StrictMode));
    return KeySource::issuer(QUrl(issuers.first().trimmed(), QUrl::StrictMode));
}

std::optional<FetchOptions> readOptions(const QCommandLineParser &parser, Io &io)
{
    FetchOptions options;
    options.caFile = parser.value(QStringLiteral("cacert"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("timeout")).trimmed();
        const double seconds = text.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
            fail(io, QStringLiteral("usage"),
                 Cli::tr("--timeout needs seconds above 0 and at most 3600, got \"%1\"").arg(text));
            return std::nullopt;
        }
        options.timeoutMs = qMax(1, int(std::lround(seconds * 1000)));
    }
    return options;
}

} // namespace

void addFetchOptions(QCommandLineParser &parser)
{
    parser.addOption(
            {QStringLiteral("jwks-url"), Cli::tr("Fetch the JWKS at URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("discover"),
                      Cli::tr("Find the issuer's JWKS: OpenID Connect discovery, then RFC 8414 "
                              "metadata."),
                      QStringLiteral("ISSUER_URL")});
    parser.addOption({QStringLiteral("cacert"),
                      Cli::tr("Also trust the CA certificates in FILE (PEM), beside the "
                              "system's."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("timeout"),
                      Cli::tr("Give up on a request after SECONDS (default 10)."),
                      QStringLiteral("SECONDS")});
}

bool fetchOptionsGiven(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("jwks-url")) || parser.isSet(QStringLiteral("discover"));
}

std::optional<QStringList> plannedFetchUrls(const QCommandLineParser &parser, Io &io,
                                            bool *jwksUriFollows)
{
    const std::optional<KeySource> source = readSource(parser, io);
    if (!source || !readOptions(parser, io))
        return std::nullopt;
    const FetchPlan plan = FetchRules::plan(*source);
    if (!plan.ok()) {
        fail(io, QStringLiteral("key"), plan.error);
        return std::nullopt;
    }
    QStringList urls;
    for (const QUrl &url : plan.urls)
        urls << url.toString(QUrl::FullyEncoded);
    if (jwksUriFollows)
        *jwksUriFollows = plan.jwksUriFollows;
    return urls;
}

std::optional<FetchedKeys> fetchKeyOptions(const QCommandLineParser &parser, Io &io)
{
    const std::optional<KeySource> source = readSource(parser, io);
    if (!source)
        return std::nullopt;
    const std::optional<FetchOptions> options = readOptions(parser, io);
    if (!options)
        return std::nullopt;
    const FetchOutcome outcome = fetchKeysBlocking(*source, *options);
    if (!outcome.ok()) {
        fail(io, QStringLiteral("key"), outcome.error.message);
        return std::nullopt;
    }
    for (const QString &warning : outcome.jwks.warnings)
        warn(io, warning);
    // The fetcher checked that the keys load; load them here for the caller.
    const KeySet set = loadKeys(outcome.jwks.jwks);
    if (!set.ok()) {
        fail(io, QStringLiteral("key"), set.error);
        return std::nullopt;
    }
    FetchedKeys fetched;
    fetched.jwks = outcome.jwks.jwks;
    fetched.keys = set.keys;
    fetched.skipped = set.skipped;
    fetched.jwksUrl = outcome.jwks.jwksUrl.toString(QUrl::FullyEncoded);
    if (!outcome.jwks.metadataUrl.isEmpty())
        fetched.metadataUrl = outcome.jwks.metadataUrl.toString(QUrl::FullyEncoded);
    return fetched;
}

} // namespace CliCommon
