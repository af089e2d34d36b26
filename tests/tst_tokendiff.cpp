// SPDX-License-Identifier: MIT
// TokenDiff: two tokens compared member by member, with times, signatures, alg and kid.
#include "tokendiff.h"

#include <QTest>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Token jws(const QByteArray &header, const QByteArray &payload,
          const QByteArray &signature = QByteArray(32, '\x01'))
{
    return Token::parse(QByteArrayView(b64(header) + '.' + b64(payload) + '.' + b64(signature)));
}

Token jwe(const QByteArray &header, const QByteArray &ciphertext)
{
    return Token::parse(QByteArrayView(b64(header) + ".." + b64(QByteArray(12, '\x02')) + '.'
                                       + b64(ciphertext) + '.' + b64(QByteArray(16, '\x03'))));
}

/// "name change first second", one per member.
QStringList lines(const QList<MemberChange> &members)
{
    QStringList list;
    for (const MemberChange &m : members) {
        list << QStringLiteral("%1 %2 %3 %4")
                        .arg(m.name, TokenDiff::changeName(m.change), QString::fromUtf8(m.first),
                             QString::fromUtf8(m.second))
                        .trimmed();
    }
    return list;
}

} // namespace

class TestTokenDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalTokens();
    void differentAlgorithms();
    void values_data();
    void values();
    void times_data();
    void times();
    void timeOnOneSide();
    void repeatedClaimLastCounts();
    void membersInOrder();
    void signatures();
    void jweAndJws();
    void twoJwe();
    void payloadNotJson();
    void verificationIsTheCallersHook();
};

void TestTokenDiff::identicalTokens()
{
    const Token a = jws(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"1","exp":1700000000})");
    const TokenDiff diff = TokenDiff::compare(a, a);
    QVERIFY(diff.identical);
    QVERIFY(diff.sameAlg);
    QVERIFY(diff.sameKid);
    QVERIFY(diff.sameSignature);
    QVERIFY(diff.sameSigningInput);
    QVERIFY(diff.sameContent);
    QVERIFY(diff.payloadsCompared);
    QCOMPARE(TokenDiff::changeCount(diff.header), 0);
    QCOMPARE(TokenDiff::changeCount(diff.payload), 0);
    QCOMPARE(lines(diff.payload),
             (QStringList {"sub same \"1\" \"1\"", "exp same 1700000000 1700000000"}));
    QCOMPARE(diff.payload.at(1).time->text, QStringLiteral("exp is the same instant"));
}

void TestTokenDiff::differentAlgorithms()
{
    const Token a = jws(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"1"})");
    const Token b = jws(R"({"alg":"RS256","typ":"JWT","kid":"k1"})", R"({"sub":"1"})",
                        QByteArray(256, '\x07'));
    const TokenDiff diff = TokenDiff::compare(a, b);
    QVERIFY(!diff.identical);
    QVERIFY(!diff.sameAlg);
    QVERIFY(!diff.sameKid);
    QVERIFY(!diff.sameSignature);
    QVERIFY(!diff.sameSigningInput);
    QVERIFY(diff.sameContent);
    QCOMPARE(diff.first.alg, QStringLiteral("HS256"));
    QCOMPARE(diff.second.alg, QStringLiteral("RS256"));
    QVERIFY(!diff.first.hasKid);
    QCOMPARE(diff.second.kid, QStringLiteral("k1"));
    QCOMPARE(lines(diff.header),
             (QStringList {"alg changed \"HS256\" \"RS256\"", "typ same \"JWT\" \"JWT\"",
                           "kid added  \"k1\""}));
    QCOMPARE(TokenDiff::changeCount(diff.payload), 0);
}

void TestTokenDiff::values_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("change");

    QTest::newRow("same string") << QByteArray(R"("a")") << QByteArray(R"("a")") << "same";
    QTest::newRow("string changed")
            << QByteArray(R"("read")") << QByteArray(R"("write")") << "changed";
    QTest::newRow("escape") << QByteArray(R"("\u0041\/")") << QByteArray(R"("A/")") << "respelled";
    QTest::newRow("lone surrogates differ")
            << QByteArray(R"("\uD800")") << QByteArray(R"("\uDBFF")") << "changed";
    QTest::newRow("1e3 and 1000") << QByteArray("1e3") << QByteArray("1000") << "respelled";
    QTest::newRow("1.50 and 1.5") << QByteArray("1.50") << QByteArray("1.5") << "respelled";
    QTest::newRow("1.000E+3 and 1000")
            << QByteArray("1.000E+3") << QByteArray("1000") << "respelled";
    QTest::newRow("0.001 and 1e-3") << QByteArray("0.001") << QByteArray("1e-3") << "respelled";
    QTest::newRow("-0 and 0") << QByteArray("-0") << QByteArray("0") << "respelled";
    QTest::newRow("0.0 and 0e5") << QByteArray("0.0") << QByteArray("0e5") << "respelled";
    // Beyond a double's precision: still different.
    QTest::newRow("20 digits") << QByteArray("12345678901234567890")
                               << QByteArray("12345678901234567891") << "changed";
    QTest::newRow("sign") << QByteArray("-1") << QByteArray("1") << "changed";
    QTest::newRow("huge exponents") << QByteArray("1e999999999999999999999")
                                    << QByteArray("1e999999999999999999998") << "changed";
    QTest::newRow("string and number") << QByteArray(R"("1")") << QByteArray("1") << "changed";
    QTest::newRow("true and false") << QByteArray("true") << QByteArray("false") << "changed";
    QTest::newRow("null") << QByteArray("null") << QByteArray("null") << "same";
    QTest::newRow("object reordered") << QByteArray(R"({"a":1,"b":[1,2]})")
                                      << QByteArray(R"({ "b": [1, 2.0], "a": 1 })") << "respelled";
    QTest::newRow("object member changed")
            << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":1,"b":3})") << "changed";
    QTest::newRow("object member added")
            << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":2})") << "changed";
    QTest::newRow("array reordered")
            << QByteArray(R"(["a","b"])") << QByteArray(R"(["b","a"])") << "changed";
    QTest::newRow("array spaced") << QByteArray(R"(["a","b"])") << QByteArray(R"([ "a" , "b" ])")
                                  << "respelled";
    QTest::newRow("nested deep") << QByteArray(R"({"a":{"b":{"c":[{"d":1e2}]}}})")
                                 << QByteArray(R"({"a":{"b":{"c":[{"d":100}]}}})") << "respelled";
}

void TestTokenDiff::values()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, change);
    const QByteArray header = R"({"alg":"HS256"})";
    const TokenDiff diff = TokenDiff::compare(jws(header, R"({"v":)" + first + "}"),
                                              jws(header, R"({"v":)" + second + "}"));
    QVERIFY(diff.payloadsCompared);
    QCOMPARE(diff.payload.size(), 1);
    QCOMPARE(TokenDiff::changeName(diff.payload.first().change), change);
    QCOMPARE(diff.payload.first().first, first);
    QCOMPARE(diff.payload.first().second, second);
    QVERIFY(!diff.payload.first().time); // "v" is not a NumericDate
}

void TestTokenDiff::times_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("exp an hour later")
            << QByteArray("exp") << QByteArray("1700000000") << QByteArray("1700003600") << 3600.0
            << "exp moved 1 hour later";
    QTest::newRow("iat two days earlier")
            << QByteArray("iat") << QByteArray("1700000000") << QByteArray("1699827200")
            << -172800.0 << "iat moved 2 days earlier";
    QTest::newRow("nbf a second later")
            << QByteArray("nbf") << QByteArray("1700000000") << QByteArray("1700000001") << 1.0
            << "nbf moved 1 second later";
    QTest::newRow("exp 90 minutes")
            << QByteArray("exp") << QByteArray("1700000000") << QByteArray("1700005400") << 5400.0
            << "exp moved 1 hour later";
    QTest::newRow("exp half a second")
            << QByteArray("exp") << QByteArray("1700000000") << QByteArray("1700000000.5") << 0.5
            << "exp moved less than a second later";
    QTest::newRow("exp respelled") << QByteArray("exp") << QByteArray("1.7e9")
                                   << QByteArray("1700000000") << 0.0 << "exp is the same instant";
    QTest::newRow("auth_time (OIDC)")
            << QByteArray("auth_time") << QByteArray("1700000000") << QByteArray("1700000600")
            << 600.0 << "auth_time moved 10 minutes later";
    QTest::newRow("exp a year later")
            << QByteArray("exp") << QByteArray("1700000000") << QByteArray("1731622400")
            << 31622400.0 << "exp moved 1 year later";
}

void TestTokenDiff::times()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(double, seconds);
    QFETCH(QString, text);
    const QByteArray header = R"({"alg":"HS256"})";
    const TokenDiff diff = TokenDiff::compare(jws(header, "{\"" + name + "\":" + first + "}"),
                                              jws(header, "{\"" + name + "\":" + second + "}"));
    QCOMPARE(diff.payload.size(), 1);
    const MemberChange &m = diff.payload.first();
    QVERIFY(m.time);
    QCOMPARE(m.time->seconds, seconds);
    QCOMPARE(m.time->text, text);
    QCOMPARE(m.time->first.toSecsSinceEpoch(), qint64(first.toDouble()));
    QCOMPARE(m.time->second.toMSecsSinceEpoch(), qint64(second.toDouble() * 1000));
    QCOMPARE(m.time->first.timeSpec(), Qt::UTC);
}

void TestTokenDiff::timeOnOneSide()
{
    const QByteArray header = R"({"alg":"HS256"})";
    const TokenDiff diff = TokenDiff::compare(jws(header, R"({"exp":"soon","nbf":1700000000})"),
                                              jws(header, R"({"exp":1700000000})"));
    QCOMPARE(lines(diff.payload),
             (QStringList {"exp changed \"soon\" 1700000000", "nbf removed 1700000000"}));
    const MemberChange &exp = diff.payload.at(0);
    QVERIFY(exp.time);
    QVERIFY(!exp.time->first.isValid());
    QCOMPARE(exp.time->second, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QVERIFY(exp.time->text.isEmpty());
    const MemberChange &nbf = diff.payload.at(1);
    QVERIFY(nbf.time);
    QCOMPARE(nbf.time->first, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QVERIFY(!nbf.time->second.isValid());
}

void TestTokenDiff::repeatedClaimLastCounts()
{
    const QByteArray header = R"({"alg":"HS256"})";
    const TokenDiff diff = TokenDiff::compare(jws(header, R"({"sub":"a","sub":"b"})"),
                                              jws(header, R"({"sub":"b"})"));
    QCOMPARE(lines(diff.payload), QStringList {"sub same \"b\" \"b\""});
}

void TestTokenDiff::membersInOrder()
{
    // The first token's order, then what the second adds in its order.
    const QByteArray header = R"({"alg":"HS256"})";
    const TokenDiff diff
            = TokenDiff::compare(jws(header, R"({"sub":"1","scope":"read","a":1})"),
                                 jws(header, R"({"z":0,"sub":"1","email":"x@y","a":2})"));
    QCOMPARE(lines(diff.payload),
             (QStringList {"sub same \"1\" \"1\"", "scope removed \"read\"", "a changed 1 2",
                           "z added  0", "email added  \"x@y\""}));
}

void TestTokenDiff::signatures()
{
    // ES256 signs again with a new random value: same header and payload, new signature.
    const QByteArray header = R"({"alg":"ES256","kid":"k"})";
    const QByteArray payload = R"({"sub":"1"})";
    const TokenDiff diff = TokenDiff::compare(jws(header, payload, QByteArray(64, '\x0a')),
                                              jws(header, payload, QByteArray(64, '\x0b')));
    QVERIFY(!diff.identical);
    QVERIFY(diff.sameSigningInput);
    QVERIFY(!diff.sameSignature);
    QVERIFY(diff.sameKid);
    QCOMPARE(diff.first.signature, b64(QByteArray(64, '\x0a')));
    QCOMPARE(diff.second.signature, b64(QByteArray(64, '\x0b')));
    QCOMPARE(TokenDiff::changeCount(diff.header) + TokenDiff::changeCount(diff.payload), 0);
}

void TestTokenDiff::jweAndJws()
{
    const Token a = jws(R"({"alg":"RS256","kid":"k1"})", R"({"sub":"1"})");
    const Token b = jwe(R"({"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"k1"})", "secret bytes");
    QVERIFY(b.isJwe());
    const TokenDiff diff = TokenDiff::compare(a, b);
    QVERIFY(!diff.payloadsCompared);
    QVERIFY(diff.payload.isEmpty());
    QVERIFY(!diff.sameContent);
    QVERIFY(!diff.sameSignature);
    QVERIFY(diff.sameKid);
    QCOMPARE(diff.second.form, Token::Form::Jwe);
    QVERIFY(diff.second.signature.isEmpty());
    QCOMPARE(lines(diff.header),
             (QStringList {"alg changed \"RS256\" \"RSA-OAEP-256\"", "kid same \"k1\" \"k1\"",
                           "enc added  \"A256GCM\""}));
}

void TestTokenDiff::twoJwe()
{
    const QByteArray header = R"({"alg":"dir","enc":"A128GCM"})";
    QVERIFY(TokenDiff::compare(jwe(header, "abc"), jwe(header, "abc")).sameContent);
    QVERIFY(!TokenDiff::compare(jwe(header, "abc"), jwe(header, "abd")).sameContent);
    QVERIFY(TokenDiff::compare(jwe(header, "abc"), jwe(header, "abc")).identical);
}

void TestTokenDiff::payloadNotJson()
{
    const QByteArray header = R"({"alg":"HS256"})";
    const TokenDiff same = TokenDiff::compare(jws(header, "plain text"), jws(header, "plain text"));
    QVERIFY(!same.payloadsCompared);
    QVERIFY(same.sameContent);
    const TokenDiff different = TokenDiff::compare(jws(header, "plain"), jws(header, R"({"a":1})"));
    QVERIFY(!different.payloadsCompared);
    QVERIFY(!different.sameContent);
}

void TestTokenDiff::verificationIsTheCallersHook()
{
    const Token a = jws(R"({"alg":"HS256"})", R"({"sub":"1"})");
    // The diff never verifies: the caller, which holds the keys, fills this in.
    const TokenDiff diff = TokenDiff::compare(a, a);
    QVERIFY(!diff.first.verification.checked);
    QVERIFY(!diff.second.verification.checked);
    QVERIFY(diff.first.verification.text.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenDiff)
#include "tst_tokendiff.moc"
