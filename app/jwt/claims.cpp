// SPDX-License-Identifier: MIT
#include "claims.h"

#include <QCoreApplication>

#include <cmath>

namespace {

/// Above this a NumericDate is more likely milliseconds than seconds: 1e11 s is the year 5138,
/// while 1e11 ms is 1973.
constexpr double MillisecondsThreshold = 1e11;

/// QDateTime's ISO form covers years 1 to 9999; beyond that a date is "out of range".
constexpr double MinSeconds = -62135596800.0; // 0001-01-01T00:00:00Z
constexpr double MaxSeconds = 253402300799.0; // 9999-12-31T23:59:59Z

/// How bad a status is when several claims disagree.
int rank(TimeStatus status)
{
    switch (status) {
    case TimeStatus::Malformed:
        return 4;
    case TimeStatus::Expired:
        return 3;
    case TimeStatus::NotYetValid:
        return 2;
    case TimeStatus::IssuedInFuture:
        return 1;
    case TimeStatus::Valid:
    case TimeStatus::Skipped:
        break;
    }
    return 0;
}

} // namespace

QString timeStatusName(TimeStatus status)
{
    switch (status) {
    case TimeStatus::Valid:
        return QStringLiteral("valid");
    case TimeStatus::Expired:
        return QStringLiteral("expired");
    case TimeStatus::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case TimeStatus::IssuedInFuture:
        return QStringLiteral("issued_in_future");
    case TimeStatus::Malformed:
        return QStringLiteral("malformed");
    case TimeStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

QDateTime TimeClaim::utc() const
{
    if (!isNumber || !std::isfinite(seconds) || seconds < MinSeconds || seconds > MaxSeconds)
        return {};
    const auto msecs = static_cast<qint64>(std::floor(seconds * 1000.0));
    // Qt::UTC (not a QTimeZone) so that ISO output ends in 'Z', as the contract prints it.
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

bool ClaimsReport::isValid() const
{
    return (time == TimeStatus::Valid || time == TimeStatus::Skipped) && issuerOk && audienceOk
            && errors.isEmpty();
}

const QList<QStringView> &checkedClaims()
{
    static const QList<QStringView> names = {u"exp", u"nbf", u"iat", u"iss", u"aud"};
    return names;
}

ClaimsReport checkClaims(const Json::Object &payload, const ClaimsPolicy &policy)
{
    ClaimsReport report;
    if (!payload.isObject) {
        report.time = TimeStatus::Skipped;
        for (const QString &name : policy.required) {
            report.errors.append(
                    QCoreApplication::translate(
                            "Claims",
                            "the required claim %1 is missing (the payload has no claims)")
                            .arg(name));
            report.failures.append({name, ClaimFailure::Kind::Missing, true});
        }
        if (policy.issuer) {
            report.issuerOk = false;
            report.errors.append(QCoreApplication::translate(
                    "Claims", "iss is missing (the payload has no claims)"));
            report.failures.append({QStringLiteral("iss"), ClaimFailure::Kind::Missing, false});
        }
        if (policy.audience) {
            report.audienceOk = false;
            report.errors.append(QCoreApplication::translate(
                    "Claims", "aud is missing (the payload has no claims)"));
            report.failures.append({QStringLiteral("aud"), ClaimFailure::Kind::Missing, false});
        }
        return report;
    }

    // PyJWT's order: the required claims first, then iat, nbf, exp, iss, aud.
    for (const QString &name : policy.required) {
        const Json::Member *member = payload.find(name);
        if (member && member->kind != Json::ValueKind::Null)
            continue;
        report.errors.append(
                QCoreApplication::translate("Claims", "the required claim %1 is missing")
                        .arg(name));
        report.failures.append({name, ClaimFailure::Kind::Missing, true});
    }

    static const QString names[]
            = {QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat")};
    const double now = policy.now;
    const auto leeway = static_cast<double>(policy.leeway);
    TimeStatus worst = TimeStatus::Valid;
    report.times.reserve(3);
    for (const QString &name : names) {
        const Json::Member *member = payload.find(name);
        if (!member)
            continue;
        TimeClaim claim;
        claim.name = name;
        claim.raw = member->raw;
        claim.isNumber = member->isNumber();
        if (claim.isNumber) {
            claim.seconds = member->number();
            claim.looksLikeMilliseconds = std::fabs(claim.seconds) > MillisecondsThreshold;
        }
        if (!claim.isNumber || !std::isfinite(claim.seconds)) {
            claim.status = TimeStatus::Malformed;
            if (!policy.ignoreTime) {
                report.errors.append(
                        claim.isNumber ? QCoreApplication::translate("Claims", "%1 is out of range")
                                                 .arg(name)
                                       : QCoreApplication::translate(
                                                 "Claims",
                                                 "%1 is not a number (NumericDate, RFC 7519 "
                                                 "§2)")
                                                 .arg(name));
            }
        } else if (claim.looksLikeMilliseconds) {
            // Read as seconds, an exp in milliseconds never comes (the year 55 000): the
            // issuer's bug would make the token eternal. Refused as not a NumericDate.
            claim.status = TimeStatus::Malformed;
            if (!policy.ignoreTime) {
                report.errors.append(QCoreApplication::translate(
                                             "Claims",
                                             "%1 = %2 looks like milliseconds: a NumericDate "
                                             "counts seconds (RFC 7519 §2)")
                                             .arg(name, QString::fromLatin1(member->raw)));
            }
        } else if (name == names[0]) {
            // RFC 7519 §4.1.4: not accepted "on or after" the expiration time.
            if (now >= claim.seconds + leeway)
                claim.status = TimeStatus::Expired;
        } else if (name == names[1]) {
            if (now + leeway < claim.seconds)
                claim.status = TimeStatus::NotYetValid;
        } else {
            if (now + leeway < claim.seconds)
                claim.status = TimeStatus::IssuedInFuture;
        }
        if (rank(claim.status) > rank(worst))
            worst = claim.status;
        report.times.append(std::move(claim));
    }
    report.time = policy.ignoreTime ? TimeStatus::Skipped : worst;
    if (!policy.ignoreTime) {
        // iat, nbf, exp: the order PyJWT checks them in.
        for (qsizetype i = report.times.size() - 1; i >= 0; --i) {
            const TimeClaim &claim = report.times.at(i);
            switch (claim.status) {
            case TimeStatus::Valid:
            case TimeStatus::Skipped:
                continue;
            case TimeStatus::Malformed:
                report.failures.append({claim.name, ClaimFailure::Kind::Malformed, false});
                break;
            case TimeStatus::Expired:
                report.failures.append({claim.name, ClaimFailure::Kind::Expired, false});
                break;
            case TimeStatus::NotYetValid:
                report.failures.append({claim.name, ClaimFailure::Kind::NotYetValid, false});
                break;
            case TimeStatus::IssuedInFuture:
                report.failures.append({claim.name, ClaimFailure::Kind::IssuedInFuture, false});
                break;
            }
        }
    }

    if (policy.issuer) {
        const Json::Member *iss = payload.find(u"iss");
        if (!iss) {
            report.issuerOk = false;
            report.errors.append(
                    QCoreApplication::translate("Claims", "iss is missing, expected \"%1\"")
                            .arg(*policy.issuer));
        } else if (iss->kind != Json::ValueKind::String) {
            report.issuerOk = false;
            report.errors.append(QCoreApplication::translate("Claims", "iss is not a string"));
        } else if (iss->string() != *policy.issuer) {
            report.issuerOk = false;
            report.errors.append(
                    QCoreApplication::translate("Claims", "iss is \"%1\", expected \"%2\"")
                            .arg(iss->string(), *policy.issuer));
        }
        if (!report.issuerOk)
            report.failures.append(
                    {QStringLiteral("iss"),
                     iss ? ClaimFailure::Kind::Mismatch : ClaimFailure::Kind::Missing, false});
    }

    if (policy.audience) {
        const Json::Member *aud = payload.find(u"aud");
        if (!aud) {
            report.audienceOk = false;
            report.errors.append(
                    QCoreApplication::translate("Claims", "aud is missing, expected \"%1\"")
                            .arg(*policy.audience));
        } else if (aud->kind == Json::ValueKind::String) {
            if (aud->string() != *policy.audience) {
                report.audienceOk = false;
                report.errors.append(
                        QCoreApplication::translate("Claims", "aud is \"%1\", expected \"%2\"")
                                .arg(aud->string(), *policy.audience));
            }
        } else if (aud->kind == Json::ValueKind::Array) {
            // RFC 7519 §4.1.3: an array of strings, one of which must identify us.
            bool found = false;
            const QList<Json::Member> elements = Json::readArray(aud->raw);
            for (const Json::Member &element : elements) {
                if (element.kind == Json::ValueKind::String
                    && element.string() == *policy.audience) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                report.audienceOk = false;
                report.errors.append(
                        QCoreApplication::translate("Claims", "aud does not contain \"%1\"")
                                .arg(*policy.audience));
            }
        } else {
            report.audienceOk = false;
            report.errors.append(QCoreApplication::translate(
                    "Claims", "aud is neither a string nor an array of strings"));
        }
        if (!report.audienceOk)
            report.failures.append(
                    {QStringLiteral("aud"),
                     aud ? ClaimFailure::Kind::Mismatch : ClaimFailure::Kind::Missing, false});
    }
    return report;
}
