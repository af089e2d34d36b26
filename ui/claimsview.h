// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QSpinBox;
class QTimer;

/// The claims under the payload: each claim with its meaning, times in local time and UTC,
/// relative and coloured by status; the clock (system or fixed) and the leeway. Relative
/// times refresh once a second through TokenModel::refreshClock().
class ClaimsView : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsView(TokenModel *model, QWidget *parent = nullptr);
    ~ClaimsView() override;

    /// "expired", "valid", … as shown for the claim @p name (for tests and the window).
    QLabel *statusLabel(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *meaning = nullptr;
        QLabel *value = nullptr;
        QLabel *status = nullptr;
        QAction *copy = nullptr; ///< "Copy value" in the value's context menu
        QString copyText; ///< what copy puts on the clipboard: the value, unescaped
    };
    /// The widgets of row @p index, created on first use.
    Row &row(int index);
    void rebuild();
    void syncClock();
    void onClockSourceChanged();
    void onFixedTimeChanged();
    static QString formatTimes(const QDateTime &utc);
    void copyValue(int index) const;

    TokenModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_clockLabel = nullptr;
    QComboBox *m_clockSource = nullptr;
    QDateTimeEdit *m_fixedTime = nullptr;
    QLabel *m_leewayLabel = nullptr;
    QSpinBox *m_leeway = nullptr;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QTimer *m_tick = nullptr;
    QList<Row> m_rowWidgets;
    QLabel *m_empty = nullptr;
    QLabel *m_others = nullptr;
};
