// SPDX-License-Identifier: MIT
#include "partcolors.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>

#include <cmath>

namespace PartColors {

namespace {

qreal luminance(const QColor &color)
{
    const auto channel = [](qreal c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
            + 0.0722 * channel(rgb.blueF());
}

/// Keeps a label in secondaryText() of its parent's palette.
class SecondaryText : public QObject
{
public:
    explicit SecondaryText(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        label->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label
            && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange))
            apply();
        return false;
    }

private:
    void apply()
    {
        const QWidget *parent = m_label->parentWidget();
        const QColor color
                = secondaryText(parent ? parent->palette() : QApplication::palette(m_label));
        if (m_label->palette().color(QPalette::WindowText) == color)
            return;
        QPalette p = m_label->palette();
        p.setColor(QPalette::WindowText, color);
        m_label->setPalette(p);
    }

    QLabel *m_label;
};

} // namespace

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

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // As faded as reads well: from 60 % of the text colour toward all of it.
    for (qreal amount = 0.6; amount < 1.0; amount += 0.05) {
        const auto mix = [amount](int w, int t) {
            return qRound(w + (t - w) * amount);
        };
        const QColor faded(mix(window.red(), text.red()), mix(window.green(), text.green()),
                           mix(window.blue(), text.blue()));
        if (contrast(faded, window) >= 4.5)
            return faded;
    }
    return text;
}

void markSecondary(QLabel *label)
{
    new SecondaryText(label);
}

} // namespace PartColors
