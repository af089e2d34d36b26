// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class History;
class HistoryDialog;
class QWidget;
class Settings;

/// The window's side of the opt-in history (issue 17): the on/off choice (asked with a
/// sentence saying what is kept and that a token is a credential, remembered in Settings),
/// recording each token the user opens, and the History dialog. It owns the History
/// (app/store) so that the window never includes a store header.
///
/// Nothing here ever sees a secret or a key: record() takes the text the user loaded as a
/// token, and History::add() refuses whatever is not a well-formed JWS or JWE. A damaged or
/// locked file is reported through messageRequested() and the window goes on.
class HistoryKeeper : public QObject
{
    Q_OBJECT
public:
    /// @p databasePath: the SQLite file (defaultPath() in the program). The on/off choice
    /// and "keep only expired" come from the user's Settings.
    explicit HistoryKeeper(const QString &databasePath, QWidget *window);
    ~HistoryKeeper() override;

    /// $JWTLENS_HISTORY_FILE when set (tests, portable use), else History::defaultPath().
    static QString defaultPath();
    QString path() const;

    bool isEnabled() const;
    /// Turning on asks the user first (a modal question over the window) unless @p ask is
    /// false; the answer "no" leaves it off. Turning off deletes nothing. Returns whether the
    /// history is on afterwards; enabledChanged() follows a change.
    bool setEnabled(bool on, bool ask = true);
    bool keepsOnlyExpired() const;
    void setKeepOnlyExpired(bool onlyExpired);

    /// Records that the user opened @p token (pasted, dropped, from a file or a template),
    /// titled @p title (empty: titleFor(token)). Does nothing while the history is off.
    /// Returns false when the file could not be written (messageRequested() says why).
    bool record(const QString &token, const QString &title = QString());
    /// Records the token the user made in @p source (a tab) by typing or editing, once it
    /// has settled: one entry per source follows its edits (History::addEdited()) until
    /// forgetEdits(@p source), so that neither a token typed character by character nor
    /// one edited many times fills the history. Does nothing while the history is off.
    bool recordEdited(const QObject *source, const QString &token, const QString &title);
    /// A new token was loaded into @p source: its next edit gets an entry of its own, and
    /// the one its former edits were kept in stays.
    void forgetEdits(const QObject *source);

    /// Shows the History dialog (made on first use, then raised).
    HistoryDialog *showDialog();
    HistoryDialog *dialog() const { return m_dialog; }

    /// The title a token is kept with: "alg · sub", else "alg · iss", else "alg"
    /// ("JWE alg enc" for an encrypted token).
    static QString titleFor(const QString &token);

signals:
    void enabledChanged(bool on);
    /// A line for the window's status bar (a failure of the file, a recorded nothing).
    void messageRequested(const QString &text);
    /// The user asked to open @p token again (History dialog, Reopen).
    void reopenRequested(const QString &token, const QString &title);

private:
    /// The dialog follows a record; a failure is said once per run of failures.
    bool afterRecord(bool failed);

    QWidget *m_window = nullptr;
    const std::unique_ptr<Settings> m_settings;
    const std::unique_ptr<History> m_history;
    QPointer<HistoryDialog> m_dialog;
    /// Per source (a tab): the entry its edits are kept in (History::addEdited()).
    QHash<const QObject *, qint64> m_edits;
    bool m_failureShown = false; ///< one message per run of failures, not one per token
};
