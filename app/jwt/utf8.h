// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QStringView>

/// Offsets in this project are byte offsets into UTF-8 text (what gets encoded); widgets
/// count UTF-16 code units. These convert between the two.
namespace Utf8 {

/// Offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and
/// code points above U+10FFFF included), or -1 when all of @p bytes is well-formed.
qsizetype firstInvalid(QByteArrayView bytes);

/// Length (1 to 4) of the well-formed UTF-8 sequence that starts at @p offset, or 0 when the
/// bytes there are not well-formed (or @p offset is out of range).
int sequenceLength(QByteArrayView bytes, qsizetype offset);

/// The UTF-16 offset in QString::fromUtf8(@p utf8) of byte offset @p byteOffset.
qsizetype toUtf16Offset(QByteArrayView utf8, qsizetype byteOffset);

/// The UTF-8 byte offset of UTF-16 offset @p utf16Offset in @p text.
qsizetype toUtf8Offset(QStringView text, qsizetype utf16Offset);

} // namespace Utf8
