// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens code`: a snippet that reproduces a token (app/forge/codesnippets.h).
int runCode(const QStringList &args, Io &io);
