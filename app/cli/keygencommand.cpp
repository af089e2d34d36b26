// SPDX-License-Identifier: MIT
#include "keygencommand.h"

#include "common.h"

#include "algorithm.h"
#include "base64url.h"
#include "json.h"
#include "key.h"
#include "keygen.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>
#include <unistd.h>

using namespace CliCommon;

namespace {

/// RSA sizes above this take seconds to minutes to make: keygen says so on standard error.
constexpr int SlowRsaBits = 4096;

/// Adds "kid" (and "alg") to a compact JWK object, after its other members.
QByteArray withKid(const QByteArray &jwk, const QByteArray &kid, const QString &alg)
{
    QByteArray result = jwk;
    if (!result.endsWith('}'))
        return result;
    QByteArray extra;
    if (!Json::readObject(jwk).find(u"kid"))
        extra += ",\"kid\":" + Json::quote(QString::fromLatin1(kid));
    extra += ",\"alg\":" + Json::quote(alg);
    result.insert(result.size() - 1, extra);
    return result;
}

bool writePublic(const QString &fileName, const QByteArray &data, Io &io)
{
    const QByteArray path = QFile::encodeName(fileName);
    struct stat st = {};
    const bool exists = ::stat(path.constData(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        // A device or a FIFO: written to where it is. A save file renamed over it would
        // replace the node with a regular file (/dev/null, run as root).
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            || file.write(data) != data.size()) {
            fail(io, QStringLiteral("key"),
                 Cli::tr("cannot write %1: %2").arg(fileName, file.errorString()));
            return false;
        }
        return true;
    }
    // A file nobody may write (0444) is left as it is, also for root, who could write it
    // anyway: its mode says it is not to be replaced. (The mode bits, not QFileInfo: for root
    // its "user" permissions say writable.)
    if (exists && ((st.st_mode & 0222) == 0 || ::access(path.constData(), W_OK) != 0)) {
        fail(io, QStringLiteral("key"),
             Cli::tr("cannot write %1: it is read-only (remove it or make it writable first)")
                     .arg(fileName));
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        fail(io, QStringLiteral("key"),
             Cli::tr("cannot write %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    if (exists)
        ::chmod(path.constData(), st.st_mode & 07777); // the file replaced keeps its mode
    return true;
}

} // namespace

int runKeygen(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Makes a new key: a private key and its public key (PEM or JWK), or a "
                    "random HMAC secret in base64url."));
    parser.addOption({QStringLiteral("alg"), Cli::tr("The algorithm the key is for."),
                      QStringLiteral("ALG")});
    parser.addOption({QStringLiteral("format"), Cli::tr("pem (default) or jwk."),
                      QStringLiteral("pem|jwk")});
    parser.addOption({QStringLiteral("bits"), Cli::tr("RSA modulus size (default 2048)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("curve"), Cli::tr("EdDSA curve: Ed25519 (default) or Ed448."),
                      QStringLiteral("CURVE")});
    parser.addOption({QStringLiteral("seed"),
                      Cli::tr("FOR TESTS ONLY: derive the key from TEXT (HKDF-SHA-256), the same "
                              "key for the same TEXT every time, for EdDSA and ES*. Anyone who "
                              "knows TEXT has the private key."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("public-out"),
                      Cli::tr("Write the public key to FILE instead of printing it."),
                      QStringLiteral("FILE")});
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("keygen takes no argument, got \"%1\"")
                            .arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(QStringLiteral("alg")))
        return fail(io, QStringLiteral("usage"), Cli::tr("keygen needs --alg ALG"));
    const std::optional<Algorithm> alg
            = parseAlgorithm(parser.value(QStringLiteral("alg")), io, false);
    if (!alg)
        return Failure;
    const QString format = parser.isSet(QStringLiteral("format"))
            ? parser.value(QStringLiteral("format"))
            : QStringLiteral("pem");
    if (format != QLatin1String("pem") && format != QLatin1String("jwk")) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("--format is pem or jwk, not \"%1\"").arg(format));
    }
    const AlgorithmFamily family = Algorithms::family(*alg);
    const bool isRsa = family == AlgorithmFamily::RsaPkcs1 || family == AlgorithmFamily::RsaPss;
    int bits = 0;
    if (parser.isSet(QStringLiteral("bits"))) {
        if (!isRsa)
            return fail(io, QStringLiteral("usage"), Cli::tr("--bits is for RS* and PS* only"));
        const std::optional<qint64> n = parseInteger(parser, QStringLiteral("bits"), io, 2048);
        if (!n)
            return Failure;
        if (*n > 16384)
            return fail(io, QStringLiteral("usage"), Cli::tr("--bits is at most 16384"));
        bits = int(*n);
    }
    QString curve;
    if (parser.isSet(QStringLiteral("curve"))) {
        curve = parser.value(QStringLiteral("curve"));
        if (family != AlgorithmFamily::EdDsa
            || (curve != QLatin1String("Ed25519") && curve != QLatin1String("Ed448"))) {
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--curve is Ed25519 or Ed448, for EdDSA only"));
        }
        // RFC 9864: a fully specified name says its curve.
        const QString fixed = Algorithms::curve(*alg);
        if (!fixed.isEmpty() && curve != fixed) {
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--alg %1 makes an %1 key: --curve %2 contradicts it")
                                .arg(Algorithms::name(*alg), curve));
        }
    }
    const QString publicOut = parser.value(QStringLiteral("public-out"));
    const QString algName = Algorithms::name(*alg);

    const bool seeded = parser.isSet(QStringLiteral("seed"));
    if (seeded && family != AlgorithmFamily::EdDsa && family != AlgorithmFamily::Ecdsa) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("--seed is for EdDSA (Ed25519, Ed448) and ES256, ES384, ES512, "
                            "ES256K keys"));
    }
    if (seeded) {
        warn(io,
             Cli::tr("--seed: a deterministic key for tests only; anyone who knows the "
                     "seed can rebuild the private key"));
    }
    // A large RSA key takes long (16384 bits: minutes): say so before the wait, and on a
    // terminal show how far it is, so that it never looks hung.
    std::function<void(const KeygenProgress &)> progress;
    QElapsedTimer sinceShown;
    if (isRsa && bits > SlowRsaBits) {
        const QByteArray notice = "jwtlens: "
                + Cli::tr("making a %1-bit RSA key: this can take minutes").arg(bits).toUtf8()
                + '\n';
        if (io.writeErr)
            io.writeErr(notice);
        else
            io.err += notice;
        if (io.errorIsTerminal && io.writeErr) {
            sinceShown.start();
            progress = [&io, &sinceShown](const KeygenProgress &p) {
                if (sinceShown.elapsed() < 100 && p.candidates != 0)
                    return;
                sinceShown.restart();
                io.writeErr("\rjwtlens: "
                            + Cli::tr("%1 of 2 primes found, %2 candidates tested for the next")
                                      .arg(p.primesFound)
                                      .arg(p.candidates)
                                      .toUtf8()
                            + "\x1b[K");
            };
        }
    }
    const GeneratedKey generated = seeded
            ? generateKeyFromSeed(*alg, parser.value(QStringLiteral("seed")).toUtf8(), curve)
            : generateKey(*alg, bits, curve, progress);
    if (progress)
        io.writeErr("\r\x1b[K");
    if (!generated.ok())
        return fail(io, QStringLiteral("key"), generated.error);
    const Key &key = generated.key;

    if (family == AlgorithmFamily::Hmac) {
        if (!publicOut.isEmpty())
            return fail(io, QStringLiteral("usage"), Cli::tr("an HMAC secret has no public key"));
        if (format == QLatin1String("jwk")) {
            const QByteArray kid = Base64Url::encode(key.thumbprint());
            io.out += withKid(key.toJwk(true), kid, algName);
        } else {
            io.out += Base64Url::encode(key.secretBytes());
        }
        io.out += '\n';
        return Success;
    }

    const Key publicKey = key.publicKey();
    QByteArray privateText;
    QByteArray publicText;
    if (format == QLatin1String("jwk")) {
        const QByteArray kid = Base64Url::encode(key.thumbprint());
        privateText = withKid(key.toJwk(true), kid, algName);
        publicText = withKid(publicKey.toJwk(false), kid, algName);
        if (privateText.isEmpty() || publicText.isEmpty())
            return fail(io, QStringLiteral("key"), Cli::tr("cannot export the key as JWK"));
        if (!publicOut.isEmpty()) {
            if (!writePublic(publicOut, publicText + '\n', io))
                return Failure;
            io.out += "{\"private\": " + privateText + "}\n";
        } else {
            io.out += "{\"private\": " + privateText + ", \"public\": " + publicText + "}\n";
        }
        return Success;
    }
    privateText = key.toPem();
    publicText = publicKey.toPem();
    if (privateText.isEmpty() || publicText.isEmpty())
        return fail(io, QStringLiteral("key"), Cli::tr("cannot export the key as PEM"));
    if (!publicText.endsWith('\n'))
        publicText += '\n';
    if (!privateText.endsWith('\n'))
        privateText += '\n';
    if (!publicOut.isEmpty() && !writePublic(publicOut, publicText, io))
        return Failure;
    io.out += privateText;
    if (publicOut.isEmpty())
        io.out += publicText;
    return Success;
}
