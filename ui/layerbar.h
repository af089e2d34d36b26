// SPDX-License-Identifier: MIT
#pragma once

#include "partcolors.h"

#include <QIcon>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QToolButton;

/// The breadcrumb of a nested token's layers, outermost first ("Encrypted (RSA-OAEP-256,
/// A256GCM) › Signed (RS256)"): one button per layer, each with its own verdict as a
/// coloured dot, its words in the tooltip and the accessible description. Clicking a layer
/// asks for it to be shown (layerClicked()); the bar itself only draws.
class LayerBar : public QWidget
{
    Q_OBJECT
public:
    struct Item
    {
        QString title; ///< "Encrypted (RSA-OAEP-256, A256GCM)", "Signed (RS256)"
        QString state; ///< the badge's words for that layer, e.g. "Signature verified"
        QString reason; ///< why, in the verdict's words
        PartColors::Status status = PartColors::Status::Neutral;
    };

    explicit LayerBar(QWidget *parent = nullptr);

    /// Shows @p items, the one at @p current checked.
    void setItems(const QList<Item> &items, int current);
    int count() const { return int(m_buttons.size()); }
    QToolButton *button(int index) const { return m_buttons.value(index); }

    /// A dot in the colour of @p status (the tabs' state dots are the same).
    static QIcon stateDot(PartColors::Status status, const QPalette &palette);

signals:
    void layerClicked(int index);

private:
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_caption = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QToolButton *> m_buttons;
    QList<QLabel *> m_separators;
};
