// SPDX-License-Identifier: MIT
#include "decodecommand.h"

#include "common.h"
#include "josejsondecode.h"

#include "claims.h"
#include "josemessage.h"
#include "findings.h"
#include "json.h"
#include "token.h"
#include "utf8.h"

#include <QCommandLineParser>
#include <QDateTime>

using namespace CliCommon;

namespace {

QByteArray compactOrQuoted(const QByteArray &utf8)
{
    const Json::Formatted f = Json::compact(utf8);
    if (!f.error.isError())
        return f.text;
    return Json::quote(QString::fromUtf8(utf8));
}

QString utcText(const TimeClaim &claim)
{
    const QDateTime utc = claim.utc();
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))
                         : QString();
}

QString statusText(const TimeClaim &claim)
{
    // The payload's claims are checked one by one: a claim's own status, not the token's.
    return timeStatusName(claim.status);
}

QStringList warnings(const Token &token)
{
    QStringList lines;
    for (const Problem &p : token.problems()) {
        if (p.severity == Problem::Severity::Warning)
            lines << QStringLiteral("%1: %2").arg(partName(p.part, PartNaming::ErrorLine),
                                                  p.message);
    }
    return lines;
}

QStringList duplicateNames(const Token &token)
{
    QStringList names;
    const QList<const Json::Member *> duplicates = token.payloadObject().duplicates();
    for (const Json::Member *m : duplicates)
        names << m->name;
    return names;
}

void appendJsonList(QByteArray &out, const QStringList &items)
{
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ", ";
        out += Json::quote(items.at(i));
    }
    out += ']';
}

void printJson(const Token &token, const ClaimsReport &report, const QList<Finding> &findings,
               Io &io)
{
    QByteArray &out = io.out;
    out += "{\"header\": ";
    out += compactOrQuoted(token.header().decoded);
    if (token.isJwe()) {
        out += ", \"encrypted\": true, \"message\": ";
        out += Json::quote(Cli::tr("the content is encrypted (JWE): only the protected header "
                                   "can be shown"));
    } else {
        out += ", \"payload\": ";
        const QByteArray &payload = token.payload().decoded;
        if (token.payloadIsJson())
            out += compactOrQuoted(payload);
        else
            out += Json::quote(QString::fromUtf8(payload));
        out += ", \"signature\": ";
        out += Json::quote(QString::fromLatin1(token.signature().encoded));
        out += ", \"claims\": {";
        bool first = true;
        for (const TimeClaim &claim : report.times) {
            if (!first)
                out += ", ";
            first = false;
            out += Json::quote(claim.name);
            out += ": {\"value\": ";
            out += claim.raw;
            out += ", \"utc\": ";
            const QString utc = utcText(claim);
            out += utc.isEmpty() ? QByteArray("null") : Json::quote(utc);
            out += ", \"status\": ";
            out += Json::quote(statusText(claim));
            out += '}';
        }
        out += '}';
        const QStringList duplicates = duplicateNames(token);
        if (!duplicates.isEmpty()) {
            out += ", \"duplicate_claims\": ";
            appendJsonList(out, duplicates);
        }
    }
    out += ", \"findings\": ";
    appendFindingsJson(out, findings);
    const QStringList notes = warnings(token);
    if (!notes.isEmpty()) {
        out += ", \"warnings\": ";
        appendJsonList(out, notes);
    }
    out += "}\n";
}

void appendPretty(QByteArray &out, const QByteArray &utf8)
{
    const Json::Formatted f = Json::pretty(utf8);
    out += f.error.isError() ? utf8 : f.text;
    if (!out.endsWith('\n'))
        out += '\n';
}

void printText(const Token &token, const ClaimsReport &report, const QList<Finding> &findings,
               Io &io)
{
    QByteArray &out = io.out;
    out += (token.isJwe() ? Cli::tr("Protected header (JWE):") : Cli::tr("Header:")).toUtf8();
    out += '\n';
    appendPretty(out, token.header().decoded);
    if (token.isJwe()) {
        out += '\n';
        out += Cli::tr("The content is encrypted (JWE): only the protected header can be "
                       "shown.")
                       .toUtf8();
        out += '\n';
    } else {
        out += '\n';
        const QByteArray &payload = token.payload().decoded;
        if (token.payloadIsJson()) {
            out += Cli::tr("Payload:").toUtf8();
            out += '\n';
            appendPretty(out, payload);
        } else if (Utf8::firstInvalid(payload) < 0) {
            out += Cli::tr("Payload (not JSON, %n byte(s) of text):", nullptr, int(payload.size()))
                           .toUtf8();
            out += '\n';
            out += payload;
            out += '\n';
        } else {
            out += Cli::tr("Payload (binary, %n byte(s), shown in base64url):", nullptr,
                           int(payload.size()))
                           .toUtf8();
            out += '\n';
            out += token.payload().encoded;
            out += '\n';
        }
        out += '\n';
        out += Cli::tr("Signature:").toUtf8();
        out += '\n';
        out += token.signature().encoded;
        out += '\n';
        if (!report.times.isEmpty()) {
            out += '\n';
            out += Cli::tr("Time claims:").toUtf8();
            out += '\n';
            for (const TimeClaim &claim : report.times) {
                const QString utc = utcText(claim);
                out += Cli::tr("  %1  %2  %3  %4")
                               .arg(claim.name, QString::fromUtf8(claim.raw),
                                    utc.isEmpty() ? Cli::tr("(not a date)") : utc,
                                    statusText(claim))
                               .toUtf8();
                out += '\n';
            }
        }
        const QStringList duplicates = duplicateNames(token);
        if (!duplicates.isEmpty()) {
            out += '\n';
            out += Cli::tr("Duplicate claim names: %1 (the last value of each is used, RFC 7519 "
                           "§4)")
                           .arg(duplicates.join(QLatin1String(", ")))
                           .toUtf8();
            out += '\n';
        }
    }
    if (!findings.isEmpty()) {
        out += '\n';
        out += Cli::tr("Findings (jwtlens lint explains them):").toUtf8();
        out += '\n';
        appendFindingLines(out, findings, "  ");
    }
    const QStringList notes = warnings(token);
    if (!notes.isEmpty()) {
        out += '\n';
        out += Cli::tr("Warnings:").toUtf8();
        out += '\n';
        for (const QString &note : notes) {
            out += "  ";
            out += note.toUtf8();
            out += '\n';
        }
    }
}

} // namespace

int runDecode(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Shows a token's header, payload, signature and time claims."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object.")});
    addClockOptions(parser);
    parser.addPositionalArgument(QStringLiteral("token"),
                                 Cli::tr("The token, or - (or nothing) for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    ClaimsPolicy policy;
    if (!readClockOptions(parser, io, policy.now, policy.leeway))
        return Failure;

    std::optional<QByteArray> input = readArgumentOrInput(parser, io, Cli::tr("token"));
    if (!input)
        return Failure;
    if (looksLikeJoseJson(*input))
        return decodeJoseJson(*input, parser.isSet(QStringLiteral("json")), io);
    Token token;
    {
        const QString text = QString::fromUtf8(*input);
        input.reset(); // a 10 MiB token should not be held three times
        token = Token::parse(text);
    }
    if (!token.isWellFormed() || token.form() == Token::Form::Empty)
        return failOnProblem(io, token);

    ClaimsReport report;
    if (!token.isJwe() && token.payloadObject().isObject)
        report = checkClaims(token.payloadObject(), policy);

    ReviewContext context;
    context.now = policy.now;
    context.leeway = policy.leeway;
    const QList<Finding> findings = reviewToken(token, context, ReviewDepth::Quick, io);

    if (parser.isSet(QStringLiteral("json")))
        printJson(token, report, findings, io);
    else
        printText(token, report, findings, io);
    return Success;
}
