// SPDX-License-Identifier: MIT
#include "modelvalidation.h"

#include "algorithm.h"

#include <QCoreApplication>

namespace {

// The model's words: the translation context is TokenModel's.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenModel)
};

/// The plain words for a failure PyJWT names @p pyjwt, of @p check.
QString plainWords(const QString &check, const QString &pyjwt)
{
    if (pyjwt == QLatin1String("MissingRequiredClaimError"))
        return Text::tr("the required claim \"%1\" is missing").arg(check);
    if (pyjwt == QLatin1String("ExpiredSignatureError"))
        return Text::tr("the token has expired");
    if (pyjwt == QLatin1String("ImmatureSignatureError"))
        return Text::tr("the token is not valid yet");
    if (pyjwt == QLatin1String("InvalidIssuedAtError"))
        return Text::tr("the token was issued in the future");
    if (pyjwt == QLatin1String("InvalidIssuerError"))
        return Text::tr("the issuer is not the expected one");
    if (pyjwt == QLatin1String("InvalidAudienceError"))
        return Text::tr("the audience is not the expected one");
    if (pyjwt == QLatin1String("InvalidAlgorithmError"))
        return Text::tr("the algorithm is not allowed");
    if (pyjwt == QLatin1String("InvalidSignatureError"))
        return Text::tr("the signature does not verify");
    return Text::tr("the token is malformed");
}

} // namespace

namespace ModelValidation {

VerifyOptions options(const TokenModel::Validation &validation, double now, qint64 leeway)
{
    VerifyOptions options;
    if (validation.isEmpty())
        return options;
    for (const QString &name : validation.algorithms) {
        if (const std::optional<Algorithm> alg = Algorithms::fromName(name))
            options.allowed << *alg;
    }
    ClaimsPolicy &claims = options.claims.emplace();
    claims.now = now;
    claims.leeway = leeway;
    if (!validation.issuer.isEmpty())
        claims.issuer = validation.issuer;
    if (!validation.audience.isEmpty())
        claims.audience = validation.audience;
    claims.required = validation.required;
    return options;
}

QList<TokenModel::ValidationFailure> failures(const TokenModel::Validation &validation,
                                              const TokenVerdict &verdict)
{
    QList<TokenModel::ValidationFailure> result;
    if (validation.isEmpty())
        return result;
    for (const CheckFailure &f : verdict.failures) {
        // The signature's own failure is the badge's reason already.
        if (f.check == QLatin1String("signature") || f.check == QLatin1String("token"))
            continue;
        result.append({f.check, plainWords(f.check, f.pyjwt), f.pyjwt});
    }
    return result;
}

void apply(Badge &badge, const QList<TokenModel::ValidationFailure> &failures)
{
    if (failures.isEmpty())
        return;
    QStringList lines;
    for (const TokenModel::ValidationFailure &f : failures)
        lines << Text::tr("%1 (%2)").arg(f.text, f.pyjwt);
    const QString joined = lines.join(QLatin1String("; "));
    if (badge.state == TokenModel::VerifyState::Verified) {
        badge.state = TokenModel::VerifyState::Invalid;
        badge.reason = Text::tr("%1, but the token fails validation: %2").arg(badge.reason, joined);
    } else {
        badge.reason = Text::tr("%1; validation: %2").arg(badge.reason, joined);
    }
}

} // namespace ModelValidation
