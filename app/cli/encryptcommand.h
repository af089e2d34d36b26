// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens encrypt`: a payload into a compact JWE (docs/cli.md).
int runEncrypt(const QStringList &args, Io &io);
