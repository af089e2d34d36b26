// SPDX-License-Identifier: MIT
#pragma once

#include "claims.h"
#include "token.h"
#include "tokenmodel.h"

#include <QList>

/// The claims of a payload as the claims view lists them (TokenModel::claims()): every
/// member with its meaning, and for the time claims their status, UTC instant and how far
/// away they are. Built once per token; a tick of the clock sets the time claims only, and
/// writes a claim only when it changes, so that the list stays shared with what was shown
/// (a payload of 300 000 members is not copied on every tick).
class ClaimsList
{
public:
    /// Every member of @p payload (a token's payload, or a JWE's plaintext) as a claim,
    /// without the clock (name, value, meaning); @p times gets where the time claims are in
    /// @p claims.
    static void build(const Json::Object &payload, QList<TokenModel::Claim> &claims,
                      QList<qsizetype> &times);
    /// Whether the two claims show the same.
    static bool same(const TokenModel::Claim &a, const TokenModel::Claim &b);

    /// Claims build() made for the token about to come (on a worker thread): the next
    /// update() only sets their times.
    void take(QList<TokenModel::Claim> claims, QList<qsizetype> times);
    /// The payload changed: its claims, built again (unless taken), checked at @p now.
    /// @p problem: the payload is meant as a claims set and is not one (Token::
    /// claimsSetProblem()): its times cannot be read.
    void update(const Json::Object &payload, const std::optional<Problem> &problem, double now,
                qint64 leeway);
    /// The clock or the leeway moved: the time claims checked again at @p now.
    void updateTimes(const Json::Object &payload, const std::optional<Problem> &problem, double now,
                     qint64 leeway);

    const QList<TokenModel::Claim> &claims() const { return m_claims; }
    const ClaimsReport &report() const { return m_report; }

private:
    QList<TokenModel::Claim> m_claims;
    QList<qsizetype> m_times; ///< where the time claims are in m_claims
    ClaimsReport m_report;
    bool m_taken = false;
};
