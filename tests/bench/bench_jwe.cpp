// SPDX-License-Identifier: MIT
// Speed of JWE decryption: RSA-OAEP-256 + A256GCM with a 2048-bit key (an encrypted ID
// token), compared with `openssl speed rsa2048`'s private-key operation rate, which bounds
// it: the target is at least 0.8 of it. The figures are printed, not asserted.
#include "jwe.h"
#include "key.h"
#include "token.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <ctime>

namespace {

const QByteArray claims
        = R"({"iss":"https://issuer.bench.example","sub":"user-00000042","aud":"bench-client",)"
          R"("exp":4102444800,"iat":1700000000,"nonce":"n-0S6_WzA2Mj","email":"user@bench.example",)"
          R"("name":"Bench User","groups":["a","b","c"],"jti":"6c0a3d1e-5b2f-4c8e-9f1a-7d2e3b4c5a6f"})";

struct Rate
{
    double wall = 0; ///< decryptions per second of the wall clock
    double cpu = 0; ///< decryptions per second of this process's CPU time
};

/// Decryptions per second over about @p seconds.
Rate rate(const QByteArray &token, const QList<Key> &keys, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qint64 count = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < 50; ++i) {
            if (!Jwe::decrypt(token, keys).ok())
                return {};
        }
        count += 50;
    }
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return {double(count) / (double(timer.nsecsElapsed()) / 1e9), double(count) / cpuSeconds};
}

/// `openssl speed [-elapsed] -seconds N rsa2048`: RSA-2048 private-key operations per second
/// (sign/s), by the wall clock with @p elapsed, else by CPU time (openssl's default).
double opensslPrivateRate(int seconds, bool elapsed, QString *why)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *why = QStringLiteral("the openssl command is not installed");
        return 0;
    }
    QStringList args {"speed"};
    if (elapsed)
        args << "-elapsed";
    args << "-seconds" << QString::number(seconds) << "rsa2048";
    QProcess process;
    process.start(openssl, args);
    if (!process.waitForFinished(120000)) {
        *why = QStringLiteral("openssl speed did not finish");
        return 0;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression line(
            QStringLiteral(R"(rsa\s+2048 bits\s+\S+\s+\S+\s+([\d.]+))"));
    const QRegularExpressionMatch m = line.match(out);
    if (!m.hasMatch()) {
        *why = QStringLiteral("cannot read the openssl speed output: ") + out.right(300);
        return 0;
    }
    return m.captured(1).toDouble();
}

} // namespace

class BenchJwe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decryptRsaOaep256A256Gcm();
    void decryptParsedToken();
    void againstOpensslSpeed();

private:
    Key m_key;
    QByteArray m_token;
};

void BenchJwe::initTestCase()
{
    m_key = Jwe::generateKey(JweAlg::RsaOaep256, JweEnc::A256Gcm);
    QVERIFY(!m_key.isNull());
    const JweEncrypted made = Jwe::encrypt(
            R"({"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"enc-1"})", claims, m_key.publicKey());
    QVERIFY2(made.ok(), qPrintable(made.error));
    m_token = made.compact;
    QVERIFY(Jwe::decrypt(m_token, {m_key}).ok());
}

void BenchJwe::decryptRsaOaep256A256Gcm()
{
    // The whole path from text: parse, RSA-OAEP-256 unwrap, AES-256-GCM, plaintext.
    QBENCHMARK {
        const JweResult result = Jwe::decrypt(m_token, {m_key});
        Q_UNUSED(result)
    }
}

void BenchJwe::decryptParsedToken()
{
    const Token token = Token::parse(QByteArrayView(m_token));
    QBENCHMARK {
        const JweResult result = Jwe::decrypt(token, {m_key});
        Q_UNUSED(result)
    }
}

void BenchJwe::againstOpensslSpeed()
{
    const int seconds = qEnvironmentVariableIsSet("JWTLENS_BENCH_SECONDS")
            ? qEnvironmentVariableIntValue("JWTLENS_BENCH_SECONDS")
            : 5;
    // Interleaved, so that a machine busy with something else weighs on both alike; by the
    // wall clock and by CPU time (the fairer of the two on a shared machine).
    QString why;
    const Rate ours1 = rate(m_token, {m_key}, seconds / 2.0);
    const double opensslWall = opensslPrivateRate(seconds, true, &why);
    const Rate ours2 = rate(m_token, {m_key}, seconds / 2.0);
    const double opensslCpu = opensslPrivateRate(seconds, false, &why);
    const Rate ours3 = rate(m_token, {m_key}, seconds / 2.0);
    if (opensslWall <= 0 || opensslCpu <= 0)
        QSKIP(qPrintable(why));
    const double wall = (ours1.wall + ours2.wall) / 2;
    const double cpu = (ours2.cpu + ours3.cpu) / 2;
    qInfo("JWE RSA-OAEP-256 + A256GCM decrypt vs openssl speed rsa2048 private (target >= 0.80):");
    qInfo("  wall clock: %.0f/s vs %.0f/s, ratio %.2f", wall, opensslWall, wall / opensslWall);
    qInfo("  CPU time:   %.0f/s vs %.0f/s, ratio %.2f", cpu, opensslCpu, cpu / opensslCpu);
}

QTEST_GUILESS_MAIN(BenchJwe)
#include "bench_jwe.moc"
