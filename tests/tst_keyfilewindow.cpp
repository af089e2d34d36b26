// SPDX-License-Identifier: MIT
// The window given a key file that is not a file (issue 12, items 8 and 12): a device that
// never ends (/dev/zero) and FIFOs, through the path `jwtlens-gui TOKEN --key FILE` takes
// (Startup::apply, then the signature pane's loadKeyFile(), which Load Key File… calls after
// its dialog).
#include "boundedfile.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "startup.h"
#include "tokenmodel.h"
#include "windowtest.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace WindowTest;

namespace {

/// RFC 7515 A.3 (ES256): its public key is tests/data/vectors/keys/rfc7515_a3_es256.pub.pem.
const QJsonObject &es256Case()
{
    static const QJsonObject c = manifestCase(QStringLiteral("rfc7515-A.3-ES256-spki"));
    return c;
}

QString es256Token()
{
    return es256Case().value(QLatin1String("token")).toString();
}

QString es256KeyFile()
{
    return QFINDTESTDATA("data/vectors/keys/rfc7515_a3_es256.pub.pem");
}

/// The command line `jwtlens-gui TOKEN --key FILE --now …` of the ES256 case.
StartupOptions options(const QString &keyFile)
{
    return StartupOptions::parse({QStringLiteral("jwtlens-gui"), es256Token(),
                                  QStringLiteral("--key"), keyFile, QStringLiteral("--now"),
                                  QString::number(es256Case()
                                                          .value(QLatin1String("expect"))
                                                          .toObject()
                                                          .value(QLatin1String("now"))
                                                          .toInteger())});
}

} // namespace

class TestKeyFileWindow : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void deviceAsKeyFile_data();
    void deviceAsKeyFile();
    void fifoWithoutWriter();
    void fifoWithWriter();

private:
    QLabel *keyError() const
    {
        return m_window->currentTab()->findChild<QLabel *>(QStringLiteral("keyError"));
    }
    QLabel *keyNotice() const
    {
        return m_window->currentTab()->findChild<QLabel *>(QStringLiteral("keyNotice"));
    }
    /// The notice says that @p fifo is waited for.
    bool saysWaitingFor(const QString &fifo) const
    {
        return keyNotice()->isVisible()
                && keyNotice()->text().startsWith(
                        QStringLiteral("Waiting for %1 to be written").arg(fifo));
    }
    /// A FIFO in @p dir given as the key file at start (the test has failed when it could not
    /// be): its path.
    QString startWithFifo(const QTemporaryDir &dir);
    /// Makes a FIFO in @p dir; its path, or empty when it cannot be made.
    static QString makeFifo(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("key.fifo"));
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }
};

void TestKeyFileWindow::deviceAsKeyFile_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
}

void TestKeyFileWindow::deviceAsKeyFile()
{
    // jwtlens-gui TOKEN --key /dev/zero grew to 4 GiB and died: now it reads up to the cap and
    // says so, naming the file and the cap, and the window goes on.
    QFETCH(QString, device);
    const StartupOptions startup = options(device);
    QVERIFY2(startup.error.isEmpty(), qPrintable(startup.error));
    Startup::apply(*m_window, startup);
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), es256Token());
    QTRY_VERIFY(keyError() && keyError()->isVisible());
    const QString error = keyError()->text();
    QVERIFY2(error.contains(device), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(4 * 1024 * 1024)), qPrintable(error)); // the cap
    QVERIFY(badge() != SignaturePane::stateText(TokenModel::VerifyState::Verified));

    // Still usable: the right key, loaded the same way, verifies the token.
    QVERIFY(m_window->signaturePane()->loadKeyFile(es256KeyFile()));
    QTRY_COMPARE(badge(), SignaturePane::stateText(TokenModel::VerifyState::Verified));
}

QString TestKeyFileWindow::startWithFifo(const QTemporaryDir &dir)
{
    // `jwtlens-gui TOKEN --key FIFO`: the token shows, and the notice says the FIFO is waited for.
    const QString fifo = dir.isValid() ? makeFifo(dir) : QString();
    [&] {
        QVERIFY(!fifo.isEmpty());
        Startup::apply(*m_window, options(fifo));
        QTRY_COMPARE(edit("tokenEdit")->toPlainText(), es256Token());
        QTRY_VERIFY2(saysWaitingFor(fifo), qPrintable(keyNotice()->text()));
    }();
    return fifo;
}

void TestKeyFileWindow::fifoWithoutWriter()
{
    // A FIFO nobody writes to blocked the window before it appeared, forever. It is read in
    // the background now: the window goes on meanwhile, and after BoundedFile's wait it says
    // that nothing came, naming the FIFO and the time.
    QTemporaryDir dir;
    const QString fifo = startWithFifo(dir);
    if (QTest::currentTestFailed())
        return;
    // While the FIFO is waited for, the window answers: an edit of the payload re-encodes the
    // token at once.
    QVERIFY(!keyError()->isVisible());
    QPlainTextEdit *payload = edit("payloadEdit");
    QVERIFY(payload);
    replaceAll(payload, QStringLiteral(R"({"sub":"typed while waiting"})"));
    QTRY_VERIFY(edit("tokenEdit")
                        ->toPlainText()
                        .startsWith(segment(es256Token(), 0) + QLatin1Char('.')
                                    + b64(R"({"sub":"typed while waiting"})")));
    QVERIFY(!keyError()->isVisible());

    const int waitSeconds = BoundedFile::DefaultWaitMs / 1000;
    QTRY_VERIFY_WITH_TIMEOUT(keyError()->isVisible(), BoundedFile::DefaultWaitMs + 10000);
    const QString error = keyError()->text();
    QVERIFY2(error.contains(fifo), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("in %1 second").arg(waitSeconds)), qPrintable(error));
    QVERIFY(badge() != SignaturePane::stateText(TokenModel::VerifyState::Verified));
    QVERIFY(!keyNotice()->isVisible()); // the wait is over
}

void TestKeyFileWindow::fifoWithWriter()
{
    // `jwtlens-gui TOKEN --key <(cat key.pem)`: a FIFO whose writer comes later loads the key.
    QTemporaryDir dir;
    const QString fifo = startWithFifo(dir);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(badge() != SignaturePane::stateText(TokenModel::VerifyState::Verified));

    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("cat \"$1\" > \"$2\""), QStringLiteral("sh"),
                  es256KeyFile(), fifo});
    QVERIFY(writer.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(badge(), SignaturePane::stateText(TokenModel::VerifyState::Verified),
                              BoundedFile::DefaultWaitMs);
    // Done with the FIFO (the events the wait above ran may have finished it already).
    QTRY_COMPARE(writer.state(), QProcess::NotRunning);
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY(!keyError()->isVisible());
    QVERIFY(!keyNotice()->isVisible());
    QVERIFY(m_window->model()->keyText().contains(QLatin1String("BEGIN PUBLIC KEY")));
}

QTEST_MAIN(TestKeyFileWindow)
#include "tst_keyfilewindow.moc"
