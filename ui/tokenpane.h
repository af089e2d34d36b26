// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class TokenEditor;

/// The encoded token, left in the window: a title, the TokenEditor (coloured by part), the
/// token's error and a notice under it (a long token shown in part, or being decoded), the
/// "nothing leaves this computer" hint and the copy buttons (the window gives them their
/// actions).
///
/// User edits come out through tokenEdited(), coalesced by a 0-ms timer so that a burst of
/// keystrokes makes one model update; a paste that makes a long token comes out at once.
/// The model's token comes in through setToken().
class TokenPane : public QWidget
{
    Q_OBJECT
public:
    explicit TokenPane(QWidget *parent = nullptr);
    ~TokenPane() override;

    TokenEditor *editor() const { return m_editor; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *copyBearerButton() const { return m_copyBearerButton; }

    /// Shows the model's token, with its parts' ranges and the error's offset (-1: none).
    /// False, and nothing shown, while a newer edit of the user's waits to be sent.
    bool setToken(const QString &token, const QList<TokenModel::SegmentRange> &segments,
                  qsizetype errorOffset);
    /// The token's error under the editor; hidden while a long token is decoded, since the
    /// model's error is then about the previous token.
    void setError(const TokenModel::PartError &error, bool decoding);
    /// The notice under the editor: a token of @p length characters being decoded, or shown
    /// in part by the editor; hides the error while decoding.
    void updateNotice(bool decoding, qsizetype length, bool error);

    /// Sends a pending edit now.
    void flush();

signals:
    /// The user made the token @p text (typed, pasted, dropped into the editor).
    void tokenEdited(const QString &text);
    /// Ctrl+V in the read-only excerpt of a long token: the window loads the clipboard.
    void pasteRequested();
    /// A whole token pasted or dropped beside the editor's token: the window loads it.
    void tokenPasted(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEditorTextChanged();
    void emitEdit();

    QLabel *m_title = nullptr;
    TokenEditor *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_copyBearerButton = nullptr;
    QTimer *m_debounce = nullptr;
    /// The token text last exchanged with the model.
    QString m_lastToken;
};
