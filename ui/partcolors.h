// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"

#include <QColor>
#include <QPalette>

class QLabel;

/// Colours of the window, derived from the palette so that they read on light and dark
/// backgrounds alike (jwt.io's hues, lighter on a dark base).
namespace PartColors {

/// True when the palette's base (editor background) is dark.
bool isDark(const QPalette &palette);

/// The colour of a token part's characters (Header, Payload, Signature; Token for the dots).
QColor part(TokenPart part, const QPalette &palette);

enum class Status {
    Good,
    Warning,
    Bad,
    Info,
    Neutral
};
/// Text colour for a state: valid green, not-yet-valid amber, expired/invalid red.
QColor status(Status status, const QPalette &palette);
/// A badge's fill for a state, and the text colour that reads on it.
QColor badgeFill(Status status, const QPalette &palette);
QColor badgeText(Status status, const QPalette &palette);

/// @p color mixed with the palette's base at @p amount (0 = base, 1 = color).
QColor tint(const QColor &color, const QPalette &palette, qreal amount);

/// The contrast ratio of two colours (WCAG 2.x), from 1 to 21.
qreal contrast(const QColor &a, const QColor &b);
/// Secondary text (claim meanings, notes, the privacy line): the window text faded toward
/// the window's colour, but never under 4.5:1 against it (WCAG AA), light or dark.
QColor secondaryText(const QPalette &palette);
/// Shows @p label's text in secondaryText(), following palette changes. The label stays
/// enabled: a disabled label's grey is about 1.5:1, and it reads as "not available".
void markSecondary(QLabel *label);

} // namespace PartColors
