// SPDX-License-Identifier: MIT
// Issue 12, item 13: one ES256 token verified against a JWKS of 100,000 EC P-256 keys, the
// ring read from the JWKS text each time (as `jwtlens verify --key jwks.json` does).
#include "base64url.h"
#include "jws.h"
#include "keygen.h"
#include "keyring.h"
#include "token.h"
#include "verifier.h"

#include <QTest>

namespace {

constexpr int KeyCount = 100000;

QByteArray token(const QByteArray &header, const Key &key)
{
    const QByteArray input = Base64Url::encode(header) + '.'
            + Base64Url::encode(R"({"sub":"bench","exp":4102444800})");
    return input + '.' + Base64Url::encode(sign(Algorithm::ES256, key, input).bytes);
}

} // namespace

class BenchKeyRing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifyWithJwks_data();
    void verifyWithJwks();

private:
    QByteArray m_jwks;
    Key m_first;
    Key m_last;
};

void BenchKeyRing::initTestCase()
{
    // The keys are derived from seeds (fast and the same every run); only public JWKs are kept.
    m_jwks = R"({"keys":[)";
    for (int i = 0; i < KeyCount; ++i) {
        const GeneratedKey made
                = generateKeyFromSeed(Algorithm::ES256, "bench key " + QByteArray::number(i));
        QVERIFY2(made.ok(), qPrintable(made.error));
        QByteArray jwk = made.key.toJwk(false);
        jwk.chop(1); // '}'
        if (i > 0)
            m_jwks += ',';
        m_jwks += jwk + R"(,"kid":"k)" + QByteArray::number(i) + "\"}";
        if (i == 0)
            m_first = made.key;
        m_last = made.key;
    }
    m_jwks += "]}";
    qInfo("JWKS of %d EC P-256 keys: %lld bytes", KeyCount, qint64(m_jwks.size()));
}

void BenchKeyRing::verifyWithJwks_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");
    const QByteArray lastKid = "k" + QByteArray::number(KeyCount - 1);
    QTest::newRow("kid of the last key")
            << token(R"({"alg":"ES256","kid":")" + lastKid + "\"}", m_last) << true;
    // No kid: the first key that fits ES256 is the one tried.
    QTest::newRow("no kid, signed by the first key")
            << token(R"({"alg":"ES256"})", m_first) << true;
    // No kid, signed by the last key: the first key fails, and the hint looks for the key
    // that matches (the "hint" of `jwtlens verify`).
    QTest::newRow("no kid, signed by the last key") << token(R"({"alg":"ES256"})", m_last) << false;
}

void BenchKeyRing::verifyWithJwks()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);
    const Token parsed = Token::parse(QByteArrayView(token));
    bool allAsExpected = true;
    QBENCHMARK {
        const KeyRing ring
                = KeyRing::fromText(m_jwks, KeyOrigin::file(QStringLiteral("jwks.json")));
        const TokenVerdict verdict = verifyToken(parsed, ring);
        allAsExpected &= verdict.valid == valid;
    }
    QVERIFY(allAsExpected);
}

QTEST_GUILESS_MAIN(BenchKeyRing)
#include "bench_keyring.moc"
