// SPDX-License-Identifier: MIT
#include "ecdsa.h"

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

QTEST_GUILESS_MAIN(TestEcdsa)
#include "tst_ecdsa.moc"
