// SPDX-License-Identifier: MIT
#include "diffcommand.h"

#include "common.h"
#include "textinput.h"

#include "json.h"
#include "token.h"
#include "tokendiff.h"
#include "tokenfinder.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cmath>

using namespace CliCommon;

namespace {

/// The contract's error line for a malformed token, saying which of the two it is.
int failOnToken(Io &io, const Token &token, const QString &which)
{
    for (const Problem &p : token.problems()) {
        if (p.severity != Problem::Severity::Error)
            continue;
        QString message = p.message;
        if (partName(p.part, PartNaming::ErrorLine) == QLatin1String("token")
            && p.part != TokenPart::Token)
            message = QStringLiteral("%1: %2").arg(partName(p.part), message);
        return fail(io, partName(p.part, PartNaming::ErrorLine),
                    QStringLiteral("%1: %2").arg(which, message));
    }
    if (token.form() == Token::Form::Empty)
        return fail(io, QStringLiteral("token"), Cli::tr("%1: no token given").arg(which));
    return fail(io, QStringLiteral("token"), Cli::tr("%1: malformed token").arg(which));
}

/// A token given as itself, as a file, or as "-" (standard input). A file or input that is
/// not one bare token may hold one token somewhere in its text (a log line, a request).
std::optional<Token> readToken(const QString &argument, const QString &which, Io &io)
{
    const bool isFile = argument == QLatin1String("-") || QFileInfo(argument).exists();
    if (!isFile) {
        const Token token = Token::parse(argument);
        if (!token.isWellFormed() || token.form() == Token::Form::Empty) {
            // A mistyped file name reads as a malformed token: say both.
            failOnToken(io, token, Cli::tr("%1 (no file of that name either)").arg(which));
            return std::nullopt;
        }
        return token;
    }
    const std::optional<QByteArray> text = CliText::read(argument, BoundedFile::TokenCap, io);
    if (!text)
        return std::nullopt;
    const Token token = Token::parse(QString::fromUtf8(*text));
    if (token.isWellFormed() && token.form() != Token::Form::Empty)
        return token;
    const TokenFinder::Result found = TokenFinder::find(*text);
    if (found.tokens.size() == 1)
        return Token::parse(QByteArrayView(found.tokens.first().token));
    if (found.tokens.size() > 1) {
        const QString name = argument == QLatin1String("-") ? Cli::tr("standard input") : argument;
        fail(io, QStringLiteral("usage"),
             Cli::tr("%1: %2 holds %3 tokens: give one (jwtlens find lists them)")
                     .arg(which, name)
                     .arg(found.tokens.size()));
        return std::nullopt;
    }
    failOnToken(io, token, which);
    return std::nullopt;
}

QByteArray compactValue(const QByteArray &raw)
{
    const Json::Formatted f = Json::compact(raw);
    return f.error.isError() ? raw : f.text;
}

QString isoUtc(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QByteArray numberText(double value)
{
    return value == std::trunc(value) && std::fabs(value) < 1e15
            ? QByteArray::number(qint64(value))
            : QByteArray::number(value, 'g', 17);
}

QString kindText(Token::Form form)
{
    return form == Token::Form::Jwe ? QStringLiteral("JWE") : QStringLiteral("JWS");
}

QString sideText(const TokenDiff::Side &side)
{
    const QString alg = side.alg.isEmpty() ? Cli::tr("(no alg)") : side.alg;
    if (side.hasKid)
        return Cli::tr("%1 %2, kid \"%3\"").arg(alg, kindText(side.form), side.kid);
    return Cli::tr("%1 %2, no kid").arg(alg, kindText(side.form));
}

void appendMembers(QByteArray &out, const QList<MemberChange> &members, bool all)
{
    for (const MemberChange &m : members) {
        const QByteArray a = compactValue(m.first);
        const QByteArray b = compactValue(m.second);
        const QByteArray name = m.name.toUtf8();
        switch (m.change) {
        case MemberChange::Change::Same:
            if (!all)
                continue;
            out += "    " + name + ": " + a + '\n';
            break;
        case MemberChange::Change::Respelled:
            out += "  = " + name + ": " + a + " -> " + b + "  "
                    + Cli::tr("(the same value, written differently)").toUtf8() + '\n';
            break;
        case MemberChange::Change::Changed:
            out += "  ~ " + name + ": " + a + " -> " + b + '\n';
            break;
        case MemberChange::Change::Added:
            out += "  + " + name + ": " + b + '\n';
            break;
        case MemberChange::Change::Removed:
            out += "  - " + name + ": " + a + '\n';
            break;
        }
        if (!m.time)
            continue;
        const MemberChange::Time &t = *m.time;
        QString line;
        if (t.first.isValid() && t.second.isValid())
            line = QStringLiteral("%1 -> %2: %3").arg(isoUtc(t.first), isoUtc(t.second), t.text);
        else if (t.first.isValid())
            line = isoUtc(t.first);
        else if (t.second.isValid())
            line = isoUtc(t.second);
        if (!line.isEmpty())
            out += "      " + line.toUtf8() + '\n';
    }
}

void printText(const TokenDiff &diff, bool all, Io &io)
{
    QByteArray &out = io.out;
    if (diff.identical) {
        out += Cli::tr("The tokens are identical.").toUtf8() + '\n';
        return;
    }
    out += Cli::tr("first:  %1").arg(sideText(diff.first)).toUtf8() + '\n';
    out += Cli::tr("second: %1").arg(sideText(diff.second)).toUtf8() + '\n';

    if (all || TokenDiff::changeCount(diff.header)) {
        out += Cli::tr("header:").toUtf8() + '\n';
        appendMembers(out, diff.header, all);
    } else {
        out += Cli::tr("header: the same").toUtf8() + '\n';
    }

    const bool bothJws
            = diff.first.form == Token::Form::Jws && diff.second.form == Token::Form::Jws;
    if (diff.payloadsCompared) {
        if (all || TokenDiff::changeCount(diff.payload)) {
            out += Cli::tr("payload:").toUtf8() + '\n';
            appendMembers(out, diff.payload, all);
        } else {
            out += Cli::tr("payload: the same").toUtf8() + '\n';
        }
    } else if (bothJws) {
        out += (diff.sameContent ? Cli::tr("payload: the same bytes (not a JSON object)")
                                 : Cli::tr("payload: different (not a JSON object: compared as "
                                           "bytes)"))
                        .toUtf8()
                + '\n';
    } else if (diff.first.form == Token::Form::Jwe && diff.second.form == Token::Form::Jwe) {
        out += (diff.sameContent ? Cli::tr("ciphertext: the same")
                                 : Cli::tr("ciphertext: different (the payloads are encrypted)"))
                        .toUtf8()
                + '\n';
    } else {
        out += Cli::tr("payload: not compared (a JWE's payload is encrypted)").toUtf8() + '\n';
    }

    if (!bothJws)
        return;
    if (diff.sameSignature)
        out += Cli::tr("signature: the same").toUtf8() + '\n';
    else if (diff.sameSigningInput)
        out += Cli::tr("signature: different, over the same header and payload (signed again: "
                       "another key, or an algorithm whose signatures are random)")
                        .toUtf8()
                + '\n';
    else
        out += Cli::tr("signature: different").toUtf8() + '\n';
}

void appendSideJson(QByteArray &out, const TokenDiff::Side &side)
{
    out += "{\"kind\": \"" + kindText(side.form).toLatin1() + "\", \"alg\": ";
    appendJsonString(out, side.alg);
    out += ", \"kid\": ";
    if (side.hasKid)
        appendJsonString(out, side.kid);
    else
        out += "null";
    out += '}';
}

void appendMembersJson(QByteArray &out, const QList<MemberChange> &members, bool all)
{
    out += '[';
    bool firstItem = true;
    for (const MemberChange &m : members) {
        if (m.change == MemberChange::Change::Same && !all)
            continue;
        out += firstItem ? "" : ", ";
        firstItem = false;
        out += "{\"name\": ";
        appendJsonString(out, m.name);
        out += ", \"change\": \"" + TokenDiff::changeName(m.change).toLatin1() + '"';
        if (!m.first.isEmpty())
            out += ", \"first\": " + compactValue(m.first);
        if (!m.second.isEmpty())
            out += ", \"second\": " + compactValue(m.second);
        if (m.time) {
            const MemberChange::Time &t = *m.time;
            out += ", \"time\": {\"first\": ";
            out += t.first.isValid() ? '"' + isoUtc(t.first).toLatin1() + '"' : QByteArray("null");
            out += ", \"second\": ";
            out += t.second.isValid() ? '"' + isoUtc(t.second).toLatin1() + '"'
                                      : QByteArray("null");
            if (!t.text.isEmpty()) {
                out += ", \"seconds\": " + numberText(t.seconds) + ", \"text\": ";
                appendJsonString(out, t.text);
            }
            out += '}';
        }
        out += '}';
    }
    out += ']';
}

void printJson(const TokenDiff &diff, bool all, Io &io)
{
    QByteArray &out = io.out;
    const auto boolean = [](bool b) {
        return b ? QByteArray("true") : QByteArray("false");
    };
    out += "{\"identical\": " + boolean(diff.identical) + ", \"first\": ";
    appendSideJson(out, diff.first);
    out += ", \"second\": ";
    appendSideJson(out, diff.second);
    out += ", \"sameAlg\": " + boolean(diff.sameAlg) + ", \"sameKid\": " + boolean(diff.sameKid);
    out += ", \"header\": ";
    appendMembersJson(out, diff.header, all);
    out += ", \"payload\": ";
    if (diff.payloadsCompared)
        appendMembersJson(out, diff.payload, all);
    else
        out += "null";
    out += ", \"sameContent\": " + boolean(diff.sameContent);
    out += ", \"signature\": ";
    if (diff.first.form == Token::Form::Jws && diff.second.form == Token::Form::Jws) {
        out += "{\"same\": " + boolean(diff.sameSignature)
                + ", \"sameSigningInput\": " + boolean(diff.sameSigningInput) + '}';
    } else {
        out += "null";
    }
    out += "}\n";
}

} // namespace

int runDiff(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Compares two tokens: header and payload member by member (added, removed, "
                    "changed), times as dates and how far they moved, alg, kid and signatures. "
                    "Verifies nothing.\n"
                    "Exit status: 0 the tokens are identical, 1 they differ, 2 usage error or "
                    "malformed token."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("all"), Cli::tr("Also list the members that are the same.")});
    parser.addPositionalArgument(QStringLiteral("first"),
                                 Cli::tr("The first token, a file holding it, or - for standard "
                                         "input."),
                                 QStringLiteral("A"));
    parser.addPositionalArgument(QStringLiteral("second"), Cli::tr("The second token, likewise."),
                                 QStringLiteral("B"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("expected two tokens (A B), got %1 arguments").arg(positional.size()));
    }
    if (positional.at(0) == QLatin1String("-") && positional.at(1) == QLatin1String("-"))
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("only one token can come from standard input"));

    const std::optional<Token> first = readToken(positional.at(0), Cli::tr("first token"), io);
    if (!first)
        return Failure;
    const std::optional<Token> second = readToken(positional.at(1), Cli::tr("second token"), io);
    if (!second)
        return Failure;

    const TokenDiff diff = TokenDiff::compare(*first, *second);
    const bool all = parser.isSet(QStringLiteral("all"));
    if (parser.isSet(QStringLiteral("json")))
        printJson(diff, all, io);
    else
        printText(diff, all, io);
    return diff.identical ? Success : NotValid;
}
