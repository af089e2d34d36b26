// SPDX-License-Identifier: MIT
#include "keyfixtures.h"
#include "keyset.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

/// loadKeys() (keyset.cpp): which reader takes the text, and that no text breaks it.
class TestKeySet : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void garbageNeverCrashes();
};

void TestKeySet::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("garbage") << QByteArray("hello, world") << QStringLiteral("not a key");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no key text");
    QTest::newRow("binary") << QByteArray("\x00\xff\x30\x82", 4) << QStringLiteral("not a key");
    QTest::newRow("JSON array") << QByteArray("[1]") << QStringLiteral("not a key");
}

void TestKeySet::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const KeySet set = loadKeys(text);
    QVERIFY(!set.ok());
    QVERIFY(set.keys.isEmpty());
    QVERIFY2(set.error.contains(error), qPrintable(set.error));
}

void TestKeySet::garbageNeverCrashes()
{
    // Every prefix of every fixture, and random bytes spliced into them: no crash, no hang,
    // and a failure always carries a reason.
    const QStringList files {QStringLiteral("keys/rsa2048.pkcs1.pem"),
                             QStringLiteral("keys/p384.sec1.pem"),
                             QStringLiteral("keys/cert.pem"),
                             QStringLiteral("keys/jwks.json"),
                             QStringLiteral("vectors/keys/rfc7515_a2_rs256.priv.jwk.json"),
                             QStringLiteral("keys/encrypted.pkcs8.pem")};
    QRandomGenerator rng(7638);
    int failures = 0;
    for (const QString &file : files) {
        const QByteArray text = readData(file);
        QVERIFY(!text.isEmpty());
        for (qsizetype cut = 0; cut < text.size(); cut += 7) {
            const KeySet set = loadKeys(text.left(cut));
            QVERIFY(set.ok() || !set.error.isEmpty());
            failures += set.ok() ? 0 : 1;
        }
        for (int i = 0; i < 60; ++i) {
            QByteArray mangled = text;
            const qsizetype at = rng.bounded(int(mangled.size()));
            mangled[at] = char(rng.bounded(256));
            const KeySet set = loadKeys(mangled);
            QVERIFY(set.ok() || !set.error.isEmpty());
        }
    }
    QVERIFY(failures > 100);
    for (int i = 0; i < 200; ++i) {
        QByteArray random(rng.bounded(1, 400), Qt::Uninitialized);
        for (char &c : random)
            c = char(rng.bounded(256));
        const QByteArray prefix = i % 2 ? "-----BEGIN PUBLIC KEY-----\n" : "{";
        QVERIFY(!loadKeys(prefix + random).ok());
    }
}

QTEST_GUILESS_MAIN(TestKeySet)
#include "tst_keyset.moc"
