// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlError;

/// The tokens the user opened, kept between runs when they turned the history on (off by
/// default; Settings::historyEnabled() remembers the choice). An SQLite file (QtSql,
/// QSQLITE) holds, per token: the token text, the tab title and the time it was opened.
///
/// Never a secret, a key or a password: add() takes a token and a title and nothing else,
/// and refuses text that is not a well-formed JWS or JWE (a secret or a PEM key pasted by
/// mistake is not a token). A token is a credential all the same: the file is made readable
/// by its owner only, deleted entries are overwritten (`PRAGMA secure_delete`) and the
/// write-ahead log is checkpointed and truncated after every delete, so a deleted token is
/// left neither in the file's free pages nor in its -wal file.
///
/// Off, the history writes nothing: add() does nothing, and the file is not opened except
/// to list, reopen or delete what is in it when asked (then nothing is written but the
/// deletion). Turning it off deletes nothing; clear() deletes everything, and the file.
/// Only add() makes the file: listing, reopening and deleting never do, on or off (a list
/// read right after clear() does not bring back the file the user deleted).
///
/// A damaged or locked file is not fatal: the call returns Failed or nullopt, errorString()
/// says what happened in a sentence for the user, and the window goes on without history
/// (the next call tries the file again). Use a History from one thread: a QtSql connection
/// belongs to the thread that made it.
class History
{
    Q_DECLARE_TR_FUNCTIONS(History)

public:
    struct Entry
    {
        qint64 id = 0;
        QByteArray token;
        QString title;
        QDateTime opened; ///< UTC, to the millisecond
        std::optional<QDateTime> expires; ///< the token's `exp`, when it is a number
    };

    enum class Result {
        Done,
        Off, ///< the history is off: nothing was written
        NotExpired, ///< keeping only expired tokens, and this one is not: nothing written
        NotAToken, ///< the text is not a well-formed JWS or JWE: nothing written
        Failed, ///< see errorString()
    };

    /// A history kept in the SQLite file @p databasePath (created when first written).
    /// Nothing is opened or created here.
    explicit History(const QString &databasePath);
    ~History();
    Q_DISABLE_COPY_MOVE(History)

    /// `history.sqlite` in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    QString path() const { return m_path; }

    bool isEnabled() const { return m_enabled; }
    /// Off closes the file; nothing in it is deleted.
    void setEnabled(bool enabled);
    bool keepsOnlyExpired() const { return m_onlyExpired; }
    /// When on, add() keeps a token only when its `exp` has passed (an expired token is a
    /// smaller risk in a file). Tokens already kept stay; removeNotExpired() deletes them
    /// when the user asks.
    void setKeepOnlyExpired(bool onlyExpired) { m_onlyExpired = onlyExpired; }

    /// Records that @p token was opened now, in a tab titled @p title. A token kept before
    /// gets the new time and title instead of a second entry.
    Result add(QByteArrayView token, const QString &title);
    /// Like add(), for the token a tab shows while the user types or edits it: entry
    /// @p *entry (0: none yet) is changed to hold @p token instead of a new entry being added,
    /// so that a token made in steps is kept once, not once per step. What the entry held
    /// before is overwritten and the log checkpointed, as for remove(). When @p token is kept
    /// in another entry already, that entry gets the new time and title and entry @p *entry
    /// is deleted. On Done, *entry is the id of the entry holding @p token when it is this
    /// edit's own, else 0 (the next edit then adds an entry instead of changing one kept
    /// before); an entry deleted meanwhile is added again. On any other result *entry and the
    /// file are unchanged.
    Result addEdited(qint64 *entry, QByteArrayView token, const QString &title);

    /// The entries, most recently opened first. With @p search, only those whose title,
    /// header or payload (decoded) contains it, ignoring case. nullopt when the file cannot
    /// be read (see errorString()); an empty list when there is no file.
    std::optional<QList<Entry>> entries(const QString &search = QString());
    /// The token of entry @p id, to reopen it; nullopt when there is none or on failure.
    std::optional<QByteArray> token(qint64 id);

    Result remove(qint64 id);
    /// Deletes the entries whose token has not expired at @p now (or has no exp).
    Result removeNotExpired(const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Deletes every entry and the file (its -wal and -shm too). A damaged file is deleted
    /// as it is; a file another program holds is left alone (Failed).
    Result clear();

    /// What the last Failed or nullopt was about, as a sentence for the user.
    QString errorString() const { return m_error; }

private:
    enum class Open {
        Ready,
        NoFile, ///< nothing to read: the file does not exist
        Failed,
    };
    /// What add() and addEdited() check first: history on, a token, one the setting keeps,
    /// the file open. Done when the entry may be written, with @p token (canonical), @p exp
    /// and @p now set.
    Result prepareAdd(QByteArrayView text, QByteArray *token, std::optional<double> *exp,
                      QDateTime *now);
    /// Opens the connection; @p create makes the file and its table when missing.
    Open open(bool create);
    void close();
    /// After a read or delete while off, the file is closed again.
    void closeIfOff();
    /// Overwrites the deleted pages and empties the write-ahead log.
    bool checkpoint();
    bool fail(const QSqlError &error);

    QString m_path;
    QString m_connection; ///< unique per History
    bool m_enabled = false;
    bool m_onlyExpired = false;
    bool m_open = false;
    QString m_error;
    int m_failure = 0; ///< SQLite's primary result code of the last failure, 0 for none
};
