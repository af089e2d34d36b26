// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QString>

/// What the panes show of a token the user pasted (TokenModel::decode()): the header and
/// payload pretty-printed when they are JSON, else their bytes as text, with the costly parts
/// of taking it in done at once (the payload contents scan, the claims list), so that a
/// window can do all of it on a worker thread.
namespace PaneTexts {

TokenModel::Decoded decode(const QString &token);

/// Whether @p text, as typed into a pane, is meant as JSON: its first non-space character
/// opens an object or an array.
bool looksLikeJson(const QString &text);

} // namespace PaneTexts
