// SPDX-License-Identifier: MIT
#include "cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

void writeAll(int fd, const QByteArray &data)
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

QByteArray readAllInput()
{
    QFile in;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return QByteArray();
    return in.readAll();
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
    io.readInput = readAllInput;
    io.inputIsTerminal = ::isatty(STDIN_FILENO) == 1;
    const int status = runCli(QCoreApplication::arguments(), io);
    writeAll(STDOUT_FILENO, io.out);
    writeAll(STDERR_FILENO, io.err);
    return status;
}
