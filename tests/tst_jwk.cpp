// SPDX-License-Identifier: MIT
#include "base64url.h"
#include "jws.h"
#include "keyfit.h"
#include "keyfixtures.h"
#include "keyset.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

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

} // namespace

/// JWK and JWKS reading (jwk.cpp), through loadKeys(), and Key::toJwk() and thumbprint().
class TestJwk : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void errors_data();
    void errors();
    void jwksSkipsUnsupportedKeys();
    void rfc7638Thumbprint();
    void thumbprints_data();
    void thumbprints();
    void toJwkMemberOrder();
    void toJwkRoundTrip_data();
    void toJwkRoundTrip();
    void jwkMembersKept();
};

void TestJwk::formats_data()
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
}

void TestJwk::formats()
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

void TestJwk::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("invalid JSON") << QByteArray(R"({"kty":"oct",)")
                                  << QStringLiteral("JWK: invalid JSON at offset");
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
    QJsonObject x25519 = okp;
    x25519.insert(QStringLiteral("crv"), QStringLiteral("X25519"));
    // An X25519 key loads (for JWE ECDH-ES); Ed25519's "d" gives another "x" on X25519.
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

void TestJwk::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const KeySet set = loadKeys(text);
    QVERIFY(!set.ok());
    QVERIFY(set.keys.isEmpty());
    QVERIFY2(set.error.contains(error), qPrintable(set.error));
}

void TestJwk::jwksSkipsUnsupportedKeys()
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

void TestJwk::rfc7638Thumbprint()
{
    const KeySet set = loadKeys(rfc7638Key);
    QVERIFY2(set.ok(), qPrintable(set.error));
    const Key &key = set.keys.first();
    QCOMPARE(Base64Url::encode(key.thumbprint()),
             QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    QCOMPARE(key.kid(), QStringLiteral("2011-04-29"));
    QCOMPARE(key.jwkAlg(), QStringLiteral("RS256"));
}

void TestJwk::thumbprints_data()
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

void TestJwk::thumbprints()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, thumbprint);
    const Key key = loadOne(file);
    QVERIFY(!key.isNull());
    QCOMPARE(Base64Url::encode(key.thumbprint()), thumbprint);
    QCOMPARE(Base64Url::encode(key.publicKey().thumbprint()), thumbprint);
}

void TestJwk::toJwkMemberOrder()
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

void TestJwk::toJwkRoundTrip_data()
{
    addRoundTripRows();
}

void TestJwk::toJwkRoundTrip()
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

void TestJwk::jwkMembersKept()
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

QTEST_GUILESS_MAIN(TestJwk)
#include "tst_jwk.moc"
