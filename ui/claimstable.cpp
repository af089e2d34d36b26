// SPDX-License-Identifier: MIT
#include "claimstable.h"

#include "json.h"
#include "tokenmodel.h"

#include <QEvent>
#include <QHeaderView>

namespace {
constexpr qsizetype MaxRows = 1000;
}

ClaimsTable::ClaimsTable(TokenModel *model, QWidget *parent)
    : QTableWidget(0, 3, parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("claimsTable"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Hidden (the default), it is filled when shown: not on every keystroke.
    connect(m_model, &TokenModel::claimsChanged, this, [this] {
        if (isVisible())
            rebuild();
        else
            m_stale = true;
    });
    retranslateUi();
    rebuild();
}

ClaimsTable::~ClaimsTable() = default;

void ClaimsTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("Meaning")});
    setAccessibleName(tr("Claims table"));
}

void ClaimsTable::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QTableWidget::showEvent(event);
}

void ClaimsTable::rebuild()
{
    m_stale = false;
    const QList<TokenModel::Claim> claims = m_model->claims();
    // A table of a million members is no use and freezes the window: show the first ones.
    const int rows = int(qMin<qsizetype>(claims.size(), MaxRows));
    setRowCount(rows + (claims.size() > MaxRows ? 1 : 0));
    if (claims.size() > MaxRows) {
        auto *more
                = new QTableWidgetItem(tr("… %n more member(s)", nullptr,
                                          int(qMin<qsizetype>(claims.size() - MaxRows, INT_MAX))));
        more->setFlags(Qt::ItemIsEnabled);
        setItem(rows, 0, more);
        setSpan(rows, 0, 1, 3);
    } else {
        clearSpans();
    }
    for (int row = 0; row < rows; ++row) {
        const TokenModel::Claim &claim = claims.at(row);
        QString value = claim.raw.startsWith('"') ? Json::unescape(claim.raw)
                                                  : QString::fromUtf8(claim.raw);
        if (claim.isTime && claim.utc.isValid())
            value = tr("%1 (%2 UTC)").arg(value, claim.utc.toString(Qt::ISODate));
        const QStringList cells = {claim.name, value.left(500), claim.meaning};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *cell = item(row, column);
            if (!cell) {
                cell = new QTableWidgetItem;
                setItem(row, column, cell);
            }
            cell->setText(cells.at(column));
            cell->setToolTip(column == 1 ? QString::fromUtf8(claim.raw.left(1000))
                                         : cells.at(column));
        }
    }
}

void ClaimsTable::changeEvent(QEvent *event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
