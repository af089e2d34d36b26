// SPDX-License-Identifier: MIT
#include "base64url.h"
#include "jws.h"
#include "key.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(QStringLiteral(JWTLENS_TESTDATA "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Key loadOne(const QString &relative)
{
    const KeySet set = loadKeys(readData(relative));
    return set.ok() ? set.keys.first() : Key();
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

// RFC 7638 §3.1.
const QByteArray rfc7638Key = R"({"kty":"RSA",
 "n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
 "e":"AQAB",
 "alg":"RS256",
 "kid":"2011-04-29"})";

const QByteArray input = "eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJrZXlzIn0";

Algorithm algorithmFor(const Key &key)
{
    switch (key.kind()) {
    case KeyKind::Secret:
        return Algorithm::HS256;
    case KeyKind::Rsa:
        return Algorithm::RS256;
    case KeyKind::Ec:
        return key.curve() == QLatin1String("P-256")    ? Algorithm::ES256
                : key.curve() == QLatin1String("P-384") ? Algorithm::ES384
                : key.curve() == QLatin1String("P-521") ? Algorithm::ES512
                                                        : Algorithm::ES256K;
    case KeyKind::Ed25519:
    case KeyKind::Ed448:
        return Algorithm::EdDSA;
    case KeyKind::X25519:
    case KeyKind::X448:
        break; // key agreement only: no JWS algorithm
    }
    return Algorithm::None;
}

} // namespace

class TestKey : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void pemBundle();
    void certificateVerifies();
    void errors_data();
    void errors();
    void jwksSkipsUnsupportedKeys();
    void garbageNeverCrashes();
    void jwksKidSelection_data();
    void jwksKidSelection();
    void chooseKeyWithoutFit();
    void rfc7638Thumbprint();
    void thumbprints_data();
    void thumbprints();
    void toJwkMemberOrder();
    void toJwkRoundTrip_data();
    void toJwkRoundTrip();
    void toPemRoundTrip_data();
    void toPemRoundTrip();
    void jwkMembersKept();
    void description_data();
    void description();
    void checkFitTable_data();
    void checkFitTable();
    void nullKey();
    void secretKey();
};

void TestKey::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<KeyFormat>("format");
    QTest::addColumn<KeyKind>("kind");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<int>("count");

    const auto row = [](const char *name, const char *file, KeyFormat f, KeyKind k, int bits,
                        const char *curve, bool priv, int count = 1) {
        QTest::newRow(name) << QString::fromLatin1(file) << f << k << bits
                            << QString::fromLatin1(curve) << priv << count;
    };
    row("RSA-1024 PKCS#8", "keys/rsa1024.pem", KeyFormat::PemPrivate, KeyKind::Rsa, 1024, "", true);
    row("RSA-1024 SPKI", "keys/rsa1024.pub.pem", KeyFormat::PemPublic, KeyKind::Rsa, 1024, "",
        false);
    row("RSA-2048 PKCS#1 private", "keys/rsa2048.pkcs1.pem", KeyFormat::PemPrivate, KeyKind::Rsa,
        2048, "", true);
    row("RSA-2048 PKCS#8", "keys/rsa2048.pkcs8.pem", KeyFormat::PemPrivate, KeyKind::Rsa, 2048, "",
        true);
    row("RSA-2048 SPKI", "keys/rsa2048.pub.pem", KeyFormat::PemPublic, KeyKind::Rsa, 2048, "",
        false);
    row("RSA-2048 PKCS#1 public", "keys/rsa2048.pkcs1.pub.pem", KeyFormat::PemPublic, KeyKind::Rsa,
        2048, "", false);
    row("P-384 SEC1 with EC PARAMETERS", "keys/p384.sec1.pem", KeyFormat::PemPrivate, KeyKind::Ec,
        384, "P-384", true);
    row("P-384 SPKI", "keys/p384.pub.pem", KeyFormat::PemPublic, KeyKind::Ec, 384, "P-384", false);
    row("P-521 PKCS#8", "keys/p521.pkcs8.pem", KeyFormat::PemPrivate, KeyKind::Ec, 521, "P-521",
        true);
    row("P-521 SPKI", "keys/p521.pub.pem", KeyFormat::PemPublic, KeyKind::Ec, 521, "P-521", false);
    row("secp256k1 SEC1", "keys/secp256k1.sec1.pem", KeyFormat::PemPrivate, KeyKind::Ec, 256,
        "secp256k1", true);
    row("secp256k1 PKCS#8", "keys/secp256k1.pkcs8.pem", KeyFormat::PemPrivate, KeyKind::Ec, 256,
        "secp256k1", true);
    row("secp256k1 SPKI", "keys/secp256k1.pub.pem", KeyFormat::PemPublic, KeyKind::Ec, 256,
        "secp256k1", false);
    row("Ed448 PKCS#8", "keys/ed448.pem", KeyFormat::PemPrivate, KeyKind::Ed448, 456, "Ed448",
        true);
    row("Ed448 SPKI", "keys/ed448.pub.pem", KeyFormat::PemPublic, KeyKind::Ed448, 456, "Ed448",
        false);
    row("X.509 certificate", "keys/cert.pem", KeyFormat::PemCertificate, KeyKind::Ec, 256, "P-256",
        false);
    row("P-256 key of the certificate", "keys/cert.key.pem", KeyFormat::PemPrivate, KeyKind::Ec,
        256, "P-256", true);
    row("JWKS", "keys/jwks.json", KeyFormat::Jwks, KeyKind::Rsa, 2048, "", false, 6);
    row("RFC 7515 A.1 oct JWK", "vectors/keys/rfc7515_a1_hs256.jwk.json", KeyFormat::Jwk,
        KeyKind::Secret, 512, "", true);
    row("RFC 7515 A.2 RSA public JWK", "vectors/keys/rfc7515_a2_rs256.pub.jwk.json", KeyFormat::Jwk,
        KeyKind::Rsa, 2048, "", false);
    row("RFC 7515 A.2 RSA private JWK", "vectors/keys/rfc7515_a2_rs256.priv.jwk.json",
        KeyFormat::Jwk, KeyKind::Rsa, 2048, "", true);
    row("RFC 7515 A.3 EC private JWK", "vectors/keys/rfc7515_a3_es256.priv.jwk.json",
        KeyFormat::Jwk, KeyKind::Ec, 256, "P-256", true);
    row("RFC 7515 A.4 P-521 public JWK", "vectors/keys/rfc7515_a4_es512.pub.jwk.json",
        KeyFormat::Jwk, KeyKind::Ec, 521, "P-521", false);
    row("RFC 8037 A.4 OKP private JWK", "vectors/keys/rfc8037_a4_ed25519.priv.jwk.json",
        KeyFormat::Jwk, KeyKind::Ed25519, 256, "Ed25519", true);
    row("RFC 8037 A.4 OKP public JWK", "vectors/keys/rfc8037_a4_ed25519.pub.jwk.json",
        KeyFormat::Jwk, KeyKind::Ed25519, 256, "Ed25519", false);
    row("RFC 8037 A.4 PKCS#8", "vectors/keys/rfc8037_a4_ed25519.priv.pem", KeyFormat::PemPrivate,
        KeyKind::Ed25519, 256, "Ed25519", true);
}

void TestKey::formats()
{
    QFETCH(QString, file);
    QFETCH(KeyFormat, format);
    QFETCH(KeyKind, kind);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    QFETCH(bool, isPrivate);
    QFETCH(int, count);
    const QByteArray text = readData(file);
    QVERIFY(!text.isEmpty());
    const KeySet set = loadKeys(text);
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.format, format);
    QCOMPARE(set.keys.size(), count);
    const Key &key = set.keys.first();
    QCOMPARE(key.kind(), kind);
    QCOMPARE(key.bits(), bits);
    QCOMPARE(key.curve(), curve);
    QCOMPARE(key.isPrivate(), isPrivate);
    QVERIFY(!key.description().isEmpty());
    QCOMPARE(key.thumbprint().size(), 32);
}

void TestKey::pemBundle()
{
    const QByteArray bundle = "Bag Attributes: ignored text between blocks\n"
            + readData(QStringLiteral("keys/cert.pem"))
            + readData(QStringLiteral("keys/rsa2048.pub.pem")) + "\n"
            + readData(QStringLiteral("keys/p384.sec1.pem"))
            + readData(QStringLiteral("keys/ed448.pub.pem"));
    const KeySet set = loadKeys(bundle);
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.keys.size(), 4);
    QCOMPARE(set.keys.at(0).curve(), QStringLiteral("P-256"));
    QCOMPARE(set.keys.at(1).kind(), KeyKind::Rsa);
    QCOMPARE(set.keys.at(2).curve(), QStringLiteral("P-384"));
    QVERIFY(set.keys.at(2).isPrivate());
    QCOMPARE(set.keys.at(3).kind(), KeyKind::Ed448);
    QCOMPARE(set.format, KeyFormat::PemPrivate);
    // CRLF line ends, as from a Windows editor.
    QByteArray crlf = readData(QStringLiteral("keys/rsa2048.pub.pem"));
    crlf.replace("\n", "\r\n");
    QVERIFY(loadKeys(crlf).ok());
    // A chooser over the bundle finds each family.
    QCOMPARE(chooseKey(set.keys, Algorithm::EdDSA, {}).key.kind(), KeyKind::Ed448);
    QCOMPARE(chooseKey(set.keys, Algorithm::ES384, {}).key.curve(), QStringLiteral("P-384"));
}

void TestKey::certificateVerifies()
{
    const Key priv = loadOne(QStringLiteral("keys/cert.key.pem"));
    const Key cert = loadOne(QStringLiteral("keys/cert.pem"));
    QVERIFY(!priv.isNull() && !cert.isNull());
    QCOMPARE(cert.thumbprint(), priv.thumbprint());
    const Signature s = sign(Algorithm::ES256, priv, input);
    QVERIFY(s.ok());
    QCOMPARE(verify(Algorithm::ES256, cert, input, s.bytes).status, SignatureStatus::Valid);
}

void TestKey::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    const QByteArray pub = readData(QStringLiteral("keys/rsa2048.pub.pem"));
    QList<QByteArray> lines = pub.split('\n');
    QByteArray truncated;
    for (int i = 0; i < 4; ++i)
        truncated += lines.at(i) + '\n';
    truncated.chop(2); // line 4 loses its last character
    truncated += "\n-----END PUBLIC KEY-----\n";
    QTest::newRow("truncated base64")
            << truncated << QStringLiteral("PEM: truncated base64 in line 4");
    QByteArray badChar = pub;
    badChar[pub.indexOf('\n') + 6] = '*';
    QTest::newRow("invalid base64 character")
            << badChar << QStringLiteral("PEM: invalid base64 character in line 2, column 6");
    QByteArray urlAlphabet = pub;
    urlAlphabet[pub.indexOf('\n') + 3] = '_';
    QTest::newRow("base64url in PEM")
            << urlAlphabet << QStringLiteral("PEM: invalid base64 character in line 2, column 3");
    QTest::newRow("missing END") << pub.left(pub.indexOf("-----END"))
                                 << QStringLiteral("has no END line");
    QByteArray mismatched = pub;
    mismatched.replace("END PUBLIC KEY", "END PRIVATE KEY");
    QTest::newRow("END does not match")
            << mismatched << QStringLiteral("does not match \"BEGIN PUBLIC KEY\"");
    QByteArray corrupt = pub;
    corrupt.replace(corrupt.indexOf('\n') + 1, 8, "AAAAAAAA");
    QTest::newRow("valid base64, not a key")
            << corrupt
            << QStringLiteral("PEM: the \"PUBLIC KEY\" block in line 1 could not be decoded");
    QTest::newRow("empty block") << QByteArray(
            "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n")
                                 << QStringLiteral("is empty");
    QTest::newRow("encrypted PKCS#8")
            << readData(QStringLiteral("keys/encrypted.pkcs8.pem")) << QStringLiteral("encrypted");
    QTest::newRow("encrypted traditional PEM")
            << readData(QStringLiteral("keys/encrypted.pkcs1.pem")) << QStringLiteral("encrypted");
    QTest::newRow("only EC PARAMETERS")
            << QByteArray("-----BEGIN EC PARAMETERS-----\nBgUrgQQAIg==\n"
                          "-----END EC PARAMETERS-----\n")
            << QStringLiteral("PEM: no key or certificate block found");
    QTest::newRow("garbage") << QByteArray("hello, world") << QStringLiteral("not a key");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no key text");
    QTest::newRow("binary") << QByteArray("\x00\xff\x30\x82", 4) << QStringLiteral("not a key");
    QTest::newRow("invalid JSON") << QByteArray(R"({"kty":"oct",)")
                                  << QStringLiteral("JWK: invalid JSON at offset");
    QTest::newRow("JSON array") << QByteArray("[1]") << QStringLiteral("not a key");
    QTest::newRow("JWK without kty")
            << QByteArray(R"({"k":"AAAA"})") << QStringLiteral("JWK: member \"kty\" is missing");
    QTest::newRow("JWK kty not a string")
            << QByteArray(R"({"kty":5})") << QStringLiteral("JWK: member \"kty\" must be a string");
    QTest::newRow("JWK unknown kty")
            << QByteArray(R"({"kty":"foo"})") << QStringLiteral("JWK: unsupported kty \"foo\"");
    QTest::newRow("RSA JWK without n") << QByteArray(R"({"kty":"RSA","e":"AQAB"})")
                                       << QStringLiteral("JWK: member \"n\" is missing");
    QTest::newRow("RSA JWK bad base64")
            << QByteArray(R"({"kty":"RSA","n":"ab+c","e":"AQAB"})")
            << QStringLiteral("JWK: member \"n\": invalid base64url at offset 2");
    QTest::newRow("RSA JWK padded base64")
            << QByteArray(R"({"kty":"RSA","n":"abc=","e":"AQAB"})")
            << QStringLiteral("JWK: member \"n\": invalid base64url at offset 3");
    QTest::newRow("RSA JWK with d but no q")
            << QByteArray(R"({"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB","p":"AQAB"})")
            << QStringLiteral("JWK: member \"q\" is missing");
    QTest::newRow("oct JWK empty k") << QByteArray(R"({"kty":"oct","k":""})")
                                     << QStringLiteral("JWK: member \"k\" is empty");
    QTest::newRow("EC JWK unknown curve")
            << QByteArray(R"({"kty":"EC","crv":"P-192","x":"AA","y":"AA"})")
            << QStringLiteral("JWK: unsupported EC curve \"P-192\"");
    const QByteArray es256 = readData(QStringLiteral("vectors/keys/rfc7515_a3_es256.pub.jwk.json"));
    QJsonObject ec = QJsonDocument::fromJson(es256).object();
    QJsonObject noY = ec;
    noY.remove(QStringLiteral("y"));
    QTest::newRow("EC JWK without y")
            << QJsonDocument(noY).toJson() << QStringLiteral("JWK: member \"y\" is missing");
    QJsonObject shortX = ec;
    shortX.insert(QStringLiteral("x"),
                  b64(Base64Url::decode(ec.value(QStringLiteral("x")).toString().toLatin1())
                              .bytes.mid(1)));
    QTest::newRow("EC JWK short x") << QJsonDocument(shortX).toJson()
                                    << QStringLiteral("JWK: member \"x\" must be 32 bytes, got 31");
    QJsonObject offCurve = ec;
    QByteArray y = Base64Url::decode(ec.value(QStringLiteral("y")).toString().toLatin1()).bytes;
    y[31] = y.at(31) ^ 1;
    offCurve.insert(QStringLiteral("y"), b64(y));
    QTest::newRow("EC JWK point off the curve")
            << QJsonDocument(offCurve).toJson() << QStringLiteral("is not on curve P-256");
    QJsonObject wrongD
            = QJsonDocument::fromJson(
                      readData(QStringLiteral("vectors/keys/rfc7515_a3_es256.priv.jwk.json")))
                      .object();
    wrongD.insert(QStringLiteral("d"), b64(QByteArray(31, '\0') + '\x07'));
    QTest::newRow("EC JWK d does not match")
            << QJsonDocument(wrongD).toJson() << QStringLiteral("\"d\" does not match");
    QJsonObject okp
            = QJsonDocument::fromJson(
                      readData(QStringLiteral("vectors/keys/rfc8037_a4_ed25519.priv.jwk.json")))
                      .object();
    QJsonObject okpWrongX = okp;
    okpWrongX.insert(QStringLiteral("x"), b64(QByteArray(32, 'x')));
    QTest::newRow("OKP JWK x does not match d")
            << QJsonDocument(okpWrongX).toJson()
            << QStringLiteral("JWK: member \"x\" does not match \"d\"");
    // An X25519 key loads (for JWE ECDH-ES); Ed25519's "d" gives another "x" on X25519.
    QJsonObject x25519 = okp;
    x25519.insert(QStringLiteral("crv"), QStringLiteral("X25519"));
    QTest::newRow("OKP X25519 with Ed25519's x")
            << QJsonDocument(x25519).toJson()
            << QStringLiteral("JWK: member \"x\" does not match \"d\"");
    QTest::newRow("JWKS keys not an array")
            << QByteArray(R"({"keys":{}})")
            << QStringLiteral("JWKS: member \"keys\" must be an array");
    QTest::newRow("JWKS empty") << QByteArray(R"({"keys":[]})")
                                << QStringLiteral("JWKS: the key set is empty");
    QTest::newRow("JWKS of unknown kty only")
            << QByteArray(R"({"keys":[{"kty":"bar"},{"kty":"foo"}]})")
            << QStringLiteral("JWKS: key 1: unsupported kty \"bar\"");
    QTest::newRow("JWKS key 2 missing member")
            << QByteArray(
                       R"({"keys":[{"kty":"oct","k":"AAAA"},{"kty":"EC","crv":"P-256","x":"AA"}]})")
            << QStringLiteral("JWKS: key 2: member \"x\" must be 32 bytes, got 1");
    QTest::newRow("JWKS key 3 not an object")
            << QByteArray(R"({"keys":[{"kty":"oct","k":"AAAA"},{"kty":"oct","k":"AAAA"},7]})")
            << QStringLiteral("JWKS: key 3: expected a JSON object");
}

void TestKey::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const KeySet set = loadKeys(text);
    QVERIFY(!set.ok());
    QVERIFY(set.keys.isEmpty());
    QVERIFY2(set.error.contains(error), qPrintable(set.error));
}

void TestKey::jwksSkipsUnsupportedKeys()
{
    // RFC 7517 §5: keys of an unknown kty or curve are skipped.
    const QByteArray text = R"({"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"a"},
        {"kty":"foo","kid":"b"},{"kty":"OKP","crv":"X9999","x":"AAAA"}]})";
    const KeySet set = loadKeys(text);
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.keys.size(), 1);
    QCOMPARE(set.keys.first().kid(), QStringLiteral("a"));
    QCOMPARE(set.skipped.size(), 2);
    QCOMPARE(set.skipped.at(0), QStringLiteral("JWKS: key 2: unsupported kty \"foo\""));
    QVERIFY(set.skipped.at(1).startsWith(QLatin1String("JWKS: key 3: ")));
    // When nothing is left, the first reason is the error.
    const KeySet none = loadKeys(R"({"keys":[{"kty":"foo"}]})");
    QVERIFY(!none.ok());
    QCOMPARE(none.error, QStringLiteral("JWKS: key 1: unsupported kty \"foo\""));
}

void TestKey::garbageNeverCrashes()
{
    // Every prefix of every fixture, and random bytes spliced into them: no crash, no hang,
    // and a failure always carries a reason.
    const QStringList files {QStringLiteral("keys/rsa2048.pkcs1.pem"),
                             QStringLiteral("keys/p384.sec1.pem"),
                             QStringLiteral("keys/cert.pem"),
                             QStringLiteral("keys/jwks.json"),
                             QStringLiteral("vectors/keys/rfc7515_a2_rs256.priv.jwk.json"),
                             QStringLiteral("keys/encrypted.pkcs8.pem")};
    QRandomGenerator rng(7638);
    int failures = 0;
    for (const QString &file : files) {
        const QByteArray text = readData(file);
        QVERIFY(!text.isEmpty());
        for (qsizetype cut = 0; cut < text.size(); cut += 7) {
            const KeySet set = loadKeys(text.left(cut));
            QVERIFY(set.ok() || !set.error.isEmpty());
            failures += set.ok() ? 0 : 1;
        }
        for (int i = 0; i < 60; ++i) {
            QByteArray mangled = text;
            const qsizetype at = rng.bounded(int(mangled.size()));
            mangled[at] = char(rng.bounded(256));
            const KeySet set = loadKeys(mangled);
            QVERIFY(set.ok() || !set.error.isEmpty());
        }
    }
    QVERIFY(failures > 100);
    for (int i = 0; i < 200; ++i) {
        QByteArray random(rng.bounded(1, 400), Qt::Uninitialized);
        for (char &c : random)
            c = char(rng.bounded(256));
        const QByteArray prefix = i % 2 ? "-----BEGIN PUBLIC KEY-----\n" : "{";
        QVERIFY(!loadKeys(prefix + random).ok());
    }
}

void TestKey::jwksKidSelection_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("RS256 by kid") << Algorithm::RS256 << QStringLiteral("rsa-2048")
                                  << QStringLiteral("rsa-2048");
    QTest::newRow("RS256 small key by kid")
            << Algorithm::RS256 << QStringLiteral("rsa-1024") << QStringLiteral("rsa-1024");
    QTest::newRow("ES384 by kid") << Algorithm::ES384 << QStringLiteral("p384-key")
                                  << QStringLiteral("p384-key");
    QTest::newRow("EdDSA Ed448 by kid")
            << Algorithm::EdDSA << QStringLiteral("ed448-key") << QStringLiteral("ed448-key");
    QTest::newRow("EdDSA Ed25519 by kid")
            << Algorithm::EdDSA << QStringLiteral("ed25519-key") << QStringLiteral("ed25519-key");
    QTest::newRow("EdDSA without kid takes the first fit")
            << Algorithm::EdDSA << QString() << QStringLiteral("ed448-key");
    QTest::newRow("ES256K by fit") << Algorithm::ES256K << QString() << QStringLiteral("k256-key");
    QTest::newRow("unknown kid falls back to fit")
            << Algorithm::ES384 << QStringLiteral("rotated-away") << QStringLiteral("p384-key");
    // rsa-2048 says "alg":"RS256", so PS256 goes to the other RSA key.
    QTest::newRow("alg member is respected")
            << Algorithm::PS256 << QString() << QStringLiteral("rsa-1024");
}

void TestKey::jwksKidSelection()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, kid);
    QFETCH(QString, chosen);
    const KeySet set = loadKeys(readData(QStringLiteral("keys/jwks.json")));
    QVERIFY(set.ok());
    const KeyChoice choice = chooseKey(set.keys, alg, kid);
    QVERIFY2(!choice.key.isNull(), qPrintable(choice.error));
    QCOMPARE(choice.key.kid(), chosen);
    QVERIFY(choice.error.isEmpty());
}

void TestKey::chooseKeyWithoutFit()
{
    const KeySet set = loadKeys(readData(QStringLiteral("keys/jwks.json")));
    QVERIFY(set.ok());
    KeyChoice choice = chooseKey(set.keys, Algorithm::ES256, {});
    QVERIFY(choice.key.isNull());
    QVERIFY2(choice.error.contains(QLatin1String("ES256")), qPrintable(choice.error));
    // A kid that names a key of another family is an error, not a silent fallback.
    choice = chooseKey(set.keys, Algorithm::ES384, u"rsa-2048");
    QVERIFY(choice.key.isNull());
    QVERIFY2(choice.error.contains(QLatin1String("rsa-2048")), qPrintable(choice.error));
    // The JWKS has no secret: HS256 never picks an asymmetric key.
    QVERIFY(chooseKey(set.keys, Algorithm::HS256, {}).key.isNull());
    QVERIFY(chooseKey(set.keys, Algorithm::None, {}).key.isNull());
    QVERIFY(!chooseKey({}, Algorithm::RS256, {}).error.isEmpty());
}

void TestKey::rfc7638Thumbprint()
{
    const KeySet set = loadKeys(rfc7638Key);
    QVERIFY2(set.ok(), qPrintable(set.error));
    const Key &key = set.keys.first();
    QCOMPARE(Base64Url::encode(key.thumbprint()),
             QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    QCOMPARE(key.kid(), QStringLiteral("2011-04-29"));
    QCOMPARE(key.jwkAlg(), QStringLiteral("RS256"));
}

void TestKey::thumbprints_data()
{
    // Expected values computed by jwcrypto 1.1 (JWK.thumbprint()).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("thumbprint");
    QTest::newRow("RSA-2048") << QStringLiteral("keys/rsa2048.pub.pem")
                              << QByteArray("Ws7kTV0NiGWxzLs_pfqJtHrT9DP7L1yrdpvSvEcvUyE");
    QTest::newRow("RSA-2048 from PKCS#1 private")
            << QStringLiteral("keys/rsa2048.pkcs1.pem")
            << QByteArray("Ws7kTV0NiGWxzLs_pfqJtHrT9DP7L1yrdpvSvEcvUyE");
    QTest::newRow("P-384") << QStringLiteral("keys/p384.pub.pem")
                           << QByteArray("F4r-2EJiE2cYQstJtzdet5DzTlHbu3Bc0oG60aM5hpM");
    QTest::newRow("P-521") << QStringLiteral("keys/p521.pub.pem")
                           << QByteArray("uXJdH9Tqhh7AmwXTyyV-YbrDm6UwHB7FHfBrSu7IjMk");
    QTest::newRow("secp256k1") << QStringLiteral("keys/secp256k1.pub.pem")
                               << QByteArray("rzJ25w3i9nbyvcwROF3WpE8v1ZBtfGbVfYu2-T6W2J4");
    QTest::newRow("Ed448") << QStringLiteral("keys/ed448.pub.pem")
                           << QByteArray("WubOJ5j7wprqcN0gaqEoI_QGZ8dutH04UkuwXdlYlec");
    QTest::newRow("P-256 certificate") << QStringLiteral("keys/cert.pem")
                                       << QByteArray("wLU_OwhzDSoGpmfoO4eNwCwBVfcwlHHPdfszOVLKr_Q");
    // RFC 8037 A.3.
    QTest::newRow("RFC 8037 Ed25519")
            << QStringLiteral("vectors/keys/rfc8037_a4_ed25519.pub.jwk.json")
            << QByteArray("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
}

void TestKey::thumbprints()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, thumbprint);
    const Key key = loadOne(file);
    QVERIFY(!key.isNull());
    QCOMPARE(Base64Url::encode(key.thumbprint()), thumbprint);
    QCOMPARE(Base64Url::encode(key.publicKey().thumbprint()), thumbprint);
}

void TestKey::toJwkMemberOrder()
{
    const Key ed = loadOne(QStringLiteral("vectors/keys/rfc8037_a4_ed25519.priv.pem"));
    QCOMPARE(
            ed.toJwk(false),
            QByteArray(
                    R"({"crv":"Ed25519","kty":"OKP","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})"));
    QCOMPARE(
            ed.toJwk(true),
            QByteArray(
                    R"({"crv":"Ed25519","kty":"OKP","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"})"));
    const Key rsa = loadKeys(rfc7638Key).keys.value(0);
    const QByteArray jwk = rsa.toJwk(true); // a public key has nothing private to add
    QVERIFY(jwk.startsWith(R"({"e":"AQAB","kty":"RSA","n":"0vx7agoebGcQ)"));
    QVERIFY(jwk.endsWith(R"(Kgw","alg":"RS256","kid":"2011-04-29"})"));
    const Key ec = loadOne(QStringLiteral("vectors/keys/rfc7515_a3_es256.pub.jwk.json"));
    QCOMPARE(
            ec.toJwk(false),
            QByteArray(
                    R"({"crv":"P-256","kty":"EC","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})"));
    const Key secret = Key::fromSecret("secret");
    QCOMPARE(secret.toJwk(false), QByteArray(R"({"k":"c2VjcmV0","kty":"oct"})"));
    const Key quoted = loadKeys(R"({"kty":"oct","k":"c2VjcmV0","kid":"a\"b\\c"})").keys.value(0);
    QCOMPARE(quoted.toJwk(false), QByteArray(R"({"k":"c2VjcmV0","kty":"oct","kid":"a\"b\\c"})"));
}

void TestKey::toJwkRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("RSA-2048 PKCS#1") << QStringLiteral("keys/rsa2048.pkcs1.pem");
    QTest::newRow("RSA-2048 public") << QStringLiteral("keys/rsa2048.pub.pem");
    QTest::newRow("P-384 SEC1") << QStringLiteral("keys/p384.sec1.pem");
    QTest::newRow("P-521 PKCS#8") << QStringLiteral("keys/p521.pkcs8.pem");
    QTest::newRow("secp256k1") << QStringLiteral("keys/secp256k1.pkcs8.pem");
    QTest::newRow("Ed448") << QStringLiteral("keys/ed448.pem");
    QTest::newRow("Ed25519") << QStringLiteral("vectors/keys/rfc8037_a4_ed25519.priv.pem");
    QTest::newRow("RFC 7515 A.1 oct") << QStringLiteral("vectors/keys/rfc7515_a1_hs256.jwk.json");
    QTest::newRow("RFC 7515 A.2 RSA private")
            << QStringLiteral("vectors/keys/rfc7515_a2_rs256.priv.jwk.json");
}

void TestKey::toJwkRoundTrip()
{
    QFETCH(QString, file);
    const Key key = loadOne(file);
    QVERIFY(!key.isNull());
    const Algorithm alg = algorithmFor(key);
    for (const bool withPrivate : {true, false}) {
        const QByteArray jwk = key.toJwk(withPrivate);
        QVERIFY(QJsonDocument::fromJson(jwk).isObject());
        const KeySet again = loadKeys(jwk);
        QVERIFY2(again.ok(), qPrintable(again.error + QLatin1Char(' ') + QString::fromLatin1(jwk)));
        const Key &copy = again.keys.first();
        QCOMPARE(copy.thumbprint(), key.thumbprint());
        QCOMPARE(copy.kind(), key.kind());
        QCOMPARE(copy.bits(), key.bits());
        QCOMPARE(copy.isPrivate(),
                 key.isPrivate() && (withPrivate || key.kind() == KeyKind::Secret));
        QCOMPARE(copy.toJwk(withPrivate), jwk);
        if (key.kind() != KeyKind::Secret)
            QCOMPARE(jwk.contains("\"d\""), withPrivate && key.isPrivate());
        if (key.isPrivate()) {
            const Signature s = sign(alg, withPrivate ? copy : key, input);
            QVERIFY2(s.ok(), qPrintable(s.error));
            QCOMPARE(verify(alg, withPrivate ? key : copy, input, s.bytes).status,
                     SignatureStatus::Valid);
        }
    }
}

void TestKey::toPemRoundTrip_data()
{
    toJwkRoundTrip_data();
}

void TestKey::toPemRoundTrip()
{
    QFETCH(QString, file);
    const Key key = loadOne(file);
    QVERIFY(!key.isNull());
    if (key.kind() == KeyKind::Secret) {
        QVERIFY(key.toPem().isEmpty());
        return;
    }
    const QByteArray pem = key.toPem();
    QVERIFY(pem.startsWith(key.isPrivate() ? "-----BEGIN PRIVATE KEY-----"
                                           : "-----BEGIN PUBLIC KEY-----"));
    const KeySet again = loadKeys(pem);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.keys.first().thumbprint(), key.thumbprint());
    QCOMPARE(again.keys.first().isPrivate(), key.isPrivate());
    const Key pub = key.publicKey();
    QVERIFY(!pub.isPrivate());
    QVERIFY(pub.toPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    QCOMPARE(pub.thumbprint(), key.thumbprint());
}

void TestKey::jwkMembersKept()
{
    const KeySet set
            = loadKeys(R"({"kty":"oct","k":"c2VjcmV0","kid":"k1","alg":"HS384","use":"sig"})");
    QVERIFY(set.ok());
    const Key &key = set.keys.first();
    QCOMPARE(key.kid(), QStringLiteral("k1"));
    QCOMPARE(key.jwkAlg(), QStringLiteral("HS384"));
    QCOMPARE(key.secretBytes(), QByteArray("secret"));
    // A key whose "alg" names another algorithm does not fit.
    const KeyFit fit = checkFit(key, Algorithm::HS256);
    QCOMPARE(fit.verdict, KeyFit::Verdict::Mismatch);
    QVERIFY2(fit.reason.contains(QLatin1String("HS384")), qPrintable(fit.reason));
    QCOMPARE(checkFit(key, Algorithm::HS384).verdict, KeyFit::Verdict::Weak);
    QCOMPARE(key.publicKey().kid(), QStringLiteral("k1"));
}

void TestKey::description_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("description");
    QTest::newRow("RSA private") << QStringLiteral("keys/rsa2048.pkcs8.pem")
                                 << QStringLiteral("RSA 2048-bit private key");
    QTest::newRow("RSA public") << QStringLiteral("keys/rsa1024.pub.pem")
                                << QStringLiteral("RSA 1024-bit public key");
    QTest::newRow("EC private") << QStringLiteral("keys/p384.sec1.pem")
                                << QStringLiteral("EC P-384 private key");
    QTest::newRow("EC certificate")
            << QStringLiteral("keys/cert.pem") << QStringLiteral("EC P-256 public key");
    QTest::newRow("Ed448 public") << QStringLiteral("keys/ed448.pub.pem")
                                  << QStringLiteral("Ed448 public key");
    QTest::newRow("Ed25519 private") << QStringLiteral("vectors/keys/rfc8037_a4_ed25519.priv.pem")
                                     << QStringLiteral("Ed25519 private key");
    // No English .qm is loaded in tests: the source text of the plural shows.
    QTest::newRow("oct") << QStringLiteral("vectors/keys/rfc7515_a1_hs256.jwk.json")
                         << QStringLiteral("HMAC secret (64 byte(s))");
}

void TestKey::description()
{
    QFETCH(QString, file);
    QFETCH(QString, description);
    QCOMPARE(loadOne(file).description(), description);
}

void TestKey::checkFitTable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<KeyFit::Verdict>("verdict");
    const auto row = [](const char *name, const char *file, Algorithm alg, KeyFit::Verdict v) {
        QTest::newRow(name) << QString::fromLatin1(file) << alg << v;
    };
    using V = KeyFit::Verdict;
    row("RSA-2048 RS256", "keys/rsa2048.pub.pem", Algorithm::RS256, V::Fits);
    row("RSA-2048 PS512", "keys/rsa2048.pub.pem", Algorithm::PS512, V::Fits);
    row("RSA-1024 RS384", "keys/rsa1024.pub.pem", Algorithm::RS384, V::Weak);
    row("RSA as HMAC", "keys/rsa2048.pub.pem", Algorithm::HS256, V::Mismatch);
    row("RSA for ES256", "keys/rsa2048.pub.pem", Algorithm::ES256, V::Mismatch);
    row("RSA for EdDSA", "keys/rsa2048.pub.pem", Algorithm::EdDSA, V::Mismatch);
    row("P-384 ES384", "keys/p384.pub.pem", Algorithm::ES384, V::Fits);
    row("P-384 ES512", "keys/p384.pub.pem", Algorithm::ES512, V::Mismatch);
    row("P-521 ES512", "keys/p521.pub.pem", Algorithm::ES512, V::Fits);
    row("secp256k1 ES256K", "keys/secp256k1.pub.pem", Algorithm::ES256K, V::Fits);
    row("P-256 ES256", "keys/cert.pem", Algorithm::ES256, V::Fits);
    row("P-256 as HMAC", "keys/cert.pem", Algorithm::HS512, V::Mismatch);
    row("Ed448 EdDSA", "keys/ed448.pub.pem", Algorithm::EdDSA, V::Fits);
    row("Ed448 RS256", "keys/ed448.pub.pem", Algorithm::RS256, V::Mismatch);
    row("oct 64 bytes HS512", "vectors/keys/rfc7515_a1_hs256.jwk.json", Algorithm::HS512, V::Fits);
    row("oct for RS256", "vectors/keys/rfc7515_a1_hs256.jwk.json", Algorithm::RS256, V::Mismatch);
    row("anything for none", "keys/rsa2048.pub.pem", Algorithm::None, V::Mismatch);
}

void TestKey::checkFitTable()
{
    QFETCH(QString, file);
    QFETCH(Algorithm, alg);
    QFETCH(KeyFit::Verdict, verdict);
    const Key key = loadOne(file);
    QVERIFY(!key.isNull());
    const KeyFit fit = checkFit(key, alg);
    QCOMPARE(fit.verdict, verdict);
    QCOMPARE(fit.reason.isEmpty(), verdict == KeyFit::Verdict::Fits);
}

void TestKey::nullKey()
{
    const Key key;
    QVERIFY(key.isNull());
    QVERIFY(!key.isPrivate());
    QCOMPARE(key.bits(), 0);
    QVERIFY(key.toJwk(true).isEmpty());
    QVERIFY(key.toPem().isEmpty());
    QVERIFY(key.thumbprint().isEmpty());
    QVERIFY(key.publicKey().isNull());
    QCOMPARE(checkFit(key, Algorithm::HS256).verdict, KeyFit::Verdict::Mismatch);
}

void TestKey::secretKey()
{
    QByteArray bytes("0123456789abcdef0123456789abcdef");
    const Key key = Key::fromSecret(bytes);
    bytes.fill('x'); // the key holds its own copy
    QCOMPARE(key.secretBytes(), QByteArray("0123456789abcdef0123456789abcdef"));
    QCOMPARE(key.kind(), KeyKind::Secret);
    QCOMPARE(key.bits(), 256);
    QVERIFY(key.isPrivate());
    QCOMPARE(key.description(), QStringLiteral("HMAC secret (32 byte(s))"));
    Key copy = key;
    Key moved = std::move(copy);
    QCOMPARE(moved.secretBytes(), key.secretBytes());
    QCOMPARE(key.publicKey().secretBytes(), key.secretBytes());
    QCOMPARE(loadOne(QStringLiteral("keys/rsa2048.pub.pem")).secretBytes(), QByteArray());
}

QTEST_GUILESS_MAIN(TestKey)
#include "tst_key.moc"
