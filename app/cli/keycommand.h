// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens key fetch|info|convert` (docs/cli.md).
int runKey(const QStringList &args, Io &io);
