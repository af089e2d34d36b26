// SPDX-License-Identifier: MIT
// BoundedFile: every file a user names is read with a cap from what is read, and a FIFO
// without a writer gives up in time (issue 12, items 8 and 12).
#include "boundedfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using Status = BoundedFile::Result::Status;

class TestBoundedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void regularFile_data();
    void regularFile();
    void devices_data();
    void devices();
    void missingAndDirectory();
    void fifoWithoutWriter();
    void fifoWithWriter();

private:
    QString fifo(const char *name);
    QTemporaryDir m_dir;
};

void TestBoundedFile::regularFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<Status>("status");
    QTest::newRow("empty") << QByteArray() << qint64(16) << Status::Read;
    QTest::newRow("small") << QByteArray("secret\n") << qint64(16) << Status::Read;
    QTest::newRow("exactly the cap") << QByteArray(16, 'x') << qint64(16) << Status::Read;
    QTest::newRow("one byte over") << QByteArray(17, 'x') << qint64(16) << Status::TooLarge;
    QTest::newRow("many blocks") << QByteArray(100000, 'y') << qint64(1 << 20) << Status::Read;
}

void TestBoundedFile::regularFile()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, cap);
    QFETCH(Status, status);
    const QString path = m_dir.filePath(QStringLiteral("file"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
    file.close();
    const BoundedFile::Result read = BoundedFile::read(path, cap);
    QCOMPARE(read.status, status);
    if (status == Status::Read) {
        QCOMPARE(read.data, content);
        QVERIFY(read.error.isEmpty());
    } else {
        QVERIFY(read.data.isEmpty() || read.data.size() <= cap + 1);
        QVERIFY2(read.error.contains(path), qPrintable(read.error));
    }
}

void TestBoundedFile::devices_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Status>("status");
    // size() says 0 for these: the cap is what stops them.
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << Status::TooLarge;
    QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom") << Status::TooLarge;
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << Status::Read;
}

void TestBoundedFile::devices()
{
    QFETCH(QString, path);
    QFETCH(Status, status);
    const BoundedFile::Result read = BoundedFile::read(path, 64 * 1024);
    QCOMPARE(read.status, status);
    if (status == Status::Read)
        QVERIFY(read.data.isEmpty());
}

void TestBoundedFile::missingAndDirectory()
{
    QCOMPARE(BoundedFile::read(m_dir.filePath(QStringLiteral("none")), 16).status,
             Status::NoSuchFile);
    const BoundedFile::Result dir = BoundedFile::read(m_dir.path(), 16);
    QCOMPARE(dir.status, Status::Directory);
    QVERIFY2(dir.error.contains(QLatin1String("directory")), qPrintable(dir.error));
}

QString TestBoundedFile::fifo(const char *name)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        return {};
    return path;
}

void TestBoundedFile::fifoWithoutWriter()
{
    const QString path = fifo("silent");
    QVERIFY(!path.isEmpty());
    const BoundedFile::Result read = BoundedFile::read(path, 1024, 300);
    QCOMPARE(read.status, Status::TimedOut);
    QVERIFY2(read.error.contains(QLatin1String("FIFO")), qPrintable(read.error));
}

void TestBoundedFile::fifoWithWriter()
{
    // `--secret-file <(pass show …)`: a writer that comes a little later, writes and goes.
    const QString path = fifo("pass");
    QVERIFY(!path.isEmpty());
    std::thread writer([path] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
        if (fd < 0)
            return;
        const QByteArray secret("s3cret-from-a-pipe\n");
        [[maybe_unused]] const ssize_t n = ::write(fd, secret.constData(), size_t(secret.size()));
        ::close(fd);
    });
    const BoundedFile::Result read = BoundedFile::read(path, 1024, 5000);
    writer.join();
    QCOMPARE(read.status, Status::Read);
    QCOMPARE(read.data, QByteArray("s3cret-from-a-pipe\n"));
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
