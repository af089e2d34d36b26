// SPDX-License-Identifier: MIT
// `jwtlens code`: the Python (PyJWT), node (jose) and curl (openssl) snippets are run and must
// print the same token (HS*, EdDSA, RS*: deterministic) or one that verifies (PS*, ES*); the
// Java snippet is type-checked with javac against stand-ins of the Nimbus API; the Go, C# and
// C++ snippets (no compiler or library here) are checked for what they must hold. No snippet
// holds the secret unless --include-secret.
#include "clirunner.h"
#include "nodesetup.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString python3 = QStringLiteral("/usr/bin/python3");
const QString secret = QStringLiteral("a-string-secret-at-least-256-bits-long");

/// Runs @p program with @p args and the environment plus @p env.
CliRun runWith(const QString &program, const QStringList &args,
               const QList<std::pair<QString, QString>> &env, const QString &dir = QString())
{
    CliRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : env)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(program, args);
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    process.closeWriteChannel();
    run.finished = process.waitForFinished(120000);
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

} // namespace

class TestCodeSnippets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void python_data();
    void python();
    void node_data();
    void node();
    void curl_data();
    void curl();
    void java_data();
    void java();
    void reviewed_data();
    void reviewed();
    void secretOnlyWhenAsked_data();
    void secretOnlyWhenAsked();
    void refusals_data();
    void refusals();

private:
    void addRows(bool withEs256k);
    bool write(const QString &name, const QByteArray &data);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// The token of @p alg: header and payload with odd numbers and key order.
    QString token(const QString &alg, const QStringList &key);
    /// Runs `jwtlens code` and writes the snippet to @p file.
    bool snippet(const QString &lang, const QStringList &args, const QString &file);
    /// What a snippet run must show: the token again, or a token that verifies.
    void checkRun(const CliRun &run, const QString &alg, const QString &made,
                  const QStringList &verifyKey, bool deterministic);

    QTemporaryDir m_dir;
};

bool TestCodeSnippets::write(const QString &name, const QByteArray &data)
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void TestCodeSnippets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/rsa2048.pkcs8.pem"), path("rs.pem")));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/rsa2048.pub.pem"), path("rs.pub.pem")));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/ed448.pem"), path("ed448.pem")));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/ed448.pub.pem"), path("ed448.pub.pem")));
    for (const char *alg : {"ES256", "ES256K", "EdDSA"}) {
        const QString name = QLatin1String(alg);
        const CliRun key = runJwtlens({"keygen", "--alg", name, "--seed", "tst_codesnippets",
                                       "--public-out", path(name + ".pub.pem")});
        QVERIFY2(key.exitCode == 0, key.err);
        QVERIFY(write(name + ".pem", key.out));
        const CliRun jwk = runJwtlens(
                {"keygen", "--alg", name, "--seed", "tst_codesnippets", "--format", "jwk"});
        QVERIFY(write(name + ".jwk", jwk.out));
    }
}

void TestCodeSnippets::addRows(bool withEs256k)
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("keyName"); ///< "secret" or the key file's base name
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("HS256") << "HS256"
                           << "secret" << true;
    QTest::newRow("HS384") << "HS384"
                           << "secret" << true;
    QTest::newRow("HS512") << "HS512"
                           << "secret" << true;
    QTest::newRow("RS256") << "RS256"
                           << "rs" << true;
    QTest::newRow("PS256") << "PS256"
                           << "rs" << false;
    QTest::newRow("ES256") << "ES256"
                           << "ES256" << false;
    if (withEs256k)
        QTest::newRow("ES256K") << "ES256K"
                                << "ES256K" << false;
    QTest::newRow("EdDSA Ed25519") << "EdDSA"
                                   << "EdDSA" << true;
}

QString TestCodeSnippets::token(const QString &alg, const QStringList &key)
{
    const QString header = QStringLiteral(R"({"typ":"JWT","alg":"%1","kid":"k 1"})").arg(alg);
    const QString payload
            = R"({"sub":"ü \"q\" 'x' $HOME `id`","n":12345678901234567890,"f":1.50,"e":1e3,"aud":"api","iss":"https://issuer.example","exp":4102444800})";
    const CliRun run = runJwtlens(QStringList {"encode", "--alg", alg, "--header", header} + key
                                  + QStringList {payload});
    return run.exitCode == 0 ? QString::fromLatin1(run.out.trimmed()) : QString();
}

bool TestCodeSnippets::snippet(const QString &lang, const QStringList &args, const QString &file)
{
    const CliRun run = runJwtlens(QStringList {"code", "--lang", lang} + args);
    if (run.exitCode != 0) {
        qWarning("jwtlens code: %s", run.err.constData());
        return false;
    }
    return write(file, run.out);
}

void TestCodeSnippets::checkRun(const CliRun &run, const QString &alg, const QString &made,
                                const QStringList &verifyKey, bool deterministic)
{
    QVERIFY2(run.started && run.finished, run.err);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), run.err);
    const QString printed = lines.first();
    if (deterministic) {
        QCOMPARE(printed, made);
    } else {
        QCOMPARE(printed.section(u'.', 0, 1), made.section(u'.', 0, 1));
        const CliRun verify = runJwtlens(QStringList {"verify", "--alg", alg} + verifyKey
                                         + QStringList {printed});
        QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
    }
}

void TestCodeSnippets::python_data()
{
    addRows(true);
    QTest::newRow("EdDSA Ed448") << "EdDSA"
                                 << "ed448" << true;
}

void TestCodeSnippets::python()
{
    QFETCH(QString, alg);
    QFETCH(QString, keyName);
    QFETCH(bool, deterministic);
    const CliRun probe
            = runJwtlens({"-c", "import jwt, cryptography"}, QByteArray(), 30000, python3);
    if (probe.exitCode != 0)
        QSKIP("/usr/bin/python3 with python3-jwt is needed");
    const bool hmac = keyName == QLatin1String("secret");
    const QStringList signKey = hmac ? QStringList {"--secret", secret}
                                     : QStringList {"--key", path(keyName + ".pem")};
    const QStringList verifyKey
            = hmac ? signKey : QStringList {"--key", path(keyName + ".pub.pem")};
    const QString made = token(alg, signKey);
    QVERIFY(!made.isEmpty());
    // The key through the environment (the public key is written into the snippet) ...
    QVERIFY(snippet("python", verifyKey + QStringList {made}, "snippet.py"));
    const QList<std::pair<QString, QString>> env {{"JWT_SECRET", secret},
                                                  {"JWT_PRIVATE_KEY_FILE", path(keyName + ".pem")}};
    CliRun run = runWith(python3, {path("snippet.py")}, env);
    checkRun(run, alg, made, verifyKey, deterministic);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.out.contains("\nverified:"), run.out);
    // ... and written into it with --include-secret, nothing in the environment.
    QVERIFY(snippet("python", signKey + QStringList {"--include-secret", made}, "included.py"));
    run = runWith(python3, {path("included.py")}, {{"JWT_SECRET", QString()}});
    checkRun(run, alg, made, verifyKey, deterministic);
}

void TestCodeSnippets::node_data()
{
    addRows(false);
}

void TestCodeSnippets::node()
{
    QFETCH(QString, alg);
    QFETCH(QString, keyName);
    QFETCH(bool, deterministic);
    QString why;
    const QString modules = ensureJose(QStringLiteral("tst_codesnippets"), &why);
    if (modules.isEmpty())
        QSKIP(qPrintable(why));
    const bool hmac = keyName == QLatin1String("secret");
    const QStringList signKey = hmac ? QStringList {"--secret", secret}
                                     : QStringList {"--key", path(keyName + ".pem")};
    const QStringList verifyKey
            = hmac ? signKey : QStringList {"--key", path(keyName + ".pub.pem")};
    const QString made = token(alg, signKey);
    QVERIFY(!made.isEmpty());
    // Beside node_modules, so that `import 'jose'` finds it.
    const QString file = modules
            + QStringLiteral("/snippet-%1.mjs")
                      .arg(QString(QTest::currentDataTag()).replace(u' ', u'-'));
    const CliRun code
            = runJwtlens(QStringList {"code", "--lang", "node"} + verifyKey + QStringList {made});
    QVERIFY2(code.exitCode == 0, code.err);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(code.out);
    out.close();
    const CliRun run = runWith(
            QStandardPaths::findExecutable("node"), {file},
            {{"JWT_SECRET", secret}, {"JWT_PRIVATE_KEY_FILE", path(keyName + ".pem")}}, modules);
    checkRun(run, alg, made, verifyKey, deterministic);
    QVERIFY2(run.out.contains("\nverified:"), run.out);
}

void TestCodeSnippets::curl_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("HS256") << "HS256"
                           << "secret" << true;
    QTest::newRow("HS512") << "HS512"
                           << "secret" << true;
    QTest::newRow("RS256") << "RS256"
                           << "rs" << true;
    QTest::newRow("PS256") << "PS256"
                           << "rs" << false;
    QTest::newRow("EdDSA Ed25519") << "EdDSA"
                                   << "EdDSA" << true;
    QTest::newRow("EdDSA Ed448") << "EdDSA"
                                 << "ed448" << true;
}

void TestCodeSnippets::curl()
{
    // Run without URL: it makes and prints the token and sends nothing.
    QFETCH(QString, alg);
    QFETCH(QString, keyName);
    QFETCH(bool, deterministic);
    if (QStandardPaths::findExecutable("openssl").isEmpty())
        QSKIP("openssl is needed");
    const bool hmac = keyName == QLatin1String("secret");
    const QStringList signKey = hmac ? QStringList {"--secret", secret}
                                     : QStringList {"--key", path(keyName + ".pem")};
    const QStringList verifyKey
            = hmac ? signKey : QStringList {"--key", path(keyName + ".pub.pem")};
    const QString made = token(alg, signKey);
    QVERIFY(!made.isEmpty());
    QVERIFY(snippet("curl", QStringList {made}, "snippet.sh"));
    CliRun run = runWith("/bin/sh", {path("snippet.sh")},
                         {{"JWT_SECRET", secret},
                          {"JWT_PRIVATE_KEY_FILE", path(keyName + ".pem")},
                          {"URL", QString()}});
    checkRun(run, alg, made, verifyKey, deterministic);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(snippet("curl", signKey + QStringList {"--include-secret", made}, "included.sh"));
    run = runWith("/bin/sh", {path("included.sh")}, {{"URL", QString()}});
    checkRun(run, alg, made, verifyKey, deterministic);
}

void TestCodeSnippets::java_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("key");
    QTest::newRow("HS256") << "HS256" << QStringList {"--secret", secret};
    QTest::newRow("RS256") << "RS256" << QStringList {"--key", "rs.pem"};
    QTest::newRow("PS256") << "PS256" << QStringList {"--key", "rs.pem"};
    QTest::newRow("ES256") << "ES256" << QStringList {"--key", "ES256.pem"};
    QTest::newRow("EdDSA") << "EdDSA" << QStringList {"--key", "EdDSA.pem"};
    QTest::newRow("HS256 included")
            << "HS256" << QStringList {"--secret", secret, "--include-secret"};
    QTest::newRow("ES256 included")
            << "ES256" << QStringList {"--key", "ES256.pem", "--include-secret"};
    QTest::newRow("EdDSA included")
            << "EdDSA" << QStringList {"--key", "EdDSA.pem", "--include-secret"};
}

void TestCodeSnippets::java()
{
    QFETCH(QString, alg);
    QFETCH(QStringList, key);
    const QString javac = QStandardPaths::findExecutable("javac");
    if (javac.isEmpty())
        QSKIP("javac is needed to type-check the Java snippet");
    if (key.size() > 1 && key.at(0) == QLatin1String("--key"))
        key[1] = path(key.at(1));
    const QString made = token(alg, key.mid(0, 2));
    QVERIFY(!made.isEmpty());
    const QString dir = path("java-" + QString(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(snippet("java", key + QStringList {made},
                    dir.mid(m_dir.path().size() + 1) + "/Main.java"));
    const CliRun run = runWith(javac,
                               {"-d", dir + "/classes", "-sourcepath",
                                QFINDTESTDATA("data/forge/nimbus-stubs"), dir + "/Main.java"},
                               {});
    QVERIFY2(run.started && run.finished, "javac did not run");
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QVERIFY(QFile::exists(dir + "/classes/Main.class"));
}

void TestCodeSnippets::reviewed_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("mustHold");
    QTest::newRow("go HS256") << "go"
                              << "HS256"
                              << QStringList {"github.com/golang-jwt/jwt/v5",
                                              "GetSigningMethod(\"HS256\")",
                                              "os.Getenv(\"JWT_SECRET\")",
                                              "jwt.WithValidMethods([]string{\"HS256\"})",
                                              "jwt.WithAudience(\"api\")",
                                              "base64.RawURLEncoding"};
    QTest::newRow("go RS256") << "go"
                              << "RS256"
                              << QStringList {"jwt.ParseRSAPrivateKeyFromPEM",
                                              "jwt.ParseRSAPublicKeyFromPEM",
                                              "JWT_PRIVATE_KEY_FILE"};
    QTest::newRow("go EdDSA") << "go"
                              << "EdDSA"
                              << QStringList {"jwt.ParseEdPrivateKeyFromPEM",
                                              "GetSigningMethod(\"EdDSA\")"};
    QTest::newRow("csharp HS256") << "csharp"
                                  << "HS256"
                                  << QStringList {"SymmetricSecurityKey",
                                                  "JwtTokenUtilities.CreateEncodedSignature",
                                                  "ValidAlgorithms = new[] { Alg }",
                                                  "ValidAudience = @\"api\""};
    QTest::newRow("csharp ES256") << "csharp"
                                  << "ES256"
                                  << QStringList {"ECDsa.Create()", "ECDsaSecurityKey",
                                                  "ImportFromPem"};
    QTest::newRow("cpp HS256") << "cpp"
                               << "HS256"
                               << QStringList {
                                          "#include <jwt-cpp/jwt.h>",
                                          "jwt::algorithm::hs256 algorithm{env(\"JWT_SECRET\")}",
                                          "allow_algorithm(algorithm)"};
    QTest::newRow("cpp EdDSA") << "cpp"
                               << "EdDSA"
                               << QStringList {"jwt::algorithm::ed25519 algorithm{publicPem,"};
    QTest::newRow("cpp PS384") << "cpp"
                               << "PS384" << QStringList {"jwt::algorithm::ps384"};
}

void TestCodeSnippets::reviewed()
{
    // No Go, .NET or jwt-cpp toolchain here: the snippets hold the token's exact JSON (in the
    // language's own literal) and the library calls the reviewed templates use.
    QFETCH(QString, lang);
    QFETCH(QString, alg);
    QFETCH(QStringList, mustHold);
    QStringList key {"--secret", secret};
    if (alg.startsWith(u'R') || alg.startsWith(u'P'))
        key = {"--key", path("rs.pem")};
    else if (alg.startsWith(u'E'))
        key = {"--key", path(alg == QLatin1String("EdDSA") ? "EdDSA.pem" : "ES256.pem")};
    const QString made = token(alg, key);
    QVERIFY(!made.isEmpty());
    const CliRun run = runJwtlens(QStringList {"code", "--lang", lang, made});
    QVERIFY2(run.exitCode == 0, run.err);
    const QString text = QString::fromUtf8(run.out);
    for (const QString &piece : mustHold)
        QVERIFY2(text.contains(piece), qPrintable(piece + " missing in:\n" + text));
    const QString header = QStringLiteral(R"({"typ":"JWT","alg":"%1","kid":"k 1"})").arg(alg);
    if (lang == QLatin1String("go"))
        QVERIFY(text.contains('`' + header + '`'));
    else if (lang == QLatin1String("cpp"))
        QVERIFY(text.contains("R\"jwt(" + header + ")jwt\""));
    else
        QVERIFY(text.contains("@\"" + QString(header).replace(u'"', "\"\"") + u'"'));
    // Balanced braces and parentheses: a cheap check that a template did not lose a line.
    QCOMPARE(text.count(u'{'), text.count(u'}'));
    QCOMPARE(text.count(u'('), text.count(u')'));
}

void TestCodeSnippets::secretOnlyWhenAsked_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"python", "node", "java", "go", "csharp", "cpp", "curl"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestCodeSnippets::secretOnlyWhenAsked()
{
    QFETCH(QString, lang);
    const QString hs = token("HS256", {"--secret", secret});
    const QString rs = token("RS256", {"--key", path("rs.pem")});
    QFile pem(path("rs.pem"));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QByteArray privateLine = pem.readAll().split('\n').value(3); // a line of the key
    QVERIFY(privateLine.size() > 40);
    for (const auto &[token, key] : {std::pair {hs, QStringList {"--secret", secret}},
                                     std::pair {rs, QStringList {"--key", path("rs.pem")}}}) {
        const CliRun without
                = runJwtlens(QStringList {"code", "--lang", lang} + key + QStringList {token});
        QVERIFY2(without.exitCode == 0, without.err);
        QVERIFY(!without.out.contains(secret.toUtf8()));
        QVERIFY(!without.out.contains(privateLine));
        QVERIFY(without.err.isEmpty());
        const CliRun with = runJwtlens(QStringList {"code", "--lang", lang, "--include-secret"}
                                       + key + QStringList {token});
        QVERIFY2(with.exitCode == 0, with.err);
        QVERIFY(with.out.contains(token == hs ? secret.toUtf8() : privateLine));
        QVERIFY(with.err.contains("test keys only"));
    }
}

void TestCodeSnippets::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("part");
    const QString hs = "eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo";
    QTest::newRow("unknown language") << QStringList {"code", "--lang", "cobol", hs} << "usage";
    QTest::newRow("no language") << QStringList {"code", hs} << "usage";
    QTest::newRow("include without key")
            << QStringList {"code", "--lang", "python", "--include-secret", hs} << "usage";
    QTest::newRow("alg none") << QStringList {"code", "--lang", "python",
                                              "eyJhbGciOiJub25lIn0.e30."}
                              << "token";
    QTest::newRow("EdDSA in .NET")
            << QStringList {"code", "--lang", "csharp", "eyJhbGciOiJFZERTQSJ9.e30.AAAA"} << "token";
    QTest::newRow("ES256K in jose")
            << QStringList {"code", "--lang", "node", "eyJhbGciOiJFUzI1NksifQ.e30.AAAA"} << "token";
    QTest::newRow("a JWE")
            << QStringList {"code", "--lang", "go",
                            "eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAA.AAAA.AAAA"}
            << "token";
    QTest::newRow("malformed") << QStringList {"code", "--lang", "go", "a.b"} << "token";
}

void TestCodeSnippets::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCodeSnippets)
#include "tst_codesnippets.moc"
