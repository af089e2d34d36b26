// SPDX-License-Identifier: MIT
#pragma once

#include "keyfetch.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class TokenModel;

/// Tools → Fetch Keys… (and the token's jku or x5u, untrusted): the issuer or JWKS URL,
/// prefilled from the token's iss (or jku, x5u), the exact URLs that will be contacted shown before
/// anything is sent, an optional CA file, progress and Cancel, each failure's message. Fetched keys
/// join the session's key ring with their URL; Refresh fetches again. The URLs fetched are
/// remembered as recent entries (URLs only).
class FetchKeysDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Keys, ///< an issuer's keys or a JWKS URL the user gives
        TokenJku, ///< the token's own jku: its keys are untrusted
        TokenX5u, ///< the token's own x5u (a certificate chain): its key is untrusted
    };

    FetchKeysDialog(SessionKeys *keys, TokenModel *model, Mode mode, QWidget *parent = nullptr);
    ~FetchKeysDialog() override;

    /// The token's iss (or jku, x5u) in the field; the recent URLs below it.
    void setModel(TokenModel *model);

    KeyFetch::Plan plan() const;
    /// @p url in the field and Fetch pressed, as the user does. False, with the reason shown
    /// in the dialog and in @p error, for a URL keys cannot be fetched from (nothing is sent).
    bool fetchFrom(const QString &url, QString *error = nullptr);
    KeyFetch *fetch() const { return m_fetch; }
    /// Per request, in milliseconds (the tests' slow server).
    void setTimeout(int ms);

    /// The token's jku or x5u header value, empty when it has none.
    static QString tokenUrl(const TokenModel &model, const QString &member);
    /// The header member a token-URL mode fetches ("jku", "x5u"); empty for Keys.
    static QString memberOf(Mode mode);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void updatePlan();
    void start(bool refresh);
    void setRunning(bool running);
    void log(const QString &line);

    QPointer<TokenModel> m_model;
    KeyFetch *m_fetch = nullptr;
    Mode m_mode = Mode::Keys;
    QString m_lastUrl; ///< fetched last (Refresh)
    QLabel *m_intro = nullptr;
    QComboBox *m_url = nullptr;
    QRadioButton *m_issuer = nullptr;
    QRadioButton *m_jwks = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_log = nullptr;
    QPushButton *m_fetchButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
