// SPDX-License-Identifier: MIT
#pragma once

#include <QTableWidget>

class TokenModel;

/// The payload's claims as a table (claim, value, meaning), shown beside the payload JSON.
class ClaimsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ClaimsTable(TokenModel *model, QWidget *parent = nullptr);
    ~ClaimsTable() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    TokenModel *m_model = nullptr;
    bool m_stale = false; ///< the claims changed while the table was hidden
};
