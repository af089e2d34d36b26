// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QWidget>

class TokenModel;

/// The Learn panel: a short lesson built around the live token.
class LearnPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LearnPanel(TokenModel *model, QWidget *parent = nullptr);
    ~LearnPanel() override;

signals:
    /// A paragraph was clicked: the window highlights the pane that shows @p part
    /// (Header, Payload, Signature; Token for the encoded token).
    void highlightRequested(TokenPart part);

private:
    TokenModel *m_model = nullptr;
};
