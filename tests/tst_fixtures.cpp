// SPDX-License-Identifier: MIT
// Fixtures for test suites through the CLI: `encode --batch`, relative times and --now,
// `decode --json | encode --from-decoded` giving the same token back, and `keygen --seed`.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString secret = QStringLiteral("a-string-secret-at-least-256-bits-long");

/// The payload segment decoded, as bytes (key order and number spelling visible).
QByteArray payloadText(const QByteArray &token)
{
    return QByteArray::fromBase64(token.trimmed().split('.').value(1),
                                  QByteArray::Base64UrlEncoding);
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void relativeExp_data();
    void relativeExp();
    void relativeClaims();
    void nowMakesFixturesRepeat();
    void batch();
    void batchErrors_data();
    void batchErrors();
    void roundTrip_data();
    void roundTrip();
    void roundTripEdited();
    void fromDecodedRefusals_data();
    void fromDecodedRefusals();
    void seed_data();
    void seed();
    void seedDerivation_data();
    void seedDerivation();
    void seedRefusals();

private:
    bool write(const QString &name, const QByteArray &data);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

bool TestFixtures::write(const QString &name, const QByteArray &data)
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void TestFixtures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    QVERIFY(QDir(m_dir.path()).mkpath("keys"));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/rsa2048.pkcs8.pem"), path("keys/rs.pem")));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/rsa2048.pub.pem"), path("keys/rs.pub.pem")));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/ed448.pem"), path("keys/ed448.pem")));
    QVERIFY(write("keys/hs.secret", secret.toUtf8() + '\n'));
    const CliRun ed = runJwtlens({"keygen", "--alg", "EdDSA", "--seed", "tst_fixtures",
                                  "--public-out", path("keys/ed.pub.pem")});
    QVERIFY2(ed.exitCode == 0, ed.err);
    QVERIFY(write("keys/ed.pem", ed.out));
}

void TestFixtures::relativeExp_data()
{
    QTest::addColumn<QString>("exp");
    QTest::addColumn<qint64>("expected"); // seconds after --now; INT64_MIN: refused
    QTest::newRow("+30m") << "+30m" << qint64(1800);
    QTest::newRow("+1h") << "+1h" << qint64(3600);
    QTest::newRow("-1d") << "-1d" << qint64(-86400);
    QTest::newRow("plain seconds (the contract's form)") << "300" << qint64(300);
    QTest::newRow("negative seconds") << "-60" << qint64(-60);
    QTest::newRow("+1h30m") << "+1h30m" << qint64(5400);
    QTest::newRow("2 weeks") << "2 weeks" << qint64(14 * 86400);
    QTest::newRow("+1y") << "+1y" << qint64(365 * 86400);
    QTest::newRow("+10 minutes") << "+10 minutes" << qint64(600);
    QTest::newRow("unknown unit") << "+1x" << std::numeric_limits<qint64>::min();
    QTest::newRow("no number") << "+h" << std::numeric_limits<qint64>::min();
    QTest::newRow("empty") << "" << std::numeric_limits<qint64>::min();
    QTest::newRow("overflow") << "+99999999999999999y" << std::numeric_limits<qint64>::min();
}

void TestFixtures::relativeExp()
{
    QFETCH(QString, exp);
    QFETCH(qint64, expected);
    const CliRun run = runJwtlens({"encode", "--alg", "HS256", "--secret", secret, "--now",
                                   "1700000000", "--exp", exp, R"({"sub":"x"})"});
    CLI_VERIFY_RAN(run);
    if (expected == std::numeric_limits<qint64>::min()) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.hasOneErrorLine());
        QCOMPARE(run.errorPart(), QStringLiteral("usage"));
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(payloadText(run.out),
             QByteArray(R"({"sub":"x","exp":)" + QByteArray::number(1700000000 + expected) + '}'));
}

void TestFixtures::relativeClaims()
{
    const CliRun run = runJwtlens(
            {"encode", "--alg", "HS256", "--secret", secret, "--now", "1700000000",
             R"({"exp":"+1h","nbf":"now","iat":"-5m","auth":"+1h","n":1.50,"late":"1h"})"});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    // Only the time claims, only signed or "now"; the rest keeps its bytes.
    QCOMPARE(
            payloadText(run.out),
            QByteArray(
                    R"({"exp":1700003600,"nbf":1700000000,"iat":1699999700,"auth":"+1h","n":1.50,"late":"1h"})"));
}

void TestFixtures::nowMakesFixturesRepeat()
{
    const QStringList args {"encode",     "--alg", "HS256", "--secret", secret,          "--now",
                            "1700000000", "--iat", "--exp", "+15m",     R"({"sub":"x"})"};
    const CliRun a = runJwtlens(args);
    const CliRun b = runJwtlens(args);
    QVERIFY2(a.exitCode == 0, a.err);
    QCOMPARE(a.out, b.out);
    QCOMPARE(payloadText(a.out), QByteArray(R"({"sub":"x","iat":1700000000,"exp":1700000900})"));
}

void TestFixtures::batch()
{
    const QByteArray lines
            = R"({"payload":{"sub":"a","n":12345678901234567890,"exp":"+1h"},"alg":"RS256","key_file":"keys/rs.pem"})"
              "\n"
              R"({"header":{"typ":"at+jwt","kid":"k1"},"payload":{"sub":"b","f":1.50},"alg":"HS512","secret_file":"keys/hs.secret"})"
              "\n\n"
              R"({"header":{"alg":"EdDSA","kid":"ed"},"payload":{"sub":"c"},"key_file":"keys/ed.pem"})"
              "\n"
              R"({"payload":{"sub":"d","iat":"now"}})"
              "\n"
              R"({"payload":"not json at all","alg":"HS256"})"
              "\n"
              R"({"payload":{"sub":"e"},"alg":"none"})"
              "\n";
    QVERIFY(write("fixtures.jsonl", lines));
    // From another directory: key paths are relative to the batch file. Lines without a key
    // take the command line's, lines without alg take --alg.
    const CliRun run = runJwtlens({"encode", "--batch", path("fixtures.jsonl"), "--now",
                                   "1700000000", "--alg", "HS256", "--secret", secret});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    const QByteArrayList tokens = run.out.trimmed().split('\n');
    QCOMPARE(tokens.size(), 6);
    QCOMPARE(payloadText(tokens.at(0)),
             QByteArray(R"({"sub":"a","n":12345678901234567890,"exp":1700003600})"));
    QCOMPARE(QByteArray::fromBase64(tokens.at(1).split('.').at(0), QByteArray::Base64UrlEncoding),
             QByteArray(R"({"alg":"HS512","typ":"at+jwt","kid":"k1"})"));
    QCOMPARE(payloadText(tokens.at(1)), QByteArray(R"({"sub":"b","f":1.50})"));
    QCOMPARE(payloadText(tokens.at(3)), QByteArray(R"({"sub":"d","iat":1700000000})"));
    QCOMPARE(payloadText(tokens.at(4)), QByteArray("not json at all"));
    QVERIFY(tokens.at(5).endsWith('.'));

    const QList<QStringList> checks {{"--key", path("keys/rs.pub.pem")},
                                     {"--secret", secret},
                                     {"--key", path("keys/ed.pub.pem")},
                                     {"--secret", secret},
                                     {"--secret", secret}};
    for (int i = 0; i < checks.size(); ++i) {
        const CliRun verify
                = runJwtlens(QStringList {"verify", "--now", "1700000000"} + checks.at(i)
                             + QStringList {QString::fromLatin1(tokens.at(i))});
        if (i == 4) {
            // Text under encode's default typ "JWT" is a claims set that is not a JSON object:
            // the signature is right, the token is not valid (issue 12).
            QCOMPARE(verify.exitCode, 1);
            const QJsonObject line = QJsonDocument::fromJson(verify.out).object();
            QCOMPARE(line.value("signature").toString(), QStringLiteral("valid"));
            QCOMPARE(line.value("time").toString(), QStringLiteral("malformed"));
            continue;
        }
        QVERIFY2(verify.exitCode == 0,
                 qPrintable(QString::number(i) + ": " + verify.out + verify.err));
    }

    // The same from standard input, and the same tokens (HS*, RS*, EdDSA are deterministic).
    QFile file(path("fixtures.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CliRun again = runJwtlens(
            {"encode", "--batch", "-", "--now", "1700000000", "--alg", "HS256", "--secret", secret},
            file.readAll().replace("keys/", path("keys/").toUtf8()));
    QVERIFY2(again.exitCode == 0, again.err);
    QCOMPARE(again.out, run.out);
}

void TestFixtures::batchErrors_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QByteArrayList>("errors");
    QTest::newRow("not JSON on line 2")
            << QByteArray(R"({"payload":{},"alg":"none"})"
                          "\n{\"payload\":\n")
            << QByteArrayList {"jwtlens: token: line 2: invalid JSON at offset"};
    QTest::newRow("two bad lines, both named")
            << QByteArray(R"({"payload":{},"alg":"XS256"})"
                          "\n\n"
                          R"({"alg":"HS256"})"
                          "\n")
            << QByteArrayList {"jwtlens: header: line 1: unknown algorithm \"XS256\"",
                               "jwtlens: token: line 3: no \"payload\""};
    QTest::newRow("missing key file")
            << QByteArray(R"({"payload":{},"alg":"RS256","key_file":"nope.pem"})"
                          "\n")
            << QByteArrayList {"jwtlens: key: line 1: cannot read"};
    QTest::newRow("key that does not fit")
            << QByteArray(R"({"payload":{},"alg":"ES256","key_file":"keys/rs.pem"})"
                          "\n")
            << QByteArrayList {"jwtlens: key: line 1: "};
    QTest::newRow("no key at all") << QByteArray(R"({"payload":{},"alg":"HS256"})"
                                                 "\n")
                                   << QByteArrayList {"jwtlens: key: line 1: no key"};
    QTest::newRow("unknown member") << QByteArray(R"({"payload":{},"alg":"none","kid":"x"})")
                                    << QByteArrayList {"jwtlens: token: line 1: unknown member"};
    QTest::newRow("duplicate member")
            << QByteArray(R"({"payload":{"a":1,"a":2},"alg":"none"})")
            << QByteArrayList {"jwtlens: token: line 1: invalid JSON at offset"};
    QTest::newRow("both key kinds")
            << QByteArray(R"({"payload":{},"alg":"HS256","key_file":"a","secret_file":"b"})")
            << QByteArrayList {"jwtlens: token: line 1: give \"key_file\" or \"secret_file\""};
    QTest::newRow("empty") << QByteArray("\n\n")
                           << QByteArrayList {"jwtlens: token: the batch has no fixture"};
}

void TestFixtures::batchErrors()
{
    QFETCH(QByteArray, lines);
    QFETCH(QByteArrayList, errors);
    QVERIFY(write("bad.jsonl", lines));
    const CliRun run = runJwtlens({"encode", "--batch", path("bad.jsonl")});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    // All or nothing: no token of a broken batch.
    QVERIFY(run.out.isEmpty());
    const QByteArrayList lines2 = run.errLines();
    QCOMPARE(lines2.size(), errors.size());
    for (int i = 0; i < errors.size(); ++i)
        QVERIFY2(lines2.at(i).startsWith(errors.at(i)), lines2.at(i));
}

void TestFixtures::roundTrip_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("key");
    QTest::addColumn<bool>("deterministic");
    QTest::newRow("HS256") << "HS256" << QStringList {"--secret", secret} << true;
    QTest::newRow("HS512") << "HS512" << QStringList {"--secret", secret} << true;
    QTest::newRow("RS256") << "RS256" << QStringList {"--key", path("keys/rs.pem")} << true;
    QTest::newRow("RS512") << "RS512" << QStringList {"--key", path("keys/rs.pem")} << true;
    QTest::newRow("EdDSA Ed25519") << "EdDSA" << QStringList {"--key", path("keys/ed.pem")} << true;
    QTest::newRow("EdDSA Ed448") << "EdDSA" << QStringList {"--key", path("keys/ed448.pem")}
                                 << true;
    QTest::newRow("PS256 (randomized: verifies)")
            << "PS256" << QStringList {"--key", path("keys/rs.pem")} << false;
}

void TestFixtures::roundTrip()
{
    QFETCH(QString, alg);
    QFETCH(QStringList, key);
    QFETCH(bool, deterministic);
    const QString header
            = QStringLiteral(R"({"typ":"JWT","kid":"k-1","alg":"%1","x5t#S256":"abc"})").arg(alg);
    const QString payload
            = R"({"z":1,"a":"ü \"q\"","n":12345678901234567890,"f":1.50,"e":1e3,"arr":[1,{"b":null}],"exp":4102444800})";
    const CliRun made = runJwtlens(QStringList {"encode", "--alg", alg, "--header", header} + key
                                   + QStringList {payload});
    QVERIFY2(made.exitCode == 0, made.err);
    const CliRun decoded
            = runJwtlens({"decode", "--json", QString::fromLatin1(made.out.trimmed())});
    QVERIFY2(decoded.exitCode == 0, decoded.err);
    // decode --json output on standard input, as in a pipeline.
    const CliRun again = runJwtlens(QStringList {"encode", "--from-decoded"} + key, decoded.out);
    CLI_VERIFY_RAN(again);
    QVERIFY2(again.exitCode == 0, again.err);
    if (deterministic) {
        QCOMPARE(again.out, made.out);
        return;
    }
    QCOMPARE(again.out.split('.').mid(0, 2), made.out.split('.').mid(0, 2));
    const CliRun verify = runJwtlens(
            {"verify", "--key", path("keys/rs.pub.pem"), QString::fromLatin1(again.out.trimmed())});
    QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
}

void TestFixtures::roundTripEdited()
{
    // jwt-cli users' pipeline: decode, edit the JSON, make it again. A changed alg is set in
    // place; --kid and relative times apply as in encode.
    const CliRun made = runJwtlens(
            {"encode", "--alg", "HS256", "--secret", secret, R"({"sub":"x","role":"user"})"});
    const CliRun decoded
            = runJwtlens({"decode", "--json", QString::fromLatin1(made.out.trimmed())});
    QByteArray edited = decoded.out;
    edited.replace(R"("role":"user")", R"("role":"admin","exp":"+1h")");
    const CliRun again = runJwtlens({"encode", "--from-decoded", "--alg", "HS384", "--secret",
                                     secret, "--now", "1700000000", "--kid", "k2"},
                                    edited);
    QVERIFY2(again.exitCode == 0, again.err);
    QCOMPARE(QByteArray::fromBase64(again.out.split('.').at(0), QByteArray::Base64UrlEncoding),
             QByteArray(R"({"alg":"HS384","typ":"JWT","kid":"k2"})"));
    QCOMPARE(payloadText(again.out), QByteArray(R"({"sub":"x","role":"admin","exp":1700003600})"));

    // A header without alg gets --alg first.
    const CliRun added
            = runJwtlens({"encode", "--from-decoded", "--alg", "HS256", "--secret", secret},
                         R"({"header":{"typ":"JWT"},"payload":{"a":1}})");
    QVERIFY2(added.exitCode == 0, added.err);
    QCOMPARE(QByteArray::fromBase64(added.out.split('.').at(0), QByteArray::Base64UrlEncoding),
             QByteArray(R"({"alg":"HS256","typ":"JWT"})"));
}

void TestFixtures::fromDecodedRefusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("part");
    QTest::newRow("not JSON") << QByteArray("{") << QStringList() << "token";
    QTest::newRow("a token, not decode output")
            << QByteArray("eyJhbGciOiJIUzI1NiJ9.e30.x") << QStringList() << "token";
    QTest::newRow("no header") << QByteArray(R"({"payload":{}})") << QStringList() << "token";
    QTest::newRow("a JWE's output")
            << QByteArray(R"({"header":{"alg":"dir","enc":"A128GCM"},"encrypted":true})")
            << QStringList() << "token";
    QTest::newRow("header without alg")
            << QByteArray(R"({"header":{"typ":"JWT"},"payload":{}})") << QStringList() << "header";
    QTest::newRow("with --header") << QByteArray(R"({"header":{"alg":"HS256"},"payload":{}})")
                                   << QStringList {"--header", "{}"} << "usage";
}

void TestFixtures::fromDecodedRefusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, extra);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(
            QStringList {"encode", "--from-decoded", "--secret", secret} + extra, input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
}

void TestFixtures::seed_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("curve");
    for (const char *alg : {"ES256", "ES384", "ES512", "ES256K"})
        QTest::newRow(alg) << QString::fromLatin1(alg) << QString();
    QTest::newRow("EdDSA") << "EdDSA" << QString();
    QTest::newRow("EdDSA Ed448") << "EdDSA"
                                 << "Ed448";
}

void TestFixtures::seed()
{
    QFETCH(QString, alg);
    QFETCH(QString, curve);
    QStringList args {"keygen", "--alg", alg};
    if (!curve.isEmpty())
        args << "--curve" << curve;
    const CliRun a = runJwtlens(args + QStringList {"--seed", "suite fixture 1"});
    const CliRun b = runJwtlens(args + QStringList {"--seed", "suite fixture 1"});
    const CliRun c = runJwtlens(args + QStringList {"--seed", "suite fixture 2"});
    const CliRun jwk
            = runJwtlens(args + QStringList {"--seed", "suite fixture 1", "--format", "jwk"});
    const CliRun jwk2
            = runJwtlens(args + QStringList {"--seed", "suite fixture 1", "--format", "jwk"});
    for (const CliRun *run : {&a, &b, &c, &jwk}) {
        CLI_VERIFY_RAN(*run);
        QVERIFY2(run->exitCode == 0, run->err);
        // Said every time, on standard error: the key is for tests only.
        QVERIFY2(run->err.contains("for tests only"), run->err);
    }
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != c.out);
    QCOMPARE(jwk.out, jwk2.out);
    // A real key pair: it signs, and its public half verifies.
    QVERIFY(write("seeded.pem", a.out));
    const CliRun token = runJwtlens({"encode", "--alg", alg, "--key", path("seeded.pem"), "{}"});
    QVERIFY2(token.exitCode == 0, token.err);
    const CliRun verify = runJwtlens(
            {"verify", "--key", path("seeded.pem"), QString::fromLatin1(token.out.trimmed())});
    QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
}

void TestFixtures::seedDerivation_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("curve");
    QTest::newRow("Ed25519") << "EdDSA"
                             << "Ed25519";
    QTest::newRow("Ed448") << "EdDSA"
                           << "Ed448";
    QTest::newRow("P-256") << "ES256"
                           << "P-256";
    QTest::newRow("P-521") << "ES512"
                           << "P-521";
}

void TestFixtures::seedDerivation()
{
    // The derivation the help and docs state, computed apart with python3-cryptography:
    // HKDF-SHA-256(seed, salt "jwtlens keygen --seed v1", info = curve name).
    QFETCH(QString, alg);
    QFETCH(QString, curve);
    const CliRun probe = runJwtlens({"-c", "import cryptography"}, QByteArray(), 30000, python);
    if (probe.exitCode != 0)
        QSKIP("/usr/bin/python3 with python3-cryptography is needed");
    const QString script = R"(
import sys
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
seed, curve = sys.argv[1].encode(), sys.argv[2]
def okm(n):
    return HKDF(hashes.SHA256(), n, b"jwtlens keygen --seed v1", curve.encode()).derive(seed)
if curve == "Ed25519":
    key = ed25519.Ed25519PrivateKey.from_private_bytes(okm(32))
elif curve == "Ed448":
    key = ed448.Ed448PrivateKey.from_private_bytes(okm(57))
else:
    c, width = {"P-256": (ec.SECP256R1(), 32), "P-521": (ec.SECP521R1(), 66)}[curve]
    n = {"P-256": 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
         "P-521": int("01" + "FF" * 32 + "FA51868783BF2F966B7FCC0148F709A5D03BB5C9B8899C47AEBB6FB71E91386409", 16)}[curve]
    d = int.from_bytes(okm(width + 16), "big") % (n - 1) + 1
    key = ec.derive_private_key(d, c)
sys.stdout.write(key.public_key().public_bytes(serialization.Encoding.PEM,
    serialization.PublicFormat.SubjectPublicKeyInfo).decode())
)";
    const CliRun py
            = runJwtlens({"-c", script, "derivation check", curve}, QByteArray(), 30000, python);
    QVERIFY2(py.exitCode == 0, py.err);
    QStringList args {"keygen",
                      "--alg",
                      alg,
                      "--seed",
                      "derivation check",
                      "--public-out",
                      path("derived.pub.pem")};
    if (alg == QLatin1String("EdDSA"))
        args << "--curve" << curve;
    const CliRun run = runJwtlens(args);
    QVERIFY2(run.exitCode == 0, run.err);
    QFile file(path("derived.pub.pem"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), py.out);
}

void TestFixtures::seedRefusals()
{
    for (const char *alg : {"RS256", "PS256", "HS256"}) {
        const CliRun run = runJwtlens({"keygen", "--alg", alg, "--seed", "x"});
        CLI_VERIFY_RAN(run);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.hasOneErrorLine());
        QCOMPARE(run.errorPart(), QStringLiteral("usage"));
        QVERIFY(run.out.isEmpty());
    }
    const CliRun help = runJwtlens({"keygen", "--help"});
    QVERIFY(help.out.contains("FOR TESTS ONLY"));
}

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
