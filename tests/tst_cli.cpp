// SPDX-License-Identifier: MIT
// The command-line contract (shared/cli-contract.md), driven through the real binary.
#include "clirunner.h"

#include "json.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString jwtIoToken = QStringLiteral(
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
const QString jwtIoSecret = QStringLiteral("your-256-bit-secret");
/// 32 bytes: long enough for HS256 that encode prints no weak-secret warning.
const QByteArray secret = "0123456789abcdef0123456789abcdef";

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

/// An HS256 token signed here, independently of jwtlens.
QByteArray hs256(const QByteArray &header, const QByteArray &payload,
                 const QByteArray &key = secret)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return input + '.'
            + b64(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256));
}

QByteArray hs256Claims(const QByteArray &payload)
{
    return hs256(R"({"alg":"HS256","typ":"JWT"})", payload);
}

QJsonObject jsonLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    return doc.object();
}

QString dataPath(const QString &relative)
{
    return QFINDTESTDATA(QStringLiteral("data/") + relative);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void usage_data();
    void usage();

    void decodeText();
    void decodeJson();
    void decodeLargeTokenSkipsFindings();
    void decodeClaims_data();
    void decodeClaims();
    void decodePayloadNotJson_data();
    void decodePayloadNotJson();
    void decodeKeepsNumberSpelling();
    void decodeDuplicateClaims();
    void decodeJwe();
    void decodeAccepts_data();
    void decodeAccepts();
    void decodeTenMebibytes();

    void verifySingle_data();
    void verifySingle();
    void verifyKeyTypeMismatch();
    void verifyBatchMixed();
    void verifyBatchOrder();
    void verifyJwksByKid();
    void verifyUsage_data();
    void verifyUsage();
    void verifyOddInput_data();
    void verifyOddInput();

    void encodeDefaultHeader();
    void encodeHeader_data();
    void encodeHeader();
    void encodePayloadKeepsText();
    void encodeIatExp();
    void encodeNone();
    void encodeKeyErrors_data();
    void encodeKeyErrors();

    void keygenPem_data();
    void keygenPem();
    void keygenJwk_data();
    void keygenJwk();
    void keygenPublicOut();
    void keygenHmac_data();
    void keygenHmac();
    void keygenUsage_data();
    void keygenUsage();

    void malformedTokens_data();
    void malformedTokens();
    void malformedKeys_data();
    void malformedKeys();
    void malformedJson_data();
    void malformedJson();

    void roundTrip_data();
    void roundTrip();

    void tokenFile_data();
    void tokenFile();
    void tokenFileRefused_data();
    void tokenFileRefused();
    void tokenFileReadmeExample();

private:
    QTemporaryDir m_dir;
    QString m_rsaPublic;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    QVERIFY(m_dir.isValid());
    m_rsaPublic = dataPath(QStringLiteral("vectors/keys/rfc7515_a2_rs256.pub.pem"));
}

// ---------------------------------------------------------------------------- usage

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("part"); // empty: success, output on stdout

    QTest::newRow("no command") << QStringList {} << 2 << "usage";
    QTest::newRow("unknown command") << QStringList {"frobnicate"} << 2 << "usage";
    QTest::newRow("help") << QStringList {"--help"} << 0 << "";
    QTest::newRow("decode help") << QStringList {"decode", "--help"} << 0 << "";
    QTest::newRow("verify help") << QStringList {"verify", "--help"} << 0 << "";
    QTest::newRow("unknown option") << QStringList {"decode", "--frob", jwtIoToken} << 2 << "usage";
    QTest::newRow("two tokens") << QStringList {"decode", jwtIoToken, jwtIoToken} << 2 << "usage";
    QTest::newRow("option without value") << QStringList {"verify", "--secret"} << 2 << "usage";
    // Issue 12, items 15 and 16: an empty allow-list is not "any algorithm", and an exp
    // beyond any date does not wrap into a token born expired.
    QTest::newRow("verify --alg empty")
            << QStringList {"verify", "--secret", "s", "--alg", "", jwtIoToken} << 2 << "usage";
    QTest::newRow("verify --alg comma")
            << QStringList {"verify", "--secret", "s", "--alg", ",", jwtIoToken} << 2 << "usage";
    QTest::newRow("encode --exp overflows") << QStringList {"encode",
                                                            "--alg",
                                                            "HS256",
                                                            "--secret",
                                                            "s",
                                                            "--exp",
                                                            "9223372036854775807",
                                                            "{}"}
                                            << 2 << "usage";
    QTest::newRow("encode --exp past year 9999") << QStringList {
            "encode", "--alg",        "HS256", "--secret", "a-32-byte-long-secret-for-HS256!",
            "--exp",  "253402300799", "{}"} << 2 << "usage";
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    if (part.isEmpty()) {
        QVERIFY(!run.out.isEmpty());
        QVERIFY(run.err.isEmpty());
    } else {
        QVERIFY2(run.hasOneErrorLine(), run.err);
        QCOMPARE(run.errorPart(), part);
    }
}

// ---------------------------------------------------------------------------- decode

void TestCli::decodeText()
{
    const CliRun run = runJwtlens({"decode", "--now", "1700000000", jwtIoToken});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains("{\n  \"alg\": \"HS256\",\n  \"typ\": \"JWT\"\n}"), run.out);
    QVERIFY(out.contains("  \"name\": \"John Doe\",\n"));
    QVERIFY(out.contains("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n"));
    QVERIFY2(out.contains("iat  1516239022  2018-01-18T01:30:22Z  valid"), run.out);
    // jwt.io's secret is on the built-in list: decode names it without being given a key.
    QVERIFY2(out.contains("  error: weak-secret: signature: The HMAC secret is "
                          "\"your-256-bit-secret\""),
             run.out);
}

void TestCli::decodeLargeTokenSkipsFindings()
{
    // Findings on a multi-MiB token would cost more than the decode itself: decode says it
    // skipped them, and lint still reviews the token.
    const QByteArray payload = "{\"a\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}";
    const QByteArray token = "eyJhbGciOiJIUzI1NiJ9."
            + payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    const CliRun decode = runJwtlens({"decode", "-"}, token);
    CLI_VERIFY_RAN(decode);
    QCOMPARE(decode.exitCode, 0);
    QVERIFY2(decode.err.startsWith("jwtlens: warning: findings are not computed"), decode.err);
    QVERIFY(!decode.out.contains("Findings"));
    const CliRun lint = runJwtlens({"lint", "-"}, token);
    CLI_VERIFY_RAN(lint);
    QCOMPARE(lint.exitCode, 0);
    QVERIFY2(lint.out.contains("no-exp"), lint.out);
    QVERIFY2(lint.err.contains("the built-in secrets were not tried"), lint.err);
}

void TestCli::decodeJson()
{
    const CliRun run = runJwtlens({"decode", "--json", "--now", "1700000000", jwtIoToken});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QByteArray(R"({"header": {"alg":"HS256","typ":"JWT"}, )"
                        R"("payload": {"sub":"1234567890","name":"John Doe","iat":1516239022}, )"
                        R"("signature": "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", )"
                        R"("claims": {"iat": {"value": 1516239022, )"
                        R"("utc": "2018-01-18T01:30:22Z", "status": "valid"}}, )"
                        R"("findings": [)"
                        "\n  "
                        R"({"severity": "error", "id": "weak-secret", "part": "signature", )"
                        R"("message": "The HMAC secret is \"your-256-bit-secret\", a well-known )"
                        R"(weak secret: anyone can forge tokens", )"
                        R"("reference": "RFC 8725 §3.5, RFC 7518 §3.2"},)"
                        "\n  "
                        R"({"severity": "warning", "id": "no-exp", "part": "payload", )"
                        R"("message": "The token does not expire (no exp): once leaked it stays )"
                        R"(valid", "reference": "RFC 7519 §4.1.4"})"
                        "\n]}\n"));
}

void TestCli::decodeClaims_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("status");

    QTest::newRow("exp passed") << QByteArray(R"({"exp":1699999999})") << QStringList {} << "exp"
                                << "2023-11-14T22:13:19Z"
                                << "expired";
    QTest::newRow("exp ahead") << QByteArray(R"({"exp":1700003600})") << QStringList {} << "exp"
                               << "2023-11-14T23:13:20Z"
                               << "valid";
    QTest::newRow("exp passed within leeway")
            << QByteArray(R"({"exp":1699999990})") << QStringList {"--leeway", "30"} << "exp"
            << "2023-11-14T22:13:10Z"
            << "valid";
    QTest::newRow("nbf ahead") << QByteArray(R"({"nbf":1700000600})") << QStringList {} << "nbf"
                               << "2023-11-14T22:23:20Z"
                               << "not_yet_valid";
    QTest::newRow("iat ahead") << QByteArray(R"({"iat":1700000600})") << QStringList {} << "iat"
                               << "2023-11-14T22:23:20Z"
                               << "issued_in_future";
    QTest::newRow("iat past") << QByteArray(R"({"iat":1600000000})") << QStringList {} << "iat"
                              << "2020-09-13T12:26:40Z"
                              << "valid";
}

void TestCli::decodeClaims()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, extra);
    QFETCH(QString, claim);
    QFETCH(QString, utc);
    QFETCH(QString, status);
    const CliRun run = runJwtlens(QStringList {"decode", "--json", "--now", "1700000000"} + extra
                                  + QStringList {QString::fromLatin1(hs256Claims(payload))});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject c = jsonLine(run.out).value("claims").toObject().value(claim).toObject();
    QCOMPARE(c.value("utc").toString(), utc);
    QCOMPARE(c.value("status").toString(), status);
    QVERIFY(c.value("value").isDouble());

    const CliRun text = runJwtlens(QStringList {"decode", "--now", "1700000000"} + extra
                                   + QStringList {QString::fromLatin1(hs256Claims(payload))});
    QVERIFY2(text.out.contains(QStringLiteral("%1  %2").arg(utc, status).toUtf8()), text.out);
}

void TestCli::decodePayloadNotJson_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expected"); // the "payload" member as written

    QTest::newRow("text") << QByteArray("hello world") << QByteArray(R"("hello world")");
    QTest::newRow("empty") << QByteArray() << QByteArray(R"("")");
    QTest::newRow("truncated JSON") << QByteArray(R"({"sub":)") << QByteArray(R"("{\"sub\":")");
    QTest::newRow("JSON array stays JSON") << QByteArray("[1, 2.50]") << QByteArray("[1,2.50]");
}

void TestCli::decodePayloadNotJson()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expected);
    const QByteArray token = hs256(R"({"alg":"HS256"})", payload);
    const CliRun run = runJwtlens({"decode", "--json", QString::fromLatin1(token)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const Json::Object out = Json::readObject(run.out);
    QVERIFY2(out.isObject, run.out);
    QCOMPARE(out.find(u"payload")->raw, expected);
}

void TestCli::decodeKeepsNumberSpelling()
{
    const QByteArray payload = R"({"z":1,"big":12345678901234567890,"e":1e3,"f":1.50,"n":-0.0})";
    const CliRun run = runJwtlens({"decode", "--json", QString::fromLatin1(hs256Claims(payload))});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(R"("payload": )" + payload + ','), run.out);
    const CliRun text = runJwtlens({"decode", QString::fromLatin1(hs256Claims(payload))});
    QVERIFY(text.out.contains("\"big\": 12345678901234567890,\n"));
    QVERIFY(text.out.contains("\"f\": 1.50,\n"));
}

void TestCli::decodeDuplicateClaims()
{
    // Decode accepts and says which (RFC 7519 §4: the last one wins).
    const QByteArray token = hs256Claims(R"({"sub":"first","sub":"second","n":1})");
    const CliRun run = runJwtlens({"decode", "--json", QString::fromLatin1(token)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(jsonLine(run.out).value("duplicate_claims").toArray(), QJsonArray {"sub"});
    const CliRun text = runJwtlens({"decode", QString::fromLatin1(token)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Duplicate claim names: sub"), text.out);
}

void TestCli::decodeJwe()
{
    const QByteArray header = R"({"alg":"RSA-OAEP","enc":"A256GCM"})";
    const QByteArray token = b64(header)
            + ".OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_"
              "etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-"
              "StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_"
              "lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_"
              "tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_"
              "ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_"
              "c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A."
              "XFBoMYUZodetZdvTiFvSkQ";
    const CliRun run = runJwtlens({"decode", "--json", QString::fromLatin1(token)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject out = jsonLine(run.out);
    QCOMPARE(out.value("header").toObject().value("enc").toString(), "A256GCM");
    QCOMPARE(out.value("encrypted").toBool(), true);
    const CliRun text = runJwtlens({"decode", QString::fromLatin1(token)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("encrypted"), text.out);
    QVERIFY(text.out.contains("\"enc\": \"A256GCM\""));
    const CliRun verify = runJwtlens({"verify", "--secret", "x", QString::fromLatin1(token)});
    QCOMPARE(verify.exitCode, 1);
    // verify decrypts a JWE with the key it is given: a key that cannot open it is "invalid",
    // with the reason (docs/cli.md, verify's "signature").
    const QJsonObject verdict = jsonLine(verify.out);
    QCOMPARE(verdict.value("signature").toString(), "invalid");
    QVERIFY2(verdict.value("error").toString().contains("needs an RSA key"), verify.out);
}

void TestCli::decodeAccepts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");

    const QString t = jwtIoToken;
    const QByteArray tb = t.toLatin1();
    QTest::newRow("argument") << QStringList {"decode", t} << QByteArray();
    QTest::newRow("stdin dash") << QStringList {"decode", "-"} << tb;
    QTest::newRow("stdin omitted") << QStringList {"decode"} << tb + '\n';
    QTest::newRow("whitespace around")
            << QStringList {"decode", "  \t" + t + " \n"} << QByteArray();
    QTest::newRow("Bearer") << QStringList {"decode", "Bearer " + t} << QByteArray();
    QTest::newRow("bearer lower case") << QStringList {"decode", "-"} << "bearer " + tb + "\r\n";
    QTest::newRow("empty signature")
            << QStringList {"decode", t.left(t.lastIndexOf('.') + 1)} << QByteArray();
    QTest::newRow("truncated signature") << QStringList {"decode", t.chopped(11)} << QByteArray();
    QTest::newRow("payload not UTF-8")
            << QStringList {"decode",
                            QString::fromLatin1(
                                    hs256(R"({"alg":"HS256"})", QByteArray("\xff\xfe\x00\x01", 4)))}
            << QByteArray();
    QTest::newRow("1 MiB payload")
            << QStringList {"decode", "--json", "-"}
            << hs256Claims(R"({"blob":")" + QByteArray(1024 * 1024, 'x') + "\"}");
}

void TestCli::decodeAccepts()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const CliRun run = runJwtlens(args, input);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(run.err.isEmpty());
    QVERIFY(!run.out.isEmpty());
}

void TestCli::decodeTenMebibytes()
{
    // Speed and memory of this are measured in tests/bench; here: it decodes, whole.
    const QByteArray token
            = hs256Claims(R"({"blob":")" + QByteArray(10 * 1024 * 1024, 'y') + "\"}");
    const CliRun run = runJwtlens({"decode", "--json", "-"}, token, 60000);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.size() > 10 * 1024 * 1024);
    QVERIFY(run.out.endsWith("}\n"));
}

// ---------------------------------------------------------------------------- verify

void TestCli::verifySingle_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("time");

    const QStringList key {"--secret", QString::fromLatin1(secret), "--now", "1700000000"};
    const QByteArray exp = hs256Claims(R"({"exp":1700000100})");
    QTest::newRow("valid") << exp << key << 0 << "valid"
                           << "valid";
    QTest::newRow("wrong secret") << exp
                                  << QStringList {"--secret", "another", "--now", "1700000000"} << 1
                                  << "invalid"
                                  << "valid";
    QTest::newRow("expired") << hs256Claims(R"({"exp":1699999999})") << key << 1 << "valid"
                             << "expired";
    QTest::newRow("expired, within leeway") << hs256Claims(R"({"exp":1699999999})")
                                            << key + QStringList {"--leeway", "5"} << 0 << "valid"
                                            << "valid";
    QTest::newRow("not yet valid") << hs256Claims(R"({"nbf":1700000100})") << key << 1 << "valid"
                                   << "not_yet_valid";
    QTest::newRow("issued in the future")
            << hs256Claims(R"({"iat":1700000100})") << key << 1 << "valid"
            << "issued_in_future";
    QTest::newRow("ignore time") << hs256Claims(R"({"exp":1})")
                                 << key + QStringList {"--ignore-time"} << 0 << "valid"
                                 << "skipped";
    QTest::newRow("iss matches") << hs256Claims(R"({"iss":"me"})")
                                 << key + QStringList {"--iss", "me"} << 0 << "valid"
                                 << "valid";
    QTest::newRow("iss differs") << hs256Claims(R"({"iss":"me"})")
                                 << key + QStringList {"--iss", "you"} << 1 << "valid"
                                 << "valid";
    QTest::newRow("aud in array") << hs256Claims(R"({"aud":["a","b"]})")
                                  << key + QStringList {"--aud", "b"} << 0 << "valid"
                                  << "valid";
    QTest::newRow("aud missing") << hs256Claims(R"({"sub":"x"})")
                                 << key + QStringList {"--aud", "b"} << 1 << "valid"
                                 << "valid";
    QTest::newRow("alg allowed") << exp << key + QStringList {"--alg", "HS384", "--alg", "HS256"}
                                 << 0 << "valid"
                                 << "valid";
    QTest::newRow("alg not allowed")
            << exp << key + QStringList {"--alg", "RS256"} << 1 << "invalid"
            << "valid";
    QTest::newRow("none is never valid")
            << QByteArray(b64(R"({"alg":"none"})") + '.' + b64(R"({"sub":"x"})") + '.') << key << 1
            << "unsupported"
            << "valid";
    QTest::newRow("unknown alg") << hs256(R"({"alg":"HS999"})", "{}") << key << 1 << "unsupported"
                                 << "valid";
    QTest::newRow("empty signature") << exp.left(exp.lastIndexOf('.') + 1) << key << 1 << "invalid"
                                     << "valid";
    QTest::newRow("payload not JSON")
            << hs256(R"({"alg":"HS256"})", "plain text") << key << 0 << "valid"
            << "skipped";
}

void TestCli::verifySingle()
{
    QFETCH(QByteArray, token);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, signature);
    QFETCH(QString, time);
    const CliRun run = runJwtlens(QStringList {"verify"} + options
                                  + QStringList {QString::fromLatin1(token)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.endsWith('\n') && run.out.count('\n') == 1, run.out);
    const QJsonObject line = jsonLine(run.out);
    QCOMPARE(line.value("valid").toBool(), exitCode == 0);
    QCOMPARE(line.value("signature").toString(), signature);
    QCOMPARE(line.value("time").toString(), time);
    QCOMPARE(line.contains("error"), exitCode != 0);
    if (exitCode == 0)
        QVERIFY(run.out.startsWith("{\"valid\": true, \"signature\": \"valid\", \"time\": \""));
}

void TestCli::verifyKeyTypeMismatch()
{
    // An RSA public key offered for an HS256 token (the classic alg confusion): refused.
    const CliRun run = runJwtlens({"verify", "--key", m_rsaPublic, jwtIoToken});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject line = jsonLine(run.out);
    QCOMPARE(line.value("signature").toString(), "invalid");
    QVERIFY2(line.value("error").toString().contains("RSA"), run.out);
}

void TestCli::verifyBatchMixed()
{
    const QByteArray good = hs256Claims(R"({"exp":1700000100})");
    QByteArray bad = hs256Claims(R"({"exp":1700000100,"x":1})");
    bad.chop(2);
    bad += "AA";
    const QByteArray input = good + "\n\n   \n" + bad + "\r\nnot.a\n" + "Bearer " + good + "\n"
            + hs256Claims(R"({"exp":1})");
    const CliRun run = runJwtlens(
            {"verify", "--secret", QString::fromLatin1(secret), "--now", "1700000000", "-"}, input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.isEmpty());
    const QByteArrayList lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0),
             QByteArray(
                     R"({"valid": true, "signature": "valid", "time": "valid", "alg": "HS256"})"));
    QCOMPARE(jsonLine(lines.at(1)).value("signature").toString(), "invalid");
    const QJsonObject malformed = jsonLine(lines.at(2));
    QCOMPARE(malformed.value("valid").toBool(), false);
    QVERIFY2(malformed.value("error").toString().startsWith("token: "), lines.at(2));
    QCOMPARE(jsonLine(lines.at(3)).value("valid").toBool(), true);
    QCOMPARE(jsonLine(lines.at(4)).value("time").toString(), "expired");
}

void TestCli::verifyBatchOrder()
{
    // Enough lines to be split between threads: each line's kid names its place, and every
    // seventh is signed with another secret.
    constexpr int count = 3000;
    QByteArray input;
    for (int i = 0; i < count; ++i) {
        const QByteArray header = R"({"alg":"HS256","kid":"k)" + QByteArray::number(i) + "\"}";
        input += hs256(header, R"({"n":)" + QByteArray::number(i) + '}',
                       i % 7 == 3 ? QByteArray("another") : secret);
        input += '\n';
    }
    for (const QString &threads : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5")}) {
        const CliRun run = runJwtlens(
                {"verify", "--threads", threads, "--secret", QString::fromLatin1(secret), "-"},
                input);
        CLI_VERIFY_RAN(run);
        QCOMPARE(run.exitCode, 1);
        const QByteArrayList lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), count);
        for (int i = 0; i < count; ++i) {
            const QJsonObject line = jsonLine(lines.at(i));
            QCOMPARE(line.value("kid").toString(), QStringLiteral("k%1").arg(i));
            QCOMPARE(line.value("valid").toBool(), i % 7 != 3);
        }
    }
    // Blank lines, CRLF and blanks around tokens, no newline at the end: the stretches the
    // threads take are cut at line ends, and only the tokens get a line.
    QByteArray spaced = input;
    spaced.replace("\n", " \r\n\n\t\n  ");
    spaced.chop(6);
    const CliRun spacedRun = runJwtlens(
            {"verify", "--threads", "2", "--secret", QString::fromLatin1(secret), "-"}, spaced);
    CLI_VERIFY_RAN(spacedRun);
    QCOMPARE(spacedRun.exitCode, 1);
    const QByteArrayList spacedLines = spacedRun.out.trimmed().split('\n');
    QCOMPARE(spacedLines.size(), count);
    for (int i = 0; i < count; i += 97)
        QCOMPARE(jsonLine(spacedLines.at(i)).value("kid").toString(), QStringLiteral("k%1").arg(i));
    // All valid: exit 0.
    const QByteArray valid = (hs256Claims(R"({"n":1})") + '\n').repeated(500);
    const CliRun run = runJwtlens({"verify", "--secret", QString::fromLatin1(secret)}, valid);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 500);
}

void TestCli::verifyJwksByKid()
{
    const QByteArray jwks = R"({"keys":[{"kty":"oct","kid":"a","k":")" + b64("other secret a")
            + R"("},{"kty":"oct","kid":"b","k":")" + b64(secret) + R"("}]})";
    const QString path = m_dir.filePath("jwks.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jwks);
    file.close();
    const QByteArray token = hs256(R"({"alg":"HS256","kid":"b"})", R"({"sub":"x"})");
    const CliRun run = runJwtlens({"verify", "--key", path, QString::fromLatin1(token)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
            run.out,
            QByteArray(
                    R"({"valid": true, "signature": "valid", "time": "valid", "alg": "HS256", "kid": "b"})"
                    "\n"));
}

void TestCli::verifyUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("part");

    const QString t = jwtIoToken;
    QTest::newRow("no key") << QStringList {"verify", t} << "usage";
    QTest::newRow("two keys") << QStringList {"verify", "--secret", "a", "--secret", "b", t}
                              << "usage";
    QTest::newRow("secret and key")
            << QStringList {"verify", "--secret", "a", "--key", m_rsaPublic, t} << "usage";
    QTest::newRow("unknown --alg")
            << QStringList {"verify", "--secret", "a", "--alg", "HS1", t} << "usage";
    QTest::newRow("--now not a number")
            << QStringList {"verify", "--secret", "a", "--now", "soon", t} << "usage";
    QTest::newRow("negative leeway")
            << QStringList {"verify", "--secret", "a", "--leeway", "-5", t} << "usage";
    QTest::newRow("missing key file")
            << QStringList {"verify", "--key", m_dir.filePath("absent.pem"), t} << "key";
    QTest::newRow("empty secret") << QStringList {"verify", "--secret", "", t} << "key";
}

void TestCli::verifyUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
    QVERIFY(run.out.isEmpty());
}

void TestCli::verifyOddInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("lines");

    QTest::newRow("empty stdin") << QByteArray() << 2 << 0;
    QTest::newRow("blank lines only") << QByteArray("\n\n  \n") << 2 << 0;
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 37 + 11) % 256);
    binary.replace('\n', 'x');
    QTest::newRow("binary") << binary << 1 << 1;
    QTest::newRow("NUL inside a token")
            << QByteArray("eyJhbGciOiJIUzI1NiJ9\0.e30.xx", 27) << 1 << 1;
    QTest::newRow("huge line") << QByteArray(8 * 1024 * 1024, 'a') + '\n' << 1 << 1;
    QTest::newRow("no final newline") << jwtIoToken.toLatin1() << 1 << 1;
}

void TestCli::verifyOddInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(int, lines);
    const CliRun run = runJwtlens({"verify", "--secret", "wrong secret", "-"}, input, 60000);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(int(run.out.count('\n')), lines);
    if (exitCode == 2)
        QVERIFY2(run.hasOneErrorLine(), run.err);
}

// ---------------------------------------------------------------------------- encode

void TestCli::encodeDefaultHeader()
{
    const QByteArray payload = R"({"sub":"1234567890","name":"John Doe","iat":1516239022})";
    const CliRun run = runJwtlens({"encode", "--alg", "HS256", "--secret",
                                   QString::fromLatin1(secret), QString::fromLatin1(payload)});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err);
    QCOMPARE(run.out, hs256(R"({"alg":"HS256","typ":"JWT"})", payload) + '\n');

    // jwt.io's token comes back byte for byte.
    const CliRun jwtIo = runJwtlens(
            {"encode", "--alg", "HS256", "--secret", jwtIoSecret, QString::fromLatin1(payload)});
    QCOMPARE(jwtIo.out.trimmed(), jwtIoToken.toLatin1());
}

void TestCli::encodeHeader_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("alg rewritten in place")
            << QStringList {"--header", R"({"typ":"at+jwt","alg":"none","x":[1,2]})"}
            << QByteArray(R"({"typ":"at+jwt","alg":"HS256","x":[1,2]})");
    QTest::newRow("alg added first") << QStringList {"--header", R"({"kid":"k1","typ":"JWT"})"}
                                     << QByteArray(R"({"alg":"HS256","kid":"k1","typ":"JWT"})");
    QTest::newRow("whitespace removed") << QStringList {"--header", " {\n \"cty\" : \"x\" }\n"}
                                        << QByteArray(R"({"alg":"HS256","cty":"x"})");
    QTest::newRow("empty object") << QStringList {"--header", "{}"}
                                  << QByteArray(R"({"alg":"HS256"})");
    QTest::newRow("number spelling kept")
            << QStringList {"--header", R"({"v":1.50,"w":1e3,"alg":"HS256"})"}
            << QByteArray(R"({"v":1.50,"w":1e3,"alg":"HS256"})");
    QTest::newRow("kid added") << QStringList {"--kid", "k9"}
                               << QByteArray(R"({"alg":"HS256","typ":"JWT","kid":"k9"})");
    QTest::newRow("kid replaced") << QStringList {"--header", R"({"kid":"old","alg":"x"})", "--kid",
                                                  "new"}
                                  << QByteArray(R"({"kid":"new","alg":"HS256"})");
}

void TestCli::encodeHeader()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, header);
    const QByteArray payload = R"({"sub":"x"})";
    const CliRun run = runJwtlens(
            QStringList {"encode", "--alg", "HS256", "--secret", QString::fromLatin1(secret)}
            + options + QStringList {QString::fromLatin1(payload)});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(run.out, hs256(header, payload) + '\n');
}

void TestCli::encodePayloadKeepsText()
{
    const QByteArray input = " {\n  \"z\": 1,\n  \"big\": 12345678901234567890,\n  \"e\": 1e3,"
                             "\n  \"f\": 1.50,\n  \"s\": \"\\u00e9 \xc3\xa9\",\n  \"a\": [ ]\n}\n";
    const QByteArray compact = R"({"z":1,"big":12345678901234567890,"e":1e3,"f":1.50,"s":"\u00e9 )"
                               "\xc3\xa9\",\"a\":[]}";
    const CliRun run = runJwtlens(
            {"encode", "--alg", "HS256", "--secret", QString::fromLatin1(secret), "-"}, input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QByteArrayList parts = run.out.trimmed().split('.');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(unb64(parts.at(1)), compact);
    QCOMPARE(run.out, hs256(R"({"alg":"HS256","typ":"JWT"})", compact) + '\n');
}

void TestCli::encodeIatExp()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const CliRun run
            = runJwtlens({"encode", "--alg", "HS256", "--secret", QString::fromLatin1(secret),
                          "--iat", "--exp", "600", R"({"sub":"x","exp":1})"});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QByteArray payload = unb64(run.out.trimmed().split('.').value(1));
    const QJsonObject claims = jsonLine(payload);
    QVERIFY2(payload.startsWith(R"({"sub":"x","exp":)"), payload); // exp replaced in place
    const qint64 iat = qint64(claims.value("iat").toDouble());
    QVERIFY(iat >= before && iat <= after);
    QCOMPARE(qint64(claims.value("exp").toDouble()), iat + 600);
    const CliRun verify = runJwtlens({"verify", "--secret", QString::fromLatin1(secret),
                                      QString::fromLatin1(run.out.trimmed())});
    QCOMPARE(verify.exitCode, 0);
}

void TestCli::encodeNone()
{
    const CliRun run = runJwtlens({"encode", "--alg", "none", R"({"sub":"x"})"});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, b64(R"({"alg":"none","typ":"JWT"})") + '.' + b64(R"({"sub":"x"})") + ".\n");
    QVERIFY2(run.err.startsWith("jwtlens: warning: "), run.err);
}

void TestCli::encodeKeyErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("part");

    const QString p = R"({"sub":"x"})";
    QTest::newRow("no alg") << QStringList {"encode", "--secret", "s", p} << "usage";
    QTest::newRow("unknown alg") << QStringList {"encode", "--alg", "XX1", "--secret", "s", p}
                                 << "usage";
    QTest::newRow("no key") << QStringList {"encode", "--alg", "HS256", p} << "usage";
    QTest::newRow("secret for RS256")
            << QStringList {"encode", "--alg", "RS256", "--secret", "s", p} << "key";
    QTest::newRow("public key cannot sign")
            << QStringList {"encode", "--alg", "RS256", "--key", m_rsaPublic, p} << "key";
    QTest::newRow("RSA key for ES256") << QStringList {
            "encode", "--alg", "ES256", "--key", dataPath("vectors/keys/rfc7515_a2_rs256.priv.pem"),
            p} << "key";
    QTest::newRow("P-521 key for ES256") << QStringList {
            "encode", "--alg", "ES256", "--key", dataPath("vectors/keys/rfc7515_a4_es512.priv.pem"),
            p} << "key";
    QTest::newRow("RSA key as HMAC secret") << QStringList {
            "encode", "--alg", "HS256", "--key", dataPath("vectors/keys/rfc7515_a2_rs256.priv.pem"),
            p} << "key";
    QTest::newRow("--iat on a non-object")
            << QStringList {"encode", "--alg", "HS256", "--secret", QString::fromLatin1(secret),
                            "--iat",  "[1]"}
            << "payload";
}

void TestCli::encodeKeyErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
    QVERIFY(run.out.isEmpty());
}

// ---------------------------------------------------------------------------- keygen

namespace {

struct KeygenRow
{
    const char *alg;
    QStringList options;
};

void addAsymmetricRows()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("RS256") << "RS256" << QStringList {};
    QTest::newRow("RS512 3072 bits") << "RS512" << QStringList {"--bits", "3072"};
    QTest::newRow("PS384") << "PS384" << QStringList {};
    QTest::newRow("ES256") << "ES256" << QStringList {};
    QTest::newRow("ES384") << "ES384" << QStringList {};
    QTest::newRow("ES512") << "ES512" << QStringList {};
    QTest::newRow("ES256K") << "ES256K" << QStringList {};
    QTest::newRow("EdDSA Ed25519") << "EdDSA" << QStringList {};
    QTest::newRow("EdDSA Ed448") << "EdDSA" << QStringList {"--curve", "Ed448"};
}

/// RFC 7638 thumbprint of a public JWK, computed here from the required members.
QString thumbprint(const QJsonObject &jwk)
{
    const QString kty = jwk.value("kty").toString();
    QStringList members;
    if (kty == "RSA")
        members = {"e", "kty", "n"};
    else if (kty == "EC")
        members = {"crv", "kty", "x", "y"};
    else
        members = {"crv", "kty", "x"};
    QByteArray canonical = "{";
    for (const QString &m : members) {
        if (canonical.size() > 1)
            canonical += ',';
        canonical += '"' + m.toLatin1() + "\":\"" + jwk.value(m).toString().toLatin1() + '"';
    }
    canonical += '}';
    return QString::fromLatin1(
            b64(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

} // namespace

void TestCli::keygenPem_data()
{
    addAsymmetricRows();
}

void TestCli::keygenPem()
{
    QFETCH(QString, alg);
    QFETCH(QStringList, options);
    const CliRun run = runJwtlens(QStringList {"keygen", "--alg", alg} + options);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const qsizetype priv = run.out.indexOf("-----BEGIN PRIVATE KEY-----\n");
    const qsizetype pub = run.out.indexOf("-----BEGIN PUBLIC KEY-----\n");
    QCOMPARE(priv, 0);
    QVERIFY2(pub > priv, run.out);
    QVERIFY(run.out.endsWith("-----END PUBLIC KEY-----\n"));

    // The private key signs (handed over on stdin, never written to disk), the public one
    // verifies.
    const QByteArray privatePem = run.out.left(pub);
    const QString publicPath = m_dir.filePath(alg + options.join("") + ".pub.pem");
    QFile file(publicPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out.mid(pub));
    file.close();
    const CliRun encode
            = runJwtlens({"encode", "--alg", alg, "--key", "/dev/stdin", R"({"a":1})"}, privatePem);
    CLI_VERIFY_RAN(encode);
    QVERIFY2(encode.exitCode == 0, encode.err);
    const CliRun verify = runJwtlens({"verify", "--alg", alg, "--key", publicPath,
                                      QString::fromLatin1(encode.out.trimmed())});
    QCOMPARE(verify.exitCode, 0);
}

void TestCli::keygenJwk_data()
{
    addAsymmetricRows();
}

void TestCli::keygenJwk()
{
    QFETCH(QString, alg);
    QFETCH(QStringList, options);
    const CliRun run
            = runJwtlens(QStringList {"keygen", "--alg", alg, "--format", "jwk"} + options);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject out = jsonLine(run.out);
    const QJsonObject priv = out.value("private").toObject();
    const QJsonObject pub = out.value("public").toObject();
    QVERIFY2(!priv.isEmpty() && !pub.isEmpty(), run.out);
    QVERIFY(priv.contains("d"));
    QVERIFY(!pub.contains("d"));
    QVERIFY(!pub.contains("p"));
    QCOMPARE(pub.value("kid").toString(), thumbprint(pub));
    QCOMPARE(priv.value("kid").toString(), thumbprint(pub));

    // The JWKs are keys jwtlens takes.
    const QByteArray privateJwk = QJsonDocument(priv).toJson(QJsonDocument::Compact);
    const CliRun encode
            = runJwtlens({"encode", "--alg", alg, "--key", "/dev/stdin", R"({"a":1})"}, privateJwk);
    QVERIFY2(encode.exitCode == 0, encode.err);
    const QString publicPath = m_dir.filePath(alg + options.join("") + ".pub.jwk");
    QFile file(publicPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(pub).toJson());
    file.close();
    const CliRun verify = runJwtlens(
            {"verify", "--key", publicPath, QString::fromLatin1(encode.out.trimmed())});
    QCOMPARE(verify.exitCode, 0);
}

void TestCli::keygenPublicOut()
{
    const QString path = m_dir.filePath("public-out.pem");
    const CliRun run = runJwtlens({"keygen", "--alg", "ES256", "--public-out", path});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    QVERIFY(!run.out.contains("PUBLIC KEY"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pub = file.readAll();
    QVERIFY(pub.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(!pub.contains("PRIVATE"));
    file.close();

    // A FIFO stays a FIFO: the key is written into it, not renamed over it.
    const QString fifo = m_dir.filePath("public-out.fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const CliRun piped = runJwtlens({"keygen", "--alg", "ES256", "--public-out", fifo});
    CLI_VERIFY_RAN(piped);
    QCOMPARE(piped.exitCode, 0);
    char buffer[4096];
    const ssize_t got = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    QVERIFY(got > 0);
    QVERIFY(QByteArray(buffer, int(got)).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(!QFileInfo(fifo).isFile());
}

void TestCli::keygenHmac_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("bytes");
    QTest::newRow("HS256") << "HS256" << 32;
    QTest::newRow("HS384") << "HS384" << 48;
    QTest::newRow("HS512") << "HS512" << 64;
}

void TestCli::keygenHmac()
{
    QFETCH(QString, alg);
    QFETCH(int, bytes);
    const CliRun a = runJwtlens({"keygen", "--alg", alg});
    const CliRun b = runJwtlens({"keygen", "--alg", alg});
    CLI_VERIFY_RAN(a);
    QCOMPARE(a.exitCode, 0);
    const QByteArray text = a.out.trimmed();
    QVERIFY(a.out.endsWith('\n'));
    QVERIFY2(QRegularExpression("^[A-Za-z0-9_-]+$").match(QString::fromLatin1(text)).hasMatch(),
             text);
    QCOMPARE(unb64(text).size(), bytes);
    QVERIFY(text != b.out.trimmed());
    // Usable as --secret-base64, without a weak-secret warning.
    const CliRun encode = runJwtlens(
            {"encode", "--alg", alg, "--secret-base64", QString::fromLatin1(text), "{}"});
    QCOMPARE(encode.exitCode, 0);
    QVERIFY2(encode.err.isEmpty(), encode.err);
}

void TestCli::keygenUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no alg") << QStringList {"keygen"};
    QTest::newRow("alg none") << QStringList {"keygen", "--alg", "none"};
    QTest::newRow("unknown format") << QStringList {"keygen", "--alg", "ES256", "--format", "der"};
    QTest::newRow("bits for EC") << QStringList {"keygen", "--alg", "ES256", "--bits", "2048"};
    QTest::newRow("RSA too small") << QStringList {"keygen", "--alg", "RS256", "--bits", "1024"};
    QTest::newRow("curve for RSA") << QStringList {"keygen", "--alg", "RS256", "--curve", "Ed448"};
    QTest::newRow("argument") << QStringList {"keygen", "--alg", "ES256", "extra"};
}

void TestCli::keygenUsage()
{
    QFETCH(QStringList, args);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), "usage");
    QVERIFY(run.out.isEmpty());
}

// ---------------------------------------------------------------------------- bad input

void TestCli::malformedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("part");

    const QByteArray h = b64(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray p = b64(R"({"sub":"x"})");
    const QByteArray s = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    auto withHeader = [&](const QByteArray &json) {
        return b64(json) + '.' + p + '.' + s;
    };

    // The token as a whole.
    QTest::newRow("empty") << QByteArray() << "token";
    QTest::newRow("blank") << QByteArray(" \t\r\n ") << "token";
    QTest::newRow("Bearer only") << QByteArray("Bearer ") << "token";
    QTest::newRow("one part") << h << "token";
    QTest::newRow("two parts") << h + '.' + p << "token";
    QTest::newRow("four parts") << h + '.' + p + '.' + s + ".x"
                                << "token";
    QTest::newRow("six parts") << h + ".a.b.c.d.e"
                               << "token";
    QTest::newRow("only dots") << QByteArray("...") << "token";
    QTest::newRow("five empty parts") << QByteArray("....") << "header";
    QTest::newRow("NUL byte") << h + '.' + p + QByteArray("\0", 1) + '.' + s << "token";
    // Header segment: base64url.
    QTest::newRow("header padding") << b64(R"({"alg":"HS256"})") + "==." + p + '.' + s << "header";
    QTest::newRow("header plus") << "eyJhbGciOi+IUzI1NiJ9." + p + '.' + s << "header";
    QTest::newRow("header slash") << "eyJhbGciOi/IUzI1NiJ9." + p + '.' + s << "header";
    QTest::newRow("header length 4n+1") << "eyJhb." + p + '.' + s << "header";
    QTest::newRow("header space inside") << "eyJhbGci OiJIUzI1NiJ9." + p + '.' + s << "header";
    QTest::newRow("header non-ASCII") << "eyJhbGci\xc3\xa9OiJIUzI1NiJ9." + p + '.' + s << "header";
    QTest::newRow("header empty") << '.' + p + '.' + s << "header";
    QTest::newRow("header star") << "eyJhbGciOiJIUzI1NiJ9*." + p + '.' + s << "header";
    // Header segment: JSON.
    QTest::newRow("header not JSON") << withHeader("not json") << "header";
    QTest::newRow("header array") << withHeader(R"(["alg","HS256"])") << "header";
    QTest::newRow("header string") << withHeader(R"("HS256")") << "header";
    QTest::newRow("header number") << withHeader("42") << "header";
    QTest::newRow("header without alg") << withHeader(R"({"typ":"JWT"})") << "header";
    QTest::newRow("header alg number") << withHeader(R"({"alg":256})") << "header";
    QTest::newRow("header alg null") << withHeader(R"({"alg":null})") << "header";
    QTest::newRow("header alg object") << withHeader(R"({"alg":{"name":"HS256"}})") << "header";
    QTest::newRow("header repeated alg")
            << withHeader(R"({"alg":"HS256","alg":"none"})") << "header";
    QTest::newRow("header repeated typ")
            << withHeader(R"({"alg":"HS256","typ":"JWT","typ":"JOSE"})") << "header";
    QTest::newRow("header invalid UTF-8")
            << withHeader("{\"alg\":\"HS256\",\"x\":\"\xff\"}") << "header";
    QTest::newRow("header overlong UTF-8")
            << withHeader("{\"alg\":\"HS256\",\"x\":\"\xc0\xaf\"}") << "header";
    QTest::newRow("header UTF-8 surrogate")
            << withHeader("{\"alg\":\"HS256\",\"x\":\"\xed\xa0\x80\"}") << "header";
    QTest::newRow("header control character") << withHeader("{\"alg\":\"HS\x01"
                                                            "256\"}")
                                              << "header";
    QTest::newRow("header NUL in JSON")
            << withHeader(QByteArray("{\"alg\":\"HS256\0\"}", 16)) << "header";
    QTest::newRow("header nested too deep") << withHeader(
            R"({"alg":"HS256","x":)" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}")
                                            << "header";
    QTest::newRow("header truncated JSON") << withHeader(R"({"alg":"HS256")") << "header";
    QTest::newRow("header trailing garbage") << withHeader(R"({"alg":"HS256"} x)") << "header";
    QTest::newRow("header trailing comma") << withHeader(R"({"alg":"HS256",})") << "header";
    QTest::newRow("header single quotes") << withHeader("{'alg':'HS256'}") << "header";
    QTest::newRow("header comment") << withHeader(R"({"alg":"HS256"/* c */})") << "header";
    // Payload segment.
    QTest::newRow("payload padding") << h + '.' + b64(R"({"sub":"x1"})") + "=." + s << "payload";
    QTest::newRow("payload plus") << h + ".eyJzdWIiOiJ+In0." + s << "payload";
    QTest::newRow("payload length 4n+1") << h + ".eyJzd." + s << "payload";
    QTest::newRow("payload percent") << h + ".eyJzdWIiOiJ4In0%3D." + s << "payload";
    QTest::newRow("payload space inside") << h + ".eyJzdWIi OiJ4In0." + s << "payload";
    // Signature segment.
    QTest::newRow("signature padding") << h + '.' + p + '.' + s + '=' << "signature";
    QTest::newRow("signature slash") << h + '.' + p + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV/adQssw5c"
                                     << "signature";
    QTest::newRow("signature length 4n+1") << h + '.' + p + ".SflKx"
                                           << "signature";
    QTest::newRow("signature tilde") << h + '.' + p + ".Sfl~xwRJ"
                                     << "signature";
    // JWE.
    QTest::newRow("JWE header not JSON") << b64("nope") + ".AAAA.AAAA.AAAA.AAAA"
                                         << "header";
    QTest::newRow("JWE header bad base64") << QByteArray("eyJ=.AAAA.AAAA.AAAA.AAAA") << "header";
}

void TestCli::malformedTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, part);
    // Through standard input, byte for byte (a NUL cannot be an argument).
    for (const char *command : {"decode", "verify"}) {
        QStringList args {QString::fromLatin1(command)};
        if (qstrcmp(command, "verify") == 0)
            args << "--secret" << jwtIoSecret;
        // verify reads a batch from stdin, so it takes the token as an argument where it can.
        const bool asArgument = qstrcmp(command, "verify") == 0 && !token.contains('\0')
                && !token.trimmed().isEmpty();
        const CliRun run = asArgument ? runJwtlens(args << QString::fromUtf8(token))
                                      : runJwtlens(args << "-", token);
        CLI_VERIFY_RAN(run);
        if (qstrcmp(command, "verify") == 0 && !asArgument) {
            // A malformed line of a batch is reported on its own line (exit 1), an empty
            // batch is an error (exit 2).
            QVERIFY(run.exitCode == 1 || run.exitCode == 2);
            continue;
        }
        QVERIFY2(run.exitCode == 2,
                 qPrintable(QStringLiteral("%1: exit %2, stderr %3")
                                    .arg(command)
                                    .arg(run.exitCode)
                                    .arg(QString::fromUtf8(run.err))));
        QVERIFY2(run.hasOneErrorLine(), run.err);
        QVERIFY2(run.errorPart() == part, run.err);
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::malformedKeys_data()
{
    QTest::addColumn<QStringList>("keyOptions");

    const QDir dir(dataPath(QStringLiteral("malformed/keys")));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 40);
    for (const QString &name : files)
        QTest::newRow(qPrintable("file " + name)) << QStringList {"--key", dir.filePath(name)};
    QTest::newRow("directory") << QStringList {"--key", dir.path()};
    QTest::newRow("missing file") << QStringList {"--key", dir.filePath("absent.pem")};
    QTest::newRow("secret-base64 4n+1") << QStringList {"--secret-base64", "abcde"};
    QTest::newRow("secret-base64 bad character") << QStringList {"--secret-base64", "ab*d"};
    QTest::newRow("secret-base64 empty") << QStringList {"--secret-base64", ""};
    QTest::newRow("secret-base64 non-ASCII")
            << QStringList {"--secret-base64", "\u00e9\u00e9\u00e9\u00e9"};
    QTest::newRow("secret empty") << QStringList {"--secret", ""};
    QTest::newRow("secret-file missing") << QStringList {"--secret-file", dir.filePath("absent")};
    QTest::newRow("secret-file empty") << QStringList {"--secret-file", dir.filePath("empty.txt")};
}

void TestCli::malformedKeys()
{
    QFETCH(QStringList, keyOptions);
    for (const char *command : {"verify", "encode"}) {
        QStringList args {QString::fromLatin1(command)};
        args << keyOptions;
        if (qstrcmp(command, "verify") == 0)
            args << jwtIoToken;
        else
            args << "--alg"
                 << "HS256"
                 << "{}";
        const CliRun run = runJwtlens(args);
        CLI_VERIFY_RAN(run);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(QStringLiteral("%1: exit %2, stderr %3")
                                    .arg(command)
                                    .arg(run.exitCode)
                                    .arg(QString::fromUtf8(run.err))));
        QVERIFY2(run.hasOneErrorLine(), run.err);
        QCOMPARE(run.errorPart(), "key");
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");

    const QList<QByteArray> texts {
            "",
            " ",
            "{",
            "}",
            "[",
            "]",
            "{\"a\":}",
            "{\"a\"}",
            "{\"a\":1,}",
            "{a:1}",
            "{'a':1}",
            "{\"a\":01}",
            "{\"a\":1.}",
            "{\"a\":.5}",
            "{\"a\":-}",
            "{\"a\":1e}",
            "{\"a\":+1}",
            "{\"a\":tru}",
            "{\"a\":nul}",
            "{\"a\":NaN}",
            "{\"a\":Infinity}",
            "{\"a\":\"\x01\"}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}",
            "{\"a\":\"open}",
            "{\"a\":1} x",
            "{\"a\":1}{\"b\":2}",
            "{\"a\":[1,2}",
            "{\"a\":[1,2,]}",
            "{\"a\":{\"b\":1}",
            "{\"a\":1,\"a\":2}",
            "{\"a\":\"\xff\"}",
            "{\"a\":\"\xc0\xaf\"}",
            "{\"a\":1 /*c*/}",
            "{\"a\":0x10}",
            "{,}",
            "{\"a\"::1}",
            "{\"a\":1,,\"b\":2}",
            "{\"a\" 1}",
            "{\"a\":true false}",
            "{\"a\":\"b\"c}",
            "{\"a\":\"line\nbreak\"}",
            QByteArray("{\"a\":1}\0", 8),
            QByteArray(3000, '[') + QByteArray(3000, ']'),
            "{\"a\":[" + QByteArray(3000, '{').replace("{", "{\"x\":[") + "]}",
            "{\"\\ud800\":1,\"a\":1,\"a\":1}",
            "\"unterminated",
            "tru",
            "-",
            "{\"a\":-01}",
    };
    int index = 0;
    for (const QByteArray &t : texts) {
        // Row names: a number and the start of the text, printable.
        const QByteArray name = t.left(24).toPercentEncoding(" {}[]:,\"'.+-\\/*");
        QTest::addRow("%02d %s", ++index, name.constData()) << t;
    }
}

void TestCli::malformedJson()
{
    QFETCH(QByteArray, json);
    const QStringList key {"--alg", "HS256", "--secret", QString::fromLatin1(secret)};

    const CliRun payload = runJwtlens(QStringList {"encode"} + key + QStringList {"-"}, json);
    CLI_VERIFY_RAN(payload);
    QVERIFY2(payload.exitCode == 2, payload.out + payload.err);
    QVERIFY2(payload.hasOneErrorLine(), payload.err);
    QCOMPARE(payload.errorPart(), "payload");
    QVERIFY(payload.out.isEmpty());

    // An argument is text: bytes that are not UTF-8, or a NUL, cannot be one.
    const QString text = QString::fromUtf8(json);
    if (text.toUtf8() != json || json.contains('\0'))
        return;
    const CliRun header = runJwtlens(QStringList {"encode"} + key
                                     + QStringList {"--header", text, R"({"sub":"x"})"});
    CLI_VERIFY_RAN(header);
    QVERIFY2(header.exitCode == 2, header.out + header.err);
    QVERIFY2(header.hasOneErrorLine(), header.err);
    QCOMPARE(header.errorPart(), "header");
}

// ---------------------------------------------------------------------------- round trip

void TestCli::roundTrip_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("key");

    QTest::newRow("jwt.io HS256") << jwtIoToken.toLatin1() << "HS256"
                                  << QStringList {"--secret", jwtIoSecret};
    QFile file(dataPath(QStringLiteral("cli/roundtrip.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(cases.size() >= 2);
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QTest::newRow(qPrintable(c.value("name").toString()))
                << c.value("token").toString().toLatin1() << c.value("alg").toString()
                << QStringList {"--key", dataPath(c.value("key_file").toString())};
    }
}

void TestCli::roundTrip()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, alg);
    QFETCH(QStringList, key);
    const CliRun decoded = runJwtlens({"decode", "--json", QString::fromLatin1(token)});
    CLI_VERIFY_RAN(decoded);
    QCOMPARE(decoded.exitCode, 0);
    const Json::Object out = Json::readObject(decoded.out);
    QVERIFY(out.isObject);
    const QByteArray header = out.find(u"header")->raw;
    const QByteArray payload = out.find(u"payload")->raw;
    const CliRun encoded = runJwtlens(
            QStringList {"encode", "--alg", alg} + key
            + QStringList {"--header", QString::fromUtf8(header), QString::fromUtf8(payload)});
    CLI_VERIFY_RAN(encoded);
    QVERIFY2(encoded.exitCode == 0, encoded.err);
    QCOMPARE(encoded.out, token + '\n');
}

// ---------------------------------------------------------------------------- token files

void TestCli::tokenFile_data()
{
    // An argument that names an existing file is read as the token, as the window does.
    QTest::addColumn<QStringList>("args"); // the file's name is appended
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out"); // a part of standard output

    const QByteArray token = jwtIoToken.toLatin1();
    const QStringList now {"--now", "1700000000"};
    QTest::newRow("decode") << (QStringList {"decode"} + now) << token + '\n'
                            << 0 << QByteArray("  \"name\": \"John Doe\",\n");
    QTest::newRow("decode, Bearer and CRLF")
            << (QStringList {"decode", "--json"} + now) << "Bearer " + token + "\r\n"
            << 0
            << QByteArray(R"("payload": {"sub":"1234567890","name":"John Doe","iat":1516239022})");
    QTest::newRow("verify")
            << (QStringList {"verify", "--secret", jwtIoSecret} + now) << token << 0
            << QByteArray(
                       R"({"valid": true, "signature": "valid", "time": "valid", "alg": "HS256"})"
                       "\n");
    QTest::newRow("verify, wrong secret")
            << (QStringList {"verify", "--secret", "wrong"} + now) << token + '\n'
            << 1 << QByteArray(R"({"valid": false, "signature": "invalid")");
    QTest::newRow("lint") << QStringList {"lint"} << token + '\n'
                          << 1 << QByteArray("error: weak-secret: signature: ");
    QTest::newRow("crack") << QStringList {"crack"} << token + '\n'
                           << 0 << QByteArray("found: your-256-bit-secret\n");
    // The cap counts the file, not the token: blanks around it are read and then trimmed.
    QTest::newRow("exactly the cap (16 MiB)")
            << (QStringList {"decode"} + now)
            << token + QByteArray(16 * 1024 * 1024 - token.size(), ' ') << 0
            << QByteArray("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n");
    // One file, one token: a batch is read from standard input.
    QTest::newRow("two tokens in one file")
            << QStringList {"verify", "--secret", jwtIoSecret} << token + '\n' + token + '\n'
            << 2 << QByteArray();
    QTest::newRow("empty file") << QStringList {"decode"} << QByteArray() << 2 << QByteArray();
}

void TestCli::tokenFile()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    const QString path = m_dir.filePath(QStringLiteral("token-file.jwt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
    file.close();

    const CliRun run = runJwtlens(args << path, QByteArray(), 60000);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == exitCode, run.out + run.err);
    QVERIFY2(run.out.contains(out), run.out);
    if (exitCode == 2) {
        QVERIFY2(run.hasOneErrorLine(), run.err);
        QCOMPARE(run.errorPart(), "token");
        QVERIFY(run.out.isEmpty());
    } else {
        QVERIFY2(run.err.isEmpty() || run.err.startsWith("jwtlens: warning: weak key: "), run.err);
    }
}

void TestCli::tokenFileRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("reason"); // a part of the error line

    QTest::newRow("over the cap") << "large" << QByteArray("is larger than 16 MiB");
    QTest::newRow("directory") << "directory" << QByteArray("it is a directory");
    // A device that never ends is read up to the cap (a FIFO is read like a pipe, and given up
    // when nobody writes: tst_cliinput).
    QTest::newRow("device") << "device" << QByteArray("is larger than 16 MiB");
    if (::geteuid() != 0) // root reads a file whatever its mode
        QTest::newRow("unreadable") << "unreadable" << QByteArray("Permission denied");
}

void TestCli::tokenFileRefused()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, reason);
    QString path = m_dir.filePath(QStringLiteral("refused-") + kind);
    if (kind == QLatin1String("large") || kind == QLatin1String("unreadable")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QByteArray content = kind == QLatin1String("large")
                ? jwtIoToken.toLatin1() + QByteArray(16 * 1024 * 1024 + 1 - jwtIoToken.size(), ' ')
                : jwtIoToken.toLatin1();
        QCOMPARE(file.write(content), content.size());
        file.close();
        if (kind == QLatin1String("unreadable"))
            QVERIFY(file.setPermissions(QFileDevice::Permissions()));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else {
        path = QStringLiteral("/dev/zero");
    }

    for (const char *command : {"decode", "verify", "lint", "crack"}) {
        QStringList args {QString::fromLatin1(command)};
        if (args.first() == QLatin1String("verify"))
            args << "--secret" << jwtIoSecret;
        const CliRun run = runJwtlens(args << path, QByteArray(), 10000);
        CLI_VERIFY_RAN(run);
        QVERIFY2(run.exitCode == 2, command + (": " + run.out + run.err));
        QVERIFY2(run.hasOneErrorLine(), run.err);
        QCOMPARE(run.errorPart(), "token");
        QVERIFY2(run.err.contains(reason), run.err);
        QVERIFY2(run.err.contains(QFile::encodeName(path)), run.err);
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::tokenFileReadmeExample()
{
    // The README's example, file names and all (with absolute paths).
    const QString publicKey = m_dir.filePath(QStringLiteral("es256.pub.pem"));
    const QString privateKey = m_dir.filePath(QStringLiteral("es256.key.pem"));
    const QString tokenFile = m_dir.filePath(QStringLiteral("t.jwt"));
    const CliRun keygen = runJwtlens({"keygen", "--alg", "ES256", "--public-out", publicKey});
    CLI_VERIFY_RAN(keygen);
    QCOMPARE(keygen.exitCode, 0);
    QFile key(privateKey);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(keygen.out);
    key.close();
    const CliRun encode
            = runJwtlens({"encode", "--alg", "ES256", "--key", privateKey, "--iat", "--exp", "300"},
                         R"({"sub":"42","scope":"read"})"
                         "\n");
    CLI_VERIFY_RAN(encode);
    QVERIFY2(encode.exitCode == 0, encode.err);
    QFile token(tokenFile);
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(encode.out);
    token.close();

    const CliRun verify = runJwtlens({"verify", "--key", publicKey, tokenFile});
    CLI_VERIFY_RAN(verify);
    QVERIFY2(verify.exitCode == 0, verify.out + verify.err);
    QCOMPARE(verify.out,
             QByteArray(R"({"valid": true, "signature": "valid", "time": "valid", "alg": "ES256"})"
                        "\n"));
    QVERIFY2(verify.err.isEmpty(), verify.err);

    // Another key: the file's token is checked, not its name.
    const CliRun wrong = runJwtlens({"verify", "--key", m_rsaPublic, tokenFile});
    CLI_VERIFY_RAN(wrong);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.out.startsWith(R"({"valid": false, "signature": "invalid")"), wrong.out);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
