// SPDX-License-Identifier: MIT
// Findings::review() and what its checks share; the checks are in findingsheader.cpp,
// findingsclaims.cpp and findingscontents.cpp.
#include "findings.h"

#include "findingschecks.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace {

/// Longest kid or value quoted in a message.
constexpr qsizetype quoteLimit = 60;

} // namespace

namespace Findings::Checks {

QString shown(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() >= quoteLimit) {
            out += QChar(0x2026); // …
            break;
        }
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void add(QList<Finding> &findings, Finding::Severity severity, const char *id, TokenPart part,
         const QString &message, const char *reference)
{
    Finding f;
    f.severity = severity;
    f.id = QLatin1String(id);
    f.part = part;
    f.message = message;
    f.reference = QString::fromUtf8(reference);
    findings.append(f);
}

} // namespace Findings::Checks

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

namespace Findings {

QList<Finding> review(const Token &token, const ReviewContext &context)
{
    ReviewContext clock = context;
    if (clock.now <= 0)
        clock.now = double(QDateTime::currentSecsSinceEpoch());
    QList<Finding> findings;
    const Json::Object &header = token.headerObject();
    if (header.isObject)
        Checks::reviewHeader(token, header, findings);
    if (!token.isJwe() && token.payloadIsJson()) {
        if (token.payloadObject().isObject)
            Checks::reviewClaims(token.payloadObject(), clock, findings);
        if (context.contents)
            Checks::reviewContents(token, findings);
    }
    sort(findings);
    return findings;
}

QList<Finding> reviewContents(const Token &token)
{
    QList<Finding> findings;
    if (!token.isJwe() && token.payloadIsJson())
        Checks::reviewContents(token, findings);
    sort(findings);
    return findings;
}

void sort(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
}

Finding weakSecret(const QByteArray &secret)
{
    Finding f;
    f.severity = Finding::Severity::Error;
    f.id = QStringLiteral("weak-secret");
    f.part = TokenPart::Signature;
    f.message = secret.isEmpty()
            ? QCoreApplication::translate("Findings",
                                          "The token is signed with an empty HMAC secret: "
                                          "anyone can forge tokens")
            : QCoreApplication::translate("Findings",
                                          "The HMAC secret is \"%1\", a well-known weak secret: "
                                          "anyone can forge tokens")
                      .arg(Checks::shown(QString::fromUtf8(secret)));
    f.reference = QStringLiteral("RFC 8725 §3.5, RFC 7518 §3.2");
    return f;
}

QStringList ids()
{
    return {
            QStringLiteral("alg-none"),
            QStringLiteral("alg-unsupported"),
            QStringLiteral("empty-signature"),
            QStringLiteral("typ-not-string"),
            QStringLiteral("typ-unusual"),
            QStringLiteral("cty-not-string"),
            QStringLiteral("cty-nested"),
            QStringLiteral("cty-unusual"),
            QStringLiteral("crit-malformed"),
            QStringLiteral("crit-unknown"),
            QStringLiteral("b64-false"),
            QStringLiteral("jku"),
            QStringLiteral("x5u"),
            QStringLiteral("embedded-jwk"),
            QStringLiteral("x5c"),
            QStringLiteral("kid-not-string"),
            QStringLiteral("kid-path-traversal"),
            QStringLiteral("kid-injection"),
            QStringLiteral("jwe"),
            QStringLiteral("jwe-unknown-alg"),
            QStringLiteral("jwe-unknown-enc"),
            QStringLiteral("jwe-rsa1_5"),
            QStringLiteral("no-exp"),
            QStringLiteral("exp-not-number"),
            QStringLiteral("nbf-not-number"),
            QStringLiteral("iat-not-number"),
            QStringLiteral("time-in-milliseconds"),
            QStringLiteral("time-out-of-range"),
            QStringLiteral("iat-in-future"),
            QStringLiteral("nbf-after-exp"),
            QStringLiteral("exp-before-iat"),
            QStringLiteral("long-lifetime"),
            QStringLiteral("sensitive-claim"),
            QStringLiteral("card-number"),
            QStringLiteral("big-integer"),
            QStringLiteral("weak-secret"),
            QStringLiteral("key-alg-mismatch"), // keyFindings()
            QStringLiteral("small-rsa-key"),
    };
}

} // namespace Findings
