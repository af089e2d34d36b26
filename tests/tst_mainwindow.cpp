// SPDX-License-Identifier: MIT
// The jwtlens-gui window as a whole, driven through its real widgets (offscreen): the
// sample, templates, errors in place, languages, accessibility, files, drops, screenshots.
#include "crackpanel.h"
#include "keypairdialog.h"
#include "learnpanel.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "startup.h"
#include "tokenmodel.h"
#include "windowtest.h"

#include <QMenu>
#include <QMenuBar>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGlyphRun>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPaintEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using namespace WindowTest;

class TestMainWindow : public QObject, private WindowFixture
{
    Q_OBJECT

private slots:
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void startsWithVerifiedSample();
    void startupShowCrackGuessesTheSecret();
    void publishedTemplates_data();
    void publishedTemplates();
    void algorithmTemplatesVerify_data();
    void algorithmTemplatesVerify();
    void badInputIsExplainedInPlace_data();
    void badInputIsExplainedInPlace();
    void languageChangeRetranslates();
    void actionsAreDeclaredOnce();
    void accessibleNames();
    void darkPaletteIsFollowed();
    void openFileLoadsTokenOrKey();
    void dropTextLoadsToken();
    void invalidUtf8FileIsExplained();
    void screenshotOptionWritesPng();
    void helpAndVersionWithoutADisplay_data();
    void helpAndVersionWithoutADisplay();
    void anOptionValueThatLooksLikeAFlag();
};

void TestMainWindow::startsWithVerifiedSample()
{
    const QString sample = readFile(QStringLiteral(":/sample.jwt")).trimmed();
    QVERIFY(!sample.isEmpty());
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), sample);
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    QVERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"HS256\"")));
    QVERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("\"Jane Doe\"")));
    auto *secret = m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QVERIFY(secret);
    QCOMPARE(secret->text(), readFile(QStringLiteral(":/sample-secret.txt")).trimmed());
}

void TestMainWindow::startupShowCrackGuessesTheSecret()
{
    // jwtlens-gui TOKEN --show crack: the panel opens and finds a built-in secret.
    const QString token = manifestCase(QStringLiteral("jwt.io-default-HS256"))
                                  .value(QLatin1String("token"))
                                  .toString();
    QVERIFY(!token.isEmpty());
    const StartupOptions options
            = StartupOptions::parse({QStringLiteral("jwtlens-gui"), token, QStringLiteral("--show"),
                                     QStringLiteral("crack")});
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    Startup::apply(*m_window, options);
    auto *panel = m_window->findChild<CrackPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_COMPARE(panel->state(), CrackPanel::State::Found);
    bool shown = false;
    for (QLineEdit *edit : panel->findChildren<QLineEdit *>())
        shown |= edit->text() == QLatin1String("your-256-bit-secret");
    QVERIFY(shown);
}

void TestMainWindow::publishedTemplates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("vector");
    QTest::addColumn<QString>("token");
    QTest::newRow("jwt.io HS256 example")
            << QStringLiteral("jwt-io") << QStringLiteral("jwt.io-default-HS256") << QString();
    QTest::newRow("lesson user-id, secret 'secret'")
            << QStringLiteral("lesson-user-id") << QStringLiteral("product-docs-HS256-secret")
            << QString();
    QTest::newRow("lesson loggedInAs, secret 'secretkey'")
            << QStringLiteral("lesson-logged-in-as") << QString()
            << QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJsb2dnZWRJbkFzIjoiYWRtaW4iLC"
                              "JpYXQiOjE0MjI3Nzk2Mzh9.gzSraSYS8EXBxLN_oWnFSRgCzcmJmMjLiuyu5CSpyHI");
}

void TestMainWindow::publishedTemplates()
{
    QFETCH(QString, id);
    QFETCH(QString, vector);
    QFETCH(QString, token);
    if (token.isEmpty())
        token = manifestCase(vector).value(QLatin1String("token")).toString();
    QVERIFY(!token.isEmpty());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("template_") + id);
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(edit("tokenEdit")->toPlainText(), token);
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
}

void TestMainWindow::algorithmTemplatesVerify_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedBadge");
    for (Algorithm alg : Algorithms::all()) {
        const QString name = Algorithms::name(alg);
        QTest::newRow(qPrintable(name))
                << QStringLiteral("alg-") + name << QStringLiteral("Signature verified");
    }
    QTest::newRow("none") << QStringLiteral("alg-none")
                          << QStringLiteral("Unsecured (alg: none) — never trusted");
    QTest::newRow("OAuth access token (RFC 9068)")
            << QStringLiteral("oauth-access-token") << QStringLiteral("Signature verified");
    QTest::newRow("OpenID Connect ID token")
            << QStringLiteral("oidc-id-token") << QStringLiteral("Signature verified");
}

void TestMainWindow::algorithmTemplatesVerify()
{
    QFETCH(QString, id);
    QFETCH(QString, expectedBadge);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("template_") + id);
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE(badge(), expectedBadge);
    if (id.startsWith(QLatin1String("alg-")) && id != QLatin1String("alg-none")) {
        const QString name = id.mid(4);
        QVERIFY(edit("headerEdit")
                        ->toPlainText()
                        .contains(QLatin1Char('"') + name + QLatin1Char('"')));
        if (!name.startsWith(QLatin1String("HS"))) {
            // The fresh key is shown in the key editor.
            QVERIFY(edit("keyEdit")->isVisible());
            QVERIFY(edit("keyEdit")->toPlainText().startsWith(QLatin1String("-----BEGIN")));
        }
    }
    if (id == QLatin1String("oauth-access-token")) {
        QVERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("\"at+jwt\"")));
        for (const char *claim : {"iss", "sub", "aud", "exp", "iat", "jti", "client_id", "scope"})
            QVERIFY2(edit("payloadEdit")
                             ->toPlainText()
                             .contains(QLatin1Char('"') + QLatin1String(claim) + QLatin1Char('"')),
                     claim);
    }
}

void TestMainWindow::badInputIsExplainedInPlace_data()
{
    QTest::addColumn<QString>("pane");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::newRow("garbage token") << QStringLiteral("tokenEdit") << QStringLiteral("not a token!")
                                   << QStringLiteral("tokenError");
    QTest::newRow("bad base64url in the token")
            << QStringLiteral("tokenEdit") << QStringLiteral("eyJhbGciOiJub25lIn0.e$$.x")
            << QStringLiteral("tokenError");
    QTest::newRow("payload is not JSON")
            << QStringLiteral("payloadEdit") << QStringLiteral("{\"sub\": 1,, }")
            << QStringLiteral("payloadError");
    QTest::newRow("header is not JSON")
            << QStringLiteral("headerEdit") << QStringLiteral("{\"alg\"")
            << QStringLiteral("headerError");
}

void TestMainWindow::badInputIsExplainedInPlace()
{
    QFETCH(QString, pane);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QPlainTextEdit *editor = m_window->findChild<QPlainTextEdit *>(pane);
    QVERIFY(editor);
    replaceAll(editor, text);
    auto *label = m_window->findChild<QLabel *>(errorLabel);
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QCOMPARE(label->accessibleDescription(), label->text());
    // What the user typed is kept.
    QCOMPARE(editor->toPlainText(), text);
    // The other panes keep working: the header still edits.
    if (pane != QLatin1String("headerEdit")) {
        replaceAll(edit("headerEdit"), QStringLiteral("{\"alg\":\"HS512\"}"));
        QTRY_COMPARE(m_window->model()->algorithm(), std::optional<Algorithm>(Algorithm::HS512));
    }
}

void TestMainWindow::languageChangeRetranslates()
{
    auto *badgeLabel = m_window->findChild<QLabel *>(QStringLiteral("verificationBadge"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("JWT Lens"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("[ko] JWT Lens"));
    QTRY_COMPARE(badgeLabel->text(), QStringLiteral("[ko] Signature verified"));
    QCOMPARE(edit("payloadEdit")->accessibleName(), QStringLiteral("[ko] Payload"));
    QCOMPARE(edit("tokenEdit")->accessibleName(), QStringLiteral("[ko] Encoded token"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("JWT Lens"));
    QTRY_COMPARE(badgeLabel->text(), QStringLiteral("Signature verified"));

    // The menu offers the three choices.
    for (const char *name : {"languageSystem", "languageEnglish", "languageKorean"})
        QVERIFY(m_window->findChild<QAction *>(QLatin1String(name)));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("languageKorean"))->text(),
             QStringLiteral("한국어"));
}

void TestMainWindow::accessibleNames()
{
    QCOMPARE(edit("tokenEdit")->accessibleName(), QStringLiteral("Encoded token"));
    QCOMPARE(edit("headerEdit")->accessibleName(), QStringLiteral("Header"));
    QCOMPARE(edit("payloadEdit")->accessibleName(), QStringLiteral("Payload"));
    QCOMPARE(edit("keyEdit")->accessibleName(), QStringLiteral("Key"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->accessibleName(),
             QStringLiteral("Secret"));
    QCOMPARE(m_window->findChild<QDateTimeEdit *>(QStringLiteral("fixedClock"))->accessibleName(),
             QStringLiteral("Clock"));
    auto *badgeLabel = m_window->findChild<QLabel *>(QStringLiteral("verificationBadge"));
    QVERIFY(badgeLabel->accessibleName().isEmpty());
    QVERIFY(badgeLabel->accessibleDescription().startsWith(QLatin1String("Signature verified")));
    // Every action has a shortcut.
    const QList<QAction *> actions = m_window->actions();
    QVERIFY(actions.size() > 15);
    for (QAction *action : actions) {
        if (action->objectName().startsWith(QLatin1String("language")))
            continue;
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
    }
}

void TestMainWindow::darkPaletteIsFollowed()
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    QApplication::setPalette(dark);
    QTRY_COMPARE(edit("payloadEdit")->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    const QImage shot = m_window->grab().toImage();
    QApplication::setPalette(light);
    if (const QByteArray dir = qgetenv("JWTLENS_SHOT_DIR"); !dir.isEmpty())
        shot.save(QString::fromLocal8Bit(dir) + QStringLiteral("/dark.png"));

    // The editors are dark, and the token's coloured characters stand out from them.
    QPlainTextEdit *token = edit("tokenEdit");
    const QPoint corner = token->viewport()->mapTo(
            m_window.get(),
            QPoint(token->viewport()->width() - 4, token->viewport()->height() - 4));
    QVERIFY(QColor(shot.pixel(corner)).lightness() < 80);
    const QRect firstLine = token->cursorRect(QTextCursor(token->document()));
    int brightest = 0;
    for (int x = 0; x < 200; ++x) {
        const QPoint p
                = token->viewport()->mapTo(m_window.get(), QPoint(x + 2, firstLine.center().y()));
        brightest = qMax(brightest, QColor(shot.pixel(p)).lightness());
    }
    QVERIFY2(brightest > 120, qPrintable(QString::number(brightest)));
}

void TestMainWindow::openFileLoadsTokenOrKey()
{
    const QJsonObject vector = manifestCase(QStringLiteral("rfc7515-A.3-ES256-spki"));
    QTemporaryDir dir;
    const QString tokenPath = dir.filePath(QStringLiteral("token.jwt"));
    QFile tokenFile(tokenPath);
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(vector.value(QLatin1String("token")).toString().toLatin1() + "\n");
    tokenFile.close();
    QVERIFY(m_window->openFile(tokenPath));
    QCOMPARE(m_window->tabCount(), 2); // File → Open makes a new tab
    QTRY_VERIFY(edit("headerEdit")->toPlainText().contains(QLatin1String("ES256")));
    const QString keyFile
            = QStringLiteral("data/vectors/") + vector.value(QLatin1String("key_file")).toString();
    QVERIFY(m_window->openFile(QFINDTESTDATA(keyFile)));
    QTRY_VERIFY(edit("keyEdit")->toPlainText().startsWith(QLatin1String("-----BEGIN PUBLIC KEY")));
    QTRY_COMPARE(badge(), QStringLiteral("Signature verified"));
    QVERIFY(!m_window->openFile(dir.filePath(QStringLiteral("missing.jwt"))));
}

void TestMainWindow::dropTextLoadsToken()
{
    const QString token = manifestCase(QStringLiteral("product-docs-HS256-secret"))
                                  .value(QLatin1String("token"))
                                  .toString();
    auto *mime = new QMimeData;
    mime->setText(QStringLiteral("Bearer ") + token);
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(edit("payloadEdit")->toPlainText().contains(QLatin1String("user-id")));
    delete mime;
}

void TestMainWindow::invalidUtf8FileIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.jwt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A header that is not UTF-8 once decoded, and raw bytes that are not UTF-8 either.
    file.write(QByteArray("\xff\xfe")
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
               + ".e30.\xc3\x28sig");
    file.close();
    QVERIFY(m_window->openFile(path));
    // In a new tab (File → Open).
    QCOMPARE(m_window->tabCount(), 2);
    QTRY_VERIFY(
            m_window->currentTab()->findChild<QLabel *>(QStringLiteral("tokenError"))->isVisible()
            || m_window->currentTab()
                       ->findChild<QLabel *>(QStringLiteral("headerError"))
                       ->isVisible());
    QVERIFY(!edit("tokenEdit")->toPlainText().isEmpty());
}

void TestMainWindow::screenshotOptionWritesPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("window.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JWTLENS_BINDIR "/jwtlens-gui"),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--now"),
                   QStringLiteral("1800000000")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
}

void TestMainWindow::helpAndVersionWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); ///< a part of standard output
    QTest::addColumn<QString>("err"); ///< a part of standard error

    QTest::newRow("--help") << QStringList {"--help"} << 0 << "--fetch-keys <URL>" << QString();
    QTest::newRow("-h after a token")
            << QStringList {"a.b.c", "-h"} << 0 << "--screenshot <FILE>" << QString();
    QTest::newRow("--help-all") << QStringList {"--help-all"} << 0 << "--key <FILE>" << QString();
    QTest::newRow("--version") << QStringList {"--version"} << 0 << "jwtlens-gui " << QString();
    QTest::newRow("--help with a bad option")
            << QStringList {"--help", "--no-such-option"} << 2 << QString()
            << "jwtlens-gui: Unknown option 'no-such-option'.";
}

void TestMainWindow::helpAndVersionWithoutADisplay()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    // No display of any kind: the window's QApplication would end the program here.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JWTLENS_BINDIR "/jwtlens-gui"), args);
    QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
    const QString stdOut = QString::fromUtf8(process.readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(stdOut + stdErr));
    if (!out.isEmpty())
        QVERIFY2(stdOut.contains(out), qPrintable(stdOut));
    if (!err.isEmpty())
        QVERIFY2(stdErr.contains(err), qPrintable(stdErr));
}

void TestMainWindow::anOptionValueThatLooksLikeAFlag()
{
    // "-v" here is the secret, not --version: the window opens (its screenshot is taken).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("window.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JWTLENS_BINDIR "/jwtlens-gui"),
                  {QStringLiteral("--secret"), QStringLiteral("-v"), QStringLiteral("--screenshot"),
                   png});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no version printed
    QVERIFY(!QImage(png).isNull());
}

/// Every action in the menus, submenus included, depth first.
static QList<QAction *> menuActions(const QList<QAction *> &actions)
{
    QList<QAction *> all;
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        all.append(action);
        if (action->menu())
            all += menuActions(action->menu()->actions());
    }
    return all;
}

void TestMainWindow::actionsAreDeclaredOnce()
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    const QList<QAction *> all = menuActions(menus);
    QVERIFY(all.size() > 30);
    // Each action of the window is in a menu, with a text; no shortcut is taken twice.
    QStringList shortcuts;
    for (QAction *action : all) {
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        const QString shortcut = action->shortcut().toString();
        if (shortcut.isEmpty())
            continue;
        QVERIFY2(!shortcuts.contains(shortcut), qPrintable(shortcut));
        shortcuts.append(shortcut);
    }
    for (QAction *action : m_window->actions())
        QVERIFY2(all.contains(action), qPrintable(action->objectName()));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("claimsTableAction"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    // Every menu title and action text follows the language, but the languages' own names.
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(menus.first()->text(), QStringLiteral("[ko] &File"));
    for (QAction *action : menuActions(m_window->menuBar()->actions())) {
        const bool ownName = action->objectName() == QLatin1String("languageEnglish")
                || action->objectName() == QLatin1String("languageKorean");
        QVERIFY2(action->text().startsWith(QLatin1String("[ko] ")) != ownName,
                 qPrintable(action->objectName() + QLatin1Char(' ') + action->text()));
    }
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(menus.first()->text(), QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
