// SPDX-License-Identifier: MIT
#include "crackcommand.h"

#include "common.h"

#include "base64url.h"
#include "crack.h"
#include "token.h"

#include <QCommandLineParser>
#include <QStringDecoder>

#include <cstdio>
#include <unistd.h>

using namespace CliCommon;

namespace {

/// Live progress cannot wait for the command to return (io.err is written at the end), so it
/// goes straight to the terminal, overwriting one line.
void showProgress(const Crack::Progress &p)
{
    QString line = Cli::tr("%1 candidates tried, %2/s").arg(p.tried).arg(qint64(p.rate));
    if (p.bytesTotal > 0)
        line += Cli::tr(", %1% of the wordlist").arg(100 * p.bytesDone / p.bytesTotal);
    const QByteArray bytes = '\r' + line.toUtf8() + "\033[K";
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes); // the decoding happens in this conversion
    Q_UNUSED(text)
    return !decoder.hasError();
}

/// @p secret as it can be printed to a terminal: as it is when it is UTF-8 text without
/// control characters or surrounding blanks; else quoted, with escapes (\n, \t, \\, \",
/// \xNN for a control character and, when it is not UTF-8, for every byte over 0x7f) — a
/// secret with escape sequences must not drive the terminal, and must be shown exactly.
QByteArray shownSecret(const QByteArray &secret)
{
    const bool utf8 = isUtf8(secret);
    const auto plain = [utf8](unsigned char c) {
        return c >= 0x20 && c != 0x7f && (utf8 || c < 0x80);
    };
    bool quote = secret.front() == ' ' || secret.back() == ' ' || secret.front() == '"';
    for (const char c : secret)
        quote = quote || !plain(static_cast<unsigned char>(c));
    if (!quote)
        return secret;
    QByteArray out = "\"";
    for (const char c : secret) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\r')
            out += "\\r";
        else if (plain(u))
            out += c;
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out + '"';
}

} // namespace

int runCrack(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Guesses the secret of an HS256/HS384/HS512 token: the built-in list of "
                    "common secrets, then the wordlist (one candidate per line)."));
    parser.addOption({QStringLiteral("wordlist"), Cli::tr("Candidates to try, one per line."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("threads"), Cli::tr("Worker threads (default: one per core)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object.")});
    parser.addPositionalArgument(QStringLiteral("token"),
                                 Cli::tr("The token, or - (or nothing) for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    Crack::Options options;
    options.wordlist = parser.value(QStringLiteral("wordlist"));
    if (parser.isSet(QStringLiteral("threads"))) {
        const std::optional<qint64> threads
                = parseInteger(parser, QStringLiteral("threads"), io, 1);
        if (!threads)
            return Failure;
        options.threads = int(std::min<qint64>(*threads, 1024));
    }

    const std::optional<QByteArray> input = readArgumentOrInput(parser, io, Cli::tr("token"));
    if (!input)
        return Failure;
    const Token token = Token::parse(QString::fromUtf8(*input));
    if (!token.isWellFormed() || token.form() == Token::Form::Empty)
        return failOnProblem(io, token);
    const QString refusal = Crack::refusal(token);
    if (!refusal.isEmpty())
        return fail(io, QStringLiteral("token"), refusal);

    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    std::function<void(const Crack::Progress &)> progress;
    if (terminal)
        progress = showProgress;
    const Crack::Result result = Crack::run(token, options, progress);
    if (terminal)
        std::fputs("\r\033[K", stderr);

    if (result.outcome == Crack::Outcome::Failed || result.outcome == Crack::Outcome::Refused)
        return fail(io, QStringLiteral("usage"), result.error);

    if (parser.isSet(QStringLiteral("json"))) {
        io.out += "{\"found\": ";
        io.out += result.found() ? "true" : "false";
        if (result.found()) {
            // JSON text holds only Unicode: a secret that is not UTF-8 has no "secret" (it
            // would be a different secret, with U+FFFD); its exact bytes are always given.
            if (isUtf8(result.secret)) {
                io.out += ", \"secret\": ";
                appendJsonString(io.out, QString::fromUtf8(result.secret));
            }
            io.out += ", \"secret_base64url\": \"" + Base64Url::encode(result.secret) + '"';
        }
        io.out += ", \"tried\": " + QByteArray::number(result.tried);
        io.out += ", \"seconds\": " + QByteArray::number(result.seconds, 'f', 3);
        io.out += "}\n";
    } else if (result.found()) {
        io.out += result.secret.isEmpty() ? Cli::tr("found: (the empty secret)").toUtf8()
                                          : "found: " + shownSecret(result.secret);
        io.out += '\n';
    } else {
        io.out += Cli::tr("not found (%n candidate(s) tried)", nullptr, int(result.tried)).toUtf8();
        io.out += '\n';
    }
    return result.found() ? Success : NotValid;
}
