// SPDX-License-Identifier: MIT
#include "historykeeper.h"

#include "history.h"
#include "historydialog.h"
#include "settings.h"
#include "token.h"

#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

HistoryKeeper::HistoryKeeper(const QString &databasePath, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_settings(std::make_unique<Settings>())
    , m_history(std::make_unique<History>(databasePath))
{
    m_history->setEnabled(m_settings->historyEnabled());
    m_history->setKeepOnlyExpired(m_settings->historyKeepsOnlyExpired());
}

HistoryKeeper::~HistoryKeeper()
{
    // The dialog reads the History: it goes first.
    delete m_dialog;
}

QString HistoryKeeper::defaultPath()
{
    const QString path = qEnvironmentVariable("JWTLENS_HISTORY_FILE");
    return path.isEmpty() ? History::defaultPath() : path;
}

QString HistoryKeeper::path() const
{
    return m_history->path();
}

bool HistoryKeeper::isEnabled() const
{
    return m_history->isEnabled();
}

bool HistoryKeeper::keepsOnlyExpired() const
{
    return m_history->keepsOnlyExpired();
}

void HistoryKeeper::setKeepOnlyExpired(bool onlyExpired)
{
    if (onlyExpired == m_history->keepsOnlyExpired())
        return;
    m_history->setKeepOnlyExpired(onlyExpired);
    m_settings->setHistoryKeepsOnlyExpired(onlyExpired);
    m_settings->sync();
    if (m_dialog)
        m_dialog->setKeepOnlyExpired(onlyExpired);
}

bool HistoryKeeper::setEnabled(bool on, bool ask)
{
    if (on == isEnabled())
        return on;
    if (on && ask) {
        QMessageBox box(QMessageBox::Question, tr("Keep a History of Tokens"),
                        tr("Keep a history of the tokens you open?"), QMessageBox::NoButton,
                        m_window);
        box.setObjectName(QStringLiteral("historyConfirmation"));
        box.setInformativeText(
                tr("Each token you open, paste, drop, type or make from a template is kept "
                   "with its title and the time you opened it, in a file on this computer "
                   "(%1), until you delete it; a token you type or edit is kept once, as it "
                   "stands when you pause. Secrets, keys and passwords are never kept. A token "
                   "is a credential: anyone who can read the file can use a token that has not "
                   "expired.")
                        .arg(QDir::toNativeSeparators(path())));
        QPushButton *keep = box.addButton(tr("&Keep History"), QMessageBox::AcceptRole);
        keep->setObjectName(QStringLiteral("historyConfirm"));
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        auto *onlyExpired = new QCheckBox(tr("Keep only &expired tokens"), &box);
        onlyExpired->setObjectName(QStringLiteral("historyConfirmOnlyExpired"));
        onlyExpired->setChecked(keepsOnlyExpired());
        box.setCheckBox(onlyExpired);
        box.exec();
        if (box.clickedButton() != keep)
            return false;
        setKeepOnlyExpired(onlyExpired->isChecked());
    }
    m_history->setEnabled(on);
    m_settings->setHistoryEnabled(on);
    m_settings->sync();
    m_failureShown = false;
    emit enabledChanged(on);
    emit messageRequested(on ? tr("History on: the tokens you open are kept.")
                             : tr("History off: nothing more is kept; File → History… lists "
                                  "what was kept."));
    return on;
}

bool HistoryKeeper::record(const QString &token, const QString &title)
{
    if (!isEnabled())
        return true;
    const QByteArray text = token.toUtf8();
    return afterRecord(m_history->add(text, title.isEmpty() ? titleFor(token) : title)
                       == History::Result::Failed);
}

bool HistoryKeeper::recordEdited(const QObject *source, const QString &token, const QString &title)
{
    if (!isEnabled())
        return true;
    if (!m_edits.contains(source)) {
        connect(source, &QObject::destroyed, this, [this](QObject *gone) { m_edits.remove(gone); });
    }
    qint64 &entry = m_edits[source];
    const QByteArray text = token.toUtf8();
    return afterRecord(m_history->addEdited(&entry, text, title.isEmpty() ? titleFor(token) : title)
                       == History::Result::Failed);
}

void HistoryKeeper::forgetEdits(const QObject *source)
{
    if (const auto it = m_edits.find(source); it != m_edits.end())
        it.value() = 0; // the destroyed() connection stays: one per source
}

bool HistoryKeeper::afterRecord(bool failed)
{
    if (!failed) {
        m_failureShown = false;
        if (m_dialog && m_dialog->isVisible())
            m_dialog->reload();
        return true;
    }
    if (!m_failureShown) {
        emit messageRequested(
                tr("The token was not added to the history: %1").arg(m_history->errorString()));
    }
    m_failureShown = true;
    return false;
}

HistoryDialog *HistoryKeeper::showDialog()
{
    if (!m_dialog) {
        // Kept (hidden) after it closes: it holds titles only, and a token only while
        // emitting reopenRequested().
        m_dialog = new HistoryDialog(m_history.get(), m_window);
        m_dialog->setKeepOnlyExpired(keepsOnlyExpired());
        connect(m_dialog, &HistoryDialog::reopenRequested, this, &HistoryKeeper::reopenRequested);
        connect(m_dialog, &HistoryDialog::keepOnlyExpiredChanged, this,
                &HistoryKeeper::setKeepOnlyExpired);
    }
    m_dialog->reload();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

QString HistoryKeeper::titleFor(const QString &token)
{
    const Token parsed = Token::parse(QStringView(token));
    const auto claim = [&parsed](const char *name) {
        const Json::Member *member = parsed.payloadObject().find(QString::fromLatin1(name));
        return member ? member->string() : QString();
    };
    QString alg = parsed.alg().isEmpty() ? tr("no alg") : parsed.alg();
    if (parsed.isJwe()) {
        const Json::Member *enc = parsed.headerObject().find(u"enc");
        return tr("JWE %1 %2").arg(alg, enc ? enc->string() : QString()).trimmed();
    }
    for (const char *name : {"sub", "iss"}) {
        const QString value = claim(name);
        if (!value.isEmpty())
            return tr("%1 · %2").arg(alg, value);
    }
    return alg;
}
