// SPDX-License-Identifier: MIT
#include "layerbar.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

LayerBar::LayerBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_caption(new QLabel(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("layerBar"));
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(4);
    m_caption->setObjectName(QStringLiteral("layerCaption"));
    m_caption->setText(tr("Layers:"));
    m_layout->addWidget(m_caption);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &LayerBar::layerClicked);
}

void LayerBar::setItems(const QList<Item> &items, int current)
{
    m_caption->setText(tr("Layers:"));
    while (m_buttons.size() < items.size()) {
        const int index = int(m_buttons.size());
        if (index > 0) {
            //: between two layers of a nested token, outermost first
            auto *separator = new QLabel(tr("›"), this);
            separator->setAccessibleName(QString());
            m_layout->insertWidget(m_layout->count() - 1, separator);
            m_separators.append(separator);
        }
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("layerButton%1").arg(index));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_layout->insertWidget(m_layout->count() - 1, button);
        m_group->addButton(button, index);
        m_buttons.append(button);
    }
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        QToolButton *button = m_buttons.at(i);
        const bool shown = i < items.size();
        button->setVisible(shown);
        if (i > 0)
            m_separators.at(i - 1)->setVisible(shown);
        if (!shown)
            continue;
        const Item &item = items.at(i);
        button->setText(item.title);
        button->setIcon(stateDot(item.status, palette()));
        const QString words = item.reason.isEmpty()
                ? item.state
                : tr("%1: %2", "a layer's verdict: its state, then why")
                          .arg(item.state, item.reason);
        button->setToolTip(words);
        button->setAccessibleName(item.title);
        button->setAccessibleDescription(words);
        button->setChecked(i == current);
    }
}

QIcon LayerBar::stateDot(PartColors::Status status, const QPalette &palette)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = PartColors::status(status, palette);
    painter.setPen(QPen(fill.darker(130), 1));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}
