// SPDX-License-Identifier: MIT
// JWT Lens works offline: a session of jwtlens-gui that opens, inspects and verifies a token
// opens no IP socket, and neither does a `jwtlens` command that was not asked to fetch (the
// binary links Qt Network for `key fetch`; linking it must open nothing by itself). An LD_PRELOAD
// probe (netprobe.cpp) records every AF_INET/AF_INET6 socket() call of the process; the log must
// stay empty. The probe is checked first on a program that does open one, so an empty log cannot
// come from a probe that never loaded.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void probeSeesSockets();
    void sessionOpensNoSocket_data();
    void sessionOpensNoSocket();
    void commandOpensNoSocket_data();
    void commandOpensNoSocket();
    void fetchOpensASocket();

private:
    QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr);
    QTemporaryDir m_dir;
};

QByteArray TestNetwork::run(const QString &program, const QStringList &args, int *exitCode)
{
    const QString log = m_dir.filePath(QStringLiteral("net.log"));
    QFile::remove(log);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(JWTLENS_NETPROBE));
    env.insert(QStringLiteral("JWTLENS_NETPROBE_LOG"), log);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Under AddressSanitizer a preloaded library comes before the ASan runtime: allowed.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               asan + (asan.isEmpty() ? "" : ":") + QStringLiteral("verify_asan_link_order=0"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        return QByteArrayLiteral("<did not run>");
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    QFile f(log);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestNetwork::probeSeesSockets()
{
    QVERIFY(m_dir.isValid());
    // python3 opens a UDP socket without sending anything: the probe must record it.
    const QByteArray log = run(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral("-c"),
                                QStringLiteral("import socket; socket.socket(socket.AF_INET, "
                                               "socket.SOCK_DGRAM).close()")});
    QVERIFY2(log.contains("socket domain="), log);
}

void TestNetwork::sessionOpensNoSocket_data()
{
    QTest::addColumn<QStringList>("args");
    const QString a2 = QFINDTESTDATA("data/vectors/keys/rfc7515_a2_rs256.pub.jwk.json");
    QTest::newRow("start with the sample token") << QStringList();
    QTest::newRow("verify RS256 with a JWK") << QStringList {
            QStringLiteral("--key"), a2,
            QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MT"
                           "kzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.")};
    QTest::newRow("open the Explain view")
            << QStringList {QStringLiteral("--show"), QStringLiteral("explain")};
}

void TestNetwork::sessionOpensNoSocket()
{
    QFETCH(QStringList, args);
    const QString shot = m_dir.filePath(QStringLiteral("shot.png"));
    const QByteArray log = run(QStringLiteral(JWTLENS_BINDIR "/jwtlens-gui"),
                               args << QStringLiteral("--screenshot") << shot);
    QVERIFY2(QFile::exists(shot), "jwtlens-gui did not finish its session");
    QVERIFY2(log.isEmpty(), log.constData());
}

void TestNetwork::commandOpensNoSocket_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString a2 = QFINDTESTDATA("data/vectors/keys/rfc7515_a2_rs256.pub.jwk.json");
    const QString token
            = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MT"
                             "kzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.");
    QTest::newRow("--help") << QStringList {QStringLiteral("--help")} << 0;
    QTest::newRow("decode") << QStringList {QStringLiteral("decode"), token} << 0;
    QTest::newRow("verify with a JWK")
            << QStringList {QStringLiteral("verify"), QStringLiteral("--key"), a2, token} << 1;
    QTest::newRow("key info") << QStringList {QStringLiteral("key"), QStringLiteral("info"), a2}
                              << 0;
    QTest::newRow("key convert") << QStringList {QStringLiteral("key"), QStringLiteral("convert"),
                                                 QStringLiteral("--to"), QStringLiteral("pem"), a2}
                                 << 0;
    // The URLs are shown, nothing is sent.
    QTest::newRow("key fetch --dry-run")
            << QStringList {QStringLiteral("key"), QStringLiteral("fetch"),
                            QStringLiteral("--dry-run"), QStringLiteral("--discover"),
                            QStringLiteral("https://issuer.example/realm")}
            << 0;
    // Plain http to another machine is refused before any socket exists.
    QTest::newRow("key fetch over plain http elsewhere")
            << QStringList {QStringLiteral("key"), QStringLiteral("fetch"),
                            QStringLiteral("--jwks-url"), QStringLiteral("http://192.0.2.1/jwks")}
            << 2;
    QTest::newRow("key fetch of an issuer URL with a query") << QStringList {
            QStringLiteral("key"), QStringLiteral("fetch"), QStringLiteral("--discover"),
            QStringLiteral("https://issuer.example/?a")} << 2;
}

void TestNetwork::commandOpensNoSocket()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    int status = -1;
    const QByteArray log = run(QStringLiteral(JWTLENS_BINDIR "/jwtlens"), args, &status);
    QCOMPARE(status, exitCode);
    QVERIFY2(log.isEmpty(), log.constData());
}

void TestNetwork::fetchOpensASocket()
{
    // The same probe sees the fetch a user asks for (nothing listens on port 1: refused).
    int status = -1;
    const QByteArray log
            = run(QStringLiteral(JWTLENS_BINDIR "/jwtlens"),
                  {QStringLiteral("key"), QStringLiteral("fetch"), QStringLiteral("--jwks-url"),
                   QStringLiteral("https://127.0.0.1:1/jwks.json")},
                  &status);
    QCOMPARE(status, 2);
    QVERIFY2(log.contains("socket domain="), log.constData());
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
