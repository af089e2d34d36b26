// SPDX-License-Identifier: MIT
#pragma once

#include "boundedfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

/// What a command reads and writes. Commands never touch the process's streams directly:
/// they append to @c out and @c err, which main() writes out in one go when the command
/// returns (so a batch of 20,000 lines is one write, not 20,000).
struct Io
{
    /// Reads standard input, at most @p cap bytes, through BoundedFile::readStandardInput()
    /// (TooLarge past the cap, whatever the input claims about its size). With @p map a
    /// regular file may be mapped instead of copied (read-only, kept until the process
    /// ends): for large batches that are only read. Empty: standard input is empty.
    std::function<BoundedFile::Result(qint64 cap, bool map)> readInput;
    /// Standard input is a terminal: reading it would wait for a person, so commands that
    /// were given no TOKEN refuse instead of hanging.
    bool inputIsTerminal = false;
    /// Standard error is a terminal: a long wait may show live progress there.
    bool errorIsTerminal = false;
    QByteArray out;
    QByteArray err;
    /// When set, writes to standard error at once (a notice before a long wait, progress);
    /// what it writes comes before @c err.
    std::function<void(QByteArrayView)> writeErr;
    /// When set, a command may write standard output through it as it goes instead of
    /// collecting it in @c out (a large batch, whose first results can leave while the
    /// last are still being made). What it writes comes before @c out.
    std::function<void(QByteArrayView)> writeOut;
};

/// Translation context of the command-line tool (non-QObject code).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// A subcommand: @p args starts with the subcommand's name (as QCommandLineParser expects
/// a program name first), followed by its own arguments. Returns the exit status of
/// shared/cli-contract.md: 0 success, 1 a checked token is not valid, 2 usage error,
/// unreadable key or malformed input.
using CommandFunction = int (*)(const QStringList &args, Io &io);

struct CommandEntry
{
    const char *name; ///< "decode", "verify", …
    const char *summary; ///< one line for `jwtlens --help` (translated at display time)
    CommandFunction run;
};

/// The table of subcommands, in the order `jwtlens --help` lists them.
const QList<CommandEntry> &commands();

/// Runs the tool: @p arguments as QCoreApplication::arguments() gives them (program first).
int runCli(const QStringList &arguments, Io &io);
