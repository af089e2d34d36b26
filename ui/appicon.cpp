// SPDX-License-Identifier: MIT
#include "appicon.h"

#include <QPainter>
#include <QPixmap>

namespace AppIcon {

QIcon icon()
{
    QIcon icon(QStringLiteral(":/icons/jwtlens.svg"));
    if (!icon.pixmap(64, 64).isNull())
        return icon;
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x24, 0x30));
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
    const QColor parts[]
            = {QColor(0xfb, 0x01, 0x5b), QColor(0xd6, 0x3a, 0xff), QColor(0x00, 0xb9, 0xf1)};
    for (int i = 0; i < 3; ++i) {
        painter.setBrush(parts[i]);
        painter.drawRoundedRect(QRectF(9 + 16 * i, 26, 14, 12), 3, 3);
    }
    QColor white(Qt::white);
    white.setAlphaF(0.85);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(white, 3));
    painter.drawEllipse(QPointF(32, 32), 22, 22);
    painter.setPen(QPen(white, 5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(48, 48), QPointF(58, 58));
    painter.end();
    return QIcon(pixmap);
}

} // namespace AppIcon
