// SPDX-License-Identifier: MIT
// The headers most suites include, precompiled once for all of them (tests/CMakeLists.txt):
// parsing Qt's headers was two thirds of each suite's compile time. Only headers that do not
// look at QT_*_LIB are here (QtTest's own qtest.h does, and each suite includes it), so one
// precompiled header serves suites that link different Qt modules.
#pragma once

#include <QtTest/qsignalspy.h>
#include <QtTest/qtestcase.h>
#include <QtTest/qtestdata.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <functional>
#include <memory>
