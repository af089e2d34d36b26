// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class MainWindow;

/// The command line of jwtlens-gui:
///   jwtlens-gui [TOKEN|FILE…] [--secret TEXT] [--key FILE] [--now UNIX] [--language CODE]
///               [--screenshot PNG] [--show explain|learn|explain:STEP|crack|compare]
///               [--fetch-keys URL]
struct StartupOptions
{
    /// Tokens, or files holding tokens or keys, one tab each (the desktop entry's %F gives
    /// every file chosen); none: the sample token.
    QStringList tokens;
    std::optional<QString> secret;
    QString keyFile;
    std::optional<qint64> now;
    std::optional<QString> language; ///< "", "en", "ko"
    QString screenshot; ///< save the window to this PNG once painted, then quit
    QString show; ///< a view to open at start: "explain", "learn", "explain:STEP", "crack"
    /// An issuer or JWKS URL to fetch at start through Fetch Keys… (the user asked for it on
    /// the command line); the key ring shows what it gave.
    QString fetchKeys;
    QString error; ///< a bad option (printed, exit 2)
    /// --help (or --help-all) was given: the text to print instead of opening the window.
    QString help;
    bool version = false; ///< --version was given

    /// Parses @p arguments (argv, program name first). Never exits: --help and --version are
    /// said in `help` and `version`, for the caller to print.
    static StartupOptions parse(const QStringList &arguments);
};

namespace Startup {

/// Loads what the options ask for into @p window: the first token into the current tab, each
/// other into a tab of its own (the sample token when no token is given).
void apply(MainWindow &window, const StartupOptions &options);

/// Grabs @p window once it has painted, saves it to @p path and quits the application
/// with 0 (saved) or 1 (not saved).
void scheduleScreenshot(MainWindow &window, const QString &path);

} // namespace Startup
