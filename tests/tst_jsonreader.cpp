// SPDX-License-Identifier: MIT
#include "json.h"

#include <QTest>

#include <cmath>

/// Json::readObject, Json::readArray, Member and Object: values read in document order.
class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readObject();
    void readObjectNotObject_data();
    void readObjectNotObject();
    void readObjectDuplicates();
    void readObjectReject();
    void commonNames_data();
    void commonNames();
    void findAndDuplicatesAlike();
    void readObjectNames();
    void readArray();
    void numbers_data();
    void numbers();
};

void TestJsonReader::readObject()
{
    const QByteArray text
            = R"({"sub":"a\"b","n":1.50,"obj":{"x":[1,2]},"arr":[true],"t":true,"f":false,"z":null,"big":12345678901234567890})";
    const Json::Object object = Json::readObject(text);
    QVERIFY(object.isObject);
    QVERIFY(!object.error.isError());
    QCOMPARE(object.members.size(), 8);
    const QStringList names = [&] {
        QStringList list;
        for (const Json::Member &m : object.members)
            list.append(m.name);
        return list;
    }();
    QCOMPARE(names, QStringList({"sub", "n", "obj", "arr", "t", "f", "z", "big"}));
    const Json::Member &sub = object.members.at(0);
    QCOMPARE(sub.kind, Json::ValueKind::String);
    QCOMPARE(sub.raw, QByteArray(R"("a\"b")"));
    QCOMPARE(sub.string(), QStringLiteral("a\"b"));
    QCOMPARE(sub.nameOffset, 1);
    QCOMPARE(sub.valueOffset, 7);
    const Json::Member &n = object.members.at(1);
    QVERIFY(n.isNumber());
    QCOMPARE(n.raw, QByteArray("1.50"));
    QCOMPARE(n.number(), 1.5);
    QVERIFY(n.string().isEmpty());
    const Json::Member &obj = object.members.at(2);
    QCOMPARE(obj.kind, Json::ValueKind::Object);
    QCOMPARE(obj.raw, QByteArray(R"({"x":[1,2]})"));
    QCOMPARE(text.mid(obj.valueOffset, obj.raw.size()), obj.raw);
    QCOMPARE(object.members.at(3).kind, Json::ValueKind::Array);
    QCOMPARE(object.members.at(3).raw, QByteArray("[true]"));
    QCOMPARE(object.members.at(4).kind, Json::ValueKind::True);
    QCOMPARE(object.members.at(5).kind, Json::ValueKind::False);
    QCOMPARE(object.members.at(6).kind, Json::ValueKind::Null);
    QCOMPARE(object.members.at(7).raw, QByteArray("12345678901234567890"));
    QCOMPARE(object.find(u"z"), &object.members.at(6));
    QCOMPARE(object.find(u"x"), nullptr); // nested names are not top-level members
    QVERIFY(object.duplicates().isEmpty());

    const Json::Object spaced = Json::readObject("{\r\n \"a\" : \"x\" ,\r\n \"b\":{ } }");
    QCOMPARE(spaced.members.size(), 2);
    QCOMPARE(spaced.members.at(0).nameOffset, 4);
    QCOMPARE(spaced.members.at(0).valueOffset, 10);
    QCOMPARE(spaced.members.at(1).raw, QByteArray("{ }"));
    QCOMPARE(spaced.members.at(1).name, QStringLiteral("b"));

    const Json::Object escaped = Json::readObject(R"({"\u00e9t\u00e9":1,"\uD83D\uDE00":2})");
    QCOMPARE(escaped.members.at(0).name, QStringLiteral("été"));
    QCOMPARE(escaped.members.at(1).name, QString::fromUtf8("\xf0\x9f\x98\x80"));
    QVERIFY(escaped.find(u"été"));

    const Json::Object empty = Json::readObject(" {} ");
    QVERIFY(empty.isObject);
    QVERIFY(empty.members.isEmpty());
}

void TestJsonReader::readObjectNotObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("array") << QByteArray("[1,2]") << true;
    QTest::newRow("string") << QByteArray("\"x\"") << true;
    QTest::newRow("number") << QByteArray("3") << true;
    QTest::newRow("null") << QByteArray("null") << true;
    QTest::newRow("broken object") << QByteArray(R"({"a":1,)") << false;
    QTest::newRow("not JSON") << QByteArray("hello") << false;
}

void TestJsonReader::readObjectNotObject()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const Json::Object object = Json::readObject(text);
    QVERIFY(!object.isObject);
    QVERIFY(object.members.isEmpty());
    QCOMPARE(object.error.isError(), !valid);
    QCOMPARE(object.find(u"a"), nullptr);
}

void TestJsonReader::readObjectDuplicates()
{
    const Json::Object object = Json::readObject(R"({"a":1,"b":2,"a":3,"c":4,"b":5,"a":6})");
    QVERIFY(object.isObject);
    QCOMPARE(object.members.size(), 6);
    QCOMPARE(object.find(u"a")->raw, QByteArray("6")); // the last one wins (RFC 7519 §4)
    QCOMPARE(object.find(u"b")->raw, QByteArray("5"));
    const QList<const Json::Member *> dups = object.duplicates();
    QCOMPARE(dups.size(), 2);
    QCOMPARE(dups.at(0)->name, QStringLiteral("a"));
    QCOMPARE(dups.at(0)->raw, QByteArray("3"));
    QCOMPARE(dups.at(1)->name, QStringLiteral("b"));

    QByteArray many = "{";
    for (int i = 0; i < 50; ++i)
        many += "\"k" + QByteArray::number(i) + "\":0,";
    many += R"("k7":1,"k3":2,"k7":3})";
    const Json::Object big = Json::readObject(many);
    const QList<const Json::Member *> bigDups = big.duplicates();
    QCOMPARE(bigDups.size(), 2);
    QCOMPARE(bigDups.at(0)->name, QStringLiteral("k7"));
    QCOMPARE(bigDups.at(0)->raw, QByteArray("1"));
    QCOMPARE(bigDups.at(1)->name, QStringLiteral("k3"));
    QCOMPARE(big.find(u"k7")->raw, QByteArray("3"));
}

void TestJsonReader::readObjectReject()
{
    const Json::Object ok = Json::readObject(R"({"alg":"HS256"})", Json::Duplicates::Reject);
    QVERIFY(ok.isObject);
    QCOMPARE(ok.members.size(), 1);
    const Json::Object bad
            = Json::readObject(R"({"alg":"HS256","alg":"none"})", Json::Duplicates::Reject);
    QVERIFY(!bad.isObject);
    QCOMPARE(bad.error.offset, 15);
    QCOMPARE(bad.error.kind, Json::Error::Kind::Duplicate);
}

void TestJsonReader::commonNames_data()
{
    // Registered names and values are shared rather than allocated; the text must read the
    // same whether it is one of them, spelled with escapes, or only resembles one.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("firstValue");
    QTest::newRow("registered claims")
            << QByteArray(R"({"iss":"a","sub":"b","aud":"c","exp":1,"nbf":2,"iat":3,"jti":"d"})")
            << QStringList({"iss", "sub", "aud", "exp", "nbf", "iat", "jti"})
            << QStringLiteral("a");
    QTest::newRow("header parameters and values")
            << QByteArray(R"({"alg":"HS256","typ":"JWT","kid":"k","x5t#S256":"t","crit":[]})")
            << QStringList({"alg", "typ", "kid", "x5t#S256", "crit"}) << QStringLiteral("HS256");
    QTest::newRow("escaped spellings of common names")
            << QByteArray(R"({"\u0065xp":1,"al\u0067":"none","\/sub":2})")
            << QStringList({"exp", "alg", "/sub"}) << QStringLiteral("1");
    QTest::newRow("names that only resemble common ones")
            << QByteArray(R"({"ex":"HS2560","exp2":1,"Exp":2,"iss ":3,"x5t#S25":4,"jWT":5})")
            << QStringList({"ex", "exp2", "Exp", "iss ", "x5t#S25", "jWT"})
            << QStringLiteral("HS2560");
    QTest::newRow("longest common name and beyond")
            << QByteArray(R"({"preferred_username":"u","preferred_username_":"v"})")
            << QStringList({"preferred_username", "preferred_username_"}) << QStringLiteral("u");
    QTest::newRow("non-ASCII and empty names") << QByteArray("{\"\xc3\xa9xp\":\"JWT\",\"\":0}")
                                               << QStringList({"éxp", ""}) << QStringLiteral("JWT");
}

void TestJsonReader::commonNames()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, names);
    QFETCH(QString, firstValue);
    const Json::Object object = Json::readObject(text);
    QVERIFY(object.isObject);
    QStringList read;
    for (const Json::Member &m : object.members)
        read.append(m.name);
    QCOMPARE(read, names);
    for (const QString &name : names)
        QCOMPARE(object.find(name)->name, name);
    const Json::Member &first = object.members.at(0);
    QCOMPARE(first.kind == Json::ValueKind::String ? first.string() : QString::fromUtf8(first.raw),
             firstValue);

    // A shared name changed by its holder changes only that copy.
    Json::Object copy = object;
    copy.members.first().name.append(u'!');
    QCOMPARE(Json::readObject(text).members.at(0).name, names.at(0));
    QCOMPARE(object.members.at(0).name, names.at(0));
}

void TestJsonReader::findAndDuplicatesAlike()
{
    // Same length, same first and last character: only the whole name tells them apart.
    const Json::Object object
            = Json::readObject(R"({"abc":1,"axc":2,"abc":3,"a":4,"":5,"axc":6,"":7,"abcd":8})");
    QVERIFY(object.isObject);
    QCOMPARE(object.find(u"abc")->raw, QByteArray("3"));
    QCOMPARE(object.find(u"axc")->raw, QByteArray("6"));
    QCOMPARE(object.find(u"a")->raw, QByteArray("4"));
    QCOMPARE(object.find(u"")->raw, QByteArray("7"));
    QCOMPARE(object.find(u"abd"), nullptr);
    QCOMPARE(object.find(u"ab"), nullptr);
    const QList<const Json::Member *> dups = object.duplicates();
    QCOMPARE(dups.size(), 3);
    QCOMPARE(dups.at(0)->raw, QByteArray("3"));
    QCOMPARE(dups.at(1)->raw, QByteArray("6"));
    QCOMPARE(dups.at(2)->raw, QByteArray("7"));
    QCOMPARE(Json::readObject("{}").find(u""), nullptr);
}

void TestJsonReader::readObjectNames()
{
    const QList<QStringView> names = {u"exp", u"été", u"aud", u""};
    const QByteArray text = R"({"sub":"x","exp":1,"\u00e9t\u00e9":[2],"x":{"exp":3},)"
                            "\"\xc3\xa9t\xc3\xa9\":4,\"ex\":5,\"expp\":6,\"\":7,\"e\\u0078p\":8}";
    const Json::Object object = Json::readObject(text, Json::Duplicates::Allow, names);
    QVERIFY(object.isObject);
    QStringList read;
    QByteArrayList raws;
    for (const Json::Member &m : object.members) {
        read.append(m.name);
        raws.append(m.raw);
        QCOMPARE(text.mid(m.nameOffset, 1), QByteArray("\""));
        QCOMPARE(text.mid(m.valueOffset, m.raw.size()), m.raw);
    }
    QCOMPARE(read, QStringList({"exp", "été", "été", "", "exp"}));
    QCOMPARE(raws, QByteArrayList({"1", "[2]", "4", "7", "8"}));
    QCOMPARE(object.find(u"exp")->raw, QByteArray("8"));
    const Json::Object whole = Json::readObject(text);
    QCOMPARE(object.find(u"été")->valueOffset, whole.find(u"été")->valueOffset);

    // The whole text is still validated, also where no wanted member is.
    const Json::Object broken
            = Json::readObject(R"({"exp":1,"x":[1,}]})", Json::Duplicates::Allow, names);
    QVERIFY(!broken.isObject);
    QCOMPARE(broken.error.offset, Json::readObject(R"({"exp":1,"x":[1,}]})").error.offset);
    const Json::Object repeated
            = Json::readObject(R"({"x":{"a":1,"a":2},"exp":1})", Json::Duplicates::Reject, names);
    QCOMPARE(repeated.error.kind, Json::Error::Kind::Duplicate);
    QVERIFY(Json::readObject("[1]", Json::Duplicates::Allow, names).members.isEmpty());
    QVERIFY(Json::readObject(text, Json::Duplicates::Allow, {}).members.isEmpty());
}

void TestJsonReader::readArray()
{
    const QList<Json::Member> elements = Json::readArray(R"([ "a", 1e3, {"x":[]}, [1], null ])");
    QCOMPARE(elements.size(), 5);
    QCOMPARE(elements.at(0).string(), QStringLiteral("a"));
    QCOMPARE(elements.at(0).nameOffset, -1);
    QCOMPARE(elements.at(0).valueOffset, 2);
    QCOMPARE(elements.at(1).raw, QByteArray("1e3"));
    QCOMPARE(elements.at(1).number(), 1000.0);
    QCOMPARE(elements.at(2).raw, QByteArray(R"({"x":[]})"));
    QCOMPARE(elements.at(3).kind, Json::ValueKind::Array);
    QCOMPARE(elements.at(4).kind, Json::ValueKind::Null);
    QVERIFY(Json::readArray("[]").isEmpty());
    QVERIFY(Json::readArray(R"({"a":1})").isEmpty());
    QVERIFY(Json::readArray("[1,").isEmpty());
}

void TestJsonReader::numbers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QByteArray("1516239022") << 1516239022.0;
    QTest::newRow("negative integer") << QByteArray("-42") << -42.0;
    QTest::newRow("big integer") << QByteArray("12345678901234567890") << 12345678901234567890.0;
    QTest::newRow("fraction") << QByteArray("1.50") << 1.5;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
    QTest::newRow("upper exponent with sign") << QByteArray("1E+2") << 100.0;
    QTest::newRow("NumericDate as exponent") << QByteArray("1.3e9") << 1.3e9;
    QTest::newRow("negative exponent") << QByteArray("25e-1") << 2.5;
    QTest::newRow("negative zero") << QByteArray("-0") << 0.0;
    QTest::newRow("fractional seconds") << QByteArray("1300819380.25") << 1300819380.25;
    QTest::newRow("too big for a double") << QByteArray("1e400") << qInf();
    QTest::newRow("too small for a double") << QByteArray("-1e400") << -qInf();
}

void TestJsonReader::numbers()
{
    QFETCH(QByteArray, raw);
    QFETCH(double, value);
    const Json::Object object = Json::readObject("{\"n\":" + raw + "}");
    QVERIFY(object.isObject);
    const Json::Member *n = object.find(u"n");
    QVERIFY(n);
    QVERIFY(n->isNumber());
    QCOMPARE(n->raw, raw);
    QCOMPARE(n->number(), value);
    if (raw == "-0")
        QVERIFY(std::signbit(n->number()));
    QCOMPARE(Json::compact("[ " + raw + " ]").text, "[" + raw + "]");
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
