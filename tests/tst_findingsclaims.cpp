// SPDX-License-Identifier: MIT
#include "findingstestdata.h"

#include <QTest>

using namespace FindingsTest;

/// The claims checks of Findings::review(): exp, nbf and iat.
class TestFindingsClaims : public QObject
{
    Q_OBJECT

private slots:
    void finds_data();
    void finds();
    void notFlagged_data();
    void notFlagged();
    void leewayForIat();
};

void TestFindingsClaims::finds_data()
{
    addRows(claimsRows());
}

void TestFindingsClaims::finds()
{
    verifyFinds();
}

void TestFindingsClaims::notFlagged_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("id");
    QTest::newRow("a JWE has no claims to check")
            << jwe(R"({"alg":"dir","enc":"A128GCM"})") << QStringLiteral("no-exp");
}

void TestFindingsClaims::notFlagged()
{
    verifyNotFlagged();
}

void TestFindingsClaims::leewayForIat()
{
    const QString token = jws(goodHeader, R"({"iat":1700000160,"exp":1700003600})");
    QVERIFY(hasId(review(token, 0), QStringLiteral("iat-in-future")));
    QVERIFY(!hasId(review(token, 60), QStringLiteral("iat-in-future")));
}

QTEST_GUILESS_MAIN(TestFindingsClaims)
#include "tst_findingsclaims.moc"
