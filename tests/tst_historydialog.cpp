// SPDX-License-Identifier: MIT
// The opt-in history through the window (issue 17): File → Keep History asks first, then
// every token the user opens is kept in a real SQLite file (in a temporary folder: the
// window takes its path from JWTLENS_HISTORY_FILE), never a secret or a key; File →
// History… lists, searches, reopens, deletes and clears; off writes nothing; a damaged or
// locked file is a message, and the window goes on.
#include "history.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "tokenmodel.h"
#include "tokentab.h"
#include "tokentemplates.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {

const QString Secret = QStringLiteral("history-never-keeps-this-secret-Zq9x");

QString signedToken(const QString &payload, const QString &secret = Secret)
{
    TokenModel model;
    model.setKey(TokenModel::KeyInput::SecretText, secret);
    model.setHeaderText(QStringLiteral(R"({"alg":"HS256","typ":"JWT"})"));
    model.setPayloadText(payload);
    return model.sign() ? model.token() : QString();
}

QString tokenFor(const QString &sub, qint64 exp = 4102444800) // 2100-01-01
{
    return signedToken(QStringLiteral(R"({"sub":"%1","exp":%2})").arg(sub).arg(exp));
}

QString signatureOf(const QString &token)
{
    return token.section(QLatin1Char('.'), 2);
}

} // namespace

class tst_HistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offByDefault();
    void enablingAsksFirst();
    void recordsWhatTheUserOpens();
    void searchAndReopen();
    void typedTokenKeptOnce();
    void editsFollowOneEntryPerTab();
    void leavingATabKeepsItsEdit();
    void sampleEditsNotKept();
    void secretsAndKeysNeverKept();
    void deletedTokenLeavesTheFiles();
    void clearDeletesTheFile();
    void offWritesNothingNew();
    void keepOnlyExpired();
    void unusableFile_data();
    void unusableFile();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    /// Every byte of the database and of its write-ahead log, shared memory and journal.
    QByteArray fileBytes() const;
    /// Clicks @p buttonName (empty: Cancel, the reject button) in the next modal message box.
    void answerNextBox(const QString &buttonName);
    void openWindow();
    /// Turns the history on through File → Keep History, answering the question.
    void enableHistory(bool onlyExpired = false);
    HistoryDialog *openHistory();
    QTreeWidget *historyList(HistoryDialog *dialog) const;
    QStringList titles(HistoryDialog *dialog) const;
    /// The tokens in the history file, most recent first (read as the dialog reads them).
    QList<QByteArray> keptTokens() const;
    /// Types @p text into the current tab's token editor, replacing what it holds.
    void typeToken(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QTimer *m_answer = nullptr;
    QString m_question; ///< the informative text of the last box answered
};

void tst_HistoryDialog::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The settings (history on or off) and the history file go to the temporary folder, not
    // to the user's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
    qputenv("JWTLENS_HISTORY_FILE", QFile::encodeName(dbPath()));
    QCoreApplication::setOrganizationName(QStringLiteral("JWT Lens tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_historydialog"));
}

void tst_HistoryDialog::init()
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(dbPath() + suffix);
    }
    openWindow();
}

void tst_HistoryDialog::cleanup()
{
    if (m_answer) {
        m_answer->stop();
        delete m_answer;
        m_answer = nullptr;
    }
    if (m_window) {
        // Off again for the next test (off asks nothing and deletes nothing).
        auto *keep = m_window->findChild<QAction *>(QStringLiteral("keepHistoryAction"));
        if (keep && keep->isChecked())
            keep->trigger();
        m_window.reset();
    }
}

void tst_HistoryDialog::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QByteArray tst_HistoryDialog::fileBytes() const
{
    QByteArray bytes;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(dbPath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void tst_HistoryDialog::answerNextBox(const QString &buttonName)
{
    delete m_answer;
    m_answer = new QTimer(this);
    m_answer->setInterval(10);
    connect(m_answer, &QTimer::timeout, this, [this, buttonName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        m_answer->stop();
        m_question = box->informativeText();
        QAbstractButton *button
                = buttonName.isEmpty() ? nullptr : box->findChild<QPushButton *>(buttonName);
        for (QAbstractButton *b : box->buttons()) {
            if (buttonName.isEmpty() && box->buttonRole(b) == QMessageBox::RejectRole)
                button = b;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
    m_answer->start();
}

void tst_HistoryDialog::enableHistory(bool onlyExpired)
{
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("keepHistoryAction"));
    QVERIFY(keep && keep->isCheckable());
    QVERIFY(!keep->isChecked());
    delete m_answer;
    m_answer = new QTimer(this);
    m_answer->setInterval(10);
    connect(m_answer, &QTimer::timeout, this, [this, onlyExpired] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        m_answer->stop();
        m_question = box->informativeText();
        auto *only = box->findChild<QCheckBox *>(QStringLiteral("historyConfirmOnlyExpired"));
        QVERIFY(only);
        if (only->isChecked() != onlyExpired)
            QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("historyConfirm")),
                          Qt::LeftButton);
    });
    m_answer->start();
    keep->trigger();
    QVERIFY(keep->isChecked());
}

HistoryDialog *tst_HistoryDialog::openHistory()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("historyAction"));
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<HistoryDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QTreeWidget *tst_HistoryDialog::historyList(HistoryDialog *dialog) const
{
    return dialog->findChild<QTreeWidget *>(QStringLiteral("historyList"));
}

QStringList tst_HistoryDialog::titles(HistoryDialog *dialog) const
{
    QStringList list;
    QTreeWidget *tree = historyList(dialog);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        list << tree->topLevelItem(i)->text(0);
    return list;
}

QList<QByteArray> tst_HistoryDialog::keptTokens() const
{
    History history(dbPath()); // off: it only reads
    QList<QByteArray> tokens;
    for (const History::Entry &entry : history.entries().value_or(QList<History::Entry>()))
        tokens << entry.token;
    return tokens;
}

void tst_HistoryDialog::typeToken(const QString &text)
{
    auto *editor = m_window->currentTab()->findChild<QPlainTextEdit *>(QStringLiteral("tokenEdit"));
    QVERIFY(editor);
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, text);
}

void tst_HistoryDialog::offByDefault()
{
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("keepHistoryAction"));
    QVERIFY(keep);
    QVERIFY(!keep->isChecked());
    QCOMPARE(m_window->loadText(tokenFor(QStringLiteral("alice"))), MainWindow::Loaded::Token);
    QVERIFY(!QFileInfo::exists(dbPath()));
    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    QCOMPARE(historyList(dialog)->topLevelItemCount(), 0);
    QVERIFY(dialog->errorText().isEmpty());
    QVERIFY(!QFileInfo::exists(dbPath())); // listing an empty history makes no file
}

void tst_HistoryDialog::enablingAsksFirst()
{
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("keepHistoryAction"));
    answerNextBox(QString()); // Cancel
    keep->trigger();
    QVERIFY(!keep->isChecked());
    // The question says what is kept, where, and that a token is a credential.
    QVERIFY2(m_question.contains(QLatin1String("A token is a credential")), qPrintable(m_question));
    QVERIFY(m_question.contains(QLatin1String("Secrets, keys and passwords are never kept")));
    QVERIFY(m_question.contains(QDir::toNativeSeparators(dbPath())));
    m_window->loadText(tokenFor(QStringLiteral("alice")));
    QVERIFY(!QFileInfo::exists(dbPath()));

    enableHistory();
    // The choice is remembered: a new window starts with the history on.
    QVERIFY(QFileInfo::exists(
            m_dir->filePath(QStringLiteral("config/JWT Lens tests/tst_historydialog.conf"))));
    m_window.reset();
    openWindow();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("keepHistoryAction"))->isChecked());
}

void tst_HistoryDialog::recordsWhatTheUserOpens()
{
    enableHistory();
    m_window->loadSample(); // the sample is not the user's token
    // Pasted (as a paste with "Bearer " is)
    QCOMPARE(m_window->loadText(QStringLiteral("Bearer ") + tokenFor(QStringLiteral("pasted"))),
             MainWindow::Loaded::Token);
    // From a file
    const QString file = m_dir->filePath(QStringLiteral("opened.jwt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(tokenFor(QStringLiteral("from-file")).toLatin1() + '\n');
    }
    QVERIFY(m_window->openFile(file));
    // Dropped
    QMimeData mime;
    mime.setText(tokenFor(QStringLiteral("dropped")));
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->model()->token(), mime.text());
    // From a template
    QVERIFY(m_window->newFromTemplate(QStringLiteral("lesson-user-id")));
    const QString templateToken = m_window->model()->token();

    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    const QStringList kept = titles(dialog);
    QCOMPARE(kept.size(), 4);
    for (const QString &title :
         {QStringLiteral("HS256 · pasted"), QStringLiteral("HS256 · from-file"),
          QStringLiteral("HS256 · dropped")}) {
        QVERIFY2(kept.contains(title), qPrintable(kept.join(QLatin1Char('|'))));
    }
    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains(signatureOf(templateToken).toLatin1()));
    QFile sample(QStringLiteral(":/sample.jwt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QVERIFY(!bytes.contains(
            signatureOf(QString::fromLatin1(sample.readAll()).trimmed()).toLatin1()));
    // Most recent first, with when it was opened and when it expires.
    QTreeWidget *tree = historyList(dialog);
    QVERIFY(!tree->topLevelItem(1)->text(1).isEmpty());
    QVERIFY(tree->topLevelItem(1)->text(2).contains(QLatin1String("2100")));
}

void tst_HistoryDialog::searchAndReopen()
{
    enableHistory();
    const QString alice = tokenFor(QStringLiteral("alice"));
    m_window->loadText(alice);
    m_window->loadText(signedToken(QStringLiteral(R"({"sub":"bob","scope":"admin-panel"})")));
    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    QCOMPARE(historyList(dialog)->topLevelItemCount(), 2);

    // Search by claim text (the scope is in no title).
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("historySearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("admin-pan"));
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · bob")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ALICE"));
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · alice")});

    // Reopen: the window loads that token again.
    QSignalSpy reopened(dialog, &HistoryDialog::reopenRequested);
    historyList(dialog)->setCurrentItem(historyList(dialog)->topLevelItem(0));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("historyReopen")),
                      Qt::LeftButton);
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().first().toString(), alice);
    QTRY_COMPARE(m_window->model()->token(), alice);
}

void tst_HistoryDialog::typedTokenKeptOnce()
{
    enableHistory();
    const QString token = tokenFor(QStringLiteral("typed-by-hand"));
    typeToken(token);
    QTRY_COMPARE(m_window->model()->token(), token);
    // Kept once it rests: one entry, the whole token, not one per keystroke.
    QTRY_COMPARE(keptTokens(), QList<QByteArray> {token.toLatin1()});
    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · typed-by-hand")});
    dialog->close();

    // Typed again, differently: the same entry follows the edits.
    typeToken(tokenFor(QStringLiteral("retyped")));
    m_window->currentTab()->settle();
    QCOMPARE(keptTokens(), QList<QByteArray> {tokenFor(QStringLiteral("retyped")).toLatin1()});
    QVERIFY(!fileBytes().contains(signatureOf(token).toLatin1()));

    // Half a token left in the editor is not a token: nothing changes.
    typeToken(token.left(30));
    m_window->currentTab()->settle();
    QCOMPARE(keptTokens(), QList<QByteArray> {tokenFor(QStringLiteral("retyped")).toLatin1()});
}

void tst_HistoryDialog::editsFollowOneEntryPerTab()
{
    enableHistory();
    const QString opened = tokenFor(QStringLiteral("opened-then-edited"));
    QCOMPARE(m_window->loadText(opened), MainWindow::Loaded::Token);
    QCOMPARE(keptTokens().size(), 1);
    // The key is the user's: each edit is re-signed with it.
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    secret->setFocus();
    QTest::keyClicks(secret, Secret);
    m_window->flushEdits();
    QCOMPARE(m_window->model()->verifyState(), TokenModel::VerifyState::Verified);

    // Edits of the payload (the claim buttons), several: the opened token stays, and one
    // more entry holds the token as it is now.
    auto *exp1h = m_window->currentTab()->claimButton(TokenTab::ClaimButton::Exp1h);
    auto *exp1d = m_window->currentTab()->claimButton(TokenTab::ClaimButton::Exp1d);
    QTest::mouseClick(exp1h, Qt::LeftButton);
    QTRY_COMPARE(keptTokens().size(), 2);
    QTest::mouseClick(exp1d, Qt::LeftButton);
    QTest::mouseClick(exp1h, Qt::LeftButton);
    QTest::mouseClick(exp1d, Qt::LeftButton);
    const QByteArray edited = m_window->model()->token().toLatin1();
    QVERIFY(edited != opened.toLatin1());
    QTRY_COMPARE(keptTokens(), (QList<QByteArray> {edited, opened.toLatin1()}));

    // Another token opened in the tab: its edits get an entry of their own.
    const QString next = tokenFor(QStringLiteral("next-one"));
    m_window->loadText(next);
    QTest::mouseClick(exp1h, Qt::LeftButton);
    QTRY_COMPARE(keptTokens().size(), 4);
    QCOMPARE(keptTokens().at(1), next.toLatin1());
    QVERIFY(keptTokens().contains(edited));
    QVERIFY(!fileBytes().contains(Secret.toUtf8()));
}

void tst_HistoryDialog::leavingATabKeepsItsEdit()
{
    enableHistory();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Leaving the tab (Ctrl+T) keeps the token typed there at once, without waiting.
    const QString first = tokenFor(QStringLiteral("left-behind"));
    typeToken(first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(keptTokens(), QList<QByteArray> {first.toLatin1()});
    // Closing the tab keeps its edit too.
    const QString second = tokenFor(QStringLiteral("closed-tab"));
    typeToken(second);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->tabCount(), 1);
    QCOMPARE(keptTokens(), (QList<QByteArray> {second.toLatin1(), first.toLatin1()}));
    // And closing the window. The first tab's entry follows what is typed there now: one
    // entry per tab, not one per token it held.
    const QString third = tokenFor(QStringLiteral("window-closed"));
    typeToken(third);
    QVERIFY(m_window->close());
    QCOMPARE(keptTokens(), (QList<QByteArray> {third.toLatin1(), second.toLatin1()}));
}

void tst_HistoryDialog::sampleEditsNotKept()
{
    enableHistory();
    m_window->loadSample();
    const QString sample = m_window->model()->token();
    QTest::mouseClick(m_window->currentTab()->claimButton(TokenTab::ClaimButton::Exp1h),
                      Qt::LeftButton);
    QVERIFY(m_window->model()->token() != sample);
    QCOMPARE(m_window->model()->keyOrigin(), TokenModel::KeyOrigin::Sample);
    m_window->currentTab()->settle();
    QVERIFY(keptTokens().isEmpty());
    QVERIFY(!QFileInfo::exists(dbPath()));
    // A token of the user's typed over the sample is theirs (the sample's secret goes).
    const QString own = tokenFor(QStringLiteral("own-token"));
    typeToken(own);
    QTRY_COMPARE(keptTokens(), QList<QByteArray> {own.toLatin1()});
    QCOMPARE(m_window->model()->keyOrigin(), TokenModel::KeyOrigin::User);
}

void tst_HistoryDialog::secretsAndKeysNeverKept()
{
    enableHistory();
    const TokenTemplates::Built rsa
            = TokenTemplates::build(QStringLiteral("alg-RS256"), QDateTime::currentDateTimeUtc());
    QVERIFY(rsa.ok());
    const QString pemLine = rsa.keyText.section(QLatin1Char('\n'), 3, 3);
    QVERIFY(pemLine.size() > 40);

    m_window->loadText(tokenFor(QStringLiteral("alice")));
    // The secret typed in the window, the way a user does.
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret);
    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, Secret);
    m_window->flushEdits();
    QCOMPARE(m_window->model()->keyText(), Secret);
    // A private key pasted (a key, not a token) and a secret pasted as if it were a token.
    QCOMPARE(m_window->loadText(rsa.keyText), MainWindow::Loaded::Key);
    m_window->loadText(Secret);
    m_window->loadText(rsa.token);
    m_window->loadText(tokenFor(QStringLiteral("bob")));
    // A secret typed where a token goes is not a token; a token typed there is kept.
    m_window->openInNewTab();
    typeToken(Secret);
    m_window->currentTab()->settle();
    const QString typed = tokenFor(QStringLiteral("typed"));
    typeToken(typed);
    m_window->currentTab()->settle();

    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    QCOMPARE(historyList(dialog)->topLevelItemCount(), 4);
    const QByteArray bytes = fileBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains(signatureOf(rsa.token).toLatin1()));
    QVERIFY(bytes.contains(signatureOf(typed).toLatin1()));
    QVERIFY(!bytes.contains(Secret.toUtf8()));
    QVERIFY(!bytes.contains(pemLine.toLatin1()));
    QVERIFY(!bytes.contains("PRIVATE KEY"));
    // Nor the settings.
    QFile settings(m_dir->filePath(QStringLiteral("config/JWT Lens tests/tst_historydialog.conf")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray conf = settings.readAll();
    QVERIFY(conf.contains("enabled=true"));
    QVERIFY(!conf.contains(Secret.toUtf8()));
}

void tst_HistoryDialog::deletedTokenLeavesTheFiles()
{
    enableHistory();
    const QString alice = tokenFor(QStringLiteral("alice"));
    const QString bob = tokenFor(QStringLiteral("bob"));
    m_window->loadText(alice);
    m_window->loadText(bob);
    QVERIFY(fileBytes().contains(signatureOf(alice).toLatin1()));

    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    QTreeWidget *tree = historyList(dialog);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem *row = tree->topLevelItem(1);
    QCOMPARE(row->text(0), QStringLiteral("HS256 · alice"));
    tree->setCurrentItem(row);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("historyDelete")),
                      Qt::LeftButton);
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · bob")});

    const QByteArray bytes = fileBytes();
    QVERIFY(!bytes.contains(signatureOf(alice).toLatin1()));
    QVERIFY(!bytes.contains(alice.section(QLatin1Char('.'), 1, 1).toLatin1()));
    QVERIFY(bytes.contains(signatureOf(bob).toLatin1()));
}

void tst_HistoryDialog::clearDeletesTheFile()
{
    enableHistory();
    m_window->loadText(tokenFor(QStringLiteral("alice")));
    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    auto *clear = dialog->findChild<QPushButton *>(QStringLiteral("historyClear"));
    answerNextBox(QString()); // Cancel: nothing deleted
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(historyList(dialog)->topLevelItemCount(), 1);
    QVERIFY(QFileInfo::exists(dbPath()));

    answerNextBox(QStringLiteral("historyClearConfirm"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QCOMPARE(historyList(dialog)->topLevelItemCount(), 0);
    QVERIFY(!QFileInfo::exists(dbPath()));
    QVERIFY(!QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
    // The history is still on: the next token starts a new file.
    m_window->loadText(tokenFor(QStringLiteral("bob")));
    QVERIFY(QFileInfo::exists(dbPath()));
}

void tst_HistoryDialog::offWritesNothingNew()
{
    enableHistory();
    const QString alice = tokenFor(QStringLiteral("alice"));
    m_window->loadText(alice);
    auto *keep = m_window->findChild<QAction *>(QStringLiteral("keepHistoryAction"));
    keep->trigger(); // off: no question
    QVERIFY(!keep->isChecked());
    const QByteArray before = fileBytes();
    QVERIFY(before.contains(signatureOf(alice).toLatin1()));

    const QString bob = tokenFor(QStringLiteral("bob"));
    m_window->loadText(bob);
    QVERIFY(m_window->newFromTemplate(QStringLiteral("lesson-user-id")));
    QCOMPARE(fileBytes(), before);

    // Off deletes nothing: what was kept is still listed.
    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · alice")});
    QVERIFY(!fileBytes().contains(signatureOf(bob).toLatin1()));
}

void tst_HistoryDialog::keepOnlyExpired()
{
    enableHistory(true);
    m_window->loadText(tokenFor(QStringLiteral("valid")));
    m_window->loadText(tokenFor(QStringLiteral("expired"), 1000000000));
    HistoryDialog *dialog = openHistory();
    QVERIFY(dialog);
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · expired")});
    QVERIFY(historyList(dialog)->topLevelItem(0)->text(2).contains(QLatin1String("expired")));
    // The dialog's box shows the choice and changes it.
    auto *only = dialog->findChild<QCheckBox *>(QStringLiteral("historyOnlyExpired"));
    QVERIFY(only->isChecked());
    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
    QVERIFY(!only->isChecked());
    m_window->loadText(tokenFor(QStringLiteral("valid")));
    QTRY_COMPARE(historyList(dialog)->topLevelItemCount(), 2);

    // Turned on again from the dialog: it offers to delete the one that has not expired.
    answerNextBox(QString()); // keep them
    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
    QVERIFY(only->isChecked());
    QCOMPARE(historyList(dialog)->topLevelItemCount(), 2);
    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
    answerNextBox(QStringLiteral("historyRemoveNotExpired"));
    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(4, only->height() / 2));
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · expired")});
    m_window->loadText(tokenFor(QStringLiteral("valid")));
    QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · expired")});
}

void tst_HistoryDialog::unusableFile_data()
{
    QTest::addColumn<bool>("locked");
    QTest::newRow("damaged file") << false;
    QTest::newRow("locked by another program") << true;
}

void tst_HistoryDialog::unusableFile()
{
    QFETCH(bool, locked);
    enableHistory();
    const QString connection = QStringLiteral("locker");
    {
        QSqlDatabase locker;
        QSqlQuery lock;
        if (locked) {
            m_window->loadText(tokenFor(QStringLiteral("before")));
            locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            locker.setDatabaseName(dbPath());
            QVERIFY(locker.open());
            lock = QSqlQuery(locker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        } else {
            QFile damaged(dbPath());
            QVERIFY(damaged.open(QIODevice::WriteOnly));
            damaged.write(QByteArray("This is not an SQLite database. ").repeated(200));
        }

        // The token loads all the same, and the status bar says why it was not kept.
        const QString token = tokenFor(QStringLiteral("carol"));
        QCOMPARE(m_window->loadText(token), MainWindow::Loaded::Token);
        QCOMPARE(m_window->model()->token(), token);
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QLatin1String("The token was not added to the history")),
                 qPrintable(message));
        // The History dialog says it in its line; the window keeps working.
        HistoryDialog *dialog = openHistory();
        QVERIFY(dialog);
        if (locked) {
            // A write-ahead log lets the list be read; deleting waits for the other program.
            QCOMPARE(titles(dialog), QStringList {QStringLiteral("HS256 · before")});
            historyList(dialog)->setCurrentItem(historyList(dialog)->topLevelItem(0));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("historyDelete")),
                              Qt::LeftButton);
            QVERIFY2(dialog->errorText().startsWith(QLatin1String("The token was not deleted")),
                     qPrintable(dialog->errorText()));
        } else {
            QVERIFY2(dialog->errorText().startsWith(QLatin1String("The history cannot be read")),
                     qPrintable(dialog->errorText()));
        }
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("historyError"))->isVisible());
        dialog->close();
        QCOMPARE(m_window->loadText(tokenFor(QStringLiteral("dave"))), MainWindow::Loaded::Token);
        QVERIFY(m_window->model()->token().contains(QLatin1Char('.')));

        if (locked) {
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            lock = QSqlQuery();
            locker.close();
        }
    }
    if (locked) {
        QSqlDatabase::removeDatabase(connection);
        // Once the other program lets go, the history goes on.
        m_window->loadText(tokenFor(QStringLiteral("erin")));
        HistoryDialog *dialog = openHistory();
        QVERIFY(dialog);
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(titles(dialog).contains(QStringLiteral("HS256 · erin")));
    }
}

QTEST_MAIN(tst_HistoryDialog)
#include "tst_historydialog.moc"
