// SPDX-License-Identifier: MIT
#include "algorithm.h"

#include <QTest>

class TestAlgorithm : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void signingFormula_data();
    void signingFormula();
};

void TestAlgorithm::names()
{
    for (const Algorithm alg : Algorithms::all())
        QCOMPARE(Algorithms::fromName(Algorithms::name(alg)), std::optional<Algorithm>(alg));
    QCOMPARE(Algorithms::fromName(u"none"), std::optional<Algorithm>(Algorithm::None));
    QVERIFY(!Algorithms::fromName(u"hs256")); // case-sensitive
}

void TestAlgorithm::signingFormula_data()
{
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("formula");
    const QString in = QStringLiteral("base64UrlEncode(header) + \".\" + base64UrlEncode(payload)");
    QTest::newRow("HS256") << Algorithm::HS256 << QStringLiteral("HMACSHA256(%1, secret)").arg(in);
    QTest::newRow("HS512") << Algorithm::HS512 << QStringLiteral("HMACSHA512(%1, secret)").arg(in);
    QTest::newRow("RS256") << Algorithm::RS256
                           << QStringLiteral("RSASHA256(%1, publicKey, privateKey)").arg(in);
    QTest::newRow("PS384") << Algorithm::PS384
                           << QStringLiteral("RSAPSSSHA384(%1, publicKey, privateKey)").arg(in);
    QTest::newRow("ES256") << Algorithm::ES256
                           << QStringLiteral("ECDSASHA256(%1, publicKey, privateKey)").arg(in);
    QTest::newRow("EdDSA") << Algorithm::EdDSA
                           << QStringLiteral("EdDSA(%1, publicKey, privateKey)").arg(in);
    QTest::newRow("none") << Algorithm::None << QStringLiteral("%1 + \".\"").arg(in);
}

void TestAlgorithm::signingFormula()
{
    QFETCH(Algorithm, alg);
    QFETCH(QString, formula);
    QCOMPARE(Algorithms::signingFormula(alg), formula);
}

QTEST_GUILESS_MAIN(TestAlgorithm)
#include "tst_algorithm.moc"
