// SPDX-License-Identifier: MIT
// SessionKeys: the window's key ring, shared by the models of its tabs, in the one verdict.
#include "sessionkeys.h"
#include "tokenmodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

/// RFC 7638 §3.1's example key and its thumbprint.
const QByteArray rfc7638Key
        = R"({"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB","alg":"RS256","kid":"2011-04-29"})";
const QString rfc7638Thumbprint = QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");

/// A token signed with the private key @p pem (the model's own Sign), @p kid in its header.
QString signedToken(const QByteArray &pem, const QString &alg, const QString &kid,
                    const QString &payload
                    = QString::fromUtf8(R"({"sub":"a","iss":"https://idp"})"))
{
    TokenModel signer;
    signer.setKey(TokenModel::KeyInput::KeyText, QString::fromUtf8(pem));
    signer.setHeaderText(QString::fromUtf8(R"({"alg":"%1","kid":"%2"})").arg(alg, kid));
    signer.setPayloadText(payload);
    if (!signer.sign())
        qFatal("cannot sign: %s", qPrintable(signer.signatureError().message));
    return signer.token();
}

} // namespace

class TestSessionKeys : public QObject
{
    Q_OBJECT

private slots:
    void entriesDescribeTheKeys();
    void thumbprintIsRfc7638();
    void encryptedPemAsksForThePassphrase_data();
    void encryptedPemAsksForThePassphrase();
    void removeAndRefetch();
    void exportForms();
    void modelsShareOneRing();
    void verdictNamesTheKeyAndItsUrl();
    void tokenJkuKeysNeverValid();
    void signingUsesThePickedKey();
    void validationNamesPyJwtErrors_data();
    void validationNamesPyJwtErrors();
    void editedAfterLoadingSaysSo();
    void fieldKeyFollowsTheField();
};

void TestSessionKeys::entriesDescribeTheKeys()
{
    SessionKeys keys;
    QSignalSpy changed(&keys, &SessionKeys::changed);
    const SessionKeys::Added added = keys.addText(
            readData(QStringLiteral("keys/jwks.json")), SessionKeys::Source::Url,
            QStringLiteral("https://idp.example/jwks.json"), {}, QDateTime::currentDateTimeUtc());
    QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
    QVERIFY(added.count >= 2);
    QCOMPARE(changed.count(), 1);
    const QList<SessionKeys::Entry> entries = keys.entries();
    QCOMPARE(entries.size(), added.count);
    const SessionKeys::Entry &rsa = entries.first();
    QCOMPARE(rsa.kid, QStringLiteral("rsa-2048"));
    QCOMPARE(rsa.alg, QStringLiteral("RS256"));
    QCOMPARE(rsa.type, QStringLiteral("RSA 2048-bit public key"));
    QVERIFY(!rsa.isPrivate);
    QVERIFY(rsa.trusted);
    QCOMPARE(rsa.source, SessionKeys::Source::Url);
    QCOMPARE(rsa.location, QStringLiteral("https://idp.example/jwks.json"));
    QCOMPARE(rsa.sourceText, QStringLiteral("from https://idp.example/jwks.json"));
    QVERIFY(rsa.fetched.isValid());
    QCOMPARE(entries.at(1).kid, QStringLiteral("p384-key"));
    QVERIFY(entries.at(1).type.startsWith(QLatin1String("EC")));

    const int secret
            = keys.addSecret("a secret of some length for HS256", SessionKeys::Source::Pasted);
    QVERIFY(secret > 0);
    QVERIFY(keys.entry(secret).isPrivate);
    QCOMPARE(keys.entry(secret).sourceText, QStringLiteral("pasted"));

    const SessionKeys::Added bad = keys.addText("not a key", SessionKeys::Source::Pasted);
    QCOMPARE(bad.count, 0);
    QVERIFY(!bad.error.isEmpty());
    QCOMPARE(changed.count(), 2); // nothing added, nothing announced
}

void TestSessionKeys::thumbprintIsRfc7638()
{
    SessionKeys keys;
    QCOMPARE(keys.addText(rfc7638Key, SessionKeys::Source::Pasted).count, 1);
    const SessionKeys::Entry e = keys.entries().first();
    QCOMPARE(e.thumbprint, rfc7638Thumbprint);
    QCOMPARE(keys.exportAs(e.id, SessionKeys::Form::Thumbprint), rfc7638Thumbprint.toLatin1());
    QCOMPARE(e.kid, QStringLiteral("2011-04-29"));
}

void TestSessionKeys::encryptedPemAsksForThePassphrase_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::newRow("PKCS#8 encrypted") << "keys/encrypted.pkcs8.pem"
                                      << "EC P-256 private key";
    QTest::newRow("traditional") << "keys/encrypted.pkcs1.pem"
                                 << "RSA 1024-bit private key";
}

void TestSessionKeys::encryptedPemAsksForThePassphrase()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    SessionKeys keys;
    const QByteArray pem = readData(file);
    SessionKeys::Added added = keys.addText(pem, SessionKeys::Source::File, file);
    QCOMPARE(added.count, 0);
    QVERIFY(added.needsPassphrase);
    added = keys.addText(pem, SessionKeys::Source::File, file, "wrong");
    QCOMPARE(added.count, 0);
    QVERIFY(added.needsPassphrase);
    QVERIFY(added.error.contains(QLatin1String("passphrase")));
    added = keys.addText(pem, SessionKeys::Source::File, file, "jwtlens");
    QCOMPARE(added.count, 1);
    QCOMPARE(keys.entries().first().type, type);
    QVERIFY(keys.entries().first().isPrivate);
}

void TestSessionKeys::removeAndRefetch()
{
    SessionKeys keys;
    const QByteArray jwks = readData(QStringLiteral("keys/jwks.json"));
    const QString url = QStringLiteral("https://idp.example/jwks.json");
    const int n = keys.addText(jwks, SessionKeys::Source::Url, url).count;
    // Fetched again: the same keys from the same URL replace the old entries.
    QCOMPARE(keys.addText(jwks, SessionKeys::Source::Url, url).count, n);
    QCOMPARE(keys.size(), n);
    // From elsewhere they are other entries.
    keys.addText(jwks, SessionKeys::Source::File, QStringLiteral("jwks.json"));
    QCOMPARE(keys.size(), 2 * n);
    QSignalSpy changed(&keys, &SessionKeys::changed);
    QVERIFY(keys.remove(keys.entries().first().id));
    QCOMPARE(keys.size(), 2 * n - 1);
    QVERIFY(!keys.remove(12345));
    QCOMPARE(keys.removeLocation(url), n - 1);
    QCOMPARE(keys.size(), n);
    QCOMPARE(changed.count(), 2);
    keys.clear();
    QVERIFY(keys.isEmpty());
}

void TestSessionKeys::exportForms()
{
    SessionKeys keys;
    keys.addText(readData(QStringLiteral("keys/rsa2048.pkcs8.pem")), SessionKeys::Source::File,
                 QStringLiteral("rsa2048.pkcs8.pem"));
    const int id = keys.entries().first().id;
    const QByteArray pem = keys.exportAs(id, SessionKeys::Form::Pem);
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const QByteArray publicPem = keys.exportAs(id, SessionKeys::Form::PublicPem);
    QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
    const QJsonObject jwk
            = QJsonDocument::fromJson(keys.exportAs(id, SessionKeys::Form::Jwk)).object();
    QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QVERIFY(jwk.contains(QLatin1String("d")));
    const QJsonObject pub
            = QJsonDocument::fromJson(keys.exportAs(id, SessionKeys::Form::PublicJwk)).object();
    QVERIFY(!pub.contains(QLatin1String("d")));
    QCOMPARE(pub.value(QLatin1String("n")), jwk.value(QLatin1String("n")));

    // Every form loads again as the same key (same thumbprint).
    const QString print = keys.entries().first().thumbprint;
    for (const QByteArray &text :
         {pem, publicPem, keys.exportAs(id, SessionKeys::Form::PublicJwk)}) {
        SessionKeys again;
        QCOMPARE(again.addText(text, SessionKeys::Source::Pasted).count, 1);
        QCOMPARE(again.entries().first().thumbprint, print);
    }
    const int secret
            = keys.addSecret("0123456789abcdef0123456789abcdef", SessionKeys::Source::Pasted);
    QVERIFY(keys.exportAs(secret, SessionKeys::Form::Pem).isEmpty());
    QVERIFY(keys.exportAs(secret, SessionKeys::Form::Jwk).contains("\"kty\":\"oct\""));
}

void TestSessionKeys::modelsShareOneRing()
{
    const QByteArray pem = readData(QStringLiteral("keys/rsa2048.pkcs8.pem"));
    const QString token = signedToken(pem, QStringLiteral("RS256"), QStringLiteral("k1"));
    SessionKeys keys;
    TokenModel a;
    TokenModel b;
    a.setToken(token);
    b.setToken(token);
    QSignalSpy sessionChanged(&a, &TokenModel::sessionKeysChanged);
    a.setSessionKeys(&keys);
    b.setSessionKeys(&keys);
    QCOMPARE(a.sessionKeys(), &keys);
    QCOMPARE(sessionChanged.count(), 1);
    QCOMPARE(a.verifyState(), TokenModel::VerifyState::NoKey);

    QSignalSpy verification(&b, &TokenModel::verificationChanged);
    keys.addText(readData(QStringLiteral("keys/rsa2048.pub.pem")), SessionKeys::Source::File,
                 QStringLiteral("rsa2048.pub.pem"));
    QCOMPARE(a.verifyState(), TokenModel::VerifyState::Verified);
    QCOMPARE(b.verifyState(), TokenModel::VerifyState::Verified);
    QVERIFY(verification.count() >= 1);
    QVERIFY2(a.verifyReason().contains(QLatin1String("from rsa2048.pub.pem")),
             qPrintable(a.verifyReason()));
    // The key field and the ring together: a wrong secret in the field does not hide the ring.
    a.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("wrong"));
    QCOMPARE(a.verifyState(), TokenModel::VerifyState::Verified);

    keys.clear();
    QCOMPARE(b.verifyState(), TokenModel::VerifyState::NoKey);
    QCOMPARE(a.verifyState(), TokenModel::VerifyState::Invalid);
    // A ring that goes leaves the models without it.
    {
        SessionKeys shortLived;
        a.setSessionKeys(&shortLived);
    }
    QCOMPARE(a.sessionKeys(), nullptr);
}

void TestSessionKeys::verdictNamesTheKeyAndItsUrl()
{
    // The server's keys are not in the repository: sign with a key of a JWKS of our own.
    TokenModel maker;
    SessionKeys keys;
    const QByteArray pem = readData(QStringLiteral("keys/p384.sec1.pem"));
    const QString token = signedToken(pem, QStringLiteral("ES384"), QStringLiteral("p384-key"));
    TokenModel model;
    model.setSessionKeys(&keys);
    model.setToken(token);
    keys.addText(readData(QStringLiteral("keys/jwks.json")), SessionKeys::Source::Url,
                 QStringLiteral("https://idp.example/jwks.json"), {},
                 QDateTime::currentDateTimeUtc());
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    QVERIFY2(model.verifyReason().contains(QLatin1String("kid \"p384-key\"")),
             qPrintable(model.verifyReason()));
    QVERIFY(model.verifyReason().contains(QLatin1String("from https://idp.example/jwks.json")));
    QCOMPARE(model.chosenKey().kid, QStringLiteral("p384-key"));
}

void TestSessionKeys::tokenJkuKeysNeverValid()
{
    const QByteArray pem = readData(QStringLiteral("keys/rsa2048.pkcs8.pem"));
    const QString token = signedToken(pem, QStringLiteral("RS256"), QStringLiteral("k1"));
    SessionKeys keys;
    TokenModel model;
    model.setToken(token);
    model.setSessionKeys(&keys);
    keys.addText(readData(QStringLiteral("keys/rsa2048.pub.pem")), SessionKeys::Source::TokenJku,
                 QStringLiteral("https://attacker.example/jwks.json"), {},
                 QDateTime::currentDateTimeUtc());
    QVERIFY(!keys.entries().first().trusted);
    QVERIFY(model.verifyState() != TokenModel::VerifyState::Verified);
    QVERIFY2(model.verifyReason().contains(QString::fromUtf8(
                     "the signature matches a key the token supplied itself — not trusted")),
             qPrintable(model.verifyReason()));
}

void TestSessionKeys::signingUsesThePickedKey()
{
    SessionKeys keys;
    TokenModel model;
    model.setSessionKeys(&keys);
    keys.addText(readData(QStringLiteral("keys/rsa2048.pub.pem")), SessionKeys::Source::File,
                 QStringLiteral("pub.pem"));
    keys.addText(readData(QStringLiteral("keys/rsa2048.pkcs8.pem")), SessionKeys::Source::File,
                 QStringLiteral("a.pem"));
    keys.addText(readData(QStringLiteral("keys/rsa1024.pem")), SessionKeys::Source::File,
                 QStringLiteral("b.pem"));
    const QList<SessionKeys::Entry> entries = keys.entries();
    QCOMPARE(entries.size(), 3);
    QVERIFY(!keys.setSigningKey(entries.at(0).id)); // a public key cannot sign
    QSignalSpy picked(&keys, &SessionKeys::signingKeyChanged);
    QVERIFY(keys.setSigningKey(entries.at(2).id));
    QCOMPARE(picked.count(), 1);
    model.setHeaderText(QString::fromUtf8(R"({"alg":"RS256"})"));
    model.setPayloadText(QString::fromUtf8(R"({"sub":"x"})"));
    QVERIFY(model.sign());
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
    // Signed with the 1024-bit key: only its public half verifies it.
    TokenModel check;
    check.setToken(model.token());
    check.setKey(TokenModel::KeyInput::KeyText,
                 QString::fromLatin1(readData(QStringLiteral("keys/rsa1024.pub.pem"))));
    QVERIFY2(check.verifyState() == TokenModel::VerifyState::Verified,
             qPrintable(check.verifyReason()));
    // Back to the usual choice: the first key that fits.
    QVERIFY(keys.setSigningKey(0));
    QVERIFY(model.sign());
    check.setToken(model.token());
    QCOMPARE(check.verifyState(), TokenModel::VerifyState::Invalid);
    QVERIFY(keys.remove(entries.at(2).id));
    QCOMPARE(keys.signingKey(), 0);
}

void TestSessionKeys::validationNamesPyJwtErrors_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QStringList>("algorithms");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("pyjwt");
    const QStringList none;
    QTest::newRow("all pass") << "https://idp"
                              << "" << QStringList {"HS256"} << QStringList {"sub"} << none;
    QTest::newRow("wrong issuer") << "https://other"
                                  << "" << none << none << QStringList {"InvalidIssuerError"};
    QTest::newRow("no audience") << ""
                                 << "api" << none << none
                                 << QStringList {"MissingRequiredClaimError"};
    QTest::newRow("required claims missing")
            << ""
            << "" << none << QStringList {"email", "sub", "nonce"}
            << QStringList {"MissingRequiredClaimError", "MissingRequiredClaimError"};
    QTest::newRow("algorithm not allowed")
            << ""
            << "" << QStringList {"RS256"} << none << QStringList {"InvalidAlgorithmError"};
}

void TestSessionKeys::validationNamesPyJwtErrors()
{
    QFETCH(QString, issuer);
    QFETCH(QString, audience);
    QFETCH(QStringList, algorithms);
    QFETCH(QStringList, required);
    QFETCH(QStringList, pyjwt);
    const QString secret = QStringLiteral("a secret that is long enough for HS256!");
    TokenModel signer;
    signer.setKey(TokenModel::KeyInput::SecretText, secret);
    signer.setHeaderText(QString::fromUtf8(R"({"alg":"HS256","typ":"JWT"})"));
    signer.setPayloadText(QString::fromUtf8(R"({"sub":"a","iss":"https://idp"})"));
    QVERIFY(signer.sign());
    TokenModel model; // as if pasted: verified, not signed here
    model.setToken(signer.token());
    model.setKey(TokenModel::KeyInput::SecretText, secret);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    QSignalSpy changed(&model, &TokenModel::validationChanged);
    model.setValidation({issuer, audience, algorithms, required});
    QCOMPARE(changed.count(), 1);
    QStringList names;
    for (const TokenModel::ValidationFailure &f : model.validationFailures()) {
        names << f.pyjwt;
        QVERIFY(!f.text.isEmpty());
        QVERIFY2(model.verifyReason().contains(QStringLiteral("%1 (%2)").arg(f.text, f.pyjwt)),
                 qPrintable(model.verifyReason()));
    }
    QCOMPARE(names, pyjwt);
    QCOMPARE(model.verifyState(),
             pyjwt.isEmpty() ? TokenModel::VerifyState::Verified
                             : TokenModel::VerifyState::Invalid);
    model.setValidation({});
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    QVERIFY(model.validationFailures().isEmpty());
}

void TestSessionKeys::editedAfterLoadingSaysSo()
{
    const QString secret = QStringLiteral("a secret that is long enough for HS256!");
    TokenModel signer;
    signer.setKey(TokenModel::KeyInput::SecretText, secret);
    signer.setHeaderText(QString::fromUtf8(R"({"alg":"HS256"})"));
    signer.setPayloadText(QString::fromUtf8(R"({"sub":"a","admin":false})"));
    QVERIFY(signer.sign());
    const QString token = signer.token();
    const QString hint
            = QStringLiteral("the header or payload was edited after the token was loaded");

    TokenModel model;
    model.setKey(TokenModel::KeyInput::SecretText, secret);
    model.setToken(token);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    // The payload segment changed on the token side, the signature kept.
    QStringList parts = token.split(QLatin1Char('.'));
    parts[1] = QString::fromLatin1(
            QByteArray(R"({"sub":"a","admin":true})")
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    model.setToken(parts.join(QLatin1Char('.')));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Invalid);
    QVERIFY2(model.verifyReason().contains(hint), qPrintable(model.verifyReason()));
    // Edited back: verified again, no hint.
    model.setToken(token);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    // Another token with its own (wrong) signature: not an edit, no such hint.
    parts[2] = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    model.setToken(parts.join(QLatin1Char('.')));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Invalid);
    QVERIFY2(!model.verifyReason().contains(hint), qPrintable(model.verifyReason()));
    // Edited in the payload pane with re-signing off: the state says Stale, as before.
    model.setToken(token);
    model.setResignOnEdit(false);
    model.setPayloadText(QString::fromUtf8(R"({"sub":"b"})"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale);
}

void TestSessionKeys::fieldKeyFollowsTheField()
{
    using Input = TokenModel::KeyInput;
    SessionKeys keys;
    QSignalSpy changed(&keys, &SessionKeys::changed);
    // A secret typed key by key: one entry, replaced (and wiped) as the field changes.
    QCOMPARE(keys.setFieldKey(Input::SecretText, QStringLiteral("a")), 1);
    QCOMPARE(keys.setFieldKey(Input::SecretText, QStringLiteral("ab")), 1);
    QCOMPARE(keys.size(), 1);
    const SessionKeys::Entry typed = keys.entries().constFirst();
    QCOMPARE(typed.source, SessionKeys::Source::Typed);
    QCOMPARE(typed.sourceText, QStringLiteral("typed"));
    QCOMPARE(keys.exportAs(typed.id, SessionKeys::Form::Jwk),
             QByteArray(R"({"k":"YWI","kty":"oct"})"));
    // The same bytes as base64 are the same field (the secret field's two readings).
    QCOMPARE(keys.setFieldKey(Input::SecretBase64, QStringLiteral("YWJj")), 1);
    QCOMPARE(keys.size(), 1);
    QVERIFY(keys.exportAs(typed.id, SessionKeys::Form::Jwk).isEmpty());

    // The key editor is a field of its own: "pasted"; half a PEM removes its entry.
    const QByteArray pem = readData(QStringLiteral("keys/rsa2048.pub.pem"));
    QCOMPARE(keys.setFieldKey(Input::KeyText, QString::fromUtf8(pem)), 1);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.entries().constLast().source, SessionKeys::Source::Pasted);
    QCOMPARE(keys.setFieldKey(Input::KeyText, QString::fromUtf8(pem.left(40))), 0);
    QCOMPARE(keys.size(), 1);

    // A key the ring has from elsewhere is not listed twice.
    keys.addText(pem, SessionKeys::Source::File, QStringLiteral("rsa2048.pub.pem"));
    QCOMPARE(keys.setFieldKey(Input::KeyText, QString::fromUtf8(pem)), 0);
    QCOMPARE(keys.size(), 2);

    // Kept (a file or a generated pair came into the key editor): the next edit adds beside.
    const QByteArray ec = readData(QStringLiteral("keys/p384.pub.pem"));
    QCOMPARE(keys.setFieldKey(Input::KeyText, QString::fromUtf8(ec)), 1);
    keys.keepFieldKey(Input::KeyText);
    QCOMPARE(keys.setFieldKey(Input::KeyText, QString()), 0);
    QCOMPARE(keys.size(), 3);
    keys.setFieldKey(Input::SecretText, QString());
    QCOMPARE(keys.size(), 2);
    // Nothing changed, nothing said.
    const int before = int(changed.count());
    keys.setFieldKey(Input::SecretText, QString());
    QCOMPARE(changed.count(), before);

    // A model whose key field holds a key of the ring verifies with its field's, offered once.
    TokenModel model;
    model.setSessionKeys(&keys);
    model.setToken(signedToken(readData(QStringLiteral("keys/rsa2048.pkcs8.pem")),
                               QStringLiteral("RS256"), QStringLiteral("k1")));
    model.setKey(Input::KeyText, QString::fromUtf8(pem));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    QVERIFY2(model.keyDescription().contains(QLatin1String("set of 2 ")),
             qPrintable(model.keyDescription()));
}

QTEST_GUILESS_MAIN(TestSessionKeys)
#include "tst_sessionkeys.moc"
