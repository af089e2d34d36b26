// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens encode` (shared/cli-contract.md).
int runEncode(const QStringList &args, Io &io);
