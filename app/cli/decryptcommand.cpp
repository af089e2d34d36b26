// SPDX-License-Identifier: MIT
#include "decryptcommand.h"

#include "common.h"
#include "keyset.h"
#include "jweoptions.h"

#include "jwe.h"
#include "json.h"
#include "token.h"
#include "utf8.h"

#include <QCommandLineParser>

using namespace CliCommon;

namespace {

QString serializationName(JoseSerialization s)
{
    switch (s) {
    case JoseSerialization::Compact:
        return QStringLiteral("compact");
    case JoseSerialization::GeneralJson:
        return QStringLiteral("general");
    case JoseSerialization::FlattenedJson:
        return QStringLiteral("flattened");
    }
    return {};
}

/// The contract's part word for a failed decryption.
QString partFor(const JweResult &result)
{
    switch (result.status) {
    case JweStatus::KeyMismatch:
        return QStringLiteral("key");
    case JweStatus::Unsupported:
        return QStringLiteral("header");
    case JweStatus::Malformed:
        // The token's structural errors carry their part; the engine's own are the header's.
        return result.error.startsWith(QLatin1String("token: ")) ? QStringLiteral("token")
                                                                 : QStringLiteral("header");
    default:
        return QStringLiteral("token");
    }
}

QString withoutPart(QString error)
{
    for (const char *part : {"token: ", "header: "}) {
        if (error.startsWith(QLatin1String(part)))
            return error.mid(int(qstrlen(part)));
    }
    return error;
}

/// Whether the plaintext is itself a token: "cty" says JWT (RFC 7519 §5.2), or it parses as a
/// well-formed compact JWS or JWE.
bool isNested(const JweResult &result)
{
    if (result.cty.compare(QLatin1String("JWT"), Qt::CaseInsensitive) == 0)
        return true;
    const Token inner = Token::parse(QByteArrayView(result.plaintext));
    return inner.isWellFormed() && inner.form() != Token::Form::Empty;
}

void printJson(const JweResult &result, Io &io)
{
    QByteArray &out = io.out;
    out += "{\"decrypted\": ";
    out += result.ok() ? "true" : "false";
    out += ", \"status\": ";
    out += Json::quote(jweStatusName(result.status));
    if (!result.ok()) {
        out += ", \"error\": ";
        out += Json::quote(result.error);
    }
    out += ", \"serialization\": ";
    out += Json::quote(serializationName(result.serialization));
    if (!result.header.isEmpty()) {
        out += ", \"header\": ";
        JweOptionsCli::appendJsonOrString(out, result.header);
    }
    out += ", \"alg\": ";
    out += Json::quote(result.alg);
    out += ", \"enc\": ";
    out += Json::quote(result.enc);
    if (result.ok()) {
        out += ", \"compressed\": ";
        out += result.compressed ? "true" : "false";
        out += ", \"recipient\": ";
        out += QByteArray::number(result.recipient);
        out += ", \"key\": {\"index\": ";
        out += QByteArray::number(result.keyIndex);
        out += ", \"kid\": ";
        out += result.key.kid().isEmpty() ? QByteArray("null") : Json::quote(result.key.kid());
        out += ", \"description\": ";
        out += Json::quote(result.key.description());
        out += '}';
        const QByteArray &plaintext = result.plaintext;
        if (Utf8::firstInvalid(plaintext) < 0) {
            out += ", \"plaintext\": ";
            out += Json::quote(QString::fromUtf8(plaintext));
            const Json::Formatted json = Json::compact(plaintext);
            if (!json.error.isError() && !plaintext.trimmed().isEmpty()) {
                out += ", \"payload\": ";
                out += json.text;
            }
        } else {
            out += ", \"plaintext_base64url\": ";
            out += Json::quote(QString::fromLatin1(plaintext.toBase64(
                    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        }
        if (isNested(result)) {
            out += ", \"nested\": ";
            QByteArray inner;
            if (JweOptionsCli::appendCompactTokenJson(inner, result.plaintext)) {
                out += inner;
            } else {
                out += "{\"error\": ";
                out += Json::quote(Cli::tr("cty is JWT, but the plaintext is not a compact JWS "
                                           "or JWE"));
                out += '}';
            }
        }
    }
    out += "}\n";
}

} // namespace

int runDecrypt(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Decrypts a JWE (compact, or the general or flattened JSON serialization) and "
                    "prints its plaintext exactly, without a newline added. Exit status: 0 "
                    "decrypted, 1 cannot decrypt (wrong key, modified token, a key that does "
                    "not fit, a refused limit), 2 malformed input or usage error."));
    JweOptionsCli::addKeyOptions(parser);
    parser.addOption({QStringLiteral("json"),
                      Cli::tr("Print one JSON object: header, plaintext, which key and recipient "
                              "matched, and the decode of a nested token.")});
    parser.addOption({QStringLiteral("max-p2c"),
                      Cli::tr("Refuse PBES2 tokens with more iterations (default %1).")
                              .arg(JweOptions::DefaultMaxPbes2Count),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("max-size"),
                      Cli::tr("Refuse a compressed plaintext that inflates to more bytes "
                              "(default %1).")
                              .arg(JweOptions::DefaultMaxPlaintextBytes),
                      QStringLiteral("BYTES")});
    parser.addPositionalArgument(QStringLiteral("token"),
                                 Cli::tr("The JWE, or - (or nothing) for standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    JweOptions options;
    if (parser.isSet(QStringLiteral("max-p2c"))) {
        const std::optional<qint64> value = parseInteger(parser, QStringLiteral("max-p2c"), io, 1);
        if (!value)
            return Failure;
        options.maxPbes2Count = *value;
    }
    if (parser.isSet(QStringLiteral("max-size"))) {
        const std::optional<qint64> value = parseInteger(parser, QStringLiteral("max-size"), io, 0);
        if (!value)
            return Failure;
        options.maxPlaintextBytes = qsizetype(*value);
    }
    const std::optional<LoadedKeys> keys = JweOptionsCli::loadKeys(parser, io);
    if (!keys)
        return Failure;
    if (!keys->given) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("decrypt needs a key: --key, --secret, --secret-file, "
                            "--secret-base64, --password or --password-file"));
    }
    const std::optional<QByteArray> input = readArgumentOrInput(parser, io, Cli::tr("token"));
    if (!input)
        return Failure;
    if (input->trimmed().isEmpty())
        return fail(io, QStringLiteral("token"), Cli::tr("no token given"));

    JweResult result;
    if (looksLikeJoseJson(*input)) {
        result = Jwe::decrypt(*input, keys->ring.keys(), options);
    } else {
        const Token token = Token::parse(*input);
        if (!token.isWellFormed())
            return failOnProblem(io, token);
        if (!token.isJwe()) {
            return fail(io, QStringLiteral("token"),
                        Cli::tr("this is a signed JWS (3 parts), not an encrypted JWE (5 parts): "
                                "use jwtlens verify"));
        }
        result = Jwe::decrypt(token, keys->ring.keys(), options);
    }
    if (result.ok()) {
        if (result.alg == QLatin1String("RSA1_5"))
            warn(io,
                 Cli::tr("RSA1_5 is deprecated: it invites padding-oracle attacks (RFC 8725 "
                         "§3.2); prefer RSA-OAEP-256"));
        const KeyFit fit
                = Jwe::checkFit(result.key, *JweAlgorithms::algFromName(result.alg),
                                *JweAlgorithms::encFromName(result.enc), JweDirection::Decrypt);
        if (fit.verdict == KeyFit::Verdict::Weak)
            warn(io, fit.reason);
        if (parser.isSet(QStringLiteral("json")))
            printJson(result, io);
        else
            io.out += result.plaintext;
        return Success;
    }
    const bool malformed = result.status == JweStatus::Malformed;
    if (parser.isSet(QStringLiteral("json")) && !malformed)
        printJson(result, io);
    fail(io, partFor(result), withoutPart(result.error));
    return malformed ? Failure : NotValid;
}
