// SPDX-License-Identifier: MIT
// Cross-implementation: tokens `jwtlens encode` makes verify in PyJWT, and tokens PyJWT
// makes verify in `jwtlens`, for every algorithm (python3-jwt 2.6 with /usr/bin/python3).
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
/// PyJWT's side (found once the test runs: QFINDTESTDATA needs the application).
QString script()
{
    return QFINDTESTDATA("data/crossimpl.py");
}

bool inCi()
{
    return qgetenv("CI") == "true";
}

} // namespace

class TestCrossImpl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jwtlensToPyjwt_data();
    void jwtlensToPyjwt();
    void pyjwtToJwtlens_data();
    void pyjwtToJwtlens();

private:
    void addRows();
    bool writeFile(const QString &path, const QByteArray &data);

    QTemporaryDir m_dir;
};

void TestCrossImpl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    const CliRun probe = runJwtlens({"-c", "import jwt, cryptography; print(jwt.__version__)"},
                                    QByteArray(), 30000, python);
    if (!probe.started || !probe.finished || probe.exitCode != 0) {
        const QByteArray why = "/usr/bin/python3 with the jwt module (python3-jwt) is needed";
        if (inCi())
            QFAIL(why.constData()); // scripts/test installs it: missing in CI is a defect
        QSKIP(why.constData());
    }
}

void TestCrossImpl::addRows()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("curve");
    for (const char *alg : {"HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384",
                            "PS512", "ES256", "ES384", "ES512", "ES256K"})
        QTest::newRow(alg) << QString::fromLatin1(alg) << QString();
    QTest::newRow("EdDSA Ed25519") << "EdDSA"
                                   << "Ed25519";
    QTest::newRow("EdDSA Ed448") << "EdDSA"
                                 << "Ed448";
}

bool TestCrossImpl::writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void TestCrossImpl::jwtlensToPyjwt_data()
{
    addRows();
}

void TestCrossImpl::jwtlensToPyjwt()
{
    QFETCH(QString, alg);
    QFETCH(QString, curve);
    const QByteArray payload = R"({"iss":"jwtlens","n":12345,"aud":"x","exp":4102444800})";
    QString keySpec;
    CliRun encode;
    if (alg.startsWith("HS")) {
        const CliRun key = runJwtlens({"keygen", "--alg", alg});
        CLI_VERIFY_RAN(key);
        QCOMPARE(key.exitCode, 0);
        const QString secret = QString::fromLatin1(key.out.trimmed());
        encode = runJwtlens({"encode", "--alg", alg, "--kid", "k", "--secret-base64", secret,
                             QString::fromLatin1(payload)});
        keySpec = "secret:" + secret;
    } else {
        const QString publicPath = m_dir.filePath(alg + curve + ".pub.pem");
        QStringList args {"keygen", "--alg", alg, "--public-out", publicPath};
        if (!curve.isEmpty())
            args << "--curve" << curve;
        const CliRun key = runJwtlens(args);
        CLI_VERIFY_RAN(key);
        QVERIFY2(key.exitCode == 0, key.err);
        // The private key goes from process to process on stdin, never to disk.
        encode = runJwtlens({"encode", "--alg", alg, "--kid", "k", "--key", "/dev/stdin",
                             QString::fromLatin1(payload)},
                            key.out);
        keySpec = "pem:" + publicPath;
    }
    CLI_VERIFY_RAN(encode);
    QVERIFY2(encode.exitCode == 0, encode.err);
    const QString token = QString::fromLatin1(encode.out.trimmed());

    const CliRun py
            = runJwtlens({script(), "verify", alg, token, keySpec}, QByteArray(), 60000, python);
    CLI_VERIFY_RAN(py);
    QVERIFY2(py.exitCode == 0, py.err);
    QCOMPARE(QJsonDocument::fromJson(py.out).object().value("n").toInt(), 12345);

    // A flipped signature character is refused by PyJWT too (the check is real).
    QString tampered = token;
    const qsizetype at = token.lastIndexOf('.') + 2;
    tampered[at] = tampered.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliRun refused
            = runJwtlens({script(), "verify", alg, tampered, keySpec}, QByteArray(), 60000, python);
    QCOMPARE(refused.exitCode, 1);
}

void TestCrossImpl::pyjwtToJwtlens_data()
{
    addRows();
}

void TestCrossImpl::pyjwtToJwtlens()
{
    QFETCH(QString, alg);
    QFETCH(QString, curve);
    QStringList args {script(), "sign", alg};
    if (!curve.isEmpty())
        args << curve;
    const CliRun py = runJwtlens(args, QByteArray(), 60000, python);
    CLI_VERIFY_RAN(py);
    QVERIFY2(py.exitCode == 0, py.err);
    const QJsonObject made = QJsonDocument::fromJson(py.out).object();
    const QString token = made.value("token").toString();
    QVERIFY(!token.isEmpty());
    QStringList key;
    if (made.contains("secret")) {
        key = {"--secret-base64", made.value("secret").toString()};
    } else {
        const QString path = m_dir.filePath("py-" + alg + curve + ".pub.pem");
        QVERIFY(writeFile(path, made.value("public_pem").toString().toLatin1()));
        key = {"--key", path};
    }
    const CliRun run = runJwtlens(QStringList {"verify", "--alg", alg, "--iss", "pyjwt"} + key
                                  + QStringList {token});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(run.out,
             QByteArray(R"({"valid": true, "signature": "valid", "time": "valid", )"
                        R"("alg": ")"
                        + alg.toLatin1() + R"(", "kid": "py-)" + alg.toLatin1() + "\"}\n"));
}

QTEST_GUILESS_MAIN(TestCrossImpl)
#include "tst_crossimpl.moc"
