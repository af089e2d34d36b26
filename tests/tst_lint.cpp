// SPDX-License-Identifier: MIT
// `jwtlens lint` and `jwtlens crack`, driven through the real binary.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Signed with PyJWT 2.6.
// secret "tr0ub4dor&3 not in any list": iat and a one-hour exp, nothing to report
const char cleanToken[] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImlhdCI6MTcwMDAwMDA"
                          "wMCwiZXhwIjoxNzAwMDAzNjAwfQ.tfeh5EsuXpLCpSy1noRBVMwhwXAqLoM2ZrHIWKcx8eM";
// the same secret, no exp: a warning only
const char noExpToken[] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImlhdCI6MTcwMDAwMDA"
                          "wMH0.4LaAOIxA4SycRWpWf6IE0dhuSQky2TtA0JAVxGQjZTA";
// "your-256-bit-secret": jwt.io's default token
const char jwtIoToken[]
        = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
          "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJ"
          "V_adQssw5c";
// {"alg":"none"}.{"sub":"1"}.
const char noneToken[] = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.";
const char rsToken[] = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UifQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dz";
const QByteArray strongSecret = "tr0ub4dor&3 not in any list";
const QString now = QStringLiteral("1700000100");

QStringList ids(const QJsonDocument &doc)
{
    QStringList list;
    const QJsonArray findings = doc.object().value(QLatin1String("findings")).toArray();
    for (const QJsonValue &f : findings)
        list.append(f.toObject().value(QLatin1String("id")).toString());
    return list;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void json_data();
    void json();
    void clockOption();
    void keyFindings();
    void crack_data();
    void crack();
    void crackJson();
    void crackShowsExactBytes();
    void crackErrors_data();
    void crackErrors();

private:
    QTemporaryDir m_dir;
};

void TestLint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
}

void TestLint::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); ///< a fragment of standard output

    const auto lint = [](const char *token) {
        return QStringList {QStringLiteral("lint"), QStringLiteral("--now"), now,
                            QString::fromLatin1(token)};
    };
    QTest::newRow("clean token") << lint(cleanToken) << QByteArray() << 0
                                 << QStringLiteral("No findings.");
    QTest::newRow("warnings only") << lint(noExpToken) << QByteArray() << 0
                                   << QStringLiteral("warning: no-exp: payload: ");
    QTest::newRow("alg none") << lint(noneToken) << QByteArray() << 1
                              << QStringLiteral("error: alg-none: header: ");
    QTest::newRow("weak secret names it")
            << lint(jwtIoToken) << QByteArray() << 1
            << QStringLiteral("error: weak-secret: signature: The HMAC secret is "
                              "\"your-256-bit-secret\"");
    QTest::newRow("standard input with Bearer")
            << QStringList {QStringLiteral("lint"), QStringLiteral("-")}
            << QByteArray("  Bearer ") + noneToken + "\n"
            << 1 << QStringLiteral("alg-none");
    QTest::newRow("malformed") << lint("abc.def") << QByteArray() << 2 << QString();
    QTest::newRow("bad base64url")
            << lint("eyJhbGciOiJIUzI1NiJ9.e+yJ.abc") << QByteArray() << 2 << QString();
    QTest::newRow("unknown option")
            << QStringList {QStringLiteral("lint"), QStringLiteral("--bogus"),
                            QString::fromLatin1(cleanToken)}
            << QByteArray() << 2 << QString();
}

void TestLint::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const CliRun run = runJwtlens(args, input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 2) {
        QVERIFY2(run.hasOneErrorLine(), run.err.constData());
        QVERIFY(run.out.isEmpty());
    } else {
        QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }
}

void TestLint::json_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("clean") << QString::fromLatin1(cleanToken) << QStringList() << 0 << 0;
    QTest::newRow("weak secret, no exp")
            << QString::fromLatin1(jwtIoToken)
            << QStringList {QStringLiteral("weak-secret"), QStringLiteral("no-exp")} << 1 << 1;
    QTest::newRow("alg none, no exp")
            << QString::fromLatin1(noneToken)
            << QStringList {QStringLiteral("alg-none"), QStringLiteral("no-exp")} << 1 << 1;
}

void TestLint::json()
{
    QFETCH(QString, token);
    QFETCH(QStringList, ids);
    QFETCH(int, errors);
    QFETCH(int, exitCode);
    const CliRun run = runJwtlens({QStringLiteral("lint"), QStringLiteral("--json"),
                                   QStringLiteral("--now"), now, token});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(::ids(doc), ids);
    const QJsonObject object = doc.object();
    QCOMPARE(object.value(QLatin1String("errors")).toInt(), errors);
    QCOMPARE(object.value(QLatin1String("warnings")).toInt() + errors
                     + object.value(QLatin1String("infos")).toInt(),
             ids.size());
    for (const QJsonValue &v : object.value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"severity", "id", "part", "message", "reference"})
            QVERIFY2(!f.value(QLatin1String(key)).toString().isEmpty(), key);
    }
}

void TestLint::clockOption()
{
    // iat 1700000000: in the future at 1699990000, not at 1700000100.
    const CliRun before
            = runJwtlens({QStringLiteral("lint"), QStringLiteral("--now"),
                          QStringLiteral("1699990000"), QString::fromLatin1(cleanToken)});
    CLI_VERIFY_RAN(before);
    QVERIFY(before.out.contains("iat-in-future"));
    const CliRun within = runJwtlens({QStringLiteral("lint"), QStringLiteral("--now"),
                                      QStringLiteral("1699990000"), QStringLiteral("--leeway"),
                                      QStringLiteral("20000"), QString::fromLatin1(cleanToken)});
    CLI_VERIFY_RAN(within);
    QVERIFY(!within.out.contains("iat-in-future"));
}

void TestLint::keyFindings()
{
    // Issue 12, item 1: a public key given as an HMAC secret. encode signs with its bytes (a
    // test token of the attack) and warns; verify refuses it; lint with it says so.
    const QString pem = QFINDTESTDATA("data/keys/rsa2048.pub.pem");
    QVERIFY(!pem.isEmpty());
    const CliRun encode = runJwtlens({QStringLiteral("encode"), QStringLiteral("--alg"),
                                      QStringLiteral("HS256"), QStringLiteral("--secret-file"), pem,
                                      QStringLiteral(R"({"sub":"1","exp":1700003600})")});
    CLI_VERIFY_RAN(encode);
    QCOMPARE(encode.exitCode, 0);
    QVERIFY2(encode.err.startsWith("jwtlens: warning: the secret is a PEM key: the token is "
                                   "signed with its raw bytes"),
             encode.err.constData());
    const QString token = QString::fromLatin1(encode.out.trimmed());
    const CliRun verify = runJwtlens({QStringLiteral("verify"), QStringLiteral("--secret-file"),
                                      pem, QStringLiteral("--now"), now, token});
    CLI_VERIFY_RAN(verify);
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.contains("the HMAC secret is a PEM key, not a secret"),
             verify.out.constData());
    const CliRun lint = runJwtlens({QStringLiteral("lint"), QStringLiteral("--json"),
                                    QStringLiteral("--secret-file"), pem, QStringLiteral("--now"),
                                    now, token});
    CLI_VERIFY_RAN(lint);
    QCOMPARE(lint.exitCode, 1);
    QCOMPARE(::ids(QJsonDocument::fromJson(lint.out)), QStringList {"secret-is-key"});
    // The same secret as a key is the ordinary mismatch; without a key, nothing about it.
    const CliRun asKey
            = runJwtlens({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--key"),
                          pem, QStringLiteral("--now"), now, token});
    CLI_VERIFY_RAN(asKey);
    QCOMPARE(::ids(QJsonDocument::fromJson(asKey.out)), QStringList {"key-alg-mismatch"});
    const CliRun noKey = runJwtlens({QStringLiteral("lint"), QStringLiteral("--now"), now, token});
    CLI_VERIFY_RAN(noKey);
    QCOMPARE(noKey.exitCode, 0);
    // A short secret: lint warns of it as the window does, and so does verify (item 6).
    const CliRun shortSecret
            = runJwtlens({QStringLiteral("lint"), QStringLiteral("--json"),
                          QStringLiteral("--secret"), QStringLiteral("tr0ub"),
                          QStringLiteral("--now"), now, QString::fromLatin1(cleanToken)});
    CLI_VERIFY_RAN(shortSecret);
    QVERIFY2(::ids(QJsonDocument::fromJson(shortSecret.out)).contains("weak-secret"),
             shortSecret.out.constData());
    const CliRun strong = runJwtlens({QStringLiteral("lint"), QStringLiteral("--secret"),
                                      QString::fromLatin1(strongSecret), QStringLiteral("--now"),
                                      now, QString::fromLatin1(cleanToken)});
    CLI_VERIFY_RAN(strong);
    QCOMPARE(strong.exitCode, 0);
    QVERIFY2(!strong.out.contains("secret-is-key") && !strong.out.contains("key-alg-mismatch"),
             strong.out.constData());
    const QString rsa1024 = QFINDTESTDATA("data/keys/rsa1024.pem");
    const CliRun weakRsa
            = runJwtlens({QStringLiteral("verify"), QStringLiteral("--key"), rsa1024,
                          QStringLiteral("--ignore-time"), QString::fromLatin1(rsToken)});
    CLI_VERIFY_RAN(weakRsa);
    QCOMPARE(weakRsa.err,
             QByteArray("jwtlens: warning: weak key: the RSA key has 1024 bits; RS256 needs at "
                        "least 2048 (RFC 7518 §3.3)\n"));
}

void TestLint::crack_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("wordlist"); ///< empty: no --wordlist
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("built-in list") << QString::fromLatin1(jwtIoToken) << QByteArray() << 0
                                   << QByteArray("found: your-256-bit-secret\n");
    QTest::newRow("wordlist") << QString::fromLatin1(cleanToken)
                              << QByteArray("alpha\nbeta\n") + strongSecret + "\ngamma\n"
                              << 0 << "found: " + strongSecret + '\n';
    QTest::newRow("not in the wordlist")
            << QString::fromLatin1(cleanToken) << QByteArray("alpha\nbeta\n") << 1
            << QByteArray("not found");
}

void TestLint::crack()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, wordlist);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QStringList args {QStringLiteral("crack")};
    if (!wordlist.isEmpty()) {
        const QString path = m_dir.filePath(QStringLiteral("words.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(wordlist);
        f.close();
        args << QStringLiteral("--wordlist") << path << QStringLiteral("--threads")
             << QStringLiteral("2");
    }
    args << token;
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.startsWith(out), run.out.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // not a terminal: no progress
}

void TestLint::crackJson()
{
    const CliRun run = runJwtlens({QStringLiteral("crack"), QStringLiteral("--json")},
                                  QByteArray(jwtIoToken));
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QLatin1String("found")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("secret")).toString(), QStringLiteral("your-256-bit-secret"));
    QVERIFY(o.value(QLatin1String("tried")).toInt() >= 1);
    QCOMPARE(o.value(QLatin1String("secret_base64url")).toString(),
             QStringLiteral("eW91ci0yNTYtYml0LXNlY3JldA"));
}

void TestLint::crackShowsExactBytes()
{
    // Issue 12, item 14 and 17: a secret with a terminal escape sequence and a byte that is
    // not UTF-8 is shown quoted and escaped, and --json gives its exact bytes.
    const QByteArray secret("\x1b[31mred\xff");
    const CliRun encode
            = runJwtlens({QStringLiteral("encode"), QStringLiteral("--alg"),
                          QStringLiteral("HS256"), QStringLiteral("--secret-base64"),
                          QString::fromLatin1(secret.toBase64()), QStringLiteral("{}")});
    CLI_VERIFY_RAN(encode);
    QCOMPARE(encode.exitCode, 0);
    QFile words(m_dir.filePath(QStringLiteral("escapes.txt")));
    QVERIFY(words.open(QIODevice::WriteOnly));
    words.write("nothing\n" + secret + '\n');
    words.close();
    const QStringList args {QStringLiteral("crack"), QStringLiteral("--wordlist"), words.fileName(),
                            QString::fromLatin1(encode.out.trimmed())};
    const CliRun text = runJwtlens(args);
    CLI_VERIFY_RAN(text);
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, QByteArray("found: \"\\x1b[31mred\\xff\"\n"));
    const CliRun json = runJwtlens(args + QStringList {QStringLiteral("--json")});
    CLI_VERIFY_RAN(json);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QVERIFY2(!o.contains(QLatin1String("secret")), json.out.constData());
    QCOMPARE(
            QByteArray::fromBase64(o.value(QLatin1String("secret_base64url")).toString().toLatin1(),
                                   QByteArray::Base64UrlEncoding),
            secret);
}

void TestLint::crackErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("part");
    QTest::newRow("RS256 token is refused")
            << QStringList {QStringLiteral("crack"), QString::fromLatin1(rsToken)}
            << QStringLiteral("token");
    QTest::newRow("alg none is refused")
            << QStringList {QStringLiteral("crack"), QString::fromLatin1(noneToken)}
            << QStringLiteral("token");
    QTest::newRow("missing wordlist")
            << QStringList {QStringLiteral("crack"), QStringLiteral("--wordlist"),
                            QStringLiteral("/nonexistent/words.txt"),
                            QString::fromLatin1(cleanToken)}
            << QStringLiteral("usage");
    QTest::newRow("zero threads") << QStringList {QStringLiteral("crack"),
                                                  QStringLiteral("--threads"), QStringLiteral("0"),
                                                  QString::fromLatin1(cleanToken)}
                                  << QStringLiteral("usage");
    QTest::newRow("malformed token") << QStringList {QStringLiteral("crack"), QStringLiteral("a.b")}
                                     << QStringLiteral("token");
    // Issue 12, item 10: a stream that never ends a line stops at the line cap.
    QTest::newRow("endless wordlist line")
            << QStringList {QStringLiteral("crack"), QStringLiteral("--wordlist"),
                            QStringLiteral("/dev/zero"), QString::fromLatin1(cleanToken)}
            << QStringLiteral("usage");
}

void TestLint::crackErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(run.errorPart(), part);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
