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

/// Whether the command line asks only for the help or the version, which need no display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // QApplication ends the program where there is no display (no X, no Wayland, no
    // QT_QPA_PLATFORM): the help and the version are printed without one.
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        LanguageManager::apply(QString());
        const StartupOptions options = StartupOptions::parse(QCoreApplication::arguments());
        if (!options.error.isEmpty()) {
            std::fprintf(stderr, "jwtlens-gui: %s\n", qPrintable(options.error));
            return 2;
        }
        return 0; // parse() has printed and exited
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("JWT Lens"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.jwtlens.JwtLens"));

    LanguageManager::apply(QString());
    const StartupOptions options = StartupOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "jwtlens-gui: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.language)
        LanguageManager::apply(*options.language);

    MainWindow window;
    Startup::apply(window, options);
    if (!options.screenshot.isEmpty())
        Startup::scheduleScreenshot(window, options.screenshot);
    window.show();
    return app.exec();
}
