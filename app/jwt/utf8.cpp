// SPDX-License-Identifier: MIT
#include "utf8.h"
