// SPDX-License-Identifier: MIT
#include "common.h"

#include "base64url.h"
#include "boundedfile.h"
#include "crack.h"
#include "json.h"
#include "keyset.h"

#include <QDateTime>

#include <limits>

namespace CliCommon {

namespace {

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1String("..")))
        text.chop(1);
    return text;
}

} // namespace

std::optional<QByteArray> readFile(const QString &fileName, Io &io, qint64 cap, const QString &part)
{
    // Through BoundedFile: the cap counts what is read (a mistaken `--key /dev/zero` ends
    // with an error, not with the memory), and a FIFO with no writer gives up in time.
    BoundedFile::Result read = BoundedFile::read(fileName, cap);
    if (read.ok())
        return std::move(read.data);
    fail(io, part, read.error);
    return std::nullopt;
}

std::optional<QByteArray> readStandardInput(Io &io, qint64 cap, const QString &part, bool map)
{
    if (!io.readInput)
        return QByteArray();
    BoundedFile::Result read = io.readInput(cap, map);
    if (read.ok())
        return std::move(read.data);
    fail(io, part, read.error);
    return std::nullopt;
}

int fail(Io &io, const QString &part, const QString &reason)
{
    io.err += "jwtlens: ";
    io.err += part.toUtf8();
    io.err += ": ";
    const QString line = oneLine(reason);
    io.err += line.isEmpty() ? QByteArray("error") : line.toUtf8();
    io.err += '\n';
    return Failure;
}

void warn(Io &io, const QString &text)
{
    io.err += "jwtlens: warning: ";
    io.err += oneLine(text).toUtf8();
    io.err += '\n';
}

int failOnProblem(Io &io, const Token &token, const QString &hint)
{
    for (const Problem &p : token.problems()) {
        if (p.severity != Problem::Severity::Error)
            continue;
        QString message = p.message;
        // JWE parts other than the protected header have no word of their own in the
        // contract: name them inside the reason.
        const QString word = partName(p.part, PartNaming::ErrorLine);
        if (word == QLatin1String("token") && p.part != TokenPart::Token)
            message = QStringLiteral("%1: %2").arg(partName(p.part), message);
        if (!hint.isEmpty())
            message = Cli::tr("%1; hint: %2").arg(message, hint);
        return fail(io, word, message);
    }
    if (token.form() == Token::Form::Empty)
        return fail(io, QStringLiteral("token"), Cli::tr("no token given"));
    return fail(io, QStringLiteral("token"), Cli::tr("malformed token"));
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, Io &io, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Displays help on this command."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        exitCode = fail(io, QStringLiteral("usage"), parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // helpText() names the program as QCoreApplication knows it; say the subcommand.
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString usage = Cli::tr("Usage: jwtlens %1 [options]").arg(args.value(0));
        const QString rest = eol >= 0 ? text.mid(eol) : QString();
        QString first = eol >= 0 ? text.left(eol) : text;
        const qsizetype opts = first.indexOf(QLatin1String("[options]"));
        text = usage + (opts >= 0 ? first.mid(opts + 9) : QString()) + rest;
        io.out += text.toUtf8();
        exitCode = Success;
        return false;
    }
    exitCode = Success;
    return true;
}

void addKeyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("secret"), Cli::tr("HMAC secret (the UTF-8 bytes of TEXT)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("secret-file"),
                      Cli::tr("HMAC secret read from FILE (one trailing newline is dropped)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("secret-base64"),
                      Cli::tr("HMAC secret given in base64url (or base64)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("key"),
                      Cli::tr("Key file: PEM (SPKI, PKCS#8, PKCS#1, SEC1, certificate), JWK "
                              "or JWKS."),
                      QStringLiteral("FILE")});
}

std::optional<LoadedKeys> loadKeyOptions(const QCommandLineParser &parser, Io &io)
{
    const QStringList names {QStringLiteral("secret"), QStringLiteral("secret-file"),
                             QStringLiteral("secret-base64"), QStringLiteral("key")};
    QStringList given;
    for (const QString &name : names) {
        const int count = int(parser.values(name).size());
        for (int i = 0; i < count; ++i)
            given << name;
    }
    LoadedKeys loaded;
    if (given.isEmpty())
        return loaded;
    if (given.size() > 1) {
        fail(io, QStringLiteral("usage"),
             Cli::tr("give one key: --secret, --secret-file, --secret-base64 or --key"));
        return std::nullopt;
    }
    loaded.given = true;
    const QString option = given.first();
    const QString value = parser.value(option);
    QByteArray secret;
    if (option == QLatin1String("secret")) {
        secret = value.toUtf8();
    } else if (option == QLatin1String("secret-file")) {
        std::optional<QByteArray> data = readFile(value, io);
        if (!data)
            return std::nullopt;
        secret = *data;
        if (secret.endsWith("\r\n"))
            secret.chop(2);
        else if (secret.endsWith('\n'))
            secret.chop(1);
    } else if (option == QLatin1String("secret-base64")) {
        QByteArray text = value.trimmed().toLatin1();
        if (value.trimmed().size() != text.size() || text.isEmpty()) {
            fail(io, QStringLiteral("key"), Cli::tr("the base64 secret is empty or not ASCII"));
            return std::nullopt;
        }
        // Keys are not tokens: standard base64 and padding are accepted here.
        text.replace('+', '-').replace('/', '_');
        while (text.endsWith('='))
            text.chop(1);
        const Base64Url::Decoded decoded = Base64Url::decode(text);
        if (!decoded.ok()) {
            fail(io, QStringLiteral("key"),
                 Cli::tr("invalid base64 secret at offset %1: %2")
                         .arg(decoded.errorOffset)
                         .arg(decoded.error));
            return std::nullopt;
        }
        secret = decoded.bytes;
    } else {
        std::optional<QByteArray> data = readFile(value, io);
        if (!data)
            return std::nullopt;
        loaded.ring = KeyRing::fromText(*data);
        if (loaded.ring.isEmpty()) {
            fail(io, QStringLiteral("key"),
                 loaded.ring.loadError().isEmpty() ? Cli::tr("no key in %1").arg(value)
                                                   : loaded.ring.loadError());
            return std::nullopt;
        }
        return loaded;
    }
    if (secret.isEmpty()) {
        fail(io, QStringLiteral("key"), Cli::tr("the secret is empty"));
        return std::nullopt;
    }
    loaded.isSecret = true;
    loaded.ring = KeyRing::fromSecret(secret);
    secret.fill('\0');
    return loaded;
}

std::optional<QByteArray> readArgumentOrInput(const QCommandLineParser &parser, Io &io,
                                              const QString &what, bool *fromInput, bool batch,
                                              ArgumentKind kind)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        fail(io, QStringLiteral("usage"),
             Cli::tr("expected one %1, got %2 arguments").arg(what).arg(positional.size()));
        return std::nullopt;
    }
    const bool input = positional.isEmpty() || positional.first() == QLatin1String("-");
    if (fromInput)
        *fromInput = input;
    if (!input && kind == ArgumentKind::TextOrFile) {
        // A file, a FIFO (`<(…)`) or a device: read like standard input, capped; a name that
        // names nothing is the text itself.
        BoundedFile::Result read = BoundedFile::read(positional.first(), BoundedFile::TokenCap);
        if (read.ok())
            return std::move(read.data);
        if (read.status != BoundedFile::Result::Status::NoSuchFile) {
            fail(io, QStringLiteral("token"), read.error);
            return std::nullopt;
        }
    }
    if (!input)
        return positional.first().toUtf8();
    if (io.inputIsTerminal) {
        fail(io, QStringLiteral("usage"),
             Cli::tr("no %1 given: pass it as an argument or on standard input").arg(what));
        return std::nullopt;
    }
    return readStandardInput(io, batch ? BoundedFile::BatchCap : BoundedFile::TokenCap,
                             QStringLiteral("token"), batch);
}

std::optional<Algorithm> parseAlgorithm(const QString &name, Io &io, bool allowNone)
{
    const std::optional<Algorithm> alg = Algorithms::fromName(name);
    if (!alg || (*alg == Algorithm::None && !allowNone)) {
        QStringList known;
        for (Algorithm a : Algorithms::all())
            known << Algorithms::name(a);
        fail(io, QStringLiteral("usage"),
             Cli::tr("unknown algorithm \"%1\" (known: %2)").arg(name, known.join(u' ')));
        return std::nullopt;
    }
    return alg;
}

std::optional<qint64> parseInteger(const QCommandLineParser &parser, const QString &option, Io &io,
                                   qint64 minimum)
{
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum) {
        fail(io, QStringLiteral("usage"),
             Cli::tr("--%1 needs an integer of at least %2, got \"%3\"")
                     .arg(option)
                     .arg(minimum)
                     .arg(text));
        return std::nullopt;
    }
    return value;
}

double currentTime()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out += Json::quote(text);
}

void addClockOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("now"), Cli::tr("The clock, in seconds since the epoch."),
                      QStringLiteral("UNIX_SECONDS")});
    parser.addOption({QStringLiteral("leeway"), Cli::tr("Clock skew allowed, in seconds."),
                      QStringLiteral("SECONDS")});
}

bool readClockOptions(const QCommandLineParser &parser, Io &io, double &now, qint64 &leeway)
{
    now = currentTime();
    leeway = 0;
    if (parser.isSet(QStringLiteral("now"))) {
        const std::optional<qint64> value = parseInteger(parser, QStringLiteral("now"), io,
                                                         std::numeric_limits<qint64>::min());
        if (!value)
            return false;
        now = double(*value);
    }
    if (parser.isSet(QStringLiteral("leeway"))) {
        const std::optional<qint64> value = parseInteger(parser, QStringLiteral("leeway"), io, 0);
        if (!value)
            return false;
        leeway = *value;
    }
    return true;
}

QList<Finding> reviewToken(const Token &token, const ReviewContext &context, ReviewDepth depth,
                           Io &io)
{
    // A 1 MiB payload (base64url: 1.4 MiB of token) is still reviewed by decode.
    constexpr qsizetype quickLimit = 2 * 1024 * 1024;
    constexpr qsizetype fullLimit = 1024 * 1024;
    QList<Finding> findings;
    if (depth == ReviewDepth::Quick && token.length() > quickLimit) {
        warn(io, Cli::tr("findings are not computed for tokens over 2 MiB: use jwtlens lint"));
        return findings;
    }
    findings = Findings::review(token, context);
    const qsizetype inputSize = token.header().length + 1 + token.payload().length;
    if (depth == ReviewDepth::Quick)
        findings += Crack::quickWeakSecretFindings(token);
    else if (inputSize <= fullLimit)
        findings += Crack::weakSecretFindings(token);
    else if (Crack::refusal(token).isEmpty())
        warn(io,
             Cli::tr("the built-in secrets were not tried on a token over 1 MiB: use "
                     "jwtlens crack"));
    Findings::sort(findings);
    return findings;
}

void appendFindingLines(QByteArray &out, const QList<Finding> &findings, const char *indent)
{
    for (const Finding &f : findings) {
        out += indent;
        out += QStringLiteral("%1: %2: %3: %4 (%5)\n")
                       .arg(severityName(f.severity), f.id, partName(f.part, PartNaming::ErrorLine),
                            f.message, f.reference)
                       .toUtf8();
    }
}

void appendFindingsJson(QByteArray &out, const QList<Finding> &findings)
{
    out += '[';
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        out += i ? ",\n  " : "\n  ";
        out += "{\"severity\": ";
        appendJsonString(out, severityName(f.severity));
        out += ", \"id\": ";
        appendJsonString(out, f.id);
        out += ", \"part\": ";
        appendJsonString(out, partName(f.part, PartNaming::ErrorLine));
        out += ", \"message\": ";
        appendJsonString(out, f.message);
        out += ", \"reference\": ";
        appendJsonString(out, f.reference);
        out += '}';
    }
    out += findings.isEmpty() ? "]" : "\n]";
}

} // namespace CliCommon
