// SPDX-License-Identifier: MIT
#pragma once

// Shared by tst_install (cmake --install into a DESTDIR) and tst_package (the .deb): running
// programs, what an installed tree holds, and the desktop entry's Exec line.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace InstallCheck {

struct Run
{
    bool finished = false; ///< started and ended within the timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct RunOptions
{
    QStringList environment; ///< "NAME=value" added to (or replacing in) the environment
    QString workingDirectory;
    QByteArray input;
    int timeoutMs = 120000;
};

/// Runs @p program (a path, or a name found in PATH) to its end; a hang is killed and reported
/// as not finished.
inline Run run(const QString &program, const QStringList &args,
               const RunOptions &options = RunOptions())
{
    Run result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : options.environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(options.input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(options.timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.finished = result.finished && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// A tool scripts/setup.sh installs: skipped where it is missing, a failure in CI.
#define INSTALLCHECK_REQUIRE_TOOL(tool, package)                                                   \
    do {                                                                                           \
        if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty()) {                      \
            const QByteArray why = tool " is missing: install " package " (scripts/setup.sh)";     \
            if (qgetenv("CI") == "true")                                                           \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)

inline const QList<int> &iconSizes()
{
    static const QList<int> sizes {16, 22, 24, 32, 48, 64, 128, 256, 512};
    return sizes;
}

/// Every file an install puts under the prefix (`usr/` of a DESTDIR or of the .deb), relative
/// to the prefix.
inline QStringList expectedFiles(const QString &appId)
{
    QStringList files {
            QStringLiteral("bin/jwtlens"),
            QStringLiteral("bin/jwtlens-gui"),
            QStringLiteral("share/applications/%1.desktop").arg(appId),
            QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
            QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
            QStringLiteral("share/man/man1/jwtlens.1.gz"),
            QStringLiteral("share/man/man1/jwtlens-gui.1.gz"),
            QStringLiteral("share/bash-completion/completions/jwtlens"),
            QStringLiteral("share/doc/jwtlens/cli.md"),
    };
    for (int size : iconSizes())
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    files.sort();
    return files;
}

/// The value of @p key in the [Desktop Entry] group of a desktop file.
inline QString desktopValue(const QString &desktopFile, const QString &key)
{
    QFile file(desktopFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    bool inEntry = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return QString();
}

/// The command a menu starts for @p desktopFile opened on @p files: its Exec line split into
/// arguments and its field codes expanded as the Desktop Entry Specification says (%f: one
/// file, %F: the files; %u/%U would be URLs; the others vanish). No quoting is expected in
/// our Exec line: a quote makes this return nothing.
inline QStringList execCommand(const QString &desktopFile, const QStringList &files)
{
    const QString exec = desktopValue(desktopFile, QStringLiteral("Exec"));
    if (exec.isEmpty() || exec.contains(QLatin1Char('"')) || exec.contains(QLatin1Char('\'')))
        return {};
    QStringList command;
    const QStringList words = exec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word == QLatin1String("%f"))
            command << files.mid(0, 1);
        else if (word == QLatin1String("%F"))
            command << files;
        else if (word == QLatin1String("%u") || word == QLatin1String("%U"))
            command << QStringLiteral("file://") + files.value(0); // only a local file
        else if (word.size() == 2 && word.startsWith(QLatin1Char('%')))
            continue;
        else
            command << word;
    }
    return command;
}

/// The menu entry installed under @p prefix (…/usr) starts the installed window: its Exec line,
/// run with @p prefix/bin first in PATH, opens @p tokenFile offscreen and saves a screenshot.
inline void checkMenuEntryStarts(const QString &prefix, const QString &appId,
                                 const QString &tokenFile, const QString &screenshot)
{
    const QString desktopFile
            = prefix + QStringLiteral("/share/applications/%1.desktop").arg(appId);
    const QStringList command = execCommand(desktopFile, {tokenFile});
    QVERIFY2(!command.isEmpty(), qPrintable(desktopFile));
    const QString bin = prefix + QStringLiteral("/bin");
    const QString program = QStandardPaths::findExecutable(command.first(), {bin});
    QVERIFY2(QFileInfo(program).absolutePath() == QDir(bin).absolutePath(),
             qPrintable(command.first() + QStringLiteral(" is not in ") + bin));
    RunOptions options;
    options.environment << QStringLiteral("PATH=%1:%2").arg(bin, qEnvironmentVariable("PATH"))
                        << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    QFile::remove(screenshot);
    // QProcess looks a name up in this process's PATH, not the child's: give the path found.
    const Run started
            = run(program, command.mid(1) << QStringLiteral("--screenshot") << screenshot, options);
    QVERIFY2(started.finished, started.err.constData());
    QVERIFY2(started.exitCode == 0, started.err.constData());
    const QImage shot(screenshot);
    QVERIFY2(!shot.isNull(), qPrintable(screenshot));
    QVERIFY(shot.width() > 400 && shot.height() > 300);
}

} // namespace InstallCheck
