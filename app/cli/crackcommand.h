// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

/// `jwtlens crack [--wordlist FILE] [--threads N] [--json] [TOKEN|-]`: guesses the secret of
/// an HS* token from the built-in list, then the wordlist. Exit 0 when found (the secret is
/// printed), 1 when not, 2 for a token that has no secret to guess or an unreadable wordlist.
/// Progress goes to standard error while it runs, when that is a terminal.
int runCrack(const QStringList &args, Io &io);
