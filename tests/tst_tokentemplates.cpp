// SPDX-License-Identifier: MIT
// The "New from Template" tokens (app/forge), checked with the engine (no widgets).
#include "tokentemplates.h"

#include "json.h"
#include "jws.h"
#include "keyring.h"
#include "verifier.h"
#include "key.h"
#include "keyset.h"
#include "token.h"

#include <QTest>

class TestTokenTemplates : public QObject
{
    Q_OBJECT

private slots:
    void everyAlgorithmHasATemplate();
    void templatesVerify_data();
    void templatesVerify();
    void encryptedTemplatesDecrypt_data();
    void encryptedTemplatesDecrypt();
    void unknownTemplate();
};

void TestTokenTemplates::everyAlgorithmHasATemplate()
{
    QStringList ids;
    for (const TokenTemplates::Template &entry : TokenTemplates::all()) {
        QVERIFY(!entry.title.isEmpty());
        QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
        ids << entry.id;
    }
    for (Algorithm alg : Algorithms::all())
        QVERIFY2(ids.contains(QStringLiteral("alg-") + Algorithms::name(alg)),
                 qPrintable(Algorithms::name(alg)));
    for (const char *id : {"jwt-io", "lesson-user-id", "lesson-logged-in-as", "oauth-access-token",
                           "oidc-id-token", "alg-none"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestTokenTemplates::templatesVerify_data()
{
    QTest::addColumn<QString>("id");
    for (const TokenTemplates::Template &entry : TokenTemplates::all()) {
        if (entry.id != QLatin1String("alg-none") && !entry.id.startsWith(QLatin1String("jwe-")))
            QTest::newRow(qPrintable(entry.id)) << entry.id;
    }
}

void TestTokenTemplates::templatesVerify()
{
    QFETCH(QString, id);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const TokenTemplates::Built built = TokenTemplates::build(id, now);
    QVERIFY2(built.ok(), qPrintable(built.error));
    const Token token = Token::parse(built.token);
    QVERIFY(token.isWellFormed());
    QVERIFY(token.payloadObject().isObject);
    const std::optional<Algorithm> alg = Algorithms::fromName(token.alg());
    QVERIFY(alg);

    Key key;
    switch (built.keyInput) {
    case TokenTemplates::KeyInput::SecretText:
        key = Key::fromSecret(built.keyText.toUtf8());
        break;
    case TokenTemplates::KeyInput::SecretBase64:
        key = Key::fromSecret(
                QByteArray::fromBase64(built.keyText.toLatin1(), QByteArray::Base64UrlEncoding));
        break;
    case TokenTemplates::KeyInput::KeyText: {
        const KeySet set = loadKeys(built.keyText.toUtf8());
        QVERIFY2(set.ok(), qPrintable(set.error));
        QVERIFY(set.keys.first().isPrivate());
        key = set.keys.first().publicKey();
        break;
    }
    }
    const Verification verification
            = verify(*alg, key, token.signingInput(), token.signature().decoded);
    QCOMPARE(verification.status, SignatureStatus::Valid);

    // Times follow the clock given, except in the published examples.
    if (const Json::Member *exp = token.payloadObject().find(u"exp"))
        QVERIFY(exp->number() > now.toSecsSinceEpoch());
}

void TestTokenTemplates::encryptedTemplatesDecrypt_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("nested");
    QTest::newRow("jwe-id-token") << "jwe-id-token"
                                  << "RSA-OAEP-256" << true;
    for (const char *alg : {"RSA-OAEP-256", "A256KW", "dir", "ECDH-ES+A256KW", "ECDH-ES",
                            "A256GCMKW", "PBES2-HS256+A128KW"}) {
        const QString id = QStringLiteral("jwe-") + QLatin1String(alg);
        QTest::newRow(qPrintable(id)) << id << QString::fromLatin1(alg) << false;
    }
}

void TestTokenTemplates::encryptedTemplatesDecrypt()
{
    QFETCH(QString, id);
    QFETCH(QString, alg);
    QFETCH(bool, nested);
    QStringList ids;
    for (const TokenTemplates::Template &entry : TokenTemplates::all())
        ids << entry.id;
    QVERIFY(ids.contains(id));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const TokenTemplates::Built built = TokenTemplates::build(id, now);
    QVERIFY2(built.ok(), qPrintable(built.error));
    const Token token = Token::parse(built.token);
    QVERIFY(token.isJwe());
    QVERIFY(token.isWellFormed());
    QCOMPARE(token.headerObject().find(u"alg")->string(), alg);

    KeyRing ring;
    switch (built.keyInput) {
    case TokenTemplates::KeyInput::SecretText:
        ring = KeyRing::fromSecret(built.keyText.toUtf8());
        break;
    case TokenTemplates::KeyInput::SecretBase64:
        ring = KeyRing::fromSecret(
                QByteArray::fromBase64(built.keyText.toLatin1(), QByteArray::Base64UrlEncoding));
        break;
    case TokenTemplates::KeyInput::KeyText:
        ring = KeyRing::fromText(built.keyText.toUtf8());
        break;
    }
    QVERIFY2(ring.loadError().isEmpty(), qPrintable(ring.loadError()));
    VerifyOptions options;
    ClaimsPolicy policy;
    policy.now = double(now.toSecsSinceEpoch());
    options.claims = policy;
    const TokenVerdict v = verifyToken(token, ring, options);
    QCOMPARE(v.state, TokenVerdict::State::Decrypted);
    QVERIFY(v.decryption);
    QCOMPARE(v.decryption->nested, nested);
    QCOMPARE(v.time, TimeStatus::Valid);
    if (nested) {
        QCOMPARE(ring.size(), 2);
        QCOMPARE(v.decryption->innerVerdict.state, TokenVerdict::State::Valid);
        QVERIFY2(v.valid, qPrintable(v.error));
    }
}

void TestTokenTemplates::unknownTemplate()
{
    const TokenTemplates::Built built
            = TokenTemplates::build(QStringLiteral("no-such"), QDateTime::currentDateTimeUtc());
    QVERIFY(!built.ok());
    QVERIFY(built.token.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenTemplates)
#include "tst_tokentemplates.moc"
