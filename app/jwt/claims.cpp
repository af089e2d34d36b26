// SPDX-License-Identifier: MIT
#include "claims.h"
