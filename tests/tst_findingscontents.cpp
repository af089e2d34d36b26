// SPDX-License-Identifier: MIT
#include "findingstestdata.h"

#include <QTest>

using namespace FindingsTest;

/// The contents checks of Findings::review(): sensitive member names, card numbers and big
/// integers anywhere in the payload.
class TestFindingsContents : public QObject
{
    Q_OBJECT

private slots:
    void finds_data();
    void finds();
    void notFlagged_data();
    void notFlagged();
};

void TestFindingsContents::finds_data()
{
    addRows(contentsRows());
}

void TestFindingsContents::finds()
{
    verifyFinds();
}

void TestFindingsContents::notFlagged_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("id");
    QTest::newRow("ten-digit numbers are not cards")
            << jws(goodHeader, withClaims(R"("n":4111111111)")) << QStringLiteral("card-number");
    QTest::newRow("a sensitive name is reported once")
            << jws(goodHeader, withClaims(R"("a":{"password":1},"b":{"password":2})"))
            << QStringLiteral("never");
}

void TestFindingsContents::notFlagged()
{
    verifyNotFlagged();
}

QTEST_GUILESS_MAIN(TestFindingsContents)
#include "tst_findingscontents.moc"
