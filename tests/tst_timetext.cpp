// SPDX-License-Identifier: MIT
#include "timetext.h"

#include <QTest>

class TestTimeText : public QObject
{
    Q_OBJECT

private slots:
    void duration_data();
    void duration();
    void relative_data();
    void relative();
    void utcOf_data();
    void utcOf();
    void plural_data();
    void plural();
};

void TestTimeText::duration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0 s") << 0.0 << "0 seconds";
    QTest::newRow("1 s") << 1.0 << "1 second";
    QTest::newRow("59.9 s, rounded down") << 59.9 << "59 seconds";
    QTest::newRow("1 min") << 60.0 << "1 minute";
    QTest::newRow("12 min") << 12 * 60.0 + 59 << "12 minutes";
    QTest::newRow("1 h") << 3600.0 << "1 hour";
    QTest::newRow("23 h") << 86399.0 << "23 hours";
    QTest::newRow("1 day") << 86400.0 << "1 day";
    QTest::newRow("365 days is not yet a year") << 365 * 86400.0 << "365 days";
    QTest::newRow("a year of 365.25 days") << 365.25 * 86400 << "1 year";
    QTest::newRow("far future, capped") << 1e300 << QString::number(2147483647) + " years";
}

void TestTimeText::duration()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(TimeText::duration(seconds), text);
}

void TestTimeText::relative_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<TimeStatus>("status");
    QTest::addColumn<QString>("text");
    const double now = 1700000000;
    QTest::newRow("exp ahead") << "exp" << now + 720 << TimeStatus::Valid
                               << "expires in 12 minutes";
    QTest::newRow("exp past") << "exp" << now - 3 * 3600 << TimeStatus::Expired
                              << "expired 3 hours ago";
    QTest::newRow("exp past within the leeway") << "exp" << now - 30 << TimeStatus::Valid
                                                << "expired 30 seconds ago (within the leeway)";
    QTest::newRow("nbf past") << "nbf" << now - 60 << TimeStatus::Valid
                              << "valid since 1 minute ago";
    QTest::newRow("nbf ahead") << "nbf" << now + 7200 << TimeStatus::NotYetValid
                               << "becomes valid in 2 hours";
    QTest::newRow("nbf ahead within the leeway")
            << "nbf" << now + 5 << TimeStatus::Valid
            << "becomes valid in 5 seconds (within the leeway)";
    QTest::newRow("iat past") << "iat" << now - 2 * 86400 << TimeStatus::Valid
                              << "issued 2 days ago";
    QTest::newRow("iat ahead") << "iat" << now + 86400 << TimeStatus::IssuedInFuture
                               << "issued 1 day in the future";
    QTest::newRow("iat ahead within the leeway")
            << "iat" << now + 10 << TimeStatus::Valid
            << "issued 10 seconds in the future (within the leeway)";
    QTest::newRow("other claim past")
            << "auth_time" << now - 3600 << TimeStatus::Valid << "1 hour ago";
    QTest::newRow("other claim ahead")
            << "auth_time" << now + 3600 << TimeStatus::Valid << "in 1 hour";
    QTest::newRow("out of range") << "exp" << 1e13 << TimeStatus::Valid << "";
    QTest::newRow("not finite") << "exp" << qInf() << TimeStatus::Valid << "";
}

void TestTimeText::relative()
{
    QFETCH(QString, name);
    QFETCH(double, seconds);
    QFETCH(TimeStatus, status);
    QFETCH(QString, text);
    QCOMPARE(TimeText::relative(name, seconds, 1700000000, status), text);
}

void TestTimeText::utcOf_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("utc"); // empty: invalid
    QTest::newRow("epoch") << 0.0 << "1970-01-01T00:00:00.000Z";
    QTest::newRow("RFC 7519 example") << 1300819380.0 << "2011-03-22T18:43:00.000Z";
    QTest::newRow("milliseconds kept, rounded down") << 1.9999 << "1970-01-01T00:00:01.999Z";
    QTest::newRow("before the epoch") << -1.5 << "1969-12-31T23:59:58.500Z";
    QTest::newRow("last second of 9999") << TimeText::MaxSeconds << "9999-12-31T23:59:59.000Z";
    QTest::newRow("after 9999") << TimeText::MaxSeconds + 1 << "";
    QTest::newRow("NaN") << qQNaN() << "";
}

void TestTimeText::utcOf()
{
    QFETCH(double, seconds);
    QFETCH(QString, utc);
    const QDateTime t = TimeText::utcOf(seconds);
    QCOMPARE(t.isValid(), !utc.isEmpty());
    if (t.isValid()) {
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QCOMPARE(t.toString(Qt::ISODateWithMs), utc);
    }
}

void TestTimeText::plural_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << "1 key(s)" << 1 << "1 key";
    QTest::newRow("two") << "2 key(s)" << 2 << "2 keys";
    QTest::newRow("zero") << "0 key(s)" << 0 << "0 keys";
    QTest::newRow("translated: unchanged") << "2 keys" << 2 << "2 keys";
}

void TestTimeText::plural()
{
    QFETCH(QString, text);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(TimeText::plural(text, n), expected);
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
