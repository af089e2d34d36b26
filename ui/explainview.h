// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class TokenModel;

/// The Explain view: rebuilds the current token step by step with its real bytes.
class ExplainView : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainView(TokenModel *model, QWidget *parent = nullptr);
    ~ExplainView() override;

private:
    TokenModel *m_model = nullptr;
};
