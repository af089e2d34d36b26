// SPDX-License-Identifier: MIT
#include "ecdsa.h"
#include "base64url.h"
#include "jws.h"
#include "keygen.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

namespace {

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(hex);
}

} // namespace

/// ECDSA signatures between the JWS form (raw R||S) and DER (ecdsa.cpp).
class TestEcdsa : public QObject
{
    Q_OBJECT

private slots:
    void ecdsaConversion_data();
    void ecdsaConversion();
    void ecdsaMalformedDer_data();
    void ecdsaMalformedDer();
    void recoverPublicPoints_data();
    void recoverPublicPoints();
};

void TestEcdsa::ecdsaConversion_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("der");
    QTest::newRow("small values") << fromHex("0001"
                                             "0002")
                                  << fromHex("3006"
                                             "020101"
                                             "020102");
    QTest::newRow("high bit needs a zero octet") << fromHex("80ff"
                                                            "7f00")
                                                 << fromHex("3009"
                                                            "0203"
                                                            "0080ff"
                                                            "0202"
                                                            "7f00");
    QTest::newRow("leading zeros stripped") << fromHex("000080"
                                                       "000001")
                                            << fromHex("3007"
                                                       "0202"
                                                       "0080"
                                                       "020101");
    const QByteArray big(66, '\xff');
    QTest::newRow("P-521 width uses long form") << big + big
                                                << fromHex("30818a") + fromHex("0243")
                    + QByteArray(1, '\0') + big + fromHex("0243") + QByteArray(1, '\0') + big;
}

void TestEcdsa::ecdsaConversion()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, der);
    QCOMPARE(Ecdsa::rawToDer(raw).toHex(), der.toHex());
    QCOMPARE(Ecdsa::derToRaw(der, int(raw.size() / 2)).toHex(), raw.toHex());
}

void TestEcdsa::ecdsaMalformedDer_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<int>("field");
    QTest::newRow("empty") << QByteArray() << 32;
    QTest::newRow("not a sequence") << fromHex("3106020101020102") << 32;
    QTest::newRow("trailing byte") << fromHex("300602010102010200") << 32;
    QTest::newRow("length too long") << fromHex("300702010102010200") << 32;
    QTest::newRow("negative integer") << fromHex("3006020181020102") << 32;
    QTest::newRow("non-minimal integer") << fromHex("300702020001020102") << 32;
    QTest::newRow("integer wider than field") << fromHex("300702020101020102") << 1;
    QTest::newRow("zero-length integer") << fromHex("30050200020102") << 32;
    QTest::newRow("non-minimal sequence length") << fromHex("30810602010102010200") << 32;
    QTest::newRow("bad field width") << fromHex("3006020101020102") << 0;
}

void TestEcdsa::ecdsaMalformedDer()
{
    QFETCH(QByteArray, der);
    QFETCH(int, field);
    QVERIFY(Ecdsa::derToRaw(der, field).isEmpty());
    QVERIFY(Ecdsa::rawToDer(QByteArray("\x01", 1)).isEmpty());
    QVERIFY(Ecdsa::rawToDer(QByteArray()).isEmpty());
}

namespace {

/// 0x04 ‖ x ‖ y of an EC key, from its JWK.
QByteArray pointOf(const Key &key)
{
    const QJsonObject jwk = QJsonDocument::fromJson(key.toJwk(false)).object();
    return '\x04' + Base64Url::decode(jwk.value(QLatin1String("x")).toString().toLatin1()).bytes
            + Base64Url::decode(jwk.value(QLatin1String("y")).toString().toLatin1()).bytes;
}

} // namespace

void TestEcdsa::recoverPublicPoints_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::newRow("ES256") << Algorithm::ES256;
    QTest::newRow("ES384") << Algorithm::ES384;
    QTest::newRow("ES512") << Algorithm::ES512;
    QTest::newRow("ES256K") << Algorithm::ES256K;
}

void TestEcdsa::recoverPublicPoints()
{
    // The signer's point is among the recovered ones, another key's is not, and a signature
    // of other bytes recovers other points (the key ring's hint relies on all three).
    QFETCH(Algorithm, alg);
    const QByteArray input = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJyZWNvdmVyIn0";
    for (int seed = 0; seed < 8; ++seed) {
        const GeneratedKey signer = generateKeyFromSeed(alg, "signer " + QByteArray::number(seed));
        const GeneratedKey other = generateKeyFromSeed(alg, "other " + QByteArray::number(seed));
        QVERIFY(signer.ok() && other.ok());
        const Signature signature = sign(alg, signer.key, input);
        QVERIFY2(signature.ok(), qPrintable(signature.error));
        const QList<QByteArray> points = Ecdsa::recoverPublicPoints(alg, input, signature.bytes);
        QVERIFY(!points.isEmpty() && points.size() <= 4);
        QVERIFY(points.contains(pointOf(signer.key)));
        QVERIFY(!points.contains(pointOf(other.key)));
        QVERIFY(!Ecdsa::recoverPublicPoints(alg, input + "x", signature.bytes)
                         .contains(pointOf(signer.key)));
    }
    // Not a signature: R = 0, or the wrong size.
    const int field = alg == Algorithm::ES512 ? 66 : alg == Algorithm::ES384 ? 48 : 32;
    QVERIFY(Ecdsa::recoverPublicPoints(alg, input, QByteArray(2 * field, '\0')).isEmpty());
    QVERIFY(Ecdsa::recoverPublicPoints(alg, input, QByteArray(2 * field - 1, '\1')).isEmpty());
    QVERIFY(Ecdsa::recoverPublicPoints(Algorithm::RS256, input, QByteArray(64, '\1')).isEmpty());
}

QTEST_GUILESS_MAIN(TestEcdsa)
#include "tst_ecdsa.moc"
