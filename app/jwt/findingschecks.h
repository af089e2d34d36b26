// SPDX-License-Identifier: MIT
#pragma once

// Private to app/jwt: the three groups of checks Findings::review() runs, in this order, and
// what they share (findings.cpp). Each appends its findings in the order it finds them.

#include "findings.h"
#include "json.h"
#include "token.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Findings::Checks {

/// A value quoted for a one-line message: control characters escaped, long text cut.
QString shown(QStringView text);

/// Appends a finding to @p findings.
void add(QList<Finding> &findings, Finding::Severity severity, const char *id, TokenPart part,
         const QString &message, const char *reference);

/// The header's parameters: alg (or a JWE's alg and enc), typ, cty, crit and b64, and the key
/// references jku, x5u, jwk, x5c and kid (findingsheader.cpp).
void reviewHeader(const Token &token, const Json::Object &header, QList<Finding> &findings);

/// The time claims exp, nbf and iat of a JWS payload (findingsclaims.cpp); @p context.now
/// is set.
void reviewClaims(const Json::Object &payload, const ReviewContext &context,
                  QList<Finding> &findings);

/// Every member name and value of a JWS payload that is JSON, at any depth: sensitive names,
/// card numbers, integers beyond 2^53 (findingscontents.cpp).
void reviewContents(const Token &token, QList<Finding> &findings);

} // namespace Findings::Checks
