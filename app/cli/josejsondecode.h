// SPDX-License-Identifier: MIT
#pragma once

#include "cli.h"

#include <QByteArray>

/// `jwtlens decode` of a JWS or JWE in the general or flattened JSON serialization (RFC 7515
/// §7.2, RFC 7516 §7.2): the payload and each signature's headers, or a JWE's headers. Text,
/// or one JSON object with @p json. Returns the exit status (2 when the text is not one).
int decodeJoseJson(const QByteArray &text, bool json, Io &io);
