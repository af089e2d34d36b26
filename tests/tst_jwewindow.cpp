// SPDX-License-Identifier: MIT
// An encrypted token (JWE) in the window, driven through its widgets: the five coloured
// parts, the key field taking the decryption key (shared key, JWK), the badge, the plaintext
// in the payload pane, editing it re-encrypts, a nested token's layers, and Explain.
#include "explainview.h"
#include "mainwindow.h"
#include "partcolors.h"
#include "tokenmodel.h"
#include "windowtest.h"

#include "base64url.h"
#include "jwe.h"
#include "jws.h"
#include "keyring.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace WindowTest;

namespace {

QJsonObject vector(const QString &name)
{
    return QJsonDocument::fromJson(readFile(QFINDTESTDATA("data/jwe/rfc7516.json")).toUtf8())
            .object()
            .value(name)
            .toObject();
}

QString compactOf(const QString &name)
{
    return vector(name).value("compact").toString();
}

const QByteArray dirKey = "0123456789abcdef0123456789abcdef";

} // namespace

class TestJweWindow : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void sharedKeyDecryptsAndEditReencrypts();
    void privateJwkDecrypts();
    void nestedShowsItsLayers();
    void explainShowsTheJweSteps();
    void encryptedTemplates_data();
    void encryptedTemplates();

private:
    QLabel *label(const char *name) const
    {
        return m_window->findChild<QLabel *>(QLatin1String(name));
    }
    void pasteToken(const QString &token)
    {
        pasteInto(edit("tokenEdit"), token);
        QTRY_COMPARE(m_window->model()->token(), token);
    }
    /// Empties the secret field (the sample token's secret is in it).
    QLineEdit *clearedSecret()
    {
        auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        secret->setFocus();
        secret->selectAll();
        QTest::keyClick(secret, Qt::Key_Delete);
        return secret;
    }
};

void TestJweWindow::sharedKeyDecryptsAndEditReencrypts()
{
    const QString token = compactOf("A.3");
    pasteToken(token);
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("A128KW")));
    QCOMPARE(edit("headerEdit")->accessibleName(), QStringLiteral("Protected header"));
    QCOMPARE(edit("payloadEdit")->accessibleName(), QStringLiteral("Plaintext"));
    QCOMPARE(edit("payloadEdit")->toPlainText(), QString());
    QCOMPARE(label("titleLabel")->text(), QStringLiteral("Encryption"));
    QVERIFY(!m_window->findChild<QComboBox *>(QStringLiteral("algorithmCombo"))->isVisible());
    QLineEdit *secret = clearedSecret();
    QTRY_COMPARE(badge(), QStringLiteral("Encrypted: enter the key"));
    QCOMPARE(label("verifyReason")->text(), QStringLiteral("Enter a key to decrypt the token"));

    // Five parts, each in its colour.
    const QTextBlock block = edit("tokenEdit")->document()->firstBlock();
    QTRY_VERIFY(block.layout() && !block.layout()->formats().isEmpty());
    QSet<QRgb> colours;
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        colours.insert(range.format.foreground().color().rgb());
    const QPalette palette = edit("tokenEdit")->palette();
    for (TokenPart part :
         {TokenPart::Header, TokenPart::EncryptedKey, TokenPart::InitializationVector,
          TokenPart::Ciphertext, TokenPart::AuthenticationTag}) {
        QVERIFY2(colours.contains(PartColors::part(part, palette).rgb()),
                 qPrintable(QString::number(int(part))));
    }

    // The shared key, typed into the secret field as base64url.
    auto *base64 = m_window->findChild<QCheckBox *>(QStringLiteral("secretBase64"));
    QVERIFY(secret->isVisible());
    QTest::keyClicks(secret, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"));
    QTest::mouseClick(base64, Qt::LeftButton, {}, QPoint(4, base64->height() / 2));
    QTRY_VERIFY(base64->isChecked());
    QTRY_COMPARE(badge(), QStringLiteral("Cannot decrypt"));
    QCOMPARE(edit("payloadEdit")->toPlainText(), QString());

    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    QTRY_COMPARE(badge(), QStringLiteral("Decrypted"));
    QVERIFY(label("verifyReason")
                    ->text()
                    .startsWith(QLatin1String(
                            "Decrypted (A128KW, A128CBC-HS256) with the shared key")));
    QTRY_COMPARE(edit("payloadEdit")->toPlainText(), QStringLiteral("Live long and prosper."));
    QCOMPARE(edit("tokenEdit")->toPlainText(), token);

    // Editing the plaintext encrypts again, with the same alg and enc.
    replaceAll(edit("payloadEdit"), QStringLiteral("Live long."));
    QTRY_COMPARE(badge(), QStringLiteral("Re-encrypted with your key"));
    const QString made = edit("tokenEdit")->toPlainText();
    QVERIFY(made != token);
    QCOMPARE(segment(made, 0), segment(token, 0));
    TokenModel check;
    check.setToken(made);
    check.setKey(TokenModel::KeyInput::SecretBase64, QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    QCOMPARE(check.verifyState(), TokenModel::VerifyState::Decrypted);
    QCOMPARE(check.payloadText(), QStringLiteral("Live long."));

    // Re-encrypt on request, with re-encrypting on edit off.
    auto *onEdit = m_window->findChild<QCheckBox *>(QStringLiteral("resignOnEdit"));
    QCOMPARE(onEdit->text(), QStringLiteral("&Re-encrypt on edit"));
    onEdit->click();
    QVERIFY(!m_window->model()->resignOnEdit());
    replaceAll(edit("payloadEdit"), QStringLiteral("Prosper."));
    QTRY_COMPARE(badge(), QStringLiteral("Edited — not re-encrypted"));
    QCOMPARE(edit("tokenEdit")->toPlainText(), made);
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("signButton"));
    QCOMPARE(button->text(), QStringLiteral("Re-&encrypt"));
    QVERIFY(button->isEnabled());
    button->click();
    QTRY_COMPARE(badge(), QStringLiteral("Re-encrypted with your key"));
    QVERIFY(edit("tokenEdit")->toPlainText() != made);
}

void TestJweWindow::privateJwkDecrypts()
{
    pasteToken(compactOf("A.1"));
    QPlainTextEdit *key = edit("keyEdit");
    QTRY_VERIFY(key->isVisible()); // RSA-OAEP: the key editor, not the secret field
    const QString jwk = QString::fromUtf8(
            QJsonDocument(vector("A.1").value("key").toObject()).toJson(QJsonDocument::Compact));
    pasteInto(key, jwk);
    m_window->flushEdits();
    QTRY_COMPARE(badge(), QStringLiteral("Decrypted"));
    QCOMPARE(edit("payloadEdit")->toPlainText(), vector("A.1").value("plaintext").toString());
    QVERIFY(label("verifyReason")
                    ->text()
                    .startsWith(QLatin1String("Decrypted (RSA-OAEP, A256GCM)")));
}

void TestJweWindow::nestedShowsItsLayers()
{
    const QByteArray input = Base64Url::encode(R"({"alg":"HS256"})") + '.'
            + Base64Url::encode(R"({"sub":"nested"})");
    const Key key = KeyRing::fromSecret(dirKey).at(0);
    const Signature s = sign(Algorithm::HS256, key, input);
    QVERIFY(s.ok());
    const QByteArray jws = input + '.' + Base64Url::encode(s.bytes);
    const JweEncrypted made
            = Jwe::encrypt(R"({"alg":"dir","enc":"A256GCM","cty":"JWT"})", jws, key);
    QVERIFY(made.ok());
    pasteToken(QString::fromLatin1(made.compact));
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isVisible());
    QLineEdit *secret = clearedSecret();
    QTest::keyClicks(secret, QString::fromLatin1(dirKey));
    QTRY_COMPARE(badge(), QStringLiteral("Decrypted"));
    QCOMPARE(edit("payloadEdit")->toPlainText(), QString::fromLatin1(jws));
    QLabel *layers = label("layersLabel");
    QTRY_VERIFY(layers->isVisible());
    QCOMPARE(layers->text(),
             QStringLiteral("JWE (dir, A256GCM): Decrypted › JWS (HS256): "
                            "Signature verified"));
    // The layers go with the key.
    secret->selectAll();
    QTest::keyClick(secret, Qt::Key_Delete);
    QTRY_VERIFY(!layers->isVisible());
}

void TestJweWindow::explainShowsTheJweSteps()
{
    pasteToken(compactOf("A.3"));
    clearedSecret();
    QTRY_COMPARE(badge(), QStringLiteral("Encrypted: enter the key"));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"));
    dock->show();
    dock->raise();
    ExplainView *view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<ExplainView *>(QStringLiteral("explainView"))));
    QTRY_COMPARE(view->stepCount(), 7);
    QVERIFY(view->stepText(1).contains(QLatin1String("Content encryption key")));
    QVERIFY(!view->stepText(5).contains(QLatin1String("Live long and prosper.")));
    m_window->model()->setKey(TokenModel::KeyInput::SecretBase64,
                              QStringLiteral("GawgguFyGrWKav7AX4VKUg"));
    QTRY_VERIFY2(view->stepText(5).contains(QLatin1String("Live long and prosper.")),
                 qPrintable(badge() + QLatin1Char('\n') + view->stepText(5)));
    QVERIFY(view->stepText(4).contains(segment(compactOf("A.3"), 0)));
}

void TestJweWindow::encryptedTemplates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("keyEditor");
    QTest::addColumn<QString>("layers");
    QTest::newRow("encrypted ID token") << "jwe-id-token" << true
                                        << "JWE (RSA-OAEP-256, A256GCM): Decrypted › JWS (RS256): "
                                           "Signature verified";
    QTest::newRow("A256KW") << "jwe-A256KW" << false << QString();
    QTest::newRow("ECDH-ES+A256KW") << "jwe-ECDH-ES+A256KW" << true << QString();
    QTest::newRow("PBES2") << "jwe-PBES2-HS256+A128KW" << false << QString();
}

void TestJweWindow::encryptedTemplates()
{
    QFETCH(QString, id);
    QFETCH(bool, keyEditor);
    QFETCH(QString, layers);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("template_") + id);
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(badge(), QStringLiteral("Decrypted"));
    QCOMPARE(edit("keyEdit")->isVisible(), keyEditor);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isVisible(),
             !keyEditor);
    QCOMPARE(label("layersLabel")->isVisible(), !layers.isEmpty());
    if (!layers.isEmpty())
        QCOMPARE(label("layersLabel")->text(), layers);
    else
        QVERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("\"sub\"")));
}

QTEST_MAIN(TestJweWindow)
#include "tst_jwewindow.moc"
