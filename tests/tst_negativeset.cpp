// SPDX-License-Identifier: MIT
// The forge engine without the CLI: the negative set's inputs, errors and skipped kinds, the
// export's files, the batch fixture lines, relative times and decode --json input.
#include "fixtures.h"
#include "negativeset.h"

#include "base64url.h"
#include "json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

constexpr qint64 now = 1700000000;

QByteArray readData(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/keys/") + QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray hsToken(const QByteArray &payload)
{
    return Base64Url::encode(R"({"alg":"HS256","typ":"JWT"})") + '.' + Base64Url::encode(payload)
            + ".AAAA";
}

const Forge::NegativeCase *find(const Forge::NegativeSet &set, const QString &name)
{
    for (const Forge::NegativeCase &c : set.cases) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QByteArray payloadOf(const QByteArray &token)
{
    return Base64Url::decode(token.split('.').value(1)).bytes;
}

} // namespace

class TestNegativeSet : public QObject
{
    Q_OBJECT

private slots:
    void hmacServer();
    void rsaServer();
    void freshTimes_data();
    void freshTimes();
    void errors_data();
    void errors();
    void exportFiles();
    void lensAnswers();
    void claimEdit_data();
    void claimEdit();
    void selectCases();
    void writeExport();
    void relativeTime_data();
    void relativeTime();
    void resolveRelativeTimes();
    void fixtureLine_data();
    void fixtureLine();
    void decodedJson();
};

void TestNegativeSet::hmacServer()
{
    Forge::NegativeSetInput input;
    input.token = hsToken(R"({"sub":"a","exp":1700000600})");
    input.secret = "server-secret";
    input.now = now;
    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    QVERIFY2(set.ok(), qPrintable(set.error));
    // No public key: no confusion cases, and it says so.
    QVERIFY(!find(set, "alg-confusion-HS256-pem-spki"));
    QVERIFY(!find(set, "kid-names-public-key"));
    QCOMPARE(set.skipped.size(), 2);
    const Forge::NegativeCase *baseline = find(set, "baseline");
    QVERIFY(baseline);
    QCOMPARE(baseline->settings.key, QStringLiteral("secret"));
    QCOMPARE(baseline->settings.algorithms, QStringList {"HS256"});
    QCOMPARE(baseline->settings.requiredClaims, QStringList({"exp", "sub"}));
    // The token's own claims, still valid at now: kept as they are.
    QCOMPARE(payloadOf(baseline->token), QByteArray(R"({"sub":"a","exp":1700000600})"));
    // Both keyed with the empty secret, over the same header and payload: the same token.
    const Forge::NegativeCase *empty = find(set, "hmac-empty-key");
    QVERIFY(empty);
    QCOMPARE(empty->errorClass, QStringLiteral("invalid_signature"));
    QCOMPARE(empty->token.split('.').at(1),
             find(set, "alg-none-none-unsigned")->token.split('.').at(1));
    // The embedded keys are an attacker's RSA key: an algorithm the server does not allow.
    QCOMPARE(find(set, "embedded-jwk")->errorClass, QStringLiteral("algorithm_not_allowed"));
    QCOMPARE(set.hosted.size(), 2);
    QCOMPARE(set.hosted.at(0).url, QStringLiteral("https://attacker.example/jwks.json"));
    QCOMPARE(set.hosted.at(1).url, QStringLiteral("https://attacker.example/x5u.pem"));
    QVERIFY(set.hosted.at(1).content.startsWith("-----BEGIN CERTIFICATE-----"));
    // Default claim edits: sub, role, exp.
    QVERIFY(find(set, "tampered-sub") && find(set, "tampered-role") && find(set, "tampered-exp"));
}

void TestNegativeSet::rsaServer()
{
    Forge::NegativeSetInput input;
    input.token = Base64Url::encode(R"({"alg":"RS256","kid":"k1"})") + '.'
            + Base64Url::encode(R"({"aud":["api","other"],"iss":"me"})") + ".AAAA";
    input.keyText = readData("rsa2048.pkcs1.pem");
    input.publicKeyText = readData("rsa2048.pkcs1.pub.pem");
    input.jkuUrl = QStringLiteral("http://127.0.0.1:8000/k/set.json");
    input.claims = {{QStringLiteral("admin"), "true"}};
    input.now = now;
    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    QVERIFY2(set.ok(), qPrintable(set.error));
    QVERIFY(set.skipped.isEmpty());
    const Forge::NegativeCase *baseline = find(set, "baseline");
    QCOMPARE(baseline->settings.audience, QStringLiteral("api"));
    QCOMPARE(baseline->settings.issuer, QStringLiteral("me"));
    QCOMPARE(baseline->settings.key, QStringLiteral("public-key"));
    // No exp: one is added, fifteen minutes ahead.
    QCOMPARE(payloadOf(baseline->token),
             QByteArray(R"({"aud":["api","other"],"iss":"me","exp":1700000900})"));
    // The public key as given (PKCS#1 PEM) is one of the forms, so no "as-given" case.
    QVERIFY(find(set, "alg-confusion-HS512-pem-pkcs1"));
    QVERIFY(!find(set, "alg-confusion-HS256-as-given"));
    QCOMPARE(set.hosted.at(1).url, QStringLiteral("http://127.0.0.1:8000/k/x5u.pem"));
    const QJsonObject jwks = QJsonDocument::fromJson(set.hosted.at(0).content).object();
    QCOMPARE(jwks.value("keys").toArray().first().toObject().value("use").toString(),
             QStringLiteral("sig"));
    // The forged claims ride on the attacks, one tampered case for the claim.
    QVERIFY(payloadOf(find(set, "alg-none-none-unsigned")->token).endsWith(",\"admin\":true}"));
    QVERIFY(find(set, "tampered-admin"));
    QVERIFY(!find(set, "tampered-sub"));
    // The wrong-audience case keeps the expected audience of the token.
    QCOMPARE(find(set, "claims-wrong-audience")->settings.audience, QStringLiteral("api"));
    QCOMPARE(find(set, "typ-at+jwt-where-JWT-expected")->settings.type, QStringLiteral("JWT"));
    QCOMPARE(find(set, "typ-JWT-where-at+jwt-expected")->settings.type, QStringLiteral("at+jwt"));
    // Psychic signatures are all zero, or n twice.
    QCOMPARE(Base64Url::decode(find(set, "psychic-ES384-r0-s0")->token.split('.').at(2)).bytes,
             QByteArray(96, '\0'));
    QCOMPARE(Base64Url::decode(find(set, "psychic-ES256-r-n-s-n")->token.split('.').at(2))
                     .bytes.toHex()
                     .left(64),
             QByteArray("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"));
    // x5c is standard base64 DER, not base64url.
    const QByteArray x5c
            = Base64Url::decode(find(set, "embedded-x5c")->token.split('.').at(0)).bytes;
    QVERIFY(x5c.contains("\"x5c\":[\"MII"));
}

void TestNegativeSet::freshTimes_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("baseline");
    QTest::newRow("valid: kept") << QByteArray(R"({"iat":1699999000,"exp":1700000100})")
                                 << QByteArray(R"({"iat":1699999000,"exp":1700000100})");
    QTest::newRow("expired: made fresh")
            << QByteArray(R"({"iat":1,"nbf":1,"exp":2})")
            << QByteArray(R"({"iat":1700000000,"nbf":1700000000,"exp":1700000900})");
    QTest::newRow("exp a string") << QByteArray(R"({"exp":"x"})")
                                  << QByteArray(R"({"exp":1700000900})");
    QTest::newRow("exp in milliseconds")
            << QByteArray(R"({"exp":1700000100000})") << QByteArray(R"({"exp":1700000900})");
    QTest::newRow("issued in the future") << QByteArray(R"({"iat":1800000000,"exp":1900000000})")
                                          << QByteArray(R"({"iat":1700000000,"exp":1700000900})");
}

void TestNegativeSet::freshTimes()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, baseline);
    Forge::NegativeSetInput input;
    input.token = hsToken(payload);
    input.secret = "s";
    input.now = now;
    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(payloadOf(find(set, "baseline")->token), baseline);
}

void TestNegativeSet::errors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("publicKey");
    const QByteArray rsa = readData("rsa2048.pkcs8.pem");
    const QByteArray rs
            = Base64Url::encode(R"({"alg":"RS256"})") + '.' + Base64Url::encode("{}") + ".AA";
    QTest::newRow("not a token") << QByteArray("abc") << QByteArray("s") << QByteArray()
                                 << QByteArray();
    QTest::newRow("a JWE") << QByteArray("eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AA.AA.AA")
                           << QByteArray("s") << QByteArray() << QByteArray();
    QTest::newRow("payload not claims")
            << hsToken("[1]") << QByteArray("s") << QByteArray() << QByteArray();
    QTest::newRow("alg none") << (Base64Url::encode(R"({"alg":"none"})") + ".e30.")
                              << QByteArray("s") << QByteArray() << QByteArray();
    QTest::newRow("HS256 without secret")
            << hsToken("{}") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("RS256 with a secret only")
            << rs << QByteArray("s") << QByteArray() << QByteArray();
    QTest::newRow("RS256 with a public key")
            << rs << QByteArray() << readData("rsa2048.pub.pem") << QByteArray();
    QTest::newRow("RS256 with an EC key")
            << rs << QByteArray() << readData("p384.sec1.pem") << QByteArray();
    QTest::newRow("public key of another pair")
            << rs << QByteArray() << rsa << readData("rsa1024.pub.pem");
}

void TestNegativeSet::errors()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, publicKey);
    Forge::NegativeSetInput input {token, secret, key, publicKey, {}, {}, now};
    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    QVERIFY(!set.ok());
    QVERIFY(!set.error.isEmpty());
    QVERIFY(set.cases.isEmpty());
}

void TestNegativeSet::exportFiles()
{
    Forge::NegativeSetInput input;
    input.token = hsToken(R"({"sub":"a"})");
    input.secret = "s";
    input.claims = {{QStringLiteral("it's"), "\"o'clock\""}};
    input.now = now;
    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    QVERIFY(set.ok());
    const QList<Forge::ExportFile> files = Forge::exportFiles(set);
    QCOMPARE(files.size(), set.cases.size() + set.hosted.size() + 2);
    QCOMPARE(files.first().path, QStringLiteral("tokens/01-baseline.jwt"));
    QCOMPARE(files.first().content, set.cases.first().token);
    QCOMPARE(files.last().path, QStringLiteral("requests.sh"));
    QVERIFY(files.last().executable);
    // A name with a quote is quoted for sh.
    const QByteArray script = files.last().content;
    QVERIFY(script.contains("send '13-tampered-it-s.jwt' 'tampered-it-s' 'reject'"));
    // Every line of `attack` output is one JSON object with the documented members.
    for (const Forge::NegativeCase &c : set.cases) {
        const QByteArray line = Forge::caseJson(c);
        QVERIFY(!line.contains('\n'));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value("name").toString(), c.name);
        QCOMPARE(o.value("token").toString(), QString::fromLatin1(c.token));
        for (const char *member : {"kind", "expect", "error_class", "why", "reference", "settings"})
            QVERIFY2(o.contains(QLatin1String(member)), member);
        QCOMPARE(o.value("jwtlens").toString(), Forge::lensAnswerName(c.lens));
        QCOMPARE(o.value("jwtlens_why").toString(), c.lensWhy);
    }
    const QJsonObject manifest = QJsonDocument::fromJson(Forge::manifestJson(set)).object();
    QCOMPARE(manifest.value("cases").toArray().size(), set.cases.size());
    QCOMPARE(manifest.value("skipped").toArray().size(), set.skipped.size());
}

void TestNegativeSet::lensAnswers()
{
    Forge::NegativeSetInput input;
    input.token = hsToken(R"({"sub":"a","iss":"me","exp":1700000600})");
    input.secret = "server-secret";
    input.now = now;
    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    QVERIFY2(set.ok(), qPrintable(set.error));
    for (const Forge::NegativeCase &c : set.cases)
        QVERIFY2(!c.lensWhy.isEmpty(), qPrintable(c.name));
    // What JWT Lens accepts, it says it verified.
    for (const char *name : {"baseline", "kid-sql-metacharacters-right-key",
                             "kid-shell-metacharacters-right-key", "claims-huge-lifetime"}) {
        const Forge::NegativeCase *c = find(set, QLatin1String(name));
        QVERIFY2(c && c->lens == Forge::Expectation::Accept, name);
        QVERIFY2(c->lensWhy.startsWith(QLatin1String("Signature verified")),
                 qPrintable(c->lensWhy));
    }
    // Refusals in the verdict's words, the signature fine where only a claim or typ is wrong.
    const QList<std::pair<const char *, const char *>> refusals {
            {"alg-none-nOnE-unsigned", "unsupported algorithm \"nOnE\""},
            {"tampered-role", "the signature does not match"},
            {"claims-exp-milliseconds", "exp = 1700000600000 looks like milliseconds"},
            {"claims-exp-string", "exp is not a number"},
            {"claims-wrong-issuer", "iss is \"https://attacker.example\", expected \"me\""},
            {"claims-missing-iss", "iss is missing, expected \"me\""},
            {"typ-at+jwt-where-JWT-expected", "typ is \"at+jwt\", expected \"JWT\""},
            {"typ-JWT-where-at+jwt-expected", "typ is \"JWT\", expected \"at+jwt\""},
            {"embedded-jwk", "algorithm RS256 is not allowed"},
    };
    for (const auto &[name, why] : refusals) {
        const Forge::NegativeCase *c = find(set, QLatin1String(name));
        QVERIFY2(c, name);
        QCOMPARE(c->lens, Forge::Expectation::Reject);
        QVERIFY2(c->lensWhy.contains(QLatin1String(why)), qPrintable(c->lensWhy));
    }
    // The strict verifier (issue 12) refuses an unknown crit and b64 false.
    for (const char *name : {"header-crit-unknown", "header-b64-false"}) {
        const Forge::NegativeCase *c = find(set, QLatin1String(name));
        QVERIFY2(c && c->lens == Forge::Expectation::Reject, name);
    }
    // The cases JWT Lens still gets wrong are those issue 14 fixes (required claims), and are
    // named.
    const QSet<QString> pending {"claims-missing-exp", "claims-missing-sub"};
    const QStringList misses = Forge::lensMisses(set);
    for (const QString &name : misses) {
        QVERIFY2(pending.contains(name), qPrintable(name));
        QVERIFY(find(set, name)->lens != find(set, name)->expect);
    }
}

void TestNegativeSet::claimEdit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("value"); // null: not a claim edit
    QTest::newRow("a word is a string") << "role=admin"
                                        << "role" << QByteArray("\"admin\"");
    QTest::newRow("true is JSON") << "admin=true"
                                  << "admin" << QByteArray("true");
    QTest::newRow("a big number keeps its digits") << "n=12345678901234567890"
                                                   << "n" << QByteArray("12345678901234567890");
    QTest::newRow("an object, compacted") << R"(o={"a": [1, 2]})"
                                          << "o" << QByteArray(R"({"a":[1,2]})");
    QTest::newRow("a second = is the value's") << "s=a=b"
                                               << "s" << QByteArray("\"a=b\"");
    QTest::newRow("empty value") << "x="
                                 << "x" << QByteArray("\"\"");
    QTest::newRow("blank value") << "x= "
                                 << "x" << QByteArray("\" \"");
    QTest::newRow("no name") << "=v" << QString() << QByteArray();
    QTest::newRow("no =") << "role" << QString() << QByteArray();
}

void TestNegativeSet::claimEdit()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QByteArray, value);
    const std::optional<Forge::ClaimEdit> edit = Forge::claimEdit(text);
    QCOMPARE(edit.has_value(), !value.isNull());
    if (!edit)
        return;
    QCOMPARE(edit->name, name);
    QCOMPARE(edit->value, value);
}

void TestNegativeSet::selectCases()
{
    Forge::NegativeSetInput input;
    input.token = hsToken(R"({"sub":"a"})");
    input.secret = "s";
    input.now = now;
    const Forge::NegativeSet set = Forge::makeNegativeSet(input);
    QVERIFY(set.ok());
    // In the set's order, whatever the order asked; only the hosted files the cases name.
    const Forge::NegativeSet jku
            = Forge::selectCases(set, {"embedded-jku", "baseline", "no-such-case"});
    QCOMPARE(jku.cases.size(), 2);
    QCOMPARE(jku.cases.at(0).name, QStringLiteral("baseline"));
    QCOMPARE(jku.cases.at(1).name, QStringLiteral("embedded-jku"));
    QCOMPARE(jku.hosted.size(), 1);
    QCOMPARE(jku.hosted.first().name, QStringLiteral("jwks.json"));
    QCOMPARE(jku.skipped, set.skipped);
    const Forge::NegativeSet x5u = Forge::selectCases(set, {"embedded-x5u"});
    QCOMPARE(x5u.hosted.size(), 1);
    QCOMPARE(x5u.hosted.first().name, QStringLiteral("x5u.pem"));
    QVERIFY(Forge::selectCases(set, {"baseline"}).hosted.isEmpty());
    // Everything: the set itself.
    QStringList all;
    for (const Forge::NegativeCase &c : set.cases)
        all << c.name;
    QCOMPARE(Forge::exportFiles(Forge::selectCases(set, all)).size(),
             Forge::exportFiles(set).size());
}

void TestNegativeSet::writeExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("new/folder"));
    const QList<Forge::ExportFile> files {
            {QStringLiteral("tokens/01-a.jwt"), "a.b.c", false},
            {QStringLiteral("requests.sh"), "#!/bin/sh\n", true},
    };
    QCOMPARE(Forge::writeExport(out, files), QString());
    QFile token(out + QStringLiteral("/tokens/01-a.jwt"));
    QVERIFY(token.open(QIODevice::ReadOnly));
    QCOMPARE(token.readAll(), QByteArray("a.b.c"));
    QVERIFY(QFileInfo(out + QStringLiteral("/requests.sh")).isExecutable());
    QVERIFY(!QFileInfo(token.fileName()).isExecutable());
    // A folder that is not empty is refused and nothing in it changes.
    const QList<Forge::ExportFile> other {{QStringLiteral("tokens/01-a.jwt"), "x", false}};
    const QString error = Forge::writeExport(out, other);
    QVERIFY2(error.contains(QLatin1String("not empty")), qPrintable(error));
    token.seek(0);
    QCOMPARE(token.readAll(), QByteArray("a.b.c"));
    // An empty folder is fine.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("empty"))));
    QCOMPARE(Forge::writeExport(dir.filePath(QStringLiteral("empty")), other), QString());
}

void TestNegativeSet::relativeTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<qint64>>("seconds");
    QTest::newRow("+30m") << "+30m" << std::optional<qint64>(1800);
    QTest::newRow("-1d") << "-1d" << std::optional<qint64>(-86400);
    QTest::newRow("1h30m") << "1h30m" << std::optional<qint64>(5400);
    QTest::newRow("spaces") << " + 2 hours 5 min " << std::optional<qint64>(7500);
    QTest::newRow("seconds") << "42" << std::optional<qint64>(42);
    QTest::newRow("+3w") << "+3w" << std::optional<qint64>(21 * 86400);
    QTest::newRow("1 sec") << "1 sec" << std::optional<qint64>(1);
    QTest::newRow("bare number after a unit") << "1h30" << std::optional<qint64>();
    QTest::newRow("unit only") << "h" << std::optional<qint64>();
    QTest::newRow("sign only") << "-" << std::optional<qint64>();
    QTest::newRow("unknown unit") << "3 fortnights" << std::optional<qint64>();
    QTest::newRow("fraction") << "1.5h" << std::optional<qint64>();
    QTest::newRow("non-ASCII digits") << QString::fromUtf8("١h") << std::optional<qint64>();
    QTest::newRow("overflow") << "9223372036854775807s" << std::optional<qint64>();
}

void TestNegativeSet::relativeTime()
{
    QFETCH(QString, text);
    QFETCH(std::optional<qint64>, seconds);
    QCOMPARE(Forge::parseRelativeTime(text), seconds);
}

void TestNegativeSet::resolveRelativeTimes()
{
    QCOMPARE(Forge::resolveRelativeTimes(
                     R"({"a":"+1h","exp":"+1h","nbf":"now","iat":"soon","x":1.50})", now),
             QByteArray(R"({"a":"+1h","exp":1700003600,"nbf":1700000000,"iat":"soon","x":1.50})"));
    // An escaped string is read unescaped.
    QCOMPARE(Forge::resolveRelativeTimes(R"({"exp":"\u002b1m"})", now),
             QByteArray(R"({"exp":1700000060})"));
}

void TestNegativeSet::fixtureLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("defaultAlg");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::newRow("defaults") << QByteArray(R"({"payload":{"b":1,"a":2},"alg":"HS256"})")
                              << QString() << QByteArray(R"({"alg":"HS256","typ":"JWT"})")
                              << QByteArray(R"({"b":1,"a":2})") << true;
    QTest::newRow("header keeps its order, alg in place")
            << QByteArray(R"({"header":{"kid":"k","alg":"X"},"payload":{},"alg":"ES256"})")
            << QString() << QByteArray(R"({"kid":"k","alg":"ES256"})") << QByteArray("{}") << true;
    QTest::newRow("alg from the header")
            << QByteArray(R"({"header":{"alg":"EdDSA"},"payload":"raw"})") << QString("HS256")
            << QByteArray(R"({"alg":"EdDSA"})") << QByteArray("raw") << true;
    QTest::newRow("default alg first in the header")
            << QByteArray(R"( { "header" : { "typ" : "JWT" } , "payload" : { "exp" : "+1m" } } )")
            << QString("HS384") << QByteArray(R"({"alg":"HS384","typ":"JWT"})")
            << QByteArray(R"({"exp":1700000060})") << true;
    QTest::newRow("no alg anywhere") << QByteArray(R"({"payload":{}})") << QString() << QByteArray()
                                     << QByteArray() << false;
    QTest::newRow("payload a number") << QByteArray(R"({"payload":1,"alg":"none"})") << QString()
                                      << QByteArray() << QByteArray() << false;
    QTest::newRow("header an array") << QByteArray(R"({"header":[],"payload":{},"alg":"none"})")
                                     << QString() << QByteArray() << QByteArray() << false;
    QTest::newRow("key_file a number") << QByteArray(R"({"payload":{},"alg":"none","key_file":1})")
                                       << QString() << QByteArray() << QByteArray() << false;
    QTest::newRow("not an object")
            << QByteArray("[]") << QString() << QByteArray() << QByteArray() << false;
}

void TestNegativeSet::fixtureLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, defaultAlg);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    const Forge::Fixture f = Forge::parseFixtureLine(line, now, defaultAlg);
    QCOMPARE(f.ok(), ok);
    if (!ok) {
        QVERIFY(!f.error.isEmpty());
        return;
    }
    QCOMPARE(f.header, header);
    QCOMPARE(f.payload, payload);
}

void TestNegativeSet::decodedJson()
{
    const Forge::Decoded d = Forge::parseDecodedJson(
            "{\"header\": {\"alg\":\"HS256\",\n \"typ\":\"JWT\"}, \"payload\": {\"n\": 1.50, "
            "\"a\": [1, 2]}, \"signature\": \"x\", \"claims\": {}, \"findings\": []}\n");
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.header, QByteArray(R"({"alg":"HS256","typ":"JWT"})"));
    QCOMPARE(d.payload, QByteArray(R"({"n":1.50,"a":[1,2]})"));
    const Forge::Decoded text
            = Forge::parseDecodedJson(R"({"header":{"alg":"none"},"payload":"hello \u00fc"})");
    QCOMPARE(text.payload, QByteArray("hello \xc3\xbc"));
    QVERIFY(!Forge::parseDecodedJson(R"({"header":{"alg":"none"}})").ok());
    QVERIFY(!Forge::parseDecodedJson(R"({"header":"x","payload":{}})").ok());
    QVERIFY(!Forge::parseDecodedJson("{").ok());
}

QTEST_GUILESS_MAIN(TestNegativeSet)
#include "tst_negativeset.moc"
