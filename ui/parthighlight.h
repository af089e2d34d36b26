// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QObject>

#include <optional>

class JsonPane;
class SignaturePane;
class TokenEditor;

/// Keeps one token part highlighted across the window: the token editor tints its characters
/// and its pane draws a frame. The part is the one the Learn view asked for, until the user
/// moves; else the one under the mouse in the token; else the one where the keyboard focus is,
/// once the user has pressed a key or a mouse button (the window does not light up the
/// signature just because it opened).
class PartHighlight : public QObject
{
    Q_OBJECT
public:
    PartHighlight(TokenEditor *token, JsonPane *header, JsonPane *payload, SignaturePane *signature,
                  QObject *parent = nullptr);
    ~PartHighlight() override;

    /// Highlights @p part until the user moves (the Learn view's request).
    void request(TokenPart part);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onUserMoved();
    void update();

    TokenEditor *m_token;
    JsonPane *m_header;
    JsonPane *m_payload;
    SignaturePane *m_signature;
    std::optional<TokenPart> m_requested;
    bool m_userActed = false;
};
