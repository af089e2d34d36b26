// SPDX-License-Identifier: MIT
// The claims checks of Findings::review(): exp, nbf and iat.
#include "findingschecks.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace {

using Findings::Checks::shown;
using Severity = Finding::Severity;

constexpr double secondsPerDay = 86400;
/// A NumericDate this large is after the year 5138: almost certainly milliseconds.
constexpr double millisecondsThreshold = 1e11;
/// Beyond this even milliseconds are after 5138 (microseconds, nanoseconds or garbage).
constexpr double outOfRangeThreshold = 1e14;

QString duration(double seconds)
{
    const qint64 hours = qint64(std::min(seconds, 1e15) / 3600);
    if (hours < 48)
        return QCoreApplication::translate("Findings", "%n hour(s)", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 1000)
        return QCoreApplication::translate("Findings", "%n day(s)", nullptr, int(days));
    // A plain variable: lupdate 6.4 hangs on a template argument list inside translate().
    const int years = int(std::min<qint64>(days / 365, 1000000000));
    return QCoreApplication::translate("Findings", "%n year(s)", nullptr, years);
}

class ClaimsReviewer
{
public:
    ClaimsReviewer(const ReviewContext &context, QList<Finding> &findings)
        : m_context(context)
        , m_findings(findings)
    { }

    void reviewTimes(const Json::Object &payload)
    {
        struct Time
        {
            bool present = false;
            bool number = false;
            double value = 0;
        };
        const auto read = [&](const char *name, const char *notNumberId, Severity severity) {
            Time t;
            const Json::Member *m = payload.find(QString::fromLatin1(name));
            if (!m)
                return t;
            t.present = true;
            if (!m->isNumber()) {
                add(severity, notNumberId, TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "%1 is not a number (%2): a NumericDate counts "
                                                "seconds since 1970")
                            .arg(QLatin1String(name), shown(QString::fromUtf8(m->raw))),
                    "RFC 7519 §2, §4.1");
                return t;
            }
            t.number = true;
            t.value = m->number();
            if (!std::isfinite(t.value) || std::fabs(t.value) >= outOfRangeThreshold) {
                add(Severity::Warning, "time-out-of-range", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "%1 = %2 is far beyond any date a verifier can "
                                                "handle")
                            .arg(QLatin1String(name), shown(QString::fromUtf8(m->raw))),
                    "RFC 7519 §2");
                t.number = false;
            } else if (t.value >= millisecondsThreshold) {
                const QDateTime asMs = QDateTime::fromMSecsSinceEpoch(qint64(t.value), Qt::UTC);
                add(Severity::Warning, "time-in-milliseconds", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "%1 = %2 looks like milliseconds (%3 as "
                                                "milliseconds); a NumericDate counts seconds")
                            .arg(QLatin1String(name), shown(QString::fromUtf8(m->raw)),
                                 asMs.toString(Qt::ISODate)),
                    "RFC 7519 §2");
            }
            return t;
        };
        const Time exp = read("exp", "exp-not-number", Severity::Error);
        const Time nbf = read("nbf", "nbf-not-number", Severity::Warning);
        const Time iat = read("iat", "iat-not-number", Severity::Warning);

        if (!exp.present) {
            add(Severity::Warning, "no-exp", TokenPart::Payload,
                QCoreApplication::translate("Findings",
                                            "The token does not expire (no exp): once leaked it "
                                            "stays valid"),
                "RFC 7519 §4.1.4");
        }
        if (iat.number && iat.value > m_context.now + double(m_context.leeway)) {
            add(Severity::Warning, "iat-in-future", TokenPart::Payload,
                QCoreApplication::translate("Findings",
                                            "iat is in the future (issued in %1): the issuer's "
                                            "clock is off or the token was forged")
                        .arg(duration(iat.value - m_context.now)),
                "RFC 7519 §4.1.6");
        }
        if (exp.number && nbf.number && nbf.value >= exp.value) {
            add(Severity::Error, "nbf-after-exp", TokenPart::Payload,
                QCoreApplication::translate("Findings",
                                            "nbf is not before exp: the token is never valid"),
                "RFC 7519 §4.1.4, §4.1.5");
        }
        if (exp.number && iat.number) {
            if (exp.value <= iat.value) {
                add(Severity::Warning, "exp-before-iat", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "exp is not after iat: the token expired when it "
                                                "was issued"),
                    "RFC 7519 §4.1.4, §4.1.6");
            } else if (exp.value - iat.value > secondsPerDay) {
                add(Severity::Warning, "long-lifetime", TokenPart::Payload,
                    QCoreApplication::translate("Findings",
                                                "The token lives %1 (exp − iat), more than 24 "
                                                "hours: a stolen token stays useful that long")
                            .arg(duration(exp.value - iat.value)),
                    "RFC 7519 §4.1.4, OWASP JWT Cheat Sheet");
            }
        }
    }

private:
    void add(Severity severity, const char *id, TokenPart part, const QString &message,
             const char *reference)
    {
        Findings::Checks::add(m_findings, severity, id, part, message, reference);
    }

    const ReviewContext &m_context;
    QList<Finding> &m_findings;
};

} // namespace

namespace Findings::Checks {

void reviewClaims(const Json::Object &payload, const ReviewContext &context,
                  QList<Finding> &findings)
{
    ClaimsReviewer(context, findings).reviewTimes(payload);
}

} // namespace Findings::Checks
