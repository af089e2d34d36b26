// SPDX-License-Identifier: MIT
#include "keyringpanel.h"

#include "boundedfile.h"
#include "tokenmodel.h"

#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr qint64 MaxKeyFileSize = 4 * 1024 * 1024;

enum Column {
    TypeColumn,
    KidColumn,
    AlgColumn,
    ThumbprintColumn,
    SourceColumn,
    UseColumn,
    ColumnCount
};

std::optional<QString> askPassphrase(QWidget *parent, const QString &label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, KeyRingPanel::tr("Passphrase"), label,
                                               QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace

KeyRingPanel::KeyRingPanel(SessionKeys *keys, QWidget *parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_prompt(askPassphrase)
{
    // A dock beside the panes: it never widens the window (its content scrolls or wraps).
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("keyRingList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyRingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("keyRingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_fetchButton = new QPushButton(this);
    m_fetchButton->setObjectName(QStringLiteral("keyRingFetch"));
    m_loadButton = new QPushButton(this);
    m_loadButton->setObjectName(QStringLiteral("keyRingLoad"));
    m_pasteButton = new QPushButton(this);
    m_pasteButton->setObjectName(QStringLiteral("keyRingPaste"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("keyRingRemove"));
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("keyRingCopy"));
    m_copyButton->setPopupMode(QToolButton::InstantPopup);
    m_copyButton->setMenu(new QMenu(m_copyButton));
    m_signButton = new QPushButton(this);
    m_signButton->setObjectName(QStringLiteral("keyRingUseForSigning"));
    m_signButton->setCheckable(true);

    auto *buttons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {m_fetchButton, m_loadButton, m_pasteButton})
        buttons->addWidget(w);
    buttons->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *> {m_copyButton, m_signButton, m_removeButton})
        buttons->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_fetchButton, &QPushButton::clicked, this, &KeyRingPanel::fetchRequested);
    connect(m_loadButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Add Key File"), QString(),
                tr("Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;All files (*)"));
        if (!path.isEmpty())
            addKeyFile(path);
    });
    connect(m_pasteButton, &QPushButton::clicked, this, [this] {
        QByteArray text = QGuiApplication::clipboard()->text().toUtf8();
        addKeyText(text, SessionKeys::Source::Pasted, QString());
        text.fill('\0');
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_keys && selectedId())
            m_keys->remove(selectedId());
    });
    connect(m_signButton, &QPushButton::clicked, this, [this](bool on) {
        if (m_keys)
            m_keys->setSigningKey(on ? selectedId() : 0);
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &KeyRingPanel::updateButtons);
    if (m_keys) {
        connect(m_keys, &SessionKeys::changed, this, &KeyRingPanel::rebuild);
        connect(m_keys, &SessionKeys::signingKeyChanged, this, &KeyRingPanel::rebuild);
    }
    retranslateUi();
}

KeyRingPanel::~KeyRingPanel() = default;

void KeyRingPanel::setModel(TokenModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &TokenModel::verificationChanged, this, &KeyRingPanel::updateStatus);
    updateStatus();
}

void KeyRingPanel::setPassphrasePrompt(PassphrasePrompt prompt)
{
    m_prompt = std::move(prompt);
}

int KeyRingPanel::addKeyText(const QByteArray &text, SessionKeys::Source source,
                             const QString &location)
{
    if (!m_keys)
        return 0;
    SessionKeys::Added added = m_keys->addText(text, source, location);
    // Passphrase-protected PEM: ask, and ask again when it is wrong. The passphrase lives
    // only in this loop's memory, and is overwritten when it ends.
    QString label = tr("The key %1 is protected by a passphrase:")
                            .arg(location.isEmpty() ? tr("you pasted") : location);
    bool asked = false;
    while (added.count == 0 && added.needsPassphrase) {
        std::optional<QString> passphrase = m_prompt(this, label);
        if (!passphrase)
            break;
        asked = true;
        QByteArray bytes = passphrase->toUtf8();
        passphrase->fill(QChar(0));
        added = m_keys->addText(text, source, location, bytes);
        bytes.fill('\0');
        label = tr("Wrong passphrase for %1. Try again:")
                        .arg(location.isEmpty() ? tr("the pasted key") : location);
    }
    if (added.count == 0) {
        showMessage(added.needsPassphrase && asked
                            ? tr("No key added: the passphrase was not given")
                            : tr("No key added: %1").arg(added.error));
        return 0;
    }
    showMessage(tr("%n key(s) added", nullptr, added.count));
    return added.count;
}

int KeyRingPanel::addKeyFile(const QString &path)
{
    BoundedFile::Result read = BoundedFile::read(path, MaxKeyFileSize);
    if (read.status == BoundedFile::Result::Status::TooLarge) {
        showMessage(
                tr("%1 is too large to be a key (over %2 bytes)").arg(path).arg(MaxKeyFileSize));
        return 0;
    }
    if (!read.ok()) {
        showMessage(read.error);
        return 0;
    }
    const int n = addKeyText(read.data, SessionKeys::Source::File, QFileInfo(path).fileName());
    read.data.fill('\0');
    return n;
}

int KeyRingPanel::selectedId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(0, Qt::UserRole).toInt();
}

void KeyRingPanel::select(int id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

bool KeyRingPanel::copySelected(SessionKeys::Form form)
{
    if (!m_keys || !selectedId())
        return false;
    QByteArray text = m_keys->exportAs(selectedId(), form);
    if (text.isEmpty()) {
        showMessage(tr("This key has no such form"));
        return false;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(text));
    text.fill('\0');
    showMessage(tr("Copied"));
    return true;
}

void KeyRingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void KeyRingPanel::retranslateUi()
{
    m_list->setHeaderLabels(
            {tr("Key"), tr("kid"), tr("alg"), tr("Thumbprint"), tr("Source"), tr("Use")});
    m_list->setAccessibleName(tr("Key ring"));
    m_fetchButton->setText(tr("&Fetch Keys…"));
    m_loadButton->setText(tr("Add &File…"));
    m_pasteButton->setText(tr("Add from &Clipboard"));
    m_removeButton->setText(tr("&Remove"));
    m_copyButton->setText(tr("&Copy As"));
    m_signButton->setText(tr("Use for &Signing"));
    QMenu *menu = m_copyButton->menu();
    menu->clear();
    const QList<std::pair<SessionKeys::Form, QString>> forms {
            {SessionKeys::Form::Pem, tr("PEM")},
            {SessionKeys::Form::Jwk, tr("JWK")},
            {SessionKeys::Form::PublicPem, tr("PEM, Public Key Only")},
            {SessionKeys::Form::PublicJwk, tr("JWK, Public Key Only")},
            {SessionKeys::Form::Thumbprint, tr("Thumbprint (RFC 7638)")},
    };
    for (const auto &[form, text] : forms) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("copyAs%1").arg(int(form)));
        const SessionKeys::Form f = form;
        connect(action, &QAction::triggered, this, [this, f] { copySelected(f); });
    }
    rebuild();
}

void KeyRingPanel::rebuild()
{
    const int selected = selectedId();
    m_list->clear();
    if (m_keys) {
        const int signer = m_keys->signingKey();
        for (const SessionKeys::Entry &e : m_keys->entries()) {
            QStringList use;
            use << (e.isPrivate ? tr("private") : tr("public"));
            if (!e.trusted)
                use << tr("untrusted");
            if (e.id == signer)
                use << tr("signs");
            auto *item = new QTreeWidgetItem(m_list,
                                             {e.type, e.kid, e.alg, e.thumbprint, e.sourceText,
                                              use.join(QLatin1String(", "))});
            item->setData(0, Qt::UserRole, e.id);
            QString tip = e.sourceText;
            if (e.fetched.isValid())
                tip = tr("%1, fetched %2").arg(tip, e.fetched.toLocalTime().toString(Qt::ISODate));
            item->setToolTip(SourceColumn, tip);
            item->setToolTip(ThumbprintColumn, tr("RFC 7638 thumbprint: a kid hint"));
        }
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_list->resizeColumnToContents(c);
    select(selected);
    updateButtons();
    updateStatus();
}

void KeyRingPanel::updateButtons()
{
    const int id = selectedId();
    const SessionKeys::Entry entry = m_keys ? m_keys->entry(id) : SessionKeys::Entry();
    m_removeButton->setEnabled(id != 0);
    m_copyButton->setEnabled(id != 0);
    m_signButton->setEnabled(id != 0 && entry.isPrivate);
    m_signButton->setChecked(id != 0 && m_keys && m_keys->signingKey() == id);
}

void KeyRingPanel::updateStatus()
{
    const int n = m_keys ? int(m_keys->size()) : 0;
    QString text = n == 0 ? tr("No keys yet: fetch your identity provider's keys, or add a key "
                               "file. Nothing is sent anywhere unless you fetch.")
                          : tr("%n key(s) in this session, in memory only.", nullptr, n);
    if (m_model && n > 0)
        text += QLatin1Char(' ') + tr("This token: %1").arg(m_model->verifyReason());
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

void KeyRingPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
    m_message->setVisible(!text.isEmpty());
}
