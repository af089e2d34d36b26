// SPDX-License-Identifier: MIT
// What `jwtlens` reads: every file, FIFO, device and standard input goes through one bounded
// reader (BoundedFile), with a stated cap per kind and an error naming the input and the cap;
// a FIFO is read like a pipe and given up when nobody writes to it (issue 12, items 8, 10, 12).
// And what keygen writes: a read-only --public-out file is left alone, a large RSA key says
// that it takes time (item 11, 17).
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

/// Not among the built-in weak secrets: crack must read the wordlist to find it.
const QByteArray wordlistSecret = "fifo-wordlist-secret-5d1c";

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// An HS256 token signed here, independently of jwtlens.
QByteArray hs256(const QByteArray &key)
{
    const QByteArray input = b64(R"({"alg":"HS256","typ":"JWT"})") + '.'
            + b64(R"({"sub":"fifo","name":"Through a pipe"})");
    return input + '.'
            + b64(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256));
}

/// Writes @p content into the FIFO @p path once a reader has opened it; gives up after
/// @p waitMs when nobody opens it (so a test never hangs on its own writer).
class FifoWriter
{
public:
    FifoWriter(const QString &path, const QByteArray &content, int waitMs = 20000)
        : m_thread([path = QFile::encodeName(path), content, waitMs, this] {
            QDeadlineTimer deadline(waitMs);
            int fd = -1;
            while (fd < 0 && !deadline.hasExpired()) {
                fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
                if (fd < 0)
                    QThread::msleep(20); // ENXIO: no reader yet
            }
            if (fd < 0)
                return;
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            qsizetype done = 0;
            while (done < content.size()) {
                const ssize_t n
                        = ::write(fd, content.constData() + done, size_t(content.size() - done));
                if (n <= 0)
                    break;
                done += n;
            }
            m_written = done;
            ::close(fd);
        })
    { }
    ~FifoWriter()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    qsizetype written()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_written;
    }

private:
    std::atomic<qsizetype> m_written {-1};
    std::thread m_thread;
};

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fifoInputs_data();
    void fifoInputs();
    void fifoWithoutWriter_data();
    void fifoWithoutWriter();
    void processSubstitution();
    void standardInputCapped_data();
    void standardInputCapped();
    void deviceAsInput_data();
    void deviceAsInput();
    void publicOutReadOnly();
    void publicOutKeepsMode();
    void slowRsaKeySaysSo();

private:
    QString fifo(const QString &name);
    QTemporaryDir m_dir;
    QByteArray m_token;
};

void TestCliInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_token = hs256(wordlistSecret);
}

QString TestCliInput::fifo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        return {};
    return path;
}

void TestCliInput::fifoInputs_data()
{
    // "FIFO" in the arguments is replaced by the FIFO's path; the content is written into it.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("out"); // a part of standard output
    const QString token = QString::fromLatin1(hs256(wordlistSecret));
    QTest::newRow("decode TOKEN") << QStringList {"decode", "FIFO"} << hs256(wordlistSecret) + '\n'
                                  << QByteArray("Through a pipe");
    QTest::newRow("verify --secret-file")
            << QStringList {"verify", "--secret-file", "FIFO", token} << wordlistSecret + '\n'
            << QByteArray(R"("valid": true)");
    QTest::newRow("verify --key (a JWK)") << QStringList {"verify", "--key", "FIFO", token}
                                          << R"({"kty":"oct","k":")" + b64(wordlistSecret) + R"("})"
                                          << QByteArray(R"("valid": true)");
    QTest::newRow("crack --wordlist") << QStringList {"crack", "--wordlist", "FIFO", token}
                                      << "one\ntwo\n" + wordlistSecret + "\nfour\n"
                                      << "found: " + wordlistSecret + '\n';
    QTest::newRow("find FILE") << QStringList {"find", "FIFO"}
                               << "Authorization: Bearer " + hs256(wordlistSecret) + "\r\n"
                               << hs256(wordlistSecret).left(20);
}

void TestCliInput::fifoInputs()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, out);
    const QString path = fifo(QStringLiteral("input.fifo"));
    QVERIFY(!path.isEmpty());
    args.replaceInStrings(QStringLiteral("FIFO"), path);
    FifoWriter writer(path, content);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(writer.written(), content.size());
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY2(run.out.contains(out), run.out);
}

void TestCliInput::fifoWithoutWriter_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("part");
    const QString token = QString::fromLatin1(hs256(wordlistSecret));
    // The same reader serves every path; one row per kind of error part (each waits 10 s).
    QTest::newRow("TOKEN") << QStringList {"decode", "FIFO"} << "token";
    QTest::newRow("--secret-file")
            << QStringList {"verify", "--secret-file", "FIFO", token} << "key";
}

void TestCliInput::fifoWithoutWriter()
{
    QFETCH(QStringList, args);
    QFETCH(QString, part);
    const QString path = fifo(QStringLiteral("silent.fifo"));
    QVERIFY(!path.isEmpty());
    args.replaceInStrings(QStringLiteral("FIFO"), path);
    QElapsedTimer timer;
    timer.start();
    const CliRun run = runJwtlens(args, QByteArray(), 30000);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
    QVERIFY2(run.err.contains("nothing came from " + QFile::encodeName(path) + " in 10 second"),
             run.err);
    QVERIFY(run.out.isEmpty());
}

void TestCliInput::processSubstitution()
{
    // `--secret-file <(pass show …)`: bash hands over /dev/fd/N, a pipe, which must work.
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
    const QString script
            = QStringLiteral("\"$0\" verify --secret-file <(printf %s '%1') '%2'")
                      .arg(QString::fromLatin1(wordlistSecret), QString::fromLatin1(m_token));
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, jwtlensBinary()});
    QVERIFY(bash.waitForFinished(30000));
    QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError());
    QVERIFY(bash.readAllStandardOutput().startsWith(R"({"valid": true)"));
}

void TestCliInput::standardInputCapped_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("part");
    QTest::newRow("decode -") << QStringList {"decode", "-"}
                              << QByteArray("standard input is larger than 16 MiB") << "token";
    QTest::newRow("lint") << QStringList {"lint"}
                          << QByteArray("standard input is larger than 16 MiB") << "token";
    QTest::newRow("key info -") << QStringList {"key", "info", "-"}
                                << QByteArray("standard input is larger than 16 MiB") << "key";
}

void TestCliInput::standardInputCapped()
{
    // 17 MiB of one long line: refused after the cap is read, whatever follows.
    QFETCH(QStringList, args);
    QFETCH(QByteArray, reason);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(args, QByteArray(17 * 1024 * 1024, 'a'), 60000);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
    QVERIFY2(run.err.contains(reason), run.err);
    QVERIFY(run.out.isEmpty());
}

void TestCliInput::deviceAsInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("reason");
    const QString token = QString::fromLatin1(hs256(wordlistSecret));
    QTest::newRow("TOKEN") << QStringList {"decode", "/dev/zero"} << "token"
                           << QByteArray("/dev/zero is larger than 16 MiB");
    QTest::newRow("--key") << QStringList {"verify", "--key", "/dev/zero", token} << "key"
                           << QByteArray("/dev/zero is larger than 16 MiB");
    QTest::newRow("--password-file")
            << QStringList {"decrypt", "--password-file", "/dev/zero", token} << "key"
            << QByteArray("/dev/zero is larger than 1 MiB");
    QTest::newRow("find FILE") << QStringList {"find", "/dev/zero"} << "usage"
                               << QByteArray("/dev/zero is larger than 256 MiB");
    QTest::newRow("diff FILE") << QStringList {"diff", "/dev/zero", token} << "usage"
                               << QByteArray("/dev/zero is larger than 16 MiB");
}

void TestCliInput::deviceAsInput()
{
    // A device says it is 0 bytes long and never ends: read up to the cap, then refused.
    QFETCH(QStringList, args);
    QFETCH(QString, part);
    QFETCH(QByteArray, reason);
    const CliRun run = runJwtlens(args, QByteArray(), 60000);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
    QVERIFY2(run.err.contains(reason), run.err);
}

void TestCliInput::publicOutReadOnly()
{
    // 0444 says "do not replace": refused, also when run as root (who could write it).
    const QString path = m_dir.filePath(QStringLiteral("read-only.pub.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("kept\n");
    file.close();
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::ReadUser
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const CliRun run = runJwtlens({"keygen", "--alg", "ES256", "--public-out", path});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), QStringLiteral("key"));
    QVERIFY2(run.err.contains("it is read-only"), run.err);
    QVERIFY(run.out.isEmpty()); // no private key printed without its public half
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("kept\n"));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0444));
}

void TestCliInput::publicOutKeepsMode()
{
    // A writable file is replaced (atomically) and keeps its mode: 0640 stays 0640.
    const QString path = m_dir.filePath(QStringLiteral("group.pub.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("old\n");
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
    const CliRun run = runJwtlens({"keygen", "--alg", "ES256", "--public-out", path});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(run.out.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("-----BEGIN PUBLIC KEY-----"));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0640));
}

void TestCliInput::slowRsaKeySaysSo()
{
    // Above 4096 bits keygen says on standard error, before the wait, that it takes time
    // (on a terminal it then shows the primes found and candidates tested). 4104 bits is
    // the smallest size that says it and still takes only seconds.
    const CliRun run = runJwtlens({"keygen", "--alg", "RS256", "--bits", "4104"}, {}, 120000);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(run.err, QByteArray("jwtlens: making a 4104-bit RSA key: this can take minutes\n"));
    QVERIFY(run.out.startsWith("-----BEGIN PRIVATE KEY-----"));
    const CliRun small = runJwtlens({"keygen", "--alg", "RS256", "--bits", "4096"}, {}, 120000);
    CLI_VERIFY_RAN(small);
    QVERIFY2(small.exitCode == 0, small.err);
    QVERIFY2(small.err.isEmpty(), small.err);
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cliinput.moc"
