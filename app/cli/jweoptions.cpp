// SPDX-License-Identifier: MIT
#include "jweoptions.h"

#include "json.h"
#include "token.h"
#include "utf8.h"

using namespace CliCommon;

namespace JweOptionsCli {

void addKeyOptions(QCommandLineParser &parser)
{
    // The options of CliCommon::addKeyOptions, said for encryption keys.
    parser.addOption({QStringLiteral("key"),
                      Cli::tr("Key file: PEM (SPKI, PKCS#8, PKCS#1, SEC1, certificate), JWK or "
                              "JWKS; RSA, EC, X25519/X448 or \"oct\" keys."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("secret"),
                      Cli::tr("Symmetric key (A*KW, A*GCMKW, dir): the UTF-8 bytes of TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("secret-file"),
                      Cli::tr("Symmetric key read from FILE (one trailing newline is dropped)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("secret-base64"),
                      Cli::tr("Symmetric key given in base64url (or base64)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("password"),
                      Cli::tr("PBES2 password (the UTF-8 bytes of TEXT)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("password-file"),
                      Cli::tr("PBES2 password read from FILE (one trailing newline is dropped)."),
                      QStringLiteral("FILE")});
}

std::optional<LoadedKeys> loadKeys(const QCommandLineParser &parser, Io &io)
{
    int given = 0;
    for (const char *name :
         {"secret", "secret-file", "secret-base64", "key", "password", "password-file"})
        given += int(parser.values(QLatin1String(name)).size());
    const bool password = parser.isSet(QStringLiteral("password"));
    const bool passwordFile = parser.isSet(QStringLiteral("password-file"));
    if (given > 1) {
        fail(io, QStringLiteral("usage"),
             Cli::tr("give one key: --key, --secret, --secret-file, --secret-base64, "
                     "--password or --password-file"));
        return std::nullopt;
    }
    if (!password && !passwordFile)
        return loadKeyOptions(parser, io);
    QByteArray text;
    if (password) {
        text = parser.value(QStringLiteral("password")).toUtf8();
    } else {
        const QString fileName = parser.value(QStringLiteral("password-file"));
        std::optional<QByteArray> read = readFile(fileName, io, BoundedFile::PasswordCap);
        if (!read)
            return std::nullopt;
        text = std::move(*read);
        if (text.endsWith("\r\n"))
            text.chop(2);
        else if (text.endsWith('\n'))
            text.chop(1);
    }
    if (text.isEmpty()) {
        fail(io, QStringLiteral("key"), Cli::tr("the password is empty"));
        return std::nullopt;
    }
    LoadedKeys loaded;
    loaded.given = true;
    loaded.isSecret = true;
    loaded.ring.add(Key::fromSecret(text));
    text.fill('\0');
    return loaded;
}

void appendJsonOrString(QByteArray &out, const QByteArray &text)
{
    const Json::Formatted compact = Json::compact(text);
    if (!compact.error.isError() && !text.trimmed().isEmpty())
        out += compact.text;
    else
        out += Json::quote(QString::fromUtf8(text));
}

bool appendCompactTokenJson(QByteArray &out, QByteArrayView text)
{
    const Token token = Token::parse(text);
    if (!token.isWellFormed())
        return false;
    out += "{\"header\": ";
    appendJsonOrString(out, token.header().decoded);
    if (token.isJwe()) {
        out += ", \"encrypted\": true}";
        return true;
    }
    out += ", \"payload\": ";
    const QByteArray &payload = token.payload().decoded;
    if (token.payloadIsJson())
        appendJsonOrString(out, payload);
    else if (Utf8::firstInvalid(payload) < 0)
        out += Json::quote(QString::fromUtf8(payload));
    else
        out += Json::quote(QString::fromLatin1(token.payload().encoded));
    out += ", \"signature\": ";
    out += Json::quote(QString::fromLatin1(token.signature().encoded));
    out += '}';
    return true;
}

} // namespace JweOptionsCli
