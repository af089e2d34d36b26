// SPDX-License-Identifier: MIT
// JWS in the JSON serialization (RFC 7515 §7.2): the JOSE cookbook's examples (RFC 7520 §4)
// and RFC 7515 A.6/A.7 verify, each signature with each key, and say which one matched.
#include "base64url.h"
#include "jwsjson.h"
#include "keyset.h"
#include "key.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject readJson(const QString &relative)
{
    return QJsonDocument::fromJson(readData(relative)).object();
}

Key loadOne(const QByteArray &text)
{
    const KeySet set = loadKeys(text);
    return set.ok() ? set.keys.first() : Key();
}

Key jwkKey(const QJsonValue &jwk)
{
    return loadOne(QJsonDocument(jwk.toObject()).toJson(QJsonDocument::Compact));
}

JwsMessage parseJws(const QByteArray &text)
{
    const JoseJsonDocument doc = parseJoseJson(text);
    return doc.kind == JoseJsonDocument::Kind::Jws ? doc.jws : JwsMessage();
}

/// RFC 7515 A.6 (general) from the signatures of A.2 (RS256) and A.3 (ES256), as the RFC
/// builds it; A.7 (flattened) is its ES256 signature alone.
QByteArray rfc7515Json(bool flattened)
{
    const QJsonArray manifest = QJsonDocument::fromJson(readData("vectors/manifest.json")).array();
    QByteArray a2, a3;
    for (const QJsonValue &v : manifest) {
        const QString name = v.toObject().value("name").toString();
        if (name == QLatin1String("rfc7515-A.2-RS256-jwk"))
            a2 = v.toObject().value("token").toString().toLatin1();
        if (name == QLatin1String("rfc7515-A.3-ES256-jwk"))
            a3 = v.toObject().value("token").toString().toLatin1();
    }
    const QList<QByteArray> p2 = a2.split('.');
    const QList<QByteArray> p3 = a3.split('.');
    if (flattened)
        return R"({"payload":")" + p3.at(1) + R"(","protected":")" + p3.at(0)
                + R"(","header":{"kid":"e9bc097a-ce51-4036-9562-d2ade882db0d"},"signature":")"
                + p3.at(2) + "\"}";
    return R"({"payload":")" + p2.at(1) + R"(","signatures":[{"protected":")" + p2.at(0)
            + R"(","header":{"kid":"2010-12-29"},"signature":")" + p2.at(2) + R"("},{"protected":")"
            + p3.at(0)
            + R"(","header":{"kid":"e9bc097a-ce51-4036-9562-d2ade882db0d"},"signature":")"
            + p3.at(2) + "\"}]}";
}

} // namespace

class TestJwsJson : public QObject
{
    Q_OBJECT

private slots:
    void cookbook_data();
    void cookbook();
    void multipleSignatures();
    void rfc7515();
    void refusals();
};

void TestJwsJson::cookbook_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("form");
    const QStringList files
            = QDir(QFINDTESTDATA("data/jose-cookbook/jws"))
                      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 8);
    for (const QString &file : files) {
        const QJsonObject output = readJson("jose-cookbook/jws/" + file).value("output").toObject();
        for (const char *form : {"json", "json_flat"}) {
            if (output.contains(QLatin1String(form)))
                QTest::addRow("%s %s", qPrintable(file.section('.', 0, 0)), form)
                        << file << QString::fromLatin1(form);
        }
    }
}

void TestJwsJson::cookbook()
{
    QFETCH(QString, file);
    QFETCH(QString, form);
    const QJsonObject vector = readJson("jose-cookbook/jws/" + file);
    const QJsonObject input = vector.value("input").toObject();
    const QJsonValue keyValue = input.value("key");
    QList<Key> keys;
    for (const QJsonValue &k : keyValue.isArray() ? keyValue.toArray() : QJsonArray {keyValue})
        keys << jwkKey(k);
    const QByteArray text
            = QJsonDocument(vector.value("output").toObject().value(form).toObject()).toJson();
    const JoseJsonDocument doc = parseJoseJson(text);
    QVERIFY2(doc.kind == JoseJsonDocument::Kind::Jws, qPrintable(doc.error));
    const JwsMessage &jws = doc.jws;
    QCOMPARE(jws.serialization,
             form == QLatin1String("json") ? JoseSerialization::GeneralJson
                                           : JoseSerialization::FlattenedJson);
    const QByteArray payload = input.value("payload").toString().toUtf8();
    QByteArray detached;
    if (jws.payloadPresent)
        QCOMPARE(jws.payload, payload);
    else
        detached = Base64Url::encode(payload); // 4.5: the content is detached
    const JwsJsonVerification result = verifyJwsJson(jws, keys, detached);
    QCOMPARE(result.signatures.size(), jws.signatures.size());
    for (const JwsJsonSignatureCheck &check : result.signatures)
        QVERIFY2(check.status == SignatureStatus::Valid,
                 qPrintable(check.alg + ": " + check.reason));
    QCOMPARE(result.matched, 0);
    // The signing input is the cookbook's, exactly.
    const QJsonValue signing = vector.value("signing");
    const QJsonObject first
            = signing.isArray() ? signing.toArray().first().toObject() : signing.toObject();
    QCOMPARE(jws.signingInput(0, detached), first.value("sig-input").toString().toLatin1());
    // The detached content, when it is not given, is said to be missing.
    if (!jws.payloadPresent)
        QVERIFY(verifyJwsJson(jws, keys).signatures.first().reason.contains("detached"));
}

void TestJwsJson::multipleSignatures()
{
    // RFC 7520 §4.8: RS256 (protected alg, unprotected kid), ES512 (unprotected only), HS256.
    const QJsonObject vector = readJson("jose-cookbook/jws/4_8.multiple_signatures.json");
    const QJsonArray jwks = vector.value("input").toObject().value("key").toArray();
    const JwsMessage jws = parseJws(
            QJsonDocument(vector.value("output").toObject().value("json").toObject()).toJson());
    QCOMPARE(jws.signatures.size(), 3);
    QCOMPARE(jws.signatures.at(1).alg(), QStringLiteral("ES512"));
    QVERIFY(!jws.signatures.at(1).protectedHeader.present);
    for (int i = 0; i < 3; ++i) {
        const Key key = jwkKey(jwks.at(i));
        const JwsJsonVerification result = verifyJwsJson(jws, {key});
        QCOMPARE(result.matched, i);
        for (int j = 0; j < 3; ++j) {
            const JwsJsonSignatureCheck &c = result.signatures.at(j);
            QCOMPARE(c.status == SignatureStatus::Valid, i == j);
            QCOMPARE(c.keyIndex, i == j ? 0 : -1);
            if (i != j)
                QVERIFY(!c.reason.isEmpty());
        }
    }
    // All three keys given, public parts only (a private key also verifies).
    QList<Key> all;
    for (const QJsonValue &k : jwks)
        all << jwkKey(k).publicKey();
    const JwsJsonVerification result = verifyJwsJson(jws, all);
    for (int j = 0; j < 3; ++j) {
        QCOMPARE(result.signatures.at(j).status, SignatureStatus::Valid);
        QCOMPARE(result.signatures.at(j).keyIndex, j);
    }
    // No key, or keys that fit nothing.
    QVERIFY(!verifyJwsJson(jws, {}).anyValid());
    QCOMPARE(verifyJwsJson(jws, {}).signatures.first().reason, QStringLiteral("no key given"));
    const JwsJsonVerification none = verifyJwsJson(jws, {Key::fromSecret("wrong")});
    QVERIFY(!none.anyValid());
    QVERIFY2(none.signatures.first().reason.contains("RS256 needs an RSA key"),
             qPrintable(none.signatures.first().reason));
}

void TestJwsJson::rfc7515()
{
    const Key rs256 = loadOne(readData("vectors/keys/rfc7515_a2_rs256.pub.pem"));
    const Key es256 = loadOne(readData("vectors/keys/rfc7515_a3_es256.pub.pem"));
    QVERIFY(!rs256.isNull() && !es256.isNull());
    const JwsMessage general = parseJws(rfc7515Json(false));
    QCOMPARE(general.signatures.size(), 2);
    QCOMPARE(general.signatures.at(0).kid(), QStringLiteral("2010-12-29"));
    JwsJsonVerification result = verifyJwsJson(general, {es256, rs256});
    QCOMPARE(result.matched, 0);
    QCOMPARE(result.signatures.at(0).keyIndex, 1);
    QCOMPARE(result.signatures.at(1).keyIndex, 0);
    result = verifyJwsJson(general, {es256});
    QCOMPARE(result.matched, 1);
    const JwsMessage flat = parseJws(rfc7515Json(true));
    QCOMPARE(flat.serialization, JoseSerialization::FlattenedJson);
    QVERIFY(verifyJwsJson(flat, {es256}).anyValid());
    QVERIFY(!verifyJwsJson(flat, {rs256}).anyValid());
    // One character of the payload changed: no signature holds.
    QByteArray tampered = rfc7515Json(false);
    tampered.replace("\"payload\":\"eyJp", "\"payload\":\"eyJq");
    const JwsMessage bad = parseJws(tampered);
    QCOMPARE(bad.signatures.size(), 2);
    QVERIFY(!verifyJwsJson(bad, {es256, rs256}).anyValid());
}

void TestJwsJson::refusals()
{
    const Key secret = Key::fromSecret(QByteArray(32, 's'));
    const auto one = [&](const QByteArray &text) {
        const JwsMessage jws = parseJws(text);
        return verifyJwsJson(jws, {secret}).signatures.value(0);
    };
    const JwsJsonSignatureCheck none
            = one(R"({"payload":"e30","protected":"eyJhbGciOiJub25lIn0","signature":""})");
    QCOMPARE(none.status, SignatureStatus::Unsupported);
    const JwsJsonSignatureCheck crit = one(
            R"({"payload":"e30","protected":"eyJhbGciOiJIUzI1NiIsImNyaXQiOlsiYjY0Il0sImI2NCI6ZmFsc2V9","signature":"AAAA"})");
    QCOMPARE(crit.status, SignatureStatus::Unsupported);
    QVERIFY(crit.reason.contains("crit"));
    const JwsJsonSignatureCheck noAlg
            = one(R"({"payload":"e30","header":{"kid":"x"},"signature":"AAAA"})");
    QCOMPARE(noAlg.status, SignatureStatus::Invalid);
    QVERIFY(noAlg.reason.contains("\"alg\""));
}

QTEST_GUILESS_MAIN(TestJwsJson)
#include "tst_jwsjson.moc"
