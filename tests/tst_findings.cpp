// SPDX-License-Identifier: MIT
#include "findings.h"
#include "findingstestdata.h"

#include <QSet>
#include <QTest>

using namespace FindingsTest;

/// Findings::review() as a whole (its checks have their own suites), sorting, ids,
/// weakSecret(), the common secrets and severity names.
class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void contentsApart_data();
    void contentsApart();
    void everyIdHasARow();
    void noFindings_data();
    void noFindings();
    void sortedWorstFirst();
    void weakSecret_data();
    void weakSecret();
    void commonSecrets();
    void severityNames();
    void malformedTokensDoNotCrash_data();
    void malformedTokensDoNotCrash();
};

void TestFindings::contentsApart_data()
{
    addRows(allRows());
}

/// The model caches the contents scan per token and reviews the rest on every clock tick:
/// the two halves must add up to the whole review, in the same order.
void TestFindings::contentsApart()
{
    QFETCH(QString, token);
    const Token parsed = Token::parse(token);
    ReviewContext context;
    context.now = now;
    const QList<Finding> whole = Findings::review(parsed, context);
    context.contents = false;
    QList<Finding> halves = Findings::review(parsed, context) + Findings::reviewContents(parsed);
    Findings::sort(halves);
    QCOMPARE(ids(halves), ids(whole));
    for (qsizetype i = 0; i < whole.size(); ++i)
        QCOMPARE(halves.at(i).message, whole.at(i).message);
    // The contents scan reports only payload findings, and only it reports these.
    const QStringList contentIds = {QStringLiteral("sensitive-claim"),
                                    QStringLiteral("card-number"), QStringLiteral("big-integer")};
    for (const Finding &f : Findings::reviewContents(parsed))
        QVERIFY2(contentIds.contains(f.id), qPrintable(f.id));
    for (const Finding &f : Findings::review(parsed, context))
        QVERIFY2(!contentIds.contains(f.id), qPrintable(f.id));
}

void TestFindings::everyIdHasARow()
{
    // weakSecret(), tested below; keyFindings(), tested in tst_keyfindings.
    QSet<QString> covered {QStringLiteral("weak-secret"), QStringLiteral("key-alg-mismatch"),
                           QStringLiteral("small-rsa-key"), QStringLiteral("secret-is-key")};
    for (const Row &row : allRows())
        covered.insert(QString::fromLatin1(row.id));
    const QStringList all = Findings::ids();
    for (const QString &id : all)
        QVERIFY2(covered.contains(id), qPrintable(id));
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
}

void TestFindings::noFindings_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("HS256 with iat and a one-hour exp") << jws(goodHeader, goodPayload);
    QTest::newRow("RS256, at+jwt, plain kid")
            << jws(R"({"alg":"RS256","typ":"at+jwt","kid":"2024-05_key.v2"})",
                   R"({"iss":"https://issuer.example","aud":["a","b"],"exp":1700003600,)"
                   R"("iat":1700000000,"nbf":1700000000,"scope":"read write"})");
    QTest::newRow("ES256, application/jwt, exactly 24 h") << jws(
            R"({"typ":"application/jwt","alg":"ES256"})", R"({"iat":1700000000,"exp":1700086400})");
    QTest::newRow("exp only, no iat") << jws(goodHeader, R"({"exp":1700003600})");
    QTest::newRow("fractional NumericDates")
            << jws(goodHeader, R"({"iat":1700000000.5,"exp":1700003600.25})");
    QTest::newRow("2^53 - 1 and big fractions")
            << jws(goodHeader, withClaims(R"("n":9007199254740991,"x":12345678901234567890.5)"));
    QTest::newRow("millisecond timestamp under another name")
            << jws(goodHeader, withClaims(R"("created_ms":1700000000000)"));
    QTest::newRow("digits failing Luhn")
            << jws(goodHeader, withClaims(R"("order":"4111111111111112")"));
    QTest::newRow("harmless names")
            << jws(goodHeader,
                   withClaims(R"("className":"x","passenger":"y","compass":1,)"
                              R"("pinned":true,"spanish":"es","Pinecone":2)"));
    QTest::newRow("crit b64 true")
            << jws(R"({"alg":"HS256","b64":true,"crit":["b64"]})", goodPayload);
    // Plain text under a header that does not say JWT is opaque content (RFC 7515 A.4); with
    // typ JWT it would be a malformed claims set (claims-malformed).
    QTest::newRow("payload not JSON") << jws(R"({"alg":"HS256"})", "hello");
}

void TestFindings::noFindings()
{
    QFETCH(QString, token);
    const QList<Finding> findings = review(token);
    QVERIFY2(findings.isEmpty(), qPrintable(ids(findings)));
}

void TestFindings::sortedWorstFirst()
{
    // info (cty), warning (jku, no exp), error (alg none) in header order
    const QList<Finding> findings = review(
            jws(R"({"cty":"JWT","jku":"https://x.example/k","alg":"none"})", R"({"sub":"1"})", ""));
    QVERIFY(findings.size() >= 4);
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY(int(findings.at(i - 1).severity) <= int(findings.at(i).severity));
    QCOMPARE(findings.first().id, QStringLiteral("alg-none"));
    QCOMPARE(findings.last().id, QStringLiteral("cty-nested"));

    QList<Finding> list(3);
    list[0].id = QStringLiteral("i");
    list[0].severity = Finding::Severity::Info;
    list[1].id = QStringLiteral("w1");
    list[2].id = QStringLiteral("w2");
    Findings::sort(list);
    QCOMPARE(ids(list), QStringLiteral("w1, w2, i"));
}

void TestFindings::weakSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("shown");
    QTest::newRow("named") << QByteArray("keyboard cat") << QStringLiteral("\"keyboard cat\"");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
}

void TestFindings::weakSecret()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, shown);
    const Finding f = Findings::weakSecret(secret);
    QCOMPARE(f.id, QStringLiteral("weak-secret"));
    QCOMPARE(f.severity, Finding::Severity::Error);
    QCOMPARE(f.part, TokenPart::Signature);
    QVERIFY2(f.message.contains(shown), qPrintable(f.message));
    QVERIFY(!f.reference.isEmpty());
}

void TestFindings::commonSecrets()
{
    const QStringList &list = Findings::commonSecrets();
    QVERIFY(list.size() >= 300);
    for (const char *s :
         {"secret", "your-256-bit-secret", "your_secret_key", "mysecretkey", "secretkey",
          "changeme", "password", "123456", "jwt_secret", "supersecret", "shhhhh", "keyboard cat"})
        QVERIFY2(list.contains(QLatin1String(s)), s);
    QCOMPARE(QSet<QString>(list.cbegin(), list.cend()).size(), list.size());
    for (const QString &s : list)
        QVERIFY(!s.isEmpty() && s.trimmed() == s);
}

void TestFindings::severityNames()
{
    QCOMPARE(severityName(Finding::Severity::Error), QStringLiteral("error"));
    QCOMPARE(severityName(Finding::Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityName(Finding::Severity::Info), QStringLiteral("info"));
}

void TestFindings::malformedTokensDoNotCrash_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("one part") << QStringLiteral("abc");
    QTest::newRow("header not JSON") << jws("{", goodPayload);
    QTest::newRow("header an array") << jws("[1]", goodPayload);
    QTest::newRow("payload open string") << jws(goodHeader, R"({"password":"x)");
    QTest::newRow("four parts") << jws(goodHeader, goodPayload) + QStringLiteral(".x");
    QTest::newRow("deep payload") << jws(goodHeader, QByteArray(600, '[') + QByteArray(600, ']'));
}

void TestFindings::malformedTokensDoNotCrash()
{
    QFETCH(QString, token);
    const QList<Finding> findings = review(token);
    for (const Finding &f : findings)
        QVERIFY(Findings::ids().contains(f.id));
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
