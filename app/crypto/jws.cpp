// SPDX-License-Identifier: MIT
#include "jws.h"
