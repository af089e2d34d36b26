// SPDX-License-Identifier: MIT
// app/pch.h and the widgets most of ui/ includes, precompiled for jwtlens_ui
// (jwtlens_precompile in CMakeLists.txt).
#pragma once

#include "../app/pch.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
