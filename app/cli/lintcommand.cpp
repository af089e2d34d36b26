// SPDX-License-Identifier: MIT
#include "lintcommand.h"

#include "common.h"

#include "findings.h"
#include "keyring.h"
#include "token.h"
#include "verifier.h"

#include <QCommandLineParser>

using namespace CliCommon;

namespace {

void printText(const QList<Finding> &findings, Io &io)
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Finding::Severity::Error:
            ++errors;
            break;
        case Finding::Severity::Warning:
            ++warnings;
            break;
        case Finding::Severity::Info:
            ++infos;
            break;
        }
    }
    appendFindingLines(io.out, findings);
    if (findings.isEmpty()) {
        io.out += Cli::tr("No findings.").toUtf8() + '\n';
        return;
    }
    io.out += Cli::tr("%1, %2, %3")
                      .arg(Cli::tr("%n error(s)", nullptr, errors),
                           Cli::tr("%n warning(s)", nullptr, warnings),
                           Cli::tr("%n note(s)", nullptr, infos))
                      .toUtf8()
            + '\n';
}

void printJson(const QList<Finding> &findings, Io &io)
{
    QByteArray &out = io.out;
    int counts[3] = {0, 0, 0};
    out += "{\"findings\": ";
    appendFindingsJson(out, findings);
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    out += ", \"errors\": " + QByteArray::number(counts[int(Finding::Severity::Error)]);
    out += ", \"warnings\": " + QByteArray::number(counts[int(Finding::Severity::Warning)]);
    out += ", \"infos\": " + QByteArray::number(counts[int(Finding::Severity::Info)]);
    out += "}\n";
}

} // namespace

int runLint(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Lists a token's security findings: unsafe header parameters, weak HMAC "
                    "secrets, risky claims and readable sensitive data."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object.")});
    addClockOptions(parser);
    addKeyOptions(parser);
    parser.addPositionalArgument(QStringLiteral("token"),
                                 Cli::tr("The token, or - (or nothing) for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    ReviewContext context;
    if (!readClockOptions(parser, io, context.now, context.leeway))
        return Failure;

    // A key is optional: with one, what is wrong with it for this token is a finding too (a
    // public key given as a secret, a key that does not fit, a weak one), as in the window.
    const std::optional<LoadedKeys> keys = loadKeyOptions(parser, io);
    if (!keys)
        return Failure;

    const std::optional<QByteArray> input = readArgumentOrInput(parser, io, Cli::tr("token"));
    if (!input)
        return Failure;
    const Token token = Token::parse(QString::fromUtf8(*input));
    if (!token.isWellFormed() || token.form() == Token::Form::Empty)
        return failOnProblem(io, token);

    QList<Finding> findings = reviewToken(token, context, ReviewDepth::Full, io);
    if (keys->given) {
        const TokenVerdict verdict = verifyToken(token, keys->ring);
        if (const std::optional<KeyCheck> check = keyCheck(token, verdict, keys->ring)) {
            findings += Findings::keyFindings(*check, findings);
            Findings::sort(findings);
        }
    }

    if (parser.isSet(QStringLiteral("json")))
        printJson(findings, io);
    else
        printText(findings, io);
    const bool anyError = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    });
    return anyError ? NotValid : Success;
}
