// SPDX-License-Identifier: MIT
#include "findingstestdata.h"

#include <QTest>

using namespace FindingsTest;

/// The header checks of Findings::review(): alg, typ, cty, crit, b64, the key references
/// (jku, x5u, jwk, x5c, kid) and a JWE's algorithms.
class TestFindingsHeader : public QObject
{
    Q_OBJECT

private slots:
    void finds_data();
    void finds();
    void notFlagged_data();
    void notFlagged();
    void messagesQuoteSafely();
};

void TestFindingsHeader::finds_data()
{
    addRows(headerRows());
}

void TestFindingsHeader::finds()
{
    verifyFinds();
}

void TestFindingsHeader::notFlagged_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("id");
    QTest::newRow("crit b64 is understood")
            << jws(R"({"alg":"HS256","b64":false,"crit":["b64"]})", goodPayload)
            << QStringLiteral("crit-unknown");
    QTest::newRow("alg none has its own finding, not empty-signature")
            << jws(R"({"alg":"none"})", goodPayload, "") << QStringLiteral("empty-signature");
    QTest::newRow("JWE typ JOSE") << jwe(R"({"alg":"dir","enc":"A128GCM","typ":"JOSE"})")
                                  << QStringLiteral("typ-unusual");
    QTest::newRow("JWS typ JOSE (RFC 7515 §4.1.9)")
            << jws(R"({"alg":"HS256","typ":"JOSE"})", goodPayload) << QStringLiteral("typ-unusual");
}

void TestFindingsHeader::notFlagged()
{
    verifyNotFlagged();
}

void TestFindingsHeader::messagesQuoteSafely()
{
    const QByteArray longKid = "../" + QByteArray(500, 'a');
    const QList<Finding> findings
            = review(jws(R"({"alg":"HS256","kid":")" + longKid + R"(\u0000\r"})", goodPayload));
    QVERIFY(hasId(findings, QStringLiteral("kid-path-traversal")));
    for (const Finding &f : findings) {
        QVERIFY(f.message.size() < 300);
        QVERIFY(!f.message.contains(QChar(0)));
        QVERIFY(!f.message.contains(QLatin1Char('\r')));
    }
}

QTEST_GUILESS_MAIN(TestFindingsHeader)
#include "tst_findingsheader.moc"
