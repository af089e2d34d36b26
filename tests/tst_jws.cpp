// SPDX-License-Identifier: MIT
#include "base64url.h"
#include "digest.h"
#include "ecdsa.h"
#include "jws.h"
#include "key.h"
#include "keyfit.h"
#include "keygen.h"
#include "keyset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Key loadOne(const QString &relative)
{
    const KeySet set = loadKeys(readData(relative));
    return set.ok() ? set.keys.first() : Key();
}

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(hex);
}

/// Token parts: signing input (header.payload) and decoded signature.
struct Parts
{
    QByteArray signingInput;
    QByteArray signature;
};

Parts split(const QByteArray &token)
{
    const qsizetype dot = token.lastIndexOf('.');
    return {token.left(dot), Base64Url::decode(token.mid(dot + 1)).bytes};
}

/// The keys every round trip uses, by algorithm.
Key keyFor(Algorithm alg)
{
    switch (alg) {
    case Algorithm::HS256:
    case Algorithm::HS384:
    case Algorithm::HS512:
        return Key::fromSecret(QByteArray(64, 'k'));
    case Algorithm::RS256:
    case Algorithm::RS384:
    case Algorithm::RS512:
    case Algorithm::PS256:
    case Algorithm::PS384:
    case Algorithm::PS512:
        return loadOne(QStringLiteral("keys/rsa2048.pkcs8.pem"));
    case Algorithm::ES256:
        return loadOne(QStringLiteral("keys/cert.key.pem"));
    case Algorithm::ES384:
        return loadOne(QStringLiteral("keys/p384.sec1.pem"));
    case Algorithm::ES512:
        return loadOne(QStringLiteral("keys/p521.pkcs8.pem"));
    case Algorithm::ES256K:
        return loadOne(QStringLiteral("keys/secp256k1.sec1.pem"));
    case Algorithm::EdDSA:
    case Algorithm::Ed25519:
        return loadOne(QStringLiteral("vectors/keys/rfc8037_a4_ed25519.priv.pem"));
    case Algorithm::Ed448:
        return loadOne(QStringLiteral("keys/ed448.pem"));
    case Algorithm::None:
        break;
    }
    return {};
}

const QByteArray input = "eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJyb3VuZC10cmlwIn0";

} // namespace

class TestJws : public QObject
{
    Q_OBJECT

private slots:
    void preloadFirst(); // first: OpenSSL has not started yet
    void rfcVectors_data();
    void rfcVectors();
    void interop_data();
    void interop();
    void roundTrip_data();
    void roundTrip();
    void tamperedSignature_data();
    void tamperedSignature();
    void ed448RoundTrip();
    void ecdsaDerRejected_data();
    void ecdsaDerRejected();
    void ecdsaZeroAndOrder_data();
    void ecdsaZeroAndOrder();
    void wrongLength_data();
    void wrongLength();
    void wrongCurve_data();
    void wrongCurve();
    void hmacConfusionAttack();
    void noneIsNeverValid();
    void publicKeyCannotSign();
    void smallRsaIsWeakButVerifies();
    void shortSecretIsWeak();
    void hmacKeysDoNotMix();
    void concurrentVerification();
    void statusNames();
};

void TestJws::preloadFirst()
{
    // Several threads at once as OpenSSL's first use, while another signs and verifies.
    const Key key = Key::fromSecret("Jefe");
    const QByteArray input = "what do ya want for nothing?";
    std::atomic<int> valid {0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&, i] {
            if (i % 2 == 0)
                preloadAlgorithms();
            const Signature s = sign(Algorithm::HS256, key, input);
            if (s.ok()
                && verify(Algorithm::HS256, key, input, s.bytes).status == SignatureStatus::Valid)
                ++valid;
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(valid.load(), 4);
    preloadAlgorithms(); // again: nothing more to do
    // RFC 4231 test case 2.
    QCOMPARE(sign(Algorithm::HS256, key, input).bytes.toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestJws::rfcVectors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<Key>("key");
    QTest::addColumn<QStringList>("expect");

    const QJsonArray cases
            = QJsonDocument::fromJson(readData(QStringLiteral("vectors/manifest.json"))).array();
    QVERIFY(cases.size() >= 20);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        Key key;
        if (c.contains(QLatin1String("secret")))
            key = Key::fromSecret(c.value(QLatin1String("secret")).toString().toUtf8());
        else if (c.contains(QLatin1String("secret_base64")))
            key = Key::fromSecret(
                    Base64Url::decode(c.value(QLatin1String("secret_base64")).toString().toLatin1())
                            .bytes);
        else if (c.contains(QLatin1String("key_file")))
            key = loadOne(QStringLiteral("vectors/")
                          + c.value(QLatin1String("key_file")).toString());
        QStringList expect;
        const QJsonValue e
                = c.value(QLatin1String("expect")).toObject().value(QLatin1String("signature"));
        if (e.isArray()) {
            for (const QJsonValue &x : e.toArray())
                expect.append(x.toString());
        } else {
            expect.append(e.toString());
        }
        QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
                << c.value(QLatin1String("token")).toString().toLatin1()
                << c.value(QLatin1String("alg")).toString() << key << expect;
    }
}

void TestJws::rfcVectors()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, alg);
    QFETCH(Key, key);
    QFETCH(QStringList, expect);
    const auto algorithm = Algorithms::fromName(alg);
    QVERIFY(algorithm);
    const Parts parts = split(token);
    const Verification v = verify(*algorithm, key, parts.signingInput, parts.signature);
    QVERIFY2(expect.contains(signatureStatusName(v.status)), qPrintable(v.reason));
    QCOMPARE(v.reason.isEmpty(), v.status == SignatureStatus::Valid);
}

void TestJws::interop_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<Key>("key");
    // Tokens signed by PyJWT 2.6 with the fixtures' private keys.
    const QJsonArray cases
            = QJsonDocument::fromJson(readData(QStringLiteral("keys/interop.json"))).array();
    QVERIFY(cases.size() >= 10);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        const Key key = c.contains(QLatin1String("secret"))
                ? Key::fromSecret(c.value(QLatin1String("secret")).toString().toUtf8())
                : loadOne(QStringLiteral("keys/") + c.value(QLatin1String("key_file")).toString());
        QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString()))
                << c.value(QLatin1String("token")).toString().toLatin1()
                << c.value(QLatin1String("alg")).toString() << key;
    }
}

void TestJws::interop()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, alg);
    QFETCH(Key, key);
    QVERIFY(!key.isNull());
    const auto algorithm = Algorithms::fromName(alg);
    QVERIFY(algorithm);
    const Parts parts = split(token);
    const Verification v = verify(*algorithm, key, parts.signingInput, parts.signature);
    QVERIFY2(v.status == SignatureStatus::Valid, qPrintable(v.reason));
    QByteArray tampered = parts.signingInput;
    tampered[tampered.size() - 1] = tampered.at(tampered.size() - 1) ^ 1;
    QCOMPARE(verify(*algorithm, key, tampered, parts.signature).status, SignatureStatus::Invalid);
}

void TestJws::roundTrip_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<bool>("deterministic");
    for (const Algorithm alg : Algorithms::all()) {
        const AlgorithmFamily f = Algorithms::family(alg);
        const bool deterministic = f == AlgorithmFamily::Hmac || f == AlgorithmFamily::RsaPkcs1
                || f == AlgorithmFamily::EdDsa;
        QTest::newRow(qPrintable(Algorithms::name(alg))) << alg << deterministic;
    }
}

void TestJws::roundTrip()
{
    QFETCH(Algorithm, alg);
    QFETCH(bool, deterministic);
    const Key key = keyFor(alg);
    QVERIFY(!key.isNull());
    const Signature first = sign(alg, key, input);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const Signature second = sign(alg, key, input);
    QVERIFY(second.ok());
    QCOMPARE(first.bytes == second.bytes, deterministic);
    for (const Key &verifier : {key, key.publicKey()}) {
        const Verification v = verify(alg, verifier, input, first.bytes);
        QVERIFY2(v.status == SignatureStatus::Valid, qPrintable(v.reason));
        QCOMPARE(verify(alg, verifier, input, second.bytes).status, SignatureStatus::Valid);
    }
    // The same bytes under another hash of the family must not verify.
    const QByteArray other = input + "x";
    QCOMPARE(verify(alg, key, other, first.bytes).status, SignatureStatus::Invalid);
}

void TestJws::tamperedSignature_data()
{
    roundTrip_data();
}

void TestJws::tamperedSignature()
{
    QFETCH(Algorithm, alg);
    const Key key = keyFor(alg);
    const Signature s = sign(alg, key, input);
    QVERIFY(s.ok());
    // Flip one bit at the start, the middle and the end of the signature.
    for (const qsizetype at : {qsizetype(0), s.bytes.size() / 2, s.bytes.size() - 1}) {
        QByteArray bad = s.bytes;
        bad[at] = bad.at(at) ^ 0x01;
        const Verification v = verify(alg, key, input, bad);
        QCOMPARE(v.status, SignatureStatus::Invalid);
        QVERIFY(!v.reason.isEmpty());
    }
    QByteArray badInput = input;
    badInput[3] = 'X';
    QCOMPARE(verify(alg, key, badInput, s.bytes).status, SignatureStatus::Invalid);
}

void TestJws::ed448RoundTrip()
{
    const Key key = loadOne(QStringLiteral("keys/ed448.pem"));
    QCOMPARE(key.kind(), KeyKind::Ed448);
    const Signature s = sign(Algorithm::EdDSA, key, input);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.bytes.size(), 114);
    const Key pub = loadOne(QStringLiteral("keys/ed448.pub.pem"));
    QCOMPARE(verify(Algorithm::EdDSA, pub, input, s.bytes).status, SignatureStatus::Valid);
    QByteArray bad = s.bytes;
    bad[10] = bad.at(10) ^ 0x40;
    QCOMPARE(verify(Algorithm::EdDSA, pub, input, bad).status, SignatureStatus::Invalid);
    // An Ed25519-sized signature for an Ed448 key.
    const Verification v = verify(Algorithm::EdDSA, pub, input, s.bytes.left(64));
    QCOMPARE(v.status, SignatureStatus::Invalid);
    QVERIFY2(v.reason.contains(QLatin1String("114")), qPrintable(v.reason));
}

void TestJws::ecdsaDerRejected_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::newRow("ES256") << Algorithm::ES256;
    QTest::newRow("ES384") << Algorithm::ES384;
    QTest::newRow("ES512") << Algorithm::ES512;
    QTest::newRow("ES256K") << Algorithm::ES256K;
}

void TestJws::ecdsaDerRejected()
{
    QFETCH(Algorithm, alg);
    const Key key = keyFor(alg);
    const Signature s = sign(alg, key, input);
    QVERIFY(s.ok());
    const QByteArray der = Ecdsa::rawToDer(s.bytes);
    QVERIFY(!der.isEmpty());
    QCOMPARE(der.at(0), '\x30');
    const Verification v = verify(alg, key, input, der);
    QCOMPARE(v.status, SignatureStatus::Invalid);
    QVERIFY2(v.reason.contains(QLatin1String("DER")), qPrintable(v.reason));
    // Converting back gives the original raw form.
    QCOMPARE(Ecdsa::derToRaw(der, int(s.bytes.size() / 2)), s.bytes);
}

void TestJws::ecdsaZeroAndOrder_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("reason");
    const QByteArray zero32(32, '\0');
    const QByteArray one32 = QByteArray(31, '\0') + '\x01';
    const QByteArray n256
            = fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    QTest::newRow("r=0,s=0 (psychic signature)")
            << Algorithm::ES256 << zero32 + zero32 << QStringLiteral("CVE-2022-21449");
    QTest::newRow("r=0") << Algorithm::ES256 << zero32 + one32 << QStringLiteral("r is zero");
    QTest::newRow("s=0") << Algorithm::ES256 << one32 + zero32 << QStringLiteral("s is zero");
    QTest::newRow("r=n") << Algorithm::ES256 << n256 + one32 << QStringLiteral("group order");
    QTest::newRow("s=n") << Algorithm::ES256 << one32 + n256 << QStringLiteral("group order");
    QTest::newRow("s=2^256-1") << Algorithm::ES256 << one32 + QByteArray(32, '\xff')
                               << QStringLiteral("group order");
    const QByteArray zero66(66, '\0');
    QTest::newRow("ES512 r=0,s=0")
            << Algorithm::ES512 << zero66 + zero66 << QStringLiteral("CVE-2022-21449");
    const QByteArray n521
            = fromHex("01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                      "fa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409");
    QTest::newRow("ES512 r=n") << Algorithm::ES512 << n521 + n521 << QStringLiteral("group order");
    QTest::newRow("ES256K s=0") << Algorithm::ES256K << one32 + zero32
                                << QStringLiteral("s is zero");
}

void TestJws::ecdsaZeroAndOrder()
{
    QFETCH(Algorithm, alg);
    QFETCH(QByteArray, signature);
    QFETCH(QString, reason);
    const Key key = keyFor(alg).publicKey();
    const Verification v = verify(alg, key, input, signature);
    QCOMPARE(v.status, SignatureStatus::Invalid);
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
}

void TestJws::wrongLength_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QString>("reason");
    QTest::newRow("HS256 one byte short") << Algorithm::HS256 << -1 << QStringLiteral("32 bytes");
    QTest::newRow("HS512 one byte long") << Algorithm::HS512 << 1 << QStringLiteral("64 bytes");
    QTest::newRow("RS256 one byte short") << Algorithm::RS256 << -1 << QStringLiteral("256 bytes");
    QTest::newRow("PS384 one byte long") << Algorithm::PS384 << 1 << QStringLiteral("256 bytes");
    QTest::newRow("ES256 one byte short") << Algorithm::ES256 << -1 << QStringLiteral("64 bytes");
    QTest::newRow("ES384 one byte long") << Algorithm::ES384 << 1 << QStringLiteral("96 bytes");
    QTest::newRow("ES512 one byte short") << Algorithm::ES512 << -1 << QStringLiteral("132 bytes");
    QTest::newRow("ES256K one byte long") << Algorithm::ES256K << 1 << QStringLiteral("64 bytes");
    QTest::newRow("EdDSA one byte short") << Algorithm::EdDSA << -1 << QStringLiteral("64 bytes");
    QTest::newRow("ES256 empty") << Algorithm::ES256 << -64 << QStringLiteral("got 0");
    QTest::newRow("HS256 empty") << Algorithm::HS256 << -32 << QStringLiteral("got 0");
}

void TestJws::wrongLength()
{
    QFETCH(Algorithm, alg);
    QFETCH(int, delta);
    QFETCH(QString, reason);
    const Key key = keyFor(alg);
    Signature s = sign(alg, key, input);
    QVERIFY(s.ok());
    QByteArray sig = s.bytes;
    if (delta < 0)
        sig.chop(-delta);
    else
        sig.append(QByteArray(delta, '\0'));
    const Verification v = verify(alg, key, input, sig);
    QCOMPARE(v.status, SignatureStatus::Invalid);
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
}

void TestJws::wrongCurve_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("reason");
    QTest::newRow("P-384 key for ES256")
            << Algorithm::ES256 << QStringLiteral("keys/p384.pub.pem") << QStringLiteral("P-256");
    QTest::newRow("P-256 key for ES384")
            << Algorithm::ES384 << QStringLiteral("keys/cert.pem") << QStringLiteral("P-384");
    QTest::newRow("secp256k1 key for ES256")
            << Algorithm::ES256 << QStringLiteral("keys/secp256k1.pub.pem")
            << QStringLiteral("P-256");
    QTest::newRow("P-256 key for ES256K")
            << Algorithm::ES256K << QStringLiteral("keys/cert.pem") << QStringLiteral("secp256k1");
    QTest::newRow("RSA key for ES256")
            << Algorithm::ES256 << QStringLiteral("keys/rsa2048.pub.pem") << QStringLiteral("RSA");
    QTest::newRow("EC key for RS256")
            << Algorithm::RS256 << QStringLiteral("keys/p384.pub.pem") << QStringLiteral("RSA");
    QTest::newRow("Ed25519 key for PS256")
            << Algorithm::PS256 << QStringLiteral("vectors/keys/rfc8037_a4_ed25519.pub.pem")
            << QStringLiteral("RSA");
    QTest::newRow("EC key for EdDSA")
            << Algorithm::EdDSA << QStringLiteral("keys/p521.pub.pem") << QStringLiteral("Ed25519");
}

void TestJws::wrongCurve()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, keyFile);
    QFETCH(QString, reason);
    const Key key = loadOne(keyFile);
    QVERIFY(!key.isNull());
    // A signature of the right size for the algorithm, so only the key decides.
    const Signature s = sign(alg, keyFor(alg), input);
    QVERIFY(s.ok());
    const Verification v = verify(alg, key, input, s.bytes);
    QCOMPARE(v.status, SignatureStatus::Invalid);
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
    QCOMPARE(checkFit(key, alg).verdict, KeyFit::Verdict::Mismatch);
}

void TestJws::hmacConfusionAttack()
{
    // The classic attack: take the server's RSA public key PEM and use its text as an HS256
    // secret. A verifier that treats "the key" as bytes would accept the forged token.
    const QByteArray pem = readData(QStringLiteral("keys/rsa2048.pub.pem"));
    const Key asSecret = Key::fromSecret(pem);
    const QByteArray forgedInput = Base64Url::encode(R"({"alg":"HS256"})") + '.'
            + Base64Url::encode(R"({"sub":"admin"})");
    const Signature forged = sign(Algorithm::HS256, asSecret, forgedInput);
    QVERIFY(forged.ok());
    // The forgery is a real HMAC (signing uses the raw bytes, for the negative test set), but
    // key material given as a secret never verifies (issue 12): the PEM text is refused too.
    const Verification asText = verify(Algorithm::HS256, asSecret, forgedInput, forged.bytes);
    QCOMPARE(asText.status, SignatureStatus::Invalid);
    QVERIFY2(asText.reason.contains(QLatin1String("key material")), qPrintable(asText.reason));

    const KeySet loaded = loadKeys(pem);
    QVERIFY(loaded.ok());
    const Verification v = verify(Algorithm::HS256, loaded.keys.first(), forgedInput, forged.bytes);
    QCOMPARE(v.status, SignatureStatus::Invalid); // …but the RSA key is never an HMAC secret
    QVERIFY2(v.reason.contains(QLatin1String("HMAC secret")), qPrintable(v.reason));
    const KeyFit fit = checkFit(loaded.keys.first(), Algorithm::HS256);
    QCOMPARE(fit.verdict, KeyFit::Verdict::Mismatch);
    QCOMPARE(fit.reason, QStringLiteral("an RSA public key cannot be an HMAC secret"));
    QVERIFY(!sign(Algorithm::HS256, loaded.keys.first(), forgedInput).ok());
    // Same for an EC and an Ed25519 key.
    for (const Algorithm alg : {Algorithm::ES256, Algorithm::EdDSA})
        QCOMPARE(
                verify(Algorithm::HS256, keyFor(alg).publicKey(), forgedInput, forged.bytes).status,
                SignatureStatus::Invalid);
}

void TestJws::noneIsNeverValid()
{
    for (const Algorithm alg : Algorithms::all()) {
        const Key key = keyFor(alg);
        const Verification v = verify(Algorithm::None, key, input, QByteArray());
        QCOMPARE(v.status, SignatureStatus::Unsupported);
        QVERIFY(!v.reason.isEmpty());
        QCOMPARE(checkFit(key, Algorithm::None).verdict, KeyFit::Verdict::Mismatch);
        QVERIFY(!sign(Algorithm::None, key, input).ok());
    }
    QCOMPARE(verify(Algorithm::None, Key(), input, QByteArray()).status,
             SignatureStatus::Unsupported);
}

void TestJws::publicKeyCannotSign()
{
    const Key pub = loadOne(QStringLiteral("keys/rsa2048.pub.pem"));
    const Signature s = sign(Algorithm::RS256, pub, input);
    QVERIFY(!s.ok());
    QVERIFY(s.bytes.isEmpty());
    QVERIFY(s.error.contains(QLatin1String("public key")));
    QVERIFY(!sign(Algorithm::RS256, Key(), input).ok());
    QCOMPARE(verify(Algorithm::RS256, Key(), input, QByteArray(256, 'x')).status,
             SignatureStatus::Invalid);
}

void TestJws::smallRsaIsWeakButVerifies()
{
    const Key priv = loadOne(QStringLiteral("keys/rsa1024.pem"));
    const Key pub = loadOne(QStringLiteral("keys/rsa1024.pub.pem"));
    QCOMPARE(pub.bits(), 1024);
    for (const Algorithm alg : {Algorithm::RS256, Algorithm::PS256}) {
        const KeyFit fit = checkFit(pub, alg);
        QCOMPARE(fit.verdict, KeyFit::Verdict::Weak);
        QVERIFY2(fit.reason.contains(QLatin1String("1024")), qPrintable(fit.reason));
        QVERIFY(fit.reason.contains(QLatin1String("2048")));
        const Signature s = sign(alg, priv, input);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.bytes.size(), 128);
        QCOMPARE(verify(alg, pub, input, s.bytes).status, SignatureStatus::Valid);
    }
    QCOMPARE(checkFit(keyFor(Algorithm::RS256), Algorithm::RS256).verdict, KeyFit::Verdict::Fits);
}

void TestJws::shortSecretIsWeak()
{
    const Key shortKey = Key::fromSecret("secret");
    const KeyFit fit = checkFit(shortKey, Algorithm::HS256);
    QCOMPARE(fit.verdict, KeyFit::Verdict::Weak);
    QVERIFY2(fit.reason.contains(QLatin1String("32")), qPrintable(fit.reason));
    QCOMPARE(checkFit(Key::fromSecret(QByteArray(32, 'a')), Algorithm::HS256).verdict,
             KeyFit::Verdict::Fits);
    QCOMPARE(checkFit(Key::fromSecret(QByteArray(32, 'a')), Algorithm::HS384).verdict,
             KeyFit::Verdict::Weak);
    QCOMPARE(checkFit(Key::fromSecret(QByteArray(64, 'a')), Algorithm::HS512).verdict,
             KeyFit::Verdict::Fits);
    // Weak still verifies: the token is inspectable, the weakness is reported.
    const Signature s = sign(Algorithm::HS256, shortKey, input);
    QVERIFY(s.ok());
    QCOMPARE(verify(Algorithm::HS256, shortKey, input, s.bytes).status, SignatureStatus::Valid);
    // An empty secret is legal HMAC and weak, never a crash.
    const Key empty = Key::fromSecret(QByteArray());
    QCOMPARE(checkFit(empty, Algorithm::HS256).verdict, KeyFit::Verdict::Weak);
    const Signature e = sign(Algorithm::HS256, empty, input);
    QVERIFY(e.ok());
    QCOMPARE(e.bytes, Digest::hmac(256, QByteArray(), input));
}

void TestJws::hmacKeysDoNotMix()
{
    // More keys than the per-thread cache holds, interleaved, and keys that come and go.
    QList<Key> keys;
    for (int i = 0; i < 9; ++i)
        keys.append(Key::fromSecret(QByteArray(32, char('a' + i))));
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < keys.size(); ++i) {
            const QByteArray expected = Digest::hmac(256, keys.at(i).secretBytes(), input);
            QCOMPARE(sign(Algorithm::HS256, keys.at(i), input).bytes, expected);
            QCOMPARE(verify(Algorithm::HS256, keys.at((i + 1) % keys.size()), input, expected)
                             .status,
                     SignatureStatus::Invalid);
        }
    }
    for (int i = 0; i < 20; ++i) {
        const Key temporary = Key::fromSecret(QByteArray::number(i).repeated(8));
        QCOMPARE(sign(Algorithm::HS384, temporary, input).bytes,
                 Digest::hmac(384, temporary.secretBytes(), input));
    }
}

void TestJws::concurrentVerification()
{
    // One key of each kind shared by several threads, as batch verification does.
    struct Case
    {
        Algorithm alg;
        Key key;
        QByteArray signature;
    };
    std::vector<Case> cases;
    for (const Algorithm alg : {Algorithm::HS256, Algorithm::RS256, Algorithm::PS256,
                                Algorithm::ES256, Algorithm::EdDSA}) {
        const Key key = keyFor(alg);
        cases.push_back({alg, key.publicKey(), sign(alg, key, input).bytes});
    }
    std::atomic<int> failures {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&cases, &failures] {
            for (int i = 0; i < 40; ++i) {
                for (const Case &c : cases) {
                    if (verify(c.alg, c.key, input, c.signature).status != SignatureStatus::Valid)
                        ++failures;
                    if (sign(Algorithm::HS256, c.key, input).ok()
                        != (c.key.kind() == KeyKind::Secret))
                        ++failures;
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
}

void TestJws::statusNames()
{
    QCOMPARE(signatureStatusName(SignatureStatus::Valid), QStringLiteral("valid"));
    QCOMPARE(signatureStatusName(SignatureStatus::Invalid), QStringLiteral("invalid"));
    QCOMPARE(signatureStatusName(SignatureStatus::Unsupported), QStringLiteral("unsupported"));
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
