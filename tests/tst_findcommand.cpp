// SPDX-License-Identifier: MIT
// `jwtlens find`, driven through the real binary: tokens in curl lines, logs and a HAR made
// here, exit statuses as grep's, bounded reads.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jws(const QByteArray &payload, const QByteArray &alg = "HS256")
{
    return b64(R"({"alg":")" + alg + R"(","typ":"JWT"})") + '.' + b64(payload) + '.'
            + b64(QByteArray(32, '\x5a'));
}

QByteArray jwe(const QByteArray &kid)
{
    return b64(R"({"alg":"ECDH-ES","enc":"A256GCM","kid":")" + kid + R"("})") + ".."
            + b64(QByteArray(12, '\x01')) + '.' + b64(QByteArray(33, '\x02')) + '.'
            + b64(QByteArray(16, '\x03'));
}

const QByteArray tokenA = jws(R"({"sub":"alice","exp":1700000000})");
const QByteArray tokenB = jws(R"({"sub":"bob"})", "RS256");
const QByteArray tokenC = jws(R"({"iss":"https://idp.example"})", "ES256");
const QByteArray tokenN = b64(R"({"alg":"none"})") + '.' + b64(R"({"sub":"x"})") + '.';
const QByteArray tokenE = jwe("enc-key");

QByteArray fill(QByteArray text)
{
    text.replace("{A}", tokenA);
    text.replace("{B}", tokenB);
    text.replace("{C}", tokenC);
    text.replace("{N}", tokenN);
    text.replace("{E}", tokenE);
    return text;
}

QByteArrayList lines(const QByteArray &out)
{
    QByteArrayList list = out.split('\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

QJsonObject header(const QString &name, const QByteArray &value)
{
    return QJsonObject {{QStringLiteral("name"), name},
                        {QStringLiteral("value"), QString::fromLatin1(value)}};
}

/// A HAR with @p entries requests, each sending tokens[i % 3] as a bearer token; every
/// tenth response sets a cookie with token C, and the last returns a JWE in its body.
QByteArray makeHar(int entries)
{
    const QByteArray bearer[] = {tokenA, tokenB, tokenN};
    QJsonArray list;
    for (int i = 0; i < entries; ++i) {
        QJsonArray responseHeaders;
        if (i % 10 == 9)
            responseHeaders.append(
                    header(QStringLiteral("Set-Cookie"), "s=" + tokenC + "; Secure"));
        QJsonObject content {{QStringLiteral("mimeType"), QStringLiteral("text/plain")},
                             {QStringLiteral("text"), QStringLiteral("ok v1.2.3")}};
        if (i == entries - 1)
            content[QStringLiteral("text")]
                    = QString::fromLatin1(R"({"id_token": ")" + tokenE + R"("})");
        list.append(QJsonObject {
                {QStringLiteral("request"),
                 QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                              {QStringLiteral("url"),
                               QStringLiteral("https://api.example/items/%1").arg(i)},
                              {QStringLiteral("headers"),
                               QJsonArray {header(QStringLiteral("Authorization"),
                                                  "Bearer " + bearer[i % 3])}}}},
                {QStringLiteral("response"),
                 QJsonObject {{QStringLiteral("status"), 200},
                              {QStringLiteral("headers"), responseHeaders},
                              {QStringLiteral("content"), content}}},
        });
    }
    return QJsonDocument(
                   QJsonObject {{QStringLiteral("log"),
                                 QJsonObject {{QStringLiteral("version"), QStringLiteral("1.2")},
                                              {QStringLiteral("entries"), list}}}})
            .toJson();
}

} // namespace

class TestFindCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textInputs_data();
    void textInputs();
    void jsonLines();
    void harMadeHere();
    void fileAndStandardInputAgree();
    void noneFoundExitsOne();
    void unreadableInput_data();
    void unreadableInput();
    void sizeIsNotTrusted();
    void inputOverLimit();
    void help();
};

void TestFindCommand::initTestCase()
{
    QVERIFY2(QFile::exists(jwtlensBinary()), "build the jwtlens target first");
}

void TestFindCommand::textInputs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("curl, one line")
            << fill("curl -sS 'https://api.example/v1/me?access_token={C}' -H 'Authorization: "
                    "Bearer {A}' -b 'theme=dark; sid={B}' --compressed")
            << QByteArrayList {tokenC, tokenA, tokenB};
    QTest::newRow("curl, continued lines, CRLF")
            << fill("curl 'https://api.example/v1/me' \\\r\n  -H 'authorization: Bearer {A}' "
                    "\\\r\n  -H 'cookie: sid={B}' \\\r\n  --data-raw 'assertion={C}'\r\n")
            << QByteArrayList {tokenA, tokenB, tokenC};
    QTest::newRow("tokens at the edges of lines")
            << fill("{A}\n{B} first\nlast {C}\n\t{N}\t\n{E}")
            << QByteArrayList {tokenA, tokenB, tokenC, tokenN, tokenE};
    QTest::newRow("log with repeats")
            << fill("10:00:01 INFO token={A}\n10:00:02 INFO token={A}\n10:00:03 WARN "
                    "expired: {B}.\n10:00:04 INFO Bearer {A}\n")
            << QByteArrayList {tokenA, tokenB};
    QTest::newRow("redirect URL fragment")
            << fill("https://app.example/cb#state=1&id_token={E}&access_token={A}")
            << QByteArrayList {tokenE, tokenA};
    QTest::newRow("raw HTTP response")
            << fill("HTTP/1.1 302 Found\r\nLocation: /cb?code=1\r\nSet-Cookie: "
                    "session={B}; Path=/; HttpOnly\r\n\r\n")
            << QByteArrayList {tokenB};
    QTest::newRow("non-tokens only")
            << QByteArray("version 1.2.3 at www.example.com, aGVsbG8.d29ybGQ.Zm9v, a..b..c\n")
            << QByteArrayList {};
}

void TestFindCommand::textInputs()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, expected);
    const CliRun run = runJwtlens({QStringLiteral("find")}, text);
    CLI_VERIFY_RAN(run);
    QCOMPARE(lines(run.out), expected);
    QCOMPARE(run.exitCode, expected.isEmpty() ? 1 : 0);
    QCOMPARE(run.err, QByteArray());
}

void TestFindCommand::jsonLines()
{
    const QByteArray text = fill("GET /cb?id_token={A} HTTP/1.1\nHost: app\n"
                                 "Authorization: Bearer {B}\nCookie: a=1; enc={E}\n"
                                 "Authorization: Bearer {B}\n");
    const CliRun run = runJwtlens({QStringLiteral("find"), QStringLiteral("--json")}, text);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList out = lines(run.out);
    QCOMPARE(out.size(), 3);
    const struct
    {
        QByteArray token;
        const char *where;
        const char *kind;
        int count;
    } expected[] = {
            {tokenA, "line 1, URL query id_token", "JWS", 1},
            {tokenB, "line 3, header Authorization", "JWS", 2},
            {tokenE, "line 4, cookie enc", "JWE", 1},
    };
    for (int i = 0; i < 3; ++i) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(out.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QLatin1String("token")).toString().toLatin1(), expected[i].token);
        QCOMPARE(object.value(QLatin1String("where")).toString(),
                 QString::fromLatin1(expected[i].where));
        QCOMPARE(object.value(QLatin1String("kind")).toString(),
                 QString::fromLatin1(expected[i].kind));
        QCOMPARE(object.value(QLatin1String("offset")).toInteger(),
                 qint64(text.indexOf(expected[i].token)));
        QCOMPARE(object.value(QLatin1String("count")).toInt(), expected[i].count);
    }
}

void TestFindCommand::harMadeHere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.har"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makeHar(40));
    file.close();

    const CliRun run = runJwtlens({QStringLiteral("find"), QStringLiteral("--json"), path});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QHash<QByteArray, QJsonObject> found;
    for (const QByteArray &line : lines(run.out)) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        found.insert(object.value(QLatin1String("token")).toString().toLatin1(), object);
    }
    // Each token once, wherever and however often it was sent.
    QCOMPARE(found.size(), 5);
    const auto where = [&](const QByteArray &token) {
        return found.value(token).value(QLatin1String("where")).toString();
    };
    QCOMPARE(where(tokenA), QStringLiteral("request 1, header Authorization"));
    QCOMPARE(where(tokenB), QStringLiteral("request 2, header Authorization"));
    QCOMPARE(where(tokenN), QStringLiteral("request 3, header Authorization"));
    QCOMPARE(where(tokenC), QStringLiteral("response 10, Set-Cookie s"));
    QCOMPARE(where(tokenE), QStringLiteral("response 40, body, JSON id_token"));
    QCOMPARE(found.value(tokenA).value(QLatin1String("count")).toInt(), 14); // 1, 4, …, 40
    QCOMPARE(found.value(tokenC).value(QLatin1String("count")).toInt(), 4);
    QCOMPARE(found.value(tokenE).value(QLatin1String("kind")).toString(), QStringLiteral("JWE"));
}

void TestFindCommand::fileAndStandardInputAgree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    const QByteArray text = fill("a {A}\nb {B}\n");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const CliRun fromFile = runJwtlens({QStringLiteral("find"), path});
    const CliRun fromDash = runJwtlens({QStringLiteral("find"), QStringLiteral("-")}, text);
    const CliRun fromNothing = runJwtlens({QStringLiteral("find")}, text);
    CLI_VERIFY_RAN(fromFile);
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromFile.out, tokenA + '\n' + tokenB + '\n');
    QCOMPARE(fromDash.out, fromFile.out);
    QCOMPARE(fromNothing.out, fromFile.out);
}

void TestFindCommand::noneFoundExitsOne()
{
    for (const QStringList &args :
         {QStringList {QStringLiteral("find")},
          QStringList {QStringLiteral("find"), QStringLiteral("--json")}}) {
        const CliRun run = runJwtlens(args, "nothing to see here\n");
        CLI_VERIFY_RAN(run);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.err, QByteArray());
    }
}

void TestFindCommand::unreadableInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing file") << QStringList {QStringLiteral("/nonexistent/x.har")}
                                  << QStringLiteral("cannot read /nonexistent/x.har");
    QTest::newRow("directory") << QStringList {QStringLiteral("/")}
                               << QStringLiteral("it is a directory");
    QTest::newRow("two files") << QStringList {QStringLiteral("a"), QStringLiteral("b")}
                               << QStringLiteral("expected one FILE");
    QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--where")} << QStringLiteral("Unknown option");
}

void TestFindCommand::unreadableInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const CliRun run = runJwtlens(QStringList {QStringLiteral("find")} + args, "x");
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(run.errorPart(), QStringLiteral("usage"));
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

void TestFindCommand::sizeIsNotTrusted()
{
    // /proc files say their size is 0: the text is read to its end all the same.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("JWTLENS_TEST_TOKEN"), QString::fromLatin1(tokenB));
    process.setProcessEnvironment(env);
    process.start(jwtlensBinary(), {QStringLiteral("find"), QStringLiteral("/proc/self/environ")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(lines(process.readAllStandardOutput()).contains(tokenB));
}

void TestFindCommand::inputOverLimit()
{
    // /dev/zero never ends: read up to the limit, then refused, as a file and on standard
    // input.
    const CliRun asFile = runJwtlens({QStringLiteral("find"), QStringLiteral("/dev/zero")});
    CLI_VERIFY_RAN(asFile);
    QCOMPARE(asFile.exitCode, 2);
    QVERIFY2(asFile.hasOneErrorLine(), asFile.err.constData());
    QVERIFY2(asFile.err.contains("larger than 256 MiB"), asFile.err.constData());

    QProcess process;
    process.setStandardInputFile(QStringLiteral("/dev/zero"));
    process.start(jwtlensBinary(), {QStringLiteral("find"), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("standard input is larger than 256 MiB"));
}

void TestFindCommand::help()
{
    const CliRun run = runJwtlens({QStringLiteral("find"), QStringLiteral("--help")});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("Usage: jwtlens find"));
    QVERIFY(run.out.contains("--json"));
}

QTEST_GUILESS_MAIN(TestFindCommand)
#include "tst_findcommand.moc"
