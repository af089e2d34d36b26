// SPDX-License-Identifier: MIT
// History and Settings (app/store) on real SQLite files: what reaches the files' bytes, what
// a delete leaves, what "off" writes, and damaged or locked files.
#include "history.h"
#include "settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QByteArray secret = "s3cr3t-that-must-never-touch-the-disk-7f1c";
const QByteArray password = "hunter2-password-never-on-disk-91aa";
/// A private key's text, as a user could paste it where a token goes.
const QByteArray pemKey = "-----BEGIN PRIVATE KEY-----\n"
                          "MC4CAQAwBQYDK2VwBCIEIAq9VhXKpdFPbZNpSi+nVrJ3kNyYQZDBlRmA0ksVxHnU\n"
                          "-----END PRIVATE KEY-----\n";
const QByteArray pemBody = "MC4CAQAwBQYDK2VwBCIEIAq9VhXKpdFPbZNpSi";

QByteArray hs256(const QByteArray &payload)
{
    const QByteArray input = b64(R"({"alg":"HS256","typ":"JWT"})") + '.' + b64(payload);
    return input + '.'
            + b64(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

QByteArray tokenWith(const QByteArray &claim, qint64 exp = 4102444800 /* 2100 */)
{
    return hs256(R"({"sub":")" + claim + R"(","exp":)" + QByteArray::number(exp) + "}");
}

/// Every byte SQLite keeps for @p path: the file, its write-ahead log and its shared memory.
QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile file(path + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

struct FileState
{
    bool exists = false;
    qint64 size = -1;
    qint64 modified = -1; ///< ms
    QByteArray bytes;
    bool operator==(const FileState &o) const
    {
        return exists == o.exists && size == o.size && modified == o.modified && bytes == o.bytes;
    }
};

QList<FileState> snapshot(const QString &path)
{
    QList<FileState> states;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString name = path + QLatin1String(suffix);
        const QFileInfo info(name);
        FileState state;
        state.exists = info.exists();
        if (state.exists) {
            state.size = info.size();
            state.modified = info.lastModified().toMSecsSinceEpoch();
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                state.bytes = file.readAll();
        }
        states << state;
    }
    return states;
}

/// The middle of a token's payload segment: a distinctive substring of its base64url form.
QByteArray payloadSegment(const QByteArray &token)
{
    return token.split('.').at(1);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void offByDefault();
    void addListReopen();
    void sameTokenOnce();
    void editedTokenKeptOnce();
    void onlyTokensAreKept_data();
    void onlyTokensAreKept();
    void secretsNeverReachTheFiles();
    void deletedTokenIsGoneFromTheBytes_data();
    void deletedTokenIsGoneFromTheBytes();
    void clearDeletesTheFiles();
    void turningOffDeletesNothingAndWritesNothing();
    void keepOnlyExpired();
    void search_data();
    void search();
    void fileIsPrivate();
    void damagedFile_data();
    void damagedFile();
    void lockedFile();
    void lockedForReading();
    void settings();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistory::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")),
             "the QSQLITE driver (libqt6sql6-sqlite) is needed");
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistory::cleanup()
{
    m_dir.reset();
}

void TestHistory::offByDefault()
{
    History history(path());
    QVERIFY(!history.isEnabled());
    QCOMPARE(history.add(tokenWith("alice"), QStringLiteral("HS256 · alice")),
             History::Result::Off);
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(!QFileInfo::exists(QFileInfo(path()).absolutePath()));
    // Nothing to list, and listing makes no file.
    QCOMPARE(history.entries().value().size(), 0);
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(History::defaultPath().endsWith(QLatin1String("/history.sqlite")));
    QVERIFY(History::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestHistory::addListReopen()
{
    const QByteArray alice = tokenWith("alice");
    const QByteArray bob = tokenWith("bob", 1700000000);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    {
        History history(path());
        history.setEnabled(true);
        QCOMPARE(history.add(alice, QStringLiteral("HS256 · alice")), History::Result::Done);
        QTest::qSleep(5); // two distinct opening times
        QCOMPARE(history.add("  Bearer " + bob + "\n", QStringLiteral("HS256 · bob")),
                 History::Result::Done);
    }
    // Kept between runs: a new History on the same file reads them back.
    History history(path());
    history.setEnabled(true);
    const QList<History::Entry> entries = history.entries().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).token, bob); // newest first, without "Bearer " and whitespace
    QCOMPARE(entries.at(0).title, QStringLiteral("HS256 · bob"));
    QCOMPARE(entries.at(0).expires, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QCOMPARE(entries.at(1).token, alice);
    QVERIFY(entries.at(1).opened >= before.addMSecs(-1));
    QVERIFY(entries.at(1).opened < entries.at(0).opened);
    QCOMPARE(entries.at(1).opened.timeSpec(), Qt::UTC);
    QCOMPARE(history.token(entries.at(1).id), std::optional<QByteArray>(alice));
    QCOMPARE(history.token(9999), std::optional<QByteArray>());
}

void TestHistory::sameTokenOnce()
{
    History history(path());
    history.setEnabled(true);
    const QByteArray alice = tokenWith("alice");
    QCOMPARE(history.add(alice, QStringLiteral("first title")), History::Result::Done);
    QCOMPARE(history.add(tokenWith("carol"), QStringLiteral("carol")), History::Result::Done);
    QTest::qSleep(5);
    QCOMPARE(history.add(alice, QStringLiteral("second title")), History::Result::Done);
    const QList<History::Entry> entries = history.entries().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().token, alice); // opened again: first again
    QCOMPARE(entries.first().title, QStringLiteral("second title"));
}

void TestHistory::editedTokenKeptOnce()
{
    History history(path());
    qint64 entry = 0;
    QCOMPARE(history.addEdited(&entry, tokenWith("while-off"), QStringLiteral("off")),
             History::Result::Off);
    QCOMPARE(entry, 0);
    QVERIFY(!QFileInfo::exists(path()));
    history.setEnabled(true);
    const QByteArray opened = tokenWith("opened-6d1f");
    QCOMPARE(history.add(opened, QStringLiteral("opened")), History::Result::Done);

    // The first settled edit adds an entry of its own; the next ones change that entry.
    const QByteArray first = tokenWith("first-step-a93c");
    QCOMPARE(history.addEdited(&entry, first, QStringLiteral("step 1")), History::Result::Done);
    QVERIFY(entry > 0);
    const qint64 id = entry;
    const QByteArray second = tokenWith("second-step-77b0");
    QCOMPARE(history.addEdited(&entry, second, QStringLiteral("step 2")), History::Result::Done);
    QCOMPARE(entry, id);
    QList<History::Entry> entries = history.entries().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().id, id);
    QCOMPARE(entries.first().token, second);
    QCOMPARE(entries.first().title, QStringLiteral("step 2"));
    QCOMPARE(entries.last().token, opened);
    // The step before is gone from the bytes, as a deleted entry is.
    QByteArray bytes = fileBytes(path());
    QVERIFY(!bytes.contains(payloadSegment(first).mid(4, 24)));
    QVERIFY(!bytes.contains(first.split('.').at(2)));
    QVERIFY(bytes.contains(payloadSegment(second)));

    // Text that is not a token (half typed) changes nothing.
    QCOMPARE(history.addEdited(&entry, second.left(20), QStringLiteral("half")),
             History::Result::NotAToken);
    QCOMPARE(entry, id);
    QCOMPARE(history.entries().value().size(), 2);

    // Edited back to a token kept before: that entry comes first, the edit's entry goes, and
    // the next edit does not change the entry kept before.
    QCOMPARE(history.addEdited(&entry, opened, QStringLiteral("back")), History::Result::Done);
    QCOMPARE(entry, 0);
    entries = history.entries().value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().token, opened);
    QCOMPARE(entries.first().title, QStringLiteral("back"));
    QVERIFY(!fileBytes(path()).contains(second.split('.').at(2)));
    const QByteArray third = tokenWith("third-step-0e52");
    QCOMPARE(history.addEdited(&entry, third, QStringLiteral("step 3")), History::Result::Done);
    QVERIFY(entry > 0);
    QCOMPARE(history.entries().value().size(), 2);

    // An entry the user deleted meanwhile is added again.
    QCOMPARE(history.remove(entry), History::Result::Done);
    const QByteArray fourth = tokenWith("fourth-step-5c3a");
    QCOMPARE(history.addEdited(&entry, fourth, QStringLiteral("step 4")), History::Result::Done);
    QVERIFY(entry > 0);
    entries = history.entries().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().token, fourth);
    QCOMPARE(history.token(entry), std::optional<QByteArray>(fourth));
}

void TestHistory::onlyTokensAreKept_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("a secret") << secret;
    QTest::newRow("a password line") << "password=" + password;
    QTest::newRow("a PEM key") << pemKey;
    QTest::newRow("a JWK") << QByteArray(R"({"kty":"oct","k":"c2VjcmV0"})");
    QTest::newRow("dotted text") << QByteArray("a.b.c");
    QTest::newRow("a malformed token") << b64(R"({"typ":"JWT"})") + ".e30.";
    QTest::newRow("empty") << QByteArray();
}

void TestHistory::onlyTokensAreKept()
{
    QFETCH(QByteArray, text);
    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(text, QStringLiteral("title")), History::Result::NotAToken);
    QVERIFY(!QFileInfo::exists(path())); // refused before the file was even made
}

void TestHistory::secretsNeverReachTheFiles()
{
    // A session as the window has it: tokens signed with a secret and a key, the secret
    // and the key pasted (by mistake) where a token goes. Only tokens reach the history.
    History history(path());
    history.setEnabled(true);
    QList<QByteArray> tokens;
    for (int i = 0; i < 20; ++i) {
        tokens << tokenWith("user-" + QByteArray::number(i));
        QCOMPARE(history.add(tokens.last(), QStringLiteral("tab %1").arg(i)),
                 History::Result::Done);
    }
    QCOMPARE(history.add(secret, QStringLiteral("secret")), History::Result::NotAToken);
    QCOMPARE(history.add(pemKey, QStringLiteral("key")), History::Result::NotAToken);
    QCOMPARE(history.add("Authorization: Basic " + password.toBase64(), QString()),
             History::Result::NotAToken);

    const auto check = [&](const char *when) {
        const QByteArray bytes = fileBytes(path());
        QVERIFY2(!bytes.isEmpty(), when);
        // The scan sees what is kept (else it would prove nothing)…
        QVERIFY2(bytes.contains(payloadSegment(tokens.first())), when);
        QVERIFY2(bytes.contains(payloadSegment(tokens.last())), when);
        // …and not the secrets, in any spelling.
        for (const QByteArray &needle :
             {secret, secret.toBase64(), b64(secret), pemBody, password, password.toBase64()}) {
            QVERIFY2(!bytes.contains(needle),
                     qPrintable(QStringLiteral("%1: %2 found")
                                        .arg(QLatin1String(when), QLatin1String(needle))));
        }
    };
    check("while open");
    QVERIFY(QFileInfo::exists(path() + QStringLiteral("-wal")));
    history.setEnabled(false);
    check("after closing");
}

void TestHistory::deletedTokenIsGoneFromTheBytes_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("small token") << 0 << true;
    // Larger than a page: the token's bytes sit in overflow pages.
    QTest::newRow("12 KiB token") << 12 * 1024 << true;
    QTest::newRow("deleted while off") << 0 << false;
}

void TestHistory::deletedTokenIsGoneFromTheBytes()
{
    QFETCH(int, payloadSize);
    QFETCH(bool, enabled);
    const QByteArray distinctive = "distinctive-claim-value-4b2e9d";
    const QByteArray doomed = hs256(R"({"sub":")" + distinctive + R"(","pad":")"
                                    + QByteArray(payloadSize, 'q') + R"("})");
    const QByteArray kept = tokenWith("kept-user-0c61");
    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(tokenWith("before"), QStringLiteral("before")), History::Result::Done);
    QCOMPARE(history.add(doomed, QStringLiteral("doomed")), History::Result::Done);
    QCOMPARE(history.add(kept, QStringLiteral("kept")), History::Result::Done);

    // A distinctive piece of the payload's base64url form (a whole-token search could miss
    // a copy split across pages).
    const QByteArray segment = payloadSegment(doomed);
    const QByteArray piece = segment.mid(4, 24);
    QVERIFY(fileBytes(path()).contains(piece));

    qint64 id = 0;
    const QList<History::Entry> entries = history.entries().value();
    for (const History::Entry &e : entries) {
        if (e.token == doomed)
            id = e.id;
    }
    QVERIFY(id > 0);
    history.setEnabled(enabled);
    QCOMPARE(history.remove(id), History::Result::Done);

    const QByteArray bytes = fileBytes(path());
    QVERIFY(!bytes.contains(piece));
    QVERIFY(!bytes.contains(segment.right(24)));
    QVERIFY(!bytes.contains(distinctive)); // decoded claims are never stored either
    QVERIFY(!bytes.contains(doomed.split('.').at(2))); // nor its signature
    QVERIFY(bytes.contains(payloadSegment(kept))); // the others are still there
    QCOMPARE(QFileInfo(path() + QStringLiteral("-wal")).size() > 0, false);
    QCOMPARE(history.token(id), std::optional<QByteArray>());
    QCOMPARE(history.entries().value().size(), 2);
}

void TestHistory::clearDeletesTheFiles()
{
    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(tokenWith("alice"), QStringLiteral("a")), History::Result::Done);
    QVERIFY(QFileInfo::exists(path()));
    QCOMPARE(history.clear(), History::Result::Done);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QVERIFY(!QFileInfo::exists(path() + QLatin1String(suffix)));
    // Still on: the next token makes a new file.
    QCOMPARE(history.add(tokenWith("bob"), QStringLiteral("b")), History::Result::Done);
    QCOMPARE(history.entries().value().size(), 1);
}

void TestHistory::turningOffDeletesNothingAndWritesNothing()
{
    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(tokenWith("alice"), QStringLiteral("a")), History::Result::Done);
    QCOMPARE(history.add(tokenWith("bob"), QStringLiteral("b")), History::Result::Done);
    history.setEnabled(false);
    const QList<FileState> before = snapshot(path());
    QVERIFY(before.first().exists);

    QTest::qSleep(20); // a write now would show in the modification times
    QCOMPARE(history.add(tokenWith("carol"), QStringLiteral("c")), History::Result::Off);
    QCOMPARE(history.add(tokenWith("alice"), QStringLiteral("a again")), History::Result::Off);
    // Reading while off (the History window) neither deletes nor writes.
    const QList<History::Entry> entries = history.entries().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().title, QStringLiteral("b"));
    QCOMPARE(history.token(entries.first().id), std::optional<QByteArray>(tokenWith("bob")));
    QVERIFY(history.entries(QStringLiteral("alice")).has_value());

    const QList<FileState> after = snapshot(path());
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        QVERIFY2(after.at(i) == before.at(i), qPrintable(QStringLiteral("file %1 changed").arg(i)));

    // A second History reading the same file, as another window would, agrees.
    History other(path());
    QCOMPARE(other.entries().value().size(), 2);
    const QList<FileState> last = snapshot(path());
    for (qsizetype i = 0; i < last.size(); ++i)
        QVERIFY(last.at(i) == before.at(i));
}

void TestHistory::keepOnlyExpired()
{
    History history(path());
    history.setEnabled(true);
    const QByteArray live = tokenWith("live");
    QCOMPARE(history.add(live, QStringLiteral("live")), History::Result::Done);
    history.setKeepOnlyExpired(true);
    QCOMPARE(history.add(tokenWith("live-2"), QStringLiteral("x")), History::Result::NotExpired);
    QCOMPARE(history.add(hs256(R"({"sub":"no-exp"})"), QStringLiteral("x")),
             History::Result::NotExpired);
    const QByteArray expired = tokenWith("expired", 1600000000);
    QCOMPARE(history.add(expired, QStringLiteral("expired")), History::Result::Done);
    // What was kept before stays until the user asks.
    QCOMPARE(history.entries().value().size(), 2);
    QCOMPARE(history.removeNotExpired(), History::Result::Done);
    const QList<History::Entry> entries = history.entries().value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().token, expired);
    QVERIFY(!fileBytes(path()).contains(payloadSegment(live).mid(4, 20)));
}

void TestHistory::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("all") << QString() << QStringList {"ES256 · carol", "tab b", "tab a"};
    QTest::newRow("claim value") << QStringLiteral("alice") << QStringList {"tab a"};
    QTest::newRow("any case") << QStringLiteral("ALICE") << QStringList {"tab a"};
    QTest::newRow("claim name") << QStringLiteral("\"scope\"") << QStringList {"tab b"};
    QTest::newRow("header") << QStringLiteral("ES256") << QStringList {"ES256 · carol"};
    QTest::newRow("title") << QStringLiteral("tab") << QStringList {"tab b", "tab a"};
    QTest::newRow("issuer") << QStringLiteral("idp.example") << QStringList {"tab b", "tab a"};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList {};
}

void TestHistory::search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, titles);
    // Raw strings stay out of the macros: moc reads "//" in them as a comment.
    const QByteArray alice = hs256(R"({"sub":"alice","iss":"https://idp.example"})");
    const QByteArray bob = hs256(R"({"sub":"bob","scope":"read","iss":"https://idp.example"})");
    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(alice, QStringLiteral("tab a")), History::Result::Done);
    QTest::qSleep(3);
    QCOMPARE(history.add(bob, QStringLiteral("tab b")), History::Result::Done);
    QTest::qSleep(3);
    const QByteArray es = b64(R"({"alg":"ES256"})") + '.' + b64(R"({"sub":"carol"})") + '.'
            + b64(QByteArray(64, 'x'));
    QCOMPARE(history.add(es, QStringLiteral("ES256 · carol")), History::Result::Done);
    QStringList found;
    const QList<History::Entry> entries = history.entries(search).value();
    for (const History::Entry &e : entries)
        found << e.title;
    QCOMPARE(found, titles);
}

void TestHistory::fileIsPrivate()
{
    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(tokenWith("alice"), QStringLiteral("a")), History::Result::Done);
    const QFile::Permissions group
            = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString name = path() + QLatin1String(suffix);
        QVERIFY2(QFileInfo::exists(name), suffix);
        QCOMPARE(QFile::permissions(name) & group, QFile::Permissions());
    }
}

void TestHistory::damagedFile_data()
{
    QTest::addColumn<bool>("keepHeader");
    QTest::newRow("not a database") << false;
    QTest::newRow("damaged pages") << true;
}

void TestHistory::damagedFile()
{
    QFETCH(bool, keepHeader);
    {
        // A real history first, so that its header (or not) is kept.
        History history(path());
        history.setEnabled(true);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(history.add(tokenWith("u" + QByteArray::number(i)), QString()),
                     History::Result::Done);
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    // Keep the 100-byte header and the first page's table of contents, or not.
    QVERIFY(file.seek(keepHeader ? 100 : 0));
    file.write(QByteArray(size - (keepHeader ? 100 : 0), '\xa5'));
    file.close();

    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(tokenWith("new"), QStringLiteral("n")), History::Result::Failed);
    QVERIFY2(history.errorString().contains(QLatin1String("is damaged")),
             qPrintable(history.errorString()));
    QVERIFY(history.errorString().contains(QDir::toNativeSeparators(path())));
    QVERIFY(history.errorString().contains(QLatin1String("goes on without history")));
    QVERIFY(!history.entries().has_value());
    QVERIFY(history.errorString().contains(QLatin1String("is damaged")));
    // Clear History deletes it, and the history works again.
    QCOMPARE(history.clear(), History::Result::Done);
    QVERIFY(!QFileInfo::exists(path()));
    QCOMPARE(history.add(tokenWith("new"), QStringLiteral("n")), History::Result::Done);
    QCOMPARE(history.entries().value().size(), 1);
}

void TestHistory::lockedFile()
{
    History history(path());
    history.setEnabled(true);
    QCOMPARE(history.add(tokenWith("alice"), QStringLiteral("a")), History::Result::Done);
    const qint64 id = history.entries().value().first().id;
    {
        // Another program holds a write lock on the file.
        QSqlDatabase locker
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path());
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        QCOMPARE(history.add(tokenWith("bob"), QStringLiteral("b")), History::Result::Failed);
        QVERIFY2(history.errorString().contains(QLatin1String("in use by another program")),
                 qPrintable(history.errorString()));
        QVERIFY(history.errorString().contains(QLatin1String("goes on without history")));
        QCOMPARE(history.remove(id), History::Result::Failed);
        QVERIFY(history.errorString().contains(QLatin1String("in use by another program")));
        QCOMPARE(history.clear(), History::Result::Failed);
        QVERIFY(QFileInfo::exists(path())); // not taken away from the other program

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock = QSqlQuery();
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    // Once the other program lets go, the history goes on.
    QCOMPARE(history.add(tokenWith("bob"), QStringLiteral("b")), History::Result::Done);
    QCOMPARE(history.entries().value().size(), 2);
}

void TestHistory::lockedForReading()
{
    {
        History history(path());
        history.setEnabled(true);
        QCOMPARE(history.add(tokenWith("alice"), QStringLiteral("a")), History::Result::Done);
    }
    {
        // Exclusive locking mode: after its first write, the other program keeps even
        // readers out.
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("reader-locker"));
        locker.setDatabaseName(path());
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("CREATE TABLE other (x)")));
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        History history(path());
        history.setEnabled(true);
        QVERIFY(!history.entries().has_value());
        QVERIFY2(history.errorString().contains(QLatin1String("in use by another program")),
                 qPrintable(history.errorString()));
        QCOMPARE(history.add(tokenWith("bob"), QStringLiteral("b")), History::Result::Failed);
        lock = QSqlQuery();
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader-locker"));
}

void TestHistory::settings()
{
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(ini);
        QVERIFY(!settings.historyEnabled());
        QVERIFY(!settings.historyKeepsOnlyExpired());
        settings.setHistoryEnabled(true);
        settings.setHistoryKeepsOnlyExpired(true);
        settings.sync();
    }
    Settings settings(ini);
    QVERIFY(settings.historyEnabled());
    QVERIFY(settings.historyKeepsOnlyExpired());
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("[history]"));
    QVERIFY(text.contains("enabled=true"));
    QVERIFY(text.contains("keepOnlyExpired=true"));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
