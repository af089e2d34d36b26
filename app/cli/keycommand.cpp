// SPDX-License-Identifier: MIT
#include "keycommand.h"

#include "common.h"
#include "fetchkeys.h"

#include "base64url.h"
#include "json.h"
#include "keyset.h"

#include <QCommandLineParser>

using namespace CliCommon;

namespace {

QString ktyName(const Key &key)
{
    switch (key.kind()) {
    case KeyKind::Secret:
        return QStringLiteral("oct");
    case KeyKind::Rsa:
        return QStringLiteral("RSA");
    case KeyKind::Ec:
        return QStringLiteral("EC");
    case KeyKind::Ed25519:
    case KeyKind::Ed448:
    case KeyKind::X25519:
    case KeyKind::X448:
        return QStringLiteral("OKP");
    }
    return {};
}

QString formatName(KeyFormat format)
{
    switch (format) {
    case KeyFormat::PemPublic:
        return QStringLiteral("pem-public");
    case KeyFormat::PemPrivate:
        return QStringLiteral("pem-private");
    case KeyFormat::PemCertificate:
        return QStringLiteral("pem-certificate");
    case KeyFormat::Jwk:
        return QStringLiteral("jwk");
    case KeyFormat::Jwks:
        return QStringLiteral("jwks");
    case KeyFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString thumbprintText(const Key &key)
{
    return QString::fromLatin1(Base64Url::encode(key.thumbprint()));
}

/// `kid="a" kty=RSA alg="RS256" thumbprint=…`: strings JSON-quoted, "-" when absent.
QByteArray keyLine(const Key &key)
{
    const auto quoted = [](const QString &text) {
        return text.isEmpty() ? QByteArray("-") : Json::quote(text);
    };
    return "kid=" + quoted(key.kid()) + " kty=" + ktyName(key).toLatin1() + " alg="
            + quoted(key.jwkAlg()) + " thumbprint=" + thumbprintText(key).toLatin1() + '\n';
}

/// Key text from FILE, or standard input for "-"; nullopt after an error line.
std::optional<QByteArray> readKeyArgument(const QCommandLineParser &parser, Io &io, QString *name)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        fail(io, QStringLiteral("usage"),
             positional.isEmpty()
                     ? Cli::tr("give a key FILE (or - for standard input)")
                     : Cli::tr("expected one FILE, got %1 arguments").arg(positional.size()));
        return std::nullopt;
    }
    *name = positional.first();
    if (*name != QLatin1String("-"))
        return readFile(*name, io);
    *name = Cli::tr("standard input");
    if (io.inputIsTerminal) {
        fail(io, QStringLiteral("usage"),
             Cli::tr("no key given: pass a FILE or the key on standard input"));
        return std::nullopt;
    }
    return readStandardInput(io, BoundedFile::KeyCap, QStringLiteral("key"));
}

void addPassphraseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("passphrase-file"),
                      Cli::tr("Decrypt a passphrase-protected PEM key with the passphrase in "
                              "FILE (one trailing newline is dropped)."),
                      QStringLiteral("FILE")});
}

/// Loads the key FILE, decrypting it with --passphrase-file when given. nullopt after an
/// error line. @p wasEncrypted: the file held a passphrase-protected key.
std::optional<KeySet> loadKeyArgument(const QCommandLineParser &parser, Io &io,
                                      bool *wasEncrypted = nullptr)
{
    QString name;
    std::optional<QByteArray> text = readKeyArgument(parser, io, &name);
    if (!text)
        return std::nullopt;
    KeySet set;
    const bool withPassphrase = parser.isSet(QStringLiteral("passphrase-file"));
    if (withPassphrase) {
        std::optional<QByteArray> passphrase
                = readFile(parser.value(QStringLiteral("passphrase-file")), io);
        if (!passphrase) {
            text->fill('\0');
            return std::nullopt;
        }
        if (passphrase->endsWith("\r\n"))
            passphrase->chop(2);
        else if (passphrase->endsWith('\n'))
            passphrase->chop(1);
        set = loadKeys(*text, *passphrase);
        passphrase->fill('\0');
    } else {
        set = loadKeys(*text);
    }
    text->fill('\0'); // the text may hold a private key
    if (!set.ok()) {
        if (set.encrypted && !withPassphrase) {
            fail(io, QStringLiteral("key"),
                 Cli::tr("%1 is encrypted with a passphrase: give it with --passphrase-file "
                         "FILE")
                         .arg(name));
        } else {
            fail(io, QStringLiteral("key"),
                 set.error.isEmpty() ? Cli::tr("no key in %1").arg(name) : set.error);
        }
        return std::nullopt;
    }
    if (withPassphrase && !set.encrypted)
        warn(io, Cli::tr("%1 is not encrypted: --passphrase-file was not needed").arg(name));
    if (wasEncrypted)
        *wasEncrypted = set.encrypted;
    return set;
}

int runFetch(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Fetches a JWKS, from its URL or through an issuer's metadata "
                    "(OpenID Connect discovery, then RFC 8414), and prints it on "
                    "standard output; each key's kid, kty, alg and RFC 7638 "
                    "thumbprint go to standard error. Only https:// (plain http:// "
                    "to this machine only), at most 5 redirects, 1 MiB."));
    addFetchOptions(parser);
    parser.addOption({QStringLiteral("dry-run"),
                      Cli::tr("Print the URLs that would be contacted, and contact none.")});
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("key fetch takes no argument, got \"%1\"")
                            .arg(parser.positionalArguments().first()));
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        bool follows = false;
        const std::optional<QStringList> urls = plannedFetchUrls(parser, io, &follows);
        if (!urls)
            return Failure;
        for (const QString &url : *urls)
            io.out += url.toUtf8() + '\n';
        if (follows) {
            io.err += Cli::tr("The second URL is asked only when the first names no jwks_uri; "
                              "then the jwks_uri named is fetched.\n")
                              .toUtf8();
        }
        return Success;
    }
    const std::optional<FetchedKeys> fetched = fetchKeyOptions(parser, io);
    if (!fetched)
        return Failure;
    io.out += fetched->jwks;
    if (!fetched->jwks.endsWith('\n'))
        io.out += '\n';
    const int count = int(fetched->keys.size());
    io.err += (fetched->metadataUrl.isEmpty()
                       ? Cli::tr("%1: %n key(s)", nullptr, count).arg(fetched->jwksUrl)
                       : Cli::tr("%1 (jwks_uri of %2): %n key(s)", nullptr, count)
                                 .arg(fetched->jwksUrl, fetched->metadataUrl))
                      .toUtf8()
            + '\n';
    for (const Key &key : fetched->keys)
        io.err += keyLine(key);
    for (const QString &skipped : fetched->skipped)
        warn(io, Cli::tr("skipped: %1").arg(skipped));
    return Success;
}

void appendInfoJson(QByteArray &out, const KeySet &set)
{
    out += "{\"format\": " + Json::quote(formatName(set.format)) + ", \"keys\": [";
    for (qsizetype i = 0; i < set.keys.size(); ++i) {
        const Key &key = set.keys.at(i);
        const auto stringOrNull = [](const QString &text) {
            return text.isEmpty() ? QByteArray("null") : Json::quote(text);
        };
        out += i ? ",\n  " : "\n  ";
        out += "{\"kty\": " + Json::quote(ktyName(key));
        out += ", \"bits\": " + QByteArray::number(key.bits());
        out += ", \"curve\": " + stringOrNull(key.curve());
        out += ", \"kid\": " + stringOrNull(key.kid());
        out += ", \"alg\": " + stringOrNull(key.jwkAlg());
        out += ", \"thumbprint\": " + Json::quote(thumbprintText(key));
        out += ", \"private\": ";
        out += key.isPrivate() ? "true" : "false";
        out += ", \"description\": " + Json::quote(key.description()) + '}';
    }
    out += set.keys.isEmpty() ? "]" : "\n]";
    out += ", \"skipped\": [";
    for (qsizetype i = 0; i < set.skipped.size(); ++i)
        out += (i ? ", " : "") + Json::quote(set.skipped.at(i));
    out += "]}\n";
}

void appendInfoText(QByteArray &out, const KeySet &set)
{
    const int count = int(set.keys.size());
    for (int i = 0; i < count; ++i) {
        const Key &key = set.keys.at(i);
        const QString none = Cli::tr("(none)");
        QString text = Cli::tr("key %1 of %2: %3\n").arg(i + 1).arg(count).arg(key.description());
        text += Cli::tr("  kty: %1\n").arg(ktyName(key));
        text += Cli::tr("  size: %1 bits\n").arg(key.bits());
        if (!key.curve().isEmpty())
            text += Cli::tr("  curve: %1\n").arg(key.curve());
        text += Cli::tr("  kid: %1\n").arg(key.kid().isEmpty() ? none : key.kid());
        text += Cli::tr("  alg: %1\n").arg(key.jwkAlg().isEmpty() ? none : key.jwkAlg());
        text += Cli::tr("  thumbprint: %1 (RFC 7638, SHA-256)\n").arg(thumbprintText(key));
        text += key.isPrivate() ? Cli::tr("  part: private (signs and verifies)\n")
                                : Cli::tr("  part: public (verifies only)\n");
        out += text.toUtf8();
    }
    for (const QString &skipped : set.skipped)
        out += Cli::tr("skipped: %1\n").arg(skipped).toUtf8();
}

int runInfo(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Describes the keys in FILE (PEM, JWK or JWKS): type, size, kid, "
                    "RFC 7638 thumbprint, public or private. Never prints key "
                    "material."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The key file, or -."));
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object.")});
    addPassphraseOption(parser);
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    const std::optional<KeySet> set = loadKeyArgument(parser, io);
    if (!set)
        return Failure;
    if (parser.isSet(QStringLiteral("json")))
        appendInfoJson(io.out, *set);
    else
        appendInfoText(io.out, *set);
    return Success;
}

int runConvert(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Converts the keys in FILE: to PEM (PKCS#8 for a private key, SPKI for a "
                    "public key or a certificate's key) or to JWK (a JWKS when there are "
                    "several). --public keeps only the public part."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The key file, or -."));
    parser.addOption({QStringLiteral("to"), Cli::tr("pem or jwk."), QStringLiteral("pem|jwk")});
    parser.addOption({QStringLiteral("public"), Cli::tr("Print only the public key.")});
    addPassphraseOption(parser);
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    const QString to = parser.value(QStringLiteral("to"));
    if (to != QLatin1String("pem") && to != QLatin1String("jwk")) {
        return fail(io, QStringLiteral("usage"),
                    to.isEmpty() ? Cli::tr("key convert needs --to pem or --to jwk")
                                 : Cli::tr("--to is pem or jwk, not \"%1\"").arg(to));
    }
    const bool publicOnly = parser.isSet(QStringLiteral("public"));
    bool wasEncrypted = false;
    const std::optional<KeySet> set = loadKeyArgument(parser, io, &wasEncrypted);
    if (!set)
        return Failure;

    QList<QByteArray> parts;
    bool printsPrivate = false;
    for (qsizetype i = 0; i < set->keys.size(); ++i) {
        const Key key = publicOnly ? set->keys.at(i).publicKey() : set->keys.at(i);
        const QString which
                = set->keys.size() > 1 ? Cli::tr("key %1").arg(i + 1) : Cli::tr("the key");
        if (key.kind() == KeyKind::Secret) {
            if (publicOnly)
                return fail(io, QStringLiteral("key"),
                            Cli::tr("%1 is an HMAC secret: it has no public part").arg(which));
            if (to == QLatin1String("pem"))
                return fail(io, QStringLiteral("key"),
                            Cli::tr("%1 is an HMAC secret: it has no PEM form").arg(which));
        }
        printsPrivate = printsPrivate || key.isPrivate();
        QByteArray text = to == QLatin1String("pem") ? key.toPem() : key.toJwk(true);
        if (text.isEmpty()) {
            return fail(io, QStringLiteral("key"),
                        Cli::tr("cannot export %1 as %2").arg(which, to.toUpper()));
        }
        if (to == QLatin1String("pem") && !text.endsWith('\n'))
            text += '\n';
        parts << text;
    }
    if (to == QLatin1String("pem")) {
        for (const QByteArray &part : std::as_const(parts))
            io.out += part;
    } else if (parts.size() == 1 && set->format != KeyFormat::Jwks) {
        io.out += parts.first() + '\n';
    } else {
        io.out += "{\"keys\":[" + parts.join(',') + "]}\n";
    }
    for (QByteArray &part : parts)
        part.fill('\0');
    if (printsPrivate && wasEncrypted) {
        warn(io,
             Cli::tr("the private key is printed without its passphrase protection (--public "
                     "prints only the public key)"));
    }
    return Success;
}

QString keyOverview()
{
    return Cli::tr("Usage: jwtlens key SUBCOMMAND [options]\n\n"
                   "Subcommands:\n"
                   "  fetch    Fetch a JWKS: --jwks-url URL or --discover ISSUER_URL\n"
                   "  info     Describe the keys of a PEM, JWK or JWKS file\n"
                   "  convert  Convert keys to PEM or JWK (--to pem|jwk [--public])\n\n"
                   "Run `jwtlens key SUBCOMMAND --help` for its options.\n");
}

} // namespace

int runKey(const QStringList &args, Io &io)
{
    const QString sub = args.value(1);
    if (sub.isEmpty()) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("key needs a subcommand: fetch, info or convert"));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")
        || sub == QLatin1String("help")) {
        io.out += keyOverview().toUtf8();
        return Success;
    }
    // QCommandLineParser takes the first element as the program name; the help says it.
    QStringList rest = args.mid(1);
    rest[0] = QStringLiteral("key ") + sub;
    if (sub == QLatin1String("fetch"))
        return runFetch(rest, io);
    if (sub == QLatin1String("info"))
        return runInfo(rest, io);
    if (sub == QLatin1String("convert"))
        return runConvert(rest, io);
    return fail(io, QStringLiteral("usage"),
                Cli::tr("unknown key subcommand \"%1\" (fetch, info or convert)").arg(sub));
}
