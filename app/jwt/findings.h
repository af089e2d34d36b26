// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// A security finding about a token: what is wrong or worth knowing, how bad, and the RFC or
/// advisory behind it. Findings never change the verification result; they explain it.
struct Finding
{
    enum class Severity {
        Error,
        Warning,
        Info
    };
    Severity severity = Severity::Warning;
    /// Stable identifier for scripts and tests, e.g. "alg-none", "weak-secret", "no-exp".
    QString id;
    TokenPart part = TokenPart::Token;
    QString message; ///< one translatable line, e.g. "The token does not expire (no exp)"
    QString reference; ///< e.g. "RFC 7519 §4.1.4", "CVE-2015-9235"
};

/// "error", "warning", "info".
QString severityName(Finding::Severity severity);

struct ReviewContext
{
    double now = 0; ///< seconds since the epoch, for `iat` in the future; 0: the current time
    qint64 leeway = 0;
    /// false: review() leaves out the payload contents scan (sensitive members, card
    /// numbers, big integers), which the caller has from reviewContents(). It is the costly
    /// part on a big payload and depends on nothing but the token.
    bool contents = true;
};

/// What the verdict found out about the user's key for a token, for Findings::keyFindings().
struct KeyCheck
{
    enum class Fit {
        Fits,
        Weak, ///< usable but small: an HMAC secret shorter than the hash, RSA under 2048 bits
        NoneFits, ///< no key of the user's fits the token's algorithm
        KeyAsSecret, ///< the HMAC secret is key material (a PEM block, a JWK, a DER key…)
    };
    Fit fit = Fit::Fits;
    QString reason; ///< why the key is weak, or why none fits (translated)
    bool hmac = false; ///< the token's algorithm is an HMAC: a weak key is a short secret
    QByteArray secret; ///< the user's HMAC secret when the key is one (the well-known list)
};

namespace Findings {

/// Findings that need only the token (header parameters, claims, payload contents).
/// The findings about the user's key (weak secret, key/alg mismatch, small RSA key) are
/// keyFindings(), from what the verdict found out about the key.
QList<Finding> review(const Token &token, const ReviewContext &context);

/// The payload contents part of review(), sorted. review() with contents = false, followed
/// by these and sorted, is review() with contents = true.
QList<Finding> reviewContents(const Token &token);

/// The built-in list of common and tutorial HMAC secrets ("secret", "your-256-bit-secret", …).
const QStringList &commonSecrets();

/// Worst severity first, then in the order found.
void sort(QList<Finding> &findings);

/// The "weak-secret" error for an HS* token whose secret was guessed (app/crypto's
/// Crack::tryCommonSecrets); the message names the secret, an empty one included.
Finding weakSecret(const QByteArray &secret);

/// The findings about the user's key for a token: "key-alg-mismatch" when no key fits its
/// algorithm (RFC 8725 §3.1); "secret-is-key" when the HMAC secret is key material (a public
/// key given as a secret: algorithm confusion, RFC 8725 §2.1); "weak-secret" as weakSecret()'s error when the secret is a
/// well-known one, else as a warning when it is shorter than the hash (RFC 7518 §3.2);
/// "small-rsa-key" for an RSA key under 2048 bits (RFC 7518 §3.3). A key-alg-mismatch or a
/// well-known weak-secret already in @p found (the built-in secrets guessed it) is not given
/// again.
QList<Finding> keyFindings(const KeyCheck &key, const QList<Finding> &found);

/// Every id review(), weakSecret() and keyFindings() can give, for documentation and tests.
QStringList ids();

} // namespace Findings
