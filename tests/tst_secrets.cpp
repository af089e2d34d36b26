// SPDX-License-Identifier: MIT
// Secrets and private keys never reach the disk: a whole session of jwtlens-gui, with its
// home, config, cache, data, state and temp directories pointed into an empty folder,
// leaves no file there that holds the secret or the private key, and prints neither.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void sessionWritesNoSecret_data();
    void sessionWritesNoSecret();
};

void TestSecrets::sessionWritesNoSecret_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("needle");
    const QString keyFile = QFINDTESTDATA("data/vectors/keys/rfc7515_a2_rs256.priv.pem");
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::ReadOnly));
    // A line from the middle of the private key's base64 body: part of the secret exponent.
    const QList<QByteArray> lines = key.readAll().split('\n');
    QVERIFY(lines.size() > 10);
    QTest::newRow("HMAC secret")
            << QStringList {QStringLiteral("--secret"),
                            QStringLiteral("jwtlens-test-secret-9f1c2e7a-never-on-disk")}
            << QByteArray("jwtlens-test-secret-9f1c2e7a-never-on-disk");
    QTest::newRow("private key") << QStringList {QStringLiteral("--key"), keyFile}
                                 << lines.at(lines.size() / 2).trimmed();
}

void TestSecrets::sessionWritesNoSecret()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, needle);
    QVERIFY(needle.size() >= 32);

    QTemporaryDir sandbox;
    QVERIFY(sandbox.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList dirs {QStringLiteral("HOME"),           QStringLiteral("XDG_CONFIG_HOME"),
                            QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("XDG_DATA_HOME"),
                            QStringLiteral("XDG_STATE_HOME"), QStringLiteral("TMPDIR")};
    for (const QString &name : dirs) {
        const QString path = sandbox.filePath(name.toLower());
        QVERIFY(QDir().mkpath(path));
        env.insert(name, path);
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // The screenshot goes outside the sandbox: it is the one file the user asked for.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(JWTLENS_BINDIR "/jwtlens-gui"),
              options << QStringLiteral("--screenshot")
                      << out.filePath(QStringLiteral("shot.png")));
    QVERIFY(gui.waitForStarted());
    QVERIFY2(gui.waitForFinished(60000), "jwtlens-gui did not quit");
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("shot.png"))));
    QVERIFY(!gui.readAllStandardOutput().contains(needle));
    QVERIFY(!gui.readAllStandardError().contains(needle));

    int files = 0;
    QDirIterator it(sandbox.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++files;
        QVERIFY2(!f.readAll().contains(needle), qPrintable(path));
    }
    qInfo("%d file(s) written by the session, none holds the secret", files);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
