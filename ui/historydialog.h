// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class History;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/// File → "History…" (issue 17): the tokens the history kept — title, when opened, when
/// they expire — with a search over titles and claims, Reopen, Delete and Clear History
/// (asked first; it deletes the file). A file that cannot be read says so in a line above
/// the list; the rest of the window is not concerned.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(History *history, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    /// Reads the entries again (matching the search field).
    void reload();
    /// What the error line says; empty when the file was read.
    QString errorText() const;

signals:
    void reopenRequested(const QString &token, const QString &title);
    /// The "Keep only expired tokens" box changed.
    void keepOnlyExpiredChanged(bool onlyExpired);

public slots:
    void setKeepOnlyExpired(bool onlyExpired);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    qint64 currentId() const;
    void reopen();
    void removeCurrent();
    void clearAll();
    /// Passes the choice on; turned on, offers to delete the tokens kept that have not
    /// expired (History::removeNotExpired()).
    void onKeepOnlyExpiredToggled(bool onlyExpired);
    void showError(const QString &text);

    History *m_history = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_onlyExpired = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_clear = nullptr;
};
