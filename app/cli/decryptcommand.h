// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens decrypt`: a JWE's plaintext (docs/cli.md).
int runDecrypt(const QStringList &args, Io &io);
