// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QFrame>

#include <optional>

class CrackPanel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class KeyEditor;
class QPushButton;
class QTimer;
class QToolButton;
class QScrollArea;

/// The signature pane: algorithm, signing formula, the secret (text or base64) or a key
/// editor (PEM, certificate, JWK, JWKS), the verification badge with its reason, Sign and
/// "Re-sign on edit", and the findings. Bound to the model directly.
class SignaturePane : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(bool highlighted READ isHighlighted WRITE setHighlighted)

public:
    explicit SignaturePane(TokenModel *model, QWidget *parent = nullptr);
    ~SignaturePane() override;

    /// Puts key material into the matching editor (and the model), showing its page.
    void setKeyInput(TokenModel::KeyInput input, const QString &text);
    /// Opens a file dialog and loads the chosen key file.
    void loadKeyFile();
    /// Loads key text from @p path; false (with a message shown) when it cannot be read.
    bool loadKeyFile(const QString &path);

    QString badgeText() const;
    static QString stateText(TokenModel::VerifyState state);

    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool on);

    /// Sends a pending key edit to the model now.
    void flush();

signals:
    /// The user moved into the pane (the window highlights the signature segment).
    void cursorActivity();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();
    void updateColors();
    void reserveReasonLines();
    void updateKeyNotice();
    void syncAlgorithm();
    void syncKey();
    void syncStructure();
    void syncVerification();
    void syncFindings();
    void onAlgorithmActivated(int index);
    void pushKey();
    void showKeyPage(bool keyEditor);
    void onSecretGuessed(const QByteArray &secret);

    TokenModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_signatureText = nullptr;
    QLabel *m_signatureError = nullptr;
    QLabel *m_algorithmLabel = nullptr;
    QComboBox *m_algorithm = nullptr;
    QLabel *m_formula = nullptr;
    QWidget *m_secretPage = nullptr;
    QWidget *m_keyPage = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_secretBase64 = nullptr;
    QLabel *m_keyLabel = nullptr;
    KeyEditor *m_keyEdit = nullptr;
    QLabel *m_keyNotice = nullptr;
    QPushButton *m_loadKey = nullptr;
    QLabel *m_keyDescription = nullptr;
    QLabel *m_keyError = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_sign = nullptr;
    QCheckBox *m_resign = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QScrollArea *m_findings = nullptr;
    QToolButton *m_crackToggle = nullptr;
    CrackPanel *m_crackPanel = nullptr;
    QTimer *m_keyDebounce = nullptr;
    std::optional<bool> m_hmacPage;
    bool m_highlighted = false;
};
