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

namespace Findings {

/// Findings that need only the token (header parameters, claims, payload contents).
/// Key-dependent findings (weak secret, key/alg mismatch, small RSA key) come from
/// app/crypto and are added by the caller.
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

/// Every id review() and weakSecret() can give, for documentation and tests.
QStringList ids();

} // namespace Findings
