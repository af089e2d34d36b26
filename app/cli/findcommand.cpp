// SPDX-License-Identifier: MIT
#include "findcommand.h"

#include "common.h"
#include "textinput.h"

#include "tokenfinder.h"

#include <QCommandLineParser>

using namespace CliCommon;

int runFind(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Prints the JWS and JWE tokens found in a text: HTTP headers, cookies, URLs, "
                    "curl command lines, logs, JSON or a HAR file, one per line, each once. "
                    "Nothing is sent anywhere.\n"
                    "Exit status: 0 tokens found, 1 none, 2 unreadable input."));
    parser.addOption({QStringLiteral("json"),
                      Cli::tr("One JSON object per token: token, where, kind (JWS or JWE), "
                              "offset, count.")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("The text to search, or - (or nothing) for standard "
                                         "input; at most 256 MiB."),
                                 QStringLiteral("[FILE|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("expected one FILE, got %1 arguments").arg(positional.size()));
    }

    const std::optional<QByteArray> text
            = CliText::read(positional.value(0, QStringLiteral("-")), CliText::FindLimit, io);
    if (!text)
        return Failure;

    const TokenFinder::Result result = TokenFinder::find(*text);
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const FoundToken &found : result.tokens) {
        if (!json) {
            io.out += found.token + '\n';
            continue;
        }
        io.out += "{\"token\": \"" + found.token + "\", \"where\": ";
        appendJsonString(io.out, found.where());
        io.out += ", \"kind\": \"" + TokenFinder::kindName(found.kind).toLatin1() + '"';
        io.out += ", \"offset\": " + QByteArray::number(found.offset);
        io.out += ", \"count\": " + QByteArray::number(found.count) + "}\n";
    }
    // As grep: finding nothing is not an error, but it is not success either.
    return result.tokens.isEmpty() ? NotValid : Success;
}
