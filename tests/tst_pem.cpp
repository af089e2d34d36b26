// SPDX-License-Identifier: MIT
#include "jws.h"
#include "keyfit.h"
#include "keyfixtures.h"
#include "keyset.h"

#include <QTest>

namespace {

const QByteArray input = "eyJhbGciOiJ0ZXN0In0.eyJzdWIiOiJrZXlzIn0";

} // namespace

/// PEM reading (pem.cpp), through loadKeys(), and Key::toPem().
class TestPem : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void pemBundle();
    void certificateVerifies();
    void errors_data();
    void errors();
    void toPemRoundTrip_data();
    void toPemRoundTrip();
    void passphrase_data();
    void passphrase();
    void encryptedInABundle();
};

void TestPem::formats_data()
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
    row("RFC 8037 A.4 PKCS#8", "vectors/keys/rfc8037_a4_ed25519.priv.pem", KeyFormat::PemPrivate,
        KeyKind::Ed25519, 256, "Ed25519", true);
}

void TestPem::formats()
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

void TestPem::pemBundle()
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

void TestPem::certificateVerifies()
{
    const Key priv = loadOne(QStringLiteral("keys/cert.key.pem"));
    const Key cert = loadOne(QStringLiteral("keys/cert.pem"));
    QVERIFY(!priv.isNull() && !cert.isNull());
    QCOMPARE(cert.thumbprint(), priv.thumbprint());
    const Signature s = sign(Algorithm::ES256, priv, input);
    QVERIFY(s.ok());
    QCOMPARE(verify(Algorithm::ES256, cert, input, s.bytes).status, SignatureStatus::Valid);
}

void TestPem::errors_data()
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
}

void TestPem::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const KeySet set = loadKeys(text);
    QVERIFY(!set.ok());
    QVERIFY(set.keys.isEmpty());
    QVERIFY2(set.error.contains(error), qPrintable(set.error));
}

void TestPem::toPemRoundTrip_data()
{
    addRoundTripRows();
}

void TestPem::toPemRoundTrip()
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

void TestPem::passphrase_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("expectedPublic"); ///< empty: the key must not load
    QTest::addColumn<QString>("error"); ///< a word of the error when it must not load
    QTest::addColumn<bool>("encrypted");
    const QString pkcs8 = QStringLiteral("keys/encrypted.pkcs8.pem");
    const QString pkcs1 = QStringLiteral("keys/encrypted.pkcs1.pem");
    // The fixtures were encrypted with the passphrase "jwtlens" (openssl pkcs8 -topk8 -v2
    // aes-256-cbc, and openssl rsa -aes128); the PKCS#1 one is rsa1024.pem.
    QTest::newRow("encrypted PKCS#8, right passphrase")
            << pkcs8 << QByteArray("jwtlens") << QStringLiteral("P-256") << QString() << true;
    QTest::newRow("traditional PEM, right passphrase")
            << pkcs1 << QByteArray("jwtlens") << QStringLiteral("keys/rsa1024.pub.pem") << QString()
            << true;
    QTest::newRow("encrypted PKCS#8, wrong passphrase")
            << pkcs8 << QByteArray("jwtlenS") << QString() << QStringLiteral("wrong passphrase")
            << true;
    QTest::newRow("traditional PEM, wrong passphrase")
            << pkcs1 << QByteArray("nope") << QString() << QStringLiteral("wrong passphrase")
            << true;
    QTest::newRow("traditional PEM, empty passphrase")
            << pkcs1 << QByteArray("") << QString() << QStringLiteral("wrong passphrase") << true;
    QTest::newRow("plain key, passphrase not needed")
            << QStringLiteral("keys/rsa2048.pkcs8.pem") << QByteArray("jwtlens")
            << QStringLiteral("keys/rsa2048.pub.pem") << QString() << false;
    QTest::newRow("JWK, passphrase not needed")
            << QStringLiteral("vectors/keys/rfc7515_a2_rs256.priv.jwk.json") << QByteArray("x")
            << QStringLiteral("vectors/keys/rfc7515_a2_rs256.pub.pem") << QString() << false;
}

void TestPem::passphrase()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, expectedPublic);
    QFETCH(QString, error);
    QFETCH(bool, encrypted);
    const QByteArray text = readData(file);
    QVERIFY(!text.isEmpty());
    const KeySet set = loadKeys(text, passphrase);
    QCOMPARE(set.encrypted, encrypted);
    if (expectedPublic.isEmpty()) {
        QVERIFY(!set.ok());
        QVERIFY2(set.error.contains(error), qPrintable(set.error));
        QVERIFY(set.keys.isEmpty());
        return;
    }
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.keys.size(), 1);
    const Key key = set.keys.first();
    QVERIFY(key.isPrivate());
    if (encrypted)
        QCOMPARE(set.format, KeyFormat::PemPrivate);
    if (expectedPublic == QLatin1String("P-256")) {
        QCOMPARE(key.kind(), KeyKind::Ec);
        QCOMPARE(key.curve(), expectedPublic);
    } else {
        QCOMPARE(key.publicKey().toPem(), loadOne(expectedPublic).toPem());
    }
    // The decrypted key signs, and its public part verifies the signature.
    const Algorithm alg = algorithmFor(key);
    const Signature signature = sign(alg, key, input);
    QVERIFY(!signature.bytes.isEmpty());
    QCOMPARE(verify(alg, key.publicKey(), input, signature.bytes).status, SignatureStatus::Valid);
    // Without the passphrase the same text still refuses, saying it is encrypted.
    if (encrypted) {
        const KeySet without = loadKeys(text);
        QVERIFY(!without.ok());
        QVERIFY(without.encrypted);
        QVERIFY2(without.error.contains(QLatin1String("encrypted")), qPrintable(without.error));
    }
}

void TestPem::encryptedInABundle()
{
    // A certificate and an encrypted key in one file: both load with the passphrase, and the
    // file counts as a private key.
    const QByteArray bundle = readData(QStringLiteral("keys/cert.pem"))
            + readData(QStringLiteral("keys/encrypted.pkcs1.pem"));
    const KeySet set = loadKeys(bundle, "jwtlens");
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.keys.size(), 2);
    QVERIFY(!set.keys.at(0).isPrivate());
    QVERIFY(set.keys.at(1).isPrivate());
    QCOMPARE(set.format, KeyFormat::PemPrivate);
    QVERIFY(set.encrypted);
    // The error names the encrypted block's line, after the certificate's.
    const KeySet wrong = loadKeys(bundle, "wrong");
    QVERIFY(!wrong.ok());
    const int line = int(readData(QStringLiteral("keys/cert.pem")).count('\n')) + 1;
    QVERIFY2(wrong.error.contains(QStringLiteral("line %1").arg(line)), qPrintable(wrong.error));
}

QTEST_GUILESS_MAIN(TestPem)
#include "tst_pem.moc"
