// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens lint [--json] [--now UNIX_SECONDS] [--leeway SECONDS] [TOKEN|-]`: the security
/// findings of a token (Findings::review plus the built-in weak-secret check). Exit 0 when
/// no finding is an error, 1 when one is, 2 when the token is malformed.
int runLint(const QStringList &args, Io &io);
