// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// Reads a whole file — a key, a secret, a token — with a cap that comes from what is read,
/// never from the size a file claims (a device says 0, /dev/zero never ends): the one way
/// JWT Lens reads a file the user names (issue 12). A FIFO is opened without blocking and
/// waited for at most a stated time, so that `--secret-file <(pass show …)` works and a FIFO
/// with no writer gives up with a clear error instead of hanging.
namespace BoundedFile {

/// The caps, per kind of input.
constexpr qint64 KeyCap = 16 * 1024 * 1024; ///< key and secret files (far beyond any JWKS)
/// How long a FIFO or pipe may stay silent (no writer yet, or no more data) before giving up.
constexpr int DefaultWaitMs = 10000;

struct Result
{
    enum class Status {
        Read,
        NoSuchFile, ///< the path names nothing
        Directory,
        TooLarge, ///< more than the cap (a device such as /dev/zero)
        TimedOut, ///< a FIFO or pipe stayed silent for the wait
        Failed, ///< any other error (error says it)
    };
    Status status = Status::Failed;
    QByteArray data; ///< what was read (Read only)
    QString error; ///< translated, one line, naming the file; empty when Read

    bool ok() const { return status == Status::Read; }
};

/// Reads @p fileName whole, at most @p cap bytes; waits up to @p waitMs for a FIFO or pipe
/// that has nothing to read yet.
Result read(const QString &fileName, qint64 cap, int waitMs = DefaultWaitMs);

} // namespace BoundedFile
