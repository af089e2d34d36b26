// SPDX-License-Identifier: MIT
// verifyToken() on encrypted tokens (JWE): decrypted, cannot decrypt, no key, unsupported,
// refused, and a signed token nested inside verified with the same ring.
#include "verifier.h"

#include "base64url.h"
#include "jwe.h"
#include "jws.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using State = TokenVerdict::State;

QJsonObject vector(const QString &name)
{
    QFile file(QFINDTESTDATA("data/jwe/rfc7516.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the RFC 7516 vectors");
    return QJsonDocument::fromJson(file.readAll()).object().value(name).toObject();
}

QByteArray compactOf(const QString &name)
{
    return vector(name).value("compact").toString().toLatin1();
}

KeyRing keyOf(const QString &name)
{
    return KeyRing::fromText(
            QJsonDocument(vector(name).value("key").toObject()).toJson(QJsonDocument::Compact));
}

QByteArray b64(const QByteArray &bytes)
{
    return Base64Url::encode(bytes);
}

/// A flipped bit in part @p index of a compact token.
QByteArray flipped(const QByteArray &compact, int index)
{
    QList<QByteArray> parts = compact.split('.');
    QByteArray bytes = Base64Url::decode(parts.at(index)).bytes;
    bytes[0] = char(bytes.at(0) ^ 1);
    parts[index] = b64(bytes);
    return parts.join('.');
}

const QByteArray dirKey = "0123456789abcdef0123456789abcdef"; // 32 bytes: dir + A256GCM
const QByteArray signKey = "a-40-byte-secret-that-signs-the-inner-JWS";

QByteArray encrypted(const QByteArray &header, const QByteArray &plaintext, const Key &key)
{
    const JweEncrypted made = Jwe::encrypt(header, plaintext, key);
    if (!made.ok())
        qFatal("cannot encrypt: %s", qPrintable(made.error));
    return made.compact;
}

QByteArray hs256(const QByteArray &header, const QByteArray &payload, const QByteArray &secret)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const Signature s = sign(Algorithm::HS256, KeyRing::fromSecret(secret).at(0), input);
    if (!s.ok())
        qFatal("cannot sign: %s", qPrintable(s.error));
    return input + '.' + b64(s.bytes);
}

/// Both keys in one JWKS: the one that decrypts ("enc") and the one that verifies ("sig").
KeyRing bothKeys()
{
    return KeyRing::fromText(QByteArray(R"({"keys":[{"kty":"oct","kid":"enc","k":")") + b64(dirKey)
                             + R"("},{"kty":"oct","kid":"sig","k":")" + b64(signKey) + R"("}]})");
}

} // namespace

class TestJweVerdict : public QObject
{
    Q_OBJECT

private slots:
    void decrypt_data();
    void decrypt();
    void claimsOfThePlaintext();
    void nested_data();
    void nested();
    void limitRefused();
};

void TestJweVerdict::decrypt_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<KeyRing>("ring");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<QByteArray>("plaintext");

    const QByteArray a3 = compactOf("A.3");
    const QByteArray prosper = "Live long and prosper.";
    QTest::newRow("A.3 A128KW: decrypted, the shared key authenticates")
            << a3 << keyOf("A.3") << State::Decrypted
            << "Decrypted (A128KW, A128CBC-HS256) with the shared key (16 byte" << true
            << QByteArray("valid") << prosper;
    QTest::newRow("A.1 RSA-OAEP: decrypted, nothing proves the sender")
            << compactOf("A.1") << keyOf("A.1") << State::Decrypted
            << "Decrypted (RSA-OAEP, A256GCM) with the RSA" << false << QByteArray("unsupported")
            << vector("A.1").value("plaintext").toString().toUtf8();
    QTest::newRow("A.2 RSA1_5: decrypted")
            << compactOf("A.2") << keyOf("A.2") << State::Decrypted
            << "Decrypted (RSA1_5, A128CBC-HS256)" << false << QByteArray("unsupported") << prosper;
    QTest::newRow("wrong key of the right length")
            << a3 << KeyRing::fromSecret("0123456789abcdef") << State::Invalid << "cannot decrypt"
            << false << QByteArray("invalid") << QByteArray();
    QTest::newRow("flipped tag") << flipped(a3, 4) << keyOf("A.3") << State::Invalid
                                 << "cannot decrypt" << false << QByteArray("invalid")
                                 << QByteArray();
    QTest::newRow("flipped ciphertext")
            << flipped(a3, 3) << keyOf("A.3") << State::Invalid << "cannot decrypt" << false
            << QByteArray("invalid") << QByteArray();
    QTest::newRow("flipped IV") << flipped(a3, 2) << keyOf("A.3") << State::Invalid
                                << "cannot decrypt" << false << QByteArray("invalid")
                                << QByteArray();
    QTest::newRow("no key") << a3 << KeyRing() << State::NoKey << "Enter a key to decrypt the token"
                            << false << QByteArray("invalid") << QByteArray();
    QTest::newRow("an RSA token, a secret")
            << compactOf("A.1") << KeyRing::fromSecret("k") << State::Invalid << "" << false
            << QByteArray("invalid") << QByteArray();
    QTest::newRow("unknown enc") << b64(R"({"alg":"A128KW","enc":"A999GCM"})")
                    + ".a2V5.aXY.Y2lw.dGFn"
                                 << keyOf("A.3") << State::Unsupported << "" << false
                                 << QByteArray("unsupported") << QByteArray();
}

void TestJweVerdict::decrypt()
{
    QFETCH(QByteArray, token);
    QFETCH(KeyRing, ring);
    QFETCH(State, state);
    QFETCH(QString, reason);
    QFETCH(bool, valid);
    QFETCH(QByteArray, word);
    QFETCH(QByteArray, plaintext);
    const TokenVerdict v = verifyToken(Token::parse(token), ring);
    QCOMPARE(v.state, state);
    QVERIFY2(v.reason.startsWith(reason), qPrintable(v.reason));
    QVERIFY(!v.reason.isEmpty());
    QCOMPARE(v.valid, valid);
    QCOMPARE(v.error.isEmpty(), valid);
    QCOMPARE(QByteArray(signatureWord(v)), word);
    QVERIFY(!v.malformed);
    if (state == State::Decrypted) {
        QVERIFY(v.decryption);
        QCOMPARE(v.keyIndex, 0);
        QCOMPARE(v.decryption->result.plaintext, plaintext);
        QVERIFY(!v.decryption->nested);
        QCOMPARE(&v.decisive(), &v);
    } else if (v.decryption) {
        // Nothing of a failed decryption is kept: no partial plaintext.
        QVERIFY(v.decryption->result.plaintext.isEmpty());
        QVERIFY(v.decryption->result.steps.cek.isEmpty());
    }
}

void TestJweVerdict::claimsOfThePlaintext()
{
    const Key key = KeyRing::fromSecret(dirKey).at(0);
    const QByteArray token
            = encrypted(R"({"alg":"dir","enc":"A256GCM"})", R"({"sub":"alice","exp":1000})", key);
    ClaimsPolicy policy;
    policy.now = 2000;
    VerifyOptions options;
    options.claims = policy;
    const TokenVerdict v = verifyToken(Token::parse(token), KeyRing::fromSecret(dirKey), options);
    QCOMPARE(v.state, State::Decrypted);
    QVERIFY(v.claimsChecked);
    QCOMPARE(v.time, TimeStatus::Expired);
    QVERIFY(!v.valid);
    QVERIFY2(v.error.contains("exp"), qPrintable(v.error));

    policy.now = 500;
    options.claims = policy;
    const TokenVerdict fresh
            = verifyToken(Token::parse(token), KeyRing::fromSecret(dirKey), options);
    QCOMPARE(fresh.time, TimeStatus::Valid);
    QVERIFY2(fresh.valid, qPrintable(fresh.error));
}

void TestJweVerdict::nested_data()
{
    QTest::addColumn<QByteArray>("cty");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("word");
    QTest::newRow("cty JWT, signature holds")
            << QByteArray("JWT") << false << true << QByteArray("valid");
    QTest::newRow("no cty: it parses as a JWS")
            << QByteArray() << false << true << QByteArray("valid");
    QTest::newRow("inner signature broken")
            << QByteArray("JWT") << true << false << QByteArray("invalid");
}

void TestJweVerdict::nested()
{
    QFETCH(QByteArray, cty);
    QFETCH(bool, tamper);
    QFETCH(bool, valid);
    QFETCH(QByteArray, word);
    QByteArray inner = hs256(R"({"alg":"HS256","kid":"sig"})", R"({"sub":"bob"})", signKey);
    if (tamper)
        inner = flipped(inner, 2);
    const QByteArray header = cty.isEmpty()
            ? QByteArray(R"({"alg":"dir","enc":"A256GCM","kid":"enc"})")
            : R"({"alg":"dir","enc":"A256GCM","kid":"enc","cty":")" + cty + "\"}";
    const QByteArray token = encrypted(header, inner, KeyRing::fromSecret(dirKey).at(0));
    const KeyRing ring = bothKeys();
    QCOMPARE(ring.size(), 2);

    const TokenVerdict v = verifyToken(Token::parse(token), ring);
    QCOMPARE(v.state, State::Decrypted);
    QCOMPARE(v.keyIndex, 0);
    QVERIFY(v.decryption);
    QVERIFY(v.decryption->nested);
    QCOMPARE(v.decryption->inner.form(), Token::Form::Jws);
    const TokenVerdict &in = v.decryption->innerVerdict;
    QCOMPARE(in.state, valid ? State::Valid : State::Invalid);
    QCOMPARE(in.keyIndex, 1); // the inner token's own key, not the one that decrypted
    QCOMPARE(&v.decisive(), &in);
    QCOMPARE(v.valid, valid);
    QCOMPARE(QByteArray(signatureWord(v)), word);
    if (!valid)
        QVERIFY2(v.error.startsWith("nested token: "), qPrintable(v.error));
}

void TestJweVerdict::limitRefused()
{
    const Key password = KeyRing::fromSecret("correct horse").at(0);
    const QByteArray token
            = encrypted(R"({"alg":"PBES2-HS256+A128KW","enc":"A128GCM"})", "hello", password);
    VerifyOptions options;
    options.jwe.maxPbes2Count = 1000; // the token says 10,000
    const TokenVerdict v
            = verifyToken(Token::parse(token), KeyRing::fromSecret("correct horse"), options);
    QCOMPARE(v.state, State::Invalid);
    QVERIFY2(v.reason.contains("p2c"), qPrintable(v.reason));
    QVERIFY(!v.valid);
    const TokenVerdict opened
            = verifyToken(Token::parse(token), KeyRing::fromSecret("correct horse"));
    QCOMPARE(opened.state, State::Decrypted);
    QVERIFY2(opened.reason.contains("password"), qPrintable(opened.reason));
    QVERIFY(opened.valid); // a password is shared: the tag authenticates the sender
}

QTEST_GUILESS_MAIN(TestJweVerdict)
#include "tst_jweverdict.moc"
