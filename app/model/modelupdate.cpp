// SPDX-License-Identifier: MIT
#include "modelupdate.h"

#include "claimslist.h"

namespace {

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.severity == b.severity && a.id == b.id && a.part == b.part && a.message == b.message
            && a.reference == b.reference;
}

bool sameReport(const ClaimsReport &a, const ClaimsReport &b)
{
    if (a.time != b.time || a.issuerOk != b.issuerOk || a.audienceOk != b.audienceOk
        || a.errors != b.errors || a.times.size() != b.times.size())
        return false;
    for (qsizetype i = 0; i < a.times.size(); ++i) {
        const TimeClaim &x = a.times.at(i);
        const TimeClaim &y = b.times.at(i);
        if (x.name != y.name || x.raw != y.raw || x.status != y.status
            || x.looksLikeMilliseconds != y.looksLikeMilliseconds)
            return false;
    }
    return true;
}

bool sameSegment(const TokenModel::SegmentRange &a, const TokenModel::SegmentRange &b)
{
    return a.part == b.part && a.start == b.start && a.length == b.length;
}

template<typename T, typename Eq> bool sameList(const QList<T> &a, const QList<T> &b, Eq eq)
{
    if (a.size() != b.size())
        return false;
    if (a.constData() == b.constData())
        return true; // shared: a clock tick that changed no claim leaves the list as it was
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!eq(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

} // namespace

ModelSnapshot ModelSnapshot::of(const TokenModel &model)
{
    ModelSnapshot s;
    s.token = model.token();
    s.headerText = model.headerText();
    s.payloadText = model.payloadText();
    s.algorithm = model.algorithm();
    s.segments = model.segments();
    s.signature = model.signatureText();
    s.errors[0] = model.tokenError();
    s.errors[1] = model.headerError();
    s.errors[2] = model.payloadError();
    s.errors[3] = model.signatureError();
    s.errors[4] = model.keyError();
    s.state = model.verifyState();
    s.reason = model.verifyReason();
    s.keyDescription = model.keyDescription();
    s.encryption = model.encryption();
    s.claims = model.claims();
    s.report = model.claimsReport();
    s.findings = model.findings();
    return s;
}

ModelChanges changesBetween(const ModelSnapshot &was, const ModelSnapshot &now)
{
    ModelChanges changes;
    if (now.token != was.token)
        changes |= ModelChange::Token;
    if (now.headerText != was.headerText)
        changes |= ModelChange::HeaderText;
    if (now.payloadText != was.payloadText)
        changes |= ModelChange::PayloadText;
    if (now.algorithm != was.algorithm)
        changes |= ModelChange::Algorithm;
    bool structure
            = !sameList(now.segments, was.segments, sameSegment) || now.signature != was.signature;
    for (int i = 0; i < 5; ++i)
        structure = structure || now.errors[i] != was.errors[i];
    if (structure)
        changes |= ModelChange::Structure;
    if (now.state != was.state || now.reason != was.reason
        || now.keyDescription != was.keyDescription || now.encryption != was.encryption)
        changes |= ModelChange::Verification;
    if (!sameList(now.claims, was.claims, ClaimsList::same) || !sameReport(now.report, was.report))
        changes |= ModelChange::Claims;
    if (!sameList(now.findings, was.findings, sameFinding))
        changes |= ModelChange::Findings;
    return changes;
}

TokenModelUpdate::TokenModelUpdate(TokenModel *model)
    : m_model(model)
    , m_before(ModelSnapshot::of(*model))
{ }

TokenModelUpdate::~TokenModelUpdate()
{
    const ModelSnapshot now = ModelSnapshot::of(*m_model);
    const ModelChanges changes = changesBetween(m_before, now);
    if (changes & ModelChange::Token)
        emit m_model->tokenChanged(now.token);
    if (changes & ModelChange::HeaderText)
        emit m_model->headerTextChanged(now.headerText);
    if (changes & ModelChange::PayloadText)
        emit m_model->payloadTextChanged(now.payloadText);
    if (changes & ModelChange::Algorithm)
        emit m_model->algorithmChanged();
    if (changes & ModelChange::Structure)
        emit m_model->structureChanged();
    if (changes & ModelChange::Verification)
        emit m_model->verificationChanged();
    if (changes & ModelChange::Claims)
        emit m_model->claimsChanged();
    if (changes & ModelChange::Findings)
        emit m_model->findingsChanged();
}
