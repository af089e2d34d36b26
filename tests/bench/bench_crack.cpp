// SPDX-License-Identifier: MIT
// Crack's candidate rate: a 300-byte HS* token against a wordlist of 2 million candidates
// (none of them the secret, so every one is tried), on one thread and on all cores. The
// target is at least 1 million HS256 candidates per second per core. Prints the rates; the
// QBENCHMARK figure is the time of one full pass.
#include "base64url.h"
#include "crack.h"
#include "token.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

constexpr int candidates = 2000000;

/// A token of exactly 300 characters; the signature bytes are arbitrary (nothing matches).
QString token300(const char *alg, int signatureBytes)
{
    const QByteArray header
            = Base64Url::encode(QByteArray(R"({"alg":")") + alg + R"(","typ":"JWT"})");
    const QByteArray signature = Base64Url::encode(QByteArray(signatureBytes, '\x5a'));
    const qsizetype room = 300 - header.size() - signature.size() - 2;
    // A payload whose encoding fills the rest: {"sub":"xxxx…"}
    QByteArray payload;
    for (int n = 0;; ++n) {
        payload = Base64Url::encode(R"({"sub":")" + QByteArray(n, 'x') + R"("})");
        if (payload.size() >= room)
            break;
    }
    return QString::fromLatin1(header + '.' + payload.left(room) + '.' + signature);
}

} // namespace

class BenchCrack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rate_data();
    void rate();

private:
    QTemporaryDir m_dir;
    QString m_wordlist;
};

void BenchCrack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_wordlist = m_dir.filePath(QStringLiteral("words.txt"));
    QFile f(m_wordlist);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray block;
    for (int i = 0; i < candidates; ++i) {
        block += "candidate-" + QByteArray::number(i) + '\n';
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    f.write(block);
}

void BenchCrack::rate_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("threads");
    const int all = QThread::idealThreadCount();
    for (const auto &[alg, bytes] : {std::pair {"HS256", 32}, {"HS384", 48}, {"HS512", 64}}) {
        QTest::addRow("%s, 1 thread", alg) << QString::fromLatin1(alg) << bytes << 1;
        if (all > 1)
            QTest::addRow("%s, %d threads", alg, all) << QString::fromLatin1(alg) << bytes << all;
    }
}

void BenchCrack::rate()
{
    QFETCH(QString, alg);
    QFETCH(int, bytes);
    QFETCH(int, threads);
    const QString text = token300(alg.toLatin1().constData(), bytes);
    QCOMPARE(text.size(), 300);
    const Token token = Token::parse(text);
    QVERIFY(Crack::refusal(token).isEmpty());

    Crack::Options options;
    options.wordlist = m_wordlist;
    options.threads = threads;
    options.commonSecrets = false;
    Crack::Result result;
    QBENCHMARK_ONCE {
        result = Crack::run(token, options);
    }
    QCOMPARE(result.outcome, Crack::Outcome::NotFound);
    QCOMPARE(result.tried, candidates);
    const double rate = double(result.tried) / result.seconds;
    qInfo("%s on a 300-byte token, %d thread(s): %.2f M candidates/s (%.2f M/s per thread)",
          qPrintable(alg), threads, rate / 1e6, rate / 1e6 / threads);
}

QTEST_GUILESS_MAIN(BenchCrack)
#include "bench_crack.moc"
