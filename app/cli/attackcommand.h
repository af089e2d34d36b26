// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens attack`: the negative test set of a token (app/forge/negativeset.h).
int runAttack(const QStringList &args, Io &io);
