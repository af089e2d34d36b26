// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include "algorithm.h"
#include "boundedfile.h"
#include "findings.h"
#include "keyring.h"
#include "token.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Helpers shared by the subcommands: the error line, option parsing, input and keys.
namespace CliCommon {

/// Exit statuses of shared/cli-contract.md.
enum ExitCode {
    Success = 0,
    NotValid = 1,
    Failure = 2
};

/// Appends the contract's error line `jwtlens: <part>: <reason>` to io.err (newlines in
/// @p reason become spaces, so it is always one line) and returns Failure.
int fail(Io &io, const QString &part, const QString &reason);
/// Appends `jwtlens: warning: <text>` to io.err.
void warn(Io &io, const QString &text);

/// Prints the first Error-severity problem of @p token as the contract's error line and
/// returns Failure. A @p hint (why the token would verify, verifyhints.h) ends the line:
/// "<reason>; hint: <hint>".
int failOnProblem(Io &io, const Token &token, const QString &hint = {});

/// Parses @p args (subcommand name first). On --help prints the help and sets
/// @p exitCode to Success; on an error prints a usage line and sets it to Failure.
/// Returns true when the command should go on.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, Io &io, int &exitCode);

/// The options that select a key (--secret, --secret-file, --secret-base64, --key).
void addKeyOptions(QCommandLineParser &parser);

struct LoadedKeys
{
    KeyRing ring;
    bool given = false; ///< one of the key options was on the command line
    bool isSecret = false;
};

/// Reads a key, secret or passphrase file through BoundedFile (at most @p cap bytes, counted
/// as read; a FIFO is read like any stream and given up after BoundedFile::DefaultWaitMs of
/// silence). Returns nullopt after printing the error line (@p part: the file and the cap).
std::optional<QByteArray> readFile(const QString &fileName, Io &io,
                                   qint64 cap = BoundedFile::KeyCap,
                                   const QString &part = QStringLiteral("key"));

/// Reads standard input, at most @p cap bytes (@p map: a regular file may be mapped).
/// Returns nullopt after printing the error line (@p part: "standard input is larger than
/// 16 MiB").
std::optional<QByteArray> readStandardInput(Io &io, qint64 cap, const QString &part,
                                            bool map = false);

/// Loads the key the options name. Returns nullopt after printing the error line (key:
/// or usage:) when the key cannot be read or the options contradict each other.
std::optional<LoadedKeys> loadKeyOptions(const QCommandLineParser &parser, Io &io);

/// What the positional argument of readArgumentOrInput() may be.
enum class ArgumentKind {
    TextOrFile, ///< the text, or the name of an existing file that holds it (TOKEN)
    Text, ///< the text itself, never a file name (encode's PAYLOAD_JSON)
};

/// The TOKEN / PAYLOAD argument: the single positional argument, or standard input when it
/// is "-" or absent. With ArgumentKind::TextOrFile an argument that names an existing file
/// is read instead, through BoundedFile: at most BoundedFile::TokenCap bytes (counted as
/// read), a FIFO waited for at most BoundedFile::DefaultWaitMs. Standard input is capped at
/// BoundedFile::TokenCap, or BoundedFile::BatchCap for a @p batch of one token per line
/// (which may be mapped). Returns nullopt after printing the error line (usage: too many
/// arguments, standard input is a terminal; token: a file or input that cannot be read or
/// is too large). @p fromInput is false for a file.
std::optional<QByteArray> readArgumentOrInput(const QCommandLineParser &parser, Io &io,
                                              const QString &what, bool *fromInput = nullptr,
                                              bool batch = false,
                                              ArgumentKind kind = ArgumentKind::TextOrFile);

/// Parses an algorithm name for --alg; nullopt after a usage line.
std::optional<Algorithm> parseAlgorithm(const QString &name, Io &io, bool allowNone);

/// Parses an integer option value; nullopt after a usage line.
/// Adds --now UNIX_SECONDS and --leeway SECONDS.
void addClockOptions(QCommandLineParser &parser);
/// Reads --now (default: the current time) and --leeway (default 0) into @p now and
/// @p leeway; false after an error line on io.err.
bool readClockOptions(const QCommandLineParser &parser, Io &io, double &now, qint64 &leeway);

std::optional<qint64> parseInteger(const QCommandLineParser &parser, const QString &option, Io &io,
                                   qint64 minimum);

/// Seconds since the epoch now (or --now when given).
double currentTime();

/// Appends @p text to @p out as a JSON string (quotes and escapes).
void appendJsonString(QByteArray &out, QStringView text);

enum class ReviewDepth {
    Quick, ///< decode: no review past 2 MiB, the built-in secrets up to Crack::QuickCheckMaxInput
    Full, ///< lint: always reviewed, the built-in secrets tried up to 1 MiB
};
/// Findings::review plus the built-in weak secrets, sorted; what a size limit skipped is said
/// as a warning on io.err, so a 10 MiB token is still shown at once.
QList<Finding> reviewToken(const Token &token, const ReviewContext &context, ReviewDepth depth,
                           Io &io);

/// One line per finding, `severity: id: part: message (reference)`.
void appendFindingLines(QByteArray &out, const QList<Finding> &findings, const char *indent = "");
/// `[{"severity": …, "id": …, "part": …, "message": …, "reference": …}, …]`.
void appendFindingsJson(QByteArray &out, const QList<Finding> &findings);

} // namespace CliCommon
