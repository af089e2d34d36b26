// SPDX-License-Identifier: MIT
#pragma once

#include "json.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// Time status of a token (RFC 7519 §4.1.4–4.1.6), worst first in the overall result.
enum class TimeStatus {
    Valid,
    Expired, ///< now >= exp + leeway
    NotYetValid, ///< now + leeway < nbf
    IssuedInFuture, ///< now + leeway < iat
    /// a time claim that is not a NumericDate (a string, a boolean, …, or a number that
    /// looks like milliseconds)
    Malformed,
    Skipped, ///< not checked (the caller asked to ignore time, or no claims set)
};

/// "valid", "expired", "not_yet_valid", "issued_in_future", "malformed", "skipped".
QString timeStatusName(TimeStatus status);

struct TimeClaim
{
    QString name; ///< "exp", "nbf" or "iat"
    QByteArray raw; ///< the value as written
    bool isNumber = false; ///< a JSON number (integer or fractional)
    double seconds = 0; ///< NumericDate, seconds since the epoch (valid when isNumber)
    /// The value is so large it is probably milliseconds (e.g. 1.7e12; over 1e11 seconds is
    /// after the year 5138): flagged, not fixed, and its status is Malformed.
    bool looksLikeMilliseconds = false;
    TimeStatus status = TimeStatus::Valid;

    /// UTC date-time of the value (invalid QDateTime when not a number or out of range).
    QDateTime utc() const;
};

struct ClaimsPolicy
{
    double now = 0; ///< seconds since the epoch
    qint64 leeway = 0; ///< seconds allowed for clock skew, applied to exp, nbf, iat
    bool ignoreTime = false; ///< report the claims but give Skipped overall
    std::optional<QString> issuer; ///< when set, `iss` must equal it
    std::optional<QString> audience; ///< when set, `aud` (string or array) must contain it
    /// Claims that must be present, and not null (the command line's --require, PyJWT's
    /// options={"require": […]}).
    QStringList required;
};

/// One claim check that failed (ClaimsReport::failures), for a reader that names failures
/// the way a library does (the verdict's PyJWT names).
struct ClaimFailure
{
    enum class Kind {
        Missing, ///< a required claim, or iss/aud that the policy asks for, is absent (or null)
        Malformed, ///< a time claim that is not a number
        Expired,
        NotYetValid,
        IssuedInFuture,
        Mismatch, ///< iss or aud is not the one expected (or not of the right type)
    };
    QString claim; ///< "exp", "iss", "aud", or the required claim's name
    Kind kind = Kind::Missing;
    bool required = false; ///< the failure is a --require claim's
};

struct ClaimsReport
{
    QList<TimeClaim> times; ///< exp, nbf, iat in that order, those present
    /// Worst of the claims; Valid when the object has none; Skipped with ignoreTime.
    TimeStatus time = TimeStatus::Skipped;
    bool issuerOk = true;
    bool audienceOk = true;
    QStringList errors; ///< one line per failed check, e.g. "exp is not a number"
    /// Each failed check, those of the time claims included (which have no line in errors
    /// unless malformed), in the order: required claims, iat, nbf, exp, iss, aud — PyJWT's.
    QList<ClaimFailure> failures;
    bool isValid() const; ///< time is Valid or Skipped, issuer and audience ok, no errors
};

/// The claims checkClaims() reads: exp, nbf, iat, iss and aud. An object that holds only
/// these (Json::readObject() with these names, Token::parse() with them) gives the same
/// report as the whole object.
const QList<QStringView> &checkedClaims();

/// Checks the time claims of @p payload (and iss/aud and the required claims when the policy
/// asks). A required claim that is absent or null is an error line of its own. The overall time
/// is the worst claim in the order Malformed, Expired, NotYetValid, IssuedInFuture, Valid;
/// Skipped when @p payload is not an object. With ignoreTime every claim still gets its own
/// status, but a malformed one adds no error line. A repeated claim: the last one counts.
ClaimsReport checkClaims(const Json::Object &payload, const ClaimsPolicy &policy);
