// SPDX-License-Identifier: MIT
#pragma once
// Private to app/crypto (the verifier): the PyJWT names of a verdict's failures.

#include "verifier.h"

#include <QList>

/// What failed in @p verdict (decided but for its failures), each check named as PyJWT 2.6
/// names its exception, in the order PyJWT checks: the token, the algorithm, the signature,
/// then the claims (ClaimsReport::failures is in PyJWT's order already).
QList<CheckFailure> pyjwtFailures(const TokenVerdict &verdict);
