// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class Token;

/// One search for the secret of an HS256/HS384/HS512 token, for testers of their own
/// systems: the built-in list of common secrets (Findings::commonSecrets(), and the empty
/// secret), then a wordlist file (one candidate per line), on every core and off the calling
/// thread (app/crypto's Crack does the work). It reports through progressChanged() and
/// finished(), emitted on the thread it lives in.
///
/// Contract:
/// - A refused token (not HS*, a signature of the wrong size) finishes at once as Refused;
///   an unreadable wordlist as Failed; refusal() says beforehand why a token is refused.
/// - cancel() stops the search within milliseconds; it finishes as Cancelled.
/// - abandon() cancels and goes quiet: nothing more is emitted, reports already on their way
///   included, and the object deletes itself once the search has stopped.
/// - Destroying it cancels the search and waits for it.
/// - The secret found goes to finished() and result() only: never to a log or to disk.
class SecretGuesser : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Found,
        NotFound,
        Cancelled,
        Refused, ///< not an HS* token, or a signature of the wrong size (see error)
        Failed, ///< the wordlist cannot be read (see error)
    };
    Q_ENUM(Outcome)

    struct Progress
    {
        qint64 tried = 0; ///< candidates tried so far
        qint64 bytesDone = 0; ///< of the wordlist
        qint64 bytesTotal = 0; ///< size of the wordlist (0 when unknown or none)
        double seconds = 0; ///< since the start
        double rate = 0; ///< candidates per second
    };

    struct Result
    {
        Outcome outcome = Outcome::NotFound;
        QByteArray secret; ///< the secret when Found (may be empty: the empty secret)
        qint64 tried = 0;
        double seconds = 0;
        QString error; ///< why, for Refused and Failed (translated)
        bool found() const { return outcome == Outcome::Found; }
    };

    explicit SecretGuesser(QObject *parent = nullptr);
    /// Cancels a running search and waits for it (a few milliseconds).
    ~SecretGuesser() override;

    /// Why the secret of @p token cannot be guessed (not a JWS, not HS*, a signature not of
    /// the hash's size), or empty when it can.
    static QString refusal(const Token &token);

    /// Starts searching for the secret of @p token: the built-in list, then @p wordlist (a
    /// file path; empty for the built-in list only). False (and nothing is emitted) when a
    /// search is already running or the object has been abandoned.
    bool start(const Token &token, const QString &wordlist);
    void cancel();
    void abandon();
    bool isRunning() const;
    /// Waits for the running search, at most @p msecs (-1: no limit). True when none runs.
    bool wait(int msecs = -1);
    /// The result of the last finished search.
    Result result() const;

signals:
    /// About every 200 ms while searching, and once at the end.
    void progressChanged(const SecretGuesser::Progress &progress);
    void finished(const SecretGuesser::Result &result);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

Q_DECLARE_METATYPE(SecretGuesser::Progress)
Q_DECLARE_METATYPE(SecretGuesser::Result)
