// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model (it speaks app/crypto's verdict): not for ui/.

#include "badge.h"
#include "tokenmodel.h"
#include "verifier.h"

#include <QList>

/// The Validation panel's checks (TokenModel::Validation) as the one verdict takes them, and
/// what failed, in the verdict's order with PyJWT's names beside the plain words.
namespace ModelValidation {

/// The verdict's options for @p validation at @p now (seconds since the epoch); the default
/// options (no claims checked) when it is empty.
VerifyOptions options(const TokenModel::Validation &validation, double now, qint64 leeway);

/// Each failed check of @p verdict; empty when @p validation is empty.
QList<TokenModel::ValidationFailure> failures(const TokenModel::Validation &validation,
                                              const TokenVerdict &verdict);

/// A verified signature whose token fails the validation is not what the server accepts: the
/// badge says Invalid, with each failure and its PyJWT name.
void apply(Badge &badge, const QList<TokenModel::ValidationFailure> &failures);

} // namespace ModelValidation
