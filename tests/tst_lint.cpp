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
    void crack_data();
    void crack();
    void crackJson();
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
