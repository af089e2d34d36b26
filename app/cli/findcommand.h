// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens find [--json] [FILE|-]`: the tokens in any text (docs/cli.md).
int runFind(const QStringList &args, Io &io);
