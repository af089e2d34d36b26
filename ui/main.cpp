// SPDX-License-Identifier: MIT
#include "languagemanager.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

namespace {

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("jwtlens-gui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JWTLENS_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("JWT Lens"));
}

/// Whether the command line may ask for the help or the version, which need no display (a
/// "-v" may also be the value of an option, as in --secret -v: the parser decides).
bool mayAskForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

/// What @p options ask for instead of the window, printed: the help, the version, a bad
/// option. The exit status, or -1 when they ask for the window.
int answerWithoutWindow(const StartupOptions &options)
{
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "jwtlens-gui: %s\n", options.error.toUtf8().constData());
        return 2;
    }
    if (!options.help.isEmpty()) {
        std::fputs(options.help.toUtf8().constData(), stdout);
        return 0;
    }
    if (options.version) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    // QApplication ends the program where there is no display (no X, no Wayland, no
    // QT_QPA_PLATFORM): the help and the version are answered before it, without one.
    if (mayAskForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        LanguageManager::apply(QString());
        const int status
                = answerWithoutWindow(StartupOptions::parse(QCoreApplication::arguments()));
        if (status >= 0)
            return status;
        LanguageManager::clear(); // its translators go with this application
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("JWT Lens"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.jwtlens.JwtLens"));

    LanguageManager::apply(QString());
    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    if (const int status = answerWithoutWindow(options); status >= 0)
        return status;
    if (options.language)
        LanguageManager::apply(*options.language);

    MainWindow window;
    Startup::apply(window, options);
    if (!options.screenshot.isEmpty())
        Startup::scheduleScreenshot(window, options.screenshot);
    window.show();
    return app.exec();
}
