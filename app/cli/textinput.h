// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// Reading a text to search (`find`) or a token file (`diff`): bounded, whatever a file or
/// a pipe claims about its size.
namespace CliText {

/// What `jwtlens find` reads at most: a browser's HAR of a long session is tens of MB.
constexpr qint64 FindLimit = 256 * 1024 * 1024;

/// The text of @p fileName, or of standard input when it is "-": at most @p limit bytes,
/// read in chunks until the end (QFile::size() is not trusted: a FIFO or a /proc file says
/// 0). A directory, an unreadable file, more than @p limit bytes, or standard input that
/// is a terminal: the contract's error line (`usage:`) and nullopt. @p limitText says the
/// limit in words ("256 MiB").
std::optional<QByteArray> read(const QString &fileName, qint64 limit, const QString &limitText,
                               Io &io);

} // namespace CliText
