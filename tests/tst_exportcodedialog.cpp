// SPDX-License-Identifier: MIT
// File → "Export as Code…" (issue 16): the code that makes the window's token with a common
// JWT library, through the real widgets; the Python one is run and prints the token again.
#include "clirunner.h"
#include "exportcodedialog.h"
#include "windowtest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>

using namespace WindowTest;

namespace {

const QString python3 = QStringLiteral("/usr/bin/python3");

/// Runs @p script with python3, @p secret in JWT_SECRET (none when null).
CliRun runPython(const QString &script, const QString &secret)
{
    CliRun run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("JWT_SECRET"));
    if (!secret.isNull())
        environment.insert(QStringLiteral("JWT_SECRET"), secret);
    process.setProcessEnvironment(environment);
    process.start(python3, {script});
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    process.closeWriteChannel();
    run.finished = process.waitForFinished(30000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestExportCodeDialog : public QObject, public WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void everyLanguage_data();
    void everyLanguage();
    void secretOnlyWhenTicked();
    void followsTheWindow();
    void pythonPrintsTheToken();
    void noTokenNoCode();

private:
    ExportCodeDialog *openDialog();
    QString code() const
    {
        return m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("codeEdit"))->toPlainText();
    }
    QString status() const
    {
        return m_dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    }
    QCheckBox *includeSecret() const
    {
        return m_dialog->findChild<QCheckBox *>(QStringLiteral("includeSecretCheck"));
    }
    /// Picks @p title in the language box with the keyboard (Home, then Down until there).
    bool chooseLanguage(const QString &title);
    QString secret() const { return readFile(QStringLiteral(":/sample-secret.txt")).trimmed(); }

    ExportCodeDialog *m_dialog = nullptr;
};

ExportCodeDialog *TestExportCodeDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportCodeAction"));
    if (!action)
        return nullptr;
    action->trigger();
    m_dialog = m_window->findChild<ExportCodeDialog *>();
    if (m_dialog && !QTest::qWaitForWindowExposed(m_dialog))
        return nullptr;
    return m_dialog;
}

bool TestExportCodeDialog::chooseLanguage(const QString &title)
{
    auto *box = m_dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentText() != title; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    return box->currentText() == title;
}

void TestExportCodeDialog::everyLanguage_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("library"); // what the snippet imports or includes
    QTest::addColumn<QString>("language");
    QTest::newRow("python") << "Python (PyJWT)"
                            << "import jwt"
                            << "python";
    QTest::newRow("node") << "Node.js (jose)"
                          << "jose"
                          << "node";
    QTest::newRow("java") << "Java (Nimbus JOSE+JWT)"
                          << "com.nimbusds"
                          << "java";
    QTest::newRow("go") << "Go (golang-jwt v5)"
                        << "github.com/golang-jwt/jwt/v5"
                        << "go";
    QTest::newRow("csharp") << "C# (System.IdentityModel.Tokens.Jwt)"
                            << "System.IdentityModel.Tokens.Jwt"
                            << "csharp";
    QTest::newRow("cpp") << "C++ (jwt-cpp)"
                         << "jwt-cpp"
                         << "cpp";
    QTest::newRow("curl") << "sh (openssl and curl)"
                          << "openssl"
                          << "curl";
}

void TestExportCodeDialog::everyLanguage()
{
    QFETCH(QString, title);
    QFETCH(QString, library);
    QFETCH(QString, language);
    QVERIFY(openDialog());
    QVERIFY(chooseLanguage(title));
    QVERIFY2(code().contains(library), qPrintable(code()));
    QCOMPARE(m_dialog->code(), code());
    // What `jwtlens code` prints for the same token and key, word for word.
    const CliRun run = runJwtlens(
            {"code", "--lang", language, "--secret", secret(), edit("tokenEdit")->toPlainText()});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QCOMPARE(code(), QString::fromUtf8(run.out));

    // Copy puts it on the clipboard.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("copyButton")),
                      Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code());
}

void TestExportCodeDialog::secretOnlyWhenTicked()
{
    QVERIFY(openDialog());
    QVERIFY(!includeSecret()->isChecked());
    QVERIFY(!code().isEmpty());
    QVERIFY(!code().contains(secret()));
    QVERIFY(code().contains(QStringLiteral("JWT_SECRET")));
    QVERIFY2(status().contains(QStringLiteral("JWT_SECRET")), qPrintable(status()));

    QTest::mouseClick(includeSecret(), Qt::LeftButton);
    QVERIFY(includeSecret()->isChecked());
    QVERIFY(code().contains(secret()));
    QCOMPARE(status(),
             QStringLiteral("The code holds the secret or private key: use it with "
                            "test keys only."));
    QTest::mouseClick(includeSecret(), Qt::LeftButton);
    QVERIFY(!code().contains(secret()));

    // Closed with the box ticked, the dialog opens again without it (it is a new dialog).
    QTest::mouseClick(includeSecret(), Qt::LeftButton);
    QPointer<ExportCodeDialog> first = m_dialog;
    m_dialog->close();
    QTRY_VERIFY(first.isNull());
    QVERIFY(openDialog());
    QVERIFY(!includeSecret()->isChecked());
    QVERIFY(!code().contains(secret()));
}

void TestExportCodeDialog::followsTheWindow()
{
    QVERIFY(openDialog());
    const QString before = code();
    // A claim edited in the payload pane is in the code (and the token) at once.
    QPlainTextEdit *payload = edit("payloadEdit");
    const QString text = payload->toPlainText();
    pasteInto(payload,
              QString(text).replace(QStringLiteral("\"sub\""),
                                    QStringLiteral("\"role\":\"tester\",\"sub\"")));
    QTRY_VERIFY2(code().contains(QStringLiteral("tester")), qPrintable(code()));
    QVERIFY(code() != before);
}

void TestExportCodeDialog::pythonPrintsTheToken()
{
    const CliRun probe = runJwtlens({"-c", "import jwt"}, QByteArray(), 30000, python3);
    if (probe.exitCode != 0)
        QSKIP("/usr/bin/python3 with python3-jwt is needed");
    QVERIFY(openDialog());
    QVERIFY(chooseLanguage(QStringLiteral("Python (PyJWT)")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString token = edit("tokenEdit")->toPlainText();
    const auto writeRun = [&](const QString &secretInEnvironment) {
        QFile file(dir.filePath(QStringLiteral("snippet.py")));
        const QByteArray bytes = code().toUtf8();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            return CliRun();
        file.close();
        return runPython(file.fileName(), secretInEnvironment);
    };
    // The key from the environment ...
    CliRun run = writeRun(secret());
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(QString::fromUtf8(run.out).section(u'\n', 0, 0), token);
    // ... or written in, when ticked; HS256 signs the same bytes again.
    QTest::mouseClick(includeSecret(), Qt::LeftButton);
    run = writeRun(QString());
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(QString::fromUtf8(run.out).section(u'\n', 0, 0), token);
}

void TestExportCodeDialog::noTokenNoCode()
{
    // A token that is not a JWS gives no code, and says so.
    replaceAll(edit("tokenEdit"), QStringLiteral("not-a-token"));
    QVERIFY(openDialog());
    QVERIFY(code().isEmpty());
    QVERIFY2(status().startsWith(QStringLiteral("No code: ")), qPrintable(status()));
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

QTEST_MAIN(TestExportCodeDialog)
#include "tst_exportcodedialog.moc"
