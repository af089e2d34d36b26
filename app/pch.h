// SPDX-License-Identifier: MIT
// Qt's headers that most sources of the app libraries include, precompiled per library
// (jwtlens_precompile in CMakeLists.txt): parsing them was most of each file's compile time.
// Nothing of ours is here, so no source can come to lean on it.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
