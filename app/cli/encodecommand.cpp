// SPDX-License-Identifier: MIT
#include "encodecommand.h"

#include "common.h"

#include "algorithm.h"
#include "base64url.h"
#include "json.h"
#include "jws.h"
#include "key.h"
#include "keyfit.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <limits>

using namespace CliCommon;

namespace {

/// Validates @p text as a JSON object without repeated names and compacts it (key order and
/// number spelling kept). nullopt after printing the error line for @p part.
std::optional<QByteArray> compactObject(const QByteArray &text, const QString &part,
                                        bool requireObject, Io &io)
{
    const Json::Error error = Json::validate(text, Json::Duplicates::Reject);
    if (error.isError()) {
        fail(io, part,
             Cli::tr("invalid JSON at offset %1: %2").arg(error.offset).arg(error.message));
        return std::nullopt;
    }
    const Json::Formatted compact = Json::compact(text);
    if (compact.error.isError()) {
        fail(io, part,
             Cli::tr("invalid JSON at offset %1: %2")
                     .arg(compact.error.offset)
                     .arg(compact.error.message));
        return std::nullopt;
    }
    if (requireObject && !compact.text.startsWith('{')) {
        fail(io, part, Cli::tr("not a JSON object"));
        return std::nullopt;
    }
    return compact.text;
}

/// Sets member @p name of the compact object @p object to @p rawValue: in place when it is
/// there (the other members keep their bytes and order), else added first or last.
QByteArray setMember(const QByteArray &object, const QString &name, const QByteArray &rawValue,
                     bool addFirst)
{
    const Json::Object members = Json::readObject(object);
    if (const Json::Member *m = members.find(name)) {
        QByteArray result = object;
        result.replace(m->valueOffset, m->raw.size(), rawValue);
        return result;
    }
    const QByteArray member = Json::quote(name) + ':' + rawValue;
    const bool empty = members.members.isEmpty();
    if (addFirst) {
        QByteArray result = object;
        result.insert(1, empty ? member : member + ',');
        return result;
    }
    QByteArray result = object;
    result.insert(result.size() - 1, empty ? member : ',' + member);
    return result;
}

} // namespace

int runEncode(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Signs a payload and prints the compact token. The payload's key order "
                    "and number spelling are kept; whitespace is removed."));
    parser.addOption({QStringLiteral("alg"), Cli::tr("The algorithm (none: unsigned)."),
                      QStringLiteral("ALG")});
    addKeyOptions(parser);
    parser.addOption({QStringLiteral("header"),
                      Cli::tr("The header (a JSON object; alg is set in it)."),
                      QStringLiteral("JSON")});
    parser.addOption(
            {QStringLiteral("kid"), Cli::tr("Set kid in the header."), QStringLiteral("KID")});
    parser.addOption({QStringLiteral("iat"), Cli::tr("Set iat in the payload to now.")});
    parser.addOption({QStringLiteral("exp"), Cli::tr("Set exp in the payload to now + SECONDS."),
                      QStringLiteral("SECONDS_FROM_NOW")});
    parser.addPositionalArgument(QStringLiteral("payload"),
                                 Cli::tr("The payload JSON, or - (or nothing) for standard "
                                         "input."),
                                 QStringLiteral("[PAYLOAD_JSON|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    if (!parser.isSet(QStringLiteral("alg")))
        return fail(io, QStringLiteral("usage"), Cli::tr("encode needs --alg ALG"));
    const std::optional<Algorithm> alg
            = parseAlgorithm(parser.value(QStringLiteral("alg")), io, true);
    if (!alg)
        return Failure;
    std::optional<qint64> expIn;
    if (parser.isSet(QStringLiteral("exp"))) {
        expIn = parseInteger(parser, QStringLiteral("exp"), io,
                             std::numeric_limits<qint64>::min() / 2);
        if (!expIn)
            return Failure;
    }

    // The key first: a wrong key is the more likely mistake and says nothing secret.
    Key key;
    std::optional<LoadedKeys> keys = loadKeyOptions(parser, io);
    if (!keys)
        return Failure;
    const QString kid = parser.value(QStringLiteral("kid"));
    if (*alg == Algorithm::None) {
        if (keys->given)
            warn(io, Cli::tr("--alg none ignores the key"));
    } else {
        if (!keys->given) {
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("encode --alg %1 needs a key: --secret, --secret-file, "
                                "--secret-base64 or --key")
                                .arg(Algorithms::name(*alg)));
        }
        if (keys->ring.size() == 1) {
            key = keys->ring.at(0);
        } else {
            const KeyRing::Choice choice = keys->ring.choose(*alg, kid);
            if (choice.index < 0)
                return fail(io, QStringLiteral("key"), choice.error);
            key = keys->ring.at(choice.index);
        }
        const KeyFit fit = checkFit(key, *alg);
        if (fit.verdict == KeyFit::Verdict::Mismatch)
            return fail(io, QStringLiteral("key"), fit.reason);
        if (!key.isPrivate()) {
            return fail(io, QStringLiteral("key"),
                        Cli::tr("a public key cannot sign: give the private key"));
        }
        if (fit.verdict == KeyFit::Verdict::Weak)
            warn(io, fit.reason);
    }

    QByteArray header;
    const QByteArray algValue = Json::quote(Algorithms::name(*alg));
    if (parser.isSet(QStringLiteral("header"))) {
        std::optional<QByteArray> given
                = compactObject(parser.value(QStringLiteral("header")).toUtf8(),
                                QStringLiteral("header"), true, io);
        if (!given)
            return Failure;
        header = setMember(*given, QStringLiteral("alg"), algValue, true);
    } else {
        header = "{\"alg\":" + algValue + ",\"typ\":\"JWT\"}";
    }
    if (parser.isSet(QStringLiteral("kid")))
        header = setMember(header, QStringLiteral("kid"), Json::quote(kid), false);

    std::optional<QByteArray> text = readArgumentOrInput(parser, io, Cli::tr("payload"), nullptr,
                                                         false, ArgumentKind::Text);
    if (!text)
        return Failure;
    if (text->trimmed().isEmpty())
        return fail(io, QStringLiteral("payload"), Cli::tr("no payload given"));
    const bool addsClaims = parser.isSet(QStringLiteral("iat")) || expIn.has_value();
    std::optional<QByteArray> payload
            = compactObject(*text, QStringLiteral("payload"), addsClaims, io);
    if (!payload)
        return Failure;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("iat")))
        payload = setMember(*payload, QStringLiteral("iat"), QByteArray::number(now), false);
    if (expIn)
        payload = setMember(*payload, QStringLiteral("exp"), QByteArray::number(now + *expIn),
                            false);

    QByteArray token = Base64Url::encode(header) + '.' + Base64Url::encode(*payload);
    if (*alg == Algorithm::None) {
        warn(io, Cli::tr("alg \"none\": the token is unsigned and no verifier should accept it"));
        token += '.';
    } else {
        const Signature signature = sign(*alg, key, token);
        if (!signature.ok())
            return fail(io, QStringLiteral("key"), signature.error);
        token += '.' + Base64Url::encode(signature.bytes);
    }
    io.out += token;
    io.out += '\n';
    return Success;
}
