// SPDX-License-Identifier: MIT
// The JWE engine (app/crypto/jwe.h): RFC 7516 Appendix A and RFC 7520 §5 byte for byte,
// every alg × enc round trip on fresh keys, and the hostile cases: each must be refused
// clearly, and every secret-dependent failure must look the same.
#include "base64url.h"
#include "jwe.h"
#include "keyfit.h"
#include "keyset.h"
#include "key.h"
#include "token.h"

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

QByteArray unb64(const QString &text)
{
    return Base64Url::decode(text.toLatin1()).bytes;
}

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

Key jwkKey(const QJsonObject &jwk)
{
    const KeySet set = loadKeys(QJsonDocument(jwk).toJson(QJsonDocument::Compact));
    return set.ok() ? set.keys.first() : Key();
}

/// The compact token with part @p index replaced by the base64url of @p bytes.
QByteArray withPart(const QByteArray &compact, int index, const QByteArray &bytes)
{
    QList<QByteArray> parts = compact.split('.');
    parts[index] = b64(bytes);
    return parts.join('.');
}

QByteArray part(const QByteArray &compact, int index)
{
    return Base64Url::decode(compact.split('.').value(index)).bytes;
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    if (bytes.isEmpty())
        return bytes;
    at = qBound<qsizetype>(0, at, bytes.size() - 1);
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return bytes;
}

const QString cannotDecrypt
        = QStringLiteral("cannot decrypt: the key is wrong or the token was modified");

} // namespace

class TestJwe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void names();
    void rfc7516Compact_data();
    void rfc7516Compact();
    void rfc7516Json();
    void rfc7516EncryptExactly();
    void cookbook_data();
    void cookbook();
    void cookbookEncryptExactly_data();
    void cookbookEncryptExactly();
    void cookbookNested();
    void roundTrip_data();
    void roundTrip();
    void freshValuesEachTime();
    void agreementKeys_data();
    void agreementKeys();
    void keyFit_data();
    void keyFit();
    void oneAnswerForTampering_data();
    void oneAnswerForTampering();
    void rsa1_5PaddingFailuresLookAlike();
    void pbes2CountLimit();
    void deflateBomb();
    void offCurveEpk();
    void wrongLengthCek();
    void malformedHeaders_data();
    void malformedHeaders();
    void encryptRefusals();

private:
    Key m_rsa;
    Key m_rsaOther;
    QMap<QString, Key> m_curveKeys; ///< a private key per ECDH-ES curve
};

void TestJwe::initTestCase()
{
    m_rsa = Jwe::generateKey(JweAlg::RsaOaep256, JweEnc::A256Gcm);
    m_rsaOther = Jwe::generateKey(JweAlg::RsaOaep, JweEnc::A256Gcm);
    QVERIFY(!m_rsa.isNull() && m_rsa.isPrivate() && m_rsa.bits() == 2048);
    for (const char *curve : {"P-256", "P-384", "P-521", "X25519", "X448"}) {
        QString error;
        const Key key = Jwe::generateKey(JweAlg::EcdhEs, JweEnc::A128Gcm,
                                         QString::fromLatin1(curve), &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        QCOMPARE(key.curve(), QString::fromLatin1(curve));
        m_curveKeys.insert(QString::fromLatin1(curve), key);
    }
}

void TestJwe::names()
{
    QCOMPARE(JweAlgorithms::allAlgs().size(), 17);
    QCOMPARE(JweAlgorithms::allEncs().size(), 6);
    for (JweAlg alg : JweAlgorithms::allAlgs())
        QCOMPARE(JweAlgorithms::algFromName(JweAlgorithms::name(alg)), alg);
    for (JweEnc enc : JweAlgorithms::allEncs())
        QCOMPARE(JweAlgorithms::encFromName(JweAlgorithms::name(enc)), enc);
    QVERIFY(!JweAlgorithms::algFromName(u"rsa-oaep"));
    QCOMPARE(JweAlgorithms::cekBytes(JweEnc::A256CbcHs512), 64);
    QCOMPARE(JweAlgorithms::wrapKeyBytes(JweAlg::Pbes2Hs384A192Kw), 24);
    QVERIFY(!JweAlgorithms::canEncrypt(JweAlg::Rsa1_5));
}

void TestJwe::rfc7516Compact_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("A.1 RSA-OAEP + A256GCM") << "A.1";
    QTest::newRow("A.2 RSA1_5 + A128CBC-HS256") << "A.2";
    QTest::newRow("A.3 A128KW + A128CBC-HS256") << "A.3";
}

void TestJwe::rfc7516Compact()
{
    QFETCH(QString, example);
    const QJsonObject vector
            = readJson(QStringLiteral("jwe/rfc7516.json")).value(example).toObject();
    QVERIFY(!vector.isEmpty());
    const Key key = jwkKey(vector.value("key").toObject());
    QVERIFY(!key.isNull());
    const QByteArray compact = vector.value("compact").toString().toLatin1();
    const JweResult result = Jwe::decrypt(compact, {key});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.plaintext, vector.value("plaintext").toString().toUtf8());
    QCOMPARE(result.alg, vector.value("alg").toString());
    QCOMPARE(result.enc, vector.value("enc").toString());
    QCOMPARE(result.recipient, 0);
    QCOMPARE(result.keyIndex, 0);
    QCOMPARE(result.serialization, JoseSerialization::Compact);
    QCOMPARE(result.protectedHeader, part(compact, 0));
    // The steps are the token's own bytes, and the CEK is the RFC's.
    QCOMPARE(result.steps.aad, compact.split('.').first());
    QCOMPARE(result.steps.iv, part(compact, 2));
    QCOMPARE(result.steps.ciphertext, part(compact, 3));
    QCOMPARE(result.steps.tag, part(compact, 4));
    QCOMPARE(result.steps.encryptedKey, part(compact, 1));
    if (vector.contains("cek"))
        QCOMPARE(result.steps.cek, unb64(vector.value("cek").toString()));
    QCOMPARE(result.steps.cek.size(), result.enc == QLatin1String("A256GCM") ? 32 : 32);
}

void TestJwe::rfc7516Json()
{
    const QJsonObject all = readJson(QStringLiteral("jwe/rfc7516.json"));
    // A.4: two recipients (RSA1_5, A128KW). Each key alone opens its own recipient.
    const QJsonObject a4 = all.value("A.4").toObject();
    const QByteArray general = QJsonDocument(a4.value("json").toObject()).toJson();
    const QJsonArray keys = a4.value("keys").toArray();
    for (int i = 0; i < 2; ++i) {
        const JweResult result = Jwe::decrypt(general, {jwkKey(keys.at(i).toObject())});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.recipient, i);
        QCOMPARE(result.plaintext, a4.value("plaintext").toString().toUtf8());
        QCOMPARE(result.serialization, JoseSerialization::GeneralJson);
        QCOMPARE(result.alg, i == 0 ? QStringLiteral("RSA1_5") : QStringLiteral("A128KW"));
        // The joint header: protected, shared unprotected, per-recipient.
        QVERIFY(result.header.startsWith(R"({"enc":"A128CBC-HS256","jku":)"));
    }
    // With both keys, in either order, the first recipient that opens wins.
    const Key rsa = jwkKey(keys.at(0).toObject());
    const Key oct = jwkKey(keys.at(1).toObject());
    JweResult both = Jwe::decrypt(general, {oct, rsa});
    QVERIFY(both.ok());
    QCOMPARE(both.recipient, 0);
    QCOMPARE(both.keyIndex, 1);
    // A.5: flattened.
    const QJsonObject a5 = all.value("A.5").toObject();
    const QByteArray flat
            = QJsonDocument(a5.value("json").toObject()).toJson(QJsonDocument::Compact);
    const JweResult result = Jwe::decrypt(flat, {jwkKey(a5.value("key").toObject())});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.serialization, JoseSerialization::FlattenedJson);
    QCOMPARE(result.plaintext, a5.value("plaintext").toString().toUtf8());
    // An RSA key cannot open the A128KW-only flattened form: it does not fit.
    const JweResult wrongFamily = Jwe::decrypt(flat, {rsa});
    QCOMPARE(wrongFamily.status, JweStatus::KeyMismatch);
    QVERIFY2(wrongFamily.error.contains("A128KW needs a symmetric key"),
             qPrintable(wrongFamily.error));
}

void TestJwe::rfc7516EncryptExactly()
{
    // A.3 is deterministic once the CEK and IV are fixed.
    const QJsonObject a3 = readJson(QStringLiteral("jwe/rfc7516.json")).value("A.3").toObject();
    const QByteArray compact = a3.value("compact").toString().toLatin1();
    JweEncryptOptions options;
    options.cek = unb64(a3.value("cek").toString());
    options.iv = part(compact, 2);
    const JweEncrypted made
            = Jwe::encrypt(part(compact, 0), a3.value("plaintext").toString().toUtf8(),
                           jwkKey(a3.value("key").toObject()), options);
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(made.compact, compact);
    QCOMPARE(made.steps.cek, options.cek);
}

void TestJwe::cookbook_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("form");
    QDir dir(QFINDTESTDATA("data/jose-cookbook/jwe"));
    QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 13);
    for (QString &f : files)
        f.prepend(QStringLiteral("jwe/"));
    files << QStringLiteral("curve25519/ecdh-es.json");
    for (const QString &file : std::as_const(files)) {
        const QJsonObject output
                = readJson(QStringLiteral("jose-cookbook/") + file).value("output").toObject();
        for (const char *form : {"compact", "json", "json_flat"}) {
            if (output.contains(QLatin1String(form)))
                QTest::addRow("%s %s", qPrintable(file.section('/', -1).section('.', 0, 0)), form)
                        << file << QString::fromLatin1(form);
        }
    }
}

void TestJwe::cookbook()
{
    QFETCH(QString, file);
    QFETCH(QString, form);
    const QJsonObject vector = readJson(QStringLiteral("jose-cookbook/") + file);
    const QJsonObject input = vector.value("input").toObject();
    QList<Key> keys;
    const QJsonValue keyValue = input.value("key");
    for (const QJsonValue &k : keyValue.isArray() ? keyValue.toArray() : QJsonArray {keyValue}) {
        if (k.isObject())
            keys << jwkKey(k.toObject());
    }
    if (input.contains("pwd"))
        keys << Key::fromSecret(input.value("pwd").toString().toUtf8());
    QVERIFY(!keys.isEmpty());
    for (const Key &k : std::as_const(keys))
        QVERIFY(!k.isNull());
    const QJsonValue out = vector.value("output").toObject().value(form);
    const QByteArray text
            = out.isString() ? out.toString().toLatin1() : QJsonDocument(out.toObject()).toJson();
    // Every recipient of 5.13 opens with its own key alone; the others with all keys.
    const int recipients = keyValue.isArray() ? int(keys.size()) : 1;
    for (int r = 0; r < recipients; ++r) {
        const QList<Key> given = recipients > 1 ? QList<Key> {keys.at(r)} : keys;
        const JweResult result = Jwe::decrypt(text, given);
        QVERIFY2(result.ok(), qPrintable(jweStatusName(result.status) + ": " + result.error));
        QCOMPARE(QString::fromUtf8(result.plaintext), input.value("plaintext").toString());
        QCOMPARE(result.recipient, r);
        QCOMPARE(result.compressed, input.contains("zip"));
        const QJsonObject generated = vector.value("generated").toObject();
        const QString cek = generated.contains("cek")
                ? generated.value("cek").toString()
                : vector.value("encrypting_key").toObject().value("cek").toString();
        // (curve25519/ecdh-es.json repeats 5.5's 32-byte CEK, which cannot be an A128GCM
        // key: its ciphertext and tag, checked below, are what count.)
        if (!cek.isEmpty() && unb64(cek).size() == result.steps.cek.size())
            QCOMPARE(b64(result.steps.cek), cek.toLatin1());
        if (generated.contains("plaintext_c"))
            QCOMPARE(b64(result.steps.compressed),
                     generated.value("plaintext_c").toString().toLatin1());
        const QJsonObject enc = vector.value("encrypting_content").toObject();
        QCOMPARE(b64(result.steps.ciphertext), enc.value("ciphertext").toString().toLatin1());
        QCOMPARE(b64(result.steps.tag), enc.value("tag").toString().toLatin1());
    }
}

void TestJwe::cookbookEncryptExactly_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("5.3 PBES2-HS512+A256KW")
            << "5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json";
    QTest::newRow("5.4 ECDH-ES+A128KW P-384") << "5_4.key_agreement_with_key_wrapping_using_ecdh-"
                                                 "es_and_aes-keywrap_with_aes-gcm.json";
    QTest::newRow("5.5 ECDH-ES P-256")
            << "5_5.key_agreement_using_ecdh-es_with_aes-cbc-hmac-sha2.json";
    QTest::newRow("5.6 dir A128GCM") << "5_6.direct_encryption_using_aes-gcm.json";
    QTest::newRow("5.7 A256GCMKW")
            << "5_7.key_wrap_using_aes-gcm_keywrap_with_aes-cbc-hmac-sha2.json";
    QTest::newRow("5.8 A128KW") << "5_8.key_wrap_using_aes-keywrap_with_aes-gcm.json";
    QTest::newRow("5.9 zip DEF") << "5_9.compressed_content.json";
}

void TestJwe::cookbookEncryptExactly()
{
    QFETCH(QString, file);
    const QJsonObject vector = readJson(QStringLiteral("jose-cookbook/jwe/") + file);
    const QJsonObject input = vector.value("input").toObject();
    const QJsonObject generated = vector.value("generated").toObject();
    const QJsonObject encryptingKey = vector.value("encrypting_key").toObject();
    const QJsonObject content = vector.value("encrypting_content").toObject();
    const Key key = input.contains("pwd") ? Key::fromSecret(input.value("pwd").toString().toUtf8())
                                          : jwkKey(input.value("key").toObject());
    QVERIFY(!key.isNull());
    JweEncryptOptions options;
    options.cek = unb64(generated.value("cek").toString());
    options.iv = unb64(generated.value("iv").toString());
    if (encryptingKey.contains("salt")) {
        options.pbes2Salt = unb64(encryptingKey.value("salt").toString());
        options.pbes2Count = encryptingKey.value("iteration_count").toInt();
    }
    if (encryptingKey.contains("iv"))
        options.keyWrapIv = unb64(encryptingKey.value("iv").toString());
    if (encryptingKey.contains("epk")) {
        options.ephemeralKey = jwkKey(encryptingKey.value("epk").toObject());
        QVERIFY(options.ephemeralKey.isPrivate());
    }
    const QByteArray header = unb64(content.value("protected_b64u").toString());
    const JweEncrypted made
            = Jwe::encrypt(header, input.value("plaintext").toString().toUtf8(), key, options);
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(made.protectedHeader, header);
    QCOMPARE(made.compact,
             vector.value("output").toObject().value("compact").toString().toLatin1());
}

void TestJwe::cookbookNested()
{
    // RFC 7520 §6: a JWS (RS256) inside a JWE (RSA-OAEP + A128GCM), cty "JWT".
    const QJsonObject vector
            = readJson(QStringLiteral("jose-cookbook/6.nesting_signatures_and_encryption.json"));
    const QJsonObject encrypt = vector.value("encrypt").toObject();
    const Key key = jwkKey(encrypt.value("input").toObject().value("key").toObject());
    QVERIFY(!key.isNull());
    const QByteArray compact
            = encrypt.value("output").toObject().value("compact").toString().toLatin1();
    const JweResult result = Jwe::decrypt(compact, {key});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.cty, QStringLiteral("JWT"));
    const QByteArray inner = vector.value("sign")
                                     .toObject()
                                     .value("output")
                                     .toObject()
                                     .value("compact")
                                     .toString()
                                     .toLatin1();
    QCOMPARE(result.plaintext, inner);
    QVERIFY(Token::parse(QByteArrayView(result.plaintext)).form() == Token::Form::Jws);
}

void TestJwe::roundTrip_data()
{
    QTest::addColumn<int>("alg");
    QTest::addColumn<int>("enc");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<bool>("zip");
    int n = 0;
    for (JweAlg alg : JweAlgorithms::allAlgs()) {
        if (!JweAlgorithms::canEncrypt(alg))
            continue;
        const JweAlgFamily family = JweAlgorithms::family(alg);
        const bool ecdh = family == JweAlgFamily::EcdhEs || family == JweAlgFamily::EcdhEsKw;
        const QStringList curves = ecdh ? QStringList {"P-256", "P-384", "P-521", "X25519", "X448"}
                                        : QStringList {QString()};
        for (JweEnc enc : JweAlgorithms::allEncs()) {
            for (const QString &curve : curves) {
                QTest::addRow("%s %s %s", qPrintable(JweAlgorithms::name(alg)),
                              qPrintable(JweAlgorithms::name(enc)), qPrintable(curve))
                        << int(alg) << int(enc) << curve << (++n % 3 == 0);
            }
        }
    }
}

void TestJwe::roundTrip()
{
    QFETCH(int, alg);
    QFETCH(int, enc);
    QFETCH(QString, curve);
    QFETCH(bool, zip);
    const auto a = JweAlg(alg);
    const auto e = JweEnc(enc);
    const JweAlgFamily family = JweAlgorithms::family(a);
    Key key;
    if (family == JweAlgFamily::Rsa)
        key = m_rsa;
    else if (!curve.isEmpty())
        key = m_curveKeys.value(curve);
    else
        key = Jwe::generateKey(a, e);
    QVERIFY(!key.isNull());
    const QByteArray payload = zip ? QByteArray(3000, 'z') + "{\"n\":1.50}"
                                   : QByteArray("{\"sub\":\"x\",\"n\":12345678901234567890}");
    QByteArray header = R"({"alg":")" + JweAlgorithms::name(a).toLatin1() + R"(","enc":")"
            + JweAlgorithms::name(e).toLatin1() + R"(","kid":"k1")" + (zip ? R"(,"zip":"DEF")" : "")
            + "}";
    // Encrypting takes the public part where there is one.
    const JweEncrypted made
            = Jwe::encrypt(header, payload, key.kind() == KeyKind::Secret ? key : key.publicKey());
    QVERIFY2(made.ok(), qPrintable(made.error));
    QCOMPARE(made.compact.count('.'), 4);
    QVERIFY(made.protectedHeader.startsWith(header.chopped(1)));
    const JweResult result = Jwe::decrypt(made.compact, {key});
    QVERIFY2(result.ok(), qPrintable(jweStatusName(result.status) + ": " + result.error));
    QCOMPARE(result.plaintext, payload);
    QCOMPARE(result.compressed, zip);
    QCOMPARE(result.steps.cek, made.steps.cek);
    QCOMPARE(result.steps.cek.size(), JweAlgorithms::cekBytes(e));
    if (zip)
        QVERIFY(made.steps.compressed.size() < payload.size() / 10);
    // The header the engine wrote carries what the recipient needs.
    const Json::Object written = Json::readObject(made.protectedHeader);
    QCOMPARE(bool(written.find(u"epk")),
             family == JweAlgFamily::EcdhEs || family == JweAlgFamily::EcdhEsKw);
    QCOMPARE(bool(written.find(u"p2c")), family == JweAlgFamily::Pbes2);
    if (family == JweAlgFamily::Pbes2)
        QCOMPARE(written.find(u"p2c")->raw, QByteArray("10000"));
    QCOMPARE(bool(written.find(u"tag")), family == JweAlgFamily::AesGcmKw);
    // The same token with one tag bit flipped is refused with the one answer.
    const QByteArray bad = withPart(made.compact, 4, flipped(part(made.compact, 4), 0));
    const JweResult refused = Jwe::decrypt(bad, {key});
    QCOMPARE(refused.status, JweStatus::CannotDecrypt);
    QCOMPARE(refused.error, cannotDecrypt);
    QVERIFY(refused.plaintext.isEmpty());
}

void TestJwe::freshValuesEachTime()
{
    const Key key = Key::fromSecret(QByteArray(16, 'k'));
    const QByteArray header = R"({"alg":"A128KW","enc":"A128GCM"})";
    const JweEncrypted one = Jwe::encrypt(header, "same", key);
    const JweEncrypted two = Jwe::encrypt(header, "same", key);
    QVERIFY(one.ok() && two.ok());
    QVERIFY(one.steps.cek != two.steps.cek);
    QVERIFY(one.steps.iv != two.steps.iv);
    QVERIFY(one.compact != two.compact);
    const Key password = Key::fromSecret("correct horse");
    const QByteArray pbes2 = R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM"})";
    const JweEncrypted p1 = Jwe::encrypt(pbes2, "x", password);
    const JweEncrypted p2 = Jwe::encrypt(pbes2, "x", password);
    QVERIFY(Json::readObject(p1.protectedHeader).find(u"p2s")->raw
            != Json::readObject(p2.protectedHeader).find(u"p2s")->raw);
    const QByteArray ecdh = R"({"alg":"ECDH-ES","enc":"A128GCM"})";
    const Key recipient = m_curveKeys.value("X25519").publicKey();
    QVERIFY(Json::readObject(Jwe::encrypt(ecdh, "x", recipient).protectedHeader).find(u"epk")->raw
            != Json::readObject(Jwe::encrypt(ecdh, "x", recipient).protectedHeader)
                       .find(u"epk")
                       ->raw);
}

void TestJwe::agreementKeys_data()
{
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("xBytes");
    QTest::newRow("X25519") << "X25519" << int(KeyKind::X25519) << 253 << 32;
    QTest::newRow("X448") << "X448" << int(KeyKind::X448) << 448 << 56;
}

void TestJwe::agreementKeys()
{
    QFETCH(QString, curve);
    QFETCH(int, kind);
    QFETCH(int, bits);
    QFETCH(int, xBytes);
    const Key key = m_curveKeys.value(curve);
    QCOMPARE(int(key.kind()), kind);
    QCOMPARE(key.bits(), bits);
    QVERIFY(key.isPrivate());
    QCOMPARE(key.description(), curve + QStringLiteral(" private key"));
    // JWK: private and public, and back.
    const QByteArray jwk = key.toJwk(true);
    const QJsonObject object = QJsonDocument::fromJson(jwk).object();
    QCOMPARE(object.value("kty").toString(), QStringLiteral("OKP"));
    QCOMPARE(object.value("crv").toString(), curve);
    QCOMPARE(unb64(object.value("x").toString()).size(), xBytes);
    const KeySet again = loadKeys(jwk);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.keys.first().toJwk(true), jwk);
    const KeySet pub = loadKeys(key.toJwk(false));
    QVERIFY(pub.ok());
    QVERIFY(!pub.keys.first().isPrivate());
    QCOMPARE(pub.keys.first().description(), curve + QStringLiteral(" public key"));
    // PEM: PKCS#8 and SPKI.
    const KeySet pem = loadKeys(key.toPem());
    QVERIFY2(pem.ok(), qPrintable(pem.error));
    QCOMPARE(pem.keys.first().toJwk(true), jwk);
    QCOMPARE(loadKeys(key.publicKey().toPem()).keys.value(0).toJwk(false), key.toJwk(false));
    QVERIFY(!key.thumbprint().isEmpty());
    // Never a signing key.
    QCOMPARE(checkFit(key, Algorithm::EdDSA).verdict, KeyFit::Verdict::Mismatch);
    QVERIFY(checkFit(key, Algorithm::EdDSA).reason.contains(curve));
    // A JWK whose "x" is not the public key of its "d" is refused.
    QJsonObject wrongX = object;
    wrongX.insert("x", QString::fromLatin1(b64(QByteArray(xBytes, 'x'))));
    QVERIFY(loadKeys(QJsonDocument(wrongX).toJson()).error.contains("does not match"));
}

void TestJwe::keyFit_data()
{
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<int>("alg");
    QTest::addColumn<int>("enc");
    QTest::addColumn<bool>("decrypt");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");
    const int fits = int(KeyFit::Verdict::Fits);
    const int mismatch = int(KeyFit::Verdict::Mismatch);
    QTest::newRow("RSA private, RSA-OAEP-256")
            << "rsa" << int(JweAlg::RsaOaep256) << int(JweEnc::A256Gcm) << true << fits << "";
    QTest::newRow("RSA public cannot decrypt")
            << "rsa-public" << int(JweAlg::RsaOaep256) << int(JweEnc::A256Gcm) << true << mismatch
            << "give the private key";
    QTest::newRow("RSA public encrypts")
            << "rsa-public" << int(JweAlg::RsaOaep) << int(JweEnc::A256Gcm) << false << fits << "";
    QTest::newRow("secret for RSA-OAEP")
            << "secret16" << int(JweAlg::RsaOaep) << int(JweEnc::A256Gcm) << true << mismatch
            << "needs an RSA key";
    QTest::newRow("A128KW 16 bytes")
            << "secret16" << int(JweAlg::A128Kw) << int(JweEnc::A256Gcm) << true << fits << "";
    QTest::newRow("A256KW with 16 bytes")
            << "secret16" << int(JweAlg::A256Kw) << int(JweEnc::A256Gcm) << true << mismatch
            << "exactly 32 bytes, not 16";
    QTest::newRow("A192GCMKW with 32 bytes")
            << "secret32" << int(JweAlg::A192GcmKw) << int(JweEnc::A128Gcm) << true << mismatch
            << "exactly 24 bytes, not 32";
    QTest::newRow("dir A128CBC-HS256 32 bytes")
            << "secret32" << int(JweAlg::Dir) << int(JweEnc::A128CbcHs256) << true << fits << "";
    QTest::newRow("dir A256CBC-HS512 32 bytes")
            << "secret32" << int(JweAlg::Dir) << int(JweEnc::A256CbcHs512) << true << mismatch
            << "exactly 64 bytes, not 32";
    QTest::newRow("PBES2 any password") << "secret16" << int(JweAlg::Pbes2Hs512A256Kw)
                                        << int(JweEnc::A128Gcm) << true << fits << "";
    QTest::newRow("PBES2 with an RSA key")
            << "rsa" << int(JweAlg::Pbes2Hs256A128Kw) << int(JweEnc::A128Gcm) << true << mismatch
            << "needs a password";
    QTest::newRow("ECDH-ES X448") << "X448" << int(JweAlg::EcdhEs) << int(JweEnc::A128Gcm) << true
                                  << fits << "";
    QTest::newRow("ECDH-ES secp256k1")
            << "secp256k1" << int(JweAlg::EcdhEsA128Kw) << int(JweEnc::A128Gcm) << false << mismatch
            << "P-256, P-384, P-521, X25519 or X448";
    QTest::newRow("ECDH-ES public cannot decrypt")
            << "P-256-public" << int(JweAlg::EcdhEs) << int(JweEnc::A128Gcm) << true << mismatch
            << "private key";
    QTest::newRow("JWK alg names another")
            << "jwk-A128KW" << int(JweAlg::A128GcmKw) << int(JweEnc::A128Gcm) << true << mismatch
            << "the key is for A128KW";
    QTest::newRow("JWK alg names enc for dir")
            << "jwk-A128GCM" << int(JweAlg::Dir) << int(JweEnc::A128Gcm) << true << fits << "";
}

void TestJwe::keyFit()
{
    QFETCH(QString, keyName);
    QFETCH(int, alg);
    QFETCH(int, enc);
    QFETCH(bool, decrypt);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    Key key;
    if (keyName == QLatin1String("rsa"))
        key = m_rsa;
    else if (keyName == QLatin1String("rsa-public"))
        key = m_rsa.publicKey();
    else if (keyName.startsWith(QLatin1String("secret")))
        key = Key::fromSecret(QByteArray(keyName.mid(6).toInt(), 's'));
    else if (keyName == QLatin1String("secp256k1"))
        key = loadKeys(readData("keys/secp256k1.pkcs8.pem")).keys.value(0);
    else if (keyName == QLatin1String("P-256-public"))
        key = m_curveKeys.value("P-256").publicKey();
    else if (keyName.startsWith(QLatin1String("jwk-")))
        key = loadKeys(R"({"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg","alg":")"
                       + keyName.mid(4).toLatin1() + "\"}")
                      .keys.value(0);
    else
        key = m_curveKeys.value(keyName);
    QVERIFY(!key.isNull());
    const KeyFit fit = Jwe::checkFit(key, JweAlg(alg), JweEnc(enc),
                                     decrypt ? JweDirection::Decrypt : JweDirection::Encrypt);
    QCOMPARE(int(fit.verdict), verdict);
    QVERIFY2(fit.reason.contains(reason), qPrintable(fit.reason));
}

void TestJwe::oneAnswerForTampering_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("damage");
    const QStringList headers {
            R"({"alg":"RSA-OAEP-256","enc":"A256GCM"})",
            R"({"alg":"RSA-OAEP","enc":"A128CBC-HS256"})",
            R"({"alg":"A192KW","enc":"A192CBC-HS384"})",
            R"({"alg":"dir","enc":"A256CBC-HS512"})",
            R"({"alg":"ECDH-ES+A256KW","enc":"A256GCM"})",
            R"({"alg":"ECDH-ES","enc":"A128GCM"})",
            R"({"alg":"A128GCMKW","enc":"A192GCM"})",
            R"({"alg":"PBES2-HS384+A192KW","enc":"A128CBC-HS256"})",
    };
    for (const QString &h : headers) {
        const QString name = Json::readObject(h.toLatin1()).find(u"alg")->string();
        // dir and ECDH-ES have no encrypted key to damage.
        const bool noKey = name == QLatin1String("dir") || name == QLatin1String("ECDH-ES");
        for (const char *damage :
             {"wrong key", "header member added", "header re-spelled", "encrypted key bit",
              "iv bit", "ciphertext first bit", "ciphertext last bit", "tag bit", "tag truncated",
              "ciphertext truncated", "iv truncated", "tag empty", "encrypted key truncated",
              "parts swapped"})
            if (!noKey || !QByteArrayView(damage).startsWith("encrypted key"))
                QTest::addRow("%s: %s", qPrintable(name), damage)
                        << h << QString::fromLatin1(damage);
    }
}

void TestJwe::oneAnswerForTampering()
{
    QFETCH(QString, header);
    QFETCH(QString, damage);
    const JweAlg alg = *JweAlgorithms::algFromName(
            Json::readObject(header.toLatin1()).find(u"alg")->string());
    const JweEnc enc = *JweAlgorithms::encFromName(
            Json::readObject(header.toLatin1()).find(u"enc")->string());
    const JweAlgFamily family = JweAlgorithms::family(alg);
    Key key, other;
    if (family == JweAlgFamily::Rsa) {
        key = m_rsa;
        other = m_rsaOther;
    } else if (family == JweAlgFamily::EcdhEs || family == JweAlgFamily::EcdhEsKw) {
        key = m_curveKeys.value("P-256");
        other = Jwe::generateKey(alg, enc, "P-256");
    } else {
        key = Jwe::generateKey(alg, enc);
        other = Jwe::generateKey(alg, enc);
    }
    const JweEncrypted made = Jwe::encrypt(header.toLatin1(), "secret plaintext, 32 bytes long!",
                                           key.kind() == KeyKind::Secret ? key : key.publicKey());
    QVERIFY2(made.ok(), qPrintable(made.error));
    QVERIFY(Jwe::decrypt(made.compact, {key}).ok());
    QByteArray token = made.compact;
    QList<Key> keys {key};
    const bool emptyKey = family == JweAlgFamily::Direct || family == JweAlgFamily::EcdhEs;
    if (damage == QLatin1String("wrong key")) {
        keys = {other};
    } else if (damage == QLatin1String("header member added")) {
        token = withPart(token, 0, made.protectedHeader.chopped(1) + R"(,"kid":"x"})");
    } else if (damage == QLatin1String("header re-spelled")) {
        token = withPart(token, 0, made.protectedHeader + ' '); // same JSON, other bytes
    } else if (damage == QLatin1String("encrypted key bit")) {
        QVERIFY(!emptyKey);
        token = withPart(token, 1, flipped(part(token, 1), 5));
    } else if (damage == QLatin1String("encrypted key truncated")) {
        QVERIFY(!emptyKey);
        token = withPart(token, 1, part(token, 1).chopped(8));
    } else if (damage == QLatin1String("iv bit")) {
        token = withPart(token, 2, flipped(part(token, 2), 3));
    } else if (damage == QLatin1String("iv truncated")) {
        token = withPart(token, 2, part(token, 2).chopped(1));
    } else if (damage == QLatin1String("ciphertext first bit")) {
        token = withPart(token, 3, flipped(part(token, 3), 0));
    } else if (damage == QLatin1String("ciphertext last bit")) {
        token = withPart(token, 3, flipped(part(token, 3), 1000));
    } else if (damage == QLatin1String("ciphertext truncated")) {
        token = withPart(token, 3, part(token, 3).chopped(16));
    } else if (damage == QLatin1String("tag bit")) {
        token = withPart(token, 4, flipped(part(token, 4), 7));
    } else if (damage == QLatin1String("tag truncated")) {
        token = withPart(token, 4, part(token, 4).chopped(1));
    } else if (damage == QLatin1String("tag empty")) {
        token = withPart(token, 4, QByteArray());
    } else if (damage == QLatin1String("parts swapped")) {
        const QByteArray other = Jwe::encrypt(made.protectedHeader, "another plaintext",
                                              key.kind() == KeyKind::Secret ? key : key.publicKey())
                                         .compact;
        token = withPart(token, 4, part(other, 4)); // a real tag, of another message
    }
    const JweResult result = Jwe::decrypt(token, keys);
    QCOMPARE(jweStatusName(result.status), QStringLiteral("cannot_decrypt"));
    QCOMPARE(result.error, cannotDecrypt);
    QVERIFY(result.plaintext.isEmpty());
    QVERIFY(result.steps.cek.isEmpty());
    QCOMPARE(result.keyIndex, -1);
}

void TestJwe::rsa1_5PaddingFailuresLookAlike()
{
    const QJsonObject a2 = readJson(QStringLiteral("jwe/rfc7516.json")).value("A.2").toObject();
    const Key key = jwkKey(a2.value("key").toObject());
    const QJsonObject tokens
            = readJson(QStringLiteral("jwe/rsa1_5-hostile.json")).value("tokens").toObject();
    QCOMPARE(tokens.size(), 4);
    // A tag flipped in the genuine token: the padding is right, the content is not.
    QByteArray genuine = a2.value("compact").toString().toLatin1();
    QList<QByteArray> cases {withPart(genuine, 4, flipped(part(genuine, 4), 0)),
                             withPart(genuine, 1, part(genuine, 1).chopped(1))};
    for (const QString &name : tokens.keys())
        cases << tokens.value(name).toString().toLatin1();
    for (const QByteArray &token : std::as_const(cases)) {
        for (int round = 0; round < 3; ++round) {
            const JweResult result = Jwe::decrypt(token, {key});
            QCOMPARE(result.status, JweStatus::CannotDecrypt);
            QCOMPARE(result.error, cannotDecrypt);
            QVERIFY(result.plaintext.isEmpty());
            QVERIFY(result.steps.cek.isEmpty());
        }
    }
    QVERIFY(Jwe::decrypt(genuine, {key}).ok());
}

void TestJwe::pbes2CountLimit()
{
    const Key password = Key::fromSecret("Thus from my lips, by yours, my sin is purged.");
    const JweEncrypted made
            = Jwe::encrypt(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM"})", "x", password);
    QVERIFY(made.ok());
    const auto withCount = [&made](const QByteArray &count) {
        QByteArray header = made.protectedHeader;
        const Json::Object members = Json::readObject(header);
        const Json::Member *p2c = members.find(u"p2c");
        header.replace(p2c->valueOffset, p2c->raw.size(), count);
        return withPart(made.compact, 0, header);
    };
    // Far above the limit: refused before any derivation (2^62 iterations would never end).
    for (const QByteArray &count : {QByteArray("4611686018427387904"), QByteArray("1e300"),
                                    QByteArray("1000001"), QByteArray("99999999999999999999999")}) {
        const JweResult refused = Jwe::decrypt(withCount(count), {password});
        QCOMPARE(refused.status, JweStatus::Refused);
        QVERIFY2(refused.error.contains("above the limit of 1000000"), qPrintable(refused.error));
        QVERIFY(refused.error.contains(QString::fromLatin1(count)));
    }
    // The limit is settable; the count is checked before the key too.
    JweOptions strict;
    strict.maxPbes2Count = 1000;
    const JweResult low = Jwe::decrypt(made.compact, {password}, strict);
    QCOMPARE(low.status, JweStatus::Refused);
    QVERIFY(low.error.contains("p2c is 10000, above the limit of 1000"));
    // A count changed but below the limit: another key, so the one answer.
    QCOMPARE(Jwe::decrypt(withCount("10001"), {password}).status, JweStatus::CannotDecrypt);
    // Not a positive integer: malformed.
    for (const QByteArray &count :
         {QByteArray("0"), QByteArray("-5"), QByteArray("1.5"), QByteArray("\"10\"")})
        QCOMPARE(Jwe::decrypt(withCount(count), {password}).status, JweStatus::Malformed);
    QVERIFY(Jwe::decrypt(made.compact, {password}).ok());
}

void TestJwe::deflateBomb()
{
    const Key key = Key::fromSecret(QByteArray(32, 'b'));
    const QByteArray header = R"({"alg":"dir","enc":"A256GCM","zip":"DEF"})";
    // 64 MiB of zeros deflate to about 64 KiB.
    const QByteArray bomb(64 * 1024 * 1024, '\0');
    const JweEncrypted made = Jwe::encrypt(header, bomb, key);
    QVERIFY(made.ok());
    QVERIFY(made.compact.size() < 200 * 1024);
    const JweResult refused = Jwe::decrypt(made.compact, {key});
    QCOMPARE(refused.status, JweStatus::Refused);
    QVERIFY2(refused.error.contains("limit of 16777216 byte"), qPrintable(refused.error));
    QVERIFY(refused.plaintext.isEmpty());
    // Exactly at a limit is fine, one byte over is not.
    JweOptions options;
    options.maxPlaintextBytes = bomb.size();
    const JweResult fits = Jwe::decrypt(made.compact, {key}, options);
    QVERIFY(fits.ok());
    QCOMPARE(fits.plaintext.size(), bomb.size());
    options.maxPlaintextBytes = bomb.size() - 1;
    QCOMPARE(Jwe::decrypt(made.compact, {key}, options).status, JweStatus::Refused);
}

void TestJwe::offCurveEpk()
{
    const Key key = m_curveKeys.value("P-256");
    const JweEncrypted made
            = Jwe::encrypt(R"({"alg":"ECDH-ES+A128KW","enc":"A128GCM"})", "x", key.publicKey());
    QVERIFY(made.ok());
    const Json::Object members = Json::readObject(made.protectedHeader);
    const Json::Member *epk = members.find(u"epk");
    const Json::Object jwk = Json::readObject(epk->raw);
    QByteArray y = Base64Url::decode(jwk.find(u"y")->string().toLatin1()).bytes;
    y[31] = char(y.at(31) ^ 0x01);
    QByteArray header = made.protectedHeader;
    const Json::Member *yMember = jwk.find(u"y");
    header.replace(epk->valueOffset + yMember->valueOffset, yMember->raw.size(),
                   '"' + b64(y) + '"');
    const JweResult refused = Jwe::decrypt(withPart(made.compact, 0, header), {key});
    QCOMPARE(refused.status, JweStatus::Refused);
    QVERIFY2(refused.error.contains("not a point of curve P-256"), qPrintable(refused.error));
    // An epk on another curve than the key's: the key does not fit.
    const JweEncrypted p384 = Jwe::encrypt(R"({"alg":"ECDH-ES","enc":"A128GCM"})", "x",
                                           m_curveKeys.value("P-384").publicKey());
    const JweResult other = Jwe::decrypt(p384.compact, {key});
    QCOMPARE(other.status, JweStatus::KeyMismatch);
    QVERIFY2(other.error.contains("epk is on P-384, the key on P-256"), qPrintable(other.error));
    // X25519: a low-order point (all zeros) gives an all-zero secret, which is refused.
    const Key x = m_curveKeys.value("X25519");
    const JweEncrypted xm
            = Jwe::encrypt(R"({"alg":"ECDH-ES","enc":"A128GCM"})", "x", x.publicKey());
    QByteArray xHeader = xm.protectedHeader;
    const Json::Object xMembers = Json::readObject(xHeader);
    const Json::Member *xEpk = xMembers.find(u"epk");
    const Json::Object xJwk = Json::readObject(xEpk->raw);
    const Json::Member *xx = xJwk.find(u"x");
    xHeader.replace(xEpk->valueOffset + xx->valueOffset, xx->raw.size(),
                    '"' + b64(QByteArray(32, '\0')) + '"');
    const JweResult zero = Jwe::decrypt(withPart(xm.compact, 0, xHeader), {x});
    QVERIFY2(zero.status == JweStatus::CannotDecrypt, qPrintable(zero.error));
    QVERIFY(zero.plaintext.isEmpty());
}

void TestJwe::wrongLengthCek()
{
    // A 16-byte CEK wrapped where A256GCM needs 32: the unwrap works, the length does not.
    const Key kek = Key::fromSecret(QByteArray(16, 'w'));
    const JweEncrypted short16 = Jwe::encrypt(R"({"alg":"A128KW","enc":"A128GCM"})", "x", kek);
    const JweEncrypted long32 = Jwe::encrypt(R"({"alg":"A128KW","enc":"A256GCM"})", "x", kek);
    QVERIFY(short16.ok() && long32.ok());
    const QByteArray token = withPart(long32.compact, 1, part(short16.compact, 1));
    const JweResult result = Jwe::decrypt(token, {kek});
    QCOMPARE(result.status, JweStatus::CannotDecrypt);
    QCOMPARE(result.error, cannotDecrypt);
    // dir: a key of the wrong length does not fit, and the lengths are said.
    const JweEncrypted dir = Jwe::encrypt(R"({"alg":"dir","enc":"A256GCM"})", "x",
                                          Key::fromSecret(QByteArray(32, 'd')));
    const JweResult mismatch = Jwe::decrypt(dir.compact, {Key::fromSecret(QByteArray(16, 'd'))});
    QCOMPARE(mismatch.status, JweStatus::KeyMismatch);
    QCOMPARE(mismatch.error,
             QStringLiteral("dir with A256GCM needs a key of exactly 32 bytes, not 16"));
    // Encrypting with a fixed CEK of the wrong length is refused.
    JweEncryptOptions options;
    options.cek = QByteArray(16, 'c');
    QVERIFY(Jwe::encrypt(R"({"alg":"A128KW","enc":"A256GCM"})", "x", kek, options)
                    .error.contains("32-byte CEK"));
}

void TestJwe::malformedHeaders_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const auto compact
            = [](const QByteArray &header, const QByteArray &encryptedKey = QByteArray()) {
                  return b64(header) + '.' + b64(encryptedKey)
                          + ".AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA";
              };
    const int malformed = int(JweStatus::Malformed);
    const int unsupported = int(JweStatus::Unsupported);
    QTest::newRow("no enc") << compact(R"({"alg":"dir"})") << malformed << "no string \"enc\"";
    QTest::newRow("enc not a string")
            << compact(R"({"alg":"dir","enc":5})") << malformed << "no string \"enc\"";
    QTest::newRow("unknown alg") << compact(R"({"alg":"RSA-OAEP-384","enc":"A128GCM"})")
                                 << unsupported << "\"RSA-OAEP-384\"";
    QTest::newRow("unknown enc") << compact(R"({"alg":"dir","enc":"A128CTR"})") << unsupported
                                 << "\"A128CTR\"";
    QTest::newRow("zip other than DEF") << compact(R"({"alg":"dir","enc":"A128GCM","zip":"GZ"})")
                                        << unsupported << "only \"DEF\"";
    QTest::newRow("crit") << compact(R"({"alg":"dir","enc":"A128GCM","crit":["exp"],"exp":1})")
                          << unsupported << "exp";
    QTest::newRow("dir with an encrypted key")
            << compact(R"({"alg":"dir","enc":"A128GCM"})", "xx") << malformed << "must be empty";
    QTest::newRow("ECDH-ES without epk")
            << compact(R"({"alg":"ECDH-ES","enc":"A128GCM"})") << malformed << "needs \"epk\"";
    QTest::newRow("epk not a JWK")
            << compact(R"({"alg":"ECDH-ES","enc":"A128GCM","epk":{"kty":"EC"}})") << malformed
            << "\"epk\": JWK: member \"crv\" is missing";
    QTest::newRow("epk an RSA key") << compact(
            R"({"alg":"ECDH-ES","enc":"A128GCM","epk":{"kty":"RSA","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"}})")
                                    << unsupported << "ECDH-ES uses P-256";
    QTest::newRow("apu not base64url")
            << compact(R"({"alg":"ECDH-ES","enc":"A128GCM","apu":"a+b"})") << malformed
            << "\"apu\" must be a base64url string";
    QTest::newRow("GCMKW without iv")
            << compact(R"({"alg":"A128GCMKW","enc":"A128GCM","tag":"AAAAAAAAAAAAAAAAAAAAAA"})")
            << malformed << "needs \"iv\"";
    QTest::newRow("GCMKW short tag") << compact(
            R"({"alg":"A128GCMKW","enc":"A128GCM","iv":"AAAAAAAAAAAAAAAA","tag":"AAAA"})")
                                     << malformed << "16";
    QTest::newRow("PBES2 without p2s")
            << compact(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2c":1000})") << malformed
            << "needs \"p2s\"";
    QTest::newRow("PBES2 short p2s")
            << compact(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2c":1000,"p2s":"AAAA"})")
            << malformed << "at least 8";
    QTest::newRow("PBES2 without p2c")
            << compact(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM","p2s":"AAAAAAAAAAA"})")
            << malformed << "needs \"p2c\"";
    QTest::newRow("four parts") << QByteArray("eyJhbGciOiJkaXIifQ.AA.AA.AA") << malformed
                                << "this token has 4 part";
    QTest::newRow("a JWS") << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30.c2ln") << malformed << "5 parts";
    QTest::newRow("JSON zip unprotected") << QByteArray(
            R"({"protected":"eyJlbmMiOiJBMTI4R0NNIn0","unprotected":{"alg":"dir","zip":"DEF"},"iv":"AAAAAAAAAAAAAAAA","ciphertext":"AAAA","tag":"AAAAAAAAAAAAAAAAAAAAAA"})")
                                          << malformed << "\"zip\" must be in the protected header";
    QTest::newRow("JSON a JWS") << QByteArray(
            R"({"payload":"e30","signature":"AA","protected":"eyJhbGciOiJIUzI1NiJ9"})")
                                << malformed << "not an encrypted JWE";
    QTest::newRow("JSON syntax") << QByteArray(R"({"ciphertext":)") << malformed
                                 << "invalid JSON at offset";
}

void TestJwe::malformedHeaders()
{
    QFETCH(QByteArray, text);
    QFETCH(int, status);
    QFETCH(QString, error);
    const JweResult result = Jwe::decrypt(
            text, {Key::fromSecret(QByteArray(16, 'k')), m_curveKeys.value("P-256")});
    QCOMPARE(jweStatusName(result.status), jweStatusName(JweStatus(status)));
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY(result.plaintext.isEmpty());
}

void TestJwe::encryptRefusals()
{
    const Key secret = Key::fromSecret(QByteArray(16, 'k'));
    QVERIFY(Jwe::encrypt(R"({"alg":"RSA1_5","enc":"A128GCM"})", "x", m_rsa)
                    .error.contains("RSA1_5 is decrypted but never made"));
    QVERIFY(Jwe::encrypt(R"({"alg":"A128KW","enc":"A128GCM"})", "x", m_rsa)
                    .error.startsWith("key: A128KW needs a symmetric key"));
    QVERIFY(Jwe::encrypt(R"({"alg":"A128KW"})", "x", secret).error.contains("\"enc\""));
    QVERIFY(Jwe::encrypt(R"({"alg":"A128KW","enc":"A128GCM","alg":"dir"})", "x", secret)
                    .error.startsWith("header: invalid JSON"));
    QVERIFY(Jwe::encrypt(R"([1])", "x", secret).error.contains("not a JSON object"));
    QVERIFY(Jwe::encrypt(R"({"alg":"A128KW","enc":"A128GCM","zip":"GZ"})", "x", secret)
                    .error.contains("DEF"));
    QVERIFY(Jwe::encrypt(R"({"alg":"A128KW","enc":"A128GCM","crit":["x"]})", "x", secret)
                    .error.contains("crit"));
    // The header keeps its key order and number spelling; alg-specific members are appended.
    const JweEncrypted made = Jwe::encrypt(
            R"( { "typ" : "JWT", "n": 1.50, "alg":"A128GCMKW", "enc":"A128GCM" } )", "x", secret);
    QVERIFY(made.ok());
    const QByteArray kept = R"({"typ":"JWT","n":1.50,"alg":"A128GCMKW","enc":"A128GCM","iv":)";
    QVERIFY(made.protectedHeader.startsWith(kept));
    // Decrypting with an empty key list says so.
    QCOMPARE(Jwe::decrypt(made.compact, {}).status, JweStatus::KeyMismatch);
}

QTEST_GUILESS_MAIN(TestJwe)
#include "tst_jwe.moc"
