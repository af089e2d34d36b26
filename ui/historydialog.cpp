// SPDX-License-Identifier: MIT
#include "historydialog.h"

#include "history.h"
#include "partcolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column {
    TitleColumn,
    OpenedColumn,
    ExpiresColumn,
    ColumnCount
};

constexpr int IdRole = Qt::UserRole;

QString localTime(const QDateTime &date)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

HistoryDialog::HistoryDialog(History *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
{
    setObjectName(QStringLiteral("historyDialog"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    PartColors::markSecondary(m_note);
    m_onlyExpired = new QCheckBox(this);
    m_onlyExpired->setObjectName(QStringLiteral("historyOnlyExpired"));

    m_reopen = new QPushButton(this);
    m_reopen->setObjectName(QStringLiteral("historyReopen"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("historyClear"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_reopen, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_clear, QDialogButtonBox::DestructiveRole);
    m_reopen->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_onlyExpired);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryDialog::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryDialog::reopen);
    connect(m_reopen, &QPushButton::clicked, this, &HistoryDialog::reopen);
    connect(m_delete, &QPushButton::clicked, this, &HistoryDialog::removeCurrent);
    connect(m_clear, &QPushButton::clicked, this, &HistoryDialog::clearAll);
    connect(m_onlyExpired, &QCheckBox::toggled, this, &HistoryDialog::onKeepOnlyExpiredToggled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(640, 420);
    retranslateUi();
    reload();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("History"));
    m_search->setPlaceholderText(tr("Search titles and claims"));
    m_search->setAccessibleName(tr("Search the history"));
    m_list->setAccessibleName(tr("Tokens kept"));
    m_list->setHeaderLabels({tr("Title"), tr("Opened"), tr("Expires")});
    m_onlyExpired->setText(tr("Keep only expired tokens"));
    m_note->setText(tr("A token is a credential: delete the ones you no longer need. Clear "
                       "History deletes the file."));
    m_reopen->setText(tr("&Reopen"));
    m_delete->setText(tr("&Delete"));
    m_clear->setText(tr("C&lear History…"));
}

void HistoryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
}

void HistoryDialog::setKeepOnlyExpired(bool onlyExpired)
{
    const QSignalBlocker blocker(m_onlyExpired);
    m_onlyExpired->setChecked(onlyExpired);
}

QString HistoryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HistoryDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->setVisible(!text.isEmpty());
}

void HistoryDialog::reload()
{
    const qint64 current = currentId();
    m_list->clear();
    const std::optional<QList<History::Entry>> entries = m_history->entries(m_search->text());
    if (!entries) {
        showError(tr("The history cannot be read: %1").arg(m_history->errorString()));
        updateButtons();
        return;
    }
    showError(QString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const History::Entry &entry : *entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TitleColumn, entry.title);
        item->setToolTip(TitleColumn, entry.title);
        item->setText(OpenedColumn, localTime(entry.opened));
        if (entry.expires) {
            item->setText(ExpiresColumn,
                          *entry.expires < now ? tr("%1 (expired)").arg(localTime(*entry.expires))
                                               : localTime(*entry.expires));
        } else {
            item->setText(ExpiresColumn, tr("never"));
        }
        item->setData(TitleColumn, IdRole, entry.id);
        if (entry.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->resizeColumnToContents(OpenedColumn);
    m_list->resizeColumnToContents(ExpiresColumn);
    updateButtons();
}

qint64 HistoryDialog::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TitleColumn, IdRole).toLongLong() : 0;
}

void HistoryDialog::updateButtons()
{
    const bool chosen = m_list->currentItem();
    m_reopen->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

void HistoryDialog::reopen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const std::optional<QByteArray> token = m_history->token(currentId());
    if (!token) {
        showError(m_history->errorString().isEmpty()
                          ? tr("That token is no longer in the history.")
                          : tr("The token cannot be read: %1").arg(m_history->errorString()));
        return;
    }
    emit reopenRequested(QString::fromLatin1(*token), item->text(TitleColumn));
}

void HistoryDialog::removeCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (m_history->remove(id) == History::Result::Failed) {
        showError(tr("The token was not deleted: %1").arg(m_history->errorString()));
        return;
    }
    reload();
}

void HistoryDialog::onKeepOnlyExpiredToggled(bool onlyExpired)
{
    emit keepOnlyExpiredChanged(onlyExpired);
    if (!onlyExpired)
        return;
    // Tokens kept before stay unless the user says otherwise.
    const std::optional<QList<History::Entry>> entries = m_history->entries();
    if (!entries)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto notExpired = std::count_if(
            entries->cbegin(), entries->cend(),
            [&now](const History::Entry &entry) { return !entry.expires || *entry.expires > now; });
    if (!notExpired)
        return;
    QMessageBox box(
            QMessageBox::Question, tr("Keep Only Expired Tokens"),
            tr("Delete the %n kept token(s) that have not expired?", nullptr, int(notExpired)),
            QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("historyRemoveNotExpiredConfirmation"));
    QPushButton *remove = box.addButton(tr("&Delete Them"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("historyRemoveNotExpired"));
    box.addButton(tr("&Keep Them"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (m_history->removeNotExpired(now) == History::Result::Failed) {
        showError(tr("The tokens were not deleted: %1").arg(m_history->errorString()));
        return;
    }
    reload();
}

void HistoryDialog::clearAll()
{
    QMessageBox box(QMessageBox::Warning, tr("Clear History"),
                    tr("Delete every token in the history, and its file?"), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("historyClearConfirmation"));
    QPushButton *clear = box.addButton(tr("&Clear History"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("historyClearConfirm"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != clear)
        return;
    if (m_history->clear() == History::Result::Failed) {
        showError(tr("The history was not cleared: %1").arg(m_history->errorString()));
        return;
    }
    reload();
}
