// SPDX-License-Identifier: MIT
#include "tokenfinder.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(int i)
{
    return b64(R"({"alg":"RS256","kid":"key-)" + QByteArray::number(i % 3) + R"(","typ":"JWT"})")
            + '.'
            + b64(R"({"iss":"https://idp.example","sub":"user-)" + QByteArray::number(i)
                  + R"(","aud":"api","exp":1764550800,"iat":1764547200,"scope":"openid profile"})")
            + '.' + b64(QByteArray(256, char('A' + i % 26)));
}

/// A browser's HAR of a single-page application: an access token on every API call, a
/// session cookie, JSON and HTML responses (some with tokens, most with base64 images,
/// version numbers and domain names that are not tokens).
QByteArray makeHar(qsizetype targetSize)
{
    QByteArray har;
    har.reserve(targetSize + 64 * 1024);
    har += "{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": {\"name\": "
           "\"WebInspector\", "
           "\"version\": \"537.36\"},\n    \"entries\": [\n";
    const QByteArray image = QByteArray(6000, '\x89').toBase64();
    // HTML inside a JSON string: quotes and line breaks escaped.
    const QByteArray html
            = QByteArray(R"(<div class=\"card v1.2.3\"><a href=\"https://cdn.)"
                         R"(example.com/assets/app.min.js\">www.example.com</a></div>\n)")
                      .repeated(60);
    for (int i = 0; har.size() < targetSize; ++i) {
        const QByteArray access = token(i / 50); // refreshed every 50 requests
        const QByteArray session = token(100000 + i / 500);
        if (i)
            har += ",\n";
        har += "      {\n        \"startedDateTime\": \"2026-01-01T10:00:00.000Z\",\n"
               "        \"request\": {\n          \"method\": \"GET\",\n"
               "          \"url\": \"https://api.example.com/v2/items/"
                + QByteArray::number(i)
                + "?page=2&sort=name\",\n          \"httpVersion\": \"HTTP/2\",\n"
                  "          \"headers\": [\n"
                  "            {\"name\": \"accept\", \"value\": \"application/json\"},\n"
                  "            {\"name\": \"authorization\", \"value\": \"Bearer "
                + access
                + "\"},\n            {\"name\": \"cookie\", \"value\": \"theme=dark; sid=" + session
                + "\"},\n            {\"name\": \"user-agent\", \"value\": \"Mozilla/5.0 (X11; "
                  "Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36\"}\n"
                  "          ],\n          \"queryString\": [{\"name\": \"page\", \"value\": "
                  "\"2\"}],\n          \"cookies\": [{\"name\": \"sid\", \"value\": \""
                + session
                + "\"}],\n          \"headersSize\": -1,\n          \"bodySize\": 0\n        },\n"
                  "        \"response\": {\n          \"status\": 200,\n"
                  "          \"headers\": [{\"name\": \"content-type\", \"value\": "
                  "\"application/json\"}],\n          \"content\": {\n";
        if (i % 10 == 0) {
            har += "            \"mimeType\": \"image/png\", \"encoding\": \"base64\",\n"
                   "            \"text\": \""
                    + image + "\"\n";
        } else if (i % 10 == 1) {
            har += "            \"mimeType\": \"application/json\",\n"
                   "            \"text\": \"{\\\"access_token\\\":\\\""
                    + token(i / 50 + 1)
                    + "\\\",\\\"token_type\\\":\\\"Bearer\\\",\\\"expires_in\\\":3600}\"\n";
        } else {
            har += "            \"mimeType\": \"text/html\",\n            \"text\": \"" + html
                    + "\"\n";
        }
        har += "          },\n          \"redirectURL\": \"\"\n        },\n"
               "        \"timings\": {\"send\": 0.1, \"wait\": 20.5, \"receive\": 1.2}\n      }";
    }
    har += "\n    ]\n  }\n}\n";
    return har;
}

} // namespace

/// TokenFinder over big inputs: the 50 MB HAR of issue 17 ("in seconds, not minutes").
class BenchTokenFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void har50MB();
    void log50MB();

private:
    QByteArray m_har;
    QByteArray m_log;
};

void BenchTokenFinder::initTestCase()
{
    m_har = makeHar(50 * 1000 * 1000);
    // The same bytes read as a log: one text scan, no JSON walk.
    m_log = m_har;
    m_log[m_log.indexOf('{')] = '#';
}

void BenchTokenFinder::har50MB()
{
    TokenFinder::Result result;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK_ONCE {
        result = TokenFinder::find(m_har);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(result.format, TokenFinder::Format::Har);
    QVERIFY(!result.tokens.isEmpty());
    qsizetype places = 0;
    for (const FoundToken &found : result.tokens)
        places += found.count;
    qInfo("HAR of %.1f MB: %lld tokens in %lld places, %.2f s (%.0f MB/s)",
          double(m_har.size()) / 1e6, qlonglong(result.tokens.size()), qlonglong(places), seconds,
          double(m_har.size()) / 1e6 / seconds);
}

void BenchTokenFinder::log50MB()
{
    TokenFinder::Result result;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK_ONCE {
        result = TokenFinder::find(m_log);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(result.format, TokenFinder::Format::Text);
    qInfo("the same %.1f MB as text: %lld tokens, %.2f s (%.0f MB/s)", double(m_log.size()) / 1e6,
          qlonglong(result.tokens.size()), seconds, double(m_log.size()) / 1e6 / seconds);
}

QTEST_GUILESS_MAIN(BenchTokenFinder)
#include "bench_tokenfinder.moc"
