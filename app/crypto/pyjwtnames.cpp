// SPDX-License-Identifier: MIT
#include "pyjwtnames.h"

namespace {

QString claimName(const ClaimFailure &failure)
{
    switch (failure.kind) {
    case ClaimFailure::Kind::Missing:
        return QStringLiteral("MissingRequiredClaimError");
    case ClaimFailure::Kind::Malformed:
        // PyJWT: int(iat) fails with InvalidIssuedAtError, int(nbf) and int(exp) with
        // DecodeError.
        return failure.claim == QLatin1String("iat") ? QStringLiteral("InvalidIssuedAtError")
                                                     : QStringLiteral("DecodeError");
    case ClaimFailure::Kind::Expired:
        return QStringLiteral("ExpiredSignatureError");
    case ClaimFailure::Kind::NotYetValid:
    case ClaimFailure::Kind::IssuedInFuture:
        return QStringLiteral("ImmatureSignatureError");
    case ClaimFailure::Kind::Mismatch:
        return failure.claim == QLatin1String("iss") ? QStringLiteral("InvalidIssuerError")
                                                     : QStringLiteral("InvalidAudienceError");
    }
    return {};
}

} // namespace

QList<CheckFailure> pyjwtFailures(const TokenVerdict &v)
{
    using State = TokenVerdict::State;
    QList<CheckFailure> failures;
    if (v.malformed) {
        failures.append({QStringLiteral("token"), QStringLiteral("DecodeError")});
        return failures;
    }
    switch (v.state) {
    case State::Valid:
    case State::NoKey:
        break;
    case State::Invalid:
        // Stopped before the key: the algorithm was not allowed (--alg).
        failures.append(v.reachedKey ? CheckFailure {QStringLiteral("signature"),
                                                     QStringLiteral("InvalidSignatureError")}
                                     : CheckFailure {QStringLiteral("alg"),
                                                     QStringLiteral("InvalidAlgorithmError")});
        break;
    case State::Untrusted:
        failures.append({QStringLiteral("signature"), QStringLiteral("InvalidSignatureError")});
        break;
    case State::Unsupported:
        // A JWE is not a JWS to PyJWT; an unknown alg is not among the allowed ones.
        failures.append(v.reachedKey ? CheckFailure {QStringLiteral("signature"),
                                                     QStringLiteral("InvalidSignatureError")}
                                     : CheckFailure {QStringLiteral("alg"),
                                                     QStringLiteral("InvalidAlgorithmError")});
        break;
    case State::Unsecured:
        failures.append({QStringLiteral("alg"), QStringLiteral("InvalidAlgorithmError")});
        break;
    case State::Decrypted:
        // A JWE is not a JWS to PyJWT: jwt.decode() cannot read it.
        failures.append({QStringLiteral("token"), QStringLiteral("DecodeError")});
        break;
    }
    for (const ClaimFailure &f : v.claims.failures)
        failures.append({f.claim, claimName(f)});
    return failures;
}
