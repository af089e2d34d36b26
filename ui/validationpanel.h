// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class TokenModel;

/// The Validation panel (a dock, View menu): what the user's server checks besides the
/// signature — expected iss and aud, allowed algorithms, required claims — fed into the
/// model's verdict, and each check that fails with PyJWT's name beside the plain words.
/// setModel() rebinds it to another tab's model.
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(TokenModel *model, QWidget *parent = nullptr);
    ~ValidationPanel() override;

    void setModel(TokenModel *model);
    TokenModel *model() const { return m_model; }

    /// The failures as shown, one per line.
    QString failuresText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void pushValidation();
    void syncFields();
    void syncFailures();

    QPointer<TokenModel> m_model;
    QLabel *m_issuerLabel = nullptr;
    QLabel *m_audienceLabel = nullptr;
    QLabel *m_algorithmsLabel = nullptr;
    QLabel *m_requiredLabel = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_audience = nullptr;
    QLineEdit *m_algorithms = nullptr;
    QLineEdit *m_required = nullptr;
    QLabel *m_failures = nullptr;
};
