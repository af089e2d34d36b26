// SPDX-License-Identifier: MIT
#pragma once

#include "codesnippets.h"
#include "negativeset.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class TokenModel;

/// What the window gives app/forge: the open token and the key material as the model reads
/// them (a secret typed as base64 is its bytes), so that the window's tools make from what the
/// panes show, as the command line makes from its arguments. No crypto type crosses here.
namespace ForgeInput {

/// The negative set's input: the model's token (its header and claims), its key (the secret's
/// bytes, or the key text: a private key, or a JWK/JWKS), and its clock. The tester's own
/// inputs — a public key, the URL for jku/x5u, the claims to forge — are the caller's to add.
Forge::NegativeSetInput negativeSet(const TokenModel &model);

/// The code snippet's input for the model's token and key (Forge::codeInput(): the key the
/// token would be verified with). std::nullopt with @p error when @p includeSecret asks for a
/// private key and the window holds only a public one.
std::optional<Forge::CodeInput> code(const TokenModel &model, bool includeSecret, QString *error);

} // namespace ForgeInput

/// Makes the negative set on a worker thread (generating the attacker's RSA key takes a
/// moment), for the "Test Tokens for Your Server" dialog. The set holds tokens and public
/// keys only; the secret of the input is wiped when the set is made.
class NegativeSetMaker : public QObject
{
    Q_OBJECT
public:
    explicit NegativeSetMaker(QObject *parent = nullptr);
    /// Waits for a running start().
    ~NegativeSetMaker() override;

    /// Starts Forge::makeNegativeSet(input); false (and nothing starts) while one runs.
    bool start(Forge::NegativeSetInput input);
    bool isRunning() const;
    /// What the last start() made (or why not); empty before one has finished.
    const Forge::NegativeSet &set() const;

signals:
    /// A start() has ended: set() holds what it made.
    void finished();

private:
    void onFinished();

    struct Private;
    const std::unique_ptr<Private> d;
};
