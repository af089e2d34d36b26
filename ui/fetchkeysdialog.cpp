// SPDX-License-Identifier: MIT
#include "fetchkeysdialog.h"

#include "json.h"
#include "settings.h"
#include "tokenmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QString member(const Json::Object &object, QStringView name)
{
    const Json::Member *m = object.find(name);
    return m && m->kind == Json::ValueKind::String ? m->string() : QString();
}

} // namespace

FetchKeysDialog::FetchKeysDialog(SessionKeys *keys, TokenModel *model, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_fetch(new KeyFetch(keys, this))
    , m_mode(mode)
{
    const bool tokenUrl = mode != Mode::Keys;
    setObjectName(mode == Mode::TokenJku           ? QStringLiteral("fetchJkuDialog")
                          : mode == Mode::TokenX5u ? QStringLiteral("fetchX5uDialog")
                                                   : QStringLiteral("fetchKeysDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("fetchIntro"));
    m_intro->setWordWrap(true);
    m_url = new QComboBox(this);
    m_url->setObjectName(QStringLiteral("fetchUrl"));
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    m_url->setMinimumContentsLength(48);
    m_issuer = new QRadioButton(this);
    m_issuer->setObjectName(QStringLiteral("fetchIssuer"));
    m_jwks = new QRadioButton(this);
    m_jwks->setObjectName(QStringLiteral("fetchJwks"));
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("fetchPlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caLabel = new QLabel(this);
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("fetchCaFile"));
    m_caFile->setClearButtonEnabled(true);
    m_caLabel->setBuddy(m_caFile);
    m_caBrowse = new QPushButton(this);
    m_caBrowse->setObjectName(QStringLiteral("fetchCaBrowse"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->hide();
    m_log = new QLabel(this);
    m_log->setObjectName(QStringLiteral("fetchLog"));
    m_log->setWordWrap(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_fetchButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_fetchButton->setObjectName(QStringLiteral("fetchButton"));
    m_fetchButton->setDefault(true);
    m_refreshButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(QStringLiteral("fetchRefresh"));
    m_refreshButton->setEnabled(false);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("fetchCancel"));
    m_cancelButton->setEnabled(false);

    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_issuer);
    kinds->addWidget(m_jwks);
    kinds->addStretch();
    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caLabel);
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_caBrowse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_url);
    layout->addLayout(kinds);
    layout->addWidget(m_plan);
    layout->addLayout(ca);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_buttons);
    m_issuer->setVisible(!tokenUrl);
    m_jwks->setVisible(!tokenUrl);
    m_issuer->setChecked(true);

    // The plan follows every change of the field, and sends nothing.
    connect(m_url, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (m_mode == Mode::Keys) {
            const QSignalBlocker b1(m_issuer);
            const QSignalBlocker b2(m_jwks);
            (KeyFetch::guessKind(text) == KeyFetch::Kind::Issuer ? m_issuer : m_jwks)
                    ->setChecked(true);
        }
        updatePlan();
    });
    connect(m_issuer, &QRadioButton::toggled, this, &FetchKeysDialog::updatePlan);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("CA Certificates"), QString(),
                tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    connect(m_fetchButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_refreshButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_cancelButton, &QPushButton::clicked, m_fetch, &KeyFetch::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FetchKeysDialog::reject);

    connect(m_fetch, &KeyFetch::requesting, this,
            [this](const QString &url) { log(tr("Contacting %1…").arg(url)); });
    connect(m_fetch, &KeyFetch::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? int(qMin<qint64>(total, 1 << 30)) : 0);
        if (total > 0)
            m_progress->setValue(int(qMin(received, total)));
    });
    connect(m_fetch, &KeyFetch::finished, this,
            [this](int count, const QString &jwksUrl, const QStringList &warnings) {
                setRunning(false);
                m_refreshButton->setEnabled(true);
                QString text
                        = tr("%n key(s) from %1 joined the key ring", nullptr, count).arg(jwksUrl);
                if (m_mode != Mode::Keys)
                    text += QLatin1Char(' ')
                            + tr("(untrusted: they never make the signature valid)");
                for (const QString &w : warnings)
                    text += QLatin1Char('\n') + w;
                log(text);
                Settings settings;
                settings.addRecentKeyUrl(m_lastUrl);
            });
    connect(m_fetch, &KeyFetch::failed, this, [this](const QString &message, bool canceled) {
        setRunning(false);
        log(canceled ? tr("Canceled: %1").arg(message) : message);
    });

    if (!tokenUrl) {
        const QStringList recent = Settings().recentKeyUrls();
        m_url->addItems(recent);
    }
    setModel(model);
    retranslateUi();
    updatePlan();
}

FetchKeysDialog::~FetchKeysDialog() = default;

QString FetchKeysDialog::tokenUrl(const TokenModel &model, const QString &name)
{
    return member(model.parsed().headerObject(), name);
}

QString FetchKeysDialog::memberOf(Mode mode)
{
    switch (mode) {
    case Mode::TokenJku:
        return QStringLiteral("jku");
    case Mode::TokenX5u:
        return QStringLiteral("x5u");
    case Mode::Keys:
        break;
    }
    return {};
}

void FetchKeysDialog::setModel(TokenModel *model)
{
    m_model = model;
    if (!model)
        return;
    const QString url = m_mode != Mode::Keys ? tokenUrl(*model, memberOf(m_mode))
                                             : member(model->parsed().payloadObject(), u"iss");
    if (!url.isEmpty() || m_mode != Mode::Keys)
        m_url->setEditText(url);
}

KeyFetch::Plan FetchKeysDialog::plan() const
{
    const KeyFetch::Kind kind = m_mode == Mode::TokenJku ? KeyFetch::Kind::TokenJku
            : m_mode == Mode::TokenX5u                   ? KeyFetch::Kind::TokenX5u
            : m_issuer->isChecked()                      ? KeyFetch::Kind::Issuer
                                                         : KeyFetch::Kind::JwksUrl;
    return KeyFetch::plan(m_url->currentText(), kind);
}

bool FetchKeysDialog::fetchFrom(const QString &url, QString *error)
{
    m_url->setCurrentText(url);
    const KeyFetch::Plan p = plan();
    if (!p.ok()) {
        log(p.error);
        if (error)
            *error = p.error;
        return false;
    }
    start(false);
    return true;
}

void FetchKeysDialog::setTimeout(int ms)
{
    m_fetch->setTimeout(ms);
}

void FetchKeysDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FetchKeysDialog::reject()
{
    m_fetch->cancel();
    QDialog::reject();
}

void FetchKeysDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::TokenJku:
        setWindowTitle(tr("Fetch from the Token's jku (Untrusted)"));
        m_intro->setText(tr("The token names this URL itself. Anyone can put their own key "
                            "there: keys fetched from it are marked untrusted and never make "
                            "the signature valid."));
        m_url->setAccessibleName(tr("The token's jku URL"));
        break;
    case Mode::TokenX5u:
        setWindowTitle(tr("Fetch from the Token's x5u (Untrusted)"));
        m_intro->setText(tr("The token names this certificate URL itself. Anyone can put their "
                            "own certificate there: the key of its first certificate is marked "
                            "untrusted and never makes the signature valid."));
        m_url->setAccessibleName(tr("The token's x5u URL"));
        break;
    case Mode::Keys:
        setWindowTitle(tr("Fetch Keys"));
        m_intro->setText(tr("Your identity provider's issuer URL (OpenID Connect discovery, "
                            "then RFC 8414) or a JWKS URL. Nothing is sent until you press "
                            "Fetch."));
        m_url->setAccessibleName(tr("Issuer or JWKS URL"));
        break;
    }
    m_issuer->setText(tr("&Issuer"));
    m_jwks->setText(tr("&JWKS URL"));
    m_caLabel->setText(tr("Extra &CA file:"));
    m_caFile->setPlaceholderText(tr("optional, for an in-house issuer"));
    m_caBrowse->setText(tr("&Browse…"));
    m_fetchButton->setText(tr("&Fetch"));
    m_refreshButton->setText(tr("&Refresh"));
    m_cancelButton->setText(tr("C&ancel Fetch"));
    updatePlan();
}

void FetchKeysDialog::updatePlan()
{
    const KeyFetch::Plan p = plan();
    QString text;
    if (!p.ok()) {
        text = p.error;
    } else {
        QStringList lines;
        lines << tr("Will contact, only when you press Fetch:");
        for (int i = 0; i < p.urls.size(); ++i)
            lines << (i == 0 ? QStringLiteral("  %1").arg(p.urls.at(i))
                             : tr("  %1 (only when the first names no jwks_uri)")
                                       .arg(p.urls.at(i)));
        if (p.jwksUriFollows)
            lines << tr("  then the jwks_uri it names");
        text = lines.join(QLatin1Char('\n'));
    }
    m_plan->setText(text);
    m_plan->setAccessibleDescription(text);
    if (!m_fetch->isRunning())
        m_fetchButton->setEnabled(p.ok());
}

void FetchKeysDialog::start(bool refresh)
{
    const KeyFetch::Plan p = plan();
    if (!p.ok()) {
        log(p.error);
        return;
    }
    m_lastUrl = p.url;
    m_fetch->setCaFile(m_caFile->text().trimmed());
    setRunning(true);
    m_fetch->start(p, refresh);
}

void FetchKeysDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
    m_cancelButton->setEnabled(running);
    m_fetchButton->setEnabled(!running && plan().ok());
    m_refreshButton->setEnabled(!running && !m_lastUrl.isEmpty());
}

void FetchKeysDialog::log(const QString &line)
{
    m_log->setText(line);
    m_log->setAccessibleDescription(line);
    // A message of several lines (a failure, the certificate of an x5u chain) makes the
    // dialog taller rather than squeezing the text above it.
    if (QLayout *box = layout(); box && isVisible()) {
        box->activate();
        const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                    : box->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}
