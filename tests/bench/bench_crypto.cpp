// SPDX-License-Identifier: MIT
#include "jws.h"
#include "key.h"
#include "keyset.h"

#include <QFile>
#include <QTest>

namespace {

Key load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const KeySet set = loadKeys(file.readAll());
    return set.ok() ? set.keys.first() : Key();
}

QString keys(const char *name)
{
    return QStringLiteral(JWTLENS_KEYS "/") + QLatin1String(name);
}

QString vectors(const char *name)
{
    return QStringLiteral(JWTLENS_VECTORS "/") + QLatin1String(name);
}

/// A typical signing input: a small header and a payload with a handful of claims
/// (about 180 bytes, like most access tokens).
const QByteArray signingInput
        = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImtleS0xIn0."
          "eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIiwic3ViIjoiMTIzNDU2Nzg5MCIsImF1ZCI6ImFwaSIsImV4"
          "cCI6MjAwMDAwMDAwMCwiaWF0IjoxNzAwMDAwMDAwfQ";

} // namespace

class BenchCrypto : public QObject
{
    Q_OBJECT

private slots:
    void verifySignature_data();
    void verifySignature();
    void signToken_data();
    void signToken();
    void loadKey_data();
    void loadKey();
};

void BenchCrypto::verifySignature_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<Key>("key");
    const Key secret = Key::fromSecret(QByteArray(32, 's'));
    const Key rsa = load(keys("rsa2048.pkcs8.pem"));
    QTest::newRow("HS256") << Algorithm::HS256 << secret;
    QTest::newRow("HS512") << Algorithm::HS512 << Key::fromSecret(QByteArray(64, 's'));
    QTest::newRow("RS256-2048") << Algorithm::RS256 << rsa;
    QTest::newRow("PS256-2048") << Algorithm::PS256 << rsa;
    QTest::newRow("ES256") << Algorithm::ES256 << load(keys("cert.key.pem"));
    QTest::newRow("ES384") << Algorithm::ES384 << load(keys("p384.sec1.pem"));
    QTest::newRow("ES256K") << Algorithm::ES256K << load(keys("secp256k1.pkcs8.pem"));
    QTest::newRow("EdDSA-Ed25519")
            << Algorithm::EdDSA << load(vectors("rfc8037_a4_ed25519.priv.pem"));
    QTest::newRow("EdDSA-Ed448") << Algorithm::EdDSA << load(keys("ed448.pem"));
}

void BenchCrypto::verifySignature()
{
    QFETCH(Algorithm, alg);
    QFETCH(Key, key);
    QVERIFY(!key.isNull());
    const Signature signature = sign(alg, key, signingInput);
    QVERIFY2(signature.ok(), qPrintable(signature.error));
    const Key verifier = key.publicKey();
    bool allValid = true;
    QBENCHMARK {
        allValid &= verify(alg, verifier, signingInput, signature.bytes).status
                == SignatureStatus::Valid;
    }
    QVERIFY(allValid);
}

void BenchCrypto::signToken_data()
{
    verifySignature_data();
}

void BenchCrypto::signToken()
{
    QFETCH(Algorithm, alg);
    QFETCH(Key, key);
    QVERIFY(!key.isNull());
    bool allSigned = true;
    QBENCHMARK {
        allSigned &= sign(alg, key, signingInput).ok();
    }
    QVERIFY(allSigned);
}

void BenchCrypto::loadKey_data()
{
    QTest::addColumn<QByteArray>("text");
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTest::newRow("RSA SPKI PEM") << read(keys("rsa2048.pub.pem"));
    QTest::newRow("EC JWK") << read(vectors("rfc7515_a3_es256.pub.jwk.json"));
    QTest::newRow("JWKS of 6") << read(keys("jwks.json"));
}

void BenchCrypto::loadKey()
{
    QFETCH(QByteArray, text);
    bool allLoaded = true;
    QBENCHMARK {
        allLoaded &= loadKeys(text).ok();
    }
    QVERIFY(allLoaded);
}

QTEST_GUILESS_MAIN(BenchCrypto)
#include "bench_crypto.moc"
