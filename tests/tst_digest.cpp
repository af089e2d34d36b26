// SPDX-License-Identifier: MIT
#include "digest.h"
#include "jws.h"
#include "key.h"

#include <QTest>

/// SHA-2, HMAC and constant-time comparison (digest.cpp).
class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void digests();
    void hmacKnownAnswers_data();
    void hmacKnownAnswers();
};

void TestDigest::digests()
{
    // FIPS 180-2 "abc".
    QCOMPARE(Digest::sha(256, "abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Digest::sha(384, "abc").toHex(),
             QByteArray("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1"
                        "e7cc2358baeca134c825a7"));
    QCOMPARE(Digest::sha(512, "abc").size(), 64);
    QVERIFY(Digest::sha(128, "abc").isEmpty());
    QVERIFY(Digest::equal("abc", "abc"));
    QVERIFY(!Digest::equal("abc", "abd"));
    QVERIFY(!Digest::equal("abc", "abcd"));
    QVERIFY(Digest::equal(QByteArray(), QByteArray()));
}

void TestDigest::hmacKnownAnswers_data()
{
    // RFC 4231 test case 2 (key "Jefe").
    QTest::addColumn<int>("bits");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("HMAC-SHA-256") << 256
                                  << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d273983"
                                                "9dec58b964ec3843");
    QTest::newRow("HMAC-SHA-384") << 384
                                  << QByteArray("af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47"
                                                "e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649");
    QTest::newRow("HMAC-SHA-512") << 512
                                  << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd6"
                                                "10270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
                                                "caeab1a34d4a6b4b636e070a38bce737");
}

void TestDigest::hmacKnownAnswers()
{
    QFETCH(int, bits);
    QFETCH(QByteArray, expected);
    const QByteArray data = "what do ya want for nothing?";
    QCOMPARE(Digest::hmac(bits, "Jefe", data).toHex(), expected);
    // The signing path (cached per-thread context) gives the same, also when reused.
    const Algorithm alg = bits == 256 ? Algorithm::HS256
            : bits == 384             ? Algorithm::HS384
                                      : Algorithm::HS512;
    const Key key = Key::fromSecret("Jefe");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sign(alg, key, data).bytes.toHex(), expected);
    QCOMPARE(verify(alg, key, data, QByteArray::fromHex(expected)).status, SignatureStatus::Valid);
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
