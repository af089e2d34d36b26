// SPDX-License-Identifier: MIT
#include "boundedfile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

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

QString capText(qint64 cap)
{
    constexpr qint64 mib = 1024 * 1024;
    if (cap >= 1024 * mib && cap % (1024 * mib) == 0)
        return tr("%1 GiB").arg(cap / (1024 * mib));
    if (cap >= mib && cap % mib == 0)
        return tr("%1 MiB").arg(cap / mib);
    if (cap >= 1024 && cap % 1024 == 0)
        return tr("%1 KiB").arg(cap / 1024);
    return QCoreApplication::translate("BoundedFile", "%n byte(s)", nullptr, int(cap));
}

Stream::Stream(const QString &fileName, int waitMs)
    : m_waitMs(waitMs)
    , m_name(fileName)
{
    const QByteArray path = QFile::encodeName(fileName);
    // O_NONBLOCK: opening a FIFO with no writer would block forever.
    m_fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (m_fd < 0) {
        const int error = errno;
        const QString why = tr("cannot read %1: %2").arg(fileName, qt_error_string(error));
        // A name too long to be a path names nothing (a token given as TOKEN is such a text).
        fail(error == ENOENT || error == ENOTDIR || error == ENAMETOOLONG
                     ? Result::Status::NoSuchFile
                     : error == EISDIR ? Result::Status::Directory
                                       : Result::Status::Failed,
             why);
        return;
    }
    struct stat st = {};
    if (::fstat(m_fd, &st) != 0) {
        fail(Result::Status::Failed,
             tr("cannot read %1: %2").arg(fileName, qt_error_string(errno)));
    } else if (S_ISDIR(st.st_mode)) {
        fail(Result::Status::Directory, tr("cannot read %1: it is a directory").arg(fileName));
    } else {
        m_fifo = S_ISFIFO(st.st_mode);
        m_regular = S_ISREG(st.st_mode);
        m_regularSize = m_regular ? qint64(st.st_size) : 0;
        return;
    }
    ::close(m_fd);
    m_fd = -1;
}

Stream::Stream(int descriptor, const QString &name)
    : m_fd(descriptor)
    , m_own(false)
    , m_nonBlocking(false)
    , m_waitMs(WaitForever)
    , m_name(name)
{
    struct stat st = {};
    if (::fstat(m_fd, &st) == 0) {
        m_fifo = S_ISFIFO(st.st_mode);
        m_regular = S_ISREG(st.st_mode);
        m_regularSize = m_regular ? qint64(st.st_size) : 0;
    }
}

Stream Stream::standardInput()
{
    return Stream(STDIN_FILENO, tr("standard input"));
}

Stream::~Stream()
{
    if (m_fd >= 0 && m_own)
        ::close(m_fd);
}

qint64 Stream::fail(Result::Status status, const QString &error)
{
    m_status = status;
    m_error = error;
    return -1;
}

qint64 Stream::read(char *data, qint64 max)
{
    if (m_fd < 0 || m_status != Result::Status::Read)
        return -1;
    QDeadlineTimer silence(m_waitMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                        : QDeadlineTimer(m_waitMs));
    for (;;) {
        const ssize_t n = ::read(m_fd, data, size_t(max));
        if (n > 0) {
            m_total += n;
            return n;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return fail(Result::Status::Failed,
                        tr("cannot read %1: %2").arg(m_name, qt_error_string(errno)));
        // A FIFO opened without blocking reads 0 before any writer came: wait for one as
        // for data (poll does not report a hang-up until a writer has been there).
        const bool waitMore = n < 0 || (m_nonBlocking && m_fifo && m_total == 0);
        if (!waitMore)
            return 0; // the end of the file
        if (silence.hasExpired()) {
            const int seconds = (m_waitMs + 999) / 1000;
            return fail(Result::Status::TimedOut,
                        QCoreApplication::translate(
                                "BoundedFile",
                                "nothing came from %1 in %n second(s) (a FIFO with no writer?)",
                                nullptr, seconds)
                                .arg(m_name));
        }
        pollfd p {m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, int(std::min<qint64>(silence.remainingTime(), 250)));
        // The writer came and left (after writing, or without writing: an empty file).
        if (ready > 0 && (p.revents & POLLHUP) && !(p.revents & POLLIN))
            return 0;
    }
}

Result Stream::readAll(qint64 cap)
{
    if (!isOpen() || m_status != Result::Status::Read)
        return failure(m_status, m_error);
    Result result;
    QByteArray &data = result.data;
    // A regular file says its size: one allocation (it may still grow: the cap holds).
    data.resize(qsizetype(std::min<qint64>(std::max<qint64>(m_regularSize + 1, 4096), cap + 1)));
    qint64 size = 0;
    for (;;) {
        if (size == data.size()) {
            if (size > cap)
                break;
            data.resize(qsizetype(std::min<qint64>(qint64(data.size()) * 2, cap + 1)));
        }
        const qint64 n = read(data.data() + size, data.size() - size);
        if (n < 0)
            return failure(m_status, m_error);
        if (n == 0)
            break;
        size += n;
    }
    if (size > cap)
        return failure(Result::Status::TooLarge,
                       tr("%1 is larger than %2").arg(m_name, capText(cap)));
    data.truncate(qsizetype(size));
    result.status = Result::Status::Read;
    return result;
}

Result read(const QString &fileName, qint64 cap, int waitMs)
{
    Stream stream(fileName, waitMs);
    return stream.readAll(cap);
}

bool mayWait(const QString &fileName)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(fileName).constData(), &st) == 0
            && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
}

Result readStandardInput(qint64 cap)
{
    return Stream::standardInput().readAll(cap);
}

} // namespace BoundedFile
