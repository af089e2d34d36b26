// SPDX-License-Identifier: MIT
#include "token.h"
