// SPDX-License-Identifier: MIT
#pragma once
// Private to app/model: what the JWS steps (explain.cpp) and the JWE steps (explainjwe.cpp)
// share.

#include "explain.h"
#include "explaininput.h"
#include "verifier.h"

#include <QByteArrayView>
#include <QString>

namespace ExplainParts {

/// A token can be megabytes: a step holds the first MaxShownBytes of a long value, for Copy
/// (the view shows less), and says how much more there is: spelling out ten megabytes in
/// hex would freeze the window.
constexpr qsizetype MaxShownBytes = 64 * 1024;

/// "\n… and N more byte(s)" when @p total is more than @p shown, else empty.
QString moreBytes(qsizetype total, qsizetype shown);
/// How many leading bytes of @p bytes to show, not cutting a UTF-8 sequence.
qsizetype shownLength(QByteArrayView bytes);
/// The first MaxShownBytes of @p bytes in hex, as text (control characters made visible),
/// as ASCII; and of a typed text.
QString hexShown(QByteArrayView bytes);
QString textShown(QByteArrayView bytes);
QString asciiShown(QByteArrayView bytes);
QString typedShown(const QString &typed);

/// The lines that spell out base64url for one segment: bytes → first group → result.
void addEncodingLines(ExplainStep &step, const Segment &segment);
/// The lines of a JSON segment: as the pane shows it, its bytes as text and hex, notes on
/// re-indenting and CR LF, then addEncodingLines().
void addJsonLines(ExplainStep &step, const Segment &segment, const QString &typed);

/// The steps of an encrypted token (JWE, RFC 7516 §5.1): protected header → CEK →
/// encrypted key → IV → AAD → ciphertext and tag → decryption, with the real bytes of
/// @p verdict's decryption when the key opened it (the token's own bytes otherwise).
void addJweSteps(Explanation &result, const Explain::Input &input, const TokenVerdict &verdict);

} // namespace ExplainParts
