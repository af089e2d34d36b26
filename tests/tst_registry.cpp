// SPDX-License-Identifier: MIT
#include "registry.h"

#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>

class TestRegistry : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void placesAreSeparate();
    void unknownNamesArePrivate_data();
    void unknownNamesArePrivate();
    void everyEntryIsComplete_data();
    void everyEntryIsComplete();
    void requiredNamesArePresent_data();
    void requiredNamesArePresent();
    void tooltipShowsDates_data();
    void tooltipShowsDates();
    void tooltipEscapesUserText();
};

using Registry::Kind;
using Registry::Place;

void TestRegistry::lookup_data()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("numericDate");
    QTest::addColumn<QString>("title");

    QTest::newRow("exp is a registered NumericDate")
            << Place::Payload << "exp" << Kind::Registered << "RFC 7519 §4.1.4" << true
            << "Expiration time";
    QTest::newRow("iss is registered, not a date") << Place::Payload << "iss" << Kind::Registered
                                                   << "RFC 7519 §4.1.1" << false << "Issuer";
    QTest::newRow("auth_time is a public NumericDate")
            << Place::Payload << "auth_time" << Kind::Public << "OpenID Connect Core 1.0 §2" << true
            << "Authentication time";
    QTest::newRow("cnf comes from RFC 7800") << Place::Payload << "cnf" << Kind::Public
                                             << "RFC 7800 §3.1" << false << "Confirmation";
    QTest::newRow("act comes from token exchange")
            << Place::Payload << "act" << Kind::Public << "RFC 8693 §4.1" << false << "Actor";
    QTest::newRow("alg is a registered header parameter")
            << Place::Header << "alg" << Kind::Registered << "RFC 7515 §4.1.1" << false
            << "Algorithm";
    QTest::newRow("x5t#S256 keeps its hash sign")
            << Place::Header << "x5t#S256" << Kind::Registered << "RFC 7515 §4.1.8" << false
            << "X.509 SHA-256 thumbprint";
    QTest::newRow("b64 is from RFC 7797") << Place::Header << "b64" << Kind::Public << "RFC 7797 §3"
                                          << false << "Base64url-encode payload";
}

void TestRegistry::lookup()
{
    QFETCH(Place, place);
    QFETCH(QString, name);
    QFETCH(Kind, kind);
    QFETCH(QString, reference);
    QFETCH(bool, numericDate);
    QFETCH(QString, title);

    const Registry::Entry entry = Registry::lookup(place, name);
    QCOMPARE(entry.name, name);
    QCOMPARE(entry.place, place);
    QCOMPARE(entry.kind, kind);
    QVERIFY(entry.isKnown());
    QCOMPARE(entry.reference, reference);
    QCOMPARE(entry.isNumericDate, numericDate);
    QCOMPARE(entry.title, title);
    QVERIFY(!entry.meaning.isEmpty());
    const std::optional<Registry::Entry> found = Registry::find(place, name);
    QVERIFY(found);
    QCOMPARE(found->reference, reference);
    QCOMPARE(found->title, title);
}

void TestRegistry::placesAreSeparate()
{
    // A header parameter is not a claim and vice versa.
    QCOMPARE(Registry::lookup(Place::Payload, u"alg").kind, Kind::Private);
    QCOMPARE(Registry::lookup(Place::Header, u"exp").kind, Kind::Private);
    // Names are case-sensitive.
    QCOMPARE(Registry::lookup(Place::Payload, u"EXP").kind, Kind::Private);
    QVERIFY(!Registry::find(Place::Payload, u"alg"));
    QVERIFY(!Registry::find(Place::Header, u"exp"));
    QVERIFY(!Registry::find(Place::Payload, u"EXP"));
}

void TestRegistry::unknownNamesArePrivate_data()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("name");
    QTest::newRow("claim of the lesson") << Place::Payload << "user-id";
    QTest::newRow("URI claim of RFC 7515 A.1") << Place::Payload << "http://example.com/is_root";
    QTest::newRow("empty name") << Place::Payload << "";
    QTest::newRow("private header parameter") << Place::Header << "x-request";
}

void TestRegistry::unknownNamesArePrivate()
{
    QFETCH(Place, place);
    QFETCH(QString, name);
    const Registry::Entry entry = Registry::lookup(place, name);
    QCOMPARE(entry.kind, Kind::Private);
    QVERIFY(!entry.isKnown());
    QVERIFY(!Registry::find(place, name));
    QCOMPARE(entry.name, name);
    QVERIFY(entry.reference.isEmpty());
    QVERIFY(entry.meaning.contains(QLatin1String("agreed between")));
    const QString tip = Registry::tooltip(place, name, "1");
    QVERIFY(tip.contains(Registry::kindName(place, Kind::Private)));
}

void TestRegistry::everyEntryIsComplete_data()
{
    QTest::addColumn<Place>("place");
    QTest::newRow("claims") << Place::Payload;
    QTest::newRow("header parameters") << Place::Header;
}

void TestRegistry::everyEntryIsComplete()
{
    QFETCH(Place, place);
    const QList<Registry::Entry> list = Registry::entries(place);
    QVERIFY(list.size() >= 20);
    QSet<QString> seen;
    for (const Registry::Entry &entry : list) {
        QVERIFY2(!entry.name.isEmpty(), "an entry without a name");
        QVERIFY2(!seen.contains(entry.name), qPrintable(entry.name));
        seen.insert(entry.name);
        QCOMPARE(entry.place, place);
        QVERIFY2(entry.kind != Kind::Private, qPrintable(entry.name));
        QVERIFY2(!entry.reference.isEmpty(), qPrintable(entry.name));
        QVERIFY2(!entry.title.isEmpty() && !entry.meaning.isEmpty(), qPrintable(entry.name));
        // lookup() and find() give every listed entry as it is listed.
        QCOMPARE(Registry::lookup(place, entry.name).reference, entry.reference);
        const std::optional<Registry::Entry> found = Registry::find(place, entry.name);
        QVERIFY2(found, qPrintable(entry.name));
        QCOMPARE(found->name, entry.name);
    }
}

void TestRegistry::requiredNamesArePresent_data()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("name");
    const char *claims[] = {"iss",        "sub",          "aud",     "exp",
                            "nbf",        "iat",          "jti",     "name",
                            "given_name", "family_name",  "email",   "email_verified",
                            "scope",      "azp",          "nonce",   "auth_time",
                            "acr",        "amr",          "at_hash", "c_hash",
                            "sid",        "client_id",    "cnf",     "roles",
                            "groups",     "entitlements", "locale",  "preferred_username",
                            "act",        "may_act"};
    for (const char *name : claims)
        QTest::addRow("claim %s", name) << Place::Payload << QString::fromLatin1(name);
    const char *parameters[] = {"alg", "typ",      "cty",  "kid", "jku", "jwk", "x5u", "x5c",
                                "x5t", "x5t#S256", "crit", "b64", "zip", "enc", "epk"};
    for (const char *name : parameters)
        QTest::addRow("header %s", name) << Place::Header << QString::fromLatin1(name);
}

void TestRegistry::requiredNamesArePresent()
{
    QFETCH(Place, place);
    QFETCH(QString, name);
    QVERIFY(Registry::lookup(place, name).isKnown());
}

void TestRegistry::tooltipShowsDates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    const QLocale c(QLocale::English, QLocale::UnitedStates);
    const QDateTime rfc = QDateTime::fromSecsSinceEpoch(1300819380, QTimeZone::utc());
    const QString rfcDate = c.toString(rfc.date(), QLocale::LongFormat);
    QTest::newRow("exp of RFC 7515 A.1")
            << "exp" << QByteArray("1300819380")
            << QStringList {rfcDate, QStringLiteral("18:43:00"), QStringLiteral("RFC 7519 §4.1.4")}
            << QStringList {QStringLiteral("milliseconds")};
    QTest::newRow("fractional iat") << "iat" << QByteArray("1300819380.75")
                                    << QStringList {rfcDate, QStringLiteral("18:43:00")}
                                    << QStringList {QStringLiteral("milliseconds")};
    QTest::newRow("exp in milliseconds")
            << "exp" << QByteArray("1300819380000") << QStringList {QStringLiteral("milliseconds")}
            << QStringList {rfcDate};
    QTest::newRow("exp as a string")
            << "exp" << QByteArray("\"1300819380\"")
            << QStringList {QStringLiteral("Not a NumericDate")} << QStringList {rfcDate};
    QTest::newRow("iss is no date")
            << "iss" << QByteArray("1300819380") << QStringList {QStringLiteral("Issuer")}
            << QStringList {rfcDate, QStringLiteral("UTC")};
}

void TestRegistry::tooltipShowsDates()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, raw);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const QString tip = Registry::tooltip(Place::Payload, name, raw,
                                          QLocale(QLocale::English, QLocale::UnitedStates));
    for (const QString &text : expected)
        QVERIFY2(tip.contains(text), qPrintable(text + QLatin1String(" in ") + tip));
    for (const QString &text : unexpected)
        QVERIFY2(!tip.contains(text), qPrintable(text + QLatin1String(" in ") + tip));
}

void TestRegistry::tooltipEscapesUserText()
{
    const QString tip = Registry::tooltip(Place::Payload, u"<img src=x>", "1");
    QVERIFY(!tip.contains(QLatin1String("<img")));
    QVERIFY(tip.contains(QLatin1String("&lt;img src=x&gt;")));
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
