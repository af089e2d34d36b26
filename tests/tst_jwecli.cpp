// SPDX-License-Identifier: MIT
// `jwtlens decrypt`, `jwtlens encrypt` and `jwtlens decode` of the JSON serializations,
// through the real binary: the RFC vectors, exit statuses, --json, nested tokens, and the
// error lines of the contract.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
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

QByteArray compactJson(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject jsonOut(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

const QString cookbook = QStringLiteral("jose-cookbook/jwe/");

} // namespace

class TestJweCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void rfcVectors_data();
    void rfcVectors();
    void jsonSerializations();
    void decryptJson();
    void nestedEncodeEncryptDecrypt();
    void exitStatuses_data();
    void exitStatuses();
    void passwordFile();
    void encryptOptions();
    void encryptRefusals_data();
    void encryptRefusals();
    void decodeJoseJson();
    void decodeCompactJweUnchanged();
    void verifyJwsJson_data();
    void verifyJwsJson();
    void verifyDetachedPayload_data();
    void verifyDetachedPayload();
    void verifyJwsJsonClaims_data();
    void verifyJwsJsonClaims();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

void TestJweCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
}

QString TestJweCli::writeFile(const QString &name, const QByteArray &data)
{
    // Test keys only (published vectors), never a user's.
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

void TestJweCli::help()
{
    const CliRun run = runJwtlens({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("decrypt   Show the plaintext of an encrypted token (JWE)"));
    QVERIFY(run.out.contains("encrypt   Encrypt a payload into a compact JWE"));
    for (const char *command : {"decrypt", "encrypt"}) {
        const CliRun h = runJwtlens({command, "--help"});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.startsWith("Usage: jwtlens " + QByteArray(command) + " [options]"));
        QVERIFY(h.out.contains("--password <TEXT>"));
        QVERIFY(h.out.contains("--password-file <FILE>"));
    }
    QVERIFY(runJwtlens({"decrypt", "--help"}).out.contains("--max-p2c <N>"));
    QVERIFY(runJwtlens({"encrypt", "--help"}).out.contains("--p2c <N>"));
}

void TestJweCli::rfcVectors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("form");
    QTest::newRow("RFC 7516 A.1 RSA-OAEP A256GCM") << "jwe/rfc7516.json:A.1"
                                                   << "compact";
    QTest::newRow("RFC 7516 A.2 RSA1_5") << "jwe/rfc7516.json:A.2"
                                         << "compact";
    QTest::newRow("RFC 7516 A.3 A128KW") << "jwe/rfc7516.json:A.3"
                                         << "compact";
    QTest::newRow("RFC 7520 5.3 PBES2 compact")
            << cookbook + "5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json"
            << "compact";
    QTest::newRow("RFC 7520 5.4 ECDH-ES+A128KW flattened") << cookbook
                    + "5_4.key_agreement_with_key_wrapping_using_ecdh-es_and_aes-keywrap_with_aes-"
                      "gcm.json"
                                                           << "json_flat";
    QTest::newRow("RFC 7520 5.9 zip general") << cookbook + "5_9.compressed_content.json"
                                              << "json";
    QTest::newRow("RFC 7520 5.10 aad general")
            << cookbook + "5_10.including_additional_authentication_data.json"
            << "json";
    QTest::newRow("RFC 8037 X25519 compact") << "jose-cookbook/curve25519/ecdh-es.json"
                                             << "compact";
}

void TestJweCli::rfcVectors()
{
    QFETCH(QString, file);
    QFETCH(QString, form);
    QJsonObject vector;
    QByteArray text;
    QString plaintext;
    QJsonObject key;
    QString password;
    if (file.contains(':')) {
        vector = readJson(file.section(':', 0, 0)).value(file.section(':', 1)).toObject();
        text = vector.value("compact").toString().toLatin1();
        plaintext = vector.value("plaintext").toString();
        key = vector.value("key").toObject();
    } else {
        vector = readJson(file);
        const QJsonObject input = vector.value("input").toObject();
        const QJsonValue out = vector.value("output").toObject().value(form);
        text = out.isString() ? out.toString().toLatin1() : compactJson(out);
        plaintext = input.value("plaintext").toString();
        key = input.value("key").toObject();
        password = input.value("pwd").toString();
    }
    QStringList args {"decrypt"};
    QByteArray input;
    if (!password.isEmpty()) {
        args << "--password" << password;
        input = text; // the token on standard input
    } else {
        args << "--key" << writeFile("vector.jwk.json", compactJson(key))
             << QString::fromLatin1(text);
    }
    const CliRun run = runJwtlens(args, input);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(QString::fromUtf8(run.out), plaintext);
}

void TestJweCli::jsonSerializations()
{
    // RFC 7520 5.13: three recipients, each key opens its own; --json says which.
    const QJsonObject vector = readJson(cookbook + "5_13.encrypting_to_multiple_recipients.json");
    const QByteArray general = compactJson(vector.value("output").toObject().value("json"));
    const QJsonArray keys = vector.value("input").toObject().value("key").toArray();
    for (int i = 0; i < keys.size(); ++i) {
        const QString path = writeFile(QStringLiteral("r%1.jwk").arg(i), compactJson(keys.at(i)));
        const CliRun run = runJwtlens({"decrypt", "--json", "--key", path, "-"}, general);
        CLI_VERIFY_RAN(run);
        QVERIFY2(run.exitCode == 0, run.err);
        const QJsonObject out = jsonOut(run);
        QCOMPARE(out.value("recipient").toInt(), i);
        QCOMPARE(out.value("serialization").toString(), QStringLiteral("general"));
        QCOMPARE(out.value("key").toObject().value("kid").toString(),
                 keys.at(i).toObject().value("kid").toString());
        QCOMPARE(out.value("header").toObject().value("cty").toString(),
                 QStringLiteral("text/plain"));
        QCOMPARE(out.value("plaintext").toString(),
                 vector.value("input").toObject().value("plaintext").toString());
    }
    // A JWKS of all three: the first recipient that opens.
    QJsonObject jwks {{"keys", keys}};
    const CliRun all = runJwtlens(
            {"decrypt", "--json", "--key", writeFile("all.jwks", compactJson(jwks)), "-"}, general);
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(jsonOut(all).value("recipient").toInt(), 0);
}

void TestJweCli::decryptJson()
{
    const QString key = "--secret-base64";
    const QString secret = QStringLiteral("GawgguFyGrWKav7AX4VKUg");
    const CliRun made = runJwtlens({"encrypt", "--alg", "A128KW", "--enc", "A128CBC-HS256", key,
                                    secret, "--kid", "k7", R"({"sub":"42","n":1.50})"});
    QCOMPARE(made.exitCode, 0);
    const QString token = QString::fromLatin1(made.out.trimmed());
    const CliRun run = runJwtlens({"decrypt", "--json", key, secret, token});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith("}\n"));
    const QJsonObject out = jsonOut(run);
    QCOMPARE(out.value("decrypted").toBool(), true);
    QCOMPARE(out.value("status").toString(), QStringLiteral("decrypted"));
    QCOMPARE(out.value("alg").toString(), QStringLiteral("A128KW"));
    QCOMPARE(out.value("enc").toString(), QStringLiteral("A128CBC-HS256"));
    QCOMPARE(out.value("header").toObject().value("kid").toString(), QStringLiteral("k7"));
    QCOMPARE(out.value("serialization").toString(), QStringLiteral("compact"));
    QCOMPARE(out.value("key").toObject().value("index").toInt(), 0);
    QCOMPARE(out.value("plaintext").toString(), QStringLiteral(R"({"sub":"42","n":1.50})"));
    QVERIFY(run.out.contains(R"("payload": {"sub":"42","n":1.50})")); // number spelling kept
    QVERIFY(!out.contains("nested"));
    // Binary plaintext: base64url, and the plain output is the bytes exactly.
    const CliRun binary
            = runJwtlens({"encrypt", "--alg", "dir", "--enc", "A128GCM", key, secret, "-"},
                         QByteArray("\xff\x00\x01", 3));
    QCOMPARE(binary.exitCode, 0);
    const CliRun raw
            = runJwtlens({"decrypt", key, secret, QString::fromLatin1(binary.out.trimmed())});
    QCOMPARE(raw.out, QByteArray("\xff\x00\x01", 3));
    const CliRun rawJson = runJwtlens(
            {"decrypt", "--json", key, secret, QString::fromLatin1(binary.out.trimmed())});
    QCOMPARE(jsonOut(rawJson).value("plaintext_base64url").toString(), QStringLiteral("_wAB"));
    // A failure with --json: the object on stdout, the line on stderr, exit 1.
    const CliRun wrong = runJwtlens({"decrypt", "--json", key, "AAAAAAAAAAAAAAAAAAAAAA", token});
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(jsonOut(wrong).value("status").toString(), QStringLiteral("cannot_decrypt"));
    QVERIFY(wrong.hasOneErrorLine());
}

void TestJweCli::nestedEncodeEncryptDecrypt()
{
    // Sign, then encrypt with cty JWT; decrypt shows the inner token decoded, and the
    // plaintext verifies.
    const QString hs = QStringLiteral("0123456789abcdef0123456789abcdef");
    const CliRun jws
            = runJwtlens({"encode", "--alg", "HS256", "--secret", hs, R"({"iss":"me","n":7})"});
    QCOMPARE(jws.exitCode, 0);
    const CliRun keygen = runJwtlens(
            {"keygen", "--alg", "ES384", "--public-out", m_dir.filePath("p384.pub.pem")});
    QCOMPARE(keygen.exitCode, 0);
    const QString privatePath = writeFile("p384.pem", keygen.out);
    const CliRun jwe = runJwtlens({"encrypt", "--alg", "ECDH-ES+A192KW", "--enc", "A256GCM",
                                   "--cty", "JWT", "--key", m_dir.filePath("p384.pub.pem")},
                                  jws.out);
    QVERIFY2(jwe.exitCode == 0, jwe.err);
    const CliRun opened = runJwtlens(
            {"decrypt", "--json", "--key", privatePath, QString::fromLatin1(jwe.out.trimmed())});
    QVERIFY2(opened.exitCode == 0, opened.err);
    const QJsonObject out = jsonOut(opened);
    QCOMPARE(out.value("plaintext").toString().toLatin1(), jws.out.trimmed());
    const QJsonObject nested = out.value("nested").toObject();
    QCOMPARE(nested.value("header").toObject().value("alg").toString(), QStringLiteral("HS256"));
    QCOMPARE(nested.value("payload").toObject().value("n").toInt(), 7);
    QVERIFY(!nested.value("signature").toString().isEmpty());
    const CliRun plain
            = runJwtlens({"decrypt", "--key", privatePath, QString::fromLatin1(jwe.out.trimmed())});
    const CliRun verified = runJwtlens({"verify", "--secret", hs, "-"}, plain.out);
    QVERIFY2(verified.exitCode == 0, verified.out + verified.err);
    // A nested JWE shows its protected header, still encrypted.
    const CliRun inner = runJwtlens({"encrypt", "--alg", "dir", "--enc", "A128GCM",
                                     "--secret-base64", "GawgguFyGrWKav7AX4VKUg", "x"});
    const CliRun outer = runJwtlens({"encrypt", "--alg", "A128KW", "--enc", "A128GCM",
                                     "--secret-base64", "GawgguFyGrWKav7AX4VKUg", "-"},
                                    inner.out);
    const CliRun twice
            = runJwtlens({"decrypt", "--json", "--secret-base64", "GawgguFyGrWKav7AX4VKUg",
                          QString::fromLatin1(outer.out.trimmed())});
    QCOMPARE(twice.exitCode, 0);
    // (without --cty the payload is kept exactly, its newline included: still a token)
    QCOMPARE(jsonOut(twice).value("nested").toObject().value("encrypted").toBool(), true);
    QCOMPARE(jsonOut(twice)
                     .value("nested")
                     .toObject()
                     .value("header")
                     .toObject()
                     .value("alg")
                     .toString(),
             QStringLiteral("dir"));
    // cty JWT over a plaintext that is not a token: said.
    const CliRun fake
            = runJwtlens({"encrypt", "--alg", "A128KW", "--enc", "A128GCM", "--cty", "JWT",
                          "--secret-base64", "GawgguFyGrWKav7AX4VKUg", "not a token"});
    const CliRun fakeOpened
            = runJwtlens({"decrypt", "--json", "--secret-base64", "GawgguFyGrWKav7AX4VKUg",
                          QString::fromLatin1(fake.out.trimmed())});
    QCOMPARE(fakeOpened.exitCode, 0);
    QVERIFY(jsonOut(fakeOpened)
                    .value("nested")
                    .toObject()
                    .value("error")
                    .toString()
                    .contains("not a compact JWS"));
}

void TestJweCli::exitStatuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QString a3
            = readJson("jwe/rfc7516.json").value("A.3").toObject().value("compact").toString();
    const QString k = QStringLiteral("GawgguFyGrWKav7AX4VKUg");
    const QString pbes2
            = readJson(cookbook
                       + "5_3.key_wrap_using_pbes2-aes-keywrap_with-aes-cbc-hmac-sha2.json")
                      .value("output")
                      .toObject()
                      .value("compact")
                      .toString();
    QTest::newRow("decrypted") << QStringList {"decrypt", "--secret-base64", k, a3} << QByteArray()
                               << 0 << "";
    QTest::newRow("Bearer and whitespace") << QStringList {"decrypt", "--secret-base64", k, "-"}
                                           << ("  Bearer " + a3.toLatin1() + "\n") << 0 << "";
    QTest::newRow("wrong key")
            << QStringList {"decrypt", "--secret-base64", "AAAAAAAAAAAAAAAAAAAAAA", a3}
            << QByteArray() << 1
            << "jwtlens: token: cannot decrypt: the key is wrong or the token was modified";
    QTest::newRow("key of another length")
            << QStringList {"decrypt", "--secret", "short", a3} << QByteArray() << 1
            << "jwtlens: key: A128KW needs a key of exactly 16 bytes, not 5";
    QTest::newRow("key of another family")
            << QStringList {"decrypt", "--key", QFINDTESTDATA("data/keys/rsa2048.pkcs8.pem"), a3}
            << QByteArray() << 1
            << "jwtlens: key: A128KW needs a symmetric key, not: RSA 2048-bit private key";
    QTest::newRow("p2c over a lowered limit")
            << QStringList {"decrypt", "--max-p2c", "1000", "--password", "x", pbes2}
            << QByteArray() << 1
            << "jwtlens: token: p2c is 8192, above the limit of 1000 PBES2 iterations";
    QTest::newRow("tag flipped")
            << QStringList {"decrypt", "--secret-base64", k,
                            a3.chopped(1) + (a3.endsWith('Q') ? "A" : "Q")}
            << QByteArray() << 1
            << "jwtlens: token: cannot decrypt: the key is wrong or the token was modified";
    QTest::newRow("unknown enc") << QStringList {"decrypt", "--secret", "k",
                                                 "eyJhbGciOiJkaXIiLCJlbmMiOiJYIn0..AA.AA.AA"}
                                 << QByteArray() << 1
                                 << "jwtlens: header: unsupported content encryption \"X\"";
    QTest::newRow("a JWS") << QStringList {"decrypt", "--secret", "k",
                                           "eyJhbGciOiJIUzI1NiJ9.e30.AA"}
                           << QByteArray() << 2
                           << "jwtlens: token: this is a signed JWS (3 parts), not an encrypted "
                              "JWE (5 parts): use jwtlens verify";
    QTest::newRow("four parts") << QStringList {"decrypt", "--secret", "k", "a.b.c.d"}
                                << QByteArray() << 2
                                << "jwtlens: token: a JWS has 3 parts and a JWE 5";
    QTest::newRow("padding in the tag")
            << QStringList {"decrypt", "--secret", "k", a3 + "="} << QByteArray() << 2
            << "jwtlens: token: authentication tag: ";
    QTest::newRow("no enc") << QStringList {"decrypt", "--secret", "k",
                                            "eyJhbGciOiJkaXIifQ..AA.AA.AA"}
                            << QByteArray() << 2
                            << "jwtlens: header: the JWE header has no string \"enc\"";
    QTest::newRow("bad JSON serialization")
            << QStringList {"decrypt", "--secret", "k", "-"} << QByteArray(R"({"ciphertext":5})")
            << 2 << "jwtlens: token: \"ciphertext\" must be a string";
    QTest::newRow("no key") << QStringList {"decrypt", a3} << QByteArray() << 2
                            << "jwtlens: usage: decrypt needs a key";
    QTest::newRow("two keys") << QStringList {"decrypt", "--secret", "a", "--password", "b", a3}
                              << QByteArray() << 2 << "jwtlens: usage: give one key";
    QTest::newRow("no token") << QStringList {"decrypt", "--secret", "a", "-"} << QByteArray("  \n")
                              << 2 << "jwtlens: token: no token given";
    QTest::newRow("unreadable key")
            << QStringList {"decrypt", "--key", "/nonexistent/key.pem", a3} << QByteArray() << 2
            << "jwtlens: key: cannot read /nonexistent/key.pem";
    QTest::newRow("empty password") << QStringList {"decrypt", "--password", "", a3} << QByteArray()
                                    << 2 << "jwtlens: key: the password is empty";
    QTest::newRow("bad --max-p2c")
            << QStringList {"decrypt", "--max-p2c", "0", "--secret", "k", a3} << QByteArray() << 2
            << "jwtlens: usage: --max-p2c needs an integer of at least 1";
}

void TestJweCli::exitStatuses()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const CliRun run = runJwtlens(args, input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QCOMPARE(run.out, QByteArray("Live long and prosper."));
        QVERIFY(run.err.isEmpty());
    } else {
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.hasOneErrorLine(), run.err);
        QVERIFY2(run.err.startsWith(error.toUtf8()), run.err);
    }
}

void TestJweCli::passwordFile()
{
    const QString path = writeFile("password.txt", "correct horse battery staple\n");
    const CliRun made = runJwtlens({"encrypt", "--alg", "PBES2-HS512+A256KW", "--enc", "A256GCM",
                                    "--password-file", path, "hello"});
    QVERIFY2(made.exitCode == 0, made.err);
    const CliRun opened = runJwtlens({"decrypt", "--password", "correct horse battery staple",
                                      QString::fromLatin1(made.out.trimmed())});
    QCOMPARE(opened.exitCode, 0);
    QCOMPARE(opened.out, QByteArray("hello"));
    // --secret is a password too, for PBES2.
    QCOMPARE(runJwtlens({"decrypt", "--secret", "correct horse battery staple",
                         QString::fromLatin1(made.out.trimmed())})
                     .exitCode,
             0);
    QCOMPARE(runJwtlens({"decrypt", "--password", "correct horse battery stapl",
                         QString::fromLatin1(made.out.trimmed())})
                     .exitCode,
             1);
}

void TestJweCli::encryptOptions()
{
    const QString secret = QStringLiteral("GawgguFyGrWKav7AX4VKUg");
    const CliRun run = runJwtlens({"encrypt", "--alg", "A128GCMKW", "--enc", "A192CBC-HS384",
                                   "--secret-base64", secret, "--header",
                                   R"({"typ":"JWT","n":1.50,"enc":"x"})", "--kid", "k1", "--cty",
                                   "JWT", "--zip", "-"},
                                  QByteArray(2000, 'a'));
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(run.out.endsWith('\n'));
    const QByteArray header = QByteArray::fromBase64(run.out.left(run.out.indexOf('.')),
                                                     QByteArray::Base64UrlEncoding);
    // alg first, enc replaced in place, the given members kept as written, then kid, cty, zip,
    // then what the algorithm adds.
    QVERIFY2(
            header.startsWith(
                    R"({"alg":"A128GCMKW","typ":"JWT","n":1.50,"enc":"A192CBC-HS384","kid":"k1","cty":"JWT","zip":"DEF","iv":")"),
            header);
    QVERIFY(run.out.size() < 400); // compressed
    const CliRun opened = runJwtlens(
            {"decrypt", "--secret-base64", secret, QString::fromLatin1(run.out.trimmed())});
    QCOMPARE(opened.out, QByteArray(2000, 'a'));
    // --p2c sets the count; a low or high one is warned about.
    const CliRun low = runJwtlens({"encrypt", "--alg", "PBES2-HS256+A128KW", "--enc", "A128GCM",
                                   "--password", "pw", "--p2c", "500", "x"});
    QCOMPARE(low.exitCode, 0);
    QVERIFY(low.err.contains("below the 1000 iterations"));
    QVERIFY(QByteArray::fromBase64(low.out.left(low.out.indexOf('.')),
                                   QByteArray::Base64UrlEncoding)
                    .contains("\"p2c\":500"));
    const CliRun high = runJwtlens({"encrypt", "--alg", "PBES2-HS256+A128KW", "--enc", "A128GCM",
                                    "--password", "pw", "--p2c", "20000", "x"});
    QVERIFY(high.err.contains("node jose"));
    // --kid picks a key of a JWKS.
    const QByteArray jwks
            = R"({"keys":[{"kty":"oct","kid":"a","k":"AAAAAAAAAAAAAAAAAAAAAA"},{"kty":"oct","kid":"b","k":"GawgguFyGrWKav7AX4VKUg"}]})";
    const QString path = writeFile("two.jwks", jwks);
    const CliRun picked = runJwtlens(
            {"encrypt", "--alg", "A128KW", "--enc", "A128GCM", "--key", path, "--kid", "b", "y"});
    QCOMPARE(picked.exitCode, 0);
    QCOMPARE(runJwtlens({"decrypt", "--secret-base64", secret,
                         QString::fromLatin1(picked.out.trimmed())})
                     .out,
             QByteArray("y"));
    // An RSA private key encrypts to its public part; a weak one is warned about.
    const CliRun rsa = runJwtlens({"encrypt", "--alg", "RSA-OAEP", "--enc", "A128GCM", "--key",
                                   QFINDTESTDATA("data/keys/rsa1024.pem"), "z"});
    QCOMPARE(rsa.exitCode, 0);
    QVERIFY(rsa.err.contains("1024 bits"));
    const CliRun rsaOpened = runJwtlens({"decrypt", "--key", QFINDTESTDATA("data/keys/rsa1024.pem"),
                                         QString::fromLatin1(rsa.out.trimmed())});
    QCOMPARE(rsaOpened.out, QByteArray("z"));
    QVERIFY(rsaOpened.err.contains("1024 bits"));
}

void TestJweCli::encryptRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    const QString k = QStringLiteral("GawgguFyGrWKav7AX4VKUg");
    QTest::newRow("no alg") << QStringList {"encrypt", "--enc", "A128GCM", "--secret", "x", "p"}
                            << "jwtlens: usage: encrypt needs --alg ALG and --enc ENC";
    QTest::newRow("RSA1_5") << QStringList {"encrypt", "--alg",    "RSA1_5", "--enc",
                                            "A128GCM", "--secret", "x",      "p"}
                            << "jwtlens: usage: RSA1_5 is decrypted but never made";
    QTest::newRow("unknown alg") << QStringList {"encrypt", "--alg",    "HS256", "--enc",
                                                 "A128GCM", "--secret", "x",     "p"}
                                 << "jwtlens: usage: unknown key management algorithm \"HS256\"";
    QTest::newRow("unknown enc") << QStringList {"encrypt", "--alg",    "dir", "--enc",
                                                 "A128CTR", "--secret", "x",   "p"}
                                 << "jwtlens: usage: unknown content encryption \"A128CTR\"";
    QTest::newRow("no key") << QStringList {"encrypt", "--alg", "dir", "--enc", "A128GCM", "p"}
                            << "jwtlens: usage: encrypt needs the recipient's key";
    QTest::newRow("dir key length")
            << QStringList {"encrypt", "--alg",           "dir", "--enc",
                            "A256GCM", "--secret-base64", k,     "p"}
            << "jwtlens: key: dir with A256GCM needs a key of exactly 32 bytes, not 16";
    QTest::newRow("EC key for RSA-OAEP") << QStringList {"encrypt",
                                                         "--alg",
                                                         "RSA-OAEP-256",
                                                         "--enc",
                                                         "A256GCM",
                                                         "--key",
                                                         QFINDTESTDATA("data/keys/p384.pub.pem"),
                                                         "p"}
                                         << "jwtlens: key: RSA-OAEP-256 needs an RSA key";
    QTest::newRow("secp256k1 for ECDH-ES")
            << QStringList {"encrypt",
                            "--alg",
                            "ECDH-ES",
                            "--enc",
                            "A256GCM",
                            "--key",
                            QFINDTESTDATA("data/keys/secp256k1.pub.pem"),
                            "p"}
            << "jwtlens: key: ECDH-ES needs an EC P-256, P-384, P-521, X25519 or X448 key";
    QTest::newRow("header not JSON")
            << QStringList {"encrypt",         "--alg", "dir",      "--enc", "A128GCM",
                            "--secret-base64", k,       "--header", "{",     "p"}
            << "jwtlens: header: invalid JSON at offset 1";
    QTest::newRow("empty payload")
            << QStringList {"encrypt", "--alg", "dir", "--enc", "A128GCM", "--secret-base64", k, ""}
            << "jwtlens: payload: no payload given";
    QTest::newRow("kid not in the JWKS") << QStringList {"encrypt",
                                                         "--alg",
                                                         "A128KW",
                                                         "--enc",
                                                         "A128GCM",
                                                         "--key",
                                                         QFINDTESTDATA("data/keys/jwks.json"),
                                                         "--kid",
                                                         "nope",
                                                         "p"}
                                         << "jwtlens: key: no key with kid \"nope\"";
    QTest::newRow("bad --p2c") << QStringList {"encrypt", "--alg",   "PBES2-HS256+A128KW",
                                               "--enc",   "A128GCM", "--password",
                                               "x",       "--p2c",   "0",
                                               "p"}
                               << "jwtlens: usage: --p2c needs an integer of at least 1";
}

void TestJweCli::encryptRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const CliRun run = runJwtlens(args);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QVERIFY2(run.err.startsWith(error.toUtf8()), run.err);
}

void TestJweCli::decodeJoseJson()
{
    // JWE, general: the protected, shared and per-recipient headers; never the content.
    const QJsonObject a4 = readJson("jwe/rfc7516.json").value("A.4").toObject();
    const QByteArray general = compactJson(a4.value("json"));
    const CliRun text = runJwtlens({"decode", "-"}, general);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith("JWE, general JSON serialization, 2 recipient"));
    QVERIFY(text.out.contains("Shared unprotected header:\n{\n  \"jku\": "
                              "\"https://server.example.com/keys.jwks\"\n}"));
    QVERIFY(text.out.contains(
            "Recipient 2 header:\n{\n  \"alg\": \"A128KW\",\n  \"kid\": \"7\"\n}"));
    QVERIFY(!text.out.contains("Live long"));
    const CliRun json = runJwtlens({"decode", "--json", general});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject out = jsonOut(json);
    QCOMPARE(out.value("serialization").toString(), QStringLiteral("general"));
    QCOMPARE(out.value("encrypted").toBool(), true);
    QCOMPARE(out.value("header").toObject().value("enc").toString(),
             QStringLiteral("A128CBC-HS256"));
    QCOMPARE(out.value("recipients").toArray().size(), 2);
    QCOMPARE(out.value("recipients").toArray().at(0).toObject().value("alg").toString(),
             QStringLiteral("RSA1_5"));
    // JWS, general with three signatures (RFC 7520 4.8) and flattened (4.4).
    const QJsonObject jws = readJson("jose-cookbook/jws/4_8.multiple_signatures.json");
    const CliRun jwsText = runJwtlens({"decode", "-"},
                                      compactJson(jws.value("output").toObject().value("json")));
    QCOMPARE(jwsText.exitCode, 0);
    QVERIFY(jwsText.out.startsWith("JWS, general JSON serialization, 3 signature"));
    QVERIFY(jwsText.out.contains("Signature 2 (ES512):\n  Unprotected header:"));
    QVERIFY(jwsText.out.contains("It’s a dangerous business, Frodo"));
    const QJsonObject flat = readJson("jose-cookbook/jws/4_4.hmac-sha2_integrity_protection.json");
    const CliRun flatJson
            = runJwtlens({"decode", "--json", "-"},
                         compactJson(flat.value("output").toObject().value("json_flat")));
    QCOMPARE(flatJson.exitCode, 0);
    const QJsonObject flatOut = jsonOut(flatJson);
    QCOMPARE(flatOut.value("serialization").toString(), QStringLiteral("flattened"));
    QCOMPARE(flatOut.value("signatures").toArray().at(0).toObject().value("alg").toString(),
             QStringLiteral("HS256"));
    // A payload that is JSON is shown as JSON, its spelling kept.
    const CliRun jsonPayload = runJwtlens(
            {"decode", "--json",
             R"({"payload":"eyJuIjoxLjUwfQ","header":{"alg":"HS256"},"signature":"AA"})"});
    QVERIFY(jsonPayload.out.contains(R"("payload": {"n":1.50})"));
    // Malformed: one error line with its place, exit 2.
    const CliRun bad = runJwtlens(
            {"decode", "-"},
            R"({"payload":"e30","signatures":[{"protected":"eyJhbGciOiJIUzI1NiJ9","header":{"alg":"HS256"},"signature":"AA"}]})");
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.hasOneErrorLine(), bad.err);
    QVERIFY(bad.err.contains("\"alg\" is in more than one header"));
}

void TestJweCli::decodeCompactJweUnchanged()
{
    const QString a1
            = readJson("jwe/rfc7516.json").value("A.1").toObject().value("compact").toString();
    const CliRun run = runJwtlens({"decode", a1});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(
            "Protected header (JWE):\n{\n  \"alg\": \"RSA-OAEP\",\n  \"enc\": \"A256GCM\"\n}"));
    const CliRun json = runJwtlens({"decode", "--json", a1});
    QCOMPARE(jsonOut(json).value("encrypted").toBool(), true);
}

void TestJweCli::verifyJwsJson_data()
{
    // RFC 7520 §4 (the JOSE cookbook) in the JSON serializations: the key is tried on each
    // signature, and the line says which one matched (RFC 7515 §7.2).
    QTest::addColumn<QString>("vector"); // under jose-cookbook/jws/
    QTest::addColumn<QString>("form"); // "json" or "json_flat"
    QTest::addColumn<QList<int>>("keys"); // indexes into input.key (a list), -1: the one key
    QTest::addColumn<QStringList>("extra"); // more options
    QTest::addColumn<int>("matched"); // -1: none (exit 1)
    QTest::addColumn<QString>("alg");
    const QString multiple = QStringLiteral("4_8.multiple_signatures.json");
    QTest::newRow("4.8 general, RSA key")
            << multiple << "json" << QList<int> {0} << QStringList() << 0 << "RS256";
    QTest::newRow("4.8 general, EC key (same kid as the RSA one)")
            << multiple << "json" << QList<int> {1} << QStringList() << 1 << "ES512";
    QTest::newRow("4.8 general, HMAC key")
            << multiple << "json" << QList<int> {2} << QStringList() << 2 << "HS256";
    QTest::newRow("4.8 general, JWKS of all three: the first")
            << multiple << "json" << QList<int> {2, 1, 0} << QStringList() << 0 << "RS256";
    QTest::newRow("4.8 general, --alg ES512 leaves out the others")
            << multiple << "json" << QList<int> {0, 1, 2} << QStringList {"--alg", "ES512"} << 1
            << "ES512";
    QTest::newRow("4.1 general") << "4_1.rsa_v15_signature.json"
                                 << "json" << QList<int> {-1} << QStringList() << 0 << "RS256";
    QTest::newRow("4.1 flattened")
            << "4_1.rsa_v15_signature.json"
            << "json_flat" << QList<int> {-1} << QStringList() << 0 << "RS256";
    QTest::newRow("4.4 flattened")
            << "4_4.hmac-sha2_integrity_protection.json"
            << "json_flat" << QList<int> {-1} << QStringList() << 0 << "HS256";
    QTest::newRow("4.6 kid unprotected")
            << "4_6.protecting_specific_header_fields.json"
            << "json" << QList<int> {-1} << QStringList() << 0 << "HS256";
    QTest::newRow("4.7 no protected header")
            << "4_7.protecting_content_only.json"
            << "json_flat" << QList<int> {-1} << QStringList() << 0 << "HS256";
    QTest::newRow("4.4 flattened, an RSA key: none")
            << "4_4.hmac-sha2_integrity_protection.json"
            << "json_flat" << QList<int> {-2} << QStringList() << -1 << "HS256";
}

void TestJweCli::verifyJwsJson()
{
    QFETCH(QString, vector);
    QFETCH(QString, form);
    QFETCH(QList<int>, keys);
    QFETCH(QStringList, extra);
    QFETCH(int, matched);
    QFETCH(QString, alg);
    const QJsonObject cookbook = readJson(QStringLiteral("jose-cookbook/jws/") + vector);
    QVERIFY(!cookbook.isEmpty());
    const QByteArray message = compactJson(cookbook.value("output").toObject().value(form));
    QByteArray keyText;
    if (keys == QList<int> {-1}) {
        keyText = compactJson(cookbook.value("input").toObject().value("key"));
    } else if (keys == QList<int> {-2}) {
        keyText = compactJson(readJson("jose-cookbook/jws/4_1.rsa_v15_signature.json")
                                      .value("input")
                                      .toObject()
                                      .value("key"));
    } else {
        QJsonArray set;
        for (int i : keys)
            set.append(cookbook.value("input").toObject().value("key").toArray().at(i));
        keyText = QJsonDocument(QJsonObject {{"keys", set}}).toJson();
    }
    const CliRun run = runJwtlens(QStringList {"verify", "--key", "/dev/stdin"} + extra
                                          + QStringList {QString::fromUtf8(message)},
                                  keyText);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == (matched >= 0 ? 0 : 1), run.out + run.err);
    QVERIFY2(run.out.count('\n') == 1, run.out);
    const QJsonObject line = jsonOut(run);
    QCOMPARE(line.value("valid").toBool(), matched >= 0);
    QCOMPARE(line.value("signature").toString(),
             matched >= 0 ? QStringLiteral("valid") : QStringLiteral("invalid"));
    // The cookbook's payload is text, not a claims set: a signature-only verdict.
    QCOMPARE(line.value("time").toString(), QStringLiteral("skipped"));
    QCOMPARE(line.value("alg").toString(), alg);
    QCOMPARE(line.value("serialization").toString(),
             form == QLatin1String("json") ? QStringLiteral("general")
                                           : QStringLiteral("flattened"));
    QCOMPARE(line.value("matched").toInt(-1), matched);
    const QJsonArray signatures = line.value("signatures").toArray();
    QVERIFY(!signatures.isEmpty());
    for (int i = 0; i < signatures.size(); ++i) {
        const QJsonObject s = signatures.at(i).toObject();
        QCOMPARE(s.value("index").toInt(), i);
        // With every key of 4.8 (and no --alg), each signature verifies; matched is the first.
        const bool valid = keys.size() == 3 && extra.isEmpty() ? true : i == matched;
        QCOMPARE(s.value("signature").toString() == QLatin1String("valid"), valid);
        QCOMPARE(s.contains("error"), !valid);
    }
    if (vector == QLatin1String("4_8.multiple_signatures.json")) {
        // Signature 1 of 4.8 has no protected header; 2 has its kid protected.
        QVERIFY(signatures.at(1).toObject().value("protected").isNull());
        QCOMPARE(signatures.at(2).toObject().value("protected").toObject().value("kid").toString(),
                 QStringLiteral("018c0ae5-4d9b-471b-bfd6-eef314bc7037"));
        QCOMPARE(signatures.at(0).toObject().value("kid").toString(),
                 QStringLiteral("bilbo.baggins@hobbiton.example"));
    }
    if (!extra.isEmpty())
        QVERIFY(signatures.at(0).toObject().value("error").toString().contains("not allowed"));
}

void TestJweCli::verifyDetachedPayload_data()
{
    // RFC 7520 §4.5: the same HS256 signature over detached content, in all three forms.
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("payload"); ///< "cookbook", "changed", "none", or a file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); ///< a part of the output line or the error line

    for (const char *form : {"compact", "json", "json_flat"}) {
        QTest::addRow("%s with the content", form)
                << form << "cookbook" << 0 << "\"signature\": \"valid\"";
        QTest::addRow("%s with one byte changed", form)
                << form << "changed" << 1 << "\"signature\": \"invalid\"";
    }
    QTest::newRow("a device as the payload file")
            << "compact"
            << "/dev/zero" << 2 << "jwtlens: payload: /dev/zero";
    QTest::newRow("json without --payload")
            << "json"
            << "none" << 1 << "the payload is detached and was not given";
    QTest::newRow("a payload given twice")
            << "attached"
            << "cookbook" << 2
            << "jwtlens: usage: --payload is for a detached payload, and this token's payload "
               "is not empty";
    QTest::newRow("a JWE") << "jwe"
                           << "cookbook" << 2
                           << "jwtlens: usage: --payload is for a JWS whose payload was left out "
                              "(HEADER..SIGNATURE), and this token has 5 parts";
    QTest::newRow("a payload given twice, JSON")
            << "attached json"
            << "cookbook" << 2
            << "jwtlens: usage: --payload is for a detached payload, and this JWS has a "
               "\"payload\" member";
}

void TestJweCli::verifyDetachedPayload()
{
    QFETCH(QString, form);
    QFETCH(QString, payload);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QJsonObject detached
            = readJson("jose-cookbook/jws/4_5.signature_with_detached_content.json");
    const QJsonObject input = detached.value("input").toObject();
    QByteArray content = input.value("payload").toString().toUtf8();
    QString token;
    if (form == QLatin1String("attached")) {
        // RFC 7520 §4.4: the same key and payload, the payload in the token.
        token = readJson("jose-cookbook/jws/4_4.hmac-sha2_integrity_protection.json")
                        .value("output")
                        .toObject()
                        .value("compact")
                        .toString();
    } else if (form == QLatin1String("attached json")) {
        token = QString::fromUtf8(
                compactJson(readJson("jose-cookbook/jws/4_4.hmac-sha2_integrity_protection.json")
                                    .value("output")
                                    .toObject()
                                    .value("json_flat")));
    } else if (form == QLatin1String("jwe")) {
        token = readJson(
                        "jose-cookbook/jwe/5_1.key_encryption_using_rsa_v15_and_aes-hmac-sha2.json")
                        .value("output")
                        .toObject()
                        .value("compact")
                        .toString();
        QCOMPARE(token.count(u'.'), 4);
    } else if (form == QLatin1String("compact")) {
        token = detached.value("output").toObject().value("compact").toString();
        QVERIFY(token.contains(QLatin1String(".."))); // HEADER..SIGNATURE
    } else {
        token = QString::fromUtf8(compactJson(detached.value("output").toObject().value(form)));
        QVERIFY(!token.contains(QLatin1String("\"payload\"")));
    }
    if (payload == QLatin1String("changed"))
        content[0] = char(content.at(0) ^ 1);
    QStringList args {"verify", "--key", "/dev/stdin"};
    if (payload.startsWith(u'/')) {
        args << "--payload" << payload; // read as any file, within the token's cap
    } else if (payload != QLatin1String("none")) {
        const QString file = m_dir.filePath(QStringLiteral("detached.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
        args << "--payload" << file;
    }
    const CliRun run = runJwtlens(args + QStringList {token}, compactJson(input.value("key")));
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == exitCode, run.out + run.err);
    QVERIFY2(QString::fromUtf8(run.out + run.err).contains(says), run.out + run.err);
    if (exitCode == 2)
        QVERIFY(run.hasOneErrorLine());
    else
        QCOMPARE(jsonOut(run).value("valid").toBool(), exitCode == 0);
}

void TestJweCli::verifyJwsJsonClaims_data()
{
    // A claims set in a JWS JSON payload is judged as in a compact token (the one verdict).
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("unprotected"); // the unprotected header, or empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("error"); // a part of the error, or empty when valid
    QTest::newRow("valid claims") << QByteArray(R"({"sub":"a","exp":2000000000})") << QByteArray()
                                  << 0 << "valid"
                                  << "";
    QTest::newRow("expired") << QByteArray(R"({"sub":"a","exp":1000})") << QByteArray() << 1
                             << "expired"
                             << "exp";
    QTest::newRow("meant as claims, trailing comma")
            << QByteArray(R"({"exp":1000,})") << QByteArray() << 1 << "malformed"
            << "payload";
    QTest::newRow("typ JWT in the unprotected header makes text a claims set")
            << QByteArray("hello") << QByteArray(R"({"typ":"JWT"})") << 1 << "malformed"
            << "payload";
    QTest::newRow("crit in the unprotected header")
            << QByteArray(R"({"sub":"a"})") << QByteArray(R"({"crit":["urn:x"],"urn:x":1})") << 1
            << "valid"
            << "crit";
}

void TestJweCli::verifyJwsJsonClaims()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, unprotected);
    QFETCH(int, exitCode);
    QFETCH(QString, time);
    QFETCH(QString, error);
    const QByteArray secret = "0123456789abcdef0123456789abcdef";
    const auto b64 = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray protectedHeader = b64(R"({"alg":"HS256"})");
    const QByteArray input = protectedHeader + '.' + b64(payload);
    const QByteArray signature
            = b64(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
    QByteArray message
            = R"({"payload":")" + b64(payload) + R"(","protected":")" + protectedHeader + '"';
    if (!unprotected.isEmpty())
        message += R"(,"header":)" + unprotected;
    message += R"(,"signature":")" + signature + "\"}";
    const CliRun run = runJwtlens({"verify", "--secret", QString::fromLatin1(secret), "--now",
                                   "1700000000", QString::fromLatin1(message)});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == exitCode, run.out + run.err);
    const QJsonObject line = jsonOut(run);
    QCOMPARE(line.value("valid").toBool(), exitCode == 0);
    QCOMPARE(line.value("time").toString(), time);
    QCOMPARE(line.value("serialization").toString(), QStringLiteral("flattened"));
    if (!error.isEmpty())
        QVERIFY2(line.value("error").toString().contains(error), run.out);
}

QTEST_GUILESS_MAIN(TestJweCli)
#include "tst_jwecli.moc"
