// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens diff [--json] [--all] A B`: two tokens compared (docs/cli.md).
int runDiff(const QStringList &args, Io &io);
