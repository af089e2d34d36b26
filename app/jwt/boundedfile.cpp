// SPDX-License-Identifier: MIT
#include "boundedfile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace BoundedFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BoundedFile", text);
}

Result failure(Result::Status status, const QString &error)
{
    Result result;
    result.status = status;
    result.error = error;
    return result;
}

} // namespace

Result read(const QString &fileName, qint64 cap, int waitMs)
{
    const QByteArray path = QFile::encodeName(fileName);
    // O_NONBLOCK: opening a FIFO with no writer would block forever.
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        const QString why = tr("cannot read %1: %2").arg(fileName, qt_error_string(error));
        return failure(error == ENOENT || error == ENOTDIR ? Result::Status::NoSuchFile
                               : error == EISDIR           ? Result::Status::Directory
                                                           : Result::Status::Failed,
                       why);
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return failure(Result::Status::Failed,
                       tr("cannot read %1: %2").arg(fileName, qt_error_string(errno)));
    if (S_ISDIR(st.st_mode))
        return failure(Result::Status::Directory,
                       tr("cannot read %1: it is a directory").arg(fileName));
    const bool stream = S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode);

    Result result;
    QByteArray &data = result.data;
    data.resize(4096);
    qint64 size = 0;
    QDeadlineTimer silence(waitMs);
    for (;;) {
        if (size == data.size()) {
            if (size > cap)
                break;
            data.resize(qsizetype(std::min<qint64>(qint64(data.size()) * 2, cap + 1)));
        }
        const ssize_t n = ::read(fd, data.data() + size, size_t(data.size() - size));
        if (n > 0) {
            size += n;
            silence.setRemainingTime(waitMs);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return failure(Result::Status::Failed,
                           tr("cannot read %1: %2").arg(fileName, qt_error_string(errno)));
        // A FIFO reads 0 before any writer came: wait for one as for data (poll does not
        // report a hang-up until a writer has been there).
        const bool waitMore = n < 0 || (stream && size == 0 && S_ISFIFO(st.st_mode));
        if (!waitMore)
            break; // the end of the file
        if (silence.hasExpired())
            return failure(Result::Status::TimedOut,
                           QCoreApplication::translate(
                                   "BoundedFile",
                                   "nothing came from %1 in %n second(s) (a FIFO with no writer?)",
                                   nullptr, (waitMs + 999) / 1000)
                                   .arg(fileName));
        pollfd p {fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, int(std::min<qint64>(silence.remainingTime(), 250)));
        if (ready > 0 && (p.revents & POLLHUP) && !(p.revents & POLLIN) && size > 0)
            break; // the writer left
        if (ready > 0 && (p.revents & POLLHUP) && !(p.revents & POLLIN) && size == 0) {
            // A writer came and went without writing: an empty file.
            break;
        }
    }
    if (size > cap)
        return failure(Result::Status::TooLarge,
                       tr("%1 is larger than %2 bytes: not a key, secret or token")
                               .arg(fileName)
                               .arg(cap));
    data.truncate(qsizetype(size));
    result.status = Result::Status::Read;
    return result;
}

} // namespace BoundedFile
