// SPDX-License-Identifier: MIT
#include "base64url.h"
#include "claims.h"
#include "json.h"
#include "token.h"

#include <QTest>

/// What `jwtlens verify -` pays per token before the HMAC, and the big-input cases that
/// must stay linear.
class BenchJwt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseTypicalToken();
    void parseAndCheckClaims();
    void readObjectPayload();
    void parseBatchToken();
    void parseBatchTokenBytes();
    void parseBatchTokenCheckedClaims();
    void readObjectBatchPayload();
    void validateDeepNesting();
    void parse10MiBToken();
    void pretty1MiB();
    void compact1MiB();
    void spans1MiB();

private:
    QString m_token;
    QByteArray m_payload;
    QByteArray m_batchToken;
    QByteArray m_batchPayload;
    QString m_bigToken;
    QByteArray m_bigJson;
    QString m_bigText;
};

void BenchJwt::initTestCase()
{
    // A ~300-byte HS256 token, like the batch verification load.
    const QByteArray header = R"({"alg":"HS256","typ":"JWT","kid":"key-2026-12"})";
    m_payload
            = R"({"sub":"1234567890","name":"John Doe","iss":"https://issuer.example","aud":"api","iat":1764547200,"nbf":1764547200,"exp":1764550800,"scope":"read write"})";
    m_token = QString::fromLatin1(Base64Url::encode(header) + '.' + Base64Url::encode(m_payload)
                                  + '.' + Base64Url::encode(QByteArray(32, '\x5a')));
    qInfo("typical token: %lld characters", qlonglong(m_token.size()));

    // One line of tests/bench/bench_cli.py's load: 11 claims, ~300 bytes, a kid.
    const QByteArray batchHeader = R"({"alg":"HS256","kid":"bench-HS256","typ":"JWT"})";
    m_batchPayload
            = R"({"iss":"https://issuer.bench.example","sub":"user-00000042","aud":"bench-audience",)"
              R"("iat":1796168181,"nbf":1796168121,"exp":1796171781,)"
              R"("jti":"000000000000000000000009e3779b1","name":"Benchmark User 42",)"
              R"("email":"user42@bench.example","roles":["reader","writer"],)"
              R"("scope":"openid profile email api:read"})";
    m_batchToken = Base64Url::encode(batchHeader) + '.' + Base64Url::encode(m_batchPayload) + '.'
            + Base64Url::encode(QByteArray(32, '\x5a'));
    qInfo("batch token: %lld characters", qlonglong(m_batchToken.size()));

    QByteArray big = R"({"data":")";
    big += QByteArray(10 * 1024 * 1024, 'x');
    big += R"(","exp":1})";
    m_bigToken
            = QString::fromLatin1(Base64Url::encode(header) + '.' + Base64Url::encode(big) + '.');

    m_bigJson = "{";
    for (int i = 0; m_bigJson.size() < 1024 * 1024; ++i)
        m_bigJson += "\"k" + QByteArray::number(i) + "\":[1.50,\"v\",{\"x\":null}],";
    m_bigJson += "\"end\":true}";
    m_bigText = QString::fromUtf8(m_bigJson);
}

void BenchJwt::parseTypicalToken()
{
    QBENCHMARK {
        const Token token = Token::parse(m_token);
        QVERIFY(token.isWellFormed());
    }
}

void BenchJwt::parseAndCheckClaims()
{
    ClaimsPolicy policy;
    policy.now = 1764548000;
    policy.leeway = 30;
    QBENCHMARK {
        const Token token = Token::parse(m_token);
        const ClaimsReport report = checkClaims(token.payloadObject(), policy);
        QVERIFY(report.isValid());
    }
}

void BenchJwt::readObjectPayload()
{
    QBENCHMARK {
        const Json::Object object = Json::readObject(m_payload);
        QVERIFY(object.isObject);
    }
}

void BenchJwt::parseBatchToken()
{
    // What `jwtlens verify -` paid per line when it widened each line to UTF-16 first.
    QBENCHMARK {
        const Token token = Token::parse(QString::fromLatin1(m_batchToken));
        QVERIFY(token.isWellFormed());
    }
}

void BenchJwt::parseBatchTokenBytes()
{
    QBENCHMARK {
        const Token token = Token::parse(QByteArrayView(m_batchToken));
        QVERIFY(token.isWellFormed());
    }
}

void BenchJwt::parseBatchTokenCheckedClaims()
{
    // What `jwtlens verify -` pays per line before the HMAC: the claims it checks only.
    ClaimsPolicy policy;
    policy.now = 1796170000;
    policy.audience = QStringLiteral("bench-audience");
    QBENCHMARK {
        const Token token = Token::parse(QByteArrayView(m_batchToken), checkedClaims());
        QVERIFY(checkClaims(token.payloadObject(), policy).isValid());
    }
}

void BenchJwt::readObjectBatchPayload()
{
    QBENCHMARK {
        const Json::Object object = Json::readObject(m_batchPayload);
        QVERIFY(object.isObject);
    }
}

void BenchJwt::validateDeepNesting()
{
    const QByteArray deep(100000, '[');
    QBENCHMARK {
        QCOMPARE(Json::validate(deep).offset, 512);
    }
}

void BenchJwt::parse10MiBToken()
{
    QBENCHMARK {
        const Token token = Token::parse(m_bigToken);
        QVERIFY(token.isWellFormed());
    }
}

void BenchJwt::pretty1MiB()
{
    QBENCHMARK {
        QVERIFY(!Json::pretty(m_bigJson).text.isEmpty());
    }
}

void BenchJwt::compact1MiB()
{
    QBENCHMARK {
        QVERIFY(!Json::compact(m_bigJson).text.isEmpty());
    }
}

void BenchJwt::spans1MiB()
{
    QBENCHMARK {
        QVERIFY(!Json::spans(m_bigText).isEmpty());
    }
}

QTEST_GUILESS_MAIN(BenchJwt)
#include "bench_jwt.moc"
