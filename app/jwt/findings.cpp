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

namespace {

/// Nested tokens (cty JWT) reviewed inside one another at most this deep.
constexpr int MaxNesting = 8;

QList<Finding> reviewAt(const Token &token, const ReviewContext &clock, int depth);

/// A payload meant as a claims set that is not one, and what a nested token holds.
void reviewPayloadRole(const Token &token, const ReviewContext &clock, int depth,
                       QList<Finding> &findings)
{
    if (const std::optional<Problem> problem = token.claimsSetProblem()) {
        Checks::add(findings, Finding::Severity::Error, "claims-malformed", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "The payload is meant as a JWT claims set but is "
                                                "not a JSON object (%1): a verifier must reject "
                                                "the token")
                            .arg(problem->message),
                    "RFC 7519 §7.2");
        return;
    }
    if (token.payloadRole() != Token::PayloadRole::NestedToken)
        return;
    const Token inner = Token::parse(QByteArrayView(token.payload().decoded));
    if (!inner.isWellFormed() || depth >= MaxNesting) {
        QString why = depth >= MaxNesting
                ? QCoreApplication::translate("Findings", "tokens nested more than %1 deep")
                          .arg(MaxNesting)
                : QCoreApplication::translate("Findings", "malformed token");
        for (const Problem &p : inner.problems()) {
            if (depth < MaxNesting && p.severity == Problem::Severity::Error) {
                why = p.text();
                break;
            }
        }
        Checks::add(findings, Finding::Severity::Error, "claims-malformed", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "The nested token (cty JWT) is not one: %1")
                            .arg(why),
                    "RFC 7519 §5.2, §7.2");
        return;
    }
    // What is wrong with the inner token is wrong with this one: its findings, said of it.
    for (Finding f : reviewAt(inner, clock, depth + 1)) {
        f.message = QCoreApplication::translate("Findings", "Nested token: %1").arg(f.message);
        f.part = TokenPart::Payload;
        findings.append(f);
    }
}

QList<Finding> reviewAt(const Token &token, const ReviewContext &clock, int depth)
{
    QList<Finding> findings;
    const Json::Object &header = token.headerObject();
    if (header.isObject)
        Checks::reviewHeader(token, header, findings);
    if (!token.isJwe() && token.payloadIsJson()) {
        if (token.payloadObject().isObject)
            Checks::reviewClaims(token.payloadObject(), clock, findings);
        if (clock.contents)
            Checks::reviewContents(token, findings);
    }
    if (!token.isJwe() && token.isWellFormed())
        reviewPayloadRole(token, clock, depth, findings);
    Findings::sort(findings);
    return findings;
}

} // namespace

QList<Finding> review(const Token &token, const ReviewContext &context)
{
    ReviewContext clock = context;
    if (clock.now <= 0)
        clock.now = double(QDateTime::currentSecsSinceEpoch());
    return reviewAt(token, clock, 0);
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
            QStringLiteral("claims-malformed"),
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
            QStringLiteral("secret-is-key"),
            QStringLiteral("small-rsa-key"),
    };
}

} // namespace Findings
