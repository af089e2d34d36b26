// SPDX-License-Identifier: MIT
#include "startup.h"

#include "crackpanel.h"
#include "explainview.h"
#include "fetchkeysdialog.h"
#include "mainwindow.h"
#include "signaturepane.h"
#include "tokenmodel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDialog>
#include <QDockWidget>
#include <QFileInfo>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QToolButton>

#include <cstdio>

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "Startup", "JWT Lens: an offline debugger for JSON Web Tokens."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("token"),
            QCoreApplication::translate("Startup",
                                        "Tokens, or files holding tokens or keys: a tab each."),
            QStringLiteral("[TOKEN|FILE…]"));
    const QCommandLineOption secret(
            QStringLiteral("secret"),
            QCoreApplication::translate("Startup", "HMAC secret to verify with."),
            QStringLiteral("TEXT"));
    const QCommandLineOption key(
            QStringLiteral("key"),
            QCoreApplication::translate("Startup", "Key file (PEM, certificate, JWK, JWKS)."),
            QStringLiteral("FILE"));
    const QCommandLineOption now(
            QStringLiteral("now"),
            QCoreApplication::translate("Startup", "Check the time claims at this instant."),
            QStringLiteral("UNIX"));
    const QCommandLineOption language(
            QStringLiteral("language"),
            QCoreApplication::translate("Startup", "Language of the window: en or ko."),
            QStringLiteral("CODE"));
    const QCommandLineOption screenshot(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("Startup",
                                        "Save the window to this PNG file once shown, then quit."),
            QStringLiteral("FILE"));
    const QCommandLineOption show(
            QStringLiteral("show"),
            QCoreApplication::translate(
                    "Startup",
                    "Open a view at start: explain, learn, explain:STEP, crack (guess the "
                    "secret of the token with the built-in list), or compare (the first two "
                    "tokens side by side)."),
            QStringLiteral("VIEW"));
    const QCommandLineOption fetchKeys(
            QStringLiteral("fetch-keys"),
            QCoreApplication::translate("Startup",
                                        "Fetch keys from this issuer or JWKS URL at start "
                                        "(Fetch Keys…), then show the key ring."),
            QStringLiteral("URL"));
    parser.addOptions({secret, key, now, language, screenshot, show, fetchKeys});
    StartupOptions options;
    // A usage error is the caller's to report (exit 2, as the CLI does); process() would
    // exit with 1.
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    // --help-all (Qt's options too) is offered by addHelpOption() but answered only by
    // process(): it gets the same text.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        options.help = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.version = true;
        return options;
    }
    options.tokens = parser.positionalArguments();
    if (parser.isSet(secret))
        options.secret = parser.value(secret);
    options.keyFile = parser.value(key);
    if (parser.isSet(now)) {
        bool ok = false;
        const qint64 seconds = parser.value(now).toLongLong(&ok);
        if (!ok) {
            options.error = QCoreApplication::translate("Startup",
                                                        "--now wants seconds since "
                                                        "1970-01-01, got \"%1\".")
                                    .arg(parser.value(now));
            return options;
        }
        options.now = seconds;
    }
    if (parser.isSet(language))
        options.language = parser.value(language);
    options.screenshot = parser.value(screenshot);
    options.show = parser.value(show);
    options.fetchKeys = parser.value(fetchKeys);
    return options;
}

namespace {

/// Fetch Keys… as the user would: the dialog with @p url in its field and Fetch pressed. It
/// closes when the fetch ends (a failure is printed too); the key ring shows what came.
void fetchAtStart(MainWindow &window, const QString &url)
{
    window.fetchKeys(FetchKeysDialog::Mode::Keys);
    auto *dialog = window.findChild<FetchKeysDialog *>();
    if (!dialog)
        return;
    const auto fail = [dialog](const QString &message) {
        std::fprintf(stderr, "jwtlens-gui: key: %s\n", qPrintable(message));
        dialog->close();
    };
    QObject::connect(dialog->fetch(), &KeyFetch::finished, dialog, &QDialog::accept);
    QObject::connect(dialog->fetch(), &KeyFetch::failed, dialog, fail);
    // The key ring shows what came (under the panes, at the size every dock opens at).
    if (QDockWidget *ring = window.findChild<QDockWidget *>(QStringLiteral("keyRingDock")))
        ring->show();
    // A URL keys cannot come from is said at once (a screenshot would wait for the dialog).
    if (QString error; !dialog->fetchFrom(url, &error))
        fail(error);
}

} // namespace

namespace Startup {

void apply(MainWindow &window, const StartupOptions &options)
{
    if (options.now) {
        window.model()->setFixedClock(QDateTime::fromSecsSinceEpoch(*options.now, Qt::UTC));
    }
    if (options.tokens.isEmpty())
        window.loadSample();
    for (const QString &token : options.tokens) {
        if (const QFileInfo info(token); info.exists() && !info.isDir()) {
            // A file, or a FIFO such as `jwtlens-gui <(…)`: read bounded by openFile(), into
            // a new tab (or the first, empty one).
            window.openFile(token);
        } else {
            if (&token != &options.tokens.first())
                window.openInNewTab();
            window.loadText(token);
        }
    }
    if (window.tabCount() > 1)
        window.setCurrentTab(0);
    if (options.secret)
        window.signaturePane()->setKeyInput(TokenModel::KeyInput::SecretText, *options.secret);
    if (!options.keyFile.isEmpty())
        window.signaturePane()->loadKeyFile(options.keyFile);
    if (!options.fetchKeys.isEmpty())
        fetchAtStart(window, options.fetchKeys);
    // The teaching views are docks named "explainDock" and "learnDock"; "explain:signature"
    // also scrolls the Explain view to that step.
    const QString view = options.show.section(QLatin1Char(':'), 0, 0);
    if (view == QLatin1String("crack")) {
        if (auto *toggle = window.findChild<QToolButton *>(QStringLiteral("crackToggle")))
            toggle->setChecked(true);
        if (auto *panel = window.findChild<CrackPanel *>()) {
            // A long token is still being decoded: guess once the model has it.
            if (window.isDecoding())
                QObject::connect(
                        window.model(), &TokenModel::tokenChanged, panel,
                        [panel] { panel->start(); }, Qt::SingleShotConnection);
            else
                panel->start();
        }
        return;
    }
    if (view == QLatin1String("compare")) {
        if (auto *compare = window.findChild<QAction *>(QStringLiteral("compareAction")))
            compare->trigger();
        return;
    }
    if (auto *dock = window.findChild<QDockWidget *>(view + QLatin1String("Dock"));
        dock && !view.isEmpty()) {
        dock->show();
        dock->raise();
        window.resizeDocks({dock}, {window.height() * 3 / 5}, Qt::Vertical);
        // The window makes the view when the dock is first shown, i.e. after this.
        if (const auto step = Explain::kindFromName(options.show.section(QLatin1Char(':'), 1))) {
            QObject::connect(
                    dock, &QDockWidget::visibilityChanged, dock,
                    [dock, kind = *step](bool visible) {
                        if (auto *explain = qobject_cast<ExplainView *>(dock->widget());
                            explain && visible)
                            explain->scrollToStep(kind);
                    },
                    Qt::SingleShotConnection);
        }
    }
}

namespace {

/// Waits for the first paint of the window, then grabs it on the next turn of the loop.
class ScreenshotTaker : public QObject
{
public:
    ScreenshotTaker(MainWindow &window, const QString &path)
        : QObject(&window)
        , m_window(&window)
        , m_path(path)
    {
        window.installEventFilter(this);
        // Should no paint ever come (no platform), give up rather than hang.
        QTimer::singleShot(20000, this, [] { QCoreApplication::exit(1); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_scheduled) {
            m_scheduled = true;
            m_window->removeEventFilter(this);
            QTimer::singleShot(100, this, &ScreenshotTaker::grab);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void grab()
    {
        // A long token is decoded in the background: the picture shows it decoded.
        if (auto *main = qobject_cast<MainWindow *>(m_window.data()); main && main->isDecoding()) {
            QTimer::singleShot(100, this, &ScreenshotTaker::grab);
            return;
        }
        // A dialog the start opened (--show compare) is the picture; else the window. Keys
        // being fetched at start (--fetch-keys) are waited for: the dialog closes when done.
        QWidget *shown = m_window;
        if (m_window) {
            for (FetchKeysDialog *fetching : m_window->findChildren<FetchKeysDialog *>()) {
                if (fetching->isVisible()) {
                    QTimer::singleShot(100, this, &ScreenshotTaker::grab);
                    return;
                }
            }
            for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
                if (dialog->isVisible())
                    shown = dialog;
            }
        }
        const bool saved = shown && shown->grab().save(m_path, "PNG");
        QCoreApplication::exit(saved ? 0 : 1);
    }

    // QWidget, not MainWindow: the filter still sees events while the window is destroyed.
    QPointer<QWidget> m_window;
    QString m_path;
    bool m_scheduled = false;
};

} // namespace

void scheduleScreenshot(MainWindow &window, const QString &path)
{
    new ScreenshotTaker(window, path);
}

} // namespace Startup
