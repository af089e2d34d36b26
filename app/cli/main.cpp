// SPDX-License-Identifier: MIT
#include "cli.h"

#include <QCoreApplication>

#include <algorithm>

#include <cerrno>
#include <csignal>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void writeAll(int fd, QByteArrayView data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // a closed pipe: nothing more can be said
        p += n;
        left -= n;
    }
}

/// All of standard input in one buffer: sized once for a regular file, doubled for a pipe.
/// A closed descriptor or a read error ends the input (commands then see what was read).
QByteArray readInput(bool map)
{
    struct stat st = {};
    qsizetype capacity = 64 * 1024;
    const bool regular = ::fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
    const off_t position = regular ? ::lseek(STDIN_FILENO, 0, SEEK_CUR) : off_t(-1);
    if (map && regular && position == 0) {
        // `jwtlens verify - < tokens.txt`: map the file instead of copying it (the mapping
        // lives until the process ends; the commands only read their input).
        void *map = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                           STDIN_FILENO, 0);
        if (map != MAP_FAILED)
            return QByteArray::fromRawData(static_cast<const char *>(map), qsizetype(st.st_size));
    }
    if (regular)
        capacity = qsizetype(st.st_size) + 1;
    QByteArray data(capacity, Qt::Uninitialized);
    qsizetype size = 0;
    for (;;) {
        if (size == data.size())
            data.resize(data.size() * 2);
        const ssize_t n = ::read(STDIN_FILENO, data.data() + size, size_t(data.size() - size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        size += n;
    }
    data.truncate(size);
    return data;
}

/// Standard input up to @p limit bytes, read in growing chunks (a pipe, a FIFO or /proc
/// file says nothing true about its size); @p more tells whether a byte followed the limit.
QByteArray readInputUpTo(qsizetype limit, bool *more)
{
    QByteArray data;
    qsizetype size = 0;
    *more = false;
    for (;;) {
        if (size == data.size()) {
            if (size > limit)
                break;
            data.resize(std::min(std::max<qsizetype>(64 * 1024, data.size() * 2), limit + 1));
        }
        const ssize_t n = ::read(STDIN_FILENO, data.data() + size, size_t(data.size() - size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        size += n;
    }
    if (size > limit) {
        *more = true;
        size = limit;
    }
    data.truncate(size);
    return data;
}

} // namespace

int main(int argc, char *argv[])
{
    // A reader that goes away (`jwtlens verify - | head -1`) ends the output, not the
    // process with a signal.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jwtlens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JWTLENS_VERSION));

    Io io;
    io.readInput = [] {
        return readInput(false);
    };
    io.mapInput = [] {
        return readInput(true);
    };
    io.readInputUpTo = [](qsizetype limit, bool *more) {
        return readInputUpTo(limit, more);
    };
    io.inputIsTerminal = ::isatty(STDIN_FILENO) == 1;
    io.writeOut = [](QByteArrayView data) {
        writeAll(STDOUT_FILENO, data);
    };
    const int status = runCli(QCoreApplication::arguments(), io);
    writeAll(STDOUT_FILENO, io.out);
    writeAll(STDERR_FILENO, io.err);
    return status;
}
