// SPDX-License-Identifier: MIT
// Several tokens (issue 17): the window's hooks for the Compare dialog and the opt-in
// history. The dialogs live in their own files; what the window gives them is here, so that
// the tabs can hand over every open token (compareTokens()) and each tab's title
// (recordOpened()) in one place.
#include "mainwindow.h"

#include "comparedialog.h"
#include "historydialog.h"
#include "historykeeper.h"
#include "tokenmodel.h"
#include "tokentab.h"

#include <QAction>
#include <QSignalBlocker>

void MainWindow::createTokenTools()
{
    m_historyKeeper = new HistoryKeeper(HistoryKeeper::defaultPath(), this);
    QAction *keep = action(ActionId::KeepHistory);
    {
        const QSignalBlocker blocker(keep);
        keep->setChecked(m_historyKeeper->isEnabled());
    }
    connect(m_historyKeeper, &HistoryKeeper::enabledChanged, keep, [keep](bool on) {
        const QSignalBlocker blocker(keep);
        keep->setChecked(on);
    });
    connect(m_historyKeeper, &HistoryKeeper::messageRequested, this, &MainWindow::showMessage);
    // Reopening opens the token in a new tab (or fills an empty current one).
    connect(m_historyKeeper, &HistoryKeeper::reopenRequested, this,
            [this](const QString &token) { openTokenText(token, true); });
}

void MainWindow::compareTokens()
{
    flushEdits();
    auto *dialog = findChild<CompareDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog || !dialog->isVisible()) { // a closed one is being deleted
        dialog = new CompareDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Both sides are verified with the window's key, given before the tokens: the sample's
    // secret then verifies only the sample (each side's model drops it for any other token).
    dialog->setKey(model()->keyInput(), model()->keyText(), model()->keyOrigin());
    dialog->setClock(model()->fixedClock());
    // One entry per tab (its title and token), in tab order.
    QList<CompareDialog::OpenToken> entries;
    for (int i = 0; i < tabCount(); ++i) {
        const QString token = tabAt(i)->model()->token().trimmed();
        if (!token.isEmpty())
            entries.append({tabAt(i)->title(), token});
    }
    dialog->setTokens(entries);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::setHistoryEnabled(bool on)
{
    const bool now = m_historyKeeper->setEnabled(on);
    const QSignalBlocker blocker(action(ActionId::KeepHistory));
    action(ActionId::KeepHistory)->setChecked(now);
}

void MainWindow::showHistory()
{
    settleTabs(); // the list shows the token being edited as it stands
    m_historyKeeper->showDialog();
}

void MainWindow::recordOpened(const QString &token, const QString &title)
{
    m_historyKeeper->record(token, title);
}

void MainWindow::recordEdited(TokenTab *tab, const QString &token)
{
    // A token that the sample's public secret signs (the sample edited and re-signed) is a
    // walkthrough token: anyone can make it, no server accepts it, and keeping each one would
    // fill the history with the lesson. It is the user's once their own key signs it, or
    // once they type a token of their own (the model then drops the sample's secret).
    if (!m_historyKeeper || tab->model()->keyOrigin() == TokenModel::KeyOrigin::Sample)
        return;
    m_historyKeeper->recordEdited(tab, token, tab->title());
}

void MainWindow::settleTabs()
{
    for (int i = 0; i < tabCount(); ++i)
        tabAt(i)->settle();
}
