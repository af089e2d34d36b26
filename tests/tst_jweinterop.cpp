// SPDX-License-Identifier: MIT
// JWE interop in both directions on fresh keys: tokens python3-jwcrypto and node `jose` make
// decrypt in `jwtlens decrypt`, and tokens `jwtlens encrypt` makes decrypt in both, for every
// alg × enc (× curve) pair each peer supports; nested sign-then-encrypt both ways.
// jwcrypto (Debian, /usr/bin/python3) is required: missing in CI is a failure. node `jose`
// (tests/bench/package.json, installed by scripts/test) is skipped, with the reason, where
// node or the module is missing. Keys travel to the processes on stdin, never through files.
#include "clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

namespace {

bool inCi()
{
    return qgetenv("CI") == "true";
}

const QStringList kwAlgs {"A128KW", "A192KW", "A256KW"};
const QStringList gcmKwAlgs {"A128GCMKW", "A192GCMKW", "A256GCMKW"};
const QStringList pbes2Algs {"PBES2-HS256+A128KW", "PBES2-HS384+A192KW", "PBES2-HS512+A256KW"};
const QStringList ecdhAlgs {"ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A192KW", "ECDH-ES+A256KW"};
const QStringList curves {"P-256", "P-384", "P-521", "X25519", "X448"};
const QStringList encs {"A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512",
                        "A128GCM",       "A192GCM",       "A256GCM"};

int cekBytes(const QString &enc)
{
    return enc.startsWith("A128CBC")    ? 32
            : enc.startsWith("A192CBC") ? 48
            : enc.startsWith("A256CBC") ? 64
                                        : enc.mid(1, 3).toInt() / 8;
}

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// One peer process speaking the line protocol of tests/data/jwe_peer.py.
class Peer
{
public:
    QString why; ///< why it is not running
    QString version;

    bool start(const QString &program, const QStringList &args)
    {
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            why = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
            return false;
        }
        const QJsonObject answer = call({{"op", "version"}});
        version = answer.value("version").toString();
        if (version.isEmpty()) {
            why = QStringLiteral("%1 %2 did not answer: %3 %4")
                          .arg(program, args.join(' '), answer.value("error").toString(),
                               QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        return true;
    }

    bool running() const { return m_process.state() == QProcess::Running && !version.isEmpty(); }

    QJsonObject call(const QJsonObject &request, int timeoutMs = 120000)
    {
        m_process.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine()) {
            if (timer.elapsed() > timeoutMs || m_process.state() != QProcess::Running
                || !m_process.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
                break;
        }
        if (!m_process.canReadLine())
            return {{"error",
                     QStringLiteral("no answer (%1)")
                             .arg(QString::fromUtf8(m_process.readAllStandardError()))}};
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

} // namespace

class TestJweInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nodePeer();
    void fromPeer_data();
    void fromPeer();
    void toPeer_data();
    void toPeer();
    void nestedFromPeer_data();
    void nestedFromPeer();
    void nestedToPeer_data();
    void nestedToPeer();
    void joseRefusesWhatItLacks();
    void jwsJsonFromPeer_data();
    void jwsJsonFromPeer();

private:
    void addRows(bool fromPeer);
    Peer *peer(const QString &name)
    {
        return name == QLatin1String("jwcrypto") ? &m_python : &m_node;
    }
    /// The key a row uses, as a JWK (private), and the jwtlens options that give it.
    QJsonObject keyFor(const QString &alg, const QString &enc, const QString &curve);
    QStringList jwtlensKeyArgs(const QJsonObject &jwk, const QString &alg, QByteArray *stdinKey);
    static QJsonObject publicPart(QJsonObject jwk);

    Peer m_python;
    Peer m_node;
    QJsonObject m_keys; ///< fresh private JWKs from jwcrypto: rsa, P-256 … X448
};

void TestJweInterop::initTestCase()
{
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    if (!m_python.start(QStringLiteral("/usr/bin/python3"), {QFINDTESTDATA("data/jwe_peer.py")})) {
        const QByteArray why
                = "/usr/bin/python3 with python3-jwcrypto is needed: " + m_python.why.toUtf8();
        if (inCi())
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    m_keys = m_python.call({{"op", "keys"}});
    QVERIFY2(m_keys.contains("X448"), qPrintable(QJsonDocument(m_keys).toJson()));

    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString modules = QStringLiteral(JWTLENS_NODE_MODULES);
    if (node.isEmpty()) {
        m_node.why = QStringLiteral("node is not installed: the node jose rows are skipped");
    } else if (!QFile::exists(modules + "/jose/package.json")) {
        m_node.why
                = QStringLiteral("node jose is not installed in %1 (npm ci --prefix tests/bench)")
                          .arg(modules);
        if (inCi())
            QFAIL(qPrintable(m_node.why)); // scripts/test installs it
    } else {
        m_node.start(node, {QFINDTESTDATA("data/jwe_peer.mjs"), modules});
    }
}

void TestJweInterop::cleanupTestCase()
{
    m_python.stop();
    m_node.stop();
}

void TestJweInterop::nodePeer()
{
    if (!m_node.running())
        QSKIP(qPrintable(m_node.why));
    QVERIFY(m_node.version.startsWith("6."));
}

QJsonObject TestJweInterop::publicPart(QJsonObject jwk)
{
    if (jwk.value("kty").toString() == QLatin1String("oct"))
        return jwk;
    for (const char *member : {"d", "p", "q", "dp", "dq", "qi"})
        jwk.remove(QLatin1String(member));
    return jwk;
}

QJsonObject TestJweInterop::keyFor(const QString &alg, const QString &enc, const QString &curve)
{
    if (alg.startsWith("RSA"))
        return m_keys.value("rsa").toObject();
    if (alg.startsWith("ECDH"))
        return m_keys.value(curve).toObject();
    int bytes = 0;
    if (alg == QLatin1String("dir"))
        bytes = cekBytes(enc);
    else if (alg.startsWith("PBES2"))
        return {{"kty", "oct"},
                {"k",
                 QString::fromLatin1(b64(
                         "pass-"
                         + b64(QByteArray::number(QRandomGenerator::global()->generate64()))))}};
    else
        bytes = alg.mid(1, 3).toInt() / 8;
    QByteArray secret(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), bytes / 4);
    return {{"kty", "oct"}, {"k", QString::fromLatin1(b64(secret))}};
}

QStringList TestJweInterop::jwtlensKeyArgs(const QJsonObject &jwk, const QString &alg,
                                           QByteArray *stdinKey)
{
    if (jwk.value("kty").toString() != QLatin1String("oct")) {
        *stdinKey = QJsonDocument(jwk).toJson(QJsonDocument::Compact);
        return {"--key", "/dev/stdin"};
    }
    const QString k = jwk.value("k").toString();
    if (alg.startsWith("PBES2"))
        return {"--password",
                QString::fromUtf8(
                        QByteArray::fromBase64(k.toLatin1(), QByteArray::Base64UrlEncoding))};
    return {"--secret-base64", k};
}

void TestJweInterop::addRows(bool fromPeer)
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("enc");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<bool>("zip");
    QStringList algs {"RSA-OAEP", "RSA-OAEP-256"};
    algs << kwAlgs << "dir" << gcmKwAlgs << pbes2Algs << ecdhAlgs;
    int n = 0;
    for (const QString &peer : {QStringLiteral("jwcrypto"), QStringLiteral("jose")}) {
        if (peer == QLatin1String("jose") && !m_node.running())
            continue; // nodePeer() says why
        QStringList rowAlgs = algs;
        if (fromPeer && peer == QLatin1String("jwcrypto"))
            rowAlgs.prepend(QStringLiteral("RSA1_5")); // decrypted here, never made here
        for (const QString &alg : std::as_const(rowAlgs)) {
            for (const QString &enc : encs) {
                const QStringList rowCurves
                        = alg.startsWith("ECDH") ? curves : QStringList {QString()};
                for (const QString &curve : rowCurves) {
                    // node jose has no X448 (joseRefusesWhatItLacks() checks that it says so).
                    if (peer == QLatin1String("jose") && curve == QLatin1String("X448"))
                        continue;
                    QTest::addRow("%s %s %s%s%s", qPrintable(peer), qPrintable(alg),
                                  qPrintable(enc), curve.isEmpty() ? "" : " ", qPrintable(curve))
                            << peer << alg << enc << curve << (++n % 4 == 0);
                }
            }
        }
    }
}

void TestJweInterop::fromPeer_data()
{
    addRows(true);
}

void TestJweInterop::fromPeer()
{
    QFETCH(QString, peer);
    QFETCH(QString, alg);
    QFETCH(QString, enc);
    QFETCH(QString, curve);
    QFETCH(bool, zip);
    const QJsonObject key = keyFor(alg, enc, curve);
    const QString plaintext
            = QStringLiteral("{\"from\":\"%1\",\"alg\":\"%2\",\"n\":1.50,\"text\":\"한국어 ✓\"}")
                      .arg(peer, alg);
    const QJsonObject made = this->peer(peer)->call({{"op", "encrypt"},
                                                     {"alg", alg},
                                                     {"enc", enc},
                                                     {"key", key},
                                                     {"plaintext", plaintext},
                                                     {"zip", zip}});
    QVERIFY2(made.contains("token"), qPrintable(made.value("error").toString()));
    const QString token = made.value("token").toString();
    QByteArray stdinKey;
    const QStringList keyArgs = jwtlensKeyArgs(key, alg, &stdinKey);
    const CliRun run
            = runJwtlens(QStringList {"decrypt"} + keyArgs + QStringList {token}, stdinKey);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(QString::fromUtf8(run.out), plaintext); // exactly: no newline added
    // One character of the tag changed (every fourth row): the one answer, exit 1.
    if (!zip)
        return;
    QString tampered = token;
    const qsizetype at = token.lastIndexOf('.') + 1;
    tampered[at] = tampered.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliRun refused
            = runJwtlens(QStringList {"decrypt"} + keyArgs + QStringList {tampered}, stdinKey);
    CLI_VERIFY_RAN(refused);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(
                     "jwtlens: token: cannot decrypt: the key is wrong or the token was modified"),
             refused.err);
}

void TestJweInterop::toPeer_data()
{
    addRows(false);
}

void TestJweInterop::toPeer()
{
    QFETCH(QString, peer);
    QFETCH(QString, alg);
    QFETCH(QString, enc);
    QFETCH(QString, curve);
    QFETCH(bool, zip);
    const QJsonObject key = keyFor(alg, enc, curve);
    QByteArray stdinKey;
    // The sender has the recipient's public key only.
    const QStringList keyArgs = jwtlensKeyArgs(publicPart(key), alg, &stdinKey);
    const QString plaintext
            = QStringLiteral("{\"from\":\"jwtlens\",\"to\":\"%1\",\"n\":12345678901234567890}")
                      .arg(peer);
    QStringList args {"encrypt", "--alg", alg, "--enc", enc};
    if (zip)
        args << "--zip";
    const CliRun run = runJwtlens(args + keyArgs + QStringList {plaintext}, stdinKey);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY2(run.err.isEmpty(), run.err);
    const QString token = QString::fromLatin1(run.out.trimmed());
    QCOMPARE(token.count('.'), 4);
    const QJsonObject opened
            = this->peer(peer)->call({{"op", "decrypt"}, {"token", token}, {"key", key}});
    QVERIFY2(opened.contains("plaintext"), qPrintable(opened.value("error").toString()));
    QCOMPARE(opened.value("plaintext").toString(), plaintext);
    const QJsonObject header = opened.value("header").toObject();
    QCOMPARE(header.value("alg").toString(), alg);
    QCOMPARE(header.value("enc").toString(), enc);
    QCOMPARE(header.value("zip").toString(), zip ? QStringLiteral("DEF") : QString());
    if (alg.startsWith("PBES2"))
        QCOMPARE(header.value("p2c").toInt(), 10000);
}

void TestJweInterop::nestedFromPeer_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("enc");
    QTest::addColumn<QString>("curve");
    for (const QString &peer : {QStringLiteral("jwcrypto"), QStringLiteral("jose")}) {
        if (peer == QLatin1String("jose") && !m_node.running())
            continue;
        const QByteArray name = peer.toLatin1();
        QTest::addRow("%s encrypted ID token RSA-OAEP-256 A256GCM", name.constData())
                << peer << "RSA-OAEP-256"
                << "A256GCM" << QString();
        QTest::addRow("%s ECDH-ES+A256KW X25519 A128CBC-HS256", name.constData())
                << peer << "ECDH-ES+A256KW"
                << "A128CBC-HS256"
                << "X25519";
        QTest::addRow("%s PBES2-HS256+A128KW A256GCM", name.constData())
                << peer << "PBES2-HS256+A128KW"
                << "A256GCM" << QString();
    }
}

void TestJweInterop::nestedFromPeer()
{
    QFETCH(QString, peer);
    QFETCH(QString, alg);
    QFETCH(QString, enc);
    QFETCH(QString, curve);
    const QJsonObject key = keyFor(alg, enc, curve);
    const QJsonObject made = this->peer(peer)->call(
            {{"op", "nested-make"}, {"alg", alg}, {"enc", enc}, {"key", key}});
    QVERIFY2(made.contains("token"), qPrintable(made.value("error").toString()));
    QByteArray stdinKey;
    const QStringList keyArgs = jwtlensKeyArgs(key, alg, &stdinKey);
    const CliRun run = runJwtlens(QStringList {"decrypt", "--json"} + keyArgs
                                          + QStringList {made.value("token").toString()},
                                  stdinKey);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value("decrypted").toBool(), true);
    QCOMPARE(result.value("header").toObject().value("cty").toString(), QStringLiteral("JWT"));
    const QJsonObject nested = result.value("nested").toObject();
    QCOMPARE(nested.value("header").toObject().value("alg").toString(), QStringLiteral("ES256"));
    QCOMPARE(nested.value("payload").toObject(), made.value("claims").toObject());
    // The inner token verifies with the signer's public key.
    const CliRun verify = runJwtlens(
            {"verify", "--key", "/dev/stdin", "--alg", "ES256", "--ignore-time",
             result.value("plaintext").toString()},
            QJsonDocument(made.value("signing_public").toObject()).toJson(QJsonDocument::Compact));
    CLI_VERIFY_RAN(verify);
    QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
    QVERIFY(verify.out.contains("\"signature\": \"valid\""));
}

void TestJweInterop::nestedToPeer_data()
{
    nestedFromPeer_data();
}

void TestJweInterop::nestedToPeer()
{
    QFETCH(QString, peer);
    QFETCH(QString, alg);
    QFETCH(QString, enc);
    QFETCH(QString, curve);
    const QByteArray signingSecret = "a 32-byte secret for the HS256.";
    const QByteArray claims = R"({"iss":"jwtlens","sub":"nested","n":12345})";
    const CliRun signedToken
            = runJwtlens({"encode", "--alg", "HS256", "--secret",
                          QString::fromLatin1(signingSecret + 'x'), QString::fromLatin1(claims)});
    CLI_VERIFY_RAN(signedToken);
    QVERIFY2(signedToken.exitCode == 0, signedToken.err);
    const QJsonObject key = keyFor(alg, enc, curve);
    QByteArray stdinKey;
    const QStringList keyArgs = jwtlensKeyArgs(publicPart(key), alg, &stdinKey);
    QStringList args {"encrypt", "--alg", alg, "--enc", enc, "--cty", "JWT"};
    // The signed token comes on standard input when the key does not: its newline is dropped.
    const bool tokenOnStdin = stdinKey.isEmpty();
    args += keyArgs;
    if (!tokenOnStdin)
        args << QString::fromLatin1(signedToken.out.trimmed());
    const CliRun run = runJwtlens(args, tokenOnStdin ? signedToken.out : stdinKey);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    const QJsonObject signing {{"kty", "oct"},
                               {"k", QString::fromLatin1(b64(signingSecret + 'x'))}};
    const QJsonObject opened
            = this->peer(peer)->call({{"op", "nested-open"},
                                      {"token", QString::fromLatin1(run.out.trimmed())},
                                      {"key", key},
                                      {"signing_public", signing}});
    QVERIFY2(opened.contains("claims"), qPrintable(opened.value("error").toString()));
    QCOMPARE(opened.value("claims").toObject(), QJsonDocument::fromJson(claims).object());
}

void TestJweInterop::joseRefusesWhatItLacks()
{
    // The node rows leave out X448 and RSA1_5: jose must say it does not support them,
    // rather than the rows hiding a failure.
    if (!m_node.running())
        QSKIP(qPrintable(m_node.why));
    const QJsonObject x448 = m_node.call({{"op", "encrypt"},
                                          {"alg", "ECDH-ES"},
                                          {"enc", "A128GCM"},
                                          {"key", publicPart(m_keys.value("X448").toObject())},
                                          {"plaintext", "x"}});
    QCOMPARE(x448.value("code").toString(), QStringLiteral("ERR_JOSE_NOT_SUPPORTED"));
    const QJsonObject rsa15 = m_node.call({{"op", "encrypt"},
                                           {"alg", "RSA1_5"},
                                           {"enc", "A128GCM"},
                                           {"key", publicPart(m_keys.value("rsa").toObject())},
                                           {"plaintext", "x"}});
    QCOMPARE(rsa15.value("code").toString(), QStringLiteral("ERR_JOSE_NOT_SUPPORTED"));
}

void TestJweInterop::jwsJsonFromPeer_data()
{
    // A JWS in the JSON serialization made by jwcrypto (issue 15): RS256 with its kid in the
    // unprotected header, then ES256 with its kid protected. The key given is tried on each
    // signature, and the line says which one matched.
    QTest::addColumn<bool>("flattened");
    QTest::addColumn<QString>("key"); // "rsa" or "ec": the public JWK the peer made
    QTest::addColumn<int>("matched"); // -1: none
    QTest::addColumn<QString>("kid");
    QTest::newRow("general, RSA key: signature 0") << false << "rsa" << 0 << "py-rsa";
    QTest::newRow("general, EC key: signature 1") << false << "ec" << 1 << "py-ec";
    QTest::newRow("flattened, EC key") << true << "ec" << 0 << "py-ec";
    QTest::newRow("flattened, the RSA key of another message") << true << "rsa" << -1 << "py-ec";
}

void TestJweInterop::jwsJsonFromPeer()
{
    QFETCH(bool, flattened);
    QFETCH(QString, key);
    QFETCH(int, matched);
    QFETCH(QString, kid);
    const QJsonObject made = m_python.call({{"op", "jws-json"}, {"flattened", flattened}});
    QVERIFY2(made.contains("jws"), qPrintable(made.value("error").toString()));
    const QByteArray jwk = QJsonDocument(made.value(key).toObject()).toJson();
    const CliRun run = runJwtlens(
            {"verify", "--key", "/dev/stdin", "--now", "1700000000", made.value("jws").toString()},
            jwk);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == (matched >= 0 ? 0 : 1), run.out + run.err);
    QVERIFY2(run.out.count('\n') == 1, run.out);
    const QJsonObject line = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(line.value("valid").toBool(), matched >= 0);
    QCOMPARE(line.value("serialization").toString(),
             flattened ? QStringLiteral("flattened") : QStringLiteral("general"));
    QCOMPARE(line.value("matched").toInt(-1), matched);
    QCOMPARE(line.value("kid").toString(), kid);
    // The claims were checked: exp 2100-01-01 is valid at --now.
    QCOMPARE(line.value("time").toString(), QStringLiteral("valid"));
    const QJsonArray signatures = line.value("signatures").toArray();
    QCOMPARE(signatures.size(), flattened ? 1 : 2);
    for (int i = 0; i < signatures.size(); ++i) {
        const QJsonObject s = signatures.at(i).toObject();
        QCOMPARE(s.value("index").toInt(), i);
        QCOMPARE(s.value("signature").toString(),
                 i == matched ? QStringLiteral("valid") : QStringLiteral("invalid"));
        QCOMPARE(s.value("protected").toObject().value("alg").toString(),
                 s.value("alg").toString());
    }
}

QTEST_GUILESS_MAIN(TestJweInterop)
#include "tst_jweinterop.moc"
