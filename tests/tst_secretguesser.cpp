// SPDX-License-Identifier: MIT
// SecretGuesser: one search for an HS* token's secret off the calling thread, with its
// reports, cancel, abandon and destruction (the logic under the "Guess the secret" panel).
#include "findings.h"
#include "secretguesser.h"
#include "token.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// An HS256 token over @p payload signed with @p secret (Qt's HMAC, not the engine's).
QString hs256Text(const QByteArray &secret, const QByteArray &payload = "{\"sub\":\"tester\"}")
{
    const QByteArray input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + '.' + b64(payload);
    const QByteArray mac
            = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + b64(mac));
}

Token hs256(const QByteArray &secret, const QByteArray &payload = "{\"sub\":\"tester\"}")
{
    return Token::parse(hs256Text(secret, payload));
}

/// Every candidate costs an HMAC over 64 KiB: with a big wordlist the search runs for
/// seconds, long enough to stop it.
Token slowToken()
{
    return hs256("the secret is nowhere", "{\"pad\":\"" + QByteArray(64 * 1024, 'x') + "\"}");
}

/// Writes @p lines candidates "cand-<n>" (and @p extra after them) to @p path.
bool writeWordlist(const QString &path, int lines, const QByteArray &extra = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block;
    for (int i = 0; i < lines; ++i) {
        block += "cand-" + QByteArray::number(i, 16) + '\n';
        if (block.size() > 1 << 20) {
            file.write(block);
            block.clear();
        }
    }
    block += extra;
    return file.write(block) == block.size() && file.flush();
}

SecretGuesser::Result resultOf(const QSignalSpy &finished)
{
    return finished.first().first().value<SecretGuesser::Result>();
}

} // namespace

class TestSecretGuesser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void refusal_data();
    void refusal();
    void builtInSecretFound();
    void wordlistSecretFound();
    void notFoundCountsEveryCandidate();
    void refusedTokenFinishesAtOnce();
    void unreadableWordlistFails();
    void oneSearchAtATime();
    void cancelStopsTheSearch();
    void abandonedSearchGoesQuietAndDeletesItself();
    void abandonedAfterFinishingDeletesItself();
    void destroyedWhileRunning();

private:
    QTemporaryDir m_dir;
    QString m_bigWordlist;
};

void TestSecretGuesser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bigWordlist = m_dir.filePath(QStringLiteral("big.txt"));
    QVERIFY(writeWordlist(m_bigWordlist, 2000000));
}

void TestSecretGuesser::refusal_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("reason"); // empty: not refused
    QTest::newRow("HS256") << hs256Text("changeme") << QString();
    QTest::newRow("RS256 (RFC 7515 A.2's header)")
            << QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.")
                    + QString::fromLatin1(b64(QByteArray(256, 'r')))
            << QStringLiteral("RS256");
    QTest::newRow("HS256 with a short signature")
            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln") << QStringLiteral("32");
}

void TestSecretGuesser::refusal()
{
    QFETCH(QString, token);
    QFETCH(QString, reason);
    const QString refusal = SecretGuesser::refusal(Token::parse(token));
    if (reason.isEmpty())
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    else
        QVERIFY2(refusal.contains(reason), qPrintable(refusal));
}

void TestSecretGuesser::builtInSecretFound()
{
    QVERIFY(Findings::commonSecrets().contains(QStringLiteral("changeme")));
    SecretGuesser guesser;
    QSignalSpy progress(&guesser, &SecretGuesser::progressChanged);
    QSignalSpy finished(&guesser, &SecretGuesser::finished);
    QVERIFY(guesser.start(hs256("changeme"), QString()));
    QTRY_COMPARE(finished.size(), 1);
    const SecretGuesser::Result result = resultOf(finished);
    QCOMPARE(result.outcome, SecretGuesser::Outcome::Found);
    QVERIFY(result.found());
    QCOMPARE(result.secret, QByteArray("changeme"));
    QVERIFY(result.tried > 0);
    QVERIFY(result.error.isEmpty());
    QVERIFY(!guesser.isRunning());
    QCOMPARE(guesser.result().secret, result.secret);
    // The last report comes before the end.
    QVERIFY(progress.size() >= 1);
    QCOMPARE(progress.last().first().value<SecretGuesser::Progress>().tried, result.tried);
}

void TestSecretGuesser::wordlistSecretFound()
{
    const QByteArray secret = "a wordlist secret, not in any built-in list";
    QVERIFY(!Findings::commonSecrets().contains(QString::fromUtf8(secret)));
    const QString path = m_dir.filePath(QStringLiteral("words.txt"));
    QVERIFY(writeWordlist(path, 50000, secret + "\r\nafter\n"));
    SecretGuesser guesser;
    QSignalSpy progress(&guesser, &SecretGuesser::progressChanged);
    QSignalSpy finished(&guesser, &SecretGuesser::finished);
    QVERIFY(guesser.start(hs256(secret), path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(resultOf(finished).outcome, SecretGuesser::Outcome::Found);
    QCOMPARE(resultOf(finished).secret, secret);
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().first().value<SecretGuesser::Progress>();
    QCOMPARE(last.bytesTotal, QFileInfo(path).size());
    QVERIFY(last.seconds >= 0);
}

void TestSecretGuesser::notFoundCountsEveryCandidate()
{
    const QString path = m_dir.filePath(QStringLiteral("small.txt"));
    QVERIFY(writeWordlist(path, 1000));
    SecretGuesser guesser;
    QSignalSpy finished(&guesser, &SecretGuesser::finished);
    QVERIFY(guesser.start(hs256("not in the list, not in the file"), path));
    QTRY_COMPARE(finished.size(), 1);
    const SecretGuesser::Result result = resultOf(finished);
    QCOMPARE(result.outcome, SecretGuesser::Outcome::NotFound);
    QVERIFY(result.secret.isEmpty());
    // The built-in list, the empty secret and the file's 1000 lines.
    QCOMPARE(result.tried, Findings::commonSecrets().size() + 1 + 1000);
}

void TestSecretGuesser::refusedTokenFinishesAtOnce()
{
    SecretGuesser guesser;
    QSignalSpy finished(&guesser, &SecretGuesser::finished);
    const Token token = Token::parse(QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.")
                                     + QString::fromLatin1(b64(QByteArray(256, 'r'))));
    QVERIFY(guesser.start(token, QString()));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).outcome, SecretGuesser::Outcome::Refused);
    QCOMPARE(resultOf(finished).error, SecretGuesser::refusal(token));
}

void TestSecretGuesser::unreadableWordlistFails()
{
    SecretGuesser guesser;
    QSignalSpy finished(&guesser, &SecretGuesser::finished);
    QVERIFY(guesser.start(hs256("the secret is nowhere"),
                          m_dir.filePath(QStringLiteral("does-not-exist.txt"))));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).outcome, SecretGuesser::Outcome::Failed);
    QVERIFY2(resultOf(finished).error.contains(QLatin1String("does-not-exist.txt")),
             qPrintable(resultOf(finished).error));
}

void TestSecretGuesser::oneSearchAtATime()
{
    SecretGuesser guesser;
    QSignalSpy finished(&guesser, &SecretGuesser::finished);
    QVERIFY(guesser.start(slowToken(), m_bigWordlist));
    QVERIFY(guesser.isRunning());
    QVERIFY(!guesser.start(hs256("changeme"), QString()));
    guesser.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).outcome, SecretGuesser::Outcome::Cancelled);
}

void TestSecretGuesser::cancelStopsTheSearch()
{
    SecretGuesser guesser;
    QSignalSpy progress(&guesser, &SecretGuesser::progressChanged);
    QSignalSpy finished(&guesser, &SecretGuesser::finished);
    QVERIFY(guesser.start(slowToken(), m_bigWordlist));
    QTRY_VERIFY_WITH_TIMEOUT(
            !progress.isEmpty()
                    && progress.last().first().value<SecretGuesser::Progress>().tried
                            > Findings::commonSecrets().size(),
            20000);
    guesser.cancel();
    QTRY_COMPARE(finished.size(), 1);
    const SecretGuesser::Result result = resultOf(finished);
    QCOMPARE(result.outcome, SecretGuesser::Outcome::Cancelled);
    QVERIFY(result.tried > 0);
    QVERIFY(!guesser.isRunning());
    QVERIFY(guesser.wait(0));
    const auto last = progress.last().first().value<SecretGuesser::Progress>();
    QVERIFY(last.bytesDone < last.bytesTotal);
}

void TestSecretGuesser::abandonedSearchGoesQuietAndDeletesItself()
{
    QPointer<SecretGuesser> guesser = new SecretGuesser;
    QSignalSpy progress(guesser.data(), &SecretGuesser::progressChanged);
    QSignalSpy finished(guesser.data(), &SecretGuesser::finished);
    QVERIFY(guesser->start(slowToken(), m_bigWordlist));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
    guesser->abandon();
    const qsizetype reports = progress.size();
    QVERIFY(!guesser->start(hs256("changeme"), QString()));
    QTRY_VERIFY(!guesser); // it stopped, and deleted itself
    QCOMPARE(progress.size(), reports);
    QCOMPARE(finished.size(), 0);
}

void TestSecretGuesser::abandonedAfterFinishingDeletesItself()
{
    QPointer<SecretGuesser> guesser = new SecretGuesser;
    QSignalSpy finished(guesser.data(), &SecretGuesser::finished);
    QVERIFY(guesser->start(hs256("changeme"), QString()));
    QTRY_COMPARE(finished.size(), 1);
    guesser->abandon();
    QTRY_VERIFY(!guesser);
}

void TestSecretGuesser::destroyedWhileRunning()
{
    auto guesser = std::make_unique<SecretGuesser>();
    QSignalSpy finished(guesser.get(), &SecretGuesser::finished);
    QVERIFY(guesser->start(slowToken(), m_bigWordlist));
    QVERIFY(guesser->isRunning());
    // The workers stop and the search is freed (checked for leaks under LeakSanitizer);
    // nothing is delivered afterwards.
    guesser.reset();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestSecretGuesser)
#include "tst_secretguesser.moc"
