// SPDX-License-Identifier: MIT
// Tools → "Test Tokens for Your Server…" (issue 16): the negative set of the window's token
// and key, listed with its explanations, opened in the panes, and exported to a folder with
// the same files as `jwtlens attack --out` — driven through the real widgets.
#include "clirunner.h"
#include "testtokensdialog.h"
#include "tokenmodel.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace WindowTest;

namespace {

/// The set is made on a worker thread; an RSA key for the embedded-key cases takes a moment.
constexpr int MakeTimeoutMs = 60000;

enum Column {
    NameColumn,
    ExpectColumn,
    LensColumn,
};

/// The files under @p dir, as paths relative to it.
QSet<QString> filesUnder(const QString &dir)
{
    QSet<QString> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.insert(QDir(dir).relativeFilePath(it.next()));
    return files;
}

QJsonObject readManifest(const QString &dir)
{
    return QJsonDocument::fromJson(
                   readFile(QDir(dir).filePath(QStringLiteral("manifest.json"))).toUtf8())
            .object();
}

} // namespace

class TestTestTokensDialog : public QObject, public WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void listsTheSetWithExplanations();
    void openLoadsTheTokenInThePanes();
    void exportWritesWhatTheCliWrites();
    void checkboxesChooseWhatIsExported();
    void claimsAndUrlAreUsed();
    void noKeyNoSet();

private:
    /// Triggers the Tools menu's action and waits for the set.
    TestTokensDialog *openDialog();
    QTreeWidget *tree() const { return m_dialog->findChild<QTreeWidget *>("casesTree"); }
    QPushButton *button(const char *name) const
    {
        return m_dialog->findChild<QPushButton *>(QLatin1String(name));
    }
    QString status() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }
    QTreeWidgetItem *row(const QString &name) const;
    /// Clicks Export… and picks @p dir in the folder dialog; false when no dialog came.
    bool exportTo(const QString &dir);
    /// Makes the set again with the Make Tokens button.
    void remake();

    TestTokensDialog *m_dialog = nullptr;
};

TestTokensDialog *TestTestTokensDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("testTokensAction"));
    if (!action)
        return nullptr;
    action->trigger();
    m_dialog = m_window->findChild<TestTokensDialog *>();
    if (!m_dialog)
        return nullptr;
    if (!QTest::qWaitFor([this] { return !m_dialog->isMaking(); }, MakeTimeoutMs))
        return nullptr;
    return m_dialog;
}

QTreeWidgetItem *TestTestTokensDialog::row(const QString &name) const
{
    const QList<QTreeWidgetItem *> found = tree()->findItems(name, Qt::MatchExactly, NameColumn);
    return found.isEmpty() ? nullptr : found.first();
}

void TestTestTokensDialog::remake()
{
    QSignalSpy made(m_dialog, &TestTokensDialog::made);
    QTest::mouseClick(button("makeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(made.count(), 1, MakeTimeoutMs);
}

bool TestTestTokensDialog::exportTo(const QString &dir)
{
    // The folder's path goes into the dialog's name field as if pasted, then its accept
    // button is clicked; a dialog still open after 10 s is rejected (a failure, not a hang).
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
            QPushButton *accept = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
            if (!name || !accept)
                return;
            if (name->text() != dir)
                name->setText(dir);
            else if (accept->isEnabled())
                accept->click();
            picked = true;
            return;
        }
    });
    poll.start();
    QTest::mouseClick(button("exportButton"), Qt::LeftButton);
    poll.stop();
    return picked;
}

void TestTestTokensDialog::listsTheSetWithExplanations()
{
    QVERIFY(openDialog());
    const Forge::NegativeSet &set = m_dialog->set();
    QVERIFY2(set.ok(), qPrintable(set.error));
    QVERIFY(set.cases.size() > 40);
    QCOMPARE(tree()->topLevelItemCount(), set.cases.size());
    QVERIFY2(status().contains(QString::number(set.cases.size()) + QStringLiteral(" token(s)")),
             qPrintable(status()));

    // One row per case, ticked, with what a correct server and JWT Lens answer.
    for (int i = 0; i < tree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree()->topLevelItem(i);
        const Forge::NegativeCase &c = set.cases.at(i);
        QCOMPARE(item->text(NameColumn), c.name);
        QCOMPARE(item->checkState(NameColumn), Qt::Checked);
        QCOMPARE(item->text(ExpectColumn),
                 c.expect == Forge::Expectation::Accept
                         ? QStringLiteral("accept")
                         : QStringLiteral("reject (%1)").arg(c.errorClass));
        QVERIFY2(item->text(LensColumn)
                         .startsWith(c.lens == Forge::Expectation::Accept ? "accepts" : "rejects"),
                 qPrintable(c.name));
        QCOMPARE(item->toolTip(LensColumn), c.lensWhy);
    }
    // The window's sample token verifies with its secret, and the classic attacks do not.
    QCOMPARE(row("baseline")->text(LensColumn), QStringLiteral("accepts"));
    for (const char *name : {"alg-none-none-unsigned", "alg-none-NONE-signature-kept",
                             "tampered-sub", "signature-empty", "kid-path-traversal-dev-null"}) {
        QTreeWidgetItem *item = row(QLatin1String(name));
        QVERIFY2(item, name);
        QCOMPARE(item->text(LensColumn), QStringLiteral("rejects"));
    }

    // A row opens (the Right key) to its explanation: the vulnerable verifier, the correct
    // answer with the settings it assumes, JWT Lens's answer in the verdict's words, the
    // reference.
    QTreeWidgetItem *none = row(QStringLiteral("alg-none-none-unsigned"));
    tree()->setFocus();
    tree()->setCurrentItem(none);
    QVERIFY(!none->isExpanded());
    QTest::keyClick(tree(), Qt::Key_Right);
    QVERIFY(none->isExpanded());
    const Forge::NegativeCase &c = set.cases.at(tree()->indexOfTopLevelItem(none));
    QCOMPARE(none->childCount(), 4);
    QCOMPARE(none->child(0)->text(NameColumn),
             QStringLiteral("What a vulnerable verifier does: ") + c.why);
    QVERIFY2(none->child(1)
                     ->text(NameColumn)
                     .startsWith("A correct server rejects it (" + c.errorClass
                                 + "), verifying with "),
             qPrintable(none->child(1)->text(NameColumn)));
    QVERIFY(none->child(1)->text(NameColumn).contains(QStringLiteral("algorithms HS256")));
    QCOMPARE(none->child(2)->text(NameColumn), QStringLiteral("JWT Lens rejects it: ") + c.lensWhy);
    QVERIFY2(c.lensWhy.contains(QStringLiteral("none")), qPrintable(c.lensWhy));
    QCOMPARE(none->child(3)->text(NameColumn), QStringLiteral("Reference: ") + c.reference);
    QVERIFY(c.reference.contains(QStringLiteral("RFC 8725")));
    // The README's picture (docs/test-tokens.png) is this state of the dialog.
    if (const QString shot = qEnvironmentVariable("JWTLENS_DIALOG_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(m_dialog->grab().save(shot));
    // The explanation wraps: its row is taller than one line when the text is long.
    QTRY_VERIFY(tree()->visualItemRect(none->child(0)).height()
                        > QFontMetrics(tree()->font()).height() + 2
                || QFontMetrics(tree()->font()).horizontalAdvance(none->child(0)->text(0))
                        < tree()->viewport()->width() / 2);
}

void TestTestTokensDialog::openLoadsTheTokenInThePanes()
{
    // A token of the tester's own with their secret typed in the window (the sample's public
    // secret does not stay with other tokens).
    const CliRun made = runJwtlens({"encode", "--alg", "HS256", "--secret", "tester-secret",
                                    R"({"sub":"alice","role":"user"})"});
    CLI_VERIFY_RAN(made);
    QVERIFY2(made.exitCode == 0, made.err);
    m_window->loadText(QString::fromUtf8(made.out).trimmed());
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret);
    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, QStringLiteral("tester-secret"));
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    QVERIFY(openDialog());
    // The window says of each opened token what the list says JWT Lens answers.
    const QList<std::pair<const char *, bool>> rows {
            {"tampered-role", false},
            {"baseline", true},
            {"alg-none-nOnE-unsigned", false},
    };
    for (const auto &[name, verified] : rows) {
        QTreeWidgetItem *item = row(QLatin1String(name));
        QVERIFY2(item, name);
        const Forge::NegativeCase &c = m_dialog->set().cases.at(tree()->indexOfTopLevelItem(item));
        tree()->scrollToItem(item);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {},
                          tree()->visualItemRect(item).center());
        QCOMPARE(tree()->currentItem(), item);
        QVERIFY(button("openButton")->isEnabled());
        QTest::mouseClick(button("openButton"), Qt::LeftButton);
        QTRY_COMPARE(edit("tokenEdit")->toPlainText(), QString::fromLatin1(c.token));
        if (verified)
            QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
        else
            QTRY_VERIFY2(badge() != QStringLiteral("Signature verified") && !badge().isEmpty(),
                         qPrintable(badge()));
        QCOMPARE(status(), QStringLiteral("Opened %1 in the window.").arg(c.name));
    }
}

void TestTestTokensDialog::exportWritesWhatTheCliWrites()
{
    // The window's clock fixed, as `jwtlens-gui --now` does, so that the times in the tokens
    // and in their explanations are those of `jwtlens attack --now`.
    const qint64 now = 1700000000;
    m_window->model()->setFixedClock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    QVERIFY(openDialog());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString gui = dir.filePath(QStringLiteral("gui"));
    QVERIFY(QDir().mkpath(gui));
    QVERIFY(exportTo(gui));
    const Forge::NegativeSet &set = m_dialog->set();
    QTRY_VERIFY2(status().startsWith(QStringLiteral("Wrote %1 token(s) to ").arg(set.cases.size())),
                 qPrintable(status()));
    QVERIFY(status().contains(QStringLiteral("requests.sh")));
    QVERIFY(QFileInfo(QDir(gui).filePath(QStringLiteral("requests.sh"))).isExecutable());

    // `jwtlens attack --out` on the same token and secret writes the same files (the attacker's
    // keys are fresh each time, so the tokens that carry one differ; names and answers do not).
    const QString cli = dir.filePath(QStringLiteral("cli"));
    const CliRun run
            = runJwtlens({"attack", "--secret", readFile(":/sample-secret.txt").trimmed(), "--now",
                          QString::number(now), "--out", cli, edit("tokenEdit")->toPlainText()});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(filesUnder(gui), filesUnder(cli));
    const QJsonArray guiCases = readManifest(gui).value("cases").toArray();
    const QJsonArray cliCases = readManifest(cli).value("cases").toArray();
    QCOMPARE(guiCases.size(), set.cases.size());
    QCOMPARE(guiCases.size(), cliCases.size());
    for (qsizetype i = 0; i < guiCases.size(); ++i) {
        const QJsonObject g = guiCases.at(i).toObject();
        const QJsonObject c = cliCases.at(i).toObject();
        for (const char *member :
             {"name", "kind", "expect", "error_class", "jwtlens", "why", "reference"})
            QCOMPARE(g.value(QLatin1String(member)), c.value(QLatin1String(member)));
        QCOMPARE(g.value("token").toString(), QString::fromLatin1(set.cases.at(i).token));
        // Only the attacker's keys are fresh: every other token is the CLI's, byte for byte.
        if (g.value("kind").toString() != QLatin1String("embedded-key"))
            QCOMPARE(g.value("token"), c.value("token"));
        QCOMPARE(readFile(QDir(gui).filePath(g.value("file").toString())).trimmed(),
                 g.value("token").toString());
    }

    // A folder that is not empty is refused, and nothing in it changes.
    const QSet<QString> before = filesUnder(gui);
    QVERIFY(exportTo(gui));
    QTRY_VERIFY2(status().startsWith(QStringLiteral("Nothing exported: ")), qPrintable(status()));
    QVERIFY(status().contains(QStringLiteral("not empty")));
    QCOMPARE(filesUnder(gui), before);
}

void TestTestTokensDialog::checkboxesChooseWhatIsExported()
{
    QVERIFY(openDialog());
    QTest::mouseClick(button("selectNoneButton"), Qt::LeftButton);
    QVERIFY(m_dialog->checkedCases().isEmpty());
    QVERIFY(!button("exportButton")->isEnabled());

    // Space ticks the current row.
    tree()->setFocus();
    for (const char *name : {"embedded-jku", "baseline"}) {
        tree()->setCurrentItem(row(QLatin1String(name)));
        QTest::keyClick(tree(), Qt::Key_Space);
        QCOMPARE(row(QLatin1String(name))->checkState(NameColumn), Qt::Checked);
    }
    QCOMPARE(m_dialog->checkedCases(),
             (QStringList {QStringLiteral("baseline"), QStringLiteral("embedded-jku")}));
    QVERIFY(button("exportButton")->isEnabled());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(exportTo(dir.path()));
    QTRY_VERIFY2(status().startsWith(QStringLiteral("Wrote 2 token(s)")), qPrintable(status()));
    // Only the JWKS the jku token names is to be hosted, and the status says where.
    QVERIFY2(status().contains(QStringLiteral("Host hosted/jwks.json at "
                                              "https://attacker.example/jwks.json first.")),
             qPrintable(status()));
    const QJsonArray cases = readManifest(dir.path()).value("cases").toArray();
    QCOMPARE(cases.size(), 2);
    QCOMPARE(cases.at(0).toObject().value("name").toString(), QStringLiteral("baseline"));
    QCOMPARE(cases.at(1).toObject().value("name").toString(), QStringLiteral("embedded-jku"));
    const QSet<QString> files = filesUnder(dir.path());
    QVERIFY(files.contains(QStringLiteral("hosted/jwks.json")));
    QVERIFY(!files.contains(QStringLiteral("hosted/x5u.pem")));

    // Select All ticks every row again; a remade set keeps a row the user unticked.
    QTest::mouseClick(button("selectAllButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->checkedCases().size(), m_dialog->set().cases.size());
    tree()->setCurrentItem(row(QStringLiteral("baseline")));
    QTest::keyClick(tree(), Qt::Key_Space);
    remake();
    QCOMPARE(row(QStringLiteral("baseline"))->checkState(NameColumn), Qt::Unchecked);
    QCOMPARE(m_dialog->checkedCases().size(), m_dialog->set().cases.size() - 1);
}

void TestTestTokensDialog::claimsAndUrlAreUsed()
{
    QVERIFY(openDialog());
    auto *claims = m_dialog->findChild<QLineEdit *>(QStringLiteral("claimsEdit"));
    auto *jku = m_dialog->findChild<QLineEdit *>(QStringLiteral("jkuEdit"));
    QTest::keyClicks(claims, QStringLiteral("role=superuser; admin=true"));
    QTest::keyClicks(jku, QStringLiteral("https://tester.example/keys/"));
    remake();
    const Forge::NegativeSet &set = m_dialog->set();
    QVERIFY2(set.ok(), qPrintable(set.error));
    QVERIFY(row(QStringLiteral("tampered-role")));
    QVERIFY(row(QStringLiteral("tampered-admin")));
    QVERIFY(!row(QStringLiteral("tampered-sub")));
    const auto payloadOf = [&set](const char *name) {
        for (const Forge::NegativeCase &c : set.cases) {
            if (c.name == QLatin1String(name))
                return QJsonDocument::fromJson(
                               QByteArray::fromBase64(c.token.split('.').value(1),
                                                      QByteArray::Base64UrlEncoding))
                        .object();
        }
        return QJsonObject();
    };
    QCOMPARE(payloadOf("tampered-role").value("role").toString(), QStringLiteral("superuser"));
    QCOMPARE(payloadOf("tampered-admin").value("admin").toBool(), true);
    QCOMPARE(set.hosted.size(), 2);
    QCOMPARE(set.hosted.first().url, QStringLiteral("https://tester.example/keys/jwks.json"));

    // A claim that is not NAME=VALUE is said, and nothing is made.
    claims->clear();
    QTest::keyClicks(claims, QStringLiteral("role"));
    QTest::mouseClick(button("makeButton"), Qt::LeftButton);
    QCOMPARE(status(), QStringLiteral("A claim to forge is NAME=VALUE, not \"role\"."));
    QVERIFY(!m_dialog->isMaking());
}

void TestTestTokensDialog::noKeyNoSet()
{
    // Without the server's secret there is nothing a server would accept to start from.
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret);
    secret->setFocus();
    secret->selectAll();
    QTest::keyClick(secret, Qt::Key_Delete);
    QTRY_VERIFY(secret->text().isEmpty());
    QTRY_COMPARE(m_window->model()->keyText(), QString());
    QVERIFY(openDialog());
    QVERIFY2(!m_dialog->set().ok(),
             qPrintable(status() + u'|' + m_window->model()->keyDescription()));
    QCOMPARE(tree()->topLevelItemCount(), 0);
    QVERIFY2(status().startsWith(QStringLiteral("No test tokens: ")), qPrintable(status()));
    QVERIFY(status().contains(QStringLiteral("secret")));
    QVERIFY(!button("exportButton")->isEnabled());
    QVERIFY(!button("openButton")->isEnabled());
    auto *keyLabel = m_dialog->findChild<QLabel *>(QStringLiteral("keyLabel"));
    QVERIFY2(keyLabel->text().startsWith(QStringLiteral("None")), qPrintable(keyLabel->text()));

    // Typing the secret in the window and making again gives the set.
    QTest::keyClicks(secret, readFile(":/sample-secret.txt").trimmed());
    QTRY_VERIFY2(!keyLabel->text().startsWith(QStringLiteral("None")),
                 qPrintable(keyLabel->text()));
    remake();
    QVERIFY2(m_dialog->set().ok(), qPrintable(m_dialog->set().error));
    QCOMPARE(tree()->topLevelItemCount(), m_dialog->set().cases.size());
}

QTEST_MAIN(TestTestTokensDialog)
#include "tst_testtokensdialog.moc"
