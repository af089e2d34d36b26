// SPDX-License-Identifier: MIT
#include "cli.h"

#include "attackcommand.h"
#include "codecommand.h"
#include "common.h"
#include "crackcommand.h"
#include "decodecommand.h"
#include "decryptcommand.h"
#include "diffcommand.h"
#include "encodecommand.h"
#include "encryptcommand.h"
#include "findcommand.h"
#include "keycommand.h"
#include "keygencommand.h"
#include "lintcommand.h"
#include "verifycommand.h"

#include <QCoreApplication>

const QList<CommandEntry> &commands()
{
    // To add a subcommand: include its header above and add one row here.
    static const QList<CommandEntry> table {
            {"decode", QT_TRANSLATE_NOOP("Cli", "Show a token's header, payload and claims"),
             runDecode},
            {"verify", QT_TRANSLATE_NOOP("Cli", "Check signatures and time claims"), runVerify},
            {"encode", QT_TRANSLATE_NOOP("Cli", "Sign a payload into a compact token"), runEncode},
            {"decrypt", QT_TRANSLATE_NOOP("Cli", "Show the plaintext of an encrypted token (JWE)"),
             runDecrypt},
            {"encrypt", QT_TRANSLATE_NOOP("Cli", "Encrypt a payload into a compact JWE"),
             runEncrypt},
            {"keygen", QT_TRANSLATE_NOOP("Cli", "Make a new key or HMAC secret"), runKeygen},
            {"key", QT_TRANSLATE_NOOP("Cli", "Fetch a JWKS, describe or convert keys"), runKey},
            {"lint", QT_TRANSLATE_NOOP("Cli", "List a token's security findings"), runLint},
            {"crack", QT_TRANSLATE_NOOP("Cli", "Guess the secret of an HS* token"), runCrack},
            {"find", QT_TRANSLATE_NOOP("Cli", "List the tokens in a text, a log or a HAR file"),
             runFind},
            {"diff", QT_TRANSLATE_NOOP("Cli", "Compare two tokens claim by claim"), runDiff},
            {"attack", QT_TRANSLATE_NOOP("Cli", "Make the negative test set for your server"),
             runAttack},
            {"code", QT_TRANSLATE_NOOP("Cli", "Print code that makes and verifies the token"),
             runCode},
    };
    return table;
}

namespace {

QString overview()
{
    QString text = Cli::tr("Usage: jwtlens COMMAND [options] [ARGUMENT]\n\n"
                           "Decodes, verifies, encodes JWTs and makes keys, offline.\n\n"
                           "Commands:\n");
    for (const CommandEntry &c : commands()) {
        text += QStringLiteral("  %1  %2\n")
                        .arg(QString::fromLatin1(c.name).leftJustified(8), Cli::tr(c.summary));
    }
    text += Cli::tr("\nRun `jwtlens COMMAND --help` for a command's options.\n"
                    "Exit status: 0 valid, 1 a token is not valid, 2 usage error, unreadable "
                    "key or malformed input.\n");
    return text;
}

} // namespace

int runCli(const QStringList &arguments, Io &io)
{
    const QString command = arguments.value(1);
    if (command.isEmpty()) {
        return CliCommon::fail(io, QStringLiteral("usage"),
                               Cli::tr("no command given (run jwtlens --help)"));
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        io.out += overview().toUtf8();
        return CliCommon::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        io.out += "jwtlens " + QCoreApplication::applicationVersion().toUtf8() + '\n';
        return CliCommon::Success;
    }
    for (const CommandEntry &c : commands()) {
        if (command == QLatin1String(c.name))
            return c.run(arguments.mid(1), io);
    }
    return CliCommon::fail(io, QStringLiteral("usage"),
                           Cli::tr("unknown command \"%1\" (run jwtlens --help)").arg(command));
}
