// SPDX-License-Identifier: MIT
#pragma once

#include "boundedfile.h"
#include "partcolors.h"
#include "tokenmodel.h"

#include <QFrame>

#include <memory>
#include <optional>

namespace Ui {
class SignaturePane;
}
class CrackPanel;
class QAction;
class QTimer;

/// The signature pane: algorithm, signing formula, the secret (text or base64) or a key
/// editor (PEM, certificate, JWK, JWKS), the verification badge with its reason, Sign and
/// "Re-sign on edit", the findings and "Guess the secret". Bound to the model directly; the
/// static form is signaturepane.ui.
class SignaturePane : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(bool highlighted READ isHighlighted WRITE setHighlighted)

public:
    explicit SignaturePane(TokenModel *model, QWidget *parent = nullptr);
    ~SignaturePane() override;

    /// Puts key material into the matching editor (and the model), showing its page.
    /// A button in the key row for @p action (the window's Fetch Keys…).
    void addKeyAction(QAction *action);
    void setKeyInput(TokenModel::KeyInput input, const QString &text,
                     TokenModel::KeyOrigin origin = TokenModel::KeyOrigin::User);
    /// Key material a user entered in another tab (the window shares keys across tabs): fills
    /// the matching field (the secret field, or the key editor) without switching pages; the
    /// model gets it when that page is the one shown. A sample secret shown here stays: it
    /// belongs to the sample token. Emits no keyEdited().
    void setSharedKey(TokenModel::KeyInput input, const QString &text);
    /// Opens a file dialog and loads the chosen key file.
    void loadKeyFile();
    /// Loads key text from @p path; false (with a message shown) when it cannot be read. A
    /// FIFO (`--key <(…)`) is read in the background, for at most BoundedFile's wait, while
    /// the window goes on: true, and the key (or why there is none) comes when it has been
    /// read. A later call replaces a read still under way.
    bool loadKeyFile(const QString &path);
    /// Moves the focus to the secret field or the key editor, whichever is shown.
    void focusKeyInput();

    QString badgeText() const;
    /// The badge's words for @p state; @p origin names whose key re-signed the token.
    static QString stateText(TokenModel::VerifyState state,
                             TokenModel::KeyOrigin origin = TokenModel::KeyOrigin::User);
    /// The badge's colour for @p state (the tabs' state dots use it too).
    static PartColors::Status statusOf(TokenModel::VerifyState state);
    /// The badge's words for an encrypted token ("Cannot decrypt", …).
    static QString jweStateText(TokenModel::VerifyState state);

    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool on);

    /// Sends a pending key edit to the model now.
    void flush();

signals:
    /// The user changed the key material (typed it, loaded, generated or guessed it, or
    /// setKeyInput()): what the window shares with its other tabs; @p origin Sample for the
    /// sample's public secret, which is never shared.
    void keyEdited(TokenModel::KeyInput input, const QString &text, TokenModel::KeyOrigin origin);
    /// The user moved into the pane (the window highlights the signature segment).
    void cursorActivity();
    /// A key file that needs a passphrase was chosen: the window asks for it and puts the key
    /// into the key ring (the key field stays as it was).
    void encryptedKeyLoaded(const QByteArray &text, const QString &fileName);
    /// A key file was read into the key editor (keyEdited() follows with its text): the
    /// window's key ring lists its keys under the file's name.
    void keyFileLoaded(const QByteArray &text, const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// Shows what reading the key file @p path gave: its key, or why there is none.
    bool applyKeyFile(const QString &path, const BoundedFile::Result &read);
    void retranslateUi();
    void updateColors();
    void reserveReasonLines();
    void updateKeyNotice();
    void setKeyFileWaitedFor(const QString &path);
    void syncAlgorithm();
    void syncKey();
    void syncStructure();
    void syncVerification();
    void syncFindings();
    void onAlgorithmChanged(int index);
    /// A JWE: the pane is about its encryption (alg, enc, the key that decrypts,
    /// Re-encrypt); false for a JWS, which the other syncs show. A nested token's layers are
    /// the tab's breadcrumb (TokenTab, LayerBar).
    bool syncEncryption();
    void pushKey();
    void showKeyPage(bool keyEditor);
    void onSecretGuessed(const QByteArray &secret);

    const std::unique_ptr<Ui::SignaturePane> m_ui;
    TokenModel *m_model = nullptr;
    CrackPanel *m_crackPanel = nullptr;
    QTimer *m_keyDebounce = nullptr;
    std::optional<bool> m_hmacPage;
    /// Whose secret the secret field shows (the sample's until the user changes it).
    TokenModel::KeyOrigin m_secretOrigin = TokenModel::KeyOrigin::User;
    bool m_highlighted = false;
    bool m_jweShown = false; ///< the pane shows a JWE's encryption
    bool m_keyEditPending = false; ///< the fields changed: the next pushKey() is an edit
    /// A FIFO or pipe being read in the background: the key notice says it is waited for.
    QString m_keyFileWaitedFor;
    int m_keyFileRead = 0; ///< counts loadKeyFile() calls: a FIFO read late and replaced is dropped
};
