// SPDX-License-Identifier: MIT
#include "cli.h"

#include <QCoreApplication>
#include <QTranslator>

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

/// Standard input up to @p cap bytes: a regular file at its start may be mapped (@p map),
/// anything else is read by BoundedFile, whose cap comes from what is read.
BoundedFile::Result readInput(qint64 cap, bool map)
{
    struct stat st = {};
    const bool regular = ::fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0
            && st.st_size <= cap;
    if (map && regular && ::lseek(STDIN_FILENO, 0, SEEK_CUR) == 0) {
        // `jwtlens verify - < tokens.txt`: map the file instead of copying it (the mapping
        // lives until the process ends; the commands only read their input).
        void *map = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                           STDIN_FILENO, 0);
        if (map != MAP_FAILED) {
            BoundedFile::Result result;
            result.status = BoundedFile::Result::Status::Read;
            result.data = QByteArray::fromRawData(static_cast<const char *>(map),
                                                  qsizetype(st.st_size));
            return result;
        }
    }
    return BoundedFile::readStandardInput(cap);
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
    // The messages are English; this gives them their plural forms ("2 parts").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/jwtlens_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    Io io;
    io.readInput = [](qint64 cap, bool map) {
        return readInput(cap, map);
    };
    io.inputIsTerminal = ::isatty(STDIN_FILENO) == 1;
    io.errorIsTerminal = ::isatty(STDERR_FILENO) == 1;
    io.writeErr = [](QByteArrayView data) {
        writeAll(STDERR_FILENO, data);
    };
    io.writeOut = [](QByteArrayView data) {
        writeAll(STDOUT_FILENO, data);
    };
    const int status = runCli(QCoreApplication::arguments(), io);
    writeAll(STDOUT_FILENO, io.out);
    writeAll(STDERR_FILENO, io.err);
    return status;
}
