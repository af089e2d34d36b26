// SPDX-License-Identifier: MIT
#include "claimslist.h"

#include "registry.h"
#include "timetext.h"

#include <cmath>

namespace {

void updateTime(TokenModel::Claim &c, const Json::Member &m, const ClaimsReport &report, double now)
{
    c.status = TimeStatus::Valid;
    c.utc = QDateTime();
    c.relative.clear();
    c.looksLikeMilliseconds = false;
    const TimeClaim *checked = nullptr;
    for (const TimeClaim &t : report.times) {
        if (t.name == m.name)
            checked = &t; // the last one: duplicates resolve to the last (§4)
    }
    if (checked && checked->raw == m.raw) {
        c.status = checked->status;
        c.looksLikeMilliseconds = checked->looksLikeMilliseconds;
        if (checked->isNumber) {
            c.utc = checked->utc();
            c.relative = TimeText::relative(m.name, checked->seconds, now, c.status);
        }
    } else if (m.isNumber()) {
        const double seconds = m.number();
        c.looksLikeMilliseconds = std::fabs(seconds) >= 1e11;
        c.utc = TimeText::utcOf(seconds);
        c.relative = TimeText::relative(m.name, seconds, now, c.status);
    } else {
        c.status = TimeStatus::Malformed;
    }
}

} // namespace

void ClaimsList::build(const Json::Object &payload, QList<TokenModel::Claim> &claims,
                       QList<qsizetype> &times)
{
    claims.clear();
    times.clear();
    if (!payload.isObject)
        return;
    claims.reserve(payload.members.size());
    for (const Json::Member &m : payload.members) {
        TokenModel::Claim c;
        c.name = m.name;
        c.raw = m.raw;
        const std::optional<Registry::Entry> entry
                = Registry::find(Registry::Place::Payload, m.name);
        c.meaning = entry ? entry->title : QString();
        c.isTime = entry && entry->isNumericDate;
        if (c.isTime)
            times.append(claims.size());
        claims.append(std::move(c));
    }
}

bool ClaimsList::same(const TokenModel::Claim &a, const TokenModel::Claim &b)
{
    return a.name == b.name && a.raw == b.raw && a.meaning == b.meaning && a.isTime == b.isTime
            && a.status == b.status && a.utc == b.utc && a.relative == b.relative
            && a.looksLikeMilliseconds == b.looksLikeMilliseconds;
}

void ClaimsList::take(QList<TokenModel::Claim> claims, QList<qsizetype> times)
{
    // Moved, not shared: setting the times must not copy a list of 300 000 claims.
    m_claims = std::move(claims);
    m_times = std::move(times);
    m_taken = true;
}

void ClaimsList::update(const Json::Object &payload, const std::optional<Problem> &problem,
                        double now, qint64 leeway)
{
    if (!m_taken)
        build(payload, m_claims, m_times);
    m_taken = false;
    updateTimes(payload, problem, now, leeway);
}

void ClaimsList::updateTimes(const Json::Object &payload, const std::optional<Problem> &problem,
                             double now, qint64 leeway)
{
    if (payload.isObject && payload.members.size() != m_claims.size())
        build(payload, m_claims, m_times);
    ClaimsPolicy policy;
    policy.now = now;
    policy.leeway = leeway;
    if (problem) {
        // Meant as a claims set, and not one: its times cannot be read (the verdict says so).
        m_report = ClaimsReport();
        m_report.time = TimeStatus::Malformed;
        m_report.errors.append(problem->message);
        return;
    }
    m_report = checkClaims(payload, policy);
    if (!payload.isObject)
        return;
    for (const qsizetype i : std::as_const(m_times)) {
        TokenModel::Claim updated = m_claims.at(i);
        updateTime(updated, payload.members.at(i), m_report, now);
        if (!same(updated, m_claims.at(i)))
            m_claims[i] = std::move(updated);
    }
}
