// SPDX-License-Identifier: MIT
#include "keygen.h"
