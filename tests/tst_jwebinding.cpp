// SPDX-License-Identifier: MIT
// TokenModel with encrypted tokens (JWE), through its public API: decrypted with the key in
// the key field (secret, JWK, PEM), cannot decrypt, no key; the plaintext in the payload
// pane and its claims; a nested token and its layers; editing re-encrypts; and the Explain
// steps of a JWE with the real bytes.
#include "base64url.h"
#include "explain.h"
#include "jwe.h"
#include "jws.h"
#include "keyring.h"
#include "tokenmodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

using VerifyState = TokenModel::VerifyState;
using KeyInput = TokenModel::KeyInput;

QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

QJsonObject vector(const QString &name)
{
    return QJsonDocument::fromJson(readData(QStringLiteral("jwe/rfc7516.json")))
            .object()
            .value(name)
            .toObject();
}

QString compactOf(const QString &name)
{
    return vector(name).value("compact").toString();
}

QString jwkOf(const QString &name)
{
    return QString::fromUtf8(
            QJsonDocument(vector(name).value("key").toObject()).toJson(QJsonDocument::Compact));
}

QString plaintextOf(const QString &name)
{
    return vector(name).value("plaintext").toString();
}

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

const QByteArray dirKey = "0123456789abcdef0123456789abcdef"; // dir + A256GCM
const QByteArray signKey = "a-40-byte-secret-that-signs-the-inner-JWS";
constexpr qint64 now = 1700000000;

QString encrypted(const QByteArray &header, const QByteArray &plaintext, const Key &key)
{
    const JweEncrypted made = Jwe::encrypt(header, plaintext, key);
    if (!made.ok())
        qFatal("cannot encrypt: %s", qPrintable(made.error));
    return QString::fromLatin1(made.compact);
}

QByteArray hs256(const QByteArray &header, const QByteArray &payload)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const Signature s = sign(Algorithm::HS256, KeyRing::fromSecret(signKey).at(0), input);
    if (!s.ok())
        qFatal("cannot sign: %s", qPrintable(s.error));
    return input + '.' + b64(s.bytes);
}

QString bothKeys()
{
    return QStringLiteral(R"({"keys":[{"kty":"oct","kid":"enc","k":"%1"},)"
                          R"({"kty":"oct","kid":"sig","k":"%2"}]})")
            .arg(QString::fromLatin1(b64(dirKey)), QString::fromLatin1(b64(signKey)));
}

/// What a key independent of the model makes of @p token.
JweResult decryptWith(const QString &token, const QString &keyText)
{
    return Jwe::decrypt(QByteArrayView(token.toLatin1()),
                        KeyRing::fromText(keyText.toUtf8()).keys());
}

QString part(const QString &token, int index)
{
    return token.split(QLatin1Char('.')).value(index);
}

} // namespace

class TestJweBinding : public QObject
{
    Q_OBJECT

private slots:
    void decrypted_data();
    void decrypted();
    void noKeyThenWrongKeyThenRight();
    void plaintextClaims();
    void pemKey();
    void nested_data();
    void nested();
    void editReencrypts();
    void editStaleThenEncryptOnRequest();
    void headerEdit();
    void rsa1_5IsNeverMade();
    void explainSteps();
    void explainWithoutKey();
};

void TestJweBinding::decrypted_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<KeyInput>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("keyFirst");
    QTest::addColumn<bool>("sharedKey");
    for (const bool keyFirst : {true, false}) {
        const char *order = keyFirst ? "key, then token" : "token, then key";
        QTest::addRow("A.1 RSA-OAEP, JWK; %s", order)
                << "A.1" << KeyInput::KeyText << jwkOf("A.1") << keyFirst << false;
        QTest::addRow("A.2 RSA1_5, JWK; %s", order)
                << "A.2" << KeyInput::KeyText << jwkOf("A.2") << keyFirst << false;
        QTest::addRow("A.3 A128KW, base64url secret; %s", order)
                << "A.3" << KeyInput::SecretBase64 << "GawgguFyGrWKav7AX4VKUg" << keyFirst << true;
        QTest::addRow("A.3 A128KW, JWK; %s", order)
                << "A.3" << KeyInput::KeyText << jwkOf("A.3") << keyFirst << true;
    }
}

void TestJweBinding::decrypted()
{
    QFETCH(QString, example);
    QFETCH(KeyInput, input);
    QFETCH(QString, key);
    QFETCH(bool, keyFirst);
    QFETCH(bool, sharedKey);
    const QString token = compactOf(example);
    const QJsonObject v = vector(example);
    TokenModel model;
    QSignalSpy payloadSpy(&model, &TokenModel::payloadTextChanged);
    if (keyFirst)
        model.setKey(input, key);
    model.setToken(token);
    if (!keyFirst)
        model.setKey(input, key);
    QCOMPARE(model.keyError().message, QString());
    QCOMPARE(model.verifyState(), VerifyState::Decrypted);
    const QString alg = v.value("alg").toString();
    const QString enc = v.value("enc").toString();
    QVERIFY2(model.verifyReason().startsWith(QStringLiteral("Decrypted (%1, %2)").arg(alg, enc)),
             qPrintable(model.verifyReason()));
    QCOMPARE(model.payloadText(), plaintextOf(example));
    QVERIFY(!payloadSpy.isEmpty());
    QCOMPARE(payloadSpy.last().first().toString(), plaintextOf(example));
    QCOMPARE(model.token(), token); // decrypting never rewrites the token
    const TokenModel::Encryption e = model.encryption();
    QVERIFY(e.isJwe);
    QCOMPARE(e.alg, alg);
    QCOMPARE(e.enc, enc);
    QVERIFY(e.decrypted);
    QVERIFY(!e.nested);
    QVERIFY(!e.encryptedHere);
    QCOMPARE(e.sharedKey, sharedKey);
    QCOMPARE(e.canEncrypt, alg != QLatin1String("RSA1_5"));
    QCOMPARE(e.layers.size(), 1);
    QCOMPARE(e.layers.first().title, QStringLiteral("JWE (%1, %2)").arg(alg, enc));
    QCOMPARE(e.layers.first().state, VerifyState::Decrypted);
    QCOMPARE(e.layers.first().reason, model.verifyReason());
}

void TestJweBinding::noKeyThenWrongKeyThenRight()
{
    TokenModel model;
    model.setToken(compactOf("A.3"));
    QCOMPARE(model.verifyState(), VerifyState::NoKey);
    QCOMPARE(model.verifyReason(), QStringLiteral("Enter a key to decrypt the token"));
    QCOMPARE(model.headerText(),
             QStringLiteral("{\n  \"alg\": \"A128KW\",\n  \"enc\": "
                            "\"A128CBC-HS256\"\n}"));
    QCOMPARE(model.payloadText(), QString());
    QCOMPARE(model.segments().size(), 5);
    QCOMPARE(model.segments().at(2).part, TokenPart::InitializationVector);
    QCOMPARE(model.segments().at(4).part, TokenPart::AuthenticationTag);
    QVERIFY(model.encryption().isJwe);
    QVERIFY(!model.encryption().decrypted);

    model.setKey(KeyInput::SecretBase64, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"));
    QCOMPARE(model.verifyState(), VerifyState::Invalid);
    QVERIFY2(model.verifyReason().startsWith(QStringLiteral("cannot decrypt")),
             qPrintable(model.verifyReason()));
    QCOMPARE(model.payloadText(), QString());

    model.setKey(KeyInput::SecretBase64, QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    QCOMPARE(model.verifyState(), VerifyState::Decrypted);
    QCOMPARE(model.payloadText(), plaintextOf("A.3"));

    // The key gone: the plaintext goes with it.
    model.setKey(KeyInput::SecretText, QString());
    QCOMPARE(model.verifyState(), VerifyState::NoKey);
    QCOMPARE(model.payloadText(), QString());
    QCOMPARE(model.token(), compactOf("A.3"));
}

void TestJweBinding::plaintextClaims()
{
    const QString token
            = encrypted(R"({"alg":"dir","enc":"A256GCM"})", R"({"sub":"alice","exp":1700003600})",
                        KeyRing::fromSecret(dirKey).at(0));
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    model.setToken(token);
    QVERIFY(model.claims().isEmpty()); // nothing to read without the key
    model.setKey(KeyInput::SecretText, QString::fromLatin1(dirKey));
    QCOMPARE(model.verifyState(), VerifyState::Decrypted);
    QCOMPARE(model.payloadText(),
             QStringLiteral("{\n  \"sub\": \"alice\",\n  \"exp\": 1700003600\n}"));
    const QList<TokenModel::Claim> claims = model.claims();
    QCOMPARE(claims.size(), 2);
    QCOMPARE(claims.at(0).name, QStringLiteral("sub"));
    QCOMPARE(claims.at(1).name, QStringLiteral("exp"));
    QVERIFY(claims.at(1).isTime);
    QCOMPARE(model.claimsReport().time, TimeStatus::Valid);
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(now + 7200, Qt::UTC));
    QCOMPARE(model.claimsReport().time, TimeStatus::Expired);
}

void TestJweBinding::pemKey()
{
    const QString token
            = encrypted(R"({"alg":"RSA-OAEP-256","enc":"A256GCM"})", R"({"sub":"pem"})",
                        KeyRing::fromText(readData(QStringLiteral("keys/rsa2048.pub.pem"))).at(0));
    TokenModel model;
    model.setToken(token);
    model.setKey(KeyInput::KeyText, QString::fromLatin1(readData("keys/rsa2048.pkcs8.pem")));
    QCOMPARE(model.verifyState(), VerifyState::Decrypted);
    QVERIFY2(model.verifyReason().contains(QLatin1String("RSA")), qPrintable(model.verifyReason()));
    QCOMPARE(model.payloadText(), QStringLiteral("{\n  \"sub\": \"pem\"\n}"));
    // The public key encrypts but does not decrypt.
    model.setKey(KeyInput::KeyText, QString::fromLatin1(readData("keys/rsa2048.pub.pem")));
    QCOMPARE(model.verifyState(), VerifyState::Invalid);
    QCOMPARE(model.payloadText(), QString());
}

void TestJweBinding::nested_data()
{
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<VerifyState>("inner");
    QTest::newRow("inner signature verified") << false << VerifyState::Verified;
    QTest::newRow("inner signature broken") << true << VerifyState::Invalid;
}

void TestJweBinding::nested()
{
    QFETCH(bool, tamper);
    QFETCH(VerifyState, inner);
    QByteArray jws = hs256(R"({"alg":"HS256","kid":"sig"})", R"({"sub":"bob"})");
    if (tamper)
        jws.chop(2), jws += "AA";
    const QString token = encrypted(R"({"alg":"dir","enc":"A256GCM","kid":"enc","cty":"JWT"})", jws,
                                    KeyRing::fromSecret(dirKey).at(0));
    TokenModel model;
    model.setToken(token);
    model.setKey(KeyInput::KeyText, bothKeys());
    QCOMPARE(model.verifyState(), VerifyState::Decrypted);
    QCOMPARE(model.payloadText(), QString::fromLatin1(jws));
    const TokenModel::Encryption e = model.encryption();
    QVERIFY(e.nested);
    QCOMPARE(e.layers.size(), 2);
    QCOMPARE(e.layers.at(0).title, QStringLiteral("JWE (dir, A256GCM)"));
    QCOMPARE(e.layers.at(1).title, QStringLiteral("JWS (HS256)"));
    QCOMPARE(e.layers.at(1).state, inner);
    QVERIFY(!e.layers.at(1).reason.isEmpty());
    // The claims are the inner token's.
    const QList<TokenModel::Claim> claims = model.claims();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first().name, QStringLiteral("sub"));
}

void TestJweBinding::editReencrypts()
{
    const QString pasted = compactOf("A.3");
    const QString key = QStringLiteral("GawgguFyGrWKav7AX4VKUg");
    TokenModel model;
    model.setToken(pasted);
    model.setKey(KeyInput::SecretBase64, key);
    QVERIFY(model.resignOnEdit());
    model.setPayloadText(QStringLiteral("Live long."));
    const QString made = model.token();
    QVERIFY(made != pasted);
    QCOMPARE(made.count(QLatin1Char('.')), 4);
    QCOMPARE(part(made, 0), part(pasted, 0)); // the same protected header: alg and enc
    QVERIFY(part(made, 1) != part(pasted, 1)); // a new CEK
    QVERIFY(part(made, 2) != part(pasted, 2)); // a new IV
    QCOMPARE(model.verifyState(), VerifyState::Reencrypted);
    QVERIFY(model.encryption().encryptedHere);
    QCOMPARE(model.payloadText(), QStringLiteral("Live long."));
    const JweResult check = decryptWith(made, jwkOf("A.3"));
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.plaintext, QByteArray("Live long."));

    // Back to what was pasted: the pasted bytes, decrypted as themselves.
    model.setPayloadText(plaintextOf("A.3"));
    QCOMPARE(model.token(), pasted);
    QCOMPARE(model.verifyState(), VerifyState::Decrypted);
}

void TestJweBinding::editStaleThenEncryptOnRequest()
{
    const QString pasted = compactOf("A.3");
    TokenModel model;
    model.setResignOnEdit(false);
    model.setToken(pasted);
    model.setKey(KeyInput::SecretBase64, QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    model.setPayloadText(QStringLiteral("{\"a\": 1}"));
    QCOMPARE(model.token(), pasted);
    QCOMPARE(model.verifyState(), VerifyState::Stale);
    QCOMPARE(model.payloadText(), QStringLiteral("{\"a\": 1}"));
    QVERIFY(!model.encryption().decrypted);

    QVERIFY(model.sign());
    QVERIFY(model.token() != pasted);
    QCOMPARE(model.verifyState(), VerifyState::Reencrypted);
    const JweResult check = decryptWith(model.token(), jwkOf("A.3"));
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.plaintext, QByteArray(R"({"a":1})"));
}

void TestJweBinding::headerEdit()
{
    TokenModel model;
    model.setToken(compactOf("A.3"));
    model.setKey(KeyInput::SecretBase64, QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    model.setHeaderText(
            QStringLiteral("{\"alg\": \"A128KW\", \"enc\": \"A256GCM\", \"kid\": \"k1\"}"));
    QCOMPARE(model.verifyState(), VerifyState::Reencrypted);
    const JweResult check = decryptWith(model.token(), jwkOf("A.3"));
    QVERIFY2(check.ok(), qPrintable(check.error));
    QCOMPARE(check.enc, QStringLiteral("A256GCM"));
    QCOMPARE(check.protectedHeader, QByteArray(R"({"alg":"A128KW","enc":"A256GCM","kid":"k1"})"));
    QCOMPARE(check.plaintext, plaintextOf("A.3").toUtf8());
}

void TestJweBinding::rsa1_5IsNeverMade()
{
    const QString pasted = compactOf("A.2");
    TokenModel model;
    model.setToken(pasted);
    model.setKey(KeyInput::KeyText, jwkOf("A.2"));
    QCOMPARE(model.verifyState(), VerifyState::Decrypted);
    model.setPayloadText(QStringLiteral("changed"));
    QCOMPARE(model.token(), pasted);
    QCOMPARE(model.verifyState(), VerifyState::Stale);
    QVERIFY2(model.verifyReason().contains(QLatin1String("RSA1_5")),
             qPrintable(model.verifyReason()));
    QVERIFY(!model.sign());
    QVERIFY(model.signatureError().message.contains(QLatin1String("RSA1_5")));
}

void TestJweBinding::explainSteps()
{
    TokenModel model;
    model.setToken(compactOf("A.3"));
    model.setKey(KeyInput::SecretBase64, QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    const Explanation e = Explain::build(model);
    QCOMPARE(e.state, VerifyState::Decrypted);
    QCOMPARE(e.reason, model.verifyReason());
    using Kind = ExplainStep::Kind;
    QList<Kind> kinds;
    for (const ExplainStep &step : e.steps)
        kinds << step.kind;
    QCOMPARE(kinds,
             (QList<Kind> {Kind::Header, Kind::Cek, Kind::EncryptedKey, Kind::Iv, Kind::Aad,
                           Kind::Ciphertext, Kind::Verification}));
    const QStringList parts = compactOf("A.3").split(QLatin1Char('.'));
    QCOMPARE(e.steps.at(1).bytes,
             Base64Url::decode(vector("A.3").value("cek").toString().toLatin1()).bytes);
    QCOMPARE(e.steps.at(2).bytes, Base64Url::decode(parts.at(1).toLatin1()).bytes);
    QCOMPARE(e.steps.at(3).bytes, Base64Url::decode(parts.at(2).toLatin1()).bytes);
    QCOMPARE(e.steps.at(4).bytes, parts.at(0).toLatin1()); // the AAD: the header's ASCII
    QCOMPARE(e.steps.at(5).bytes, Base64Url::decode(parts.at(3).toLatin1()).bytes);
    const ExplainLine &result = e.steps.last().lines.last();
    QCOMPARE(result.value, model.verifyReason());
    QVERIFY(e.steps.at(5).text().contains(plaintextOf("A.3")));
    QCOMPARE(Explain::kindFromName(u"aad"), std::optional<Kind>(Kind::Aad));
    QCOMPARE(Explain::kindFromName(u"decryption"), std::optional<Kind>(Kind::Verification));
}

void TestJweBinding::explainWithoutKey()
{
    TokenModel model;
    model.setToken(compactOf("A.3"));
    const Explanation e = Explain::build(model);
    QCOMPARE(e.state, VerifyState::NoKey);
    QCOMPARE(e.steps.size(), 7);
    QVERIFY(e.steps.at(1).bytes.isEmpty()); // no CEK without the key
    QVERIFY(!e.steps.at(5).text().contains(plaintextOf("A.3")));
    QCOMPARE(e.steps.last().lines.last().value, model.verifyReason());
}

QTEST_GUILESS_MAIN(TestJweBinding)
#include "tst_jwebinding.moc"
