// SPDX-License-Identifier: MIT
// Every public vector of tests/data/vectors/manifest.json through `jwtlens verify`: the
// signature answer and the time status at the case's own clock (expect.now).
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestVectors : public QObject
{
    Q_OBJECT

private slots:
    void verify_data();
    void verify();
    void batch();
};

namespace {

QJsonArray manifest()
{
    QFile file(QFINDTESTDATA("data/vectors/manifest.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QStringList keyOptions(const QJsonObject &c)
{
    if (c.contains("secret"))
        return {"--secret", c.value("secret").toString()};
    if (c.contains("secret_base64"))
        return {"--secret-base64", c.value("secret_base64").toString()};
    return {"--key",
            QFINDTESTDATA(QStringLiteral("data/vectors/") + c.value("key_file").toString())};
}

} // namespace

void TestVectors::verify_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("signatures"); // accepted answers
    QTest::addColumn<QString>("time"); // empty: not a claims set, not compared
    QTest::addColumn<QString>("alg");

    const QJsonArray cases = manifest();
    QVERIFY2(cases.size() >= 20, "manifest.json missing or short");
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const QJsonObject expect = c.value("expect").toObject();
        QStringList signatures;
        const QJsonValue sig = expect.value("signature");
        if (sig.isArray()) {
            for (const QJsonValue &s : sig.toArray())
                signatures << s.toString();
        } else {
            signatures << sig.toString();
        }
        const QStringList options = keyOptions(c)
                + QStringList {"--now", QString::number(qint64(expect.value("now").toDouble()))};
        QTest::newRow(qPrintable(c.value("name").toString()))
                << c.value("token").toString() << options << signatures
                << expect.value("time").toString() << c.value("alg").toString();
    }
}

void TestVectors::verify()
{
    QFETCH(QString, token);
    QFETCH(QStringList, options);
    QFETCH(QStringList, signatures);
    QFETCH(QString, time);
    QFETCH(QString, alg);

    const CliRun run = runJwtlens(QStringList {"verify"} + options + QStringList {token});
    CLI_VERIFY_RAN(run);
    // Only warnings on standard error: a short HMAC secret (the jwt.io and product-docs
    // vectors) is warned of as weak (issue 12), never an error line.
    for (const QByteArray &errLine : run.err.split('\n'))
        QVERIFY2(errLine.isEmpty() || errLine.startsWith("jwtlens: warning: weak key: "),
                 run.err);
    const QJsonObject line = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(!line.isEmpty(), run.out);
    const QString signature = line.value("signature").toString();
    QVERIFY2(signatures.contains(signature), qPrintable(signature));
    if (!time.isEmpty())
        QCOMPARE(line.value("time").toString(), time);
    QCOMPARE(line.value("alg").toString(), alg);
    const bool valid = signature == QLatin1String("valid")
            && (time.isEmpty() || time == QLatin1String("valid"));
    QCOMPARE(line.value("valid").toBool(), valid);
    QCOMPARE(run.exitCode, valid ? 0 : 1);

    // The same case restricted to its own algorithm gives the same answer.
    const CliRun restricted
            = runJwtlens(QStringList {"verify", "--alg", alg} + options + QStringList {token});
    QCOMPARE(restricted.exitCode, run.exitCode);
}

void TestVectors::batch()
{
    // The RS256 cases share one key: one batch on standard input, answers in order.
    const QJsonArray cases = manifest();
    QByteArray input;
    QList<bool> expected;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        if (c.value("key_file").toString() != QLatin1String("keys/rfc7515_a2_rs256.pub.pem")
            || c.value("alg").toString() != QLatin1String("RS256"))
            continue;
        input += c.value("token").toString().toLatin1() + '\n';
        expected << (c.value("expect").toObject().value("time").toString() == "valid");
    }
    QVERIFY(expected.size() >= 2);
    const CliRun run = runJwtlens({"verify", "--key",
                                   QFINDTESTDATA("data/vectors/keys/rfc7515_a2_rs256.pub.pem"),
                                   "--now", "1300819000", "-"},
                                  input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), expected.size());
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith("{\"valid\": true, \"signature\": \"valid\""), line);
}

QTEST_GUILESS_MAIN(TestVectors)
#include "tst_vectors.moc"
