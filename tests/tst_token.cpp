// SPDX-License-Identifier: MIT
#include "base64url.h"
#include "claims.h"
#include "token.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>

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
    void fromBytes_data();
    void fromBytes();
    void fromBytesNotAscii();
    void absentParts();
    void onlySomeClaims();
    void sharedHeaders();
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

QString segmentDifference(const Segment &a, const Segment &b, const QString &which)
{
    if (a.part != b.part || a.present != b.present || a.start != b.start || a.length != b.length
        || a.encoded != b.encoded || a.decoded != b.decoded || a.decodes != b.decodes)
        return which + QStringLiteral(" differs");
    return {};
}

QString objectDifference(const Json::Object &a, const Json::Object &b, const QString &which)
{
    if (a.isObject != b.isObject || a.error.offset != b.error.offset
        || a.error.message != b.error.message || a.members.size() != b.members.size())
        return which + QStringLiteral(" differs");
    for (qsizetype i = 0; i < a.members.size(); ++i) {
        const Json::Member &x = a.members.at(i);
        const Json::Member &y = b.members.at(i);
        if (x.name != y.name || x.nameOffset != y.nameOffset || x.kind != y.kind || x.raw != y.raw
            || x.valueOffset != y.valueOffset)
            return which + QStringLiteral(" member %1 differs").arg(i);
    }
    return {};
}

/// What differs between two parses of the same text, or nothing.
QString difference(const Token &a, const Token &b)
{
    if (a.form() != b.form())
        return QStringLiteral("form differs");
    if (a.start() != b.start() || a.length() != b.length())
        return QStringLiteral("position differs");
    if (a.segments().size() != b.segments().size())
        return QStringLiteral("segment count differs");
    for (qsizetype i = 0; i < a.segments().size(); ++i) {
        const QString d = segmentDifference(a.segments().at(i), b.segments().at(i),
                                            QStringLiteral("segment %1").arg(i));
        if (!d.isEmpty())
            return d;
    }
    for (const QString &d :
         {segmentDifference(a.header(), b.header(), QStringLiteral("header")),
          segmentDifference(a.payload(), b.payload(), QStringLiteral("payload")),
          segmentDifference(a.signature(), b.signature(), QStringLiteral("signature")),
          objectDifference(a.headerObject(), b.headerObject(), QStringLiteral("header object")),
          objectDifference(a.payloadObject(), b.payloadObject(),
                           QStringLiteral("payload object"))}) {
        if (!d.isEmpty())
            return d;
    }
    if (a.problems().size() != b.problems().size())
        return QStringLiteral("problem count differs");
    for (qsizetype i = 0; i < a.problems().size(); ++i) {
        const Problem &x = a.problems().at(i);
        const Problem &y = b.problems().at(i);
        if (x.part != y.part || x.severity != y.severity || x.offset != y.offset
            || x.inDecoded != y.inDecoded || x.message != y.message)
            return QStringLiteral("problem %1 differs: %2 / %3").arg(i).arg(x.text(), y.text());
    }
    if (a.alg() != b.alg() || a.kid() != b.kid() || a.typ() != b.typ() || a.hasAlg() != b.hasAlg()
        || a.payloadIsJson() != b.payloadIsJson() || a.isWellFormed() != b.isWellFormed()
        || a.signingInput() != b.signingInput())
        return QStringLiteral("header values differ");
    return {};
}

} // namespace

void TestToken::vectorsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QFile file(QFINDTESTDATA("data/vectors/manifest.json"));
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
    QTest::newRow("truncated signature") << b64(hs256) + '.' + b64(claims) + ".cw" << true;
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
    QTest::addColumn<QString>("errorLine"); // the contract's <part> word
    QTest::newRow("token") << TokenPart::Token << QStringLiteral("token") << "token";
    QTest::newRow("header") << TokenPart::Header << QStringLiteral("header") << "header";
    QTest::newRow("payload") << TokenPart::Payload << QStringLiteral("payload") << "payload";
    QTest::newRow("signature") << TokenPart::Signature << QStringLiteral("signature")
                               << "signature";
    QTest::newRow("encrypted key")
            << TokenPart::EncryptedKey << QStringLiteral("encrypted key") << "token";
    QTest::newRow("iv") << TokenPart::InitializationVector
                        << QStringLiteral("initialization vector") << "token";
    QTest::newRow("ciphertext") << TokenPart::Ciphertext << QStringLiteral("ciphertext") << "token";
    QTest::newRow("tag") << TokenPart::AuthenticationTag << QStringLiteral("authentication tag")
                         << "token";
}

void TestToken::partNames()
{
    QFETCH(TokenPart, part);
    QFETCH(QString, name);
    QFETCH(QString, errorLine);
    QCOMPARE(partName(part), name);
    QCOMPARE(partName(part, PartNaming::Plain), name);
    QCOMPARE(partName(part, PartNaming::ErrorLine), errorLine);
    // Without a translation loaded, the translated name is the plain one.
    QCOMPARE(partName(part, PartNaming::Translated), name);
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
    // Parts stop being counted at the fifth dot: "a.a.a…" of any length costs what six parts
    // cost, and the error says where the sixth starts.
    const Token token = Token::parse(QString(100000, QLatin1Char('.')));
    QCOMPARE(token.form(), Token::Form::Malformed);
    QVERIFY(token.segments().size() <= 6);
    QVERIFY(!token.isWellFormed());
    QVERIFY(!token.problems().isEmpty());
    QVERIFY2(token.problems().constFirst().message.contains(QLatin1String("more than 5")),
             qPrintable(token.problems().constFirst().message));
    QCOMPARE(token.problems().constFirst().offset, 4);
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

void TestToken::fromBytes_data()
{
    // The byte overload reads an ASCII text exactly as the text overload reads its UTF-16.
    QTest::addColumn<QByteArray>("text");
    const QByteArray header = b64(hs256);
    const QByteArray payload = b64(claims);
    QTest::newRow("plain") << jws(hs256, claims);
    QTest::newRow("Bearer and blanks") << "  BEARER\t" + jws(hs256, claims) + " \r\n";
    QTest::newRow("bearer alone") << QByteArray("Bearer");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n\t ");
    QTest::newRow("header, payload and kid")
            << jws(R"({"alg":"RS256","kid":"key-\u0031","typ":"at+jwt"})",
                   R"({"iss":"x","aud":["a","b"],"exp":1e3,"sub":"a","sub":"b"})");
    QTest::newRow("two parts") << header + '.' + payload;
    QTest::newRow("many parts") << header + '.' + payload + ".c2ln.c2ln.c2ln.c2ln";
    QTest::newRow("JWE") << b64(R"({"alg":"dir","enc":"A128GCM"})") + "..aXY.Y2lwaGVy.dGFn";
    QTest::newRow("padding") << header + '.' + payload + ".c2lnbg==";
    QTest::newRow("plus and slash") << header + ".ab+d.ab/d";
    QTest::newRow("space inside") << header + '.' + payload + ".ab cd";
    QTest::newRow("impossible length") << header + '.' + payload + ".c2lnA";
    QTest::newRow("NUL in the token") << QByteArray("eyJh\0.e30.c2ln", 14);
    QTest::newRow("control character") << header + '.' + payload + ".c2\x01ln";
    QTest::newRow("DEL") << header + '.' + payload + ".c2\x7fln";
    QTest::newRow("header not JSON") << jws("{alg:HS256}", claims);
    QTest::newRow("repeated header member") << jws(R"({"alg":"HS256","alg":"none"})", claims);
    QTest::newRow("payload not UTF-8") << jws(hs256, "\x89PNG\r\n\x1a\n\0");
    QTest::newRow("payload nested too deep") << jws(hs256, QByteArray(1000, '['));
    QTest::newRow("only dots") << QByteArray(1000, '.');
}

void TestToken::fromBytes()
{
    QFETCH(QByteArray, text);
    const Token fromBytes = Token::parse(QByteArrayView(text));
    const Token fromText = Token::parse(QString::fromLatin1(text));
    const QString d = difference(fromBytes, fromText);
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

void TestToken::fromBytesNotAscii()
{
    // Other UTF-8 reads as its characters: positions count UTF-16 code units, and an error
    // names the character, as parse(QString::fromUtf8(…)) does.
    const QByteArray core = jws(hs256, claims);
    const QByteArray signs[] = {
            core + "\xe2\x82\xac", // U+20AC after the signature
            b64(hs256) + ".e30.c2\xc3\xa9n", // U+00E9 inside it
            b64(hs256) + ".e30.c2\xffn", // not UTF-8
            "\xc2\xa0" + core, // a leading no-break space is trimmed
            "Bearer\xe2\x80\x83" + core + "\xe3\x80\x80", // em space, ideographic space
    };
    for (const QByteArray &text : signs) {
        const Token fromBytes = Token::parse(QByteArrayView(text));
        const QString d = difference(fromBytes, Token::parse(QString::fromUtf8(text)));
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
    const Token euro = Token::parse(QByteArrayView(b64(hs256) + ".e30.c2\xe2\x82\xacn"));
    QCOMPARE(euro.problems().first().text(),
             QStringLiteral("signature: invalid base64url at offset 2: character U+20AC is not a "
                            "base64url character"));
    QCOMPARE(euro.signature().length, 4);
    const Token spaced = Token::parse(QByteArrayView("\xc2\xa0" + core));
    QVERIFY(spaced.isWellFormed());
    QCOMPARE(spaced.start(), 1);
    QCOMPARE(spaced.header().start, 1);
    QCOMPARE(joined(spaced), core);
}

void TestToken::absentParts()
{
    // The parts a token lacks are empty segments, whatever it has instead.
    const Token empty = Token::parse(u"");
    QVERIFY(!empty.header().present);
    QVERIFY(!empty.payload().present);
    QVERIFY(!empty.signature().present);
    QVERIFY(empty.signingInput().isEmpty());
    const Token one = Token::parse(u"abcd");
    QVERIFY(one.header().present);
    QCOMPARE(one.header().encoded, QByteArray("abcd"));
    QVERIFY(!one.payload().present);
    QVERIFY(!one.signature().present);
    QCOMPARE(one.signingInput(), QByteArray("abcd."));
    const Token jwe = Token::parse(
            QString::fromLatin1(b64(R"({"alg":"dir","enc":"A128GCM"})") + "..aXY.Y2lwaGVy.dGFn"));
    QVERIFY(jwe.header().present);
    QCOMPARE(jwe.payload().part, TokenPart::Token);
    QVERIFY(!jwe.payload().present);
    QVERIFY(!jwe.signature().present);
    const Token copy = jwe; // copies read the same
    QCOMPARE(copy.header().encoded, jwe.header().encoded);
}

void TestToken::onlySomeClaims()
{
    const QByteArray payload
            = R"({"sub":"a","exp":1,"name":"n","sub":"b","iss":"x","exp":2,"roles":[1]})";
    const QByteArray texts[] = {
            jws(hs256, payload),
            jws(hs256, "[1,2]"),
            jws(hs256, QByteArray("{\"exp\":1,\"x\":\"\0\"}", 17)),
            jws(hs256, QByteArray(600, '[')),
            b64(hs256) + ".eyJleHAiOjF9=.c2ln",
            "\xc2\xa0" + jws(hs256, payload),
    };
    for (const QByteArray &text : texts) {
        const Token whole = Token::parse(QByteArrayView(text));
        const Token some = Token::parse(QByteArrayView(text), checkedClaims());
        QCOMPARE(some.payloadObject().isObject, whole.payloadObject().isObject);
        QCOMPARE(some.payloadObject().error.offset, whole.payloadObject().error.offset);
        for (const Json::Member &m : some.payloadObject().members)
            QVERIFY(checkedClaims().contains(QStringView(m.name)));
        // The same problems, but for repeated claims that were left out.
        QList<Problem> expected;
        for (const Problem &p : whole.problems()) {
            if (!p.message.startsWith(QLatin1String("duplicate claim \"sub\"")))
                expected.append(p);
        }
        QCOMPARE(some.problems().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(some.problems().at(i).text(), expected.at(i).text());
        QCOMPARE(some.isWellFormed(), whole.isWellFormed());
        QCOMPARE(some.signingInput(), whole.signingInput());
        QCOMPARE(some.alg(), whole.alg());
    }
    const Token some = Token::parse(QByteArrayView(jws(hs256, payload)), checkedClaims());
    QCOMPARE(some.payloadObject().members.size(), 3);
    QCOMPARE(some.payloadObject().find(u"exp")->raw, QByteArray("2"));
    QCOMPARE(some.problems().size(), 1);
    QCOMPARE(some.problems().first().text(),
             QStringLiteral("payload: duplicate claim \"exp\": the last one wins (RFC 7519 §4)"));
}

void TestToken::sharedHeaders()
{
    // Tokens one after the other with the same header, other headers, bad ones in between:
    // each reads as it does on a thread that has read nothing before.
    const QByteArray h1 = R"({"alg":"HS256","kid":"k1","typ":"JWT"})";
    const QByteArray h2 = R"({"alg":"ES256","kid":"k2"})";
    const QByteArrayList texts = {
            jws(h1, claims),
            jws(h1, R"({"sub":"other"})"),
            jws(h2, claims),
            jws(h1, claims, "c2lnbg=="),
            jws(R"({"alg":"HS256","alg":"none"})", claims),
            jws(h1, claims).replace("eyJ", "eyK"),
            b64(h1) + "." + b64(claims),
            b64(h1) + ".ZW5jcnlwdGVka2V5.aXY.Y2lwaGVydGV4dA.dGFn",
            jws(h1, claims),
            "  " + jws(h1, "[1]") + "\n",
            jws(R"({"typ":"JWT"})", claims),
            jws(h1, claims),
    };
    QList<Token> here;
    for (const QByteArray &text : texts)
        here.append(Token::parse(QByteArrayView(text)));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QString d;
        std::thread fresh(
                [&] { d = difference(here.at(i), Token::parse(QByteArrayView(texts.at(i)))); });
        fresh.join();
        QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("text %1: %2").arg(i).arg(d)));
    }
    QCOMPARE(here.at(8).kid(), QStringLiteral("k1"));
    QCOMPARE(here.at(2).alg(), QStringLiteral("ES256"));
    QCOMPARE(here.at(9).header().start, 2);
    QVERIFY(!here.at(10).hasAlg());
    QCOMPARE(here.at(11).headerObject().members.size(), 3);
}

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"
