// SPDX-License-Identifier: MIT
#include "languagemanager.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jwtlens-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("JWT Lens"));
    QApplication::setApplicationVersion(QStringLiteral(JWTLENS_VERSION));
    QApplication::setOrganizationName(QStringLiteral("JWT Lens"));
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
