// SPDX-License-Identifier: MIT
// app/net against a real HTTPS server on 127.0.0.1 (keyserver.h): discovery, RFC 8414, the
// rules (TLS, loopback-only http, redirects, timeout, size) and each failure's own message.
#include "keyfetcher.h"
#include "keyserver.h"

#include "fetchrules.h"
#include "jwkscache.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

bool inCi()
{
    return qgetenv("CI") == "true";
}

using Kind = FetchError::Kind;

} // namespace

class TestKeyFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plan_data();
    void plan();
    void loopback_data();
    void loopback();
    void fetch_data();
    void fetch();
    void certificateChain_data();
    void certificateChain();
    void requestingAndProgress();
    void cacheAndRefresh();
    void cancelStopsTheRequest();
    void fetchReplacesARunningFetch();
    void noNetworkObjectUntilAFetchIsSent();
    void blocking();

private:
    /// The default options, with the key server's CA file.
    void trustTestCa(KeyFetcher &fetcher) const
    {
        FetchOptions options;
        options.caFile = m_server.caFile();
        fetcher.setOptions(options);
    }
    /// Runs one fetch to its end; false when it did not end (a hang is a failure).
    bool runFetch(KeyFetcher &fetcher, const KeySource &source, FetchedJwks *result,
                  FetchError *error,
                  KeyFetcher::CachePolicy policy = KeyFetcher::CachePolicy::UseCache);
    KeyServer m_server;
};

void TestKeyFetcher::initTestCase()
{
    KeyServer::clearProxyVariables();
    QString why;
    if (!m_server.start(&why)) {
        if (inCi())
            QFAIL(qPrintable(why)); // scripts/setup.sh installs python3-cryptography
        QSKIP(qPrintable(why));
    }
}

void TestKeyFetcher::cleanupTestCase()
{
    m_server.stop();
}

void TestKeyFetcher::plan_data()
{
    QTest::addColumn<bool>("issuer");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("urls"); ///< empty: refused
    QTest::addColumn<QString>("error"); ///< a word of the refusal

    const QString oidc = QStringLiteral("/.well-known/openid-configuration");
    const QString oauth = QStringLiteral("/.well-known/oauth-authorization-server");
    QTest::newRow("JWKS URL") << false << "https://login.example/keys"
                              << QStringList {"https://login.example/keys"} << QString();
    QTest::newRow("issuer without a path")
            << true << "https://login.example"
            << QStringList {"https://login.example" + oidc, "https://login.example" + oauth}
            << QString();
    QTest::newRow("issuer with only a slash")
            << true << "https://login.example/"
            << QStringList {"https://login.example" + oidc, "https://login.example" + oauth}
            << QString();
    // RFC 8414 §3.1: the well-known path goes between the host and the issuer's path.
    QTest::newRow("issuer with a path")
            << true << "https://login.example/tenant/v2.0"
            << QStringList {"https://login.example/tenant/v2.0" + oidc,
                            "https://login.example" + oauth + "/tenant/v2.0"}
            << QString();
    QTest::newRow("issuer with a path and a trailing slash")
            << true << "https://login.example/realms/dev/"
            << QStringList {"https://login.example/realms/dev" + oidc,
                            "https://login.example" + oauth + "/realms/dev"}
            << QString();
    QTest::newRow("issuer with a port and an encoded path")
            << true << "https://login.example:8443/a%20b"
            << QStringList {"https://login.example:8443/a%20b" + oidc,
                            "https://login.example:8443" + oauth + "/a%20b"}
            << QString();
    QTest::newRow("plain http to loopback")
            << true << "http://127.0.0.1:8080/realm"
            << QStringList {"http://127.0.0.1:8080/realm" + oidc,
                            "http://127.0.0.1:8080" + oauth + "/realm"}
            << QString();
    QTest::newRow("plain http elsewhere") << false << "http://login.example/keys" << QStringList()
                                          << "plain http:// is allowed only to this machine";
    QTest::newRow("plain http to a private address")
            << true << "http://10.0.0.1" << QStringList() << "plain http://";
    QTest::newRow("ftp") << false << "ftp://login.example/keys" << QStringList() << "ftp";
    QTest::newRow("file") << false << "file:///etc/passwd" << QStringList() << "absolute";
    QTest::newRow("relative") << false << "/keys" << QStringList() << "absolute";
    QTest::newRow("empty") << true << "" << QStringList() << "absolute";
    QTest::newRow("issuer with a query")
            << true << "https://login.example/?tenant=a" << QStringList() << "query";
    QTest::newRow("issuer with a fragment")
            << true << "https://login.example/#x" << QStringList() << "fragment";
}

void TestKeyFetcher::plan()
{
    QFETCH(bool, issuer);
    QFETCH(QString, url);
    QFETCH(QStringList, urls);
    QFETCH(QString, error);
    const QUrl u(url);
    const FetchPlan plan = FetchRules::plan(issuer ? KeySource::issuer(u) : KeySource::jwksUrl(u));
    QStringList got;
    for (const QUrl &p : plan.urls)
        got << p.toString(QUrl::FullyEncoded);
    QCOMPARE(got, urls);
    QCOMPARE(plan.ok(), error.isEmpty());
    QVERIFY2(plan.error.contains(error), qPrintable(plan.error));
    QCOMPARE(plan.jwksUriFollows, issuer && plan.ok());
}

void TestKeyFetcher::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.0.9") << "127.255.0.9" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("IPv4-mapped loopback") << "::ffff:127.0.0.1" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LocalHost") << "LocalHost" << true;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
    QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("localhost.example") << "localhost.example" << false;
    QTest::newRow("127.0.0.1.nip.io") << "127.0.0.1.nip.io" << false;
    QTest::newRow("empty") << "" << false;
}

void TestKeyFetcher::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(FetchRules::isLoopbackHost(host), loopback);
}

bool TestKeyFetcher::runFetch(KeyFetcher &fetcher, const KeySource &source, FetchedJwks *result,
                              FetchError *error, KeyFetcher::CachePolicy policy)
{
    QSignalSpy finished(&fetcher, &KeyFetcher::finished);
    QSignalSpy failed(&fetcher, &KeyFetcher::failed);
    fetcher.fetch(source, policy);
    // Results always come from the event loop, also refusals and cache hits.
    if (finished.count() + failed.count() != 0 || !fetcher.isRunning())
        return false;
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 20000))
        return false;
    if (finished.count() + failed.count() != 1 || fetcher.isRunning())
        return false;
    *result = finished.isEmpty() ? FetchedJwks() : finished.first().first().value<FetchedJwks>();
    *error = failed.isEmpty() ? FetchError() : failed.first().first().value<FetchError>();
    return true;
}

void TestKeyFetcher::fetch_data()
{
    QTest::addColumn<bool>("issuer");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caFile"); ///< "ca": the test CA, else a file in the server dir
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("kind"); ///< FetchError::Kind; None: a JWKS
    QTest::addColumn<QString>("message"); ///< a part of the error message
    QTest::addColumn<int>("keys");
    QTest::addColumn<QStringList>("requests"); ///< what the server saw, in order

    const KeyServer &s = m_server;
    const QString ca = QStringLiteral("ca");
    const auto on = [](const char *listener, const QStringList &paths) {
        QStringList lines;
        for (const QString &p : paths)
            lines << QStringLiteral("%1 GET %2").arg(QLatin1String(listener), p);
        return lines;
    };
    const QString jwks = QStringLiteral("/jwks.json");
    const QString oidc = QStringLiteral("/.well-known/openid-configuration");
    const QString oauth = QStringLiteral("/.well-known/oauth-authorization-server");
    const int none = int(Kind::None);
    const int t = 10000;
    const QString https = s.url(QStringLiteral("https"), QString());
    const QString http = s.url(QStringLiteral("http"), QString());
    const QString localhost = QStringLiteral("https://localhost:%1").arg(s.port("https"));

    // What works.
    QTest::newRow("JWKS URL") << false << https + jwks << ca << t << none << QString() << 4
                              << on("https", {jwks});
    QTest::newRow("JWKS URL, host localhost") << false << localhost + jwks << ca << t << none
                                              << QString() << 4 << on("https", {jwks});
    QTest::newRow("plain http to 127.0.0.1") << false << http + jwks << QString() << t << none
                                             << QString() << 4 << on("http", {jwks});
    QTest::newRow("plain http to localhost")
            << false << QStringLiteral("http://localhost:%1/jwks.json").arg(s.port("http"))
            << QString() << t << none << QString() << 4 << on("http", {jwks});
    QTest::newRow("issuer without a path, OpenID discovery")
            << true << https << ca << t << none << QString() << 4 << on("https", {oidc, jwks});
    QTest::newRow("issuer with a path, OpenID discovery")
            << true << https + "/oidc" << ca << t << none << QString() << 4
            << on("https", {"/oidc" + oidc, jwks});
    QTest::newRow("issuer with a trailing slash")
            << true << https + "/oidc/" << ca << t << none << QString() << 4
            << on("https", {"/oidc" + oidc, jwks});
    QTest::newRow("RFC 8414 after OpenID discovery answers 404")
            << true << https + "/as" << ca << t << none << QString() << 4
            << on("https", {"/as" + oidc, oauth + "/as", jwks});
    QTest::newRow("5 redirects") << false << https + "/redirect/5" << ca << t << none << QString()
                                 << 4
                                 << on("https",
                                       {"/redirect/5", "/redirect/4", "/redirect/3", "/redirect/2",
                                        "/redirect/1", jwks});
    QTest::newRow("a JWKS of exactly 1 MiB, chunked")
            << false << https + "/jwks-1mib" << ca << t << none << QString() << 4
            << on("https", {"/jwks-1mib"});
    QTest::newRow("gzip") << false << https + "/gzip" << ca << t << none << QString() << 4
                          << on("https", {"/gzip"});
    QTest::newRow("an unsupported kty is skipped")
            << false << https + "/unsupported" << ca << t << none << QString() << 1
            << on("https", {"/unsupported"});
    QTest::newRow("self-signed server with its certificate as the CA file")
            << false << s.url("selfsigned", jwks) << "selfsigned.pem" << t << none << QString() << 4
            << on("selfsigned", {jwks});

    // Refused before anything is sent.
    QTest::newRow("plain http elsewhere")
            << false << "http://192.0.2.1/jwks.json" << QString() << t << int(Kind::Refused)
            << "plain http:// is allowed only to this machine" << 0 << QStringList();
    QTest::newRow("ftp") << false << "ftp://127.0.0.1/jwks.json" << QString() << t
                         << int(Kind::Refused) << "ftp" << 0 << QStringList();
    QTest::newRow("issuer with a query") << true << https + "/?x=1" << ca << t << int(Kind::Refused)
                                         << "query" << 0 << QStringList();
    QTest::newRow("CA file missing") << false << https + jwks << "missing.pem" << t
                                     << int(Kind::CaFile) << "missing.pem" << 0 << QStringList();
    QTest::newRow("CA file without a certificate")
            << false << https + jwks << "jwks.json" << t << int(Kind::CaFile)
            << "holds no PEM certificate" << 0 << QStringList();

    // Redirects.
    QTest::newRow("6 redirects") << false << https + "/redirect/6" << ca << t
                                 << int(Kind::TooManyRedirects) << "more than 5 redirect" << 0
                                 << on("https",
                                       {"/redirect/6", "/redirect/5", "/redirect/4", "/redirect/3",
                                        "/redirect/2", "/redirect/1"});
    QTest::newRow("https to http")
            << false << https + "/to-http" << ca << t << int(Kind::InsecureRedirect)
            << "never from https to http" << 0 << on("https", {"/to-http"});
    QTest::newRow("loopback http to http elsewhere")
            << false << http + "/to-far-http" << QString() << t << int(Kind::Refused)
            << "redirects to http://192.0.2.1/jwks.json" << 0 << on("http", {"/to-far-http"});
    QTest::newRow("jwks_uri over plain http elsewhere")
            << true << https + "/insecure" << ca << t << int(Kind::Refused)
            << "jwks_uri http://192.0.2.1/jwks.json" << 0 << on("https", {"/insecure" + oidc});

    // Slow and large.
    QTest::newRow("no answer") << false << https + "/slow" << ca << 500 << int(Kind::Timeout)
                               << "no complete answer within 500 ms" << 0 << on("https", {"/slow"});
    QTest::newRow("an answer that trickles")
            << false << https + "/drip" << ca << 1000 << int(Kind::Timeout)
            << "no complete answer within 1 second" << 0 << on("https", {"/drip"});
    QTest::newRow("2 MiB chunked") << false << https + "/big" << ca << t << int(Kind::TooLarge)
                                   << "larger than 1048576 bytes" << 0 << on("https", {"/big"});
    QTest::newRow("2 MiB declared")
            << false << https + "/big-declared" << ca << t << int(Kind::TooLarge)
            << "larger than 1048576 bytes" << 0 << on("https", {"/big-declared"});
    QTest::newRow("1 MiB and one byte")
            << false << https + "/jwks-1mib-plus1" << ca << t << int(Kind::TooLarge)
            << "larger than 1048576 bytes" << 0 << on("https", {"/jwks-1mib-plus1"});

    // What the server says.
    QTest::newRow("404") << false << https + "/missing" << ca << t << int(Kind::HttpStatus)
                         << "HTTP 404 Not Found" << 0 << on("https", {"/missing"});
    QTest::newRow("not JSON") << false << https + "/notjson" << ca << t << int(Kind::NotJson)
                              << "not JSON (at offset" << 0 << on("https", {"/notjson"});
    QTest::newRow("JSON without keys")
            << false << https + "/nokeys" << ca << t << int(Kind::NoKeys)
            << "JSON without a \"keys\" array" << 0 << on("https", {"/nokeys"});
    QTest::newRow("a key that does not load")
            << false << https + "/badkey" << ca << t << int(Kind::BadKey)
            << "JWKS: key 2: member \"e\" is missing" << 0 << on("https", {"/badkey"});
    QTest::newRow("metadata without jwks_uri, both documents")
            << true << https + "/nojwks" << ca << t << int(Kind::NoJwksUri) << "has no \"jwks_uri\""
            << 0 << on("https", {"/nojwks" + oidc, oauth + "/nojwks"});
    QTest::newRow("no metadata at all")
            << true << https + "/nothing" << ca << t << int(Kind::HttpStatus)
            << "HTTP 404 Not Found; " << 0 << on("https", {"/nothing" + oidc, oauth + "/nothing"});

    // TLS and the connection.
    QTest::newRow("certificate for another host")
            << false << s.url("wronghost", jwks) << ca << t << int(Kind::Tls)
            << "the certificate of \"wrong.example\" is refused: The host name did not match" << 0
            << QStringList();
    QTest::newRow("self-signed certificate")
            << false << s.url("selfsigned", jwks) << ca << t << int(Kind::Tls)
            << "the certificate of \"127.0.0.1\" is refused: The certificate is self-signed" << 0
            << QStringList();
    QTest::newRow("the test CA is not a system CA")
            << false << https + jwks << QString() << t << int(Kind::Tls)
            << "the certificate of \"127.0.0.1\" is refused" << 0 << QStringList();
    QTest::newRow("connection refused")
            << false << QStringLiteral("https://127.0.0.1:%1/jwks.json").arg(s.port("closed")) << ca
            << t << int(Kind::ConnectionRefused)
            << QStringLiteral("connection refused by 127.0.0.1 port %1").arg(s.port("closed")) << 0
            << QStringList();
    QTest::newRow("host name that cannot resolve")
            << true << "https://issuer.jwtlens.invalid" << ca << t << int(Kind::HostNotFound)
            << "cannot resolve the host name \"issuer.jwtlens.invalid\"" << 0 << QStringList();
}

void TestKeyFetcher::fetch()
{
    QFETCH(bool, issuer);
    QFETCH(QString, url);
    QFETCH(QString, caFile);
    QFETCH(int, timeoutMs);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(int, keys);
    QFETCH(QStringList, requests);

    m_server.clearRequests();
    KeyFetcher fetcher;
    fetcher.setCache(nullptr);
    FetchOptions options;
    options.timeoutMs = timeoutMs;
    if (caFile == QLatin1String("ca"))
        options.caFile = m_server.caFile();
    else if (!caFile.isEmpty())
        options.caFile = m_server.file(caFile);
    fetcher.setOptions(options);
    const KeySource source = issuer ? KeySource::issuer(QUrl(url)) : KeySource::jwksUrl(QUrl(url));
    FetchedJwks result;
    FetchError error;
    QVERIFY(runFetch(fetcher, source, &result, &error));

    QCOMPARE(int(error.kind), kind);
    QCOMPARE(m_server.requests(), requests);
    if (kind != int(Kind::None)) {
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(!error.message.contains(u'\n'));
        QVERIFY(result.jwks.isEmpty());
        return;
    }
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QCOMPARE(result.keyCount, keys);
    QVERIFY(!result.fromCache);
    QVERIFY(result.fetchedAt.isValid());
    QCOMPARE(result.source.url, QUrl(url));
    if (url.endsWith(QLatin1String("/jwks.json")) || issuer) {
        QCOMPARE(result.jwks, m_server.jwks()); // byte for byte
        QCOMPARE(result.jwksUrl.path(), QStringLiteral("/jwks.json"));
    }
    QCOMPARE(result.metadataUrl.isEmpty(), !issuer);
    QCOMPARE(result.skipped.size(), keys == 1 ? 1 : 0);
    QVERIFY(result.warnings.isEmpty());
}

void TestKeyFetcher::certificateChain_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind"); ///< FetchError::Kind; None: a chain
    QTest::addColumn<QString>("message");

    QTest::newRow("a chain of two") << "/x5u.pem" << int(Kind::None) << QString();
    QTest::newRow("a JWKS is no chain")
            << "/jwks.json" << int(Kind::NotPem) << "/jwks.json: no PEM certificate (an x5u URL";
    QTest::newRow("a public key is no certificate")
            << "/public-key.pem" << int(Kind::NotPem) << "/public-key.pem: no PEM certificate";
    QTest::newRow("404") << "/missing.pem" << int(Kind::HttpStatus) << "HTTP 404 Not Found";
}

void TestKeyFetcher::certificateChain()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, message);

    // A cache is set, and still each fetch goes to the server: a token's x5u is fetched
    // again each time the user asks, never answered from memory.
    JwksCache cache;
    KeyFetcher fetcher;
    fetcher.setCache(&cache);
    trustTestCa(fetcher);
    const QUrl url(m_server.url("https", path));
    m_server.clearRequests();
    for (int round = 1; round <= 2; ++round) {
        FetchedJwks result;
        FetchError error;
        QVERIFY(runFetch(fetcher, KeySource::certificateChain(url), &result, &error));
        QCOMPARE(m_server.requests().size(), round);
        QCOMPARE(int(error.kind), kind);
        if (kind != int(Kind::None)) {
            QVERIFY2(error.message.contains(message), qPrintable(error.message));
            QVERIFY(result.leafCertificate.isEmpty());
            continue;
        }
        QVERIFY(!result.fromCache);
        QCOMPARE(result.jwksUrl, url);
        QCOMPARE(result.jwks, m_server.readFile(QStringLiteral("x5u.pem"))); // as received
        QCOMPARE(result.keyCount, 1);
        QCOMPARE(result.certificateCount, 2);
        QCOMPARE(result.leafSubject, QStringLiteral("CN=JWT Lens test signer"));
        // The first certificate alone, as Python's cryptography wrote it.
        const QByteArray end("-----END CERTIFICATE-----\n");
        const QByteArray served = m_server.readFile(QStringLiteral("x5u.pem"));
        QCOMPARE(result.leafCertificate, served.left(served.indexOf(end) + end.size()));
    }
    QVERIFY(cache.entries().isEmpty());
}

void TestKeyFetcher::requestingAndProgress()
{
    KeyFetcher fetcher;
    fetcher.setCache(nullptr);
    trustTestCa(fetcher);
    QSignalSpy requesting(&fetcher, &KeyFetcher::requesting);
    QSignalSpy progress(&fetcher, &KeyFetcher::progress);
    FetchedJwks result;
    FetchError error;
    QVERIFY(runFetch(fetcher,
                     KeySource::jwksUrl(QUrl(m_server.url("https", QStringLiteral("/redirect/2")))),
                     &result, &error));
    QCOMPARE(error.kind, Kind::None);
    QStringList urls;
    for (const QList<QVariant> &args : std::as_const(requesting))
        urls << args.first().toUrl().path();
    QCOMPARE(urls, QStringList({"/redirect/2", "/redirect/1", "/jwks.json"}));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toLongLong(), qint64(m_server.jwks().size()));

    // A metadata document naming another issuer is fetched, with a warning.
    QVERIFY(runFetch(fetcher,
                     KeySource::issuer(QUrl(m_server.url("https", QStringLiteral("/wrongissuer")))),
                     &result, &error));
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(QLatin1String("https://elsewhere.example")),
             qPrintable(result.warnings.first()));
}

void TestKeyFetcher::cacheAndRefresh()
{
    JwksCache cache;
    KeyFetcher fetcher;
    fetcher.setCache(&cache);
    trustTestCa(fetcher);
    const QUrl jwksUrl(m_server.url("https", QStringLiteral("/jwks.json")));
    const QUrl issuer(m_server.url("https", QStringLiteral("/oidc")));
    FetchedJwks first, second, third;
    FetchError error;

    m_server.clearRequests();
    QVERIFY(runFetch(fetcher, KeySource::jwksUrl(jwksUrl), &first, &error));
    QVERIFY(!first.fromCache);
    QVERIFY(runFetch(fetcher, KeySource::jwksUrl(jwksUrl), &second, &error));
    QVERIFY(second.fromCache);
    QCOMPARE(second.jwks, first.jwks);
    QCOMPARE(second.fetchedAt, first.fetchedAt);
    QCOMPARE(second.keyCount, 4);
    QCOMPARE(m_server.requests().size(), 1);

    // Refresh goes back to the server and replaces the entry.
    QVERIFY(runFetch(fetcher, KeySource::jwksUrl(jwksUrl), &third, &error,
                     KeyFetcher::CachePolicy::Refresh));
    QVERIFY(!third.fromCache);
    QVERIFY(third.fetchedAt >= first.fetchedAt);
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(cache.entries().size(), 1);
    QCOMPARE(cache.jwks(jwksUrl)->fetchedAt, third.fetchedAt);

    // An issuer: metadata and JWKS once, then from the cache, which knows where it came from.
    m_server.clearRequests();
    QVERIFY(runFetch(fetcher, KeySource::issuer(issuer), &first, &error));
    QCOMPARE(m_server.requests().size(), 2);
    QVERIFY(runFetch(fetcher, KeySource::issuer(issuer), &second, &error));
    QVERIFY(second.fromCache);
    QCOMPARE(second.metadataUrl, first.metadataUrl);
    QCOMPARE(second.jwksUrl, jwksUrl);
    QCOMPARE(m_server.requests().size(), 2);

    // A failure does not touch what is cached.
    cache.clear();
    QVERIFY(runFetch(fetcher, KeySource::jwksUrl(QUrl(m_server.url("https", "/nokeys"))), &first,
                     &error));
    QCOMPARE(error.kind, Kind::NoKeys);
    QVERIFY(cache.entries().isEmpty());
}

void TestKeyFetcher::cancelStopsTheRequest()
{
    KeyFetcher fetcher;
    fetcher.setCache(nullptr);
    trustTestCa(fetcher);
    QSignalSpy requesting(&fetcher, &KeyFetcher::requesting);
    QSignalSpy finished(&fetcher, &KeyFetcher::finished);
    QSignalSpy failed(&fetcher, &KeyFetcher::failed);
    m_server.clearRequests();
    fetcher.fetch(KeySource::jwksUrl(QUrl(m_server.url("https", QStringLiteral("/slow")))));
    QVERIFY(fetcher.isRunning());
    // Wait until the server has the request, then cancel.
    QTRY_COMPARE(m_server.requests(), QStringList {QStringLiteral("https GET /slow")});
    fetcher.cancel();
    QVERIFY(!fetcher.isRunning());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<FetchError>().kind, Kind::Canceled);
    fetcher.cancel(); // nothing runs: nothing more
    QCOMPARE(failed.count(), 1);

    // The fetcher is usable again, and the canceled request reports nothing later.
    FetchedJwks result;
    FetchError error;
    QVERIFY(runFetch(fetcher,
                     KeySource::jwksUrl(QUrl(m_server.url("https", QStringLiteral("/jwks.json")))),
                     &result, &error));
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);

    // A queued result (a refusal) is canceled too.
    fetcher.fetch(KeySource::jwksUrl(QUrl(QStringLiteral("http://192.0.2.1/"))));
    fetcher.cancel();
    QCOMPARE(failed.count(), 2);
    QCOMPARE(failed.last().first().value<FetchError>().kind, Kind::Canceled);
    QVERIFY(runFetch(fetcher,
                     KeySource::jwksUrl(QUrl(m_server.url("https", QStringLiteral("/jwks.json")))),
                     &result, &error));
    QCOMPARE(failed.count(), 2); // the refusal never came
}

void TestKeyFetcher::fetchReplacesARunningFetch()
{
    KeyFetcher fetcher;
    fetcher.setCache(nullptr);
    trustTestCa(fetcher);
    QSignalSpy finished(&fetcher, &KeyFetcher::finished);
    QSignalSpy failed(&fetcher, &KeyFetcher::failed);
    m_server.clearRequests();
    fetcher.fetch(KeySource::jwksUrl(QUrl(m_server.url("https", QStringLiteral("/slow")))));
    QTRY_COMPARE(m_server.requests().size(), 1);
    // The running fetch ends as canceled, at once; the new one runs.
    fetcher.fetch(KeySource::jwksUrl(QUrl(m_server.url("https", QStringLiteral("/jwks.json")))));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<FetchError>().kind, Kind::Canceled);
    QVERIFY(fetcher.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.first().first().value<FetchedJwks>().jwks, m_server.jwks());
}

void TestKeyFetcher::noNetworkObjectUntilAFetchIsSent()
{
    KeyFetcher fetcher;
    fetcher.setCache(nullptr);
    QVERIFY(!fetcher.isRunning());
    QCOMPARE(fetcher.findChildren<QNetworkAccessManager *>().size(), 0);
    // A refused URL sends nothing and makes nothing.
    FetchedJwks result;
    FetchError error;
    QVERIFY(runFetch(fetcher, KeySource::jwksUrl(QUrl(QStringLiteral("http://192.0.2.1/x"))),
                     &result, &error));
    QCOMPARE(error.kind, Kind::Refused);
    QCOMPARE(fetcher.findChildren<QNetworkAccessManager *>().size(), 0);
    QVERIFY(runFetch(fetcher, KeySource::jwksUrl(QUrl(m_server.url("http", "/jwks.json"))), &result,
                     &error));
    QCOMPARE(error.kind, Kind::None);
    QCOMPARE(fetcher.findChildren<QNetworkAccessManager *>().size(), 1);
}

void TestKeyFetcher::blocking()
{
    FetchOptions options;
    options.caFile = m_server.caFile();
    const FetchOutcome ok = fetchKeysBlocking(
            KeySource::issuer(QUrl(m_server.url("https", QStringLiteral("/as")))), options);
    QVERIFY2(ok.ok(), qPrintable(ok.error.message));
    QCOMPARE(ok.jwks.jwks, m_server.jwks());
    QCOMPARE(ok.jwks.metadataUrl.path(),
             QStringLiteral("/.well-known/oauth-authorization-server/as"));

    const FetchOutcome bad = fetchKeysBlocking(
            KeySource::jwksUrl(QUrl(m_server.url("https", QStringLiteral("/missing")))), options);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error.kind, Kind::HttpStatus);
    QCOMPARE(bad.error.httpStatus, 404);

    // With a cache, the second call answers from it.
    JwksCache cache;
    const KeySource source = KeySource::jwksUrl(QUrl(m_server.url("https", "/jwks.json")));
    QVERIFY(fetchKeysBlocking(source, options, &cache).ok());
    const FetchOutcome again = fetchKeysBlocking(source, options, &cache);
    QVERIFY(again.ok());
    QVERIFY(again.jwks.fromCache);
}

QTEST_GUILESS_MAIN(TestKeyFetcher)
#include "tst_keyfetcher.moc"
