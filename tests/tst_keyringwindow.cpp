// SPDX-License-Identifier: MIT
// The window's key ring (issue 14): Fetch Keys… against the loopback HTTPS key server, the
// token's jku (untrusted), the key ring panel's actions, passphrase-protected PEM, the
// Validation panel — and nothing sent when a token is pasted, opened or edited.
#include "fetchkeysdialog.h"
#include "keypairdialog.h"
#include "keyringpanel.h"
#include "keyserver.h"
#include "sessionkeys.h"
#include "signaturepane.h"
#include "startup.h"
#include "validationpanel.h"
#include "windowtest.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeWidget>

using namespace WindowTest;

namespace {

/// A token signed with the key server's key @p kid, with @p header members added.
QString serverToken(const KeyServer &server, const QString &kid, const QString &alg,
                    const QString &iss, const QString &extraHeader = QString())
{
    TokenModel signer;
    signer.setKey(TokenModel::KeyInput::KeyText,
                  QString::fromUtf8(server.readFile(kid + QStringLiteral(".pem"))));
    signer.setHeaderText(
            QStringLiteral("{\"alg\":\"%1\",\"kid\":\"%2\"%3}").arg(alg, kid, extraHeader));
    signer.setPayloadText(
            QStringLiteral("{\"sub\":\"ada\",\"iss\":\"%1\",\"aud\":\"api\"}").arg(iss));
    if (!signer.sign())
        qFatal("cannot sign: %s", qPrintable(signer.signatureError().message));
    return signer.token();
}

} // namespace

class TestKeyRingWindow : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { openWindow(); }
    void cleanup();
    void nothingSentOnPasteOpenOrEdit();
    void fetchFromTheIssuer();
    void fetchFailuresAreShown_data();
    void fetchFailuresAreShown();
    void cancelAFetch();
    void tokenJkuIsNeverTrusted();
    void tokenX5uIsNeverTrusted();
    void keyRingPanelActions();
    void encryptedPemAsksForThePassphrase();
    void validationPanel();
    void panelsRebindToAnotherModel();
    void keysGivenJoinTheRing();
    void fetchKeysAtStart();

private:
    /// Triggers the action @p actionName ("fetchKeysAction", "fetchJkuAction",
    /// "fetchX5uAction") and returns its dialog, with the test CA as its CA file.
    FetchKeysDialog *openFetchDialog(const char *actionName = "fetchKeysAction");
    QTreeWidget *ringList() const
    {
        return m_window->findChild<QTreeWidget *>(QStringLiteral("keyRingList"));
    }
    QString reason() const
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("verifyReason"));
        return label ? label->text() : QString();
    }
    void pasteToken(const QString &token)
    {
        pasteInto(edit("tokenEdit"), token);
        m_window->flushEdits();
        QTRY_COMPARE(m_window->model()->token(), token);
    }

    KeyServer m_server;
    QString m_issuer; ///< the loopback server's base URL
};

void TestKeyRingWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recent URLs go to a test settings file
    QSettings().clear();
    KeyServer::clearProxyVariables();
    QString why;
    if (!m_server.start(&why)) {
        if (qgetenv("CI") == "true")
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_issuer = m_server.url(QStringLiteral("https"), QString());
}

void TestKeyRingWindow::cleanup()
{
    closeWindow();
    m_server.clearRequests();
}

FetchKeysDialog *TestKeyRingWindow::openFetchDialog(const char *actionName)
{
    QAction *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<FetchKeysDialog *>();
    if (dialog)
        dialog->findChild<QLineEdit *>(QStringLiteral("fetchCaFile"))->setText(m_server.caFile());
    return dialog;
}

void TestKeyRingWindow::nothingSentOnPasteOpenOrEdit()
{
    // A token that names the server as its issuer, its jku and its x5u: pasting, editing,
    // loading a key and opening the panels contacts nothing, and makes no network object.
    const QString jwks = m_server.url(QStringLiteral("https"), QStringLiteral("/jwks.json"));
    const QString x5u = m_server.url(QStringLiteral("https"), QStringLiteral("/x5u.pem"));
    const QString token
            = serverToken(m_server, QStringLiteral("rsa-1"), QStringLiteral("RS256"), m_issuer,
                          QStringLiteral(",\"jku\":\"%1\",\"x5u\":\"%2\"").arg(jwks, x5u));
    pasteToken(token);
    m_window->loadText(token);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("token.jwt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token.toUtf8());
    file.close();
    QVERIFY(m_window->openFile(file.fileName()));
    pasteInto(edit("payloadEdit"), QStringLiteral("{\"iss\":\"%1\",\"sub\":\"x\"}").arg(m_issuer));
    m_window->flushEdits();
    m_window->findChild<QDockWidget *>(QStringLiteral("keyRingDock"))->show();
    m_window->findChild<QDockWidget *>(QStringLiteral("validationDock"))->show();
    m_window->findChild<KeyRingPanel *>()->addKeyText(m_server.jwks(), SessionKeys::Source::File,
                                                      QStringLiteral("jwks.json"));
    QTest::qWait(300); // time for a request that must not come (nothing to wait for instead)
    QVERIFY(m_window->findChildren<QNetworkAccessManager *>().isEmpty());
    QCOMPARE(m_server.requests(), QStringList());
    // The fetch action is there; only pressing Fetch in its dialog sends.
    FetchKeysDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->fetch()->hasFetcher());
    dialog->close();
    pasteToken(token);
    for (const char *name : {"fetchJkuAction", "fetchX5uAction"}) {
        dialog = openFetchDialog(name);
        QVERIFY2(dialog, name);
        QVERIFY(!dialog->fetch()->hasFetcher());
        dialog->close();
    }
    QCOMPARE(m_server.requests(), QStringList());
}

void TestKeyRingWindow::fetchFromTheIssuer()
{
    const QString token
            = serverToken(m_server, QStringLiteral("ec-1"), QStringLiteral("ES256"), m_issuer);
    pasteToken(token);
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::NoKey);
    FetchKeysDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    // Prefilled from iss, read as an issuer, and the URLs shown before anything is sent.
    auto *url = dialog->findChild<QComboBox *>(QStringLiteral("fetchUrl"));
    QCOMPARE(url->currentText(), m_issuer);
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("fetchIssuer"))->isChecked());
    const QString plan = dialog->findChild<QLabel *>(QStringLiteral("fetchPlan"))->text();
    QVERIFY2(plan.contains(m_issuer + QStringLiteral("/.well-known/openid-configuration")),
             qPrintable(plan));
    QVERIFY(plan.contains(m_issuer + QStringLiteral("/.well-known/oauth-authorization-server")));
    QCOMPARE(m_server.requests(), QStringList());

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fetchButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->verifyState(), TokenModel::VerifyState::Verified,
                              15000);
    const QString jwksUrl = m_server.url(QStringLiteral("https"), QStringLiteral("/jwks.json"));
    QVERIFY2(reason().contains(QStringLiteral("kid \"ec-1\"")), qPrintable(reason()));
    QVERIFY2(reason().contains(QStringLiteral("from %1").arg(jwksUrl)), qPrintable(reason()));
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("fetchLog"))->text().contains(jwksUrl));
    QCOMPARE(m_server.requests(),
             (QStringList {QStringLiteral("https GET /.well-known/openid-configuration"),
                           QStringLiteral("https GET /jwks.json")}));
    // The ring shows the keys, with their thumbprints (the server's own computation).
    QTreeWidget *list = ringList();
    QCOMPARE(list->topLevelItemCount(), 4);
    const QHash<QString, QString> prints = m_server.thumbprints();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        QCOMPARE(item->text(3), prints.value(item->text(1)));
        QCOMPARE(item->text(4), QStringLiteral("from %1").arg(jwksUrl));
    }
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("keyRingDock"))->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("keys/recentUrls")).toStringList().value(0),
             m_issuer);

    // Refresh asks the server again and keeps one copy of each key.
    m_server.clearRequests();
    auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("fetchRefresh"));
    QVERIFY(refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY(m_server.requests().contains(QStringLiteral("https GET /jwks.json")));
    QTRY_VERIFY(refresh->isEnabled());
    QCOMPARE(list->topLevelItemCount(), 4);
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
}

void TestKeyRingWindow::fetchFailuresAreShown_data()
{
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("message");
    QTest::newRow("404") << "https"
                         << "/missing.json" << true << "404";
    QTest::newRow("not JSON") << "https"
                              << "/notjson" << true << "JSON";
    QTest::newRow("no keys") << "https"
                             << "/nokeys" << true << "keys";
    QTest::newRow("self-signed") << "selfsigned"
                                 << "/jwks.json" << true << "certificate";
    // Not /jwks.json, which an earlier fetch put in the session's cache.
    QTest::newRow("without the CA") << "https"
                                    << "/redirect/1" << false << "certificate";
}

void TestKeyRingWindow::fetchFailuresAreShown()
{
    QFETCH(QString, listener);
    QFETCH(QString, path);
    QFETCH(bool, withCa);
    QFETCH(QString, message);
    FetchKeysDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    if (!withCa)
        dialog->findChild<QLineEdit *>(QStringLiteral("fetchCaFile"))->clear();
    auto *url = dialog->findChild<QComboBox *>(QStringLiteral("fetchUrl"));
    url->setFocus();
    url->lineEdit()->selectAll();
    QTest::keyClicks(url->lineEdit(), m_server.url(listener, path));
    dialog->findChild<QRadioButton *>(QStringLiteral("fetchJwks"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fetchButton")),
                      Qt::LeftButton);
    auto *log = dialog->findChild<QLabel *>(QStringLiteral("fetchLog"));
    QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QPushButton *>(QStringLiteral("fetchButton"))->isEnabled(), 15000);
    QVERIFY2(log->text().contains(message, Qt::CaseInsensitive), qPrintable(log->text()));
    QVERIFY2(log->text().contains(QStringLiteral("127.0.0.1")), qPrintable(log->text()));
    QCOMPARE(m_window->sessionKeys()->size(), 0);
}

void TestKeyRingWindow::cancelAFetch()
{
    FetchKeysDialog *dialog = openFetchDialog();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(QStringLiteral("fetchUrl"))
            ->setEditText(m_server.url(QStringLiteral("https"), QStringLiteral("/slow")));
    dialog->findChild<QRadioButton *>(QStringLiteral("fetchJwks"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fetchButton")),
                      Qt::LeftButton);
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("fetchCancel"));
    QVERIFY(cancel->isEnabled());
    QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("fetchProgress"))->isVisible());
    QTRY_VERIFY(m_server.requests().contains(QStringLiteral("https GET /slow")));
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *log = dialog->findChild<QLabel *>(QStringLiteral("fetchLog"));
    QTRY_VERIFY2(log->text().startsWith(QStringLiteral("Canceled")), qPrintable(log->text()));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("fetchProgress"))->isVisible());
}

void TestKeyRingWindow::tokenJkuIsNeverTrusted()
{
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("fetchJkuAction"))->isEnabled());
    const QString jwks = m_server.url(QStringLiteral("https"), QStringLiteral("/jwks.json"));
    const QString token = serverToken(m_server, QStringLiteral("rsa-1"), QStringLiteral("RS256"),
                                      m_issuer, QStringLiteral(",\"jku\":\"%1\"").arg(jwks));
    pasteToken(token);
    FetchKeysDialog *dialog = openFetchDialog("fetchJkuAction");
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("fetchUrl"))->currentText(), jwks);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Untrusted")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fetchButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionKeys()->size(), 4, 15000);
    QTRY_VERIFY2(reason().contains(QString::fromUtf8(
                         "the signature matches a key the token supplied itself — not trusted")),
                 qPrintable(reason()));
    QVERIFY(m_window->model()->verifyState() != TokenModel::VerifyState::Verified);
    QVERIFY(ringList()->topLevelItem(0)->text(5).contains(QStringLiteral("untrusted")));
}

void TestKeyRingWindow::tokenX5uIsNeverTrusted()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("fetchX5uAction"));
    QVERIFY(!action->isEnabled());
    const QString x5u = m_server.url(QStringLiteral("https"), QStringLiteral("/x5u.pem"));
    const QString token = serverToken(m_server, QStringLiteral("rsa-1"), QStringLiteral("RS256"),
                                      m_issuer, QStringLiteral(",\"x5u\":\"%1\"").arg(x5u));
    pasteToken(token);
    QVERIFY(action->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("fetchJkuAction"))->isEnabled());
    FetchKeysDialog *dialog = openFetchDialog("fetchX5uAction");
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("fetchUrl"))->currentText(), x5u);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("x5u (Untrusted)")));
    QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("fetchIssuer"))->isVisible());
    const QString plan = dialog->findChild<QLabel *>(QStringLiteral("fetchPlan"))->text();
    QVERIFY2(plan.contains(x5u), qPrintable(plan));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("fetchButton")),
                      Qt::LeftButton);
    // One key, the first certificate's (the chain's second is the CA's), never trusted.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionKeys()->size(), 1, 15000);
    QCOMPARE(m_server.requests(), QStringList {QStringLiteral("https GET /x5u.pem")});
    const SessionKeys::Entry entry = m_window->sessionKeys()->entries().first();
    QCOMPARE(entry.source, SessionKeys::Source::TokenX5u);
    QCOMPARE(entry.location, x5u);
    QVERIFY(!entry.trusted);
    QVERIFY(!entry.isPrivate);
    QCOMPARE(entry.thumbprint, m_server.thumbprints().value(QStringLiteral("rsa-1")));
    QVERIFY2(entry.sourceText.contains(QStringLiteral("x5u")), qPrintable(entry.sourceText));
    QTRY_VERIFY2(reason().contains(QString::fromUtf8(
                         "the signature matches a key the token supplied itself — not trusted")),
                 qPrintable(reason()));
    QVERIFY(m_window->model()->verifyState() != TokenModel::VerifyState::Verified);
    QVERIFY(ringList()->topLevelItem(0)->text(5).contains(QStringLiteral("untrusted")));
    const QString log = dialog->findChild<QLabel *>(QStringLiteral("fetchLog"))->text();
    QVERIFY2(log.contains(QStringLiteral("\"CN=JWT Lens test signer\", the first of 2")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("untrusted")), qPrintable(log));
    // The longer message makes the dialog taller: no line of it, nor of the text above, is cut.
    for (const char *name : {"fetchIntro", "fetchLog"}) {
        auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()), name);
    }

    // What is not a certificate chain says so, and adds nothing.
    const QString notPem = m_server.url(QStringLiteral("https"), QStringLiteral("/jwks.json"));
    QVERIFY(dialog->fetchFrom(notPem));
    QTRY_VERIFY2(dialog->findChild<QLabel *>(QStringLiteral("fetchLog"))
                         ->text()
                         .contains(QStringLiteral("no PEM certificate")),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("fetchLog"))->text()));
    QCOMPARE(m_window->sessionKeys()->size(), 1);
}

void TestKeyRingWindow::keyRingPanelActions()
{
    auto *panel = m_window->findChild<KeyRingPanel *>();
    m_window->findChild<QDockWidget *>(QStringLiteral("keyRingDock"))->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    QCOMPARE(panel->addKeyFile(QFINDTESTDATA("data/keys/rsa2048.pkcs8.pem")), 1);
    QTreeWidget *list = ringList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("from rsa2048.pkcs8.pem"));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("RSA 2048-bit private key"));
    auto *remove = panel->findChild<QPushButton *>(QStringLiteral("keyRingRemove"));
    auto *useForSigning = panel->findChild<QPushButton *>(QStringLiteral("keyRingUseForSigning"));
    QVERIFY(!remove->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(remove->isEnabled());

    // Copy as: the public half alone, and the thumbprint.
    QVERIFY(panel->copySelected(SessionKeys::Form::PublicPem));
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
            QStringLiteral("-----BEGIN PUBLIC KEY")));
    const QString thumbprint = list->topLevelItem(0)->text(3);
    for (QAction *a :
         panel->findChild<QToolButton *>(QStringLiteral("keyRingCopy"))->menu()->actions()) {
        if (a->objectName() == QStringLiteral("copyAs%1").arg(int(SessionKeys::Form::Thumbprint)))
            a->trigger();
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), thumbprint);

    // Use for Signing: Sign makes an RS256 signature with it, and it verifies.
    QTest::mouseClick(useForSigning, Qt::LeftButton);
    QCOMPARE(m_window->sessionKeys()->signingKey(),
             list->topLevelItem(0)->data(0, Qt::UserRole).toInt());
    QVERIFY(list->topLevelItem(0)->text(5).contains(QStringLiteral("signs")));
    m_window->signaturePane()->setKeyInput(TokenModel::KeyInput::SecretText, QString());
    m_window->model()->setAlgorithm(Algorithm::RS256);
    QVERIFY(m_window->model()->sign());
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Resigned);

    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(m_window->sessionKeys()->signingKey(), 0);
    QVERIFY(m_window->model()->verifyState() != TokenModel::VerifyState::Resigned);
}

void TestKeyRingWindow::encryptedPemAsksForThePassphrase()
{
    auto *panel = m_window->findChild<KeyRingPanel *>();
    QStringList answers {QStringLiteral("wrong"), QStringLiteral("jwtlens")};
    QStringList labels;
    panel->setPassphrasePrompt([&](QWidget *, const QString &label) -> std::optional<QString> {
        labels << label;
        return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
    });
    const QString pem = readFile(QFINDTESTDATA("data/keys/encrypted.pkcs8.pem"));
    QCOMPARE(m_window->loadText(pem), MainWindow::Loaded::Key);
    QCOMPARE(labels.size(), 2);
    QVERIFY(labels.at(1).startsWith(QStringLiteral("Wrong passphrase")));
    QCOMPARE(m_window->sessionKeys()->size(), 1);
    QCOMPARE(m_window->sessionKeys()->entries().first().type,
             QStringLiteral("EC P-256 private key"));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("keyRingDock"))->isVisible());
    // The key field is left alone (it would not load).
    QVERIFY(!m_window->model()->keyText().contains(QStringLiteral("ENCRYPTED")));

    // Cancelled: nothing joins.
    labels.clear();
    QCOMPARE(m_window->loadText(readFile(QFINDTESTDATA("data/keys/encrypted.pkcs1.pem"))),
             MainWindow::Loaded::Nothing);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(m_window->sessionKeys()->size(), 1);

    // From the signature pane's Load Key File too.
    answers = {QStringLiteral("jwtlens")};
    QVERIFY(m_window->signaturePane()->loadKeyFile(QFINDTESTDATA("data/keys/encrypted.pkcs1.pem")));
    QCOMPARE(m_window->sessionKeys()->size(), 2);
    QCOMPARE(m_window->sessionKeys()->entries().at(1).sourceText,
             QStringLiteral("from encrypted.pkcs1.pem"));
}

void TestKeyRingWindow::validationPanel()
{
    // The sample verifies with its secret; the expected issuer and a required claim fail it.
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    auto *panel = m_window->findChild<ValidationPanel *>();
    auto *issuer = panel->findChild<QLineEdit *>(QStringLiteral("validationIssuer"));
    auto *required = panel->findChild<QLineEdit *>(QStringLiteral("validationRequired"));
    QTest::keyClicks(issuer, QStringLiteral("https://other.example"));
    QTest::keyClicks(required, QStringLiteral("nonce, sub"));
    QCOMPARE(m_window->model()->validation().required,
             (QStringList {QStringLiteral("nonce"), QStringLiteral("sub")}));
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Invalid);
    QVERIFY2(reason().contains(QStringLiteral("(MissingRequiredClaimError)")),
             qPrintable(reason()));
    const QString failures = panel->failuresText();
    QVERIFY2(failures.contains(QStringLiteral("iss: the issuer is not the expected one — "
                                              "InvalidIssuerError")),
             qPrintable(failures));
    QVERIFY(reason().contains(QStringLiteral("(InvalidIssuerError)")));
    QVERIFY2(failures.contains(QStringLiteral("nonce: the required claim \"nonce\" is missing — "
                                              "MissingRequiredClaimError")),
             qPrintable(failures));
    issuer->clear();
    required->selectAll();
    QTest::keyClick(required, Qt::Key_Delete);
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
}

void TestKeyRingWindow::panelsRebindToAnotherModel()
{
    // What the tabs do: a second model sharing the window's key ring, the panels rebound.
    TokenModel other;
    other.setSessionKeys(m_window->sessionKeys());
    other.setValidation({QStringLiteral("https://x"), {}, {}, {}});
    auto *validation = m_window->findChild<ValidationPanel *>();
    validation->setModel(&other);
    QCOMPARE(validation->findChild<QLineEdit *>(QStringLiteral("validationIssuer"))->text(),
             QStringLiteral("https://x"));
    auto *ring = m_window->findChild<KeyRingPanel *>();
    ring->setModel(&other);
    QCOMPARE(ring->model(), &other);
    ring->addKeyFile(QFINDTESTDATA("data/keys/rsa2048.pub.pem"));
    QCOMPARE(other.sessionKeys()->size(), 1);
    QVERIFY(!m_window->model()->keyDescription().isEmpty());
    validation->setModel(m_window->model());
    ring->setModel(m_window->model());
}

void TestKeyRingWindow::keysGivenJoinTheRing()
{
    SessionKeys *keys = m_window->sessionKeys();
    auto *panel = m_window->findChild<KeyRingPanel *>();
    m_window->findChild<QDockWidget *>(QStringLiteral("keyRingDock"))->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel));
    QTreeWidget *list = ringList();
    const auto sources = [list] {
        QStringList texts;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            texts.append(list->topLevelItem(i)->text(4));
        return texts;
    };
    // The sample token's secret is public and the sample's: never listed.
    QCOMPARE(m_window->model()->keyOrigin(), TokenModel::KeyOrigin::Sample);
    QCOMPARE(list->topLevelItemCount(), 0);

    // A secret typed key by key: one entry, "typed", whatever the number of keystrokes.
    TokenModel signer;
    signer.setKey(TokenModel::KeyInput::SecretText,
                  QStringLiteral("ring-secret-0123456789-abcdefghij"));
    signer.setHeaderText(QStringLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    signer.setPayloadText(QStringLiteral("{\"sub\":\"ada\"}"));
    QVERIFY(signer.sign());
    pasteToken(signer.token());
    auto *secret = m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QTRY_VERIFY(secret->isVisible());
    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("ring-secret-0123456789-abcdefghij"));
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    QTRY_COMPARE(sources(), QStringList {QStringLiteral("typed")});
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("HMAC secret (33 byte")));
    QCOMPARE(keys->entries().constFirst().source, SessionKeys::Source::Typed);
    // The verdict is the key field's: the same key in the ring is not offered twice.
    QCOMPARE(m_window->model()->keyDescription(), list->topLevelItem(0)->text(0));
    QVERIFY2(reason().contains(list->topLevelItem(0)->text(0)), qPrintable(reason()));

    // Another secret replaces it (and wipes it): the ring never keeps a half-typed secret.
    QTest::keyClick(secret, Qt::Key_Backspace);
    m_window->flushEdits();
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("HMAC secret (32 byte")));
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Invalid);
    QTest::keyClicks(secret, QStringLiteral("j"));
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);

    // Removed from the ring, it is gone from it (its bytes wiped); the key field keeps what
    // the user typed there, and the tab still verifies with it.
    const int typedId = list->topLevelItem(0)->data(0, Qt::UserRole).toInt();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("keyRingRemove")),
                      Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(keys->exportAs(typedId, SessionKeys::Form::Jwk).isEmpty());
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);

    // The sample's secret typed by hand is still the sample's.
    QFile sampleFile(QStringLiteral(":/sample-secret.txt"));
    QVERIFY(sampleFile.open(QIODevice::ReadOnly));
    secret->selectAll();
    QTest::keyClicks(secret, QString::fromUtf8(sampleFile.readAll()).trimmed());
    m_window->flushEdits();
    QTRY_COMPARE(m_window->model()->keyDescription().isEmpty(), false);
    QCOMPARE(list->topLevelItemCount(), 0);

    // A key file loaded into the key editor: listed under the file's name, not as pasted.
    QVERIFY(m_window->signaturePane()->loadKeyFile(QFINDTESTDATA("data/keys/rsa2048.pkcs8.pem")));
    m_window->flushEdits();
    QTRY_COMPARE(sources(), QStringList {QStringLiteral("from rsa2048.pkcs8.pem")});

    // A PEM pasted into the key editor: "pasted"; another pasted over it takes its place.
    const auto readKey = [](const QString &name) {
        QFile file(QFINDTESTDATA(QStringLiteral("data/keys/") + name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    pasteInto(edit("keyEdit"), readKey(QStringLiteral("p384.pub.pem")));
    m_window->flushEdits();
    QTRY_COMPARE(
            sources(),
            (QStringList {QStringLiteral("from rsa2048.pkcs8.pem"), QStringLiteral("pasted")}));
    QVERIFY(list->topLevelItem(1)->text(0).contains(QStringLiteral("P-384")));
    pasteInto(edit("keyEdit"), readKey(QStringLiteral("p521.pub.pem")));
    m_window->flushEdits();
    QTRY_VERIFY(list->topLevelItem(1)->text(0).contains(QStringLiteral("P-521")));
    QCOMPARE(list->topLevelItemCount(), 2);

    // A pair made in Generate Key Pair and used in the window: "generated"; what was pasted
    // before stays.
    m_window->findChild<QAction *>(QStringLiteral("keyPairAction"))->trigger();
    QTRY_VERIFY(m_window->findChild<KeyPairDialog *>());
    auto *dialog = m_window->findChild<KeyPairDialog *>();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isGenerating() && !dialog->privateKeyText().isEmpty(), 30000);
    auto *use = dialog->findChild<QPushButton *>(QStringLiteral("useKeyButton"));
    QTest::mouseClick(use, Qt::LeftButton);
    m_window->flushEdits();
    QTRY_COMPARE(sources(),
                 (QStringList {QStringLiteral("from rsa2048.pkcs8.pem"), QStringLiteral("pasted"),
                               QStringLiteral("generated")}));
    QCOMPARE(keys->entries().constLast().source, SessionKeys::Source::Generated);
    QVERIFY(keys->entries().constLast().isPrivate);
}

void TestKeyRingWindow::fetchKeysAtStart()
{
    // `jwtlens-gui TOKEN --fetch-keys URL`: Fetch Keys… with the URL, as the user would; the
    // dialog closes when the keys came, the ring lists them and the token verifies.
    const QString jwks = m_server.url(QStringLiteral("http"), QStringLiteral("/jwks.json"));
    const QString token
            = serverToken(m_server, QStringLiteral("rsa-1"), QStringLiteral("RS256"), m_issuer);
    StartupOptions options;
    options.tokens = {token};
    options.fetchKeys = jwks;
    Startup::apply(*m_window, options);
    QPointer<FetchKeysDialog> fetching = m_window->findChild<FetchKeysDialog *>();
    QVERIFY(fetching);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->verifyState(), TokenModel::VerifyState::Verified,
                              15000);
    QVERIFY2(reason().contains(QStringLiteral("from %1").arg(jwks)), qPrintable(reason()));
    QTRY_VERIFY(!fetching || !fetching->isVisible()); // closed (and deleted)
    QVERIFY(m_window->sessionKeys()->size() > 0);
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("keyRingDock"))->isVisible());
    QCOMPARE(m_server.requests(), QStringList({QStringLiteral("http GET /jwks.json")}));

    // A URL keys cannot come from: the dialog says why and closes at once, nothing is sent.
    m_server.clearRequests();
    const qsizetype keys = m_window->sessionKeys()->size();
    options.tokens.clear();
    options.fetchKeys = QStringLiteral("ftp://127.0.0.1/jwks.json");
    Startup::apply(*m_window, options);
    // Closed at once; deleted only when the event loop runs again.
    QPointer<FetchKeysDialog> dialog = m_window->findChild<FetchKeysDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isVisible());
    const QString log = dialog->findChild<QLabel *>(QStringLiteral("fetchLog"))->text();
    QVERIFY2(log.contains(QLatin1String("ftp")), qPrintable(log));
    QCOMPARE(m_window->sessionKeys()->size(), keys);
    QCOMPARE(m_server.requests(), QStringList());
}

QTEST_MAIN(TestKeyRingWindow)
#include "tst_keyringwindow.moc"
