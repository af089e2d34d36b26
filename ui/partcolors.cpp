// SPDX-License-Identifier: MIT
#include "partcolors.h"

namespace PartColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor part(TokenPart part, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (part) {
    case TokenPart::Header:
        return dark ? QColor(0xff, 0x5c, 0x8d) : QColor(0xd8, 0x00, 0x4e);
    case TokenPart::Payload:
        return dark ? QColor(0xdf, 0x82, 0xff) : QColor(0x9b, 0x1f, 0xc9);
    case TokenPart::Signature:
        return dark ? QColor(0x3f, 0xcf, 0xff) : QColor(0x00, 0x83, 0xb5);
    case TokenPart::EncryptedKey:
        return dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xb3, 0x5c, 0x00);
    case TokenPart::InitializationVector:
        return dark ? QColor(0x7c, 0xe0, 0x8a) : QColor(0x1f, 0x7a, 0x2e);
    case TokenPart::Ciphertext:
        return dark ? QColor(0xdf, 0x82, 0xff) : QColor(0x9b, 0x1f, 0xc9);
    case TokenPart::AuthenticationTag:
        return dark ? QColor(0x3f, 0xcf, 0xff) : QColor(0x00, 0x83, 0xb5);
    case TokenPart::Token:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor status(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Status::Good:
        return dark ? QColor(0x6c, 0xd4, 0x7a) : QColor(0x1e, 0x7b, 0x34);
    case Status::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case Status::Bad:
        return dark ? QColor(0xff, 0x6e, 0x6e) : QColor(0xc0, 0x1c, 0x28);
    case Status::Info:
        return dark ? QColor(0x6f, 0xb3, 0xff) : QColor(0x1b, 0x5f, 0xa8);
    case Status::Neutral:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QColor badgeFill(Status s, const QPalette &palette)
{
    if (s == Status::Neutral)
        return palette.color(QPalette::AlternateBase);
    const bool dark = isDark(palette);
    // Light: the strong colour as fill with white text; dark: a deep tint with light text.
    return dark ? tint(status(s, palette), palette, 0.28) : status(s, palette);
}

QColor badgeText(Status s, const QPalette &palette)
{
    if (s == Status::Neutral)
        return palette.color(QPalette::Text);
    return isDark(palette) ? status(s, palette).lighter(130) : QColor(Qt::white);
}

QColor tint(const QColor &color, const QPalette &palette, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [amount](int a, int b) {
        return qRound(a + (b - a) * amount);
    };
    return QColor(mix(base.red(), color.red()), mix(base.green(), color.green()),
                  mix(base.blue(), color.blue()));
}

} // namespace PartColors
