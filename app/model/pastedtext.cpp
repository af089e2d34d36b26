// SPDX-License-Identifier: MIT
#include "pastedtext.h"

#include "keysniff.h"

namespace PastedText {

Kind classify(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Kind::Empty;
    return KeySniff::looksLikeKey(trimmed) ? Kind::Key : Kind::Token;
}

} // namespace PastedText
