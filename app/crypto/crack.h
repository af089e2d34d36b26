// SPDX-License-Identifier: MIT
#pragma once

#include "findings.h"
#include "token.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

/// Guesses the secret of an HS256/HS384/HS512 token: the built-in list of common secrets
/// (Findings::commonSecrets(), and the empty secret), then a wordlist file, one candidate per
/// line (a trailing "\r" is dropped, empty lines are skipped). The wordlist is memory-mapped
/// and shared out in chunks to one worker per core; each worker keeps its own HMAC context
/// and re-keys it per candidate.
///
/// Two ways to use it:
/// - run(): blocks the calling thread (which only reports progress) while the workers search;
///   for the command line.
/// - start() on an object: runs the same search on a background thread and reports through
///   progressChanged() and finished(), delivered queued to receivers in other threads; for
///   the GUI. cancel(), isRunning(), wait() and result() may be called from any thread.
///
/// A found secret is returned to the caller only; nothing here logs or stores it.
class Crack : public QObject
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

    struct Options
    {
        QString wordlist; ///< path of a wordlist file; empty: built-in list only
        int threads = 0; ///< workers; 0: QThread::idealThreadCount()
        bool commonSecrets = true; ///< try the built-in list first
        int progressIntervalMs = 200;
    };

    struct Progress
    {
        qint64 tried = 0; ///< candidates tried so far
        qint64 bytesDone = 0; ///< of the wordlist
        qint64 bytesTotal = 0; ///< size of the wordlist (0 when unknown, e.g. a pipe)
        double seconds = 0; ///< since the start
        double rate = 0; ///< candidates per second
    };

    struct Result
    {
        Outcome outcome = Outcome::NotFound;
        QByteArray secret; ///< the secret when Found (may be empty: the empty secret)
        qint64 tried = 0;
        double seconds = 0;
        QString error; ///< why, for Refused and Failed (translatable)
        bool found() const { return outcome == Outcome::Found; }
    };

    explicit Crack(QObject *parent = nullptr);
    /// Cancels a running search and waits for it.
    ~Crack() override;

    /// Why @p token cannot be cracked (not a JWS, not HS*, signature not the hash's size),
    /// or empty when it can.
    static QString refusal(const Token &token);

    /// Tries the built-in list and the empty secret on the calling thread (well under a
    /// millisecond). Empty optional when none matches or the token is refused.
    static std::optional<QByteArray> tryCommonSecrets(const Token &token);

    /// The "weak-secret" finding when tryCommonSecrets() finds the secret, else nothing.
    static QList<Finding> weakSecretFindings(const Token &token);

    /// Signing inputs up to this size get the built-in list tried as a side effect of
    /// showing a token (decode, the window): ~450 HMACs over 64 KiB stay within ~20 ms, while
    /// a 10 MiB token would take seconds. `jwtlens lint` and crack try every token.
    static constexpr qsizetype QuickCheckMaxInput = 64 * 1024;
    /// weakSecretFindings() when the signing input is at most QuickCheckMaxInput, else nothing.
    static QList<Finding> quickWeakSecretFindings(const Token &token);

    /// Searches synchronously. @p progress is called on the calling thread about every
    /// options.progressIntervalMs and once at the end; @p cancel, when given, stops the
    /// search as soon as it turns true (within a few milliseconds).
    static Result run(const Token &token, const Options &options,
                      const std::function<void(const Progress &)> &progress = {},
                      const std::atomic<bool> *cancel = nullptr);

    /// Starts run() on a background thread. Returns false (and emits nothing) when a search
    /// is already running. A refused token finishes at once with Outcome::Refused.
    bool start(const Token &token, const Options &options);
    void cancel();
    bool isRunning() const;
    /// Waits for the running search, at most @p msecs (-1: no limit). True when none runs.
    bool wait(int msecs = -1);
    /// The result of the last finished search.
    Result result() const;

signals:
    void progressChanged(const Crack::Progress &progress);
    void finished(const Crack::Result &result);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

Q_DECLARE_METATYPE(Crack::Progress)
Q_DECLARE_METATYPE(Crack::Result)
