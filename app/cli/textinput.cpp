// SPDX-License-Identifier: MIT
#include "textinput.h"

#include "common.h"

#include <QFile>
#include <QFileInfo>

namespace CliText {

std::optional<QByteArray> read(const QString &fileName, qint64 limit, const QString &limitText,
                               Io &io)
{
    const QString usage = QStringLiteral("usage");
    if (fileName == QLatin1String("-")) {
        if (io.inputIsTerminal) {
            CliCommon::fail(io, usage,
                            Cli::tr("standard input is a terminal: give a FILE or pipe the text "
                                    "in"));
            return std::nullopt;
        }
        if (!io.readInputUpTo)
            return io.readInput ? io.readInput() : QByteArray();
        bool more = false;
        QByteArray data = io.readInputUpTo(limit, &more);
        if (more) {
            CliCommon::fail(io, usage, Cli::tr("standard input is larger than %1").arg(limitText));
            return std::nullopt;
        }
        return data;
    }

    if (QFileInfo(fileName).isDir()) {
        CliCommon::fail(io, usage, Cli::tr("cannot read %1: it is a directory").arg(fileName));
        return std::nullopt;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        CliCommon::fail(io, usage, Cli::tr("cannot read %1: %2").arg(fileName, file.errorString()));
        return std::nullopt;
    }
    constexpr qint64 chunk = 1024 * 1024;
    QByteArray data;
    for (;;) {
        const qint64 want = std::min(chunk, limit + 1 - data.size());
        if (want <= 0)
            break;
        const qsizetype before = data.size();
        data.resize(before + want);
        const qint64 n = file.read(data.data() + before, want);
        if (n < 0) {
            CliCommon::fail(io, usage,
                            Cli::tr("cannot read %1: %2").arg(fileName, file.errorString()));
            return std::nullopt;
        }
        data.resize(before + n);
        if (n == 0)
            break;
    }
    if (data.size() > limit) {
        CliCommon::fail(io, usage, Cli::tr("%1 is larger than %2").arg(fileName, limitText));
        return std::nullopt;
    }
    return data;
}

} // namespace CliText
