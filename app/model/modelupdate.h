// SPDX-License-Identifier: MIT
#pragma once

#include "claims.h"
#include "findings.h"
#include "tokenmodel.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

/// What the model shows, as its signals announce it: taken before and after a change to tell
/// which signals the change must send (design.md: "each change emits only the signals of
/// what changed").
struct ModelSnapshot
{
    QString token;
    QString headerText;
    QString payloadText;
    std::optional<Algorithm> algorithm;
    QList<TokenModel::SegmentRange> segments;
    QString signature;
    TokenModel::PartError errors[5]; ///< token, header, payload, signature, key
    TokenModel::VerifyState state = TokenModel::VerifyState::NoKey;
    QString reason;
    QString keyDescription;
    TokenModel::Encryption encryption;
    QList<TokenModel::Claim> claims;
    ClaimsReport report;
    QList<Finding> findings;

    static ModelSnapshot of(const TokenModel &model);
};

/// The signals of TokenModel a change may send, but keyChanged, resignOnEditChanged and
/// clockChanged, which tell of an input and are sent by its setter.
enum class ModelChange {
    Token = 0x1,
    HeaderText = 0x2,
    PayloadText = 0x4,
    Algorithm = 0x8,
    Structure = 0x10,
    Verification = 0x20,
    Claims = 0x40,
    Findings = 0x80,
};
Q_DECLARE_FLAGS(ModelChanges, ModelChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(ModelChanges)

/// The signals that tell what differs between @p before and @p after. Lists still shared
/// with what was shown (a tick of the clock that changed no claim) compare at once.
ModelChanges changesBetween(const ModelSnapshot &before, const ModelSnapshot &after);

/// Takes a snapshot of @p model when made and, when it goes, sends the model's signals of
/// what changed in between (in the order of ModelChange).
class TokenModelUpdate
{
public:
    explicit TokenModelUpdate(TokenModel *model);
    ~TokenModelUpdate();
    TokenModelUpdate(const TokenModelUpdate &) = delete;
    TokenModelUpdate &operator=(const TokenModelUpdate &) = delete;

private:
    TokenModel *const m_model;
    const ModelSnapshot m_before;
};
