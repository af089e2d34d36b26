// SPDX-License-Identifier: MIT
#include "crack.h"
#include "findings.h"
#include "token.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

#include <thread>

namespace {

// Signed with PyJWT 2.6; the secrets are in the comments.
// "your-256-bit-secret" (jwt.io's default token)
const char jwtIoToken[]
        = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
          "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJ"
          "V_adQssw5c";
// "keyboard cat", HS384
const char keyboardCat384[]
        = "eyJhbGciOiJIUzM4NCIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsInNjb3BlIjoicmV"
          "hZCJ9.ZZi_IcvHz2HC0WX2m8rMeMJC4VrS3yuMxoGoEJ633Zy1g8NRAKSSqm7-zFqTGTF0";
// "shhhhh", HS512
const char shhhhh512[]
        = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsInNjb3BlIjoicmVhZCJ9."
          "SvldppXs7lB_AgaBCGURLlz2qqK6OHkvfRDj-r4jFTRwQl6k6_PVZFOiXcQdw48mrrK_wxweQf"
          "DAhoCb0b3X2g";
// the empty secret
const char emptySecret[]
        = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.c91ygjckul8mk7Qh0t1"
          "wR6EDud_Wv-vLoVIdNwsatHs";
// "tr0ub4dor&3 not in any list", HS256 / HS384 / HS512
const char strong256[]
        = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImlhdCI6MTcwMDAwMDAwMH"
          "0.4LaAOIxA4SycRWpWf6IE0dhuSQky2TtA0JAVxGQjZTA";
const char strong384[]
        = "eyJhbGciOiJIUzM4NCIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImlhdCI6MTcwMDAwMDAwMH"
          "0.sS8wptqXI22cg0ddArVzaoO9gKq0V_pIvO72_LkjR6j13w3HdSnZOOnN5THkkLtb";
const char strong512[]
        = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImlhdCI6MTcwMDAwMDAwMH"
          "0.E1-OS0H-svRiH8ILDPkpy4jGsU47B36ERZ1fP8yiN6gGyU_b2C7QjNqAssAx95jyFXxYvhLMN"
          "OUQCtuUOq2oUw";
const QByteArray strongSecret = "tr0ub4dor&3 not in any list";

Token parse(const char *text)
{
    return Token::parse(QString::fromLatin1(text));
}

/// Filler candidates, none of them the secret.
QByteArray filler(int lines, const char *prefix = "candidate-")
{
    QByteArray out;
    out.reserve(lines * 20);
    for (int i = 0; i < lines; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

} // namespace

class TestCrack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commonSecret_data();
    void commonSecret();
    void strongSecretIsNotCommon_data();
    void strongSecretIsNotCommon();
    void wordlist_data();
    void wordlist();
    void wordlistFromPipe();
    void missingWordlist();
    void refused_data();
    void refused();
    void cancelFromProgress();
    void cancelDuringCommonSecrets();
    void asynchronousFind();
    void asynchronousCancel();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content);
};

void TestCrack::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCrack::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void TestCrack::commonSecret_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("jwt.io default HS256")
            << QByteArray(jwtIoToken) << QByteArray("your-256-bit-secret");
    QTest::newRow("keyboard cat HS384") << QByteArray(keyboardCat384) << QByteArray("keyboard cat");
    QTest::newRow("shhhhh HS512") << QByteArray(shhhhh512) << QByteArray("shhhhh");
    QTest::newRow("empty secret") << QByteArray(emptySecret) << QByteArray();
    QTest::newRow("Bearer prefix, product sample")
            << QByteArray("Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyLWlkIjo1fQ."
                          "tBQu0HfnOYK7lL3tH5ImgsI-y4Jz1RKscJWbV3U2QMI")
            << QByteArray("secret");
}

void TestCrack::commonSecret()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, secret);
    const Token t = Token::parse(QString::fromLatin1(token));
    QVERIFY(Crack::refusal(t).isEmpty());

    const std::optional<QByteArray> found = Crack::tryCommonSecrets(t);
    QVERIFY(found.has_value());
    QCOMPARE(*found, secret);

    const QList<Finding> findings = Crack::weakSecretFindings(t);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().id, QStringLiteral("weak-secret"));
    QCOMPARE(findings.first().severity, Finding::Severity::Error);
    if (!secret.isEmpty())
        QVERIFY(findings.first().message.contains(QString::fromUtf8(secret)));

    const Crack::Result result = Crack::run(t, Crack::Options());
    QCOMPARE(result.outcome, Crack::Outcome::Found);
    QCOMPARE(result.secret, secret);
    QVERIFY(result.tried >= 1);
}

void TestCrack::strongSecretIsNotCommon_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("HS256") << QByteArray(strong256);
    QTest::newRow("HS384") << QByteArray(strong384);
    QTest::newRow("HS512") << QByteArray(strong512);
}

void TestCrack::strongSecretIsNotCommon()
{
    QFETCH(QByteArray, token);
    const Token t = Token::parse(QString::fromLatin1(token));
    QVERIFY(!Crack::tryCommonSecrets(t).has_value());
    QVERIFY(Crack::weakSecretFindings(t).isEmpty());
    const Crack::Result result = Crack::run(t, Crack::Options());
    QCOMPARE(result.outcome, Crack::Outcome::NotFound);
    QCOMPARE(result.tried, Findings::commonSecrets().size() + 1); // the list and ""
}

void TestCrack::wordlist_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("threads");
    QTest::addColumn<bool>("found");

    const QByteArray lots = filler(200000);
    QTest::newRow("first line, 1 thread")
            << QByteArray(strong256) << strongSecret + '\n' + lots << 1 << true;
    QTest::newRow("middle, 2 threads")
            << QByteArray(strong256) << lots + strongSecret + '\n' + lots << 2 << true;
    QTest::newRow("last line without newline, 4 threads")
            << QByteArray(strong384) << lots + strongSecret << 4 << true;
    QTest::newRow("CRLF lines, HS512")
            << QByteArray(strong512) << QByteArray("a\r\nb\r\n") + strongSecret + "\r\nc\r\n"
            << 3 << true;
    QTest::newRow("blank lines around it")
            << QByteArray(strong256) << QByteArray("\n\n\n") + strongSecret + "\n\n"
            << 2 << true;
    QTest::newRow("not in the list") << QByteArray(strong256) << lots << 2 << false;
    QTest::newRow("near misses") << QByteArray(strong256)
                                 << strongSecret + " \n" + strongSecret.chopped(1) + "\n "
                    + strongSecret + '\n'
                                 << 2 << false;
    QTest::newRow("empty file") << QByteArray(strong256) << QByteArray() << 2 << false;
}

void TestCrack::wordlist()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, content);
    QFETCH(int, threads);
    QFETCH(bool, found);
    const QString path = write(QStringLiteral("words.txt"), content);
    QVERIFY(!path.isEmpty());

    Crack::Options options;
    options.wordlist = path;
    options.threads = threads;
    QList<Crack::Progress> reports;
    const Crack::Result result = Crack::run(Token::parse(QString::fromLatin1(token)), options,
                                            [&](const Crack::Progress &p) { reports.append(p); });
    QCOMPARE(result.outcome, found ? Crack::Outcome::Found : Crack::Outcome::NotFound);
    if (found)
        QCOMPARE(result.secret, strongSecret);
    else
        QVERIFY(result.secret.isEmpty());
    QVERIFY(result.error.isEmpty());
    QVERIFY(!reports.isEmpty()); // at least the final report
    QCOMPARE(reports.last().tried, result.tried);
    if (!found) {
        // every non-empty line once, after the built-in list and ""
        const qsizetype lines
                = content.count('\n') + (content.isEmpty() || content.endsWith('\n') ? 0 : 1);
        QCOMPARE(result.tried, Findings::commonSecrets().size() + 1 + lines);
    }
}

void TestCrack::wordlistFromPipe()
{
    // A FIFO cannot be mapped: the block-reading path.
    const QString path = m_dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const QByteArray content = filler(50000) + strongSecret + '\n' + filler(1000, "tail-");
    std::thread writer([&] {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    });
    Crack::Options options;
    options.wordlist = path;
    options.threads = 2;
    const Crack::Result result = Crack::run(parse(strong256), options);
    writer.join();
    QCOMPARE(result.outcome, Crack::Outcome::Found);
    QCOMPARE(result.secret, strongSecret);
}

void TestCrack::missingWordlist()
{
    Crack::Options options;
    options.wordlist = m_dir.filePath(QStringLiteral("does-not-exist.txt"));
    const Crack::Result result = Crack::run(parse(strong256), options);
    QCOMPARE(result.outcome, Crack::Outcome::Failed);
    QVERIFY(result.error.contains(QStringLiteral("does-not-exist.txt")));
}

void TestCrack::refused_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("RS256") << QStringLiteral(
            "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UifQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2V");
    QTest::newRow("alg none") << QStringLiteral("eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UifQ.");
    QTest::newRow("JWE") << QStringLiteral(
            "eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn");
    QTest::newRow("HS256 with a 16-byte signature")
            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UifQ.AAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("HS256 with an empty signature")
            << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UifQ.");
    QTest::newRow("not a token") << QStringLiteral("hello");
    QTest::newRow("empty") << QString();
}

void TestCrack::refused()
{
    QFETCH(QString, token);
    const Token t = Token::parse(token);
    QVERIFY(!Crack::refusal(t).isEmpty());
    QVERIFY(!Crack::tryCommonSecrets(t).has_value());
    QVERIFY(Crack::weakSecretFindings(t).isEmpty());
    const Crack::Result result = Crack::run(t, Crack::Options());
    QCOMPARE(result.outcome, Crack::Outcome::Refused);
    QCOMPARE(result.error, Crack::refusal(t));
    QCOMPARE(result.tried, 0);
}

void TestCrack::cancelFromProgress()
{
    const int lines = 3000000;
    const QString path = write(QStringLiteral("big.txt"), filler(lines));
    QVERIFY(!path.isEmpty());
    Crack::Options options;
    options.wordlist = path;
    options.threads = 2;
    options.progressIntervalMs = 10;
    std::atomic<bool> cancel {false};
    int reports = 0;
    const Crack::Result result = Crack::run(
            parse(strong256), options,
            [&](const Crack::Progress &p) {
                ++reports;
                // bytesTotal is 0 while the built-in list is tried (no wordlist read yet).
                QVERIFY(p.bytesDone <= p.bytesTotal || p.bytesTotal == 0);
                cancel = true;
            },
            &cancel);
    QCOMPARE(result.outcome, Crack::Outcome::Cancelled);
    QVERIFY(result.tried < lines);
    QVERIFY(reports >= 1);
}

/// On a token of megabytes the ~450 built-in secrets take seconds: cancel stops them too.
void TestCrack::cancelDuringCommonSecrets()
{
    const auto b64 = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray payload = "{\"pad\":\"" + QByteArray(8 * 1024 * 1024, 'x') + "\"}";
    const Token token = Token::parse(QString::fromLatin1(
            b64(R"({"alg":"HS256"})") + '.' + b64(payload) + '.' + b64(QByteArray(32, '\x5a'))));
    QVERIFY(token.hasAlg());
    Crack::Options options;
    options.progressIntervalMs = 10;
    std::atomic<bool> cancel {false};
    int reports = 0;
    const Crack::Result result = Crack::run(
            token, options,
            [&](const Crack::Progress &) {
                ++reports;
                cancel = true;
            },
            &cancel);
    QCOMPARE(result.outcome, Crack::Outcome::Cancelled);
    QVERIFY(reports >= 1);
    QVERIFY(result.tried < Findings::commonSecrets().size());
}

void TestCrack::asynchronousFind()
{
    const QString path = write(QStringLiteral("async.txt"), filler(100000) + strongSecret + '\n');
    Crack crack;
    QSignalSpy finished(&crack, &Crack::finished);
    QSignalSpy progress(&crack, &Crack::progressChanged);
    Crack::Options options;
    options.wordlist = path;
    QVERIFY(crack.start(parse(strong256), options));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const Crack::Result result = qvariant_cast<Crack::Result>(finished.first().first());
    QCOMPARE(result.outcome, Crack::Outcome::Found);
    QCOMPARE(result.secret, strongSecret);
    QCOMPARE(crack.result().secret, strongSecret);
    QVERIFY(!crack.isRunning());
    QVERIFY(progress.count() >= 1);
    QVERIFY(crack.wait());

    // It can be started again, and refuses at once what it cannot crack.
    QVERIFY(crack.start(parse("eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UifQ."), options));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(crack.result().outcome, Crack::Outcome::Refused);
}

void TestCrack::asynchronousCancel()
{
    const QString path = write(QStringLiteral("cancel.txt"), filler(3000000));
    Crack crack;
    QSignalSpy finished(&crack, &Crack::finished);
    Crack::Options options;
    options.wordlist = path;
    QVERIFY(crack.start(parse(strong256), options));
    QVERIFY(crack.isRunning());
    QVERIFY(!crack.start(parse(strong256), options)); // one search at a time
    crack.cancel();
    QVERIFY(crack.wait(60000));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(crack.result().outcome, Crack::Outcome::Cancelled);
    QVERIFY(crack.result().tried < 3000000);
}

QTEST_GUILESS_MAIN(TestCrack)
#include "tst_crack.moc"
