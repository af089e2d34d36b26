// SPDX-License-Identifier: MIT
#pragma once

#include "secretguesser.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class TokenModel;

/// "Guess the secret" for HS256/HS384/HS512 tokens, for testers of their own systems: tries
/// the built-in list of common secrets, then the user's wordlist, on every core (a
/// SecretGuesser per search),
/// showing progress, rate and elapsed time, with Cancel, and the hit with "Use this secret".
///
/// Contract:
/// - A token SecretGuesser refuses (not HS*, a signature of the wrong size) disables the panel and
///   says why (state Unavailable).
/// - A change of the model's token abandons a running search (it is cancelled, and what it
///   reports afterwards is ignored) and clears a hit, which belonged to the old token.
/// - Closing the window (the panel hidden with it) cancels the search; destroying the panel
///   cancels and waits for it. Collapsing the panel alone does not stop it.
/// - The found secret goes to the widgets and to secretChosen() only: never to a log or to
///   the settings.
class CrackPanel : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Ready, ///< an HS* token, no search yet (or the last one was for another token)
        Unavailable, ///< the token has no secret to guess (see reasonText())
        Running,
        Found,
        NotFound,
        Cancelled,
        Failed, ///< the wordlist cannot be read
    };
    Q_ENUM(State)

    explicit CrackPanel(TokenModel *model, QWidget *parent = nullptr);
    /// Cancels a running search and waits for it (a few milliseconds).
    ~CrackPanel() override;

    State state() const { return m_state; }
    bool isRunning() const;
    /// Why the current token cannot be guessed; empty when it can.
    QString reasonText() const;

    /// The wordlist tried after the built-in list; empty for the built-in list only.
    QString wordlist() const { return m_wordlist; }
    void setWordlist(const QString &path);
    /// Opens a file dialog and sets the chosen wordlist.
    void chooseWordlist();

    /// Starts a search of the model's token (the Start button). False when none can start.
    bool start();
    /// Stops the running search (the Cancel button); it finishes as Cancelled.
    void cancel();

signals:
    void stateChanged(CrackPanel::State state);
    /// The user asked to verify with the found secret ("Use this secret").
    void secretChosen(const QByteArray &secret);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void updateColors();
    void onTokenChanged();
    void onProgress(const SecretGuesser::Progress &progress);
    void onFinished(const SecretGuesser::Result &result);
    /// Abandons the running search: it is cancelled, reports nothing more and deletes
    /// itself when done.
    void abandonSearch();
    void clearHit();
    void setState(State state);
    void showStatus();
    void showStats(qint64 tried, double rate, double seconds);

    TokenModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_wordlistLabel = nullptr;
    QPushButton *m_chooseWordlist = nullptr;
    QPushButton *m_clearWordlist = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_hit = nullptr;
    QPushButton *m_use = nullptr;

    QPointer<SecretGuesser> m_guesser; ///< the search whose reports are shown
    State m_state = State::Ready;
    QString m_wordlist;
    QString m_refusal;
    SecretGuesser::Result m_result; ///< of the last finished search
    qint64 m_tried = 0; ///< by the running search, as last reported
    struct Stats
    {
        qint64 tried = 0;
        double rate = 0;
        double seconds = 0;
    };
    Stats m_stat; ///< the figures shown, kept to show them again in another language
    bool m_statsShown = false;
};
