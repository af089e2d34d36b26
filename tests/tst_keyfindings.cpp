// SPDX-License-Identifier: MIT
// Findings::keyFindings: what the verdict found out about the user's key, as findings.
#include "findings.h"

#include <QTest>

namespace {

KeyCheck check(KeyCheck::Fit fit, bool hmac, const QByteArray &secret = QByteArray(),
               const QString &reason = QStringLiteral("the reason"))
{
    KeyCheck c;
    c.fit = fit;
    c.hmac = hmac;
    c.secret = secret;
    c.reason = reason;
    return c;
}

QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2").arg(severityName(f.severity), f.id);
    return out;
}

} // namespace

class TestKeyFindings : public QObject
{
    Q_OBJECT

private slots:
    void keyFindings_data();
    void keyFindings();
    void messages();
    void idsAreListed();
};

void TestKeyFindings::keyFindings_data()
{
    QTest::addColumn<KeyCheck>("key");
    QTest::addColumn<QStringList>("found"); // ids already found (the built-in secrets)
    QTest::addColumn<QStringList>("expected");
    using Fit = KeyCheck::Fit;
    const QStringList none;
    QTest::newRow("a long secret that fits")
            << check(Fit::Fits, true, "a-32-byte-long-secret-for-HS256!") << none << none;
    QTest::newRow("an RSA key that fits") << check(Fit::Fits, false) << none << none;
    QTest::newRow("no key fits") << check(Fit::NoneFits, true) << none
                                 << QStringList {"error key-alg-mismatch"};
    QTest::newRow("no key fits, said already")
            << check(Fit::NoneFits, false) << QStringList {"key-alg-mismatch"} << none;
    QTest::newRow("a short secret")
            << check(Fit::Weak, true, "k") << none << QStringList {"warning weak-secret"};
    QTest::newRow("a small RSA key")
            << check(Fit::Weak, false) << none << QStringList {"warning small-rsa-key"};
    QTest::newRow("a well-known secret, short: one finding")
            << check(Fit::Weak, true, "secret") << none << QStringList {"error weak-secret"};
    QTest::newRow("a well-known secret, also guessed: none more")
            << check(Fit::Weak, true, "secret") << QStringList {"weak-secret"} << none;
    QTest::newRow("key material as the secret: that alone")
            << check(Fit::KeyAsSecret, true, {}, QStringLiteral("a PEM key"))
            << QStringList {"key-alg-mismatch"} << QStringList {"error secret-is-key"};
    QTest::newRow("a well-known secret that is long enough")
            << check(Fit::Fits, true, "your-256-bit-secret") << none
            << QStringList {"error weak-secret"};
}

void TestKeyFindings::keyFindings()
{
    QFETCH(KeyCheck, key);
    QFETCH(QStringList, found);
    QFETCH(QStringList, expected);
    QList<Finding> already;
    for (const QString &id : std::as_const(found))
        already.append({Finding::Severity::Error, id, TokenPart::Signature, QString(), QString()});
    const QList<Finding> findings = Findings::keyFindings(key, already);
    QCOMPARE(describe(findings), expected);
    for (const Finding &f : findings) {
        QCOMPARE(f.part, TokenPart::Signature);
        QVERIFY2(f.reference.startsWith(QLatin1String("RFC ")), qPrintable(f.reference));
    }
}

void TestKeyFindings::messages()
{
    const QList<Finding> mismatch = Findings::keyFindings(
            check(KeyCheck::Fit::NoneFits, true, {}, QStringLiteral("none of the 2 keys fits")),
            {});
    QCOMPARE(mismatch.value(0).message, QStringLiteral("none of the 2 keys fits"));
    QCOMPARE(mismatch.value(0).reference, QStringLiteral("RFC 8725 §3.1"));
    const QList<Finding> weak = Findings::keyFindings(
            check(KeyCheck::Fit::Weak, false, {}, QStringLiteral("1024 bits")), {});
    QCOMPARE(weak.value(0).message, QStringLiteral("Weak key: 1024 bits"));
    QCOMPARE(weak.value(0).reference, QStringLiteral("RFC 7518 §3.3"));
    const QList<Finding> known
            = Findings::keyFindings(check(KeyCheck::Fit::Weak, true, "secret"), {});
    QCOMPARE(known.value(0).message, Findings::weakSecret("secret").message);
    const QList<Finding> keyAsSecret = Findings::keyFindings(
            check(KeyCheck::Fit::KeyAsSecret, true, {}, QStringLiteral("a JWK")), {});
    QVERIFY2(keyAsSecret.value(0).message.contains(QLatin1String("(a JWK)")),
             qPrintable(keyAsSecret.value(0).message));
    QCOMPARE(keyAsSecret.value(0).reference, QStringLiteral("RFC 8725 §2.1, §3.1"));
}

void TestKeyFindings::idsAreListed()
{
    const QStringList ids = Findings::ids();
    QVERIFY(ids.contains(QStringLiteral("key-alg-mismatch")));
    QVERIFY(ids.contains(QStringLiteral("small-rsa-key")));
    QVERIFY(ids.contains(QStringLiteral("weak-secret")));
}

QTEST_GUILESS_MAIN(TestKeyFindings)
#include "tst_keyfindings.moc"
