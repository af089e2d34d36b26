// SPDX-License-Identifier: MIT
#include "signaturepane.h"

#include "algorithm.h"
#include "crackpanel.h"
#include "findings.h"
#include "keyeditor.h"
#include "partcolors.h"
#include "shapingswitch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

/// Key files are small; anything larger is not a key and is not read whole.
constexpr qint64 MaxKeyFileSize = 4 * 1024 * 1024;

PartColors::Status colourOf(TokenModel::VerifyState state)
{
    switch (state) {
    case TokenModel::VerifyState::Verified:
        return PartColors::Status::Good;
    case TokenModel::VerifyState::Invalid:
    case TokenModel::VerifyState::Unsecured:
        return PartColors::Status::Bad;
    case TokenModel::VerifyState::Stale:
        return PartColors::Status::Warning;
    case TokenModel::VerifyState::Resigned:
        return PartColors::Status::Info;
    case TokenModel::VerifyState::NoKey:
    case TokenModel::VerifyState::Unsupported:
        break;
    }
    return PartColors::Status::Neutral;
}

bool isHmac(std::optional<Algorithm> alg)
{
    return !alg || Algorithms::family(*alg) == AlgorithmFamily::Hmac
            || Algorithms::family(*alg) == AlgorithmFamily::None;
}

} // namespace

SignaturePane::SignaturePane(TokenModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_signatureText(new QLineEdit(this))
    , m_signatureError(new QLabel(this))
    , m_algorithmLabel(new QLabel(this))
    , m_algorithm(new QComboBox(this))
    , m_formula(new QLabel(this))
    , m_secretPage(new QWidget(this))
    , m_keyPage(new QWidget(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_secretBase64(new QCheckBox(this))
    , m_keyLabel(new QLabel(this))
    , m_keyEdit(new KeyEditor(this))
    , m_keyNotice(new QLabel(this))
    , m_loadKey(new QPushButton(this))
    , m_keyDescription(new QLabel(this))
    , m_keyError(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_sign(new QPushButton(this))
    , m_resign(new QCheckBox(this))
    , m_findingsLabel(new QLabel(this))
    , m_findings(new QScrollArea(this))
    , m_crackToggle(new QToolButton(this))
    , m_crackPanel(new CrackPanel(model, this))
    , m_keyDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("signaturePane"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(6);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_signatureText->setObjectName(QStringLiteral("signatureText"));
    m_signatureText->setReadOnly(true);
    m_signatureText->setFont(mono);
    layout->addWidget(m_signatureText);
    m_signatureError->setObjectName(QStringLiteral("signatureError"));
    m_signatureError->setWordWrap(true);
    m_signatureError->hide();
    layout->addWidget(m_signatureError);

    auto *algRow = new QHBoxLayout;
    algRow->addWidget(m_algorithmLabel);
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    for (Algorithm alg : Algorithms::all())
        m_algorithm->addItem(Algorithms::name(alg), int(alg));
    m_algorithm->addItem(Algorithms::name(Algorithm::None), int(Algorithm::None));
    m_algorithmLabel->setBuddy(m_algorithm);
    algRow->addWidget(m_algorithm);
    algRow->addStretch(1);
    layout->addLayout(algRow);

    m_formula->setObjectName(QStringLiteral("signingFormula"));
    m_formula->setFont(mono);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_formula);

    // Page 0: an HMAC secret. Page 1: key text.
    auto *secretLayout = new QHBoxLayout(m_secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretLabel);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setFont(mono);
    m_secret->setClearButtonEnabled(true);
    m_secretLabel->setBuddy(m_secret);
    secretLayout->addWidget(m_secret, 1);
    m_secretBase64->setObjectName(QStringLiteral("secretBase64"));
    secretLayout->addWidget(m_secretBase64);
    layout->addWidget(m_secretPage);

    auto *keyLayout = new QVBoxLayout(m_keyPage);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    auto *keyTop = new QHBoxLayout;
    keyTop->addWidget(m_keyLabel);
    keyTop->addStretch(1);
    m_loadKey->setObjectName(QStringLiteral("loadKeyButton"));
    keyTop->addWidget(m_loadKey);
    keyLayout->addLayout(keyTop);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setFont(mono);
    ShapingSwitch::install(m_keyEdit);
    m_keyEdit->setTabChangesFocus(true);
    m_keyEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_keyEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    m_keyEdit->setMinimumHeight(80);
    m_keyLabel->setBuddy(m_keyEdit);
    keyLayout->addWidget(m_keyEdit, 1);
    layout->addWidget(m_keyPage, 2);
    m_keyPage->hide();
    m_keyNotice->setObjectName(QStringLiteral("keyNotice"));
    m_keyNotice->setWordWrap(true);
    m_keyNotice->hide();
    layout->addWidget(m_keyNotice);

    m_keyDescription->setObjectName(QStringLiteral("keyDescription"));
    m_keyDescription->setEnabled(false);
    m_keyDescription->setWordWrap(true);
    layout->addWidget(m_keyDescription);
    m_keyError->setObjectName(QStringLiteral("keyError"));
    m_keyError->setWordWrap(true);
    m_keyError->hide();
    layout->addWidget(m_keyError);

    m_badge->setObjectName(QStringLiteral("verificationBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setAutoFillBackground(true);
    m_badge->setMargin(8);
    m_badge->setWordWrap(true);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.35);
    m_badge->setFont(badgeFont);
    layout->addWidget(m_badge);
    m_reason->setObjectName(QStringLiteral("verifyReason"));
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reserveReasonLines();
    layout->addWidget(m_reason);

    auto *signRow = new QHBoxLayout;
    m_sign->setObjectName(QStringLiteral("signButton"));
    signRow->addWidget(m_sign);
    m_resign->setObjectName(QStringLiteral("resignOnEdit"));
    signRow->addWidget(m_resign);
    signRow->addStretch(1);
    layout->addLayout(signRow);

    m_findingsLabel->setFont(bold);
    layout->addWidget(m_findingsLabel);
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWidgetResizable(true);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setFocusPolicy(Qt::StrongFocus);
    m_findingsLabel->setBuddy(m_findings);
    layout->addWidget(m_findings, 1);

    // "Guess the secret", collapsed: it is a tester's tool, not part of reading a token.
    m_crackToggle->setObjectName(QStringLiteral("crackToggle"));
    m_crackToggle->setCheckable(true);
    m_crackToggle->setAutoRaise(true);
    m_crackToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_crackToggle->setArrowType(Qt::RightArrow);
    layout->addWidget(m_crackToggle);
    m_crackPanel->hide();
    layout->addWidget(m_crackPanel);
    connect(m_crackToggle, &QToolButton::toggled, this, [this](bool on) {
        m_crackToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_crackPanel->setVisible(on);
    });
    connect(m_crackPanel, &CrackPanel::secretChosen, this, &SignaturePane::onSecretGuessed);

    m_keyDebounce->setSingleShot(true);
    m_keyDebounce->setInterval(0);
    connect(m_keyDebounce, &QTimer::timeout, this, &SignaturePane::pushKey);
    connect(m_secret, &QLineEdit::textEdited, m_keyDebounce, qOverload<>(&QTimer::start));
    connect(m_secret, &QLineEdit::textChanged, this, &SignaturePane::updateKeyNotice);
    connect(m_secretBase64, &QCheckBox::toggled, this, &SignaturePane::pushKey);
    connect(m_keyEdit, &QPlainTextEdit::textChanged, m_keyDebounce, qOverload<>(&QTimer::start));
    connect(m_keyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_keyNotice->isHidden() == m_keyEdit->isExcerpt())
            updateKeyNotice();
    });
    connect(m_loadKey, &QPushButton::clicked, this, qOverload<>(&SignaturePane::loadKeyFile));
    connect(m_algorithm, &QComboBox::activated, this, &SignaturePane::onAlgorithmActivated);
    connect(m_sign, &QPushButton::clicked, this, [this] {
        flush();
        m_model->sign();
    });
    connect(m_resign, &QCheckBox::toggled, m_model, &TokenModel::setResignOnEdit);
    connect(m_model, &TokenModel::resignOnEditChanged, this, [this](bool on) {
        const QSignalBlocker blocker(m_resign);
        m_resign->setChecked(on);
    });
    connect(m_model, &TokenModel::algorithmChanged, this, &SignaturePane::syncAlgorithm);
    connect(m_model, &TokenModel::keyChanged, this, &SignaturePane::syncKey);
    connect(m_model, &TokenModel::structureChanged, this, &SignaturePane::syncStructure);
    connect(m_model, &TokenModel::verificationChanged, this, &SignaturePane::syncVerification);
    connect(m_model, &TokenModel::findingsChanged, this, &SignaturePane::syncFindings);
    connect(m_secret, &QLineEdit::cursorPositionChanged, this, [this] {
        if (m_secret->hasFocus())
            emit cursorActivity();
    });
    connect(m_keyEdit, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_keyEdit->hasFocus())
            emit cursorActivity();
    });

    m_resign->setChecked(m_model->resignOnEdit());
    retranslateUi();
    updateColors();
    syncAlgorithm();
    syncKey();
    syncStructure();
}

SignaturePane::~SignaturePane() = default;

QString SignaturePane::stateText(TokenModel::VerifyState state)
{
    switch (state) {
    case TokenModel::VerifyState::Verified:
        return tr("Signature verified");
    case TokenModel::VerifyState::Invalid:
        return tr("Invalid signature");
    case TokenModel::VerifyState::NoKey:
        return tr("Not verified: no key");
    case TokenModel::VerifyState::Stale:
        return tr("Edited — not re-signed");
    case TokenModel::VerifyState::Resigned:
        return tr("Re-signed with your key");
    case TokenModel::VerifyState::Unsecured:
        return tr("Unsecured (alg: none) — never trusted");
    case TokenModel::VerifyState::Unsupported:
        break;
    }
    return tr("Unsupported");
}

QString SignaturePane::badgeText() const
{
    return m_badge->text();
}

void SignaturePane::retranslateUi()
{
    updateKeyNotice();
    m_title->setText(tr("Signature"));
    m_signatureText->setAccessibleName(tr("Signature"));
    m_signatureText->setPlaceholderText(tr("(no signature)"));
    m_algorithmLabel->setText(tr("&Algorithm:"));
    m_algorithm->setAccessibleName(tr("Algorithm"));
    m_secretLabel->setText(tr("S&ecret:"));
    m_secret->setAccessibleName(tr("Secret"));
    m_secret->setPlaceholderText(tr("HMAC secret"));
    m_secretBase64->setText(tr("base&64"));
    m_secretBase64->setToolTip(tr("The secret is written in base64 or base64url"));
    m_keyLabel->setText(tr("&Key (PEM, certificate, JWK or JWKS):"));
    m_keyEdit->setAccessibleName(tr("Key"));
    m_keyEdit->setPlaceholderText(tr("Paste a public key to verify, or a private key to sign:\n"
                                     "-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----"));
    m_loadKey->setText(tr("&Load key file…"));
    m_sign->setText(tr("&Sign"));
    m_sign->setToolTip(tr("Sign the header and payload with this key"));
    m_resign->setText(tr("&Re-sign on edit"));
    m_findingsLabel->setText(tr("F&indings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_crackToggle->setText(tr("&Guess the secret…"));
    m_crackToggle->setToolTip(tr("Try common secrets and a wordlist against an HS256, HS384 "
                                 "or HS512 token"));
    syncAlgorithm();
    syncStructure();
    syncVerification();
    syncFindings();
}

void SignaturePane::updateColors()
{
    QPalette p = m_title->palette();
    p.setColor(QPalette::WindowText, PartColors::part(TokenPart::Signature, palette()));
    m_title->setPalette(p);
    for (QLabel *label : {m_signatureError, m_keyError}) {
        QPalette e = label->palette();
        e.setColor(QPalette::WindowText, PartColors::status(PartColors::Status::Bad, palette()));
        label->setPalette(e);
    }
    syncVerification();
}

void SignaturePane::syncAlgorithm()
{
    const std::optional<Algorithm> alg = m_model->algorithm();
    {
        const QSignalBlocker blocker(m_algorithm);
        m_algorithm->setCurrentIndex(alg ? m_algorithm->findData(int(*alg)) : -1);
    }
    m_formula->setText(alg ? Algorithms::signingFormula(*alg)
                           : tr("The header names no algorithm this program knows."));
    const bool hmac = isHmac(alg);
    if (alg && m_hmacPage != hmac) {
        m_hmacPage = hmac;
        showKeyPage(!hmac);
        pushKey();
    }
    m_sign->setEnabled(alg && *alg != Algorithm::None);
}

void SignaturePane::syncKey()
{
    const TokenModel::KeyInput input = m_model->keyInput();
    const QString text = m_model->keyText();
    if (input == TokenModel::KeyInput::KeyText) {
        if (m_keyEdit->keyText() != text && !m_keyDebounce->isActive()) {
            m_keyEdit->setKeyText(text);
            updateKeyNotice();
        }
    } else if (!m_keyDebounce->isActive()) {
        const QSignalBlocker blocker(m_secret);
        const QSignalBlocker base64Blocker(m_secretBase64);
        if (m_secret->text() != text)
            m_secret->setText(text);
        m_secretBase64->setChecked(input == TokenModel::KeyInput::SecretBase64);
    }
    const TokenModel::PartError error = m_model->keyError();
    m_keyError->setVisible(error.isError());
    m_keyError->setText(error.isError() ? tr("Key: %1").arg(error.message) : QString());
    m_keyError->setAccessibleDescription(m_keyError->text());
    m_keyDescription->setText(m_model->keyDescription());
    m_keyDescription->setVisible(!m_model->keyDescription().isEmpty());
}

void SignaturePane::syncStructure()
{
    const QString signature = m_model->signatureText();
    if (m_signatureText->text() != signature)
        m_signatureText->setText(signature);
    m_signatureText->setCursorPosition(0);
    const TokenModel::PartError error = m_model->signatureError();
    m_signatureError->setVisible(error.isError());
    m_signatureError->setText(error.isError() ? tr("Signature: %1").arg(error.message) : QString());
    m_signatureError->setAccessibleDescription(m_signatureError->text());
}

void SignaturePane::syncVerification()
{
    const TokenModel::VerifyState state = m_model->verifyState();
    const PartColors::Status status = colourOf(state);
    m_badge->setText(stateText(state));
    QPalette p = m_badge->palette();
    p.setColor(QPalette::Window, PartColors::badgeFill(status, palette()));
    p.setColor(QPalette::WindowText, PartColors::badgeText(status, palette()));
    m_badge->setPalette(p);
    m_badge->setProperty("verifyState", QVariant::fromValue(state));
    const QString reason = m_model->verifyReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_badge->setAccessibleDescription(reason.isEmpty() ? m_badge->text()
                                                       : tr("%1: %2").arg(m_badge->text(), reason));
    m_reason->setAccessibleDescription(reason);
    // The key error may depend on the algorithm (a key that does not fit).
    syncKey();
}

void SignaturePane::syncFindings()
{
    // Labels rather than an item view: they wrap long messages at any width.
    auto *rows = new QWidget(m_findings);
    auto *grid = new QGridLayout(rows);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(6);
    const QList<Finding> findings = m_model->findings();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    int row = 0;
    for (const Finding &finding : findings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        QString severity = tr("Information");
        if (finding.severity == Finding::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            severity = tr("Error");
        } else if (finding.severity == Finding::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            severity = tr("Warning");
        }
        auto *iconLabel = new QLabel(rows);
        iconLabel->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));
        iconLabel->setToolTip(severity);
        grid->addWidget(iconLabel, row, 0, Qt::AlignTop);
        //: a finding's message, then the RFC or advisory behind it
        auto *text = new QLabel(finding.reference.isEmpty()
                                                || finding.message.contains(finding.reference)
                                        ? finding.message
                                        : tr("%1 (%2)").arg(finding.message, finding.reference),
                                rows);
        text->setObjectName(QStringLiteral("finding_") + finding.id);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleDescription(tr("%1: %2").arg(severity, finding.message));
        grid->addWidget(text, row, 1);
        ++row;
    }
    if (findings.isEmpty()) {
        auto *none = new QLabel(tr("No findings."), rows);
        none->setEnabled(false);
        grid->addWidget(none, 0, 0, 1, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
    delete m_findings->takeWidget();
    m_findings->setWidget(rows);
}

void SignaturePane::onAlgorithmActivated(int index)
{
    const QVariant data = m_algorithm->itemData(index);
    if (!data.isValid())
        return;
    m_model->setAlgorithm(static_cast<Algorithm>(data.toInt()));
}

void SignaturePane::showKeyPage(bool keyEditor)
{
    m_keyPage->setVisible(keyEditor);
    m_secretPage->setVisible(!keyEditor);
    updateKeyNotice();
}

void SignaturePane::onSecretGuessed(const QByteArray &secret)
{
    // Secret text when the bytes are UTF-8 (what the user would type), else base64.
    const QString text = QString::fromUtf8(secret);
    if (text.toUtf8() == secret)
        setKeyInput(TokenModel::KeyInput::SecretText, text);
    else
        setKeyInput(TokenModel::KeyInput::SecretBase64, QString::fromLatin1(secret.toBase64()));
}

void SignaturePane::pushKey()
{
    m_keyDebounce->stop();
    if (!m_keyPage->isHidden()) {
        m_model->setKey(TokenModel::KeyInput::KeyText, m_keyEdit->keyText());
    } else {
        m_model->setKey(m_secretBase64->isChecked() ? TokenModel::KeyInput::SecretBase64
                                                    : TokenModel::KeyInput::SecretText,
                        m_secret->text());
    }
}

void SignaturePane::flush()
{
    if (m_keyDebounce->isActive())
        pushKey();
}

void SignaturePane::setKeyInput(TokenModel::KeyInput input, const QString &text)
{
    m_keyDebounce->stop();
    if (input == TokenModel::KeyInput::KeyText) {
        m_keyEdit->setKeyText(text);
        showKeyPage(true); // and its notice
    } else {
        const QSignalBlocker blocker(m_secret);
        const QSignalBlocker base64Blocker(m_secretBase64);
        m_secret->setText(text);
        m_secretBase64->setChecked(input == TokenModel::KeyInput::SecretBase64);
        showKeyPage(false);
    }
    m_model->setKey(input, text);
}

void SignaturePane::loadKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Load Key File"), QString(),
            tr("Keys (*.pem *.crt *.cer *.key *.pub *.json *.jwk *.jwks);;All files (*)"));
    if (!path.isEmpty())
        loadKeyFile(path);
}

bool SignaturePane::loadKeyFile(const QString &path)
{
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("cannot open %1: %2").arg(path, file.errorString());
    else if (file.size() > MaxKeyFileSize)
        error = tr("%1 is too large to be a key (%2 bytes)").arg(path).arg(file.size());
    if (!error.isEmpty()) {
        m_keyError->setText(tr("Key: %1").arg(error));
        m_keyError->setAccessibleDescription(m_keyError->text());
        m_keyError->show();
        return false;
    }
    setKeyInput(TokenModel::KeyInput::KeyText, QString::fromUtf8(file.readAll()));
    return true;
}

void SignaturePane::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

void SignaturePane::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateColors();
    else if (event->type() == QEvent::FontChange)
        reserveReasonLines();
}

void SignaturePane::updateKeyNotice()
{
    QString text;
    if (!m_keyPage->isHidden() && m_keyEdit->isExcerpt()) {
        //: %1 a size such as "1.0 MiB", %2 a number of characters
        text = tr("This text is %1 long, too long for a key: the editor shows its first %2 "
                  "characters, read-only. Ctrl+V replaces it.")
                       .arg(locale().formattedDataSize(m_keyEdit->keyText().size(), 1),
                            locale().toString(KeyEditor::ExcerptLength));
    } else if (m_keyPage->isHidden() && m_secret->text().size() >= m_secret->maxLength()) {
        // QLineEdit cuts what goes beyond its maximum length: say so, rather than verify
        // with a secret the user did not give.
        text = tr("The secret field holds at most %1 characters: a longer secret is cut "
                  "there. Load it as a JWK file (kty \"oct\") instead: Tools → Load Key File…")
                       .arg(locale().toString(m_secret->maxLength()));
    }
    m_keyNotice->setText(text);
    m_keyNotice->setVisible(!text.isEmpty());
}

void SignaturePane::reserveReasonLines()
{
    // Two lines, whether the reason needs one or two: "Signature verified with …" and
    // "Signed here with your …" take turns as the user types and undoes, and the controls
    // under them must not jump (nor the whole pane be laid out and repainted each time).
    m_reason->setMinimumHeight(2 * m_reason->fontMetrics().lineSpacing() + 2 * m_reason->margin());
}

void SignaturePane::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_highlighted)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(PartColors::part(TokenPart::Signature, palette()), 2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}
