// SPDX-License-Identifier: MIT
#include "codecommand.h"

#include "common.h"

#include "codekey.h"
#include "codesnippets.h"
#include "token.h"

#include <QCommandLineParser>

using namespace CliCommon;

int runCode(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
            "Prints a short program that makes the token with a common JWT library and "
            "verifies it. The header and payload keep their exact JSON, so HS* and EdDSA "
            "programs print the same token. The key is read from JWT_SECRET or the PEM file "
            "named by JWT_PRIVATE_KEY_FILE (and JWT_PUBLIC_KEY_FILE), never written into the "
            "program unless --include-secret is given."));
    parser.addOption({QStringLiteral("lang"),
                      Cli::tr("python (PyJWT), node (jose), java (Nimbus), go (golang-jwt v5), "
                              "csharp (System.IdentityModel.Tokens.Jwt), cpp (jwt-cpp), curl."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("include-secret"),
                      Cli::tr("Write the secret or private key into the program (test keys "
                              "only).")});
    addKeyOptions(parser);
    parser.addPositionalArgument(QStringLiteral("token"),
                                 Cli::tr("The token, or - (or nothing) for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    const QString langName = parser.value(QStringLiteral("lang"));
    const std::optional<Forge::CodeLanguage> language = Forge::codeLanguageFromName(langName);
    if (!language)
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("--lang is one of %1, got \"%2\"")
                            .arg(Forge::codeLanguageNames().join(QLatin1String(", ")), langName));

    const std::optional<LoadedKeys> keys = loadKeyOptions(parser, io);
    if (!keys)
        return Failure;
    const bool include = parser.isSet(QStringLiteral("include-secret"));
    if (include && !keys->given)
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("--include-secret needs the key: --secret, --secret-file, "
                            "--secret-base64 or --key"));

    const std::optional<QByteArray> input = readArgumentOrInput(parser, io, Cli::tr("token"));
    if (!input)
        return Failure;
    const Token token = Token::parse(QByteArrayView(*input));
    if (!token.isWellFormed() || token.form() == Token::Form::Empty)
        return failOnProblem(io, token);
    if (token.isJwe())
        return fail(io, QStringLiteral("token"),
                    Cli::tr("an encrypted token (JWE) has no code snippet"));

    QString keyError;
    std::optional<Forge::CodeInput> code = Forge::codeInput(token, keys->ring, include, &keyError);
    if (!code)
        return fail(io, QStringLiteral("key"), keyError);
    const Forge::CodeSnippet snippet = Forge::codeSnippet(*language, *code);
    code->secret.fill('\0');
    if (!snippet.ok())
        return fail(io, QStringLiteral("token"), snippet.error);
    if (include)
        warn(io, Cli::tr("the program holds the key: use it with test keys only"));
    io.out += snippet.text.toUtf8();
    return Success;
}
