// SPDX-License-Identifier: MIT
#include "claims.h"

#include <QTest>

class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void timeStatus_data();
    void timeStatus();
    void claimValues_data();
    void claimValues();
    void malformed_data();
    void malformed();
    void ignoreTime();
    void notAnObject();
    void lastDuplicateWins();
    void utc_data();
    void utc();
    void issuer_data();
    void issuer();
    void audience_data();
    void audience();
    void statusNames_data();
    void statusNames();
    void checkedClaimsSuffice_data();
    void checkedClaimsSuffice();
};

namespace {

ClaimsReport check(const QByteArray &payload, double now, qint64 leeway = 0)
{
    ClaimsPolicy policy;
    policy.now = now;
    policy.leeway = leeway;
    return checkClaims(Json::readObject(payload), policy);
}

} // namespace

void TestClaims::timeStatus_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<double>("now");
    QTest::addColumn<qint64>("leeway");
    QTest::addColumn<TimeStatus>("status");
    const QByteArray exp = R"({"exp":1000})";
    const QByteArray nbf = R"({"nbf":1000})";
    const QByteArray iat = R"({"iat":1000})";
    QTest::newRow("no time claims")
            << QByteArray(R"({"sub":"x"})") << 5.0 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("empty object") << QByteArray("{}") << 5.0 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("exp: a second before") << exp << 999.0 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("exp: just before") << exp << 999.999 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("exp: on the second is expired (RFC 7519: on or after)")
            << exp << 1000.0 << qint64(0) << TimeStatus::Expired;
    QTest::newRow("exp: after") << exp << 1001.0 << qint64(0) << TimeStatus::Expired;
    QTest::newRow("exp: leeway keeps it valid") << exp << 1059.0 << qint64(60) << TimeStatus::Valid;
    QTest::newRow("exp: at exp + leeway it expires")
            << exp << 1060.0 << qint64(60) << TimeStatus::Expired;
    QTest::newRow("exp: fractional")
            << QByteArray(R"({"exp":1000.5})") << 1000.25 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("exp: fractional reached")
            << QByteArray(R"({"exp":1000.5})") << 1000.5 << qint64(0) << TimeStatus::Expired;
    QTest::newRow("exp: exponent form")
            << QByteArray(R"({"exp":1.3e9})") << 1.3e9 - 1 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("exp: exponent form reached")
            << QByteArray(R"({"exp":1.3E+9})") << 1.3e9 << qint64(0) << TimeStatus::Expired;
    QTest::newRow("nbf: before") << nbf << 999.0 << qint64(0) << TimeStatus::NotYetValid;
    QTest::newRow("nbf: on the second is valid") << nbf << 1000.0 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("nbf: leeway edge valid") << nbf << 940.0 << qint64(60) << TimeStatus::Valid;
    QTest::newRow("nbf: just outside the leeway")
            << nbf << 939.0 << qint64(60) << TimeStatus::NotYetValid;
    QTest::newRow("iat: in the past") << iat << 2000.0 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("iat: now") << iat << 1000.0 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("iat: in the future") << iat << 999.0 << qint64(0) << TimeStatus::IssuedInFuture;
    QTest::newRow("iat: future within leeway") << iat << 990.0 << qint64(10) << TimeStatus::Valid;
    QTest::newRow("all valid") << QByteArray(R"({"iat":900,"nbf":900,"exp":2000})") << 1000.0
                               << qint64(0) << TimeStatus::Valid;
    QTest::newRow("expired wins over not yet valid") << QByteArray(R"({"nbf":3000,"exp":500})")
                                                     << 1000.0 << qint64(0) << TimeStatus::Expired;
    QTest::newRow("not yet valid wins over issued in future")
            << QByteArray(R"({"iat":3000,"nbf":3000,"exp":5000})") << 1000.0 << qint64(0)
            << TimeStatus::NotYetValid;
    QTest::newRow("malformed wins over expired") << QByteArray(R"({"exp":500,"iat":"yesterday"})")
                                                 << 1000.0 << qint64(0) << TimeStatus::Malformed;
    QTest::newRow("negative time")
            << QByteArray(R"({"exp":-1})") << 0.0 << qint64(0) << TimeStatus::Expired;
    QTest::newRow("exp: the last second that is not milliseconds")
            << QByteArray(R"({"exp":100000000000})") << 1000.0 << qint64(0) << TimeStatus::Valid;
    QTest::newRow("exp: past it, milliseconds") << QByteArray(R"({"exp":100000000001})") << 1000.0
                                                << qint64(0) << TimeStatus::Malformed;
    QTest::newRow("milliseconds win over expired")
            << QByteArray(R"({"exp":500,"iat":1700000000000})") << 1000.0 << qint64(0)
            << TimeStatus::Malformed;
}

void TestClaims::timeStatus()
{
    QFETCH(QByteArray, payload);
    QFETCH(double, now);
    QFETCH(qint64, leeway);
    QFETCH(TimeStatus, status);
    const ClaimsReport report = check(payload, now, leeway);
    QCOMPARE(report.time, status);
    QCOMPARE(report.isValid(), status == TimeStatus::Valid);
    QCOMPARE(report.errors.isEmpty(), status != TimeStatus::Malformed);
}

void TestClaims::claimValues_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<bool>("milliseconds");
    QTest::newRow("integer") << QByteArray("1516239022") << 1516239022.0 << false;
    QTest::newRow("fraction") << QByteArray("1516239022.5") << 1516239022.5 << false;
    QTest::newRow("exponent") << QByteArray("1.3e9") << 1.3e9 << false;
    QTest::newRow("upper exponent") << QByteArray("13E8") << 1.3e9 << false;
    QTest::newRow("zero") << QByteArray("0") << 0.0 << false;
    QTest::newRow("negative zero") << QByteArray("-0") << 0.0 << false;
    QTest::newRow("milliseconds") << QByteArray("1700000000000") << 1.7e12 << true;
    QTest::newRow("milliseconds as exponent") << QByteArray("1.7e12") << 1.7e12 << true;
    QTest::newRow("just under the threshold")
            << QByteArray("99999999999") << 99999999999.0 << false;
}

void TestClaims::claimValues()
{
    QFETCH(QByteArray, raw);
    QFETCH(double, seconds);
    QFETCH(bool, milliseconds);
    const ClaimsReport report = check("{\"exp\":" + raw + ",\"sub\":\"x\"}", 0);
    QCOMPARE(report.times.size(), 1);
    const TimeClaim &claim = report.times.first();
    QCOMPARE(claim.name, QStringLiteral("exp"));
    QCOMPARE(claim.raw, raw);
    QVERIFY(claim.isNumber);
    QCOMPARE(claim.seconds, seconds);
    QCOMPARE(claim.looksLikeMilliseconds, milliseconds);
}

void TestClaims::malformed_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    QTest::newRow("string exp") << QByteArray(R"({"exp":"1700000000"})")
                                << QStringLiteral("exp is not a number (NumericDate, RFC 7519 §2)");
    QTest::newRow("boolean nbf") << QByteArray(
            R"({"nbf":true})") << QStringLiteral("nbf is not a number (NumericDate, RFC 7519 §2)");
    QTest::newRow("null iat") << QByteArray(R"({"iat":null})")
                              << QStringLiteral("iat is not a number (NumericDate, RFC 7519 §2)");
    QTest::newRow("object exp") << QByteArray(R"({"exp":{"$date":1}})")
                                << QStringLiteral("exp is not a number (NumericDate, RFC 7519 §2)");
    QTest::newRow("array exp") << QByteArray(R"({"exp":[1]})")
                               << QStringLiteral("exp is not a number (NumericDate, RFC 7519 §2)");
    QTest::newRow("infinite exp") << QByteArray(R"({"exp":1e999})")
                                  << QStringLiteral("exp is out of range");
    // Read as seconds, the year 55 000: the token would never expire (issue 16's negative set).
    QTest::newRow("exp in milliseconds")
            << QByteArray(R"({"exp":1700000900000})")
            << QStringLiteral("exp = 1700000900000 looks like milliseconds: a NumericDate counts "
                              "seconds (RFC 7519 §2)");
    // Already refused as in the future; the reason now names the real mistake.
    QTest::newRow("nbf in milliseconds, exponent form")
            << QByteArray(R"({"nbf":1.7e12})")
            << QStringLiteral("nbf = 1.7e12 looks like milliseconds: a NumericDate counts seconds "
                              "(RFC 7519 §2)");
    QTest::newRow("iat in milliseconds")
            << QByteArray(R"({"iat":1700000000000})")
            << QStringLiteral("iat = 1700000000000 looks like milliseconds: a NumericDate counts "
                              "seconds (RFC 7519 §2)");
}

void TestClaims::malformed()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    const ClaimsReport report = check(payload, 1000);
    QCOMPARE(report.time, TimeStatus::Malformed);
    QCOMPARE(report.errors, QStringList(error));
    QVERIFY(!report.isValid());
    QCOMPARE(report.times.size(), 1);
    QCOMPARE(report.times.first().status, TimeStatus::Malformed);
    QVERIFY(!report.times.first().utc().isValid());
}

void TestClaims::ignoreTime()
{
    ClaimsPolicy policy;
    policy.now = 5000;
    policy.ignoreTime = true;
    const ClaimsReport report
            = checkClaims(Json::readObject(R"({"exp":1000,"nbf":"x","iat":9000})"), policy);
    QCOMPARE(report.time, TimeStatus::Skipped);
    QVERIFY(report.isValid());
    QCOMPARE(report.times.size(), 3);
    QCOMPARE(report.times.at(0).name, QStringLiteral("exp"));
    QCOMPARE(report.times.at(0).status, TimeStatus::Expired); // still reported per claim
    QCOMPARE(report.times.at(1).name, QStringLiteral("nbf"));
    QCOMPARE(report.times.at(1).status, TimeStatus::Malformed);
    QCOMPARE(report.times.at(2).status, TimeStatus::IssuedInFuture);

    // Milliseconds too: the claim says so, and no error is added.
    const ClaimsReport ms = checkClaims(Json::readObject(R"({"exp":2e12})"), policy);
    QCOMPARE(ms.time, TimeStatus::Skipped);
    QVERIFY(ms.isValid());
    QCOMPARE(ms.times.first().status, TimeStatus::Malformed);
    QVERIFY(ms.times.first().looksLikeMilliseconds);
}

void TestClaims::notAnObject()
{
    ClaimsPolicy policy;
    const ClaimsReport report = checkClaims(Json::readObject("[1,2]"), policy);
    QCOMPARE(report.time, TimeStatus::Skipped);
    QVERIFY(report.times.isEmpty());
    QVERIFY(report.isValid());
    policy.audience = QStringLiteral("api");
    const ClaimsReport withAudience = checkClaims(Json::readObject("not json"), policy);
    QVERIFY(!withAudience.audienceOk);
    QVERIFY(!withAudience.isValid());
}

void TestClaims::lastDuplicateWins()
{
    const ClaimsReport report = check(R"({"exp":1,"exp":5000})", 1000);
    QCOMPARE(report.time, TimeStatus::Valid);
    QCOMPARE(report.times.size(), 1);
    QCOMPARE(report.times.first().raw, QByteArray("5000"));
}

void TestClaims::utc_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("iso");
    QTest::newRow("epoch") << QByteArray("0") << QStringLiteral("1970-01-01T00:00:00.000Z");
    QTest::newRow("RFC 7519 example")
            << QByteArray("1300819380") << QStringLiteral("2011-03-22T18:43:00.000Z");
    QTest::newRow("contract example")
            << QByteArray("1700000000") << QStringLiteral("2023-11-14T22:13:20.000Z");
    QTest::newRow("fractional") << QByteArray("1700000000.25")
                                << QStringLiteral("2023-11-14T22:13:20.250Z");
    QTest::newRow("exponent") << QByteArray("1.3e9") << QStringLiteral("2011-03-13T07:06:40.000Z");
    QTest::newRow("before the epoch")
            << QByteArray("-86400") << QStringLiteral("1969-12-31T00:00:00.000Z");
    QTest::newRow("last second of 9999")
            << QByteArray("253402300799") << QStringLiteral("9999-12-31T23:59:59.000Z");
    QTest::newRow("year 10000 is out of range") << QByteArray("253402300800") << QString();
    QTest::newRow("milliseconds are out of range") << QByteArray("1.7e15") << QString();
    QTest::newRow("huge") << QByteArray("1e300") << QString();
    QTest::newRow("before year 1") << QByteArray("-62135596801") << QString();
}

void TestClaims::utc()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, iso);
    const ClaimsReport report = check("{\"iat\":" + raw + "}", 0);
    QCOMPARE(report.times.size(), 1);
    const QDateTime utc = report.times.first().utc();
    QCOMPARE(utc.isValid(), !iso.isEmpty());
    if (utc.isValid()) {
        QCOMPARE(utc.toString(Qt::ISODateWithMs), iso);
        QCOMPARE(utc.timeSpec(), Qt::UTC);
    }
}

void TestClaims::issuer_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QTest::newRow("matches") << QByteArray(R"({"iss":"https://issuer"})") << true << QString();
    QTest::newRow("escaped spelling matches")
            << QByteArray(R"({"iss":"https:\/\/issuer"})") << true << QString();
    QTest::newRow("differs") << QByteArray(R"({"iss":"https://evil"})") << false
                             << QStringLiteral(
                                        "iss is \"https://evil\", expected \"https://issuer\"");
    QTest::newRow("case differs") << QByteArray(R"({"iss":"https://ISSUER"})") << false
                                  << QStringLiteral("iss is \"https://ISSUER\", expected "
                                                    "\"https://issuer\"");
    QTest::newRow("missing") << QByteArray(R"({"sub":"x"})") << false
                             << QStringLiteral("iss is missing, expected \"https://issuer\"");
    QTest::newRow("not a string") << QByteArray(R"({"iss":["https://issuer"]})") << false
                                  << QStringLiteral("iss is not a string");
}

void TestClaims::issuer()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    ClaimsPolicy policy;
    policy.issuer = QStringLiteral("https://issuer");
    const ClaimsReport report = checkClaims(Json::readObject(payload), policy);
    QCOMPARE(report.issuerOk, ok);
    QCOMPARE(report.isValid(), ok);
    QCOMPARE(report.errors, ok ? QStringList() : QStringList(error));
    // Without a policy the issuer is not checked at all.
    QVERIFY(checkClaims(Json::readObject(payload), ClaimsPolicy()).issuerOk);
}

void TestClaims::audience_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QTest::newRow("string matches") << QByteArray(R"({"aud":"api"})") << true << QString();
    QTest::newRow("string differs") << QByteArray(R"({"aud":"web"})") << false
                                    << QStringLiteral("aud is \"web\", expected \"api\"");
    QTest::newRow("array contains") << QByteArray(R"({"aud":["web","api"]})") << true << QString();
    QTest::newRow("array with spaces contains")
            << QByteArray(R"({"aud":[ "web" , "api" ]})") << true << QString();
    QTest::newRow("array does not contain") << QByteArray(R"({"aud":["web","apix"]})") << false
                                            << QStringLiteral("aud does not contain \"api\"");
    QTest::newRow("empty array") << QByteArray(R"({"aud":[]})") << false
                                 << QStringLiteral("aud does not contain \"api\"");
    QTest::newRow("array of non-strings") << QByteArray(R"({"aud":[1,{"api":1}]})") << false
                                          << QStringLiteral("aud does not contain \"api\"");
    QTest::newRow("missing") << QByteArray(R"({"sub":"api"})") << false
                             << QStringLiteral("aud is missing, expected \"api\"");
    QTest::newRow("number") << QByteArray(R"({"aud":1})") << false
                            << QStringLiteral("aud is neither a string nor an array of strings");
}

void TestClaims::audience()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    ClaimsPolicy policy;
    policy.audience = QStringLiteral("api");
    const ClaimsReport report = checkClaims(Json::readObject(payload), policy);
    QCOMPARE(report.audienceOk, ok);
    QCOMPARE(report.isValid(), ok);
    QCOMPARE(report.errors, ok ? QStringList() : QStringList(error));
    QVERIFY(checkClaims(Json::readObject(payload), ClaimsPolicy()).audienceOk);
}

void TestClaims::statusNames_data()
{
    QTest::addColumn<TimeStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("valid") << TimeStatus::Valid << QStringLiteral("valid");
    QTest::newRow("expired") << TimeStatus::Expired << QStringLiteral("expired");
    QTest::newRow("not yet valid") << TimeStatus::NotYetValid << QStringLiteral("not_yet_valid");
    QTest::newRow("issued in future")
            << TimeStatus::IssuedInFuture << QStringLiteral("issued_in_future");
    QTest::newRow("malformed") << TimeStatus::Malformed << QStringLiteral("malformed");
    QTest::newRow("skipped") << TimeStatus::Skipped << QStringLiteral("skipped");
}

void TestClaims::statusNames()
{
    QFETCH(TimeStatus, status);
    QFETCH(QString, name);
    QCOMPARE(timeStatusName(status), name);
}

void TestClaims::checkedClaimsSuffice_data()
{
    // An object of only the checked claims reports as the whole object does.
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("all valid") << QByteArray(
            R"({"sub":"u","iss":"me","aud":"api","exp":2000,"nbf":500,"iat":500,)"
            R"("name":"n","roles":["a"]})");
    QTest::newRow("expired and not yet valid") << QByteArray(R"({"exp":900,"nbf":1500,"x":1})");
    QTest::newRow("malformed times") << QByteArray(R"({"exp":"soon","iat":true,"nbf":1e999})");
    QTest::newRow("repeated claims")
            << QByteArray(R"({"exp":900,"iss":"x","exp":2000,"iss":"me","aud":"a","aud":"api"})");
    QTest::newRow("escaped names") << QByteArray(R"({"\u0065xp":900,"i\u0073s":"me"})");
    QTest::newRow("audience array") << QByteArray(R"({"aud":["x",{"aud":"api"},"api"]})");
    QTest::newRow("audience wrong type") << QByteArray(R"({"aud":7,"iss":null})");
    QTest::newRow("nested look-alikes") << QByteArray(R"({"x":{"exp":1,"iss":"me","aud":"api"}})");
    QTest::newRow("no claims") << QByteArray("{}");
    QTest::newRow("not an object") << QByteArray(R"(["exp",1])");
    QTest::newRow("not JSON") << QByteArray(R"({"exp":1,)");
}

void TestClaims::checkedClaimsSuffice()
{
    QFETCH(QByteArray, payload);
    const Json::Object whole = Json::readObject(payload);
    const Json::Object checked
            = Json::readObject(payload, Json::Duplicates::Allow, checkedClaims());
    QCOMPARE(checked.isObject, whole.isObject);
    for (const Json::Member &m : checked.members)
        QVERIFY(checkedClaims().contains(QStringView(m.name)));
    for (int variant = 0; variant < 3; ++variant) {
        ClaimsPolicy policy;
        policy.now = 1000;
        policy.leeway = variant;
        policy.ignoreTime = variant == 2;
        if (variant > 0) {
            policy.issuer = QStringLiteral("me");
            policy.audience = QStringLiteral("api");
        }
        const ClaimsReport a = checkClaims(whole, policy);
        const ClaimsReport b = checkClaims(checked, policy);
        QCOMPARE(b.time, a.time);
        QCOMPARE(b.issuerOk, a.issuerOk);
        QCOMPARE(b.audienceOk, a.audienceOk);
        QCOMPARE(b.errors, a.errors);
        QCOMPARE(b.times.size(), a.times.size());
        for (qsizetype i = 0; i < a.times.size(); ++i) {
            QCOMPARE(b.times.at(i).name, a.times.at(i).name);
            QCOMPARE(b.times.at(i).raw, a.times.at(i).raw);
            QCOMPARE(b.times.at(i).status, a.times.at(i).status);
            QCOMPARE(b.times.at(i).seconds, a.times.at(i).seconds);
        }
    }
}

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
