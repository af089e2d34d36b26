// SPDX-License-Identifier: MIT
#include "encryptcommand.h"

#include "common.h"
#include "keyset.h"
#include "jweoptions.h"

#include "jwe.h"
#include "json.h"

#include <QCommandLineParser>

#include <limits>

using namespace CliCommon;

namespace {

/// Sets member @p name of the compact object @p object to @p raw: in place when it is there,
/// else added first (@p first) or last.
QByteArray setMember(const QByteArray &object, const QString &name, const QByteArray &raw,
                     bool first)
{
    const Json::Object members = Json::readObject(object);
    if (const Json::Member *m = members.find(name)) {
        QByteArray result = object;
        result.replace(m->valueOffset, m->raw.size(), raw);
        return result;
    }
    const QByteArray member = Json::quote(name) + ':' + raw;
    const bool empty = members.members.isEmpty();
    QByteArray result = object;
    if (first)
        result.insert(1, empty ? member : member + ',');
    else
        result.insert(result.size() - 1, empty ? member : ',' + member);
    return result;
}

QStringList names(bool algs)
{
    QStringList list;
    if (algs) {
        for (JweAlg a : JweAlgorithms::allAlgs()) {
            if (JweAlgorithms::canEncrypt(a))
                list << JweAlgorithms::name(a);
        }
    } else {
        for (JweEnc e : JweAlgorithms::allEncs())
            list << JweAlgorithms::name(e);
    }
    return list;
}

} // namespace

int runEncrypt(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Encrypts a payload (any bytes, exactly as given) into a compact JWE, with a "
                    "new random content key and IV each time."));
    parser.addOption({QStringLiteral("alg"),
                      Cli::tr("Key management: %1.").arg(names(true).join(QLatin1String(", "))),
                      QStringLiteral("ALG")});
    parser.addOption(
            {QStringLiteral("enc"),
             Cli::tr("Content encryption: %1.").arg(names(false).join(QLatin1String(", "))),
             QStringLiteral("ENC")});
    JweOptionsCli::addKeyOptions(parser);
    parser.addOption({QStringLiteral("cty"),
                      Cli::tr("Set cty in the header (JWT for a signed token inside)."),
                      QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("zip"), Cli::tr("Compress the payload first (zip DEF).")});
    parser.addOption(
            {QStringLiteral("p2c"),
             Cli::tr("PBES2 iterations (default %1).").arg(JweEncryptOptions::DefaultPbes2Count),
             QStringLiteral("N")});
    parser.addOption({QStringLiteral("kid"),
                      Cli::tr("Set kid in the header; picks the key of a JWKS."),
                      QStringLiteral("KID")});
    parser.addOption({QStringLiteral("header"),
                      Cli::tr("The protected header to start from (a JSON object; alg and enc "
                              "are set in it)."),
                      QStringLiteral("JSON")});
    parser.addPositionalArgument(QStringLiteral("payload"),
                                 Cli::tr("The payload, or - (or nothing) for standard input."),
                                 QStringLiteral("[PAYLOAD|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    if (!parser.isSet(QStringLiteral("alg")) || !parser.isSet(QStringLiteral("enc")))
        return fail(io, QStringLiteral("usage"), Cli::tr("encrypt needs --alg ALG and --enc ENC"));
    const QString algName = parser.value(QStringLiteral("alg"));
    const QString encName = parser.value(QStringLiteral("enc"));
    const std::optional<JweAlg> alg = JweAlgorithms::algFromName(algName);
    if (!alg || !JweAlgorithms::canEncrypt(*alg)) {
        return fail(io, QStringLiteral("usage"),
                    alg ? Cli::tr("RSA1_5 is decrypted but never made (RFC 8725 §3.2): use "
                                  "RSA-OAEP-256")
                        : Cli::tr("unknown key management algorithm \"%1\" (known: %2)")
                                    .arg(algName, names(true).join(u' ')));
    }
    const std::optional<JweEnc> enc = JweAlgorithms::encFromName(encName);
    if (!enc) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("unknown content encryption \"%1\" (known: %2)")
                            .arg(encName, names(false).join(u' ')));
    }
    JweEncryptOptions options;
    if (parser.isSet(QStringLiteral("p2c"))) {
        const std::optional<qint64> count = parseInteger(parser, QStringLiteral("p2c"), io, 1);
        if (!count)
            return Failure;
        if (*count > std::numeric_limits<int>::max())
            return fail(io, QStringLiteral("usage"), Cli::tr("--p2c is too large"));
        options.pbes2Count = int(*count);
        if (JweAlgorithms::family(*alg) != JweAlgFamily::Pbes2)
            warn(io, Cli::tr("--p2c is for PBES2 only: ignored"));
        else if (*count < 1000)
            warn(io,
                 Cli::tr("p2c %1 is below the 1000 iterations RFC 7518 §4.8.1.2 recommends")
                         .arg(*count));
        else if (*count > JweEncryptOptions::DefaultPbes2Count)
            warn(io,
                 Cli::tr("p2c %1 is above 10000: some libraries (node jose) refuse such "
                         "tokens by default")
                         .arg(*count));
    }

    // The key before the payload: a wrong key is the likelier mistake, and says nothing secret.
    const std::optional<LoadedKeys> keys = JweOptionsCli::loadKeys(parser, io);
    if (!keys)
        return Failure;
    if (!keys->given) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("encrypt needs the recipient's key: --key, --secret, --secret-file, "
                            "--secret-base64, --password or --password-file"));
    }
    const QString kid = parser.value(QStringLiteral("kid"));
    Key key;
    QString firstReason;
    for (const Key &candidate : keys->ring.keys()) {
        if (!kid.isEmpty() && keys->ring.size() > 1 && candidate.kid() != kid)
            continue;
        const KeyFit fit = Jwe::checkFit(candidate, *alg, *enc, JweDirection::Encrypt);
        if (fit.verdict == KeyFit::Verdict::Mismatch) {
            if (firstReason.isEmpty())
                firstReason = fit.reason;
            continue;
        }
        if (fit.verdict == KeyFit::Verdict::Weak)
            warn(io, fit.reason);
        key = candidate;
        break;
    }
    if (key.isNull()) {
        return fail(io, QStringLiteral("key"),
                    !firstReason.isEmpty()
                            ? firstReason
                            : Cli::tr("no key with kid \"%1\" in the key file").arg(kid));
    }

    QByteArray header = "{}";
    if (parser.isSet(QStringLiteral("header"))) {
        const QByteArray given = parser.value(QStringLiteral("header")).toUtf8();
        const Json::Error error = Json::validate(given, Json::Duplicates::Reject);
        if (error.isError()) {
            return fail(
                    io, QStringLiteral("header"),
                    Cli::tr("invalid JSON at offset %1: %2").arg(error.offset).arg(error.message));
        }
        header = Json::compact(given).text;
        if (!header.startsWith('{'))
            return fail(io, QStringLiteral("header"), Cli::tr("not a JSON object"));
    }
    header = setMember(header, QStringLiteral("enc"), Json::quote(encName), true);
    header = setMember(header, QStringLiteral("alg"), Json::quote(algName), true);
    if (parser.isSet(QStringLiteral("kid")))
        header = setMember(header, QStringLiteral("kid"), Json::quote(kid), false);
    const bool nested = parser.isSet(QStringLiteral("cty"));
    if (nested)
        header = setMember(header, QStringLiteral("cty"),
                           Json::quote(parser.value(QStringLiteral("cty"))), false);
    if (parser.isSet(QStringLiteral("zip")))
        header = setMember(header, QStringLiteral("zip"), "\"DEF\"", false);

    std::optional<QByteArray> payload = readArgumentOrInput(parser, io, Cli::tr("payload"));
    if (!payload)
        return Failure;
    // A token piped in (`jwtlens encode … | jwtlens encrypt --cty JWT`) has no whitespace
    // of its own: the newline is the pipe's.
    if (nested
        && parser.value(QStringLiteral("cty")).compare(QLatin1String("JWT"), Qt::CaseInsensitive)
                == 0)
        payload = payload->trimmed();
    if (payload->isEmpty())
        return fail(io, QStringLiteral("payload"), Cli::tr("no payload given"));

    const JweEncrypted made = Jwe::encrypt(header, *payload, key, options);
    payload->fill('\0');
    if (!made.ok()) {
        const QString error = made.error;
        const qsizetype colon = error.indexOf(QLatin1String(": "));
        const QString part = error.left(colon);
        if (colon > 0 && (part == QLatin1String("key") || part == QLatin1String("header")))
            return fail(io, part, error.mid(colon + 2));
        return fail(io, QStringLiteral("key"), error);
    }
    io.out += made.compact;
    io.out += '\n';
    return Success;
}
