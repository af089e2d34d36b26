// SPDX-License-Identifier: MIT
#include "textinput.h"

#include "common.h"

namespace CliText {

std::optional<QByteArray> read(const QString &fileName, qint64 limit, Io &io)
{
    const QString usage = QStringLiteral("usage");
    if (fileName == QLatin1String("-")) {
        if (io.inputIsTerminal) {
            CliCommon::fail(io, usage,
                            Cli::tr("standard input is a terminal: give a FILE or pipe the text "
                                    "in"));
            return std::nullopt;
        }
        return CliCommon::readStandardInput(io, limit, usage);
    }
    return CliCommon::readFile(fileName, io, limit, usage);
}

} // namespace CliText
