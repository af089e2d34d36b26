// SPDX-License-Identifier: MIT
// The JSON serializations of JWS and JWE (RFC 7515 §7.2, RFC 7516 §7.2): what parses, into
// which parts, and every refusal with its reason and its place in the text.
#include "base64url.h"
#include "josemessage.h"
#include "token.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject rfc7516(const char *example)
{
    QFile file(QFINDTESTDATA("data/jwe/rfc7516.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QLatin1String(example))
            .toObject();
}

} // namespace

class TestJoseMessage : public QObject
{
    Q_OBJECT

private slots:
    void generalJwe();
    void flattenedJwe();
    void compactJwe();
    void jws();
    void looksLikeJson_data();
    void looksLikeJson();
    void errors_data();
    void errors();
};

void TestJoseMessage::generalJwe()
{
    const QByteArray text
            = QJsonDocument(rfc7516("A.4").value("json").toObject()).toJson(QJsonDocument::Compact);
    const JoseJsonDocument doc = parseJoseJson(text);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QCOMPARE(doc.kind, JoseJsonDocument::Kind::Jwe);
    const JweMessage &m = doc.jwe;
    QCOMPARE(m.serialization, JoseSerialization::GeneralJson);
    QCOMPARE(m.protectedHeader.json, QByteArray(R"({"enc":"A128CBC-HS256"})"));
    QCOMPARE(m.protectedHeader.encoded, QByteArray("eyJlbmMiOiJBMTI4Q0JDLUhTMjU2In0"));
    QVERIFY(m.unprotected.present);
    QCOMPARE(m.recipients.size(), 2);
    QCOMPARE(m.recipients.at(1).encryptedKeyEncoded,
             QByteArray("6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ"));
    QCOMPARE(m.recipients.at(1).encryptedKey.size(), 40);
    // Each recipient's joint header: protected, shared, then its own members, in order.
    QStringList names;
    for (const Json::Member &member : m.recipients.at(0).joint.members)
        names << member.name;
    QCOMPARE(names, QStringList({"enc", "jku", "alg", "kid"}));
    QCOMPARE(m.recipients.at(1).joint.find(u"kid")->string(), QStringLiteral("7"));
    QCOMPARE(m.iv, Base64Url::decode("AxY8DCtDaGlsbGljb3RoZQ").bytes);
    QVERIFY(!m.hasAad);
    QCOMPARE(m.additionalData(), QByteArray("eyJlbmMiOiJBMTI4Q0JDLUhTMjU2In0"));
}

void TestJoseMessage::flattenedJwe()
{
    const QByteArray text = QJsonDocument(rfc7516("A.5").value("json").toObject()).toJson();
    const JoseJsonDocument doc = parseJoseJson(text);
    QVERIFY2(doc.ok(), qPrintable(doc.error));
    QCOMPARE(doc.jwe.serialization, JoseSerialization::FlattenedJson);
    QCOMPARE(doc.jwe.recipients.size(), 1);
    QCOMPARE(doc.jwe.recipients.first().joint.find(u"alg")->string(), QStringLiteral("A128KW"));
    // "aad" joins the AAD after a dot (RFC 7516 §5.1 step 14); no protected header: empty.
    const JoseJsonDocument aad = parseJoseJson(
            R"({"unprotected":{"alg":"dir","enc":"A128GCM"},"aad":"eA","iv":"AA","ciphertext":"AA","tag":"AA"})");
    QVERIFY2(aad.ok(), qPrintable(aad.error));
    QVERIFY(!aad.jwe.protectedHeader.present);
    QCOMPARE(aad.jwe.additionalData(), QByteArray(".eA"));
    QCOMPARE(aad.jwe.aad, QByteArray("x"));
}

void TestJoseMessage::compactJwe()
{
    const QByteArray compact = rfc7516("A.1").value("compact").toString().toLatin1();
    const Token token = Token::parse(QByteArrayView(compact));
    QVERIFY(token.isJwe() && token.isWellFormed());
    const JweMessage m = JweMessage::fromCompact(token);
    QCOMPARE(m.serialization, JoseSerialization::Compact);
    QCOMPARE(m.protectedHeader.json, QByteArray(R"({"alg":"RSA-OAEP","enc":"A256GCM"})"));
    QCOMPARE(m.recipients.size(), 1);
    QCOMPARE(m.recipients.first().encryptedKey.size(), 256);
    QCOMPARE(m.recipients.first().joint.find(u"enc")->string(), QStringLiteral("A256GCM"));
    QCOMPARE(m.ivEncoded, QByteArray("48V1_ALb6US04U3b"));
    QCOMPARE(m.tagEncoded, QByteArray("XFBoMYUZodetZdvTiFvSkQ"));
    QCOMPARE(m.additionalData(), compact.left(compact.indexOf('.')));
}

void TestJoseMessage::jws()
{
    const JoseJsonDocument general = parseJoseJson(
            R"({"payload":"e30","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"AAAA"},{"header":{"alg":"ES256","kid":"k"},"signature":"BBBB"}]})");
    QVERIFY2(general.ok(), qPrintable(general.error));
    QCOMPARE(general.kind, JoseJsonDocument::Kind::Jws);
    QCOMPARE(general.jws.signatures.size(), 2);
    QCOMPARE(general.jws.payload, QByteArray("{}"));
    QCOMPARE(general.jws.signatures.at(0).alg(), QStringLiteral("HS256"));
    QCOMPARE(general.jws.signatures.at(1).kid(), QStringLiteral("k"));
    QCOMPARE(general.jws.signingInput(0), QByteArray("eyJhbGciOiJIUzI1NiJ9.e30"));
    QCOMPARE(general.jws.signingInput(1), QByteArray(".e30"));
    QCOMPARE(general.jws.signingInput(2), QByteArray());
    const JoseJsonDocument detached
            = parseJoseJson(R"({"protected":"eyJhbGciOiJIUzI1NiJ9","signature":"AAAA"})");
    QVERIFY(detached.ok());
    QCOMPARE(detached.jws.serialization, JoseSerialization::FlattenedJson);
    QVERIFY(!detached.jws.payloadPresent);
    QCOMPARE(detached.jws.signingInput(0, "cGF5"), QByteArray("eyJhbGciOiJIUzI1NiJ9.cGF5"));
}

void TestJoseMessage::looksLikeJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("json");
    QTest::newRow("object") << QByteArray("{}") << true;
    QTest::newRow("whitespace first") << QByteArray(" \r\n\t{\"a\":1}") << true;
    QTest::newRow("compact") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30.") << false;
    QTest::newRow("array") << QByteArray("[{}]") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestJoseMessage::looksLikeJson()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, json);
    QCOMPARE(looksLikeJoseJson(text), json);
}

void TestJoseMessage::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("offset");
    QTest::newRow("not JSON") << QByteArray(R"({"ciphertext":)") << "invalid JSON at offset 14"
                              << 14;
    QTest::newRow("repeated member") << QByteArray(R"({"ciphertext":"AA","ciphertext":"AA"})")
                                     << "invalid JSON at offset 19" << 19;
    QTest::newRow("an array") << QByteArray("[1]") << "not a JSON object" << 0;
    QTest::newRow("neither") << QByteArray(R"({"foo":1})") << "neither a JWS" << 0;
    QTest::newRow("padding in ciphertext")
            << QByteArray(R"({"ciphertext":"AA=A"})")
            << "\"ciphertext\": invalid base64url at offset 2: '=' padding" << 17;
    QTest::newRow("iv a number") << QByteArray(R"({"iv":7,"ciphertext":"AA"})")
                                 << "\"iv\" must be a string" << 6;
    QTest::newRow("escape in base64url") << QByteArray(R"({"ciphertext":"A\u0041"})")
                                         << "\"ciphertext\": invalid base64url at offset 1" << 16;
    QTest::newRow("protected not JSON")
            << QByteArray(R"({"protected":"eyJh","ciphertext":"AA"})")
            << "\"protected\": the decoded header is not valid JSON" << 13;
    QTest::newRow("protected an array")
            << QByteArray(R"({"protected":"W10","ciphertext":"AA"})") << "not a JSON object" << 13;
    QTest::newRow("protected empty") << QByteArray(R"({"protected":"","ciphertext":"AA"})")
                                     << "\"protected\" is empty" << 13;
    QTest::newRow("protected repeats a name") << QByteArray(
            R"({"protected":")" + Base64Url::encode(R"({"a":1,"a":2})") + R"(","ciphertext":"AA"})")
                                              << "not valid JSON at offset 7" << 13;
    QTest::newRow("unprotected a string") << QByteArray(R"({"unprotected":"x","ciphertext":"AA"})")
                                          << "\"unprotected\" must be a JSON object" << 15;
    QTest::newRow("shared names") << QByteArray(
            R"({"protected":"eyJhbGciOiJkaXIifQ","unprotected":{"alg":"dir"},"ciphertext":"AA"})")
                                  << "header parameter \"alg\" is in more than one header" << 48;
    QTest::newRow("recipient repeats a shared name") << QByteArray(
            R"({"unprotected":{"enc":"A128GCM"},"recipients":[{"header":{"enc":"A128GCM"}}],"ciphertext":"AA"})")
                                                     << "header parameter \"enc\"" << 47;
    QTest::newRow("recipients and header")
            << QByteArray(R"({"recipients":[{}],"header":{},"ciphertext":"AA"})")
            << "cannot be mixed" << 1;
    QTest::newRow("recipients an object") << QByteArray(R"({"recipients":{},"ciphertext":"AA"})")
                                          << "\"recipients\" must be an array" << 14;
    QTest::newRow("recipients empty") << QByteArray(R"({"recipients":[],"ciphertext":"AA"})")
                                      << "\"recipients\" is empty" << 14;
    QTest::newRow("recipient not an object")
            << QByteArray(R"({"recipients":[{},3],"ciphertext":"AA"})")
            << "recipient 2 is not a JSON object" << 18;
    QTest::newRow("encrypted key of recipient 2")
            << QByteArray(R"({"recipients":[{},{"encrypted_key":"a/b"}],"ciphertext":"AA"})")
            << "\"encrypted_key\": invalid base64url at offset 1" << 37;
    QTest::newRow("JWS signature missing")
            << QByteArray(R"({"signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9"}]})")
            << "needs \"signature\"" << 15;
    QTest::newRow("JWS no header at all") << QByteArray(R"({"payload":"e30","signature":"AA"})")
                                          << "needs \"protected\" or \"header\"" << 0;
    QTest::newRow("JWS mixed") << QByteArray(R"({"signatures":[],"signature":"AA"})")
                               << "cannot be mixed" << 1;
    QTest::newRow("JWS signatures empty")
            << QByteArray(R"({"signatures":[]})") << "\"signatures\" is empty" << 14;
    QTest::newRow("JWS header clash") << QByteArray(
            R"({"protected":"eyJhbGciOiJIUzI1NiJ9","header":{"alg":"HS256"},"signature":"AA"})")
                                      << "\"alg\" is in more than one header" << 0;
    QTest::newRow("JWS payload base64")
            << QByteArray(R"({"payload":"e3+","header":{"alg":"HS256"},"signature":"AA"})")
            << "\"payload\": invalid base64url at offset 2: '+' is base64" << 14;
}

void TestJoseMessage::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QFETCH(int, offset);
    const JoseJsonDocument doc = parseJoseJson(text);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.kind, JoseJsonDocument::Kind::Invalid);
    QVERIFY2(doc.error.contains(error), qPrintable(doc.error));
    QCOMPARE(doc.errorOffset, qsizetype(offset));
    QVERIFY(doc.jwe.recipients.isEmpty() && doc.jws.signatures.isEmpty());
}

QTEST_GUILESS_MAIN(TestJoseMessage)
#include "tst_josemessage.moc"
