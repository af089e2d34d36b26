// SPDX-License-Identifier: MIT
#include "key.h"
