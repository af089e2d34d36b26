// SPDX-License-Identifier: MIT
#include "encodecommand.h"

#include "common.h"

#include "algorithm.h"
#include "base64url.h"
#include "certchain.h"
#include "fixtures.h"
#include "json.h"
#include "jws.h"
#include "key.h"
#include "keyfit.h"
#include "keyset.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QtNumeric>

#include <limits>

using namespace CliCommon;

namespace {

/// Validates @p text as a JSON object without repeated names and compacts it (key order and
/// number spelling kept). nullopt after printing the error line for @p part.
std::optional<QByteArray> compactObject(const QByteArray &text, const QString &part,
                                        bool requireObject, Io &io)
{
    const Forge::JsonText compact = Forge::compactJson(text, requireObject);
    if (!compact.ok()) {
        fail(io, part, compact.error);
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

/// The key for @p alg among @p keys, checked: fits, can sign. Null after an error line.
Key signingKey(const QList<Key> &keys, Algorithm alg, const QString &kid, const QString &where,
               Io &io)
{
    Key key;
    if (keys.size() == 1) {
        key = keys.first();
    } else {
        const KeyChoice choice = chooseKey(keys, alg, kid);
        if (choice.key.isNull()) {
            fail(io, QStringLiteral("key"), where + choice.error);
            return {};
        }
        key = choice.key;
        // A certificate and its private key in one file: sign with the private half.
        if (!key.isPrivate()) {
            const QByteArray thumbprint = key.thumbprint();
            for (const Key &other : keys) {
                if (other.isPrivate() && other.thumbprint() == thumbprint) {
                    key = other;
                    break;
                }
            }
        }
    }
    const KeyFit fit = checkFit(key, alg);
    if (fit.verdict == KeyFit::Verdict::Mismatch) {
        fail(io, QStringLiteral("key"), where + fit.reason);
        return {};
    }
    if (!key.isPrivate()) {
        fail(io, QStringLiteral("key"),
             where + Cli::tr("a public key cannot sign: give the private key"));
        return {};
    }
    if (fit.verdict == KeyFit::Verdict::Weak)
        warn(io, where + fit.reason);
    if (key.secretForm() != SecretForm::Secret) {
        // Signed as asked (test tokens for algorithm confusion are made this way), but said:
        // JWT Lens never verifies with such a secret.
        warn(io,
             where
                     + Cli::tr("the secret is %1: the token is signed with its raw bytes, and "
                               "no verifier should take key material as an HMAC secret "
                               "(RFC 8725 §2.1); jwtlens verify refuses it")
                               .arg(secretFormName(key.secretForm())));
    }
    return key;
}

/// The "x5t#S256" of the certificate in the --key file whose public key is @p key's (RFC 7515
/// §4.1.8); empty after an error line.
QByteArray certificateThumbprint(const QCommandLineParser &parser, const Key &key, Io &io)
{
    const QString file = parser.value(QStringLiteral("key"));
    const std::optional<QByteArray> text = parser.isSet(QStringLiteral("key"))
            ? readFile(file, io)
            : std::optional<QByteArray>(QByteArray());
    if (!text)
        return {};
    const QByteArray thumbprint = key.publicKey().thumbprint();
    for (const QByteArray &der : pemCertificates(*text)) {
        QString error;
        const Key certified = certificateKey(der, &error);
        if (!certified.isNull() && certified.thumbprint() == thumbprint)
            return x5tS256(der);
    }
    fail(io, QStringLiteral("key"),
         Cli::tr("--x5t needs the certificate of the signing key in the --key file (PEM, beside "
                 "the private key)"));
    return {};
}

/// The compact token of @p header and @p payload; empty after an error line.
QByteArray signToken(Algorithm alg, const Key &key, const QByteArray &header,
                     const QByteArray &payload, Io &io)
{
    QByteArray token = Base64Url::encode(header) + '.' + Base64Url::encode(payload);
    if (alg == Algorithm::None)
        return token + '.';
    const Signature signature = sign(alg, key, token);
    if (!signature.ok()) {
        fail(io, QStringLiteral("key"), signature.error);
        return {};
    }
    return token + '.' + Base64Url::encode(signature.bytes);
}

/// Reads a key file or a secret file of a batch, relative to @p base.
std::optional<QList<Key>> batchKeys(const QString &path, bool secret, const QString &base,
                                    const QString &where, Io &io)
{
    const QString fileName = QDir(base).filePath(path);
    BoundedFile::Result read = BoundedFile::read(fileName, BoundedFile::KeyCap);
    if (!read.ok()) {
        fail(io, QStringLiteral("key"), where + read.error);
        return std::nullopt;
    }
    QByteArray &data = read.data;
    if (secret) {
        if (data.endsWith("\r\n"))
            data.chop(2);
        else if (data.endsWith('\n'))
            data.chop(1);
        if (data.isEmpty()) {
            fail(io, QStringLiteral("key"), where + Cli::tr("the secret is empty"));
            return std::nullopt;
        }
        const QList<Key> keys {Key::fromSecret(data)};
        data.fill('\0');
        return keys;
    }
    const KeySet set = loadKeys(data);
    if (!set.ok()) {
        fail(io, QStringLiteral("key"),
             where + (set.error.isEmpty() ? Cli::tr("no key in %1").arg(fileName) : set.error));
        return std::nullopt;
    }
    return set.keys;
}

int encodeBatch(const QCommandLineParser &parser, const std::optional<LoadedKeys> &defaultKeys,
                qint64 now, Io &io)
{
    const QString name = parser.value(QStringLiteral("batch"));
    QByteArray input;
    QString base = QDir::currentPath();
    if (name == QLatin1String("-")) {
        if (io.inputIsTerminal)
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--batch -: standard input is a terminal"));
        std::optional<QByteArray> read
                = readStandardInput(io, BoundedFile::BatchCap, QStringLiteral("usage"));
        if (!read)
            return Failure;
        input = std::move(*read);
    } else {
        std::optional<QByteArray> read
                = readFile(name, io, BoundedFile::BatchCap, QStringLiteral("usage"));
        if (!read)
            return Failure;
        input = std::move(*read);
        base = QFileInfo(name).absolutePath();
    }
    const QString defaultAlg = parser.value(QStringLiteral("alg"));
    QHash<QString, QList<Key>> cache;
    QByteArray out;
    int lineNumber = 0;
    int tokens = 0;
    bool failed = false;
    for (const QByteArray &raw : input.split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QString where = Cli::tr("line %1: ").arg(lineNumber);
        const Forge::Fixture f = Forge::parseFixtureLine(line, now, defaultAlg);
        if (!f.ok()) {
            fail(io, QStringLiteral("token"), where + f.error);
            failed = true;
            continue;
        }
        const std::optional<Algorithm> alg = Algorithms::fromName(f.alg);
        if (!alg) {
            fail(io, QStringLiteral("header"),
                 where + Cli::tr("unknown algorithm \"%1\"").arg(f.alg));
            failed = true;
            continue;
        }
        Key key;
        if (*alg != Algorithm::None) {
            std::optional<QList<Key>> keys;
            const bool secret = !f.secretFile.isEmpty();
            const QString path = secret ? f.secretFile : f.keyFile;
            if (!path.isEmpty()) {
                const QString id = (secret ? QStringLiteral("s:") : QStringLiteral("k:")) + path;
                if (cache.contains(id))
                    keys = cache.value(id);
                else if ((keys = batchKeys(path, secret, base, where, io)))
                    cache.insert(id, *keys);
            } else if (defaultKeys && defaultKeys->given) {
                keys = defaultKeys->ring.keys();
            } else {
                fail(io, QStringLiteral("key"),
                     where
                             + Cli::tr("no key: give \"key_file\" or \"secret_file\", or a key "
                                       "option"));
            }
            if (keys) {
                const Json::Object header = Json::readObject(f.header);
                const Json::Member *kid = header.find(u"kid");
                key = signingKey(*keys, *alg, kid ? kid->string() : QString(), where, io);
            }
            if (key.isNull()) {
                failed = true;
                continue;
            }
        }
        const QByteArray token = signToken(*alg, key, f.header, f.payload, io);
        if (token.isEmpty()) {
            failed = true;
            continue;
        }
        out += token + '\n';
        ++tokens;
    }
    // All or nothing: a fixture set with a hole in it would shift every later line.
    if (failed)
        return Failure;
    if (tokens == 0)
        return fail(io, QStringLiteral("token"), Cli::tr("the batch has no fixture"));
    io.out += out;
    return Success;
}

} // namespace

int runEncode(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Signs a payload and prints the compact token. The payload's key order "
                    "and number spelling are kept; whitespace is removed. Time claims (exp, "
                    "nbf, iat) given as \"now\" or a relative time such as \"+30m\", \"+1h\", "
                    "\"-1d\" become NumericDates."));
    parser.addOption({QStringLiteral("alg"),
                      Cli::tr("The algorithm (none: unsigned). With --from-decoded, the header's "
                              "alg unless given; with --batch, for lines without one."),
                      QStringLiteral("ALG")});
    addKeyOptions(parser);
    parser.addOption({QStringLiteral("header"),
                      Cli::tr("The header (a JSON object; alg is set in it)."),
                      QStringLiteral("JSON")});
    parser.addOption(
            {QStringLiteral("kid"), Cli::tr("Set kid in the header."), QStringLiteral("KID")});
    parser.addOption({QStringLiteral("x5t"),
                      Cli::tr("Set x5t#S256 in the header: the SHA-256 thumbprint of the "
                              "certificate in the --key file (a certificate and its private "
                              "key).")});
    parser.addOption({QStringLiteral("iat"), Cli::tr("Set iat in the payload to now.")});
    parser.addOption({QStringLiteral("exp"),
                      Cli::tr("Set exp in the payload to now + TIME: seconds, or a relative "
                              "time such as +30m, +1h, -1d."),
                      QStringLiteral("TIME")});
    parser.addOption({QStringLiteral("now"),
                      Cli::tr("The clock for iat, exp and relative times, in seconds since the "
                              "epoch (fixtures that do not change between runs)."),
                      QStringLiteral("UNIX_SECONDS")});
    parser.addOption({QStringLiteral("batch"),
                      Cli::tr("Make one token per line of FILE (JSON Lines: {\"header\", "
                              "\"payload\", \"alg\", \"key_file\" or \"secret_file\"}), - for "
                              "standard input."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("from-decoded"),
                      Cli::tr("The input is the output of jwtlens decode --json: its header and "
                              "payload are signed again as printed.")});
    parser.addPositionalArgument(QStringLiteral("payload"),
                                 Cli::tr("The payload JSON (or decode --json output), or - (or "
                                         "nothing) for standard input."),
                                 QStringLiteral("[PAYLOAD_JSON|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;

    qint64 now = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(QStringLiteral("now"))) {
        const std::optional<qint64> value = parseInteger(parser, QStringLiteral("now"), io,
                                                         std::numeric_limits<qint64>::min() / 4);
        if (!value)
            return Failure;
        now = *value;
    }
    const bool batch = parser.isSet(QStringLiteral("batch"));
    const bool fromDecoded = parser.isSet(QStringLiteral("from-decoded"));
    if (batch) {
        for (const char *other : {"header", "kid", "iat", "exp", "from-decoded", "x5t"}) {
            if (parser.isSet(QLatin1String(other)))
                return fail(io, QStringLiteral("usage"),
                            Cli::tr("--batch takes no --%1: put it in the lines")
                                    .arg(QLatin1String(other)));
        }
        if (!parser.positionalArguments().isEmpty())
            return fail(io, QStringLiteral("usage"), Cli::tr("--batch takes no payload argument"));
        if (parser.isSet(QStringLiteral("alg"))
            && !parseAlgorithm(parser.value(QStringLiteral("alg")), io, true))
            return Failure;
        const std::optional<LoadedKeys> keys = loadKeyOptions(parser, io);
        if (!keys)
            return Failure;
        return encodeBatch(parser, keys, now, io);
    }
    if (fromDecoded && parser.isSet(QStringLiteral("header")))
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("--from-decoded takes the header from its input, not --header"));
    if (!fromDecoded && !parser.isSet(QStringLiteral("alg")))
        return fail(io, QStringLiteral("usage"), Cli::tr("encode needs --alg ALG"));
    std::optional<qint64> expIn;
    if (parser.isSet(QStringLiteral("exp"))) {
        expIn = Forge::parseRelativeTime(parser.value(QStringLiteral("exp")));
        if (!expIn)
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--exp needs seconds or a relative time such as +30m, +1h, -1d, "
                                "got \"%1\"")
                                .arg(parser.value(QStringLiteral("exp"))));
    }

    // The input before the key when it names the algorithm (--from-decoded); else the key
    // first: a wrong key is the more likely mistake and says nothing secret.
    QByteArray header;
    std::optional<QByteArray> payload;
    std::optional<Algorithm> alg;
    if (parser.isSet(QStringLiteral("alg"))) {
        alg = parseAlgorithm(parser.value(QStringLiteral("alg")), io, true);
        if (!alg)
            return Failure;
    }
    if (fromDecoded) {
        std::optional<QByteArray> text
                = readArgumentOrInput(parser, io, Cli::tr("decode --json output"));
        if (!text)
            return Failure;
        const Forge::Decoded decoded = Forge::parseDecodedJson(*text);
        if (!decoded.ok())
            return fail(io, QStringLiteral("token"), decoded.error);
        header = decoded.header;
        payload = decoded.payload;
        if (!alg) {
            const Json::Object members = Json::readObject(header);
            const Json::Member *member = members.find(u"alg");
            if (!member || member->kind != Json::ValueKind::String)
                return fail(io, QStringLiteral("header"), Cli::tr("the header has no alg"));
            alg = parseAlgorithm(member->string(), io, true);
            if (!alg)
                return Failure;
        }
    }

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
        key = signingKey(keys->ring.keys(), *alg, kid, QString(), io);
        if (key.isNull())
            return Failure;
    }

    const QByteArray algValue = Json::quote(Algorithms::name(*alg));
    if (fromDecoded) {
        // In place: an unchanged alg keeps the header's bytes.
        const Json::Object members = Json::readObject(header);
        const Json::Member *member = members.find(u"alg");
        if (!member || member->raw != algValue)
            header = setMember(header, QStringLiteral("alg"), algValue, true);
    } else if (parser.isSet(QStringLiteral("header"))) {
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
    if (parser.isSet(QStringLiteral("x5t"))) {
        if (*alg == Algorithm::None || !parser.isSet(QStringLiteral("key")))
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--x5t needs --key FILE with a certificate and its private key"));
        const QByteArray x5t = certificateThumbprint(parser, key, io);
        if (x5t.isEmpty())
            return Failure;
        header = setMember(header, QStringLiteral("x5t#S256"),
                           Json::quote(QString::fromLatin1(x5t)), false);
    }

    const bool addsClaims = parser.isSet(QStringLiteral("iat")) || expIn.has_value();
    if (!fromDecoded) {
        std::optional<QByteArray> text = readArgumentOrInput(parser, io, Cli::tr("payload"),
                                                             nullptr, false, ArgumentKind::Text);
        if (!text)
            return Failure;
        if (text->trimmed().isEmpty())
            return fail(io, QStringLiteral("payload"), Cli::tr("no payload given"));
        payload = compactObject(*text, QStringLiteral("payload"), addsClaims, io);
        if (!payload)
            return Failure;
    } else if (addsClaims && !payload->startsWith('{')) {
        return fail(io, QStringLiteral("payload"), Cli::tr("not a JSON object"));
    }
    if (payload->startsWith('{'))
        payload = Forge::resolveRelativeTimes(*payload, now);
    if (parser.isSet(QStringLiteral("iat")))
        payload = setMember(*payload, QStringLiteral("iat"), QByteArray::number(now), false);
    if (expIn) {
        // A date past year 9999 (or one that overflows) would wrap into a token born expired.
        constexpr qint64 lastDate = 253402300799; // 9999-12-31T23:59:59Z
        qint64 exp = 0;
        if (qAddOverflow(now, *expIn, &exp) || exp > lastDate || exp < -lastDate)
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--exp %1 gives a date beyond year 9999")
                                .arg(parser.value(QStringLiteral("exp"))));
        payload = setMember(*payload, QStringLiteral("exp"), QByteArray::number(exp), false);
    }

    if (*alg == Algorithm::None)
        warn(io, Cli::tr("alg \"none\": the token is unsigned and no verifier should accept it"));
    const QByteArray token = signToken(*alg, key, header, *payload, io);
    if (token.isEmpty())
        return Failure;
    io.out += token;
    io.out += '\n';
    return Success;
}
