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
constexpr qint64 FindLimit = BoundedFile::TextCap;

/// The text of @p fileName, or of standard input when it is "-", through BoundedFile: at
/// most @p limit bytes counted as read (a FIFO, a pipe or a /proc file says nothing true
/// about its size). A directory, an unreadable file, more than @p limit bytes ("… is larger
/// than 256 MiB"), or standard input that is a terminal: the contract's error line
/// (`usage:`) and nullopt.
std::optional<QByteArray> read(const QString &fileName, qint64 limit, Io &io);

} // namespace CliText
