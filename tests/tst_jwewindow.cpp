// SPDX-License-Identifier: MIT
// An encrypted token (JWE) in the window, driven through its widgets: the five coloured
// parts, the key field taking the decryption key (shared key, JWK), the badge, the plaintext
// in the payload pane, editing it re-encrypts, a nested token's layers, and Explain.
#include "claimsview.h"
#include "explainview.h"
#include "jsonpane.h"
#include "layerbar.h"
#include "mainwindow.h"
#include "partcolors.h"
#include "signaturepane.h"
#include "tokenmodel.h"
#include "tokentab.h"
#include "windowtest.h"

#include "base64url.h"
#include "jwe.h"
#include "jws.h"
#include "keyring.h"
#include "verifier.h"

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
#include <QToolButton>

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
    void nestedInnerLayerEditsRebuildTheOuter();
    void nestedInnerKeyOfItsOwn();
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
    /// The breadcrumb's layers, as its buttons say them.
    QStringList layerTexts() const
    {
        QStringList texts;
        const LayerBar *bar = m_window->currentTab()->layerBar();
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->button(i)->isVisible())
                texts << bar->button(i)->text();
        }
        return texts;
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
    LayerBar *bar = m_window->currentTab()->layerBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(layerTexts(),
             QStringList({QStringLiteral("Encrypted (dir, A256GCM)"),
                          QStringLiteral("Signed (HS256)")}));
    QCOMPARE(bar->button(0)->toolTip(),
             QStringLiteral("Decrypted: %1").arg(label("verifyReason")->text()));
    QVERIFY2(bar->button(1)->toolTip().startsWith(QLatin1String("Signature verified")),
             qPrintable(bar->button(1)->toolTip()));
    QVERIFY(bar->button(0)->isChecked());
    // The layers go with the key.
    secret->selectAll();
    QTest::keyClick(secret, Qt::Key_Delete);
    QTRY_VERIFY(!bar->isVisible());
    QCOMPARE(m_window->currentTab()->layerCount(), 1);
}

void TestJweWindow::nestedInnerLayerEditsRebuildTheOuter()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("template_jwe-id-token"));
    QVERIFY(action);
    action->trigger();
    TokenTab *tab = m_window->currentTab();
    QTRY_COMPARE(badge(), QStringLiteral("Decrypted"));
    QTRY_COMPARE(tab->layerCount(), 2);
    LayerBar *bar = tab->layerBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(layerTexts(),
             QStringList({QStringLiteral("Encrypted (RSA-OAEP-256, A256GCM)"),
                          QStringLiteral("Signed (RS256)")}));
    // The outer layer says what it is: decrypted, never "verified" for the signature inside.
    QVERIFY(!badge().contains(QLatin1String("verified")));

    // The breadcrumb switches the panes to the signed token inside.
    QTest::mouseClick(bar->button(1), Qt::LeftButton);
    QTRY_COMPARE(tab->currentLayer(), 1);
    QVERIFY(bar->button(1)->isChecked());
    QPlainTextEdit *innerHeader = tab->layerHeaderPane(1)->editor();
    QPlainTextEdit *innerPayload = tab->layerPayloadPane(1)->editor();
    QTRY_VERIFY(innerPayload->isVisible());
    QVERIFY(!tab->headerPane()->isVisible());
    QVERIFY(innerHeader->toPlainText().contains(QLatin1String("\"RS256\"")));
    QVERIFY(innerPayload->toPlainText().contains(QLatin1String("\"Jane Doe\"")));
    QCOMPARE(innerHeader->accessibleName(), QStringLiteral("Header"));
    QVERIFY(tab->layerClaimsView(1)->isVisible());
    QTRY_VERIFY(tab->layerClaimsView(1)->statusLabel(QStringLiteral("exp")));
    QLabel *innerBadge
            = tab->layerSignaturePane(1)->findChild<QLabel *>(QStringLiteral("verificationBadge"));
    QVERIFY(innerBadge->isVisible());
    QCOMPARE(innerBadge->text(), QStringLiteral("Signature verified"));
    QCOMPARE(badge(), QStringLiteral("Decrypted")); // the tab's first badge: the outer layer's

    // Explain follows the layer shown.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"));
    dock->show();
    ExplainView *view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<ExplainView *>(QStringLiteral("explainView"))));
    QTRY_VERIFY(view->stepCount() > 0);
    QTRY_VERIFY2(!view->stepText(1).contains(QLatin1String("Content encryption key")),
                 qPrintable(view->stepText(1)));

    // Editing a claim of the inner token re-signs it and encrypts the outer one again.
    const QString before = tab->model()->token();
    const QString innerBefore = tab->layerModel(1)->token();
    const qsizetype at = innerPayload->toPlainText().indexOf(QLatin1String("Doe"));
    QVERIFY(at > 0);
    innerPayload->setFocus();
    QTextCursor cursor = innerPayload->textCursor();
    cursor.setPosition(int(at));
    innerPayload->setTextCursor(cursor);
    QTest::keyClicks(innerPayload, QStringLiteral("Q."));
    QTRY_COMPARE(innerBadge->text(), QStringLiteral("Re-signed with your key"));
    const QString inner = tab->layerModel(1)->token();
    QVERIFY(inner != innerBefore);
    QVERIFY(QString::fromUtf8(
                    Base64Url::decode(inner.section(QLatin1Char('.'), 1, 1).toLatin1()).bytes)
                    .contains(QLatin1String("Jane Q.Doe")));
    QTRY_VERIFY(tab->model()->token() != before);
    QTRY_COMPARE(tab->model()->verifyState(), TokenModel::VerifyState::Reencrypted);
    QCOMPARE(tab->layerModel(1)->verifyState(), TokenModel::VerifyState::Resigned);
    QTRY_VERIFY2(bar->button(0)->toolTip().startsWith(QLatin1String("Re-encrypted with your key")),
                 qPrintable(bar->button(0)->toolTip()));
    QVERIFY2(bar->button(1)->toolTip().startsWith(QLatin1String("Re-signed with your key")),
             qPrintable(bar->button(1)->toolTip()));
    QCOMPARE(tab->currentLayer(), 1); // the panes stay on the layer being edited

    // The Edit menu's claim and focus actions work on the layer shown, too.
    auto *exp1h = m_window->findChild<QAction *>(QStringLiteral("exp1hAction"));
    QVERIFY(exp1h);
    exp1h->trigger();
    const qint64 expected = tab->layerModel(1)->now().toSecsSinceEpoch() + 3600;
    QTRY_VERIFY2(innerPayload->toPlainText().contains(QStringLiteral("\"exp\": %1").arg(expected)),
                 qPrintable(innerPayload->toPlainText()));
    QTRY_VERIFY(tab->layerModel(1)->token() != inner);
    auto *focusHeader = m_window->findChild<QAction *>(QStringLiteral("focusHeaderAction"));
    QVERIFY(focusHeader);
    focusHeader->trigger();
    QTRY_VERIFY(innerHeader->hasFocus());

    // The new outer token decrypts, with the template's key, to the edited inner token.
    const QString edited = tab->layerModel(1)->token();
    QTRY_COMPARE(tab->payloadPane()->editor()->toPlainText(), edited); // encrypted again
    const QString outer = tab->model()->token();
    QCOMPARE(outer.count(QLatin1Char('.')), 4);
    const JweResult opened
            = Jwe::decrypt(QByteArrayView(outer.toLatin1()),
                           KeyRing::fromText(tab->model()->keyText().toUtf8()).keys());
    QVERIFY2(opened.status == JweStatus::Decrypted, qPrintable(opened.error));
    QCOMPARE(QString::fromLatin1(opened.plaintext), edited);
    // … and it verifies with the signing key in that JWKS.
    const TokenVerdict verdict = verifyToken(Token::parse(QByteArrayView(opened.plaintext)),
                                             KeyRing::fromText(tab->model()->keyText().toUtf8()));
    QCOMPARE(verdict.state, TokenVerdict::State::Valid);

    // Back to the outer layer: its panes, its badge.
    QTest::mouseClick(bar->button(0), Qt::LeftButton);
    QTRY_COMPARE(tab->currentLayer(), 0);
    QTRY_VERIFY(tab->headerPane()->isVisible());
    QCOMPARE(badge(), QStringLiteral("Re-encrypted with your key"));
    QCOMPARE(edit("payloadEdit")->toPlainText(), edited);
}

void TestJweWindow::nestedInnerKeyOfItsOwn()
{
    // Encrypted with a shared key, signed with another secret: the inner layer takes its
    // key in its own Signature pane.
    const QByteArray input = Base64Url::encode(R"({"alg":"HS256"})") + '.'
            + Base64Url::encode(R"({"sub":"inner"})");
    const QByteArray signingSecret = "another secret, 32 bytes or more!!";
    const Signature s = sign(Algorithm::HS256, KeyRing::fromSecret(signingSecret).at(0), input);
    QVERIFY(s.ok());
    const QByteArray jws = input + '.' + Base64Url::encode(s.bytes);
    const JweEncrypted made = Jwe::encrypt(R"({"alg":"dir","enc":"A256GCM","cty":"JWT"})", jws,
                                           KeyRing::fromSecret(dirKey).at(0));
    QVERIFY(made.ok());
    pasteToken(QString::fromLatin1(made.compact));
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isVisible());
    QTest::keyClicks(clearedSecret(), QString::fromLatin1(dirKey));
    TokenTab *tab = m_window->currentTab();
    QTRY_COMPARE(tab->layerCount(), 2);
    // The decryption key does not verify the signature inside: the inner layer says so.
    QTRY_COMPARE(tab->layerModel(1)->verifyState(), TokenModel::VerifyState::Invalid);
    QTest::mouseClick(tab->layerBar()->button(1), Qt::LeftButton);
    QTRY_COMPARE(tab->currentLayer(), 1);
    SignaturePane *pane = tab->layerSignaturePane(1);
    auto *innerSecret = pane->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QTRY_VERIFY(innerSecret->isVisible());
    QCOMPARE(innerSecret->text(), QString::fromLatin1(dirKey)); // it starts with the outer key
    innerSecret->setFocus();
    innerSecret->selectAll();
    QTest::keyClicks(innerSecret, QString::fromLatin1(signingSecret));
    QLabel *innerBadge = pane->findChild<QLabel *>(QStringLiteral("verificationBadge"));
    QTRY_COMPARE(innerBadge->text(), QStringLiteral("Signature verified"));
    QTRY_VERIFY(
            tab->layerBar()->button(1)->toolTip().startsWith(QLatin1String("Signature verified")));
    // The outer layer keeps its own key and verdict.
    QCOMPARE(tab->model()->keyText(), QString::fromLatin1(dirKey));
    QCOMPARE(tab->model()->verifyState(), TokenModel::VerifyState::Decrypted);
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
    QTest::addColumn<QStringList>("layers");
    QTest::newRow("encrypted ID token")
            << "jwe-id-token" << true
            << QStringList({"Encrypted (RSA-OAEP-256, A256GCM)", "Signed (RS256)"});
    QTest::newRow("A256KW") << "jwe-A256KW" << false << QStringList();
    QTest::newRow("ECDH-ES+A256KW") << "jwe-ECDH-ES+A256KW" << true << QStringList();
    QTest::newRow("PBES2") << "jwe-PBES2-HS256+A128KW" << false << QStringList();
}

void TestJweWindow::encryptedTemplates()
{
    QFETCH(QString, id);
    QFETCH(bool, keyEditor);
    QFETCH(QStringList, layers);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("template_") + id);
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(badge(), QStringLiteral("Decrypted"));
    QCOMPARE(edit("keyEdit")->isVisible(), keyEditor);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isVisible(),
             !keyEditor);
    QTRY_COMPARE(m_window->currentTab()->layerBar()->isVisible(), !layers.isEmpty());
    if (!layers.isEmpty())
        QCOMPARE(layerTexts(), layers);
    else
        QVERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("\"sub\"")));
}

QTEST_MAIN(TestJweWindow)
#include "tst_jwewindow.moc"
