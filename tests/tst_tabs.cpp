// SPDX-License-Identifier: MIT
// The window's tabs (issue 17): one token each, keyboard and mouse to open, switch and close
// them, keys shared by all tabs but never the sample's secret, text with several tokens
// opening a tab each, undo kept within a tab, titles and state dots following edits.
#include "explainview.h"
#include "jsonpane.h"
#include "mainwindow.h"
#include "partcolors.h"
#include "signaturepane.h"
#include "startup.h"
#include "tokeneditor.h"
#include "tokentab.h"
#include "windowtest.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QAbstractButton>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using WindowTest::b64;

namespace {

const QByteArray Secret = "a secret the tabs share, 32+ bytes long";

QString hs256(const QByteArray &payload, const QByteArray &secret)
{
    const QString input = b64(R"({"alg":"HS256","typ":"JWT"})") + u'.' + b64(payload);
    return input + u'.'
            + b64(QMessageAuthenticationCode::hash(input.toLatin1(), secret,
                                                   QCryptographicHash::Sha256));
}

} // namespace

class TestTabs : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<TokenTab *>(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void newSwitchAndCloseByKeyboard();
    void middleClickCloses();
    void sharedKeyVerifiesOtherTabs();
    void sampleSecretIsNotShared();
    void curlPasteOpensATabPerToken();
    void manyTokensAskFirst_data();
    void manyTokensAskFirst();
    void openInNewTab();
    void commandLineTokensOpenATabEach();
    void textWithoutTokensKeepsTheTab();
    void undoStaysInItsTab();
    void titlesAndDotsFollowEdits_data();
    void titlesAndDotsFollowEdits();
    void docksFollowTheCurrentTab();

private:
    QTabWidget *tabs() const { return m_window->tabWidget(); }
    /// Presses @p key where the keyboard focus is (as a user would), else on the window.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : m_window.get(), key, modifiers);
    }
    template<typename T> T *inTab(int index, const char *name) const
    {
        return m_window->tabAt(index)->findChild<T *>(QLatin1String(name));
    }
    QColor dotColour(int index) const
    {
        return tabs()->tabIcon(index).pixmap(12, 12).toImage().pixelColor(6, 6);
    }
};

void TestTabs::newSwitchAndCloseByKeyboard()
{
    QSignalSpy changed(m_window.get(), &MainWindow::currentTabChanged);
    QCOMPARE(m_window->tabCount(), 1);
    QVERIFY(tabs()->tabBar()->isHidden()); // one token: the window as it always was
    const QString sample = m_window->model()->token();

    press(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTabIndex(), 1);
    QVERIFY(m_window->model()->token().isEmpty());
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Empty"));
    QTRY_VERIFY(tabs()->tabBar()->isVisible());
    press(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 3);
    QCOMPARE(changed.count(), 2);

    press(Qt::Key_Tab, Qt::ControlModifier); // from the last to the first
    QCOMPARE(m_window->currentTabIndex(), 0);
    QCOMPARE(m_window->model()->token(), sample);
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->currentTabIndex(), 1);
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentTabIndex(), 0);
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentTabIndex(), 2);

    press(Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 2);
    press(Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 1);
    // The last tab closing leaves one empty tab, and the window.
    press(Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 1);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->model()->token().isEmpty());
    QCOMPARE(tabs()->tabText(0), QStringLiteral("Empty"));
}

void TestTabs::middleClickCloses()
{
    m_window->openInNewTab(hs256(R"({"sub":"second"})", Secret));
    m_window->openInNewTab(hs256(R"({"sub":"third"})", Secret));
    QTabBar *bar = tabs()->tabBar();
    QTRY_VERIFY(bar->isVisible());
    QSignalSpy changedTabs(m_window.get(), &MainWindow::tabsChanged);
    QTest::mouseClick(bar, Qt::MiddleButton, Qt::NoModifier, bar->tabRect(1).center());
    QCOMPARE(m_window->tabCount(), 2);
    QVERIFY(changedTabs.count() >= 1);
    QCOMPARE(m_window->tabAt(1)->model()->claims().first().raw, QByteArray(R"("third")"));
    // A left click only chooses.
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(0).center());
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTabIndex(), 0);
    QVERIFY(tabs()->isMovable()); // drag to reorder
}

void TestTabs::sharedKeyVerifiesOtherTabs()
{
    const QString first = hs256(R"({"sub":"alice"})", Secret);
    const QString second = hs256(R"({"sub":"bob"})", Secret);
    QCOMPARE(m_window->loadText(first), MainWindow::Loaded::Token);
    auto *secret = inTab<QLineEdit>(0, "secretEdit");
    QVERIFY(secret->text().isEmpty()); // the sample's secret left with the sample
    // A third tab, made before the key is typed, gets it too.
    TokenTab *third = m_window->openInNewTab(hs256(R"({"sub":"carol"})", Secret));
    m_window->setCurrentTab(0);
    secret->setFocus();
    QTest::keyClicks(secret, QString::fromLatin1(Secret));
    QTRY_COMPARE(m_window->tabAt(0)->model()->verifyState(), TokenModel::VerifyState::Verified);
    QTRY_COMPARE(third->model()->verifyState(), TokenModel::VerifyState::Verified);
    QCOMPARE(third->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text(),
             QString::fromLatin1(Secret));

    // A tab opened afterwards starts with the key.
    press(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->loadText(second), MainWindow::Loaded::Token);
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    QTRY_COMPARE(badge(), SignaturePane::stateText(TokenModel::VerifyState::Verified));
    QCOMPARE(m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->text(),
             QString::fromLatin1(Secret));

    // A key that does not fit a token leaves it unverified, in that tab only.
    auto *thirdSecret = third->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    m_window->setCurrentTab(m_window->tabWidget()->indexOf(third));
    thirdSecret->setFocus();
    thirdSecret->selectAll();
    QTest::keyClicks(thirdSecret, QStringLiteral("another secret, also long enough here"));
    QTRY_COMPARE(third->model()->verifyState(), TokenModel::VerifyState::Invalid);
    QTRY_COMPARE(m_window->tabAt(0)->model()->verifyState(), TokenModel::VerifyState::Invalid);
    QCOMPARE(inTab<QLineEdit>(0, "secretEdit")->text(),
             QStringLiteral("another secret, also long enough here"));
}

void TestTabs::sampleSecretIsNotShared()
{
    // The fixture's tab shows the sample, verified with its public secret.
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
    const QString sampleSecret
            = WindowTest::readFile(QStringLiteral(":/sample-secret.txt")).trimmed();
    QVERIFY(!sampleSecret.isEmpty());
    press(Qt::Key_T, Qt::ControlModifier);
    QVERIFY(m_window->currentTab()
                    ->findChild<QLineEdit *>(QStringLiteral("secretEdit"))
                    ->text()
                    .isEmpty());
    // A token made with the sample's secret is not verified by it in another tab.
    QCOMPARE(m_window->loadText(hs256(R"({"sub":"mine"})", sampleSecret.toUtf8())),
             MainWindow::Loaded::Token);
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::NoKey);
    QVERIFY(m_window->model()->keyText().isEmpty());
    // A secret the user types is shared; the sample tab keeps its own.
    auto *secret = m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    secret->setFocus();
    QTest::keyClicks(secret, QString::fromLatin1(Secret));
    QTRY_COMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Invalid);
    QCOMPARE(m_window->tabAt(0)->model()->verifyState(), TokenModel::VerifyState::Verified);
    QCOMPARE(inTab<QLineEdit>(0, "secretEdit")->text(), sampleSecret);
    // Once the sample tab gets a token of the user's, it takes the shared secret.
    m_window->setCurrentTab(0);
    QCOMPARE(m_window->loadText(hs256(R"({"sub":"later"})", Secret)), MainWindow::Loaded::Token);
    // The ring holds the typed secret too, so the badge may say Verified before the field
    // is filled (queued, once the model has told its panes about the token).
    QTRY_COMPARE(inTab<QLineEdit>(0, "secretEdit")->text(), QString::fromLatin1(Secret));
    QCOMPARE(m_window->model()->keyText(), QString::fromLatin1(Secret));
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);
}

void TestTabs::curlPasteOpensATabPerToken()
{
    const QString id = hs256(R"({"sub":"id"})", Secret);
    const QString access = hs256(R"({"sub":"access"})", Secret);
    const QString curl = QStringLiteral("curl 'https://api.example.com/me?id_token=%1' \\\n"
                                        "  -H 'Authorization: Bearer %2' \\\n"
                                        "  -H 'Accept: application/json'")
                                 .arg(id, access);
    const QString sample = m_window->model()->token();
    QSignalSpy opened(m_window.get(), &MainWindow::tabsChanged);
    // Pasted into the token editor, as a user does.
    WindowTest::pasteInto(m_window->currentTab()->tokenEditor(), curl);
    QTRY_COMPARE(m_window->tabCount(), 3);
    QCOMPARE(m_window->tabAt(0)->model()->token(), sample); // not lost
    QCOMPARE(m_window->tabAt(1)->model()->token(), id);
    QCOMPARE(m_window->tabAt(2)->model()->token(), access);
    QCOMPARE(m_window->currentTabIndex(), 1);
    QVERIFY(opened.count() >= 2);
    QVERIFY2(tabs()->tabToolTip(1).contains(QLatin1String("id_token")),
             qPrintable(tabs()->tabToolTip(1)));
    QVERIFY2(tabs()->tabToolTip(2).contains(QLatin1String("header Authorization")),
             qPrintable(tabs()->tabToolTip(2)));
    QCOMPARE(tabs()->tabText(2), QStringLiteral("HS256 · access"));
    // The same text into an empty tab fills it first.
    press(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->loadText(curl), MainWindow::Loaded::Token);
    QCOMPARE(m_window->tabCount(), 5);
    QCOMPARE(m_window->tabAt(3)->model()->token(), id);
}

void TestTabs::manyTokensAskFirst_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("expected");
    QTest::newRow("open all") << QStringLiteral("Open All") << 1 + 12;
    QTest::newRow("the first ten") << QStringLiteral("Open the First 10") << 1 + 10;
    QTest::newRow("cancel") << QStringLiteral("Cancel") << 1;
}

void TestTabs::manyTokensAskFirst()
{
    QFETCH(QString, button);
    QFETCH(int, expected);
    QString log;
    for (int i = 0; i < 12; ++i) {
        log += QStringLiteral("2026-12-07 INFO login ok token=%1\n")
                       .arg(hs256(QStringLiteral(R"({"sub":"user %1"})").arg(i).toUtf8(), Secret));
    }
    bool asked = false;
    // The question is modal: answered as a user would, by its button.
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text().contains(QLatin1String("12 token"));
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button)
                QTest::mouseClick(b, Qt::LeftButton);
        }
    });
    m_window->loadText(log);
    QVERIFY(asked);
    QCOMPARE(m_window->tabCount(), expected);
    if (expected > 1)
        QCOMPARE(tabs()->tabText(1), QStringLiteral("HS256 · user 0"));
}

void TestTabs::openInNewTab()
{
    const QString sample = m_window->model()->token();
    const QString token = hs256(R"({"iss":"https://issuer.example"})", Secret);
    QGuiApplication::clipboard()->setText(QStringLiteral("Bearer ") + token);
    press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->model()->parsed().signingInput(), token.section(u'.', 0, 1).toLatin1());
    QCOMPARE(m_window->tabAt(0)->model()->token(), sample);
    QCOMPARE(tabs()->tabText(1), QStringLiteral("HS256 · https://issuer.example"));
    // One token pasted with Ctrl+V replaces the current tab's (a clean start).
    const QString other = hs256(R"({"sub":"replaced"})", Secret);
    WindowTest::pasteInto(m_window->currentTab()->tokenEditor(), other);
    QTRY_COMPARE(m_window->model()->token(), other);
    QCOMPARE(m_window->tabCount(), 2);
}

/// The desktop entry starts `jwtlens-gui %F`: every file chosen, and any token given, gets a
/// tab of its own; the first one is shown.
void TestTabs::commandLineTokensOpenATabEach()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString inFile = hs256(R"({"sub":"from a file"})", Secret);
    QFile file(dir.filePath(QStringLiteral("a.jwt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(inFile.toLatin1() + '\n');
    file.close();
    const QString typed = hs256(R"({"sub":"typed"})", Secret);
    m_window = std::make_unique<MainWindow>();
    const StartupOptions options
            = StartupOptions::parse({QStringLiteral("jwtlens-gui"), file.fileName(), typed,
                                     QStringLiteral("--secret"), QString::fromLatin1(Secret)});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    Startup::apply(*m_window, options);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->currentTabIndex(), 0);
    QCOMPARE(m_window->tabAt(0)->model()->token(), inFile);
    QCOMPARE(m_window->tabAt(1)->model()->token(), typed);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(m_window->tabAt(i)->model()->verifyState(), TokenModel::VerifyState::Verified);
    }
}

void TestTabs::textWithoutTokensKeepsTheTab()
{
    const QString sample = m_window->model()->token();
    QCOMPARE(m_window->loadText(QStringLiteral("GET /index.html HTTP/1.1\nHost: example.com\n")),
             MainWindow::Loaded::Nothing);
    QCOMPARE(m_window->model()->token(), sample);
    QCOMPARE(m_window->tabCount(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("No token")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // A broken token is still shown, with its error, as before.
    QCOMPARE(m_window->loadText(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e+30.x")),
             MainWindow::Loaded::Token);
    QVERIFY(m_window->model()->tokenError().isError());
}

void TestTabs::undoStaysInItsTab()
{
    const QString sample = m_window->model()->token();
    const QString second = hs256(R"({"sub":"second"})", Secret);
    // An edit in the first tab's payload.
    QPlainTextEdit *payload0 = m_window->tabAt(0)->payloadPane()->editor();
    payload0->setFocus();
    payload0->moveCursor(QTextCursor::End);
    payload0->moveCursor(QTextCursor::Left); // before the closing brace
    WindowTest::typeText(payload0, QStringLiteral(",\"x\":1"));
    m_window->flushEdits();
    const QString edited = m_window->model()->token();
    QVERIFY(edited != sample);

    press(Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->loadText(second), MainWindow::Loaded::Token);
    TokenEditor *editor = m_window->currentTab()->tokenEditor();
    editor->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    m_window->flushEdits();
    QCOMPARE(m_window->model()->token(), second); // a new tab's history starts with its token
    QCOMPARE(m_window->tabAt(0)->model()->token(), edited);
    QPlainTextEdit *payload1 = m_window->currentTab()->payloadPane()->editor();
    payload1->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(payload1, Qt::Key_Z, Qt::ControlModifier);
    m_window->flushEdits();
    QCOMPARE(m_window->model()->token(), second);
    QCOMPARE(m_window->tabAt(0)->model()->token(), edited);

    // Back in the first tab, its own undo still works.
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->currentTabIndex(), 0);
    payload0->setFocus();
    QTest::keyClick(payload0, Qt::Key_Z, Qt::ControlModifier);
    m_window->flushEdits();
    QCOMPARE(m_window->model()->token(), sample);
    QCOMPARE(m_window->tabAt(1)->model()->token(), second);
}

void TestTabs::titlesAndDotsFollowEdits_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("title");
    QTest::newRow("sub") << QStringLiteral(R"({"sub":"alice","iss":"idp"})")
                         << QStringLiteral("HS256 · alice");
    QTest::newRow("iss when no sub")
            << QStringLiteral(R"({"iss":"idp"})") << QStringLiteral("HS256 · idp");
    QTest::newRow("alg alone") << QStringLiteral(R"({"n":1})") << QStringLiteral("HS256");
    QTest::newRow("long sub cut in the middle")
            << QStringLiteral(R"({"sub":"user-0123456789-abcdefghij-ABCDEFGHIJ"})")
            << QStringLiteral("HS256 · user-01234567") + QChar(0x2026)
                    + QStringLiteral("ij-ABCDEFGHIJ");
}

void TestTabs::titlesAndDotsFollowEdits()
{
    QFETCH(QString, payload);
    QFETCH(QString, title);
    m_window->openInNewTab(hs256(R"({"sub":"before"})", Secret));
    auto *secret = m_window->currentTab()->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    secret->setFocus();
    QTest::keyClicks(secret, QString::fromLatin1(Secret));
    QTRY_COMPARE(tabs()->tabText(1), QStringLiteral("HS256 · before"));
    const QPalette palette = m_window->currentTab()->palette();
    QTRY_COMPARE(dotColour(1), PartColors::status(PartColors::Status::Good, palette));

    // The payload typed anew: the title follows; the token is re-signed here (re-sign on
    // edit is on), which is not "verified".
    QPlainTextEdit *payloadEdit = m_window->currentTab()->payloadPane()->editor();
    payloadEdit->setFocus();
    payloadEdit->selectAll();
    QTest::keyClick(payloadEdit, Qt::Key_Delete);
    WindowTest::typeText(payloadEdit, payload);
    m_window->flushEdits();
    QTRY_COMPARE(tabs()->tabText(1), title);
    QTRY_COMPARE(dotColour(1), PartColors::status(PartColors::Status::Info, palette));
    QVERIFY(tabs()->tabToolTip(1).contains(
            SignaturePane::stateText(TokenModel::VerifyState::Resigned)));
    // The first tab is untouched.
    QCOMPARE(tabs()->tabText(0), QStringLiteral("HS256 · 1234567890"));
}

void TestTabs::docksFollowTheCurrentTab()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("explainDock"));
    QVERIFY(dock);
    dock->show();
    ExplainView *view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<ExplainView *>(QStringLiteral("explainView"))));
    const int sampleSteps = view->stepCount();
    QVERIFY(sampleSteps > 0);
    press(Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(view->stepCount() < sampleSteps); // an empty tab has little to explain
    press(Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(view->stepCount(), sampleSteps);
}

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"
