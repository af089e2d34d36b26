// SPDX-License-Identifier: MIT
// `jwtlens diff`, driven through the real binary.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hs256(const QByteArray &header, const QByteArray &payload)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return input + '.'
            + b64(QMessageAuthenticationCode::hash(input, "0123456789abcdef0123456789abcdef",
                                                   QCryptographicHash::Sha256));
}

QByteArray unsignedJws(const QByteArray &header, const QByteArray &payload, char signatureByte)
{
    return b64(header) + '.' + b64(payload) + '.' + b64(QByteArray(64, signatureByte));
}

const QByteArray before = hs256(R"({"alg":"HS256","typ":"JWT"})",
                                R"({"sub":"42","scope":"read","iat":1700000000,"exp":1700003600})");
const QByteArray after
        = unsignedJws(R"({"alg":"ES256","typ":"JWT","kid":"k2"})",
                      R"({"sub":"42","iat":1.7e9,"exp":1700007200,"email":"a@example.com"})", 'x');

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void text();
    void all();
    void json();
    void identical();
    void signedAgain();
    void jweAgainstJws();
    void filesAndStandardInput();
    void errors_data();
    void errors();
};

void TestDiffCommand::initTestCase()
{
    QVERIFY2(QFile::exists(jwtlensBinary()), "build the jwtlens target first");
}

void TestDiffCommand::text()
{
    const CliRun run = runJwtlens(
            {QStringLiteral("diff"), QString::fromLatin1(before), QString::fromLatin1(after)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(run.out,
             QByteArray("first:  HS256 JWS, no kid\n"
                        "second: ES256 JWS, kid \"k2\"\n"
                        "header:\n"
                        "  ~ alg: \"HS256\" -> \"ES256\"\n"
                        "  + kid: \"k2\"\n"
                        "payload:\n"
                        "  - scope: \"read\"\n"
                        "  = iat: 1700000000 -> 1.7e9  (the same value, written differently)\n"
                        "      2023-11-14T22:13:20Z -> 2023-11-14T22:13:20Z: iat is the same "
                        "instant\n"
                        "  ~ exp: 1700003600 -> 1700007200\n"
                        "      2023-11-14T23:13:20Z -> 2023-11-15T00:13:20Z: exp moved 1 hour "
                        "later\n"
                        "  + email: \"a@example.com\"\n"
                        "signature: different\n"));
}

void TestDiffCommand::all()
{
    const CliRun run = runJwtlens({QStringLiteral("diff"), QStringLiteral("--all"),
                                   QString::fromLatin1(before), QString::fromLatin1(after)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("\n    typ: \"JWT\"\n"));
    QVERIFY(run.out.contains("\n    sub: \"42\"\n"));
    QVERIFY(run.out.contains("  ~ exp: 1700003600 -> 1700007200\n"));
}

void TestDiffCommand::json()
{
    const CliRun run = runJwtlens({QStringLiteral("diff"), QStringLiteral("--json"),
                                   QString::fromLatin1(before), QString::fromLatin1(after)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.endsWith("}\n"));
    QCOMPARE(run.out.count('\n'), 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1String("identical")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("sameAlg")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("first")).toObject().value(QLatin1String("kid")),
             QJsonValue(QJsonValue::Null));
    QCOMPARE(o.value(QLatin1String("second")).toObject().value(QLatin1String("kid")).toString(),
             QStringLiteral("k2"));
    const QJsonArray header = o.value(QLatin1String("header")).toArray();
    QCOMPARE(header.size(), 2);
    QCOMPARE(header.at(0).toObject().value(QLatin1String("change")).toString(),
             QStringLiteral("changed"));
    const QJsonArray payload = o.value(QLatin1String("payload")).toArray();
    QStringList changes;
    for (const QJsonValue &v : payload) {
        changes << v.toObject().value(QLatin1String("name")).toString() + QLatin1Char(' ')
                        + v.toObject().value(QLatin1String("change")).toString();
    }
    QCOMPARE(changes,
             (QStringList {"scope removed", "iat respelled", "exp changed", "email added"}));
    const QJsonObject exp = payload.at(2).toObject();
    QCOMPARE(exp.value(QLatin1String("first")).toInteger(), 1700003600);
    const QJsonObject time = exp.value(QLatin1String("time")).toObject();
    QCOMPARE(time.value(QLatin1String("seconds")).toInt(), 3600);
    QCOMPARE(time.value(QLatin1String("text")).toString(),
             QStringLiteral("exp moved 1 hour later"));
    QCOMPARE(time.value(QLatin1String("second")).toString(),
             QStringLiteral("2023-11-15T00:13:20Z"));
    // The numbers keep their spelling.
    QVERIFY(run.out.contains(R"("second": 1.7e9)"));
    QCOMPARE(o.value(QLatin1String("signature"))
                     .toObject()
                     .value(QLatin1String("same"))
                     .toBool(true),
             false);
}

void TestDiffCommand::identical()
{
    const CliRun run = runJwtlens({QStringLiteral("diff"), QString::fromLatin1(before),
                                   QStringLiteral("Bearer ") + before});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("The tokens are identical.\n"));
    const CliRun json = runJwtlens({QStringLiteral("diff"), QStringLiteral("--json"),
                                    QString::fromLatin1(before), QString::fromLatin1(before)});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("identical")).toBool(),
             true);
}

void TestDiffCommand::signedAgain()
{
    const QByteArray header = R"({"alg":"ES256"})";
    const QByteArray payload = R"({"sub":"1"})";
    const CliRun run = runJwtlens({QStringLiteral("diff"),
                                   QString::fromLatin1(unsignedJws(header, payload, 'a')),
                                   QString::fromLatin1(unsignedJws(header, payload, 'b'))});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("header: the same\npayload: the same\n"));
    QVERIFY(run.out.contains("signature: different, over the same header and payload"));
}

void TestDiffCommand::jweAgainstJws()
{
    const QByteArray jwe = b64(R"({"alg":"dir","enc":"A128GCM","kid":"k2"})") + ".."
            + b64("123456789012") + '.' + b64("ciphertext") + '.' + b64("0123456789abcdef");
    const CliRun run = runJwtlens(
            {QStringLiteral("diff"), QString::fromLatin1(after), QString::fromLatin1(jwe)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("second: dir JWE, kid \"k2\"\n"), run.out.constData());
    QVERIFY(run.out.contains("  + enc: \"A128GCM\"\n"));
    QVERIFY(run.out.contains("payload: not compared (a JWE's payload is encrypted)\n"));
    QVERIFY(!run.out.contains("signature:"));
}

void TestDiffCommand::filesAndStandardInput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bare = writeFile(dir, QStringLiteral("a.jwt"), before + '\n');
    // A request copied from the browser: the one token in it is used.
    const QString request = writeFile(dir, QStringLiteral("request.txt"),
                                      "GET /me HTTP/1.1\r\nHost: api\r\nAuthorization: Bearer "
                                              + after + "\r\n\r\n");
    const CliRun run = runJwtlens({QStringLiteral("diff"), bare, QStringLiteral("-")},
                                  "Bearer " + after + '\n');
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    const CliRun fromFiles = runJwtlens({QStringLiteral("diff"), bare, request});
    CLI_VERIFY_RAN(fromFiles);
    QCOMPARE(fromFiles.exitCode, 1);
    QCOMPARE(fromFiles.out, run.out);
    QVERIFY(run.out.contains("exp moved 1 hour later"));
}

void TestDiffCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("reason");

    const QString good = QString::fromLatin1(before);
    const QString badHeader = QString::fromLatin1(b64("{\"alg\":") + '.' + b64("{}") + ".sig");
    QTest::newRow("one argument") << QStringList {good} << QByteArray() << "usage"
                                  << "expected two tokens";
    QTest::newRow("three arguments") << QStringList {good, good, good} << QByteArray() << "usage"
                                     << "expected two tokens";
    QTest::newRow("both on standard input")
            << QStringList {QStringLiteral("-"), QStringLiteral("-")} << before << "usage"
            << "only one token";
    QTest::newRow("first header broken")
            << QStringList {badHeader, good} << QByteArray() << "header"
            << "first token";
    QTest::newRow("second malformed")
            << QStringList {good, QStringLiteral("a.b")} << QByteArray() << "token"
            << "second token (no file of that name either)";
    QTest::newRow("missing file") << QStringList {good, QStringLiteral("missing.jwt")}
                                  << QByteArray() << "token"
                                  << "no file of that name";
    QTest::newRow("two tokens on input") << QStringList {good, QStringLiteral("-")}
                                         << QByteArray("x " + before + "\ny " + after) << "usage"
                                         << "standard input holds 2 tokens";
    QTest::newRow("no token on input")
            << QStringList {QStringLiteral("-"), good} << QByteArray("hello\n") << "token"
            << "first token";
}

void TestDiffCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, part);
    QFETCH(QString, reason);
    const CliRun run = runJwtlens(QStringList {QStringLiteral("diff")} + args, input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err.constData());
    QCOMPARE(run.errorPart(), part);
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
    QCOMPARE(run.out, QByteArray());
}

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
