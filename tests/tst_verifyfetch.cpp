// SPDX-License-Identifier: MIT
// `jwtlens verify` with keys fetched on request (--jwks-url, --discover, --cacert, --timeout)
// against the loopback HTTPS key server (keyserver.h), and what verify says beyond the
// contract: --require, the "hint" and "pyjwt_error" members, a key the token supplies itself
// (never valid), --x5c-ca, and encode --x5t. Driven through the real binary.
#include "clirunner.h"
#include "keyserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool inCi()
{
    return qgetenv("CI") == "true";
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(JWTLENS_TESTDATA "/") + relative;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject objectOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

const QString untrustedWords
        = QStringLiteral("the signature matches a key the token supplied itself — not trusted");

} // namespace

class TestVerifyFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fetchedKeys_data();
    void fetchedKeys();
    void fetchErrors_data();
    void fetchErrors();
    void nothingFetchedUnlessAsked();
    void require();
    void hint();
    void reencodedTokenHint();
    void ownJwkIsNotTrusted();
    void x5cChain();
    void x5tS256();
    void fullySpecifiedEdDsa();

private:
    /// A token signed with the server's key @p kid.
    QByteArray signedByServerKey(const QString &alg, const QString &kid,
                                 const QString &header = {});
    QString writeFile(const QString &name, const QByteArray &data);

    KeyServer m_server;
    QTemporaryDir m_dir;
};

void TestVerifyFetch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    KeyServer::clearProxyVariables();
    QString why;
    if (!m_server.start(&why)) {
        if (inCi())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestVerifyFetch::cleanupTestCase()
{
    m_server.stop();
}

QString TestVerifyFetch::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

QByteArray TestVerifyFetch::signedByServerKey(const QString &alg, const QString &kid,
                                              const QString &header)
{
    QStringList args {"encode", "--alg", alg, "--key", m_server.file(kid + ".pem")};
    if (!header.isEmpty())
        args << "--header" << header;
    else
        args << "--kid" << kid;
    const CliRun run = runJwtlens(args << R"({"sub":"fetched","exp":4000000000})");
    if (run.exitCode != 0)
        qFatal("encode failed: %s", run.err.constData());
    return run.out.trimmed();
}

void TestVerifyFetch::fetchedKeys_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("header"); // empty: {"alg", "kid": signer}
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("usedKid"); // the key that verified
    QTest::addColumn<QStringList>("requests");

    const QStringList jwksOnly {"https GET /jwks.json"};
    QTest::newRow("--jwks-url, RS256 by kid") << "RS256"
                                              << "rsa-1" << QString() << "--jwks-url"
                                              << "/jwks.json"
                                              << "rsa-1" << jwksOnly;
    QTest::newRow("--jwks-url, ES256 without kid") << "ES256"
                                                   << "ec-1"
                                                   << R"({"alg":"ES256"})"
                                                   << "--jwks-url"
                                                   << "/jwks.json"
                                                   << "ec-1" << jwksOnly;
    QTest::newRow("--discover, OpenID")
            << "PS256"
            << "rsa-2" << QString() << "--discover"
            << "/oidc"
            << "rsa-2"
            << QStringList {"https GET /oidc/.well-known/openid-configuration",
                            "https GET /jwks.json"};
    QTest::newRow("--discover, RFC 8414")
            << "EdDSA"
            << "ed-1" << QString() << "--discover"
            << "/as"
            << "ed-1"
            << QStringList {"https GET /as/.well-known/openid-configuration",
                            "https GET /.well-known/oauth-authorization-server/as",
                            "https GET /jwks.json"};
}

void TestVerifyFetch::fetchedKeys()
{
    QFETCH(QString, alg);
    QFETCH(QString, signer);
    QFETCH(QString, header);
    QFETCH(QString, option);
    QFETCH(QString, path);
    QFETCH(QString, usedKid);
    QFETCH(QStringList, requests);

    const QByteArray token = signedByServerKey(alg, signer, header);
    m_server.clearRequests();
    const QString url = m_server.url("https", path);
    const CliRun run = runJwtlens(
            {"verify", option, url, "--cacert", m_server.caFile(), QString::fromLatin1(token)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server.requests(), requests);
    const QJsonObject o = objectOf(run);
    QCOMPARE(o.value("valid").toBool(), true);
    QCOMPARE(o.value("signature").toString(), QStringLiteral("valid"));
    // Which key of the set verified it: kid, the thumbprint the server computed, the URL.
    const QJsonObject key = o.value("key").toObject();
    QCOMPARE(key.value("kid").toString(), usedKid);
    QCOMPARE(key.value("thumbprint").toString(), m_server.thumbprints().value(usedKid));
    QCOMPARE(key.value("source").toString(), m_server.url("https", "/jwks.json"));

    // Signed by another key than the set's: not valid, exit 1, the hint names nothing.
    const CliRun other
            = runJwtlens({"verify", option, url, "--cacert", m_server.caFile(), "--alg", alg,
                          QString::fromLatin1(runJwtlens({"encode", "--alg", "HS256", "--secret",
                                                          "a-32-byte-long-secret-for-HS256!", "{}"})
                                                      .out.trimmed())});
    QCOMPARE(other.exitCode, 1);
    QCOMPARE(objectOf(other).value("valid").toBool(), false);
}

void TestVerifyFetch::fetchErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("error");
    const QString https = m_server.url("https", QString());
    const QStringList ca {"--cacert", m_server.caFile()};
    QTest::newRow("404") << (QStringList {"--jwks-url", https + "/missing"} + ca) << "key"
                         << "404";
    QTest::newRow("timeout") << (QStringList {"--jwks-url", https + "/slow", "--timeout", "1"} + ca)
                             << "key"
                             << "no complete answer within 1 second";
    QTest::newRow("self-signed, no --cacert")
            << QStringList {"--jwks-url", m_server.url("selfsigned", "/jwks.json")} << "key"
            << "certificate";
    QTest::newRow("not JSON") << (QStringList {"--jwks-url", https + "/notjson"} + ca) << "key"
                              << "JSON";
    QTest::newRow("--cacert without a URL")
            << QStringList {"--secret", "s", "--cacert", m_server.caFile()} << "usage"
            << "--cacert and --timeout are for --jwks-url or --discover";
    QTest::newRow("--timeout without a URL")
            << QStringList {"--secret", "s", "--timeout", "3"} << "usage"
            << "--cacert and --timeout are for --jwks-url or --discover";
    QTest::newRow("both --jwks-url and --discover")
            << (QStringList {"--jwks-url", https + "/jwks.json", "--discover", https} + ca)
            << "usage"
            << "once";
    QTest::newRow("no key at all") << QStringList() << "usage"
                                   << "--jwks-url, --discover";
}

void TestVerifyFetch::fetchErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, part);
    QFETCH(QString, error);
    const CliRun run = runJwtlens(QStringList {"verify"} + args
                                  << QString::fromLatin1(signedByServerKey("RS256", "rsa-1")));
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(run.errorPart(), part);
    QVERIFY2(run.err.contains(error.toUtf8()), run.err.constData());
}

void TestVerifyFetch::nothingFetchedUnlessAsked()
{
    // A header that names the server (jku, x5u) and a payload whose iss is it: verify with a
    // secret contacts nothing, and neither does a usage error before a fetch.
    const QString jku = m_server.url("https", "/jwks.json");
    const QString header = QStringLiteral(R"({"alg":"HS256","jku":"%1","x5u":"%2"})")
                                   .arg(jku, m_server.url("http", "/cert.pem"));
    const CliRun token = runJwtlens(
            {"encode", "--alg", "HS256", "--secret", "a-32-byte-long-secret-for-HS256!", "--header",
             header, QStringLiteral(R"({"iss":"%1"})").arg(m_server.url("https", ""))});
    QCOMPARE(token.exitCode, 0);
    m_server.clearRequests();
    const CliRun run = runJwtlens({"verify", "--secret", "a-32-byte-long-secret-for-HS256!",
                                   QString::fromLatin1(token.out.trimmed())});
    QCOMPARE(run.exitCode, 0);
    const CliRun usage = runJwtlens({"verify", "--jwks-url", jku, "--now", "soon",
                                     QString::fromLatin1(token.out.trimmed())});
    QCOMPARE(usage.exitCode, 2);
    const CliRun noToken = runJwtlens(
            {"verify", "--jwks-url", jku, m_dir.filePath(QStringLiteral("no-such-token.jwt"))});
    QCOMPARE(noToken.exitCode, 2);
    QCOMPARE(m_server.requests(), QStringList());
}

void TestVerifyFetch::require()
{
    const CliRun token
            = runJwtlens({"encode", "--alg", "HS256", "--secret",
                          "a-32-byte-long-secret-for-HS256!", R"({"sub":"x","jti":null})"});
    QCOMPARE(token.exitCode, 0);
    const QString compact = QString::fromLatin1(token.out.trimmed());
    const QStringList secret {"verify", "--secret", "a-32-byte-long-secret-for-HS256!"};

    const CliRun present = runJwtlens(secret + QStringList {"--require", "sub", compact});
    QCOMPARE(present.exitCode, 0);
    QCOMPARE(objectOf(present).value("valid").toBool(), true);

    const CliRun missing = runJwtlens(
            secret
            + QStringList {"--require", "sub", "--require", "jti", "--require", "exp", compact});
    QCOMPARE(missing.exitCode, 1);
    const QJsonObject o = objectOf(missing);
    QCOMPARE(o.value("valid").toBool(), false);
    QCOMPARE(o.value("signature").toString(), QStringLiteral("valid"));
    QCOMPARE(
            o.value("error").toString(),
            QStringLiteral("the required claim jti is missing; the required claim exp is missing"));
    QCOMPARE(o.value("pyjwt_error").toString(), QStringLiteral("MissingRequiredClaimError"));

    const CliRun empty = runJwtlens(secret + QStringList {"--require", "", compact});
    QCOMPARE(empty.exitCode, 2);
    QCOMPARE(empty.errorPart(), QStringLiteral("usage"));
}

void TestVerifyFetch::hint()
{
    // Signed with the secret and a trailing newline (echo without -n).
    const CliRun token = runJwtlens({"encode", "--alg", "HS256", "--secret",
                                     "a-32-byte-long-secret-for-HS256!\n", R"({"sub":"x"})"});
    QCOMPARE(token.exitCode, 0);
    const CliRun run = runJwtlens({"verify", "--secret", "a-32-byte-long-secret-for-HS256!",
                                   QString::fromLatin1(token.out.trimmed())});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject o = objectOf(run);
    QCOMPARE(o.value("valid").toBool(), false);
    QCOMPARE(o.value("error").toString(), QStringLiteral("the signature does not match"));
    QVERIFY2(o.value("hint").toString().contains(QLatin1String("trailing newline")),
             run.out.constData());
    QCOMPARE(o.value("pyjwt_error").toString(), QStringLiteral("InvalidSignatureError"));
    // Verified: no hint, no pyjwt_error.
    const CliRun ok = runJwtlens({"verify", "--secret", "a-32-byte-long-secret-for-HS256!\n",
                                  QString::fromLatin1(token.out.trimmed())});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(!objectOf(ok).contains("hint"));
    QVERIFY(!objectOf(ok).contains("pyjwt_error"));
}

void TestVerifyFetch::reencodedTokenHint()
{
    // A token re-encoded as padded base64 after signing: refused before verifying, and the
    // error line says that it would verify written back.
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray payload = R"({"sub":"???","x":1})";
    const CliRun good = runJwtlens({"encode", "--alg", "HS256", "--secret",
                                    "a-32-byte-long-secret-for-HS256!", "--header",
                                    QString::fromLatin1(header), QString::fromLatin1(payload)});
    QCOMPARE(good.exitCode, 0);
    const QByteArray signature = good.out.trimmed().split('.').at(2);
    const QByteArray reencoded = header.toBase64() + '.' + payload.toBase64() + '.' + signature;
    const CliRun run = runJwtlens({"verify", "--secret", "a-32-byte-long-secret-for-HS256!",
                                   QString::fromLatin1(reencoded)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QVERIFY2(run.err.contains("; hint: written back as base64url"), run.err.constData());
}

void TestVerifyFetch::ownJwkIsNotTrusted()
{
    // Signed with ec-1, carrying ec-1's public JWK: never valid by it.
    const CliRun jwk
            = runJwtlens({"key", "convert", "--to", "jwk", "--public", m_server.file("ec-1.pem")});
    QCOMPARE(jwk.exitCode, 0);
    const QString header = QStringLiteral(R"({"alg":"ES256","jwk":%1})")
                                   .arg(QString::fromUtf8(jwk.out.trimmed()));
    const QByteArray token = signedByServerKey("ES256", "ec-1", header);
    for (const QStringList &keyArgs :
         {QStringList {"--secret", "unrelated"},
          QStringList {"--key", dataPath("vectors/keys/rfc7515_a3_es256.pub.pem")}}) {
        const CliRun run
                = runJwtlens(QStringList {"verify"} + keyArgs << QString::fromLatin1(token));
        CLI_VERIFY_RAN(run);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = objectOf(run);
        QCOMPARE(o.value("valid").toBool(), false);
        QCOMPARE(o.value("signature").toString(), QStringLiteral("invalid"));
        QVERIFY2(o.value("error").toString().startsWith(untrustedWords), run.out.constData());
        QCOMPARE(o.value("pyjwt_error").toString(), QStringLiteral("InvalidSignatureError"));
    }
    // The same key given by the user: valid.
    const CliRun trusted = runJwtlens(
            {"verify", "--key", m_server.file("ec-1.pem"), QString::fromLatin1(token)});
    QCOMPARE(trusted.exitCode, 0);
}

void TestVerifyFetch::x5cChain()
{
    const QString dir = dataPath("keys/x5c/");
    QByteArray x5c = "[";
    for (const char *file : {"leaf.pem", "intermediate.pem"}) {
        QByteArray pem = readAll(dir + QLatin1String(file));
        pem = pem.mid(pem.indexOf('\n') + 1);
        pem.truncate(pem.indexOf("-----END"));
        pem.replace('\n', QByteArray());
        x5c += (x5c.size() > 1 ? ",\"" : "\"") + pem + '"';
    }
    x5c += ']';
    const CliRun token = runJwtlens(
            {"encode", "--alg", "ES256", "--key", dir + "leaf.key.pem", "--header",
             QStringLiteral(R"({"alg":"ES256","x5c":%1})").arg(QString::fromLatin1(x5c)),
             R"({"sub":"x5c"})"});
    QCOMPARE(token.exitCode, 0);
    const QString compact = QString::fromLatin1(token.out.trimmed());

    const CliRun trusted = runJwtlens({"verify", "--x5c-ca", dir + "ca.pem", compact});
    CLI_VERIFY_RAN(trusted);
    QCOMPARE(trusted.exitCode, 0);
    QCOMPARE(objectOf(trusted).value("valid").toBool(), true);

    const CliRun otherCa = runJwtlens({"verify", "--x5c-ca", dir + "other-ca.pem", compact});
    QCOMPARE(otherCa.exitCode, 1);
    QVERIFY2(objectOf(otherCa).value("error").toString().startsWith(untrustedWords),
             otherCa.out.constData());

    const CliRun noCa = runJwtlens({"verify", "--secret", "x", compact});
    QCOMPARE(noCa.exitCode, 1);
    QVERIFY2(objectOf(noCa).value("error").toString().startsWith(untrustedWords),
             noCa.out.constData());

    const CliRun notCa = runJwtlens({"verify", "--x5c-ca", dir + "leaf.key.pem", compact});
    QCOMPARE(notCa.exitCode, 2);
    QCOMPARE(notCa.errorPart(), QStringLiteral("key"));
}

void TestVerifyFetch::x5tS256()
{
    const QString dir = dataPath("keys/x5c/");
    const QByteArray certificate = readAll(dir + "leaf.pem");
    const QString both = writeFile(QStringLiteral("leaf-and-key.pem"),
                                   certificate + readAll(dir + "leaf.key.pem"));
    const CliRun token = runJwtlens({"encode", "--alg", "ES256", "--key", both, "--x5t", "{}"});
    CLI_VERIFY_RAN(token);
    QCOMPARE(token.exitCode, 0);
    const QByteArray header
            = QByteArray::fromBase64(token.out.split('.').at(0), QByteArray::Base64UrlEncoding);
    QByteArray body = certificate.mid(certificate.indexOf('\n') + 1);
    body.truncate(body.indexOf("-----END"));
    const QByteArray der = QByteArray::fromBase64(body);
    const QByteArray expected
            = QCryptographicHash::hash(der, QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(QJsonDocument::fromJson(header).object().value("x5t#S256").toString(),
             QString::fromLatin1(expected));
    // Verifies with the certificate.
    const CliRun verified = runJwtlens(
            {"verify", "--key", dir + "leaf.pem", QString::fromLatin1(token.out.trimmed())});
    QCOMPARE(verified.exitCode, 0);

    // Without the certificate in the file.
    const CliRun refused = runJwtlens(
            {"encode", "--alg", "ES256", "--key", dir + "leaf.key.pem", "--x5t", "{}"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--x5t needs the certificate"), refused.err.constData());
}

void TestVerifyFetch::fullySpecifiedEdDsa()
{
    // RFC 9864: Ed25519 is EdDSA on Ed25519 only; the server's ed-1 key is one.
    const QByteArray token = signedByServerKey("Ed25519", "ed-1");
    QVERIFY(QByteArray::fromBase64(token.split('.').at(0), QByteArray::Base64UrlEncoding)
                    .contains("\"alg\":\"Ed25519\""));
    const CliRun run
            = runJwtlens({"verify", "--jwks-url", m_server.url("https", "/jwks.json"), "--cacert",
                          m_server.caFile(), "--alg", "Ed25519", QString::fromLatin1(token)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(objectOf(run).value("key").toObject().value("kid").toString(), QStringLiteral("ed-1"));
    // Ed448 names another curve: the key does not fit.
    const CliRun ed448
            = runJwtlens({"encode", "--alg", "Ed448", "--key", m_server.file("ed-1.pem"), "{}"});
    QCOMPARE(ed448.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestVerifyFetch)
#include "tst_verifyfetch.moc"
