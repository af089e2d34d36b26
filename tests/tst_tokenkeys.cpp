// SPDX-License-Identifier: MIT
// Keys the token supplies itself (tokenkeys.h, certchain.h), through the verdict: a token
// that carries its own jwk or x5c certificate, or whose key came from its own jku, is never
// valid by that key — unless its x5c chain verifies to a CA the user gave. Also the PyJWT
// names of a verdict's failures. The x5c fixtures are made by tests/data/keys/x5c/make_x5c.py.
#include "verifier.h"

#include "base64url.h"
#include "certchain.h"
#include "jws.h"
#include "keyset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace {

const QString untrustedWords
        = QStringLiteral("the signature matches a key the token supplied itself — not trusted");
const QByteArray payload = R"({"sub":"own key"})";

QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

Key keyFrom(const QString &relative)
{
    const KeySet set = loadKeys(readData(relative));
    if (!set.ok())
        qFatal("no key in %s", qPrintable(relative));
    return set.keys.first();
}

QByteArray b64(QByteArrayView bytes)
{
    return Base64Url::encode(bytes);
}

QByteArray signedWith(const QByteArray &header, Algorithm alg, const Key &key)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const Signature s = sign(alg, key, input);
    if (!s.ok())
        qFatal("cannot sign: %s", qPrintable(s.error));
    return input + '.' + b64(s.bytes);
}

/// The x5c header value of the PEM certificates @p files (in order): standard base64 DER.
QByteArray x5cOf(const QStringList &files)
{
    QByteArray array = "[";
    for (const QString &file : files) {
        const QList<QByteArray> der = pemCertificates(readData(QStringLiteral("keys/x5c/") + file));
        if (der.size() != 1)
            qFatal("no certificate in %s", qPrintable(file));
        if (array.size() > 1)
            array += ',';
        array += '"' + der.first().toBase64() + '"';
    }
    return array + ']';
}

TrustAnchors anchorsFrom(const QString &file)
{
    QString error;
    const TrustAnchors anchors
            = TrustAnchors::fromPem(readData(QStringLiteral("keys/x5c/") + file), file, &error);
    if (anchors.isEmpty())
        qFatal("%s", qPrintable(error));
    return anchors;
}

/// 2026-01-01, inside the fixtures' validity (2000 to 2100).
constexpr double inside = 1767225600;
/// 2101-01-01: every fixture certificate has expired.
constexpr double after = 4133980800;

} // namespace

class TestTokenKeys : public QObject
{
    Q_OBJECT

private slots:
    void jwkHeader();
    void jwkHeaderBesideTheRingsKey();
    void x5c_data();
    void x5c();
    void keyFromTheTokensJku();
    void x5tS256();
    void anchorsRefuseWhatIsNoCertificate();
    void pyjwtNames_data();
    void pyjwtNames();
};

void TestTokenKeys::jwkHeader()
{
    // Anyone can sign a token and put their own public key in its header.
    const Key key = keyFrom(QStringLiteral("keys/x5c/leaf.key.pem"));
    const QByteArray header = R"({"alg":"ES256","jwk":)" + key.publicKey().toJwk(false) + '}';
    const QByteArray token = signedWith(header, Algorithm::ES256, key);
    for (const KeyRing &ring :
         {KeyRing(), KeyRing::fromSecret("unrelated secret of 32 bytes!!!!")}) {
        const TokenVerdict v = verifyToken(Token::parse(token), ring);
        QCOMPARE(v.state, TokenVerdict::State::Untrusted);
        QVERIFY(!v.valid);
        QCOMPARE(v.tokenKey, TokenVerdict::TokenKey::Jwk);
        QCOMPARE(v.keyIndex, qsizetype(-1));
        QVERIFY2(v.reason.startsWith(untrustedWords), qPrintable(v.reason));
        QVERIFY2(v.error.contains(untrustedWords), qPrintable(v.error));
        QCOMPARE(signatureWord(v.state), "invalid");
        QCOMPARE(v.pyjwtError(), QStringLiteral("InvalidSignatureError"));
    }
    // Signed by another key than the one it carries: simply invalid.
    const Key other = keyFrom(QStringLiteral("keys/x5c/encipher-leaf.key.pem"));
    const TokenVerdict forged
            = verifyToken(Token::parse(signedWith(header, Algorithm::ES256, other)), KeyRing());
    QCOMPARE(forged.tokenKey, TokenVerdict::TokenKey::None);
    QVERIFY(forged.state != TokenVerdict::State::Untrusted);
    QVERIFY(!forged.valid);
}

void TestTokenKeys::jwkHeaderBesideTheRingsKey()
{
    // The user's own key verifies it: valid by that key, whatever the header carries.
    const Key key = keyFrom(QStringLiteral("keys/x5c/leaf.key.pem"));
    const QByteArray header = R"({"alg":"ES256","jwk":)" + key.publicKey().toJwk(false) + '}';
    KeyRing ring;
    ring.add(key.publicKey(), KeyOrigin::file(QStringLiteral("leaf.pub.pem")));
    const TokenVerdict v
            = verifyToken(Token::parse(signedWith(header, Algorithm::ES256, key)), ring);
    QCOMPARE(v.state, TokenVerdict::State::Valid);
    QVERIFY(v.valid);
    QCOMPARE(v.keyIndex, qsizetype(0));
    QCOMPARE(v.tokenKey, TokenVerdict::TokenKey::None);
    QVERIFY2(v.reason.contains(QLatin1String("from leaf.pub.pem")), qPrintable(v.reason));
}

void TestTokenKeys::x5c_data()
{
    QTest::addColumn<QString>("signer"); // the private key file
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QString>("anchors"); // empty: none
    QTest::addColumn<double>("now");
    QTest::addColumn<TokenVerdict::State>("state");
    QTest::addColumn<QString>("reason"); // a part of it
    using S = TokenVerdict::State;
    const QStringList chain {"leaf.pem", "intermediate.pem"};

    QTest::newRow("no CA given") << "leaf.key.pem"
                                 << "ES256" << chain << QString() << inside << S::Untrusted
                                 << untrustedWords;
    QTest::newRow("the chain verifies to the CA") << "leaf.key.pem"
                                                  << "ES256" << chain << "ca.pem" << inside
                                                  << S::Valid << "whose chain verifies to ca.pem";
    QTest::newRow("RSA leaf, no key usage extension")
            << "rsa-leaf.key.pem"
            << "RS256" << QStringList {"rsa-leaf.pem", "intermediate.pem"} << "ca.pem" << inside
            << S::Valid << "whose chain verifies";
    QTest::newRow("another CA") << "leaf.key.pem"
                                << "ES256" << chain << "other-ca.pem" << inside << S::Untrusted
                                << "does not verify to other-ca.pem";
    QTest::newRow("the intermediate left out")
            << "leaf.key.pem"
            << "ES256" << QStringList {"leaf.pem"} << "ca.pem" << inside << S::Untrusted
            << "does not verify to ca.pem";
    QTest::newRow("expired at the clock")
            << "leaf.key.pem"
            << "ES256" << chain << "ca.pem" << after << S::Untrusted << "expired";
    QTest::newRow("key usage without digital signature")
            << "encipher-leaf.key.pem"
            << "ES256" << QStringList {"encipher-leaf.pem", "intermediate.pem"} << "ca.pem"
            << inside << S::Untrusted << "key usage";
    QTest::newRow("signed by another key than the certificate's")
            << "encipher-leaf.key.pem"
            << "ES256" << chain << "ca.pem" << inside << S::Invalid << "does not match";
}

void TestTokenKeys::x5c()
{
    QFETCH(QString, signer);
    QFETCH(QString, alg);
    QFETCH(QStringList, chain);
    QFETCH(QString, anchors);
    QFETCH(double, now);
    QFETCH(TokenVerdict::State, state);
    QFETCH(QString, reason);

    const QByteArray header = R"({"alg":")" + alg.toLatin1() + R"(","x5c":)" + x5cOf(chain) + '}';
    const QByteArray token = signedWith(header, *Algorithms::fromName(alg),
                                        keyFrom(QStringLiteral("keys/x5c/") + signer));
    VerifyOptions options;
    ClaimsPolicy claims;
    claims.now = now;
    options.claims = claims;
    if (!anchors.isEmpty())
        options.x5cAnchors = anchorsFrom(anchors);
    const TokenVerdict v = verifyToken(Token::parse(token), KeyRing(), options);
    QVERIFY2(v.state == state, qPrintable(v.reason));
    QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
    QCOMPARE(v.valid, state == TokenVerdict::State::Valid);
    if (state != TokenVerdict::State::Invalid)
        QCOMPARE(v.tokenKey, TokenVerdict::TokenKey::X5c);
    if (state == TokenVerdict::State::Untrusted)
        QVERIFY2(v.reason.startsWith(untrustedWords), qPrintable(v.reason));
}

void TestTokenKeys::keyFromTheTokensJku()
{
    // A JWKS fetched from the token's own jku is in the ring, marked untrusted.
    const Key key = keyFrom(QStringLiteral("keys/x5c/leaf.key.pem"));
    const QByteArray token = signedWith(
            R"({"alg":"ES256","jku":"https://attacker.example/jwks.json"})", Algorithm::ES256, key);
    KeyRing ring;
    ring.add(key.publicKey(),
             KeyOrigin::tokenUrl(QStringLiteral("https://attacker.example/jwks.json"),
                                 QDateTime::currentDateTimeUtc()));
    QVERIFY(!ring.isTrusted(0));
    const TokenVerdict v = verifyToken(Token::parse(token), ring);
    QCOMPARE(v.state, TokenVerdict::State::Untrusted);
    QVERIFY(!v.valid);
    QVERIFY2(v.reason.startsWith(untrustedWords), qPrintable(v.reason));
    QVERIFY2(v.reason.contains(QLatin1String("jku https://attacker.example/jwks.json")),
             qPrintable(v.reason));
    // The same key fetched on the user's request is trusted.
    KeyRing fetched;
    fetched.add(key.publicKey(),
                KeyOrigin::url(QStringLiteral("https://issuer.example/jwks.json"),
                               QDateTime::currentDateTimeUtc()));
    const TokenVerdict ok = verifyToken(Token::parse(token), fetched);
    QCOMPARE(ok.state, TokenVerdict::State::Valid);
    QVERIFY2(ok.reason.contains(QLatin1String("from https://issuer.example/jwks.json")),
             qPrintable(ok.reason));
}

void TestTokenKeys::x5tS256()
{
    const QByteArray der = pemCertificates(readData(QStringLiteral("keys/x5c/leaf.pem"))).value(0);
    QVERIFY(!der.isEmpty());
    const QByteArray expected
            = QCryptographicHash::hash(der, QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(::x5tS256(der), expected);
}

void TestTokenKeys::anchorsRefuseWhatIsNoCertificate()
{
    QString error;
    const TrustAnchors anchors
            = TrustAnchors::fromPem(readData(QStringLiteral("keys/x5c/leaf.key.pem")),
                                    QStringLiteral("leaf.key.pem"), &error);
    QVERIFY(anchors.isEmpty());
    QVERIFY2(error.contains(QLatin1String("leaf.key.pem holds no PEM certificate")),
             qPrintable(error));
}

void TestTokenKeys::pyjwtNames_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("claims");
    QTest::addColumn<QString>("iss");
    QTest::addColumn<QString>("aud");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("names"); // every failure, in order

    const QByteArray hs = R"({"alg":"HS256"})";
    QTest::newRow("valid") << hs << QByteArray(R"({"exp":2000})") << QString() << QString()
                           << QStringList() << "right" << QStringList();
    QTest::newRow("expired") << hs << QByteArray(R"({"exp":500})") << QString() << QString()
                             << QStringList() << "right" << QStringList {"ExpiredSignatureError"};
    QTest::newRow("not yet valid")
            << hs << QByteArray(R"({"nbf":1500})") << QString() << QString() << QStringList()
            << "right" << QStringList {"ImmatureSignatureError"};
    QTest::newRow("issuer") << hs << QByteArray(R"({"iss":"b"})") << "a" << QString()
                            << QStringList() << "right" << QStringList {"InvalidIssuerError"};
    QTest::newRow("audience") << hs << QByteArray(R"({"aud":["b"]})") << QString() << "a"
                              << QStringList() << "right" << QStringList {"InvalidAudienceError"};
    QTest::newRow("missing required claim")
            << hs << QByteArray(R"({"sub":null})") << QString() << QString()
            << QStringList {"sub", "jti"} << "right"
            << QStringList {"MissingRequiredClaimError", "MissingRequiredClaimError"};
    QTest::newRow("PyJWT's order: signature, required, exp, iss")
            << hs << QByteArray(R"({"exp":500,"iss":"b"})") << "a" << QString()
            << QStringList {"jti"} << "wrong"
            << QStringList {"InvalidSignatureError", "MissingRequiredClaimError",
                            "ExpiredSignatureError", "InvalidIssuerError"};
    QTest::newRow("iat not a number")
            << hs << QByteArray(R"({"iat":"x"})") << QString() << QString() << QStringList()
            << "right" << QStringList {"InvalidIssuedAtError"};
    QTest::newRow("alg none") << QByteArray(R"({"alg":"none"})") << QByteArray("{}") << QString()
                              << QString() << QStringList() << "right"
                              << QStringList {"InvalidAlgorithmError"};
}

void TestTokenKeys::pyjwtNames()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, claims);
    QFETCH(QString, iss);
    QFETCH(QString, aud);
    QFETCH(QStringList, required);
    QFETCH(QString, secret);
    QFETCH(QStringList, names);

    const QByteArray key = "a-32-byte-long-secret-for-HS256!";
    const QByteArray input = b64(header) + '.' + b64(claims);
    const QByteArray token = header.contains("none")
            ? input + '.'
            : input + '.' + b64(sign(Algorithm::HS256, Key::fromSecret(key), input).bytes);
    VerifyOptions options;
    ClaimsPolicy policy;
    policy.now = 1000;
    if (!iss.isEmpty())
        policy.issuer = iss;
    if (!aud.isEmpty())
        policy.audience = aud;
    policy.required = required;
    options.claims = policy;
    const KeyRing ring
            = KeyRing::fromSecret(secret == QLatin1String("right") ? key : QByteArray("x"));
    const TokenVerdict v = verifyToken(Token::parse(token), ring, options);
    QStringList got;
    for (const CheckFailure &f : v.failures)
        got << f.pyjwt;
    QCOMPARE(got, names);
    QCOMPARE(v.valid, names.isEmpty());
    QCOMPARE(v.pyjwtError(), names.value(0));
}

QTEST_GUILESS_MAIN(TestTokenKeys)
#include "tst_tokenkeys.moc"
