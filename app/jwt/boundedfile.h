// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// Reads what the user names — a key, a secret, a token, a wordlist, standard input — with a
/// cap that comes from what is read, never from the size a file claims (a device says 0,
/// /dev/zero never ends): the one way JWT Lens reads input (issue 12). Regular files, FIFOs,
/// pipes and devices are all read the same way; a FIFO is opened without blocking and waited
/// for at most a stated time, so that `--secret-file <(pass show …)` works and a FIFO with no
/// writer gives up with a clear error instead of hanging.
namespace BoundedFile {

/// The caps, per kind of input.
constexpr qint64 KeyCap = 16 * 1024 * 1024; ///< key, secret and passphrase files (beyond any JWKS)
constexpr qint64 PasswordCap = 1024 * 1024; ///< a PBES2 password file
constexpr qint64 TokenCap = 16 * 1024 * 1024; ///< one token or payload (a file or standard input)
constexpr qint64 BatchCap = 1024 * 1024 * 1024; ///< many tokens, one per line (verify, batches)
constexpr qint64 TextCap = 256 * 1024 * 1024; ///< text searched for tokens (a HAR file, a log)
constexpr qint64 LineCap = 1024 * 1024; ///< one line of a wordlist (no secret is that long)
/// How long a FIFO may stay silent (no writer yet, or no more data) before giving up.
constexpr int DefaultWaitMs = 10000;
/// For standard input: a pipe from a slow program is waited for as long as it takes.
constexpr int WaitForever = -1;

/// A cap in words: "16 MiB", "1 GiB", "4096 bytes".
QString capText(qint64 cap);

struct Result
{
    enum class Status {
        Read,
        NoSuchFile, ///< the path names nothing (or cannot name anything: too long)
        Directory,
        TooLarge, ///< more than the cap (a device such as /dev/zero)
        TimedOut, ///< a FIFO stayed silent for the wait
        Failed, ///< any other error (error says it)
    };
    Status status = Status::Failed;
    QByteArray data; ///< what was read (Read only)
    QString error; ///< translated, one line, naming the file (and the cap); empty when Read

    bool ok() const { return status == Status::Read; }
};

/// An open file (or standard input) read in pieces: for input that has no cap as a whole,
/// such as a wordlist, whose lines are capped by the reader instead.
class Stream
{
public:
    /// Opens @p fileName for reading without blocking (a FIFO without a writer does not
    /// block); reads wait up to @p waitMs for a FIFO that has nothing to say yet.
    explicit Stream(const QString &fileName, int waitMs = DefaultWaitMs);
    /// Standard input, named "standard input" in errors; never closed, never made
    /// non-blocking (its file description is shared with the shell), waited for forever.
    static Stream standardInput();
    ~Stream();
    Stream(const Stream &) = delete;
    Stream &operator=(const Stream &) = delete;

    bool isOpen() const { return m_fd >= 0; }
    /// Read while open; the reason after a failed open or read.
    Result::Status status() const { return m_status; }
    QString error() const { return m_error; }
    /// A regular file (which may be mapped through descriptor()).
    bool isRegular() const { return m_regular; }
    /// The size a regular file says it has (for progress and mapping), else 0.
    qint64 regularSize() const { return m_regularSize; }
    int descriptor() const { return m_fd; }
    QString name() const { return m_name; }

    /// Reads at most @p max bytes into @p data: the count, 0 at the end, -1 after an error or
    /// a silent FIFO (status() and error() say which).
    qint64 read(char *data, qint64 max);
    /// Reads the rest, at most @p cap bytes: TooLarge (with the cap in the error) past it.
    Result readAll(qint64 cap);

private:
    Stream(int descriptor, const QString &name); ///< standard input: borrowed, blocking
    qint64 fail(Result::Status status, const QString &error);

    int m_fd = -1;
    bool m_own = true;
    bool m_nonBlocking = true;
    bool m_fifo = false;
    bool m_regular = false;
    qint64 m_regularSize = 0;
    qint64 m_total = 0;
    int m_waitMs = DefaultWaitMs;
    QString m_name;
    Result::Status m_status = Result::Status::Read;
    QString m_error;
};

/// Whether reading @p fileName may wait, up to the wait, for a writer: a FIFO or a socket. A
/// window reads such a file off its GUI thread, so that it stays responsive meanwhile.
bool mayWait(const QString &fileName);

/// Reads @p fileName whole, at most @p cap bytes; waits up to @p waitMs for a FIFO or pipe
/// that has nothing to read yet.
Result read(const QString &fileName, qint64 cap, int waitMs = DefaultWaitMs);

/// Reads standard input whole, at most @p cap bytes ("standard input is larger than 16 MiB").
Result readStandardInput(qint64 cap);

} // namespace BoundedFile
