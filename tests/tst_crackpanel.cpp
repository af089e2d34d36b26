// SPDX-License-Identifier: MIT
// "Guess the secret" in the signature pane, driven through its real widgets (offscreen).
#include "crackpanel.h"
#include "findings.h"
#include "signaturepane.h"
#include "tokenmodel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// An HS256 token over @p payload signed with @p secret (Qt's HMAC, not the engine's).
QString hs256(const QByteArray &secret, const QByteArray &payload = "{\"sub\":\"tester\"}")
{
    const QByteArray input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + '.' + b64(payload);
    const QByteArray mac
            = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + b64(mac));
}

/// An HS256 token whose every candidate costs an HMAC over 64 KiB: with a big wordlist the
/// search runs for many seconds even on many cores, long enough to stop it.
QString slowToken(const QByteArray &secret)
{
    return hs256(secret, "{\"pad\":\"" + QByteArray(64 * 1024, 'x') + "\"}");
}

/// Writes @p lines candidates "cand-<n>" (and @p extra after them) to @p path.
bool writeWordlist(const QString &path, int lines, const QByteArray &extra = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block;
    for (int i = 0; i < lines; ++i) {
        block += "cand-" + QByteArray::number(i, 16) + '\n';
        if (block.size() > 1 << 20) {
            file.write(block);
            block.clear();
        }
    }
    block += extra;
    return file.write(block) == block.size() && file.flush();
}

} // namespace

class TestCrackPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void collapsedUntilAsked();
    void builtInSecretFoundAndUsed();
    void wordlistFromFileDialogFindsSecret();
    void notFoundSaysSo();
    void cancelStopsBigWordlist();
    void rs256TokenDisablesPanel();
    void tokenChangeCancelsRun();
    void closingWindowCancels();
    void destroyedWhileRunning();
    void unreadableWordlistFails();
    void accessibleNames();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_pane->findChild<T *>(QLatin1String(name));
    }
    CrackPanel *panel() const { return child<CrackPanel>("crackPanel"); }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    /// Opens the panel with its toggle, as a user does.
    void expand()
    {
        auto *toggle = child<QToolButton>("crackToggle");
        QVERIFY(toggle);
        if (!toggle->isChecked())
            QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(toggle->isChecked());
        QTRY_VERIFY(panel()->isVisible());
    }
    /// Starts a search with the Start button and waits until it has reported progress.
    void startAndWaitForProgress()
    {
        QTest::mouseClick(button("crackStartButton"), Qt::LeftButton);
        QCOMPARE(panel()->state(), CrackPanel::State::Running);
        QVERIFY(!button("crackStartButton")->isEnabled());
        QVERIFY(button("crackCancelButton")->isEnabled());
        // Progress shown: candidates tried, beyond the built-in list.
        auto *stats = child<QLabel>("crackStats");
        QTRY_VERIFY_WITH_TIMEOUT(!stats->text().startsWith(QLatin1String("0 ")), 20000);
        QCOMPARE(panel()->state(), CrackPanel::State::Running);
        QVERIFY(panel()->isRunning());
    }

    std::unique_ptr<TokenModel> m_model;
    std::unique_ptr<SignaturePane> m_pane;
    QTemporaryDir m_dir;
};

void TestCrackPanel::init()
{
    QVERIFY(m_dir.isValid());
    m_model = std::make_unique<TokenModel>();
    m_model->setToken(hs256("changeme"));
    m_pane = std::make_unique<SignaturePane>(m_model.get());
    m_pane->resize(520, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QVERIFY(panel());
}

void TestCrackPanel::cleanup()
{
    m_pane.reset();
    m_model.reset();
}

void TestCrackPanel::collapsedUntilAsked()
{
    QVERIFY(!panel()->isVisible());
    QCOMPARE(panel()->state(), CrackPanel::State::Ready);
    expand();
    QVERIFY(button("crackStartButton")->isEnabled());
    QVERIFY(!button("crackCancelButton")->isEnabled());
    QVERIFY(!button("useSecretButton")->isVisible());
    QVERIFY(child<QLabel>("crackWordlist")->text().contains(QLatin1String("none")));
}

void TestCrackPanel::builtInSecretFoundAndUsed()
{
    QVERIFY(Findings::commonSecrets().contains(QStringLiteral("changeme")));
    expand();
    QCOMPARE(m_pane->badgeText(), QStringLiteral("Not verified: no key"));
    QSignalSpy states(panel(), &CrackPanel::stateChanged);
    QTest::mouseClick(button("crackStartButton"), Qt::LeftButton);
    QTRY_COMPARE(panel()->state(), CrackPanel::State::Found);
    QCOMPARE(states.first().first().value<CrackPanel::State>(), CrackPanel::State::Running);
    auto *hit = child<QLineEdit>("crackSecret");
    QVERIFY(hit->isVisible());
    QCOMPARE(hit->text(), QStringLiteral("changeme"));
    QVERIFY(child<QLabel>("crackStatus")->text().contains(QLatin1String("Found")));
    QCOMPARE(child<QProgressBar>("crackProgress")->value(),
             child<QProgressBar>("crackProgress")->maximum());

    // "Use this secret": the secret field gets it, and the badge turns verified.
    QPushButton *use = button("useSecretButton");
    QVERIFY(use->isVisible());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("secretEdit")->text(), QStringLiteral("changeme"));
    QTRY_COMPARE(m_pane->badgeText(), QStringLiteral("Signature verified"));
    QCOMPARE(m_model->keyInput(), TokenModel::KeyInput::SecretText);
    // Using it changed the key, not the token: the hit is still shown.
    QCOMPARE(panel()->state(), CrackPanel::State::Found);
}

void TestCrackPanel::wordlistFromFileDialogFindsSecret()
{
    const QByteArray secret = "h2 wordlist secret, not in any built-in list";
    QVERIFY(!Findings::commonSecrets().contains(QString::fromUtf8(secret)));
    m_model->setToken(hs256(secret));
    const QString path = m_dir.filePath(QStringLiteral("words.txt"));
    QVERIFY(writeWordlist(path, 50000, secret + "\r\nafter\n"));
    expand();

    // The "Choose wordlist…" button opens a file dialog; pick the file in it.
    // The path goes into the dialog's file name field as if pasted (typing would open the
    // completer's popup, which may take the Enter key), then "Open" is clicked. The timer keeps
    // watching: should the dialog still be open after 10 s, it is rejected so that the test
    // fails instead of hanging in the dialog's event loop.
    bool picked = false;
    int ticks = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            if (++ticks > 500) {
                poll.stop();
                dialog->reject();
                return;
            }
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QPushButton *open = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
            if (!name || !open)
                return;
            if (name->text() != path)
                name->setText(path);
            else if (open->isEnabled())
                open->click();
            picked = true;
            return;
        }
    });
    poll.start();
    QTest::mouseClick(button("chooseWordlistButton"), Qt::LeftButton);
    poll.stop();
    QVERIFY(picked);
    QCOMPARE(panel()->wordlist(), path);
    QVERIFY(child<QLabel>("crackWordlist")->text().contains(QLatin1String("words.txt")));

    QTest::mouseClick(button("crackStartButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->state(), CrackPanel::State::Found, 20000);
    QCOMPARE(child<QLineEdit>("crackSecret")->text(), QString::fromUtf8(secret));
    QVERIFY2(child<QLabel>("crackStats")->text().contains(QLatin1String("candidates/s")),
             qPrintable(child<QLabel>("crackStats")->text()));
    QTest::mouseClick(button("useSecretButton"), Qt::LeftButton);
    QTRY_COMPARE(m_pane->badgeText(), QStringLiteral("Signature verified"));
}

void TestCrackPanel::notFoundSaysSo()
{
    m_model->setToken(hs256("h2: not in the list, not in the file"));
    const QString path = m_dir.filePath(QStringLiteral("small.txt"));
    QVERIFY(writeWordlist(path, 1000));
    panel()->setWordlist(path);
    expand();
    QTest::mouseClick(button("crackStartButton"), Qt::LeftButton);
    QTRY_COMPARE(panel()->state(), CrackPanel::State::NotFound);
    const QString status = child<QLabel>("crackStatus")->text();
    QVERIFY2(status.contains(QLatin1String("Not found")), qPrintable(status));
    // The built-in list, the empty secret and the file's 1000 lines.
    const QString expected = QString::number(Findings::commonSecrets().size() + 1 + 1000);
    QVERIFY2(status.contains(expected), qPrintable(status));
    QVERIFY(!button("useSecretButton")->isVisible());
    QCOMPARE(child<QProgressBar>("crackProgress")->value(),
             child<QProgressBar>("crackProgress")->maximum());
    QVERIFY(button("crackStartButton")->isEnabled());
}

void TestCrackPanel::cancelStopsBigWordlist()
{
    m_model->setToken(slowToken("h2: the secret is nowhere"));
    const QString path = m_dir.filePath(QStringLiteral("big.txt"));
    QVERIFY(writeWordlist(path, 2000000));
    panel()->setWordlist(path);
    expand();
    startAndWaitForProgress();

    QTest::mouseClick(button("crackCancelButton"), Qt::LeftButton);
    QTRY_COMPARE(panel()->state(), CrackPanel::State::Cancelled);
    QVERIFY(!panel()->isRunning());
    QVERIFY2(child<QLabel>("crackStatus")->text().contains(QLatin1String("Cancelled")),
             qPrintable(child<QLabel>("crackStatus")->text()));
    auto *progress = child<QProgressBar>("crackProgress");
    QVERIFY(progress->value() < progress->maximum());
    QVERIFY(button("crackStartButton")->isEnabled());
    QVERIFY(!button("crackCancelButton")->isEnabled());
    // The search object is gone once it has finished.
    QTRY_VERIFY(panel()->findChildren<SecretGuesser *>().isEmpty());
}

void TestCrackPanel::rs256TokenDisablesPanel()
{
    expand();
    // RFC 7515 A.2's header ({"alg":"RS256"}) with a 256-byte signature.
    m_model->setToken(QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.")
                      + QString::fromLatin1(b64(QByteArray(256, 'r'))));
    QCOMPARE(panel()->state(), CrackPanel::State::Unavailable);
    QVERIFY(!button("crackStartButton")->isEnabled());
    QVERIFY(!button("chooseWordlistButton")->isEnabled());
    auto *reason = child<QLabel>("crackReason");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("RS256")), qPrintable(reason->text()));
    QCOMPARE(panel()->reasonText().isEmpty(), false);
    QVERIFY(!panel()->start());

    // Back to an HS256 token: available again.
    m_model->setToken(hs256("changeme"));
    QCOMPARE(panel()->state(), CrackPanel::State::Ready);
    QVERIFY(button("crackStartButton")->isEnabled());
    QVERIFY(!reason->isVisible());
}

void TestCrackPanel::tokenChangeCancelsRun()
{
    m_model->setToken(slowToken("h2: the secret is nowhere"));
    const QString path = m_dir.filePath(QStringLiteral("big.txt"));
    QVERIFY(writeWordlist(path, 2000000));
    panel()->setWordlist(path);
    expand();
    startAndWaitForProgress();
    QPointer<SecretGuesser> running = panel()->findChild<SecretGuesser *>();
    QVERIFY(running);

    // A new token: the search for the old one stops, and its last reports are not shown.
    m_model->setToken(hs256("changeme"));
    QCOMPARE(panel()->state(), CrackPanel::State::Cancelled);
    QVERIFY(!panel()->isRunning());
    QVERIFY(child<QLineEdit>("crackSecret")->text().isEmpty());
    QTRY_VERIFY(!running); // it finished, and deleted itself
    QCOMPARE(panel()->state(), CrackPanel::State::Cancelled);

    // The panel now searches the new token, built-in list then the file, and finds its secret.
    panel()->setWordlist(QString());
    QTest::mouseClick(button("crackStartButton"), Qt::LeftButton);
    QTRY_COMPARE(panel()->state(), CrackPanel::State::Found);
    QCOMPARE(child<QLineEdit>("crackSecret")->text(), QStringLiteral("changeme"));
}

void TestCrackPanel::closingWindowCancels()
{
    m_model->setToken(slowToken("h2: the secret is nowhere"));
    const QString path = m_dir.filePath(QStringLiteral("big.txt"));
    QVERIFY(writeWordlist(path, 2000000));
    panel()->setWordlist(path);
    expand();
    startAndWaitForProgress();
    QVERIFY(m_pane->close());
    QTRY_COMPARE(panel()->state(), CrackPanel::State::Cancelled);
    QVERIFY(!panel()->isRunning());
}

void TestCrackPanel::destroyedWhileRunning()
{
    m_model->setToken(slowToken("h2: the secret is nowhere"));
    const QString path = m_dir.filePath(QStringLiteral("big.txt"));
    QVERIFY(writeWordlist(path, 2000000));
    panel()->setWordlist(path);
    expand();
    startAndWaitForProgress();
    QPointer<SecretGuesser> running = panel()->findChild<SecretGuesser *>();
    QVERIFY(running);
    // Deleting the pane stops the workers and frees the search (checked for leaks under
    // LeakSanitizer); nothing is delivered to the destroyed widgets afterwards.
    m_pane.reset();
    QVERIFY(!running);
    QCoreApplication::processEvents();
    QTest::qWait(0);
}

void TestCrackPanel::unreadableWordlistFails()
{
    m_model->setToken(hs256("h2: the secret is nowhere"));
    panel()->setWordlist(m_dir.filePath(QStringLiteral("does-not-exist.txt")));
    expand();
    QTest::mouseClick(button("crackStartButton"), Qt::LeftButton);
    QTRY_COMPARE(panel()->state(), CrackPanel::State::Failed);
    const QString status = child<QLabel>("crackStatus")->text();
    QVERIFY2(status.contains(QLatin1String("does-not-exist.txt")), qPrintable(status));
    QVERIFY(button("crackStartButton")->isEnabled());
}

void TestCrackPanel::accessibleNames()
{
    expand();
    QCOMPARE(child<QProgressBar>("crackProgress")->accessibleName(),
             QStringLiteral("Guessing progress"));
    QCOMPARE(child<QLineEdit>("crackSecret")->accessibleName(), QStringLiteral("Found secret"));
    QCOMPARE(button("chooseWordlistButton")->accessibleName(), QStringLiteral("Choose wordlist"));
    // Buttons are found by their text; state labels carry a description, not a name.
    QCOMPARE(button("crackStartButton")->text(), QStringLiteral("Star&t"));
    QCOMPARE(button("crackCancelButton")->text(), QStringLiteral("Cancel"));
    QCOMPARE(button("useSecretButton")->text(), QStringLiteral("&Use this secret"));
    QTest::mouseClick(button("crackStartButton"), Qt::LeftButton);
    QTRY_COMPARE(panel()->state(), CrackPanel::State::Found);
    auto *status = child<QLabel>("crackStatus");
    QVERIFY(status->accessibleName().isEmpty());
    QCOMPARE(status->accessibleDescription(), status->text());
}

QTEST_MAIN(TestCrackPanel)
#include "tst_crackpanel.moc"
