// SPDX-License-Identifier: MIT
// TokenFinder: the tokens in headers, cookies, URLs, curl lines, logs, JSON and HAR files.
#include "tokenfinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jws(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return b64(header) + '.' + b64(payload) + '.' + b64(signature);
}

/// The tokens a table row refers to by a letter: {A} in a text is replaced by token A.
const QHash<QString, QByteArray> &tokens()
{
    static const QHash<QString, QByteArray> table {
            {QStringLiteral("A"),
             jws(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"alice","exp":1700000000})",
                 QByteArray(32, '\x11'))},
            {QStringLiteral("B"),
             jws(R"({"alg":"RS256","kid":"k1"})", R"({"sub":"bob","scope":"read"})",
                 QByteArray(256, '\x22'))},
            {QStringLiteral("C"),
             jws(R"({"alg":"ES256"})", R"({"iss":"https://issuer.example","sub":"carol"})",
                 QByteArray(64, '\x33'))},
            // An unsecured token: its third part is empty, so it ends with a dot.
            {QStringLiteral("N"),
             b64(R"({"alg":"none"})") + '.' + b64(R"({"sub":"nobody"})") + '.'},
            // JWE with the empty encrypted key of "dir": two dots in a row.
            {QStringLiteral("E"),
             b64(R"({"alg":"dir","enc":"A256GCM"})") + ".." + b64(QByteArray(12, '\x44')) + '.'
                     + b64(QByteArray(40, '\x55')) + '.' + b64(QByteArray(16, '\x66'))},
            // JWE with an encrypted key.
            {QStringLiteral("F"),
             b64(R"({"alg":"RSA-OAEP-256","enc":"A128CBC-HS256","kid":"enc-1"})") + '.'
                     + b64(QByteArray(256, '\x77')) + '.' + b64(QByteArray(16, '\x01')) + '.'
                     + b64(QByteArray(48, '\x02')) + '.' + b64(QByteArray(16, '\x03'))},
            // A header with whitespace before its members (still a JSON object).
            {QStringLiteral("W"),
             jws("{\n  \"alg\": \"HS384\"\n}", R"({"sub":"spaced"})", QByteArray(48, '\x04'))},
    };
    return table;
}

QByteArray expand(QString text)
{
    const QHash<QString, QByteArray> &table = tokens();
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QString::fromLatin1(*it));
    return text.toUtf8();
}

QString letterOf(const QByteArray &token)
{
    const QHash<QString, QByteArray> &table = tokens();
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (*it == token)
            return it.key();
    }
    return QStringLiteral("?") + QString::fromLatin1(token.left(20));
}

/// "A JWS line 2, header Authorization", one per token found.
QStringList summary(const TokenFinder::Result &result)
{
    QStringList lines;
    for (const FoundToken &found : result.tokens)
        lines << QStringLiteral("%1 %2 %3")
                         .arg(letterOf(found.token), TokenFinder::kindName(found.kind),
                              found.where());
    return lines;
}

QJsonObject header(const QString &name, const QString &value)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

/// A HAR the way browsers write it (Chrome's field order, pretty-printed).
QByteArray makeHar()
{
    const QHash<QString, QByteArray> &t = tokens();
    const QString a = QString::fromLatin1(t.value(QStringLiteral("A")));
    const QString b = QString::fromLatin1(t.value(QStringLiteral("B")));
    const QString c = QString::fromLatin1(t.value(QStringLiteral("C")));
    const QString e = QString::fromLatin1(t.value(QStringLiteral("E")));

    QJsonArray entries;
    // 1: an API call with a bearer token and a session cookie; the response sets a cookie
    // and returns tokens in JSON.
    entries.append(QJsonObject {
            {QStringLiteral("request"),
             QJsonObject {
                     {QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("url"), QStringLiteral("https://api.example/v1/me?x=1")},
                     {QStringLiteral("headers"),
                      QJsonArray {header(QStringLiteral("Authorization"),
                                         QStringLiteral("Bearer ") + a),
                                  header(QStringLiteral("Cookie"),
                                         QStringLiteral("theme=dark; sid=") + b)}},
                     {QStringLiteral("cookies"),
                      QJsonArray {header(QStringLiteral("theme"), QStringLiteral("dark")),
                                  header(QStringLiteral("sid"), b)}},
             }},
            {QStringLiteral("response"),
             QJsonObject {
                     {QStringLiteral("status"), 200},
                     {QStringLiteral("headers"),
                      QJsonArray {header(QStringLiteral("Set-Cookie"),
                                         QStringLiteral("refresh=") + c
                                                 + QStringLiteral("; Path=/; HttpOnly"))}},
                     {QStringLiteral("cookies"), QJsonArray {header(QStringLiteral("refresh"), c)}},
                     {QStringLiteral("content"),
                      QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                                   {QStringLiteral("text"),
                                    QStringLiteral(R"({"id_token":"%1","token_type":"Bearer"})")
                                            .arg(e)}}},
             }},
    });
    // 2: the redirect of an implicit flow: the tokens ride in the Location's fragment.
    entries.append(QJsonObject {
            {QStringLiteral("request"),
             QJsonObject {{QStringLiteral("method"), QStringLiteral("GET")},
                          {QStringLiteral("url"), QStringLiteral("https://idp.example/authorize")},
                          {QStringLiteral("headers"), QJsonArray()}}},
            {QStringLiteral("response"),
             QJsonObject {{QStringLiteral("status"), 302},
                          {QStringLiteral("headers"),
                           QJsonArray {header(QStringLiteral("Location"),
                                              QStringLiteral("https://app.example/cb#state=s&"
                                                             "id_token=")
                                                      + a)}},
                          {QStringLiteral("content"),
                           QJsonObject {{QStringLiteral("text"), QStringLiteral("")}}}}},
    });
    // 3: a form post with a token in the body (RFC 7523 assertion) and a base64 body that
    // is not decoded.
    entries.append(QJsonObject {
            {QStringLiteral("request"),
             QJsonObject {
                     {QStringLiteral("method"), QStringLiteral("POST")},
                     {QStringLiteral("url"), QStringLiteral("https://idp.example/token")},
                     {QStringLiteral("headers"), QJsonArray()},
                     {QStringLiteral("postData"),
                      QJsonObject {{QStringLiteral("mimeType"),
                                    QStringLiteral("application/x-www-form-urlencoded")},
                                   {QStringLiteral("text"),
                                    QStringLiteral("grant_type=jwt-bearer&assertion=") + c},
                                   {QStringLiteral("params"),
                                    QJsonArray {header(QStringLiteral("grant_type"),
                                                       QStringLiteral("jwt-bearer")),
                                                header(QStringLiteral("assertion"), c)}}}},
             }},
            {QStringLiteral("response"),
             QJsonObject {{QStringLiteral("status"), 200},
                          {QStringLiteral("headers"), QJsonArray()},
                          {QStringLiteral("content"),
                           QJsonObject {{QStringLiteral("encoding"), QStringLiteral("base64")},
                                        {QStringLiteral("text"),
                                         QString::fromLatin1(
                                                 t.value(QStringLiteral("F")).toBase64())}}}}},
    });
    // 4: the API token again, in a path segment.
    entries.append(QJsonObject {
            {QStringLiteral("request"),
             QJsonObject {
                     {QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("url"), QStringLiteral("https://api.example/introspect/") + b},
                     {QStringLiteral("headers"), QJsonArray()}}},
            {QStringLiteral("response"), QJsonObject {{QStringLiteral("status"), 404}}},
    });
    const QJsonObject har {
            {QStringLiteral("log"),
             QJsonObject {{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"),
                           QJsonObject {{QStringLiteral("name"), QStringLiteral("test")}}},
                          {QStringLiteral("entries"), entries}}}};
    return QJsonDocument(har).toJson(QJsonDocument::Indented);
}

} // namespace

class TestTokenFinder : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void notTokens_data();
    void notTokens();
    void offsetsPointAtTheToken_data();
    void offsetsPointAtTheToken();
    void sameTokenListedOnce();
    void har();
    void harOffsetsAndOrder();
    void jsonDocumentPaths();
    void escapedOnlyInJson();
    void placesAreCapped();
    void pathologicalInputsEnd_data();
    void pathologicalInputsEnd();
    void placeText_data();
    void placeText();
};

void TestTokenFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("bare token") << QStringLiteral("{A}") << QStringList {"A JWS line 1"};
    QTest::newRow("bare token, newline") << QStringLiteral("{A}\n") << QStringList {"A JWS line 1"};
    QTest::newRow("bearer header line")
            << QStringLiteral("GET /v1/me HTTP/1.1\r\nHost: api.example\r\n"
                              "Authorization: Bearer {A}\r\n\r\n")
            << QStringList {"A JWS line 3, header Authorization"};
    QTest::newRow("header without scheme") << QStringLiteral("Host: x\nX-Id-Token: {C}\n")
                                           << QStringList {"C JWS line 2, header X-Id-Token"};
    QTest::newRow("DPoP proof header")
            << QStringLiteral("Authorization: DPoP {A}\nDPoP: {B}\n")
            << QStringList {"A JWS line 1, header Authorization", "B JWS line 2, header DPoP"};
    QTest::newRow("cookie header")
            << QStringLiteral("Host: x\nCookie: theme=dark; session={B}; lang=en\n")
            << QStringList {"B JWS line 2, cookie session"};
    QTest::newRow("two cookies") << QStringLiteral("Host: x\ncookie: a={A}; b={B}\n")
                                 << QStringList {"A JWS line 2, cookie a",
                                                 "B JWS line 2, cookie b"};
    QTest::newRow("set-cookie") << QStringLiteral(
            "HTTP/1.1 200 OK\nSet-Cookie: refresh={C}; Path=/; HttpOnly\n")
                                << QStringList {"C JWS line 2, Set-Cookie refresh"};
    QTest::newRow("fragment, one line")
            << QStringLiteral("https://app.example/cb#id_token={A}&access_token={B}&state=xyz")
            << QStringList {"A JWS URL fragment id_token", "B JWS URL fragment access_token"};
    QTest::newRow("query, one line") << QStringLiteral("https://api.example/x?a=1&access_token={B}")
                                     << QStringList {"B JWS URL query access_token"};
    QTest::newRow("query then fragment")
            << QStringLiteral("https://app.example/cb?code=1#state=2&id_token={C}")
            << QStringList {"C JWS URL fragment id_token"};
    QTest::newRow("request line query")
            << QStringLiteral("GET /cb?state=1&id_token={A} HTTP/1.1\nHost: app\n")
            << QStringList {"A JWS line 1, URL query id_token"};
    QTest::newRow("curl, one line")
            << QStringLiteral("curl 'https://api.example/x?t={C}' -H 'Authorization: Bearer {A}' "
                              "-b 'theme=dark; sid={B}'")
            << QStringList {"C JWS URL query t", "A JWS header Authorization", "B JWS cookie sid"};
    QTest::newRow("curl, continued lines")
            << QStringLiteral(
                       "curl https://api.example/x \\\n  -H \"authorization: Bearer {A}\" \\\n"
                       "  -H \"X-Trace: 1\" \\\n  --cookie \"sid={B}\" \\\n"
                       "  -d 'grant_type=x&assertion={C}'\n")
            << QStringList {"A JWS line 2, header authorization", "B JWS line 4, cookie sid",
                            "C JWS line 5, parameter assertion"};
    QTest::newRow("curl --cookie=") << QStringLiteral("curl --cookie=sid={B} https://x")
                                    << QStringList {"B JWS cookie sid"};
    QTest::newRow("log lines") << QStringLiteral(
            "2024-05-01T10:00:00Z INFO start\n"
            "2024-05-01T10:00:01Z INFO login ok user=alice token={A} ip=10.0.0.1\n"
            "2024-05-01T10:00:02Z WARN refresh failed: {B}\n"
            "2024-05-01T10:00:03Z DEBUG id token: {C}\n")
                               << QStringList {"A JWS line 2, parameter token", "B JWS line 3",
                                               "C JWS line 4"};
    QTest::newRow("JSON log line")
            << QStringLiteral("{\"level\":\"info\",\"id_token\":\"{A}\"}\n{\"msg\":\"x\"}\n")
            << QStringList {"A JWS line 1, JSON id_token"};
    QTest::newRow("fetch() copy") << QStringLiteral(
            "fetch(\"https://api.example/me\", {\n  \"headers\": {\n"
            "    \"authorization\": \"Bearer {A}\"\n  }\n});\n")
                                  << QStringList {"A JWS line 3, header authorization"};
    QTest::newRow("edges of lines")
            << QStringLiteral("{A}\nmiddle {B} text\nend of line: ({C})\n{N}")
            << QStringList {"A JWS line 1", "B JWS line 2", "C JWS line 3", "N JWS line 4"};
    QTest::newRow("sentence full stop") << QStringLiteral("The token was {A}. Then {N}. Done.")
                                        << QStringList {"A JWS line 1", "N JWS line 1"};
    QTest::newRow("quotes and brackets")
            << QStringLiteral("'{A}' \"{B}\" <{C}> [{N}]")
            << QStringList {"A JWS line 1", "B JWS line 1", "C JWS line 1", "N JWS line 1"};
    QTest::newRow("JWE dir") << QStringLiteral("token={E}")
                             << QStringList {"E JWE parameter token"};
    QTest::newRow("JWE with key, in a cookie")
            << QStringLiteral("Cookie: enc={F}") << QStringList {"F JWE cookie enc"};
    QTest::newRow("header with whitespace")
            << QStringLiteral("x {W} y") << QStringList {"W JWS line 1"};
    QTest::newRow("percent-encoded redirect") << QStringLiteral(
            "https://idp/x?redirect_uri=https%3A%2F%2Fapp%2Fcb%3Fid_token%3D{A}%26s%3D1")
                                              << QStringList {"A JWS line 1"};
    QTest::newRow("URL path") << QStringLiteral("https://api.example/introspect/{A}/details")
                              << QStringList {"A JWS line 1"};
    QTest::newRow("after a dotted word")
            << QStringLiteral("value=x.{A}") << QStringList {"A JWS line 1"};
    QTest::newRow("none") << QStringLiteral("no tokens here, just www.example.com and v1.2.3\n")
                          << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestTokenFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TokenFinder::Result result = TokenFinder::find(expand(text));
    QCOMPARE(summary(result), expected);
    QCOMPARE(result.format, TokenFinder::Format::Text);
}

void TestTokenFinder::notTokens_data()
{
    QTest::addColumn<QByteArray>("text");

    const QByteArray payload = b64(R"({"sub":"x"})");
    const QByteArray sig = b64(QByteArray(32, '\x01'));
    QTest::newRow("base64 blobs with dots")
            << QByteArray("aGVsbG8gd29ybGQ.Zm9vYmFyYmF6cXV4.c29tZSBvdGhlciBkYXRh");
    QTest::newRow("header is not JSON") << b64("hello world!") + '.' + payload + '.' + sig;
    QTest::newRow("header is an array") << b64(R"(["alg","HS256"])") + '.' + payload + '.' + sig;
    QTest::newRow("header without alg") << b64(R"({"typ":"JWT"})") + '.' + payload + '.' + sig;
    QTest::newRow("alg not a string") << b64(R"({"alg":256})") + '.' + payload + '.' + sig;
    QTest::newRow("header JSON broken") << b64(R"({"alg":"HS256")") + '.' + payload + '.' + sig;
    QTest::newRow("JWE header, three parts")
            << b64(R"({"alg":"dir","enc":"A128GCM"})") + '.' + payload + '.' + sig;
    QTest::newRow("two parts") << b64(R"({"alg":"HS256"})") + '.' + payload;
    QTest::newRow("payload length impossible")
            << b64(R"({"alg":"HS256"})") + '.' + payload + "AAAAA." + sig;
    QTest::newRow("standard base64 in signature")
            << b64(R"({"alg":"HS256"})") + '.' + payload + ".ab+/cd";
    QTest::newRow("padding") << b64(R"({"alg":"HS256"})") + '.' + payload + '.' + sig + "==";
    QTest::newRow("repeated header member")
            << b64(R"({"alg":"HS256","alg":"none"})") + '.' + payload + '.' + sig;
    QTest::newRow("domain names") << QByteArray("see www.example.com or api.v2.example.org.");
    QTest::newRow("dots only") << QByteArray(".......... . .. ...");
    QTest::newRow("ey but not JSON") << QByteArray("eyJfoo.eyJbar.baz");
}

void TestTokenFinder::notTokens()
{
    QFETCH(QByteArray, text);
    const TokenFinder::Result result = TokenFinder::find(text);
    QCOMPARE(summary(result), QStringList());
}

void TestTokenFinder::offsetsPointAtTheToken_data()
{
    find_data();
}

void TestTokenFinder::offsetsPointAtTheToken()
{
    QFETCH(QString, text);
    const QByteArray bytes = expand(text);
    const TokenFinder::Result result = TokenFinder::find(bytes);
    for (const FoundToken &found : result.tokens) {
        QVERIFY(found.offset >= 0);
        QCOMPARE(bytes.mid(found.offset, found.token.size()), found.token);
        QCOMPARE(bytes.indexOf(found.token), found.offset);
        QCOMPARE(found.count, found.places.size());
    }
}

void TestTokenFinder::sameTokenListedOnce()
{
    // Sent on three lines, twice in one URL: one token, every distinct place, the first
    // one first.
    const QByteArray text = expand(QStringLiteral("Authorization: Bearer {A}\n"
                                                  "Cookie: sid={A}\n"
                                                  "GET /x?t={A}&u={B}&t={A}\n"
                                                  "then {A} again\n"));
    const TokenFinder::Result result = TokenFinder::find(text);
    QCOMPARE(summary(result),
             (QStringList {"A JWS line 1, header Authorization", "B JWS line 3, URL query u"}));
    const FoundToken &a = result.tokens.first();
    QCOMPARE(a.offset, text.indexOf(a.token));
    QStringList places;
    for (const TokenPlace &place : a.places)
        places << place.text();
    QCOMPARE(places,
             (QStringList {"line 1, header Authorization", "line 2, cookie sid",
                           "line 3, URL query t", "line 4"}));
    QCOMPARE(a.count, 4);
}

void TestTokenFinder::har()
{
    const TokenFinder::Result result = TokenFinder::find(makeHar());
    QCOMPARE(result.format, TokenFinder::Format::Har);
    QStringList all;
    for (const FoundToken &found : result.tokens) {
        QStringList places;
        for (const TokenPlace &place : found.places)
            places << place.text();
        all << letterOf(found.token) + QLatin1Char(' ') + TokenFinder::kindName(found.kind) + ": "
                        + places.join(QLatin1String(" | "));
    }
    // In text order (QJsonDocument wrote the members sorted: request 1's cookies come
    // first). A request's cookies[] and its Cookie header are one place; the base64 body of
    // response 3 (token F) is not decoded.
    QCOMPARE(all,
             (QStringList {
                     "B JWS: request 1, cookie sid | request 4, URL",
                     "A JWS: request 1, header Authorization | response 2, header Location, URL "
                     "fragment id_token",
                     "E JWE: response 1, body, JSON id_token",
                     "C JWS: response 1, Set-Cookie refresh | request 3, body, parameter assertion",
             }));
}

void TestTokenFinder::harOffsetsAndOrder()
{
    const QByteArray har = makeHar();
    const TokenFinder::Result result = TokenFinder::find(har);
    qsizetype previous = -1;
    for (const FoundToken &found : result.tokens) {
        QCOMPARE(found.offset, har.indexOf(found.token));
        QVERIFY(found.offset > previous);
        previous = found.offset;
    }
    // Not a HAR when the text around it is not one JSON document: the text scan's places.
    const TokenFinder::Result broken = TokenFinder::find(har + "\n,");
    QCOMPARE(broken.format, TokenFinder::Format::Text);
    QCOMPARE(broken.tokens.size(), result.tokens.size());
    QVERIFY(broken.tokens.first().where().startsWith(QLatin1String("line ")));
}

void TestTokenFinder::jsonDocumentPaths()
{
    const QByteArray text = expand(QStringLiteral(
            R"({"staging": {"id_token": "{A}", "note": "x"}, "prod": [{"t": "{B}"}, "Bearer {C}"]})"));
    const TokenFinder::Result result = TokenFinder::find(text);
    QCOMPARE(result.format, TokenFinder::Format::Json);
    QCOMPARE(summary(result),
             (QStringList {"A JWS JSON staging.id_token", "B JWS JSON prod[0].t",
                           "C JWS JSON prod[1]"}));
}

void TestTokenFinder::escapedOnlyInJson()
{
    // Written with an escaped dot, the token is not in the text as such: found in the
    // decoded string, with no offset.
    QByteArray a = tokens().value(QStringLiteral("A"));
    const qsizetype dot = a.indexOf('.');
    QByteArray escaped = a;
    escaped.replace(dot, 1, "\\u002e");
    const TokenFinder::Result result = TokenFinder::find("[\"" + escaped + "\"]");
    QCOMPARE(result.tokens.size(), 1);
    QCOMPARE(result.tokens.first().token, a);
    QCOMPARE(result.tokens.first().offset, qsizetype(-1));
    QCOMPARE(result.tokens.first().where(), QStringLiteral("JSON [0]"));
}

void TestTokenFinder::placesAreCapped()
{
    QByteArray text;
    const QByteArray a = tokens().value(QStringLiteral("A"));
    const int lines = int(FoundToken::MaxPlaces) + 5;
    for (int i = 0; i < lines; ++i)
        text += "seen " + a + '\n';
    const TokenFinder::Result result = TokenFinder::find(text);
    QCOMPARE(result.tokens.size(), 1);
    QCOMPARE(result.tokens.first().places.size(), FoundToken::MaxPlaces);
    QCOMPARE(result.tokens.first().count, qsizetype(lines));
    QCOMPARE(result.tokens.first().places.last().line, int(FoundToken::MaxPlaces));
}

void TestTokenFinder::pathologicalInputsEnd_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected");

    const QByteArray header = b64(R"({"alg":"HS256"})");
    QTest::newRow("1 MiB of dots") << QByteArray(1 << 20, '.') << 0;
    QTest::newRow("1 MiB of letters") << QByteArray(1 << 20, 'e') << 0;
    QTest::newRow("a.a.a… 1 MiB") << QByteArray("a.").repeated(1 << 19) << 0;
    // Every segment a header: the headers pair up into tokens, none looked at twice.
    QTest::newRow("header.header.… ") << (header + '.').repeated(30000) << 1;
    QTest::newRow("header and one dot") << (header + ". ").repeated(30000) << 0;
    QTest::newRow("one long line of = pairs") << QByteArray("a=b&").repeated(1 << 18) + header << 0;
    QTest::newRow("cookie list, 1 MiB") << "Cookie: " + QByteArray("a=b; ").repeated(1 << 18) << 0;
}

void TestTokenFinder::pathologicalInputsEnd()
{
    QFETCH(QByteArray, text);
    QFETCH(int, expected);
    const TokenFinder::Result result = TokenFinder::find(text);
    QCOMPARE(int(result.tokens.size()), expected);
}

void TestTokenFinder::placeText_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    using K = TokenPlace::Kind;
    const int req = int(TokenPlace::Side::Request);
    const int resp = int(TokenPlace::Side::Response);
    const int none = int(TokenPlace::Side::None);
    QTest::newRow("request header") << 12 << req << 0 << int(K::Header) << "Authorization"
                                    << "request 12, header Authorization";
    QTest::newRow("response set-cookie") << 3 << resp << 0 << int(K::SetCookie) << "sid"
                                         << "response 3, Set-Cookie sid";
    QTest::newRow("fragment, no line") << 0 << none << 0 << int(K::Fragment) << "id_token"
                                       << "URL fragment id_token";
    QTest::newRow("line only") << 0 << none << 7 << int(K::Text) << ""
                               << "line 7";
    QTest::newRow("line and query") << 0 << none << 2 << int(K::Query) << "t"
                                    << "line 2, URL query t";
    QTest::newRow("json") << 0 << none << 0 << int(K::Json) << "a.b[1]"
                          << "JSON a.b[1]";
    QTest::newRow("body") << 1 << req << 0 << int(K::Body) << ""
                          << "request 1, body";
    QTest::newRow("nothing") << 0 << none << 0 << int(K::Text) << ""
                             << "text";
}

void TestTokenFinder::placeText()
{
    QFETCH(int, entry);
    QFETCH(int, side);
    QFETCH(int, line);
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    TokenPlace place;
    place.entry = entry;
    place.side = TokenPlace::Side(side);
    place.line = line;
    if (TokenPlace::Kind(kind) != TokenPlace::Kind::Text)
        place.steps.append({TokenPlace::Kind(kind), name});
    QCOMPARE(place.text(), expected);
}

QTEST_GUILESS_MAIN(TestTokenFinder)
#include "tst_tokenfinder.moc"
