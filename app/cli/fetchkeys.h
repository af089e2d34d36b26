// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include "key.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The options that fetch keys from the network, shared by `key fetch` and (later) `verify`:
/// --jwks-url URL | --discover ISSUER_URL, --cacert FILE, --timeout SECONDS.
namespace CliCommon {

void addFetchOptions(QCommandLineParser &parser);
/// --jwks-url or --discover is on the command line.
bool fetchOptionsGiven(const QCommandLineParser &parser);

struct FetchedKeys
{
    QByteArray jwks; ///< as received
    QList<Key> keys;
    QStringList skipped; ///< keys of unsupported kty or curve (RFC 7517 §5)
    QString jwksUrl;
    QString metadataUrl; ///< --discover: the metadata document that named the JWKS
};

/// Fetches the JWKS the options name (a blocking fetch: it returns when done). Warnings go to
/// io.err; on failure prints `jwtlens: key: <reason>` (or `usage:` for contradicting
/// options) and returns nullopt (exit 2). Only call it when fetchOptionsGiven().
std::optional<FetchedKeys> fetchKeyOptions(const QCommandLineParser &parser, Io &io);

/// The URLs a fetch with these options would contact, in order, without contacting anything;
/// nullopt after a usage/key error line. @p jwksUriFollows: an issuer's jwks_uri comes last.
std::optional<QStringList> plannedFetchUrls(const QCommandLineParser &parser, Io &io,
                                            bool *jwksUriFollows);

} // namespace CliCommon
