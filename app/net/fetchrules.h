// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

/// What the user asked to fetch keys from: a JWKS URL, an issuer whose metadata names one, or
/// a certificate chain (a token's x5u).
struct KeySource
{
    enum class Kind {
        JwksUrl,
        Issuer, ///< OpenID Connect discovery first, RFC 8414 metadata second
        /// PEM certificates, the one with the key first (RFC 7515 §4.1.5, a token's x5u).
        /// Never cached: it is fetched again each time the user asks.
        CertificateChain,
    };
    Kind kind = Kind::JwksUrl;
    QUrl url;

    static KeySource jwksUrl(const QUrl &url) { return {Kind::JwksUrl, url}; }
    static KeySource issuer(const QUrl &url) { return {Kind::Issuer, url}; }
    static KeySource certificateChain(const QUrl &url) { return {Kind::CertificateChain, url}; }
};

/// The limits of a fetch. The defaults are the ones the user gets.
struct FetchOptions
{
    /// A PEM file of CA certificates trusted beside the system's (an in-house issuer, tests).
    QString caFile;
    /// For each request, from sending it to its last byte (a redirect starts a new one).
    int timeoutMs = 10000;
    /// A response body larger than this is refused, counted as it arrives.
    qint64 maxBytes = 1024 * 1024;
    /// Redirects followed for one request; never from https to http.
    int maxRedirects = 5;
};

/// The URLs a fetch will contact, known before anything is sent, for the user to see.
struct FetchPlan
{
    /// In order. For an issuer: the OpenID configuration, then the RFC 8414 metadata (asked
    /// only when the first gives no jwks_uri). Redirects may lead elsewhere, under the same rules.
    QList<QUrl> urls;
    /// Issuer: after the metadata, the jwks_uri it names is fetched (not known beforehand).
    bool jwksUriFollows = false;
    /// Why this source is refused before anything is sent; empty when it may be fetched.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// The rules of app/net, as plain functions: nothing here sends anything.
namespace FetchRules {

/// What a fetch of @p source would contact, or why it is refused.
FetchPlan plan(const KeySource &source);

/// Empty when @p url may be requested: an absolute https:// URL, or http:// to this machine
/// (127.0.0.0/8, ::1, "localhost"); else why not, in one translated sentence.
QString checkUrl(const QUrl &url);

/// 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost" (any case).
bool isLoopbackHost(const QString &host);

/// OpenID Connect Discovery 1.0 §4: the issuer (without a trailing "/") followed by
/// "/.well-known/openid-configuration".
QUrl openIdConfigurationUrl(const QUrl &issuer);

/// RFC 8414 §3.1: "/.well-known/oauth-authorization-server" inserted between the host and the
/// issuer's path (a terminating "/" of the path removed).
QUrl oauthMetadataUrl(const QUrl &issuer);

/// @p url as the user should read it (no password, fully decoded where that is unambiguous).
QString display(const QUrl &url);

} // namespace FetchRules
