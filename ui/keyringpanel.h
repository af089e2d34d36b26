// SPDX-License-Identifier: MIT
#pragma once

#include "sessionkeys.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class TokenModel;

/// The key ring panel (a dock, View menu): every key of the session (SessionKeys) with its
/// type and size, kid, alg, RFC 7638 thumbprint, source and whether it is private, trusted
/// and picked for signing. Remove, Copy as PEM / JWK / public only / thumbprint, Use for
/// Signing, and ways to add keys: Fetch Keys… (fetchRequested()), a key file, the clipboard.
///
/// The ring is the window's (shared by its tabs); the model is the current tab's, for the
/// line that says which key verified its token: setModel() rebinds it.
class KeyRingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KeyRingPanel(SessionKeys *keys, QWidget *parent = nullptr);
    ~KeyRingPanel() override;

    void setModel(TokenModel *model);
    TokenModel *model() const { return m_model; }
    SessionKeys *sessionKeys() const { return m_keys; }

    /// Adds the keys of @p text; asks for the passphrase of an encrypted PEM (kept only for
    /// this load). Returns how many keys joined, 0 with a message shown when none did.
    int addKeyText(const QByteArray &text, SessionKeys::Source source, const QString &location);
    /// Reads the key file @p path into the ring (addKeyText()).
    int addKeyFile(const QString &path);

    /// The id of the selected entry, 0 for none.
    int selectedId() const;
    void select(int id);
    /// Copies the selected entry in @p form to the clipboard; false when it has no such form.
    bool copySelected(SessionKeys::Form form);

    /// Asks for a passphrase (a password field); std::nullopt when the user cancels. The
    /// window's tests replace it.
    using PassphrasePrompt
            = std::function<std::optional<QString>(QWidget *parent, const QString &label)>;
    void setPassphrasePrompt(PassphrasePrompt prompt);

signals:
    /// Fetch Keys… was pressed (the window opens its dialog).
    void fetchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateButtons();
    void updateStatus();
    void showMessage(const QString &text);

    QPointer<SessionKeys> m_keys;
    QPointer<TokenModel> m_model;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_fetchButton = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_pasteButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QPushButton *m_signButton = nullptr;
    PassphrasePrompt m_prompt;
};
