// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens verify` (shared/cli-contract.md).
int runVerify(const QStringList &args, Io &io);
