// SPDX-License-Identifier: MIT
#include "json.h"
