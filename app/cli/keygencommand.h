// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens keygen` (shared/cli-contract.md).
int runKeygen(const QStringList &args, Io &io);
