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
    void validateDeepNesting();
    void parse10MiBToken();
    void pretty1MiB();
    void compact1MiB();
    void spans1MiB();

private:
    QString m_token;
    QByteArray m_payload;
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
