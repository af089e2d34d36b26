// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/// Runs the real `jwtlens` binary for the cli suites: with a timeout (a hang is a failure,
/// never a stuck test), standard input written and closed.
struct CliRun
{
    bool started = false;
    bool finished = false; ///< false: killed after the timeout
    bool crashed = false; ///< ended by a signal
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArrayList errLines() const
    {
        QByteArrayList lines = err.split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    /// Exactly one stderr line of the contract's form.
    bool hasOneErrorLine() const
    {
        static const QRegularExpression form(
                QStringLiteral("^jwtlens: (header|payload|signature|key|token|usage): .+$"));
        const QByteArrayList lines = errLines();
        return lines.size() == 1 && form.match(QString::fromUtf8(lines.first())).hasMatch();
    }
    /// The part named by the (first) error line, e.g. "header".
    QString errorPart() const
    {
        const QString line = QString::fromUtf8(errLines().value(0));
        static const QRegularExpression form(QStringLiteral("^jwtlens: ([a-z]+): "));
        return form.match(line).captured(1);
    }
};

inline QString jwtlensBinary()
{
    return QStringLiteral(JWTLENS_BINDIR "/jwtlens");
}

inline CliRun runJwtlens(const QStringList &args, const QByteArray &input = QByteArray(),
                         int timeoutMs = 30000, const QString &program = jwtlensBinary())
{
    CliRun run;
    QProcess process;
    process.start(program, args);
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
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

/// QVERIFY-style checks of a run that must have ended normally.
#define CLI_VERIFY_RAN(run)                                                                        \
    do {                                                                                           \
        QVERIFY2((run).started, "jwtlens did not start");                                          \
        QVERIFY2((run).finished, "jwtlens did not finish within the timeout (hang)");              \
        QVERIFY2(!(run).crashed, qPrintable("jwtlens crashed: " + QString::fromUtf8((run).err)));  \
    } while (false)
