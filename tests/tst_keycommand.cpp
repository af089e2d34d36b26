// SPDX-License-Identifier: MIT
// `jwtlens key fetch|info|convert`, driven through the real binary. fetch runs against the
// loopback HTTPS key server (keyserver.h), and is cross-checked with PyJWT's PyJWKClient on
// the same server: the same key chosen for the same tokens.
#include "clirunner.h"
#include "keyserver.h"

#include "base64url.h"
#include "algorithm.h"
#include "keyfit.h"
#include "keyset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool inCi()
{
    return qgetenv("CI") == "true";
}

QString dataPath(const QString &relative)
{
    return QFINDTESTDATA(QStringLiteral("data/") + relative);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs @p program with @p env: for the proxy variable and for Python's SSL_CERT_FILE.
CliRun runWith(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    process.closeWriteChannel();
    run.finished = process.waitForFinished(30000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// The RFC 7638 members of a JWK, for comparing keys whatever else the objects hold.
QJsonObject requiredMembers(const QJsonObject &jwk)
{
    QJsonObject result;
    for (const char *name : {"kty", "crv", "n", "e", "x", "y", "k"}) {
        const QString key = QString::fromLatin1(name);
        if (jwk.contains(key))
            result.insert(key, jwk.value(key));
    }
    return result;
}

} // namespace

class TestKeyCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fetch_data();
    void fetch();
    void fetchPrintsEachKey();
    void fetchFromAnIssuer();
    void dryRunContactsNothing();
    void systemProxyIsHonoured();
    void info_data();
    void info();
    void infoText();
    void passphrase_data();
    void passphrase();
    void convert_data();
    void convert();
    void convertRoundTrip_data();
    void convertRoundTrip();
    void convertCertificate();
    void convertRefusals_data();
    void convertRefusals();
    void help();
    void sameKeyAsPyJwkClient_data();
    void sameKeyAsPyJwkClient();
    void usage_data();
    void usage();

private:
    CliRun key(const QStringList &args) { return runJwtlens(QStringList {"key"} + args); }
    QString writeFile(const QString &name, const QByteArray &data);

    KeyServer m_server;
    QTemporaryDir m_dir;
    bool m_pyjwt = false;
    QByteArray m_fetched; ///< the JWKS `key fetch --discover` got, for the cross-check
};

void TestKeyCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    KeyServer::clearProxyVariables(); // the jwtlens runs inherit this environment
    QString why;
    if (!m_server.start(&why)) {
        if (inCi())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    const CliRun probe = runJwtlens({"-c", "import jwt; jwt.PyJWKClient"}, QByteArray(), 30000,
                                    KeyServer::python());
    m_pyjwt = probe.finished && probe.exitCode == 0;
}

void TestKeyCommand::cleanupTestCase()
{
    m_server.stop();
}

QString TestKeyCommand::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

void TestKeyCommand::fetch_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error"); ///< a part of the one error line; empty: success

    const KeyServer &s = m_server;
    const QStringList ca {"--cacert", s.caFile()};
    const QString https = s.url("https", QString());
    QTest::newRow("--jwks-url") << (QStringList {"--jwks-url", https + "/jwks.json"} + ca) << 0
                                << QString();
    QTest::newRow("--jwks-url, plain http to loopback")
            << QStringList {"--jwks-url", s.url("http", "/jwks.json")} << 0 << QString();
    QTest::newRow("--discover, OpenID")
            << (QStringList {"--discover", https + "/oidc"} + ca) << 0 << QString();
    QTest::newRow("--discover, RFC 8414")
            << (QStringList {"--discover", https + "/as"} + ca) << 0 << QString();
    QTest::newRow("5 redirects") << (QStringList {"--jwks-url", https + "/redirect/5"} + ca) << 0
                                 << QString();

    QTest::newRow("404") << (QStringList {"--jwks-url", https + "/missing"} + ca) << 2
                         << "/missing: HTTP 404 Not Found";
    QTest::newRow("timeout") << (QStringList {"--jwks-url", https + "/slow", "--timeout", "1"} + ca)
                             << 2 << "/slow: no complete answer within 1 second";
    QTest::newRow("a fractional timeout")
            << (QStringList {"--jwks-url", https + "/slow", "--timeout", "0.3"} + ca) << 2
            << "no complete answer within 300 ms";
    QTest::newRow("oversized, chunked") << (QStringList {"--jwks-url", https + "/big"} + ca) << 2
                                        << "larger than 1048576 bytes";
    QTest::newRow("not JSON") << (QStringList {"--jwks-url", https + "/notjson"} + ca) << 2
                              << "not JSON";
    QTest::newRow("JSON without keys") << (QStringList {"--jwks-url", https + "/nokeys"} + ca) << 2
                                       << "without a \"keys\" array";
    QTest::newRow("a key that does not load")
            << (QStringList {"--jwks-url", https + "/badkey"} + ca) << 2 << "JWKS: key 2:";
    QTest::newRow("discovery without jwks_uri")
            << (QStringList {"--discover", https + "/nojwks"} + ca) << 2 << "has no \"jwks_uri\"";
    QTest::newRow("more than 5 redirects")
            << (QStringList {"--jwks-url", https + "/redirect/6"} + ca) << 2 << "more than 5";
    QTest::newRow("https to http") << (QStringList {"--jwks-url", https + "/to-http"} + ca) << 2
                                   << "never from https to http";
    QTest::newRow("wrong host") << (QStringList {"--jwks-url", s.url("wronghost", "/jwks.json")}
                                    + ca)
                                << 2 << "the certificate of \"wrong.example\" is refused";
    QTest::newRow("self-signed, no --cacert")
            << QStringList {"--jwks-url", s.url("selfsigned", "/jwks.json")} << 2 << "self-signed";
    QTest::newRow("the test CA without --cacert")
            << QStringList {"--jwks-url", https + "/jwks.json"} << 2 << "TLS:";
    QTest::newRow("connection refused")
            << QStringList {"--jwks-url",
                            QStringLiteral("https://127.0.0.1:%1/").arg(s.port("closed"))}
            << 2 << "connection refused";
    QTest::newRow("name resolution")
            << QStringList {"--discover", "https://idp.jwtlens.invalid/realm"} << 2
            << "cannot resolve the host name \"idp.jwtlens.invalid\"";
    QTest::newRow("plain http elsewhere")
            << QStringList {"--jwks-url", "http://192.0.2.1/jwks.json"} << 2
            << "plain http:// is allowed only to this machine";
    QTest::newRow("--cacert missing")
            << QStringList {"--jwks-url", https + "/jwks.json", "--cacert", s.file("nope.pem")} << 2
            << "cannot read the CA file";
}

void TestKeyCommand::fetch()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const CliRun run = key(QStringList {"fetch"} + args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QCOMPARE(run.out, m_server.jwks()); // byte for byte (it ends with a newline)
        QVERIFY2(run.err.contains("4 keys"), run.err.constData());
        return;
    }
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(run.errorPart(), QStringLiteral("key"));
    QVERIFY2(run.err.contains(error.toUtf8()), run.err.constData());
}

void TestKeyCommand::fetchPrintsEachKey()
{
    const CliRun run = key({"fetch", "--jwks-url", m_server.url("https", "/jwks.json"), "--cacert",
                            m_server.caFile()});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    // kid, kty, alg and the thumbprint the server computed in Python.
    const QHash<QString, QString> thumbprints = m_server.thumbprints();
    QCOMPARE(thumbprints.size(), 4);
    const QByteArrayList lines = run.errLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.first(), m_server.url("https", "/jwks.json").toUtf8() + ": 4 keys");
    const QList<QByteArray> expected {
            "kid=\"rsa-1\" kty=RSA alg=\"RS256\" thumbprint=" + thumbprints["rsa-1"].toLatin1(),
            "kid=\"rsa-2\" kty=RSA alg=\"PS256\" thumbprint=" + thumbprints["rsa-2"].toLatin1(),
            "kid=\"ec-1\" kty=EC alg=\"ES256\" thumbprint=" + thumbprints["ec-1"].toLatin1(),
            "kid=\"ed-1\" kty=OKP alg=\"EdDSA\" thumbprint=" + thumbprints["ed-1"].toLatin1()};
    QCOMPARE(lines.mid(1), expected);

    // A skipped key is said, as a warning.
    const CliRun skipped = key({"fetch", "--jwks-url", m_server.url("https", "/unsupported"),
                                "--cacert", m_server.caFile()});
    QCOMPARE(skipped.exitCode, 0);
    QVERIFY2(skipped.err.contains("jwtlens: warning: skipped: JWKS: key 1: unsupported kty"),
             skipped.err.constData());
}

void TestKeyCommand::fetchFromAnIssuer()
{
    m_server.clearRequests();
    const QString issuer = m_server.url("https", "/as");
    const CliRun run = key({"fetch", "--discover", issuer, "--cacert", m_server.caFile()});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, m_server.jwks());
    QVERIFY2(run.errLines().first().endsWith(
                     "(jwks_uri of "
                     + m_server.url("https", "/.well-known/oauth-authorization-server/as").toUtf8()
                     + "): 4 keys"),
             run.err.constData());
    QCOMPARE(m_server.requests(),
             QStringList({"https GET /as/.well-known/openid-configuration",
                          "https GET /.well-known/oauth-authorization-server/as",
                          "https GET /jwks.json"}));

    // Metadata naming another issuer: fetched, with a warning.
    const CliRun other = key({"fetch", "--discover", m_server.url("https", "/wrongissuer"),
                              "--cacert", m_server.caFile()});
    QCOMPARE(other.exitCode, 0);
    QVERIFY2(other.err.contains("jwtlens: warning: ")
                     && other.err.contains("names the issuer \"https://elsewhere.example\""),
             other.err.constData());
}

void TestKeyCommand::dryRunContactsNothing()
{
    m_server.clearRequests();
    const QString issuer = m_server.url("https", "/realms/dev/");
    const CliRun run = key({"fetch", "--dry-run", "--discover", issuer});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QString base = m_server.url("https", QString());
    QCOMPARE(run.out,
             (base + "/realms/dev/.well-known/openid-configuration\n" + base
              + "/.well-known/oauth-authorization-server/realms/dev\n")
                     .toUtf8());
    QVERIFY2(run.err.contains("jwks_uri"), run.err.constData());
    const CliRun jwks = key({"fetch", "--dry-run", "--jwks-url", base + "/jwks.json"});
    QCOMPARE(jwks.out, (base + "/jwks.json\n").toUtf8());
    QCOMPARE(m_server.requests(), QStringList());

    const CliRun refused = key({"fetch", "--dry-run", "--jwks-url", "http://192.0.2.1/"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.hasOneErrorLine(), refused.err.constData());
}

void TestKeyCommand::systemProxyIsHonoured()
{
    // https_proxy in the environment: the request goes to the proxy (which refuses it), not
    // to the host, whose name only the proxy resolves.
    m_server.clearRequests();
    QProcessEnvironment env = KeyServer::cleanEnvironment();
    env.insert(QStringLiteral("https_proxy"), m_server.url("proxy", QString()));
    const CliRun run = runWith(
            jwtlensBinary(),
            {"key", "fetch", "--jwks-url", "https://keys.jwtlens.invalid/jwks.json"}, env);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(m_server.requests(), QStringList {"proxy CONNECT keys.jwtlens.invalid:443"});
}

void TestKeyCommand::info_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("kty");
    QTest::addColumn<QList<int>>("bits");
    QTest::addColumn<QStringList>("kid");
    QTest::addColumn<QStringList>("thumbprint"); ///< empty entries are not checked
    QTest::addColumn<bool>("isPrivate");

    // RFC 7638 §3.1: the example key and its thumbprint.
    const QString rfc7638Key = writeFile(
            QStringLiteral("rfc7638.jwk.json"),
            R"({"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"})");
    QTest::newRow("RFC 7638 example")
            << rfc7638Key << "jwk" << QStringList {"RSA"} << QList<int> {2048}
            << QStringList {"2011-04-29"}
            << QStringList {"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"} << false;
    // The RFC 7515 A.2 key's thumbprint, computed with Python's hashlib.
    const QString a2 = QStringLiteral("IsUn6_e04MaShXFIISMp4kG62LWzMIPy_MvSA5pJgX8");
    QTest::newRow("PEM SPKI") << dataPath("vectors/keys/rfc7515_a2_rs256.pub.pem") << "pem-public"
                              << QStringList {"RSA"} << QList<int> {2048} << QStringList {QString()}
                              << QStringList {a2} << false;
    QTest::newRow("PEM PKCS#8") << dataPath("vectors/keys/rfc7515_a2_rs256.priv.pem")
                                << "pem-private" << QStringList {"RSA"} << QList<int> {2048}
                                << QStringList {QString()} << QStringList {a2} << true;
    QTest::newRow("JWK, private") << dataPath("vectors/keys/rfc7515_a2_rs256.priv.jwk.json")
                                  << "jwk" << QStringList {"RSA"} << QList<int> {2048}
                                  << QStringList {QString()} << QStringList {a2} << true;
    QTest::newRow("certificate") << dataPath("keys/cert.pem") << "pem-certificate"
                                 << QStringList {"EC"} << QList<int> {256}
                                 << QStringList {QString()} << QStringList {QString()} << false;
    QTest::newRow("Ed25519") << dataPath("vectors/keys/rfc8037_a4_ed25519.pub.jwk.json") << "jwk"
                             << QStringList {"OKP"} << QList<int> {256}
                             << QStringList {QString()} // RFC 8037 §A.3
                             << QStringList {"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"}
                             << false;
    QTest::newRow("HMAC secret JWK")
            << dataPath("vectors/keys/rfc7515_a1_hs256.jwk.json") << "jwk" << QStringList {"oct"}
            << QList<int> {512} << QStringList {"HMAC key used in JWS A.1 example"}
            << QStringList {"y_x3gCJnL6oKGBBIXScabduwxTVy2Wd2bzRVEUbdUzc"} << true;
    QStringList kids {"rsa-1", "rsa-2", "ec-1", "ed-1"};
    QStringList prints;
    for (const QString &kid : kids)
        prints << m_server.thumbprints().value(kid);
    QTest::newRow("the server's JWKS")
            << m_server.file("jwks.json") << "jwks" << QStringList {"RSA", "RSA", "EC", "OKP"}
            << QList<int> {2048, 2048, 256, 256} << kids << prints << false;
}

void TestKeyCommand::info()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QStringList, kty);
    QFETCH(QList<int>, bits);
    QFETCH(QStringList, kid);
    QFETCH(QStringList, thumbprint);
    QFETCH(bool, isPrivate);
    const CliRun run = key({"info", "--json", file});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(o.value("format").toString(), format);
    const QJsonArray keys = o.value("keys").toArray();
    QCOMPARE(keys.size(), kty.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject k = keys.at(i).toObject();
        QCOMPARE(k.value("kty").toString(), kty.at(i));
        QCOMPARE(k.value("bits").toInt(), bits.at(i));
        QCOMPARE(k.value("kid").toString(), kid.at(i));
        QCOMPARE(k.value("kid").isNull(), kid.at(i).isEmpty());
        if (!thumbprint.at(i).isEmpty())
            QCOMPARE(k.value("thumbprint").toString(), thumbprint.at(i));
        QCOMPARE(k.value("thumbprint").toString().size(), 43); // SHA-256 in base64url
        QCOMPARE(k.value("private").toBool(), isPrivate);
    }
    // Never key material: no private member, no secret, no base64 of more than a thumbprint.
    static const QRegularExpression longBase64(QStringLiteral("[A-Za-z0-9_-]{44,}"));
    QVERIFY2(!longBase64.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
}

void TestKeyCommand::infoText()
{
    const CliRun run = key({"info", dataPath("keys/p384.sec1.pem")});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const char *line : {"key 1 of 1: EC P-384 private key", "  kty: EC", "  size: 384 bits",
                             "  curve: P-384", "  kid: (none)", "  part: private"})
        QVERIFY2(text.contains(QLatin1String(line)), qPrintable(text));

    // Standard input, for "-".
    const CliRun piped = runJwtlens({"key", "info", "-"},
                                    readAll(dataPath("vectors/keys/rfc7515_a3_es256.pub.pem")));
    QCOMPARE(piped.exitCode, 0);
    QVERIFY2(piped.out.contains("EC P-256 public key"), piped.out.constData());
}

void TestKeyCommand::passphrase_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase"); ///< null: no --passphrase-file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    const QString pkcs8 = dataPath("keys/encrypted.pkcs8.pem");
    const QString pkcs1 = dataPath("keys/encrypted.pkcs1.pem");
    // The fixtures' passphrase is "jwtlens"; a file's trailing newline is not part of it.
    QTest::newRow("info, encrypted PKCS#8") << "info" << pkcs8 << QByteArray("jwtlens\n") << 0
                                            << "EC P-256 private key" << QString();
    QTest::newRow("info, traditional, CR LF") << "info" << pkcs1 << QByteArray("jwtlens\r\n") << 0
                                              << "RSA 1024-bit private key" << QString();
    QTest::newRow("info, no passphrase")
            << "info" << pkcs8 << QByteArray() << 2 << QString()
            << "is encrypted with a passphrase: give it with --passphrase-file FILE";
    QTest::newRow("info, wrong passphrase")
            << "info" << pkcs1 << QByteArray("jwtlens2") << 2 << QString() << "wrong passphrase";
    QTest::newRow("info, plain key with a passphrase")
            << "info" << dataPath("keys/rsa2048.pkcs8.pem") << QByteArray("x") << 0
            << "RSA 2048-bit private key"
            << "jwtlens: warning: ";
    QTest::newRow("convert, decrypted to PKCS#8")
            << "convert --to pem" << pkcs1 << QByteArray("jwtlens") << 0
            << QString::fromLatin1(readAll(dataPath("keys/rsa1024.pem")))
            << "printed without its passphrase protection";
    QTest::newRow("convert, public part only")
            << "convert --to pem --public" << pkcs1 << QByteArray("jwtlens") << 0
            << QString::fromLatin1(readAll(dataPath("keys/rsa1024.pub.pem"))) << QString();
}

void TestKeyCommand::passphrase()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QStringList args = command.split(u' ');
    if (!passphrase.isNull())
        args << "--passphrase-file" << writeFile(QStringLiteral("pass"), passphrase);
    args << file;
    const CliRun run = key(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains(out.toUtf8()), run.out.constData());
    if (err.isEmpty())
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    else
        QVERIFY2(run.err.contains(err.toUtf8()), run.err.constData());
    if (exitCode != 0)
        QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    if (command.startsWith(QLatin1String("convert")) && exitCode == 0)
        QCOMPARE(QString::fromLatin1(run.out), out);
}

void TestKeyCommand::convert_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>(
            "expectedFile"); ///< the output must equal this file (made by openssl)

    QTest::newRow("PKCS#1 to PKCS#8")
            << QStringList {"--to", "pem", dataPath("keys/rsa2048.pkcs1.pem")}
            << dataPath("keys/rsa2048.pkcs8.pem");
    QTest::newRow("PKCS#8 to SPKI")
            << QStringList {"--to", "pem", "--public", dataPath("keys/rsa2048.pkcs8.pem")}
            << dataPath("keys/rsa2048.pub.pem");
    QTest::newRow("SEC1 to SPKI") << QStringList {"--to", "pem", "--public",
                                                  dataPath("keys/p384.sec1.pem")}
                                  << dataPath("keys/p384.pub.pem");
    QTest::newRow("PKCS#1 public to SPKI")
            << QStringList {"--to", "pem", dataPath("keys/rsa2048.pkcs1.pub.pem")}
            << dataPath("keys/rsa2048.pub.pem");
    QTest::newRow("private JWK to PKCS#8")
            << QStringList {"--to", "pem", dataPath("vectors/keys/rfc7515_a2_rs256.priv.jwk.json")}
            << dataPath("vectors/keys/rfc7515_a2_rs256.priv.pem");
    QTest::newRow("private JWK to SPKI")
            << QStringList {"--to", "pem", "--public",
                            dataPath("vectors/keys/rfc7515_a3_es256.priv.jwk.json")}
            << dataPath("vectors/keys/rfc7515_a3_es256.pub.pem");
    QTest::newRow("Ed25519 JWK to PKCS#8")
            << QStringList {"--to", "pem",
                            dataPath("vectors/keys/rfc8037_a4_ed25519.priv.jwk.json")}
            << dataPath("vectors/keys/rfc8037_a4_ed25519.priv.pem");
    QTest::newRow("secp256k1 to SPKI")
            << QStringList {"--to", "pem", "--public", dataPath("keys/secp256k1.sec1.pem")}
            << dataPath("keys/secp256k1.pub.pem");
}

void TestKeyCommand::convert()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedFile);
    const CliRun run = key(QStringList {"convert"} + args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.out, readAll(expectedFile));
}

void TestKeyCommand::convertRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isPrivate");
    QTest::newRow("RSA private") << dataPath("keys/rsa2048.pkcs8.pem") << true;
    QTest::newRow("RSA public") << dataPath("keys/rsa2048.pub.pem") << false;
    QTest::newRow("P-521 private") << dataPath("keys/p521.pkcs8.pem") << true;
    QTest::newRow("secp256k1 public") << dataPath("keys/secp256k1.pub.pem") << false;
    QTest::newRow("Ed448 private") << dataPath("keys/ed448.pem") << true;
    QTest::newRow("Ed25519 public") << dataPath("vectors/keys/rfc8037_a4_ed25519.pub.pem") << false;
}

void TestKeyCommand::convertRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(bool, isPrivate);
    const CliRun jwk = key({"convert", "--to", "jwk", file});
    CLI_VERIFY_RAN(jwk);
    QCOMPARE(jwk.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(jwk.out).object();
    QVERIFY2(!o.isEmpty(), jwk.out.constData());
    QCOMPARE(o.contains("d"), isPrivate);
    const QString jwkFile = writeFile(QStringLiteral("key.jwk"), jwk.out);
    const CliRun pem = key({"convert", "--to", "pem", jwkFile});
    QCOMPARE(pem.exitCode, 0);
    // The original text back, exactly, when it was PKCS#8 or SPKI already.
    const QByteArray original = readAll(file);
    if (original.startsWith("-----BEGIN PRIVATE KEY") || original.startsWith("-----BEGIN PUBLIC"))
        QCOMPARE(pem.out, original);
    // --public drops the private members and keeps the rest.
    const CliRun pub = key({"convert", "--to", "jwk", "--public", file});
    const QJsonObject p = QJsonDocument::fromJson(pub.out).object();
    QVERIFY(!p.contains("d"));
    QCOMPARE(requiredMembers(p), requiredMembers(o));
}

void TestKeyCommand::convertCertificate()
{
    // A certificate's public key, checked against openssl's own extraction.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {"x509", "-in", dataPath("keys/cert.pem"), "-pubkey", "-noout"});
    QVERIFY(openssl.waitForFinished(10000));
    const QByteArray expected = openssl.readAllStandardOutput();
    QVERIFY(expected.startsWith("-----BEGIN PUBLIC KEY-----"));
    const CliRun run = key({"convert", "--to", "pem", dataPath("keys/cert.pem")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);

    // A JWKS stays a JWKS (kids and algs kept); a PEM bundle gives one block per key.
    const CliRun jwks = key({"convert", "--to", "jwk", m_server.file("jwks.json")});
    QCOMPARE(jwks.exitCode, 0);
    const QJsonArray keys = QJsonDocument::fromJson(jwks.out).object().value("keys").toArray();
    const QJsonArray served
            = QJsonDocument::fromJson(m_server.jwks()).object().value("keys").toArray();
    QCOMPARE(keys.size(), served.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(requiredMembers(keys.at(i).toObject()), requiredMembers(served.at(i).toObject()));
        QCOMPARE(keys.at(i).toObject().value("kid"), served.at(i).toObject().value("kid"));
        QCOMPARE(keys.at(i).toObject().value("alg"), served.at(i).toObject().value("alg"));
    }
    const CliRun pems = key({"convert", "--to", "pem", m_server.file("jwks.json")});
    QCOMPARE(pems.out.count("-----BEGIN PUBLIC KEY-----"), 4);

    // The private keys of the server, converted: each one's public part is in its JWKS.
    const CliRun ed = key({"convert", "--to", "jwk", "--public", m_server.file("ed-1.pem")});
    QCOMPARE(requiredMembers(QJsonDocument::fromJson(ed.out).object()),
             requiredMembers(served.at(3).toObject()));
}

void TestKeyCommand::convertRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    const QString secret = dataPath("vectors/keys/rfc7515_a1_hs256.jwk.json");
    QTest::newRow("a secret to PEM") << QStringList {"--to", "pem", secret} << "no PEM form";
    QTest::newRow("a secret's public part")
            << QStringList {"--to", "jwk", "--public", secret} << "no public part";
    QTest::newRow("not a key") << QStringList {"--to", "jwk", dataPath("cli/roundtrip.json")}
                               << "JWK";
    QTest::newRow("a missing file")
            << QStringList {"--to", "jwk", dataPath("keys") + "/missing.pem"} << "cannot read";
}

void TestKeyCommand::convertRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const CliRun run = key(QStringList {"convert"} + args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(run.errorPart(), QStringLiteral("key"));
    QVERIFY2(run.err.contains(error.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());

    // A secret still converts to a JWK (it has no other form).
    const CliRun jwk
            = key({"convert", "--to", "jwk", dataPath("vectors/keys/rfc7515_a1_hs256.jwk.json")});
    QCOMPARE(jwk.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(jwk.out).object().value("kty").toString(),
             QStringLiteral("oct"));
}

void TestKeyCommand::help()
{
    const CliRun overview = key({"--help"});
    QCOMPARE(overview.exitCode, 0);
    for (const char *sub : {"fetch", "info", "convert"})
        QVERIFY2(overview.out.contains(sub), overview.out.constData());
    for (const char *sub : {"fetch", "info", "convert"}) {
        const CliRun run = key({QString::fromLatin1(sub), "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Usage: jwtlens key " + QByteArray(sub)), run.out.constData());
    }
    const CliRun top = runJwtlens({"--help"});
    QVERIFY2(top.out.contains("  key "), top.out.constData());
}

void TestKeyCommand::sameKeyAsPyJwkClient_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("signer"); ///< the private key file's kid
    QTest::addColumn<QString>("kid"); ///< the token's kid header; empty: none
    QTest::addColumn<QString>("ours"); ///< the kid of the key jwtlens chooses; empty: none fits
    QTest::addColumn<QString>("theirs"); ///< the kid PyJWKClient chooses; empty: it refuses
    QTest::addColumn<bool>("ourValid");
    QTest::addColumn<bool>("theirValid");
    // Same choice, same verdict.
    QTest::newRow("RS256, rsa-1") << "RS256"
                                  << "rsa-1"
                                  << "rsa-1"
                                  << "rsa-1"
                                  << "rsa-1" << true << true;
    QTest::newRow("PS256, rsa-2") << "PS256"
                                  << "rsa-2"
                                  << "rsa-2"
                                  << "rsa-2"
                                  << "rsa-2" << true << true;
    QTest::newRow("ES256, ec-1") << "ES256"
                                 << "ec-1"
                                 << "ec-1"
                                 << "ec-1"
                                 << "ec-1" << true << true;
    QTest::newRow("EdDSA, ed-1") << "EdDSA"
                                 << "ed-1"
                                 << "ed-1"
                                 << "ed-1"
                                 << "ed-1" << true << true;
    QTest::newRow("signed by rsa-2, kid rsa-1") << "RS256"
                                                << "rsa-2"
                                                << "rsa-1"
                                                << "rsa-1"
                                                << "rsa-1" << false << false;
    // Where they differ, said here so that a change on either side shows. The verdict differs
    // only when the token verifies with a key of the set that its kid does not name.
    QTest::newRow("kid of a PS256 key on an RS256 token: none fits / PyJWT tries it")
            << "RS256"
            << "rsa-1"
            << "rsa-2" << QString() << "rsa-2" << false << false;
    QTest::newRow("unknown kid: jwtlens falls back to the algorithm / PyJWT refuses")
            << "RS256"
            << "rsa-1"
            << "rsa-9"
            << "rsa-1" << QString() << true << false;
    QTest::newRow("no kid: jwtlens chooses by algorithm / PyJWT refuses")
            << "ES256"
            << "ec-1" << QString() << "ec-1" << QString() << true << false;
}

void TestKeyCommand::sameKeyAsPyJwkClient()
{
    if (!m_pyjwt) {
        if (inCi())
            QFAIL("/usr/bin/python3 with PyJWT (python3-jwt) is needed");
        QSKIP("/usr/bin/python3 with PyJWT (python3-jwt) is needed");
    }
    QFETCH(QString, alg);
    QFETCH(QString, signer);
    QFETCH(QString, kid);
    QFETCH(QString, ours);
    QFETCH(QString, theirs);
    QFETCH(bool, ourValid);
    QFETCH(bool, theirValid);
    QStringList encode {"encode", "--alg", alg, "--key", m_server.file(signer + ".pem")};
    if (!kid.isEmpty())
        encode << "--kid" << kid;
    const CliRun token = runJwtlens(encode << R"({"sub":"crosscheck"})");
    QCOMPARE(token.exitCode, 0);
    const QString compact = QString::fromLatin1(token.out.trimmed());

    // jwtlens: the JWKS through `key fetch --discover` (once for all rows), the key chosen as
    // `verify` chooses.
    if (m_fetched.isEmpty()) {
        const CliRun fetched = key({"fetch", "--discover", m_server.url("https", "/oidc"),
                                    "--cacert", m_server.caFile()});
        QCOMPARE(fetched.exitCode, 0);
        m_fetched = fetched.out;
    }
    const KeySet set = loadKeys(m_fetched);
    QVERIFY(set.ok());
    const KeyChoice choice = chooseKey(set.keys, Algorithms::fromName(alg).value(), kid);
    QCOMPARE(choice.key.kid(), ours);
    const QString jwksFile = writeFile(QStringLiteral("fetched.jwks.json"), m_fetched);
    const CliRun verify = runJwtlens({"verify", "--key", jwksFile, compact});
    QCOMPARE(verify.exitCode, ourValid ? 0 : 1);

    // PyJWT: PyJWKClient on the jwks_uri, with the test CA as the default context's.
    QProcessEnvironment env = KeyServer::cleanEnvironment();
    env.insert(QStringLiteral("SSL_CERT_FILE"), m_server.caFile());
    const CliRun py = runWith(
            KeyServer::python(),
            {dataPath("net/pyjwkclient.py"), m_server.url("https", "/jwks.json"), compact}, env);
    CLI_VERIFY_RAN(py);
    QCOMPARE(py.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(py.out).object();
    QCOMPARE(result.value("kid").toString(), theirs);
    QCOMPARE(result.contains("error"), theirs.isEmpty());
    QCOMPARE(result.value("valid").toBool(), theirValid);
    if (!ours.isEmpty() && ours == theirs) {
        // The same key, not only the same kid.
        QCOMPARE(result.value("thumbprint").toString(),
                 QString::fromLatin1(Base64Url::encode(choice.key.thumbprint())));
    }
}

void TestKeyCommand::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("no subcommand") << QStringList() << "subcommand";
    QTest::newRow("unknown subcommand") << QStringList {"list"} << "unknown key subcommand";
    QTest::newRow("fetch without a source") << QStringList {"fetch"} << "--jwks-url";
    QTest::newRow("fetch with both sources")
            << QStringList {"fetch", "--jwks-url", "https://a/", "--discover", "https://b"}
            << "give one of";
    QTest::newRow("fetch with an argument")
            << QStringList {"fetch", "--jwks-url", "https://a/", "extra"} << "no argument";
    QTest::newRow("timeout 0") << QStringList {"fetch", "--jwks-url", "https://a/", "--timeout",
                                               "0"}
                               << "--timeout";
    QTest::newRow("timeout not a number")
            << QStringList {"fetch", "--jwks-url", "https://a/", "--timeout", "soon"}
            << "--timeout";
    QTest::newRow("info without FILE") << QStringList {"info"} << "FILE";
    QTest::newRow("a passphrase is never an argument")
            << QStringList {"info", "--passphrase", "jwtlens", dataPath("keys/encrypted.pkcs8.pem")}
            << "passphrase";
    QTest::newRow("convert without --to")
            << QStringList {"convert", dataPath("keys/cert.pem")} << "--to";
    QTest::newRow("convert --to der")
            << QStringList {"convert", "--to", "der", dataPath("keys/cert.pem")} << "pem or jwk";
}

void TestKeyCommand::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    m_server.clearRequests();
    const CliRun run = key(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(run.errorPart(), QStringLiteral("usage"));
    QVERIFY2(run.err.contains(error.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyCommand)
#include "tst_keycommand.moc"
