// SPDX-License-Identifier: MIT
#pragma once

#include "clirunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTest>

/// node and npm `jose` for the suites that run JavaScript (tst_attack, tst_codesnippets): the
/// version pinned in tests/data/forge/package-lock.json, installed with `npm ci` into a folder
/// of the build tree named after the suite (not the source tree; one per suite, so suites
/// running side by side do not install into the same place). Returns the folder holding
/// node_modules, or an empty string and @p why (node or npm missing, the install failed).
inline QString ensureJose(const QString &suite, QString *why)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (node.isEmpty() || npm.isEmpty()) {
        *why = QStringLiteral("node and npm are needed to run the jose side");
        return {};
    }
    const QString dir
            = QCoreApplication::applicationDirPath() + u'/' + suite + QStringLiteral("-node");
    if (QFile::exists(dir + QStringLiteral("/node_modules/jose/package.json")))
        return dir;
    QDir().mkpath(dir);
    for (const char *name : {"package.json", "package-lock.json"}) {
        const QString target = dir + u'/' + QLatin1String(name);
        QFile::remove(target);
        if (!QFile::copy(QFINDTESTDATA(QStringLiteral("data/forge/") + QLatin1String(name)),
                         target)) {
            *why = QStringLiteral("cannot copy %1 into %2").arg(QLatin1String(name), dir);
            return {};
        }
    }
    const CliRun run = runJwtlens({QStringLiteral("ci"), QStringLiteral("--prefix"), dir,
                                   QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                                   QStringLiteral("--loglevel=error")},
                                  QByteArray(), 300000, npm);
    if (!run.finished || run.exitCode != 0
        || !QFile::exists(dir + QStringLiteral("/node_modules/jose/package.json"))) {
        *why = QStringLiteral("npm ci of jose failed (no registry?): ")
                + QString::fromUtf8(run.err);
        return {};
    }
    return dir;
}
