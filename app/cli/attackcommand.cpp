// SPDX-License-Identifier: MIT
#include "attackcommand.h"

#include "common.h"

#include "key.h"
#include "negativeset.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <limits>

using namespace CliCommon;

int runAttack(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Makes the negative test set of a token for testing your own server: each token "
            "with what a vulnerable verifier does with it, what a correct one must answer, the "
            "reference and the verifier settings the answer assumes. Without --out, one JSON "
            "object per line; with --out, a folder with one file per token, the files to host, "
            "manifest.json and requests.sh (written, never run). Use it on servers you may "
            "test."));
    addKeyOptions(parser);
    parser.addOption({QStringLiteral("public-key"),
                      Cli::tr("The server's public key as it holds it (PEM, certificate, JWK): "
                              "also used as given for algorithm confusion."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("jku-url"),
                      Cli::tr("The URL where you host the JWKS for jku (x5u.pem goes beside "
                              "it); default https://attacker.example/jwks.json."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("claim"),
                      Cli::tr("A claim the forged tokens carry, and one token with it changed "
                              "under the old signature (repeatable; VALUE is JSON when it "
                              "parses, else a string). Default: sub, role, exp."),
                      QStringLiteral("NAME=VALUE")});
    parser.addOption({QStringLiteral("now"),
                      Cli::tr("The clock, in seconds since the epoch (default: now)."),
                      QStringLiteral("UNIX_SECONDS")});
    parser.addOption({QStringLiteral("out"),
                      Cli::tr("Write the set into the folder DIR (new or empty)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"),
                      Cli::tr("With --out, print the manifest instead of one line per case.")});
    parser.addPositionalArgument(QStringLiteral("token"),
                                 Cli::tr("The token the set starts from, or - (or nothing) for "
                                         "standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    Forge::NegativeSetInput input;
    input.now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("now"))) {
        const std::optional<qint64> now = parseInteger(parser, QStringLiteral("now"), io,
                                                       std::numeric_limits<qint64>::min() / 4);
        if (!now)
            return Failure;
        input.now = *now;
    }
    for (const QString &claim : parser.values(QStringLiteral("claim"))) {
        const std::optional<Forge::ClaimEdit> edit = Forge::claimEdit(claim);
        if (!edit)
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--claim needs NAME=VALUE, got \"%1\"").arg(claim));
        input.claims.append(*edit);
    }
    input.jkuUrl = parser.value(QStringLiteral("jku-url"));

    const bool keyFile = parser.isSet(QStringLiteral("key"));
    if (keyFile) {
        for (const char *other : {"secret", "secret-file", "secret-base64"}) {
            if (parser.isSet(QLatin1String(other)))
                return fail(io, QStringLiteral("usage"),
                            Cli::tr("give one key: --secret, --secret-file, --secret-base64 or "
                                    "--key"));
        }
        if (parser.values(QStringLiteral("key")).size() > 1)
            return fail(io, QStringLiteral("usage"), Cli::tr("give one --key"));
        std::optional<QByteArray> text = readFile(parser.value(QStringLiteral("key")), io);
        if (!text)
            return Failure;
        input.keyText = *text;
    } else {
        const std::optional<LoadedKeys> keys = loadKeyOptions(parser, io);
        if (!keys)
            return Failure;
        if (!keys->given)
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("attack needs the server's key: --secret, --secret-file, "
                                "--secret-base64 or --key"));
        input.secret = keys->ring.at(0).secretBytes();
    }
    if (parser.isSet(QStringLiteral("public-key"))) {
        std::optional<QByteArray> text = readFile(parser.value(QStringLiteral("public-key")), io);
        if (!text)
            return Failure;
        input.publicKeyText = *text;
    }
    const std::optional<QByteArray> token = readArgumentOrInput(parser, io, Cli::tr("token"));
    if (!token)
        return Failure;
    input.token = token->trimmed();
    // A folder that cannot take the export is said before anything is made.
    if (parser.isSet(QStringLiteral("out"))) {
        const QString error = Forge::exportFolderError(parser.value(QStringLiteral("out")));
        if (!error.isEmpty()) {
            input.secret.fill('\0');
            input.keyText.fill('\0');
            return fail(io, QStringLiteral("usage"), error);
        }
    }

    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    input.secret.fill('\0');
    input.keyText.fill('\0');
    if (!set.ok())
        return fail(io, QStringLiteral("token"), set.error);
    for (const QString &skipped : set.skipped)
        warn(io, Cli::tr("not made: %1").arg(skipped));
    // Said, not hidden: the cases JWT Lens itself gets wrong (each says why in "jwtlens_why").
    const QStringList misses = Forge::lensMisses(set);
    if (!misses.isEmpty())
        warn(io,
             Cli::tr("JWT Lens itself answers %n case(s) otherwise than a correct verifier: %1",
                     nullptr, int(misses.size()))
                     .arg(misses.join(QLatin1String(", "))));

    if (parser.isSet(QStringLiteral("out"))) {
        const QString dir = parser.value(QStringLiteral("out"));
        const QString error = Forge::writeExport(dir, Forge::exportFiles(set));
        if (!error.isEmpty())
            return fail(io, QStringLiteral("usage"), error);
        if (parser.isSet(QStringLiteral("json"))) {
            io.out += Forge::manifestJson(set);
        } else {
            io.out += Cli::tr("%n token(s) written to %1", nullptr, int(set.cases.size()))
                              .arg(dir)
                              .toUtf8();
            io.out += '\n';
        }
        for (const Forge::HostedFile &h : set.hosted)
            warn(io,
                 Cli::tr("host %1/hosted/%2 at %3 before sending the tokens that name it")
                         .arg(dir, h.name, h.url));
        return Success;
    }
    for (const Forge::NegativeCase &c : set.cases) {
        io.out += Forge::caseJson(c);
        io.out += '\n';
    }
    return Success;
}
