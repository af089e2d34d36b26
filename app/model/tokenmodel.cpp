// SPDX-License-Identifier: MIT
#include "tokenmodel.h"
