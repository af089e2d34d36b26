// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens decode` (shared/cli-contract.md).
int runDecode(const QStringList &args, Io &io);
