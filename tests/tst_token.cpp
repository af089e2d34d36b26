// SPDX-License-Identifier: MIT
#include "base64url.h"
#include "token.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestToken : public QObject
{
    Q_OBJECT

private slots:
    void vectorsRoundTrip_data();
    void vectorsRoundTrip();
    void rfc7515A1();
    void wrapping_data();
    void wrapping();
    void problems_data();
    void problems();
    void wellFormed_data();
    void wellFormed();
    void malformedPartsStillDecode();
    void jwe();
    void headerValues();
    void partNames_data();
    void partNames();
    void largePayload();
    void manyDots();
    void nonLatin1Character();
};

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

QByteArray jws(const QByteArray &header, const QByteArray &payload, const QByteArray &sig = "c2ln")
{
    return b64(header) + '.' + b64(payload) + '.' + sig;
}

const QByteArray hs256 = R"({"alg":"HS256","typ":"JWT"})";
const QByteArray claims = R"({"sub":"1234567890","name":"John Doe","iat":1516239022})";

QByteArray joined(const Token &token)
{
    QByteArrayList parts;
    for (const Segment &s : token.segments())
        parts.append(s.encoded);
    return parts.join('.');
}

} // namespace

void TestToken::vectorsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QFile file(QStringLiteral(JWTLENS_TESTDATA "/vectors/manifest.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(cases.size() >= 10);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
                << c.value(QLatin1String("token")).toString();
    }
}

void TestToken::vectorsRoundTrip()
{
    QFETCH(QString, text);
    const Token token = Token::parse(text);
    QCOMPARE(token.form(), Token::Form::Jws);
    QVERIFY2(token.isWellFormed(),
             qPrintable(token.problems().isEmpty() ? QString() : token.problems().first().text()));
    QCOMPARE(token.segments().size(), 3);
    // Joining the segments as written gives back the token, byte for byte.
    QCOMPARE(joined(token), text.toLatin1());
    const QStringList parts = text.split(QLatin1Char('.'));
    QCOMPARE(token.signingInput(), (parts.at(0) + QLatin1Char('.') + parts.at(1)).toLatin1());
    qsizetype position = 0;
    for (int i = 0; i < 3; ++i) {
        const Segment &s = token.segments().at(i);
        QVERIFY(s.present);
        QVERIFY(s.decodes);
        QCOMPARE(s.start, position);
        QCOMPARE(s.length, parts.at(i).size());
        QCOMPARE(text.mid(s.start, s.length), parts.at(i));
        QCOMPARE(s.decoded, Base64Url::decode(s.encoded).bytes);
        position += s.length + 1;
    }
    QCOMPARE(token.header().part, TokenPart::Header);
    QCOMPARE(token.payload().part, TokenPart::Payload);
    QCOMPARE(token.signature().part, TokenPart::Signature);
    QVERIFY(token.hasAlg());
    QVERIFY(token.headerObject().isObject);
}

void TestToken::rfc7515A1()
{
    const QString text = QStringLiteral(
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
            "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQ"
            "ogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_"
            "wW1gFWFOEjXk");
    const Token token = Token::parse(text);
    QVERIFY(token.problems().isEmpty());
    QCOMPARE(token.header().decoded, QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"));
    QCOMPARE(token.payload().decoded,
             QByteArray("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n "
                        "\"http://example.com/is_root\":true}"));
    QCOMPARE(token.alg(), QStringLiteral("HS256"));
    QCOMPARE(token.typ(), QStringLiteral("JWT"));
    QVERIFY(token.kid().isEmpty());
    QVERIFY(token.payloadIsJson());
    const Json::Object &payload = token.payloadObject();
    QVERIFY(payload.isObject);
    QCOMPARE(payload.members.size(), 3);
    QCOMPARE(payload.find(u"exp")->raw, QByteArray("1300819380"));
    QCOMPARE(payload.find(u"http://example.com/is_root")->kind, Json::ValueKind::True);
    QCOMPARE(joined(token), text.toLatin1());
}

void TestToken::wrapping_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("nothing") << QString() << QString();
    QTest::newRow("spaces and newline") << QStringLiteral("  \n") << QStringLiteral(" \r\n");
    QTest::newRow("Bearer") << QStringLiteral("Bearer ") << QString();
    QTest::newRow("bearer lower case") << QStringLiteral("bearer ") << QString();
    QTest::newRow("BEARER with spaces around")
            << QStringLiteral("  BEARER   ") << QStringLiteral("\t");
    QTest::newRow("Bearer with a tab") << QStringLiteral("Bearer\t") << QStringLiteral("\n");
}

void TestToken::wrapping()
{
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    const QString core = QString::fromLatin1(jws(hs256, claims));
    const Token token = Token::parse(prefix + core + suffix);
    QCOMPARE(token.form(), Token::Form::Jws);
    QVERIFY(token.problems().isEmpty());
    QCOMPARE(token.start(), prefix.size());
    QCOMPARE(token.length(), core.size());
    QCOMPARE(token.header().start, prefix.size());
    QCOMPARE(token.payload().start, prefix.size() + core.indexOf(QLatin1Char('.')) + 1);
    QCOMPARE(joined(token), core.toLatin1());
    QCOMPARE(token.alg(), QStringLiteral("HS256"));
}

void TestToken::problems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Token::Form>("form");
    QTest::addColumn<TokenPart>("part");
    QTest::addColumn<Problem::Severity>("severity");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<bool>("inDecoded");
    QTest::addColumn<QString>("message");
    using S = Problem::Severity;
    const auto Jws = Token::Form::Jws;
    const QByteArray header = b64(hs256);
    const QByteArray payload = b64(claims);

    QTest::newRow("empty") << QByteArray("  ") << Token::Form::Empty << TokenPart::Token << S::Error
                           << qsizetype(-1) << false
                           << QStringLiteral("token: no token (the text is empty)");
    QTest::newRow("two parts") << header + '.' + payload << Token::Form::Malformed
                               << TokenPart::Token << S::Error << qsizetype(-1) << false
                               << QStringLiteral("token: a JWS has 3 parts and a JWE 5, separated "
                                                 "by '.'; this token has 2 part(s)");
    QTest::newRow("four parts") << header + '.' + payload + ".c2ln.c2ln" << Token::Form::Malformed
                                << TokenPart::Token << S::Error << qsizetype(-1) << false
                                << QStringLiteral("token: a JWS has 3 parts and a JWE 5, separated "
                                                  "by '.'; this token has 4 part(s)");
    QTest::newRow("one part") << QByteArray("abcd") << Token::Form::Malformed << TokenPart::Token
                              << S::Error << qsizetype(-1) << false
                              << QStringLiteral("token: a JWS has 3 parts and a JWE 5, separated "
                                                "by '.'; this token has 1 part(s)");
    QTest::newRow("padding in the signature")
            << header + '.' + payload + ".c2lnbg==" << Jws << TokenPart::Signature << S::Error
            << qsizetype(6) << false
            << QStringLiteral("signature: invalid base64url at offset 6: '=' padding is not "
                              "allowed in base64url");
    QTest::newRow("padding in the header")
            << b64("{\"alg\":\"HS256\"}") + "=." + payload + ".c2ln" << Jws << TokenPart::Header
            << S::Error << qsizetype(20) << false
            << QStringLiteral("header: invalid base64url at offset 20: '=' padding is not allowed "
                              "in base64url");
    QTest::newRow("plus in the payload")
            << header + ".ab+d." + "c2ln" << Jws << TokenPart::Payload << S::Error << qsizetype(2)
            << false
            << QStringLiteral("payload: invalid base64url at offset 2: '+' is base64, not "
                              "base64url (use '-' and '_')");
    QTest::newRow("slash in the signature")
            << header + '.' + payload + ".ab/d" << Jws << TokenPart::Signature << S::Error
            << qsizetype(2) << false
            << QStringLiteral("signature: invalid base64url at offset 2: '/' is base64, not "
                              "base64url (use '-' and '_')");
    QTest::newRow("space inside a segment")
            << header + '.' + payload + ".ab cd" << Jws << TokenPart::Signature << S::Error
            << qsizetype(2) << false
            << QStringLiteral("signature: invalid base64url at offset 2: ' ' is not a base64url "
                              "character");
    QTest::newRow("impossible length")
            << header + '.' + payload + ".c2lnA" << Jws << TokenPart::Signature << S::Error
            << qsizetype(4) << false
            << QStringLiteral("signature: invalid base64url at offset 4: a length of 5 characters "
                              "is impossible in base64url");
    QTest::newRow("header not JSON")
            << jws("{alg:HS256}", claims) << Jws << TokenPart::Header << S::Error << qsizetype(1)
            << true
            << QStringLiteral("header: invalid JSON at offset 1: expected a member name in double "
                              "quotes");
    QTest::newRow("header missing comma")
            << jws(R"({"alg":"HS256" "typ":"JWT"})", claims) << Jws << TokenPart::Header << S::Error
            << qsizetype(15) << true
            << QStringLiteral("header: invalid JSON at offset 15: expected ',' or '}'");
    QTest::newRow("header is an array")
            << jws(R"(["alg","HS256"])", claims) << Jws << TokenPart::Header << S::Error
            << qsizetype(0) << true << QStringLiteral("header: the header is not a JSON object");
    QTest::newRow("header is empty")
            << "." + payload + ".c2ln" << Jws << TokenPart::Header << S::Error << qsizetype(0)
            << true << QStringLiteral("header: invalid JSON at offset 0: unexpected end of text");
    QTest::newRow("header without alg")
            << jws(R"({"typ":"JWT"})", claims) << Jws << TokenPart::Header << S::Error
            << qsizetype(-1) << false
            << QStringLiteral("header: no \"alg\" member (RFC 7515 §4.1.1)");
    QTest::newRow("alg is not a string")
            << jws(R"({"alg":256})", claims) << Jws << TokenPart::Header << S::Error << qsizetype(7)
            << true << QStringLiteral("header: \"alg\" is not a string");
    QTest::newRow("alg is null") << jws(R"({"alg":null})", claims) << Jws << TokenPart::Header
                                 << S::Error << qsizetype(7) << true
                                 << QStringLiteral("header: \"alg\" is not a string");
    QTest::newRow("repeated header member")
            << jws(R"({"alg":"HS256","alg":"none"})", claims) << Jws << TokenPart::Header
            << S::Error << qsizetype(15) << true
            << QStringLiteral("header: repeated member name \"alg\" at offset 15 (RFC 7515 §4)");
    QTest::newRow("invalid UTF-8 in the header")
            << jws("{\"alg\":\"HS256\",\"kid\":\"\xc0\xaf\"}", claims) << Jws << TokenPart::Header
            << S::Error << qsizetype(22) << true
            << QStringLiteral("header: invalid JSON at offset 22: invalid UTF-8");
    QTest::newRow("control character in the header")
            << jws("{\"alg\":\"HS\n256\"}", claims) << Jws << TokenPart::Header << S::Error
            << qsizetype(10) << true
            << QStringLiteral("header: invalid JSON at offset 10: control character U+000A in a "
                              "string");
    QTest::newRow("NUL byte in the header")
            << jws(QByteArray("{\"alg\":\"HS256\0\"}", 16), claims) << Jws << TokenPart::Header
            << S::Error << qsizetype(13) << true << QStringLiteral("header: NUL byte at offset 13");
    QTest::newRow("header nested too deep")
            << jws(R"({"alg":"HS256","x":)" + QByteArray(600, '[') + QByteArray(600, ']') + "}",
                   claims)
            << Jws << TokenPart::Header << S::Error << qsizetype(19 + 511) << true
            << QStringLiteral("header: invalid JSON at offset 530: nesting deeper than 512 levels");
    QTest::newRow("NUL byte in the payload text")
            << jws(hs256, QByteArray("{\"sub\":\"admin\0x\"}", 17)) << Jws << TokenPart::Payload
            << S::Error << qsizetype(13) << true
            << QStringLiteral("payload: NUL byte at offset 13");
    QTest::newRow("payload nested too deep")
            << jws(hs256, QByteArray(100000, '[')) << Jws << TokenPart::Payload << S::Error
            << qsizetype(512) << true
            << QStringLiteral(
                       "payload: invalid JSON at offset 512: nesting deeper than 512 levels");
    QTest::newRow("payload not JSON")
            << jws(hs256, "hello") << Jws << TokenPart::Payload << S::Warning << qsizetype(0)
            << true << QStringLiteral("payload: invalid JSON at offset 0: expected a value");
    QTest::newRow("payload with a JSON error")
            << jws(hs256, R"({"sub":"1234","n":1 "x":2})") << Jws << TokenPart::Payload
            << S::Warning << qsizetype(20) << true
            << QStringLiteral("payload: invalid JSON at offset 20: expected ',' or '}'");
    QTest::newRow("payload not UTF-8")
            << jws(hs256, "\x89PNG\r\n\x1a\n\0") << Jws << TokenPart::Payload << S::Warning
            << qsizetype(0) << true
            << QStringLiteral("payload: not UTF-8 text (invalid byte at offset 0): shown as bytes");
    QTest::newRow("payload empty")
            << header + "..c2ln" << Jws << TokenPart::Payload << S::Warning << qsizetype(-1)
            << false << QStringLiteral("payload: the payload is empty");
    QTest::newRow("payload is a JSON array")
            << jws(hs256, "[1,2]") << Jws << TokenPart::Payload << S::Warning << qsizetype(-1)
            << false
            << QStringLiteral("payload: the payload is JSON but not an object, so it has no "
                              "claims");
    QTest::newRow("duplicate claim")
            << jws(hs256, R"({"sub":"user","admin":false,"sub":"root"})") << Jws
            << TokenPart::Payload << S::Warning << qsizetype(28) << true
            << QStringLiteral("payload: duplicate claim \"sub\": the last one wins (RFC 7519 §4)");
    QTest::newRow("NUL character in the token text")
            << QByteArray("eyJh\0.e30.c2ln", 14) << Jws << TokenPart::Token << S::Error
            << qsizetype(4) << false << QStringLiteral("token: NUL byte at offset 4 in the token");
}

void TestToken::problems()
{
    QFETCH(QByteArray, text);
    QFETCH(Token::Form, form);
    QFETCH(TokenPart, part);
    QFETCH(Problem::Severity, severity);
    QFETCH(qsizetype, offset);
    QFETCH(bool, inDecoded);
    QFETCH(QString, message);
    const Token token = Token::parse(QString::fromLatin1(text));
    QCOMPARE(token.form(), form);
    QVERIFY(!token.problems().isEmpty());
    const Problem &problem = token.problems().first();
    QCOMPARE(problem.text(), message);
    QCOMPARE(problem.part, part);
    QCOMPARE(problem.severity, severity);
    QCOMPARE(problem.offset, offset);
    QCOMPARE(problem.inDecoded, inDecoded);
    QCOMPARE(problem.text(), partName(problem.part) + QStringLiteral(": ") + problem.message);
    QCOMPARE(token.isWellFormed(), severity == Problem::Severity::Warning);
    if (form != Token::Form::Empty)
        QCOMPARE(joined(token), text.trimmed());
}

void TestToken::wellFormed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("payloadIsJson");
    QTest::newRow("empty signature") << b64(hs256) + '.' + b64(claims) + '.' << true;
    QTest::newRow("truncated signature") << b64(hs256) + '.' + b64(claims) + ".c2" << true;
    QTest::newRow("unsecured (alg none)")
            << b64(R"({"alg":"none"})") + '.' + b64(claims) + '.' << true;
    QTest::newRow("empty object payload") << jws(hs256, "{}") << true;
    QTest::newRow("payload string") << jws(hs256, "\"hi\"") << true;
    QTest::newRow("lone surrogate escape in the header")
            << jws(R"({"alg":"HS256","kid":"\uD800"})", claims) << true;
    QTest::newRow("header with CRLF")
            << jws("{\"alg\":\"HS256\",\r\n\"typ\":\"JWT\"}", claims) << true;
    QTest::newRow("payload 512 levels deep")
            << jws(hs256, QByteArray(512, '[') + QByteArray(512, ']')) << true;
    QTest::newRow("payload binary") << jws(hs256, "\xff\xfe\xfd") << false;
}

void TestToken::wellFormed()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, payloadIsJson);
    const Token token = Token::parse(QString::fromLatin1(text));
    QCOMPARE(token.form(), Token::Form::Jws);
    QVERIFY(token.isWellFormed());
    QVERIFY(token.hasAlg());
    QCOMPARE(token.payloadIsJson(), payloadIsJson);
    QCOMPARE(joined(token), text);
    QCOMPARE(token.signingInput(), text.first(text.lastIndexOf('.')));
}

void TestToken::malformedPartsStillDecode()
{
    const QByteArray text = b64(hs256) + '.' + b64(claims) + ".c2ln.eHl6";
    const Token token = Token::parse(QString::fromLatin1(text));
    QCOMPARE(token.form(), Token::Form::Malformed);
    QVERIFY(!token.isWellFormed());
    QCOMPARE(token.segments().size(), 4);
    QCOMPARE(token.header().decoded, hs256);
    QCOMPARE(token.payload().decoded, claims);
    QCOMPARE(token.signature().decoded, QByteArray("sig"));
    QCOMPARE(token.segments().at(3).decoded, QByteArray("xyz"));
    QCOMPARE(token.alg(), QStringLiteral("HS256"));
    QVERIFY(token.payloadObject().isObject);
    QCOMPARE(joined(token), text);

    const Token two = Token::parse(QString::fromLatin1(b64(hs256) + '.' + b64(claims)));
    QCOMPARE(two.segments().size(), 2);
    QVERIFY(two.payload().present);
    QVERIFY(!two.signature().present);
    QCOMPARE(two.signingInput(), b64(hs256) + '.' + b64(claims));

    // A segment that is not base64url still shows what decoded before the bad spot.
    const Token bad = Token::parse(QString::fromLatin1(b64(hs256) + ".eyJzdWIi=.x"));
    QVERIFY(!bad.payload().decodes);
    QCOMPARE(bad.payload().decoded, QByteArray("{\"sub\""));
    QVERIFY(bad.header().decodes);
}

void TestToken::jwe()
{
    const QByteArray header = R"({"alg":"RSA-OAEP","enc":"A256GCM","kid":"k1"})";
    const QByteArray text = b64(header) + ".ZW5jcnlwdGVka2V5.aXY.Y2lwaGVydGV4dA.dGFn";
    const Token token = Token::parse(QString::fromLatin1(text));
    QCOMPARE(token.form(), Token::Form::Jwe);
    QVERIFY(token.isJwe());
    QVERIFY(token.isWellFormed());
    QVERIFY(token.problems().isEmpty());
    QCOMPARE(token.segments().size(), 5);
    QCOMPARE(token.header().decoded, header);
    QCOMPARE(token.alg(), QStringLiteral("RSA-OAEP"));
    QCOMPARE(token.kid(), QStringLiteral("k1"));
    QCOMPARE(token.segments().at(1).part, TokenPart::EncryptedKey);
    QCOMPARE(token.segments().at(2).part, TokenPart::InitializationVector);
    QCOMPARE(token.segments().at(3).part, TokenPart::Ciphertext);
    QCOMPARE(token.segments().at(4).part, TokenPart::AuthenticationTag);
    QCOMPARE(token.segments().at(3).encoded, QByteArray("Y2lwaGVydGV4dA"));
    QVERIFY(!token.payload().present);
    QVERIFY(!token.signature().present);
    QVERIFY(!token.payloadIsJson());
    QCOMPARE(joined(token), text);

    // Direct encryption has an empty encrypted key.
    const Token direct = Token::parse(
            QString::fromLatin1(b64(R"({"alg":"dir","enc":"A128GCM"})") + "..aXY.Y2lwaGVy.dGFn"));
    QCOMPARE(direct.form(), Token::Form::Jwe);
    QVERIFY(direct.isWellFormed());

    const Token broken = Token::parse(QString::fromLatin1(b64(header) + ".a=.aXY.Y2lw.dGFn"));
    QVERIFY(!broken.isWellFormed());
    QCOMPARE(broken.problems().first().text(),
             QStringLiteral("encrypted key: invalid base64url at offset 1: '=' padding is not "
                            "allowed in base64url"));
}

void TestToken::headerValues()
{
    const Token token = Token::parse(QString::fromLatin1(
            jws(R"({"alg":"RS256","kid":"key-\u0031","typ":"at+jwt","x":{"alg":"no"}})", claims)));
    QCOMPARE(token.alg(), QStringLiteral("RS256"));
    QCOMPARE(token.kid(), QStringLiteral("key-1"));
    QCOMPARE(token.typ(), QStringLiteral("at+jwt"));
    QCOMPARE(token.headerObject().members.size(), 4);

    const Token numbers
            = Token::parse(QString::fromLatin1(jws(R"({"alg":"HS256","kid":7})", claims)));
    QVERIFY(numbers.kid().isEmpty());
    QVERIFY(numbers.isWellFormed());
}

void TestToken::partNames_data()
{
    QTest::addColumn<TokenPart>("part");
    QTest::addColumn<QString>("name");
    QTest::newRow("token") << TokenPart::Token << QStringLiteral("token");
    QTest::newRow("header") << TokenPart::Header << QStringLiteral("header");
    QTest::newRow("payload") << TokenPart::Payload << QStringLiteral("payload");
    QTest::newRow("signature") << TokenPart::Signature << QStringLiteral("signature");
    QTest::newRow("encrypted key") << TokenPart::EncryptedKey << QStringLiteral("encrypted key");
    QTest::newRow("iv") << TokenPart::InitializationVector
                        << QStringLiteral("initialization vector");
    QTest::newRow("ciphertext") << TokenPart::Ciphertext << QStringLiteral("ciphertext");
    QTest::newRow("tag") << TokenPart::AuthenticationTag << QStringLiteral("authentication tag");
}

void TestToken::partNames()
{
    QFETCH(TokenPart, part);
    QFETCH(QString, name);
    QCOMPARE(partName(part), name);
}

void TestToken::largePayload()
{
    // 10 MiB of claims: decodes whole (speed is measured in the benchmarks).
    QByteArray payload = R"({"data":")";
    payload += QByteArray(10 * 1024 * 1024, 'x');
    payload += R"(","exp":1})";
    const Token token = Token::parse(QString::fromLatin1(jws(hs256, payload)));
    QVERIFY(token.isWellFormed());
    QVERIFY(token.problems().isEmpty());
    QCOMPARE(token.payload().decoded.size(), payload.size());
    QCOMPARE(token.payloadObject().find(u"exp")->raw, QByteArray("1"));
}

void TestToken::manyDots()
{
    const Token token = Token::parse(QString(100000, QLatin1Char('.')));
    QCOMPARE(token.form(), Token::Form::Malformed);
    QCOMPARE(token.segments().size(), 100001);
    QVERIFY(!token.isWellFormed());
}

void TestToken::nonLatin1Character()
{
    const QString text = QString::fromLatin1(b64(hs256)) + QStringLiteral(".e30.c2€n");
    const Token token = Token::parse(text);
    QCOMPARE(token.problems().first().text(),
             QStringLiteral("signature: invalid base64url at offset 2: character U+20AC is not a "
                            "base64url character"));
    QCOMPARE(token.signature().length, 4);
}

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"
