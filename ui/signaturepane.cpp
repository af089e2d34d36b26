// SPDX-License-Identifier: MIT
#include "signaturepane.h"
#include "ui_signaturepane.h"

#include "algorithm.h"
#include "boundedfile.h"
#include "crackpanel.h"
#include "findingslist.h"
#include "keyeditor.h"
#include "partcolors.h"
#include "sessionkeys.h"
#include "shapingswitch.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {

/// Key files are small; anything larger is not a key and is not read whole.
constexpr qint64 MaxKeyFileSize = 4 * 1024 * 1024;

} // namespace

PartColors::Status SignaturePane::statusOf(TokenModel::VerifyState state)
{
    switch (state) {
    case TokenModel::VerifyState::Verified:
    case TokenModel::VerifyState::Decrypted:
        return PartColors::Status::Good;
    case TokenModel::VerifyState::Invalid:
    case TokenModel::VerifyState::Unsecured:
        return PartColors::Status::Bad;
    case TokenModel::VerifyState::Stale:
        return PartColors::Status::Warning;
    case TokenModel::VerifyState::Resigned:
    case TokenModel::VerifyState::Reencrypted:
        return PartColors::Status::Info;
    case TokenModel::VerifyState::NoKey:
    case TokenModel::VerifyState::Unsupported:
        break;
    }
    return PartColors::Status::Neutral;
}

namespace {

bool isHmac(std::optional<Algorithm> alg)
{
    return !alg || Algorithms::family(*alg) == AlgorithmFamily::Hmac
            || Algorithms::family(*alg) == AlgorithmFamily::None;
}

} // namespace

SignaturePane::SignaturePane(TokenModel *model, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::SignaturePane>())
    , m_model(model)
    , m_keyDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signaturePane"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QWidget *widget : std::initializer_list<QWidget *> {
                 m_ui->signatureText, m_ui->signingFormula, m_ui->secretEdit, m_ui->keyEdit}) {
        widget->setFont(mono);
    }
    for (Algorithm alg : Algorithms::all())
        m_ui->algorithmCombo->addItem(Algorithms::name(alg), int(alg));
    m_ui->algorithmCombo->addItem(Algorithms::name(Algorithm::None), int(Algorithm::None));
    ShapingSwitch::install(m_ui->keyEdit);
    for (QWidget *hidden : std::initializer_list<QWidget *> {m_ui->signatureError, m_ui->keyPage,
                                                             m_ui->keyNotice, m_ui->keyError}) {
        hidden->hide();
    }
    QFont badgeFont = m_ui->verificationBadge->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.35);
    m_ui->verificationBadge->setFont(badgeFont);
    reserveReasonLines();
    PartColors::markSecondary(m_ui->keyDescription);

    // "Guess the secret", collapsed under its toggle: it is a tester's tool, not part of
    // reading a token.
    m_crackPanel = new CrackPanel(model, this);
    m_crackPanel->hide();
    m_ui->paneLayout->addWidget(m_crackPanel);
    connect(m_ui->crackToggle, &QToolButton::toggled, this, [this](bool on) {
        m_ui->crackToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_crackPanel->setVisible(on);
    });
    connect(m_crackPanel, &CrackPanel::secretChosen, this, &SignaturePane::onSecretGuessed);

    m_keyDebounce->setSingleShot(true);
    m_keyDebounce->setInterval(0);
    connect(m_keyDebounce, &QTimer::timeout, this, &SignaturePane::pushKey);
    // Every change of what the fields show reaches the model, however it came (keyboard,
    // input method, the clear button, the accessibility interface, code): the badge never
    // speaks of another secret than the one shown. The model's own changes come in with
    // the fields' signals blocked.
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, [this] {
        m_secretOrigin = TokenModel::KeyOrigin::User;
        m_keyEditPending = true;
        m_keyDebounce->start();
    });
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &SignaturePane::updateKeyNotice);
    connect(m_ui->secretBase64, &QCheckBox::toggled, this, [this] {
        m_keyEditPending = true;
        pushKey();
    });
    connect(m_ui->keyEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_keyEditPending = true;
        m_keyDebounce->start();
    });
    connect(m_ui->keyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ui->keyNotice->isHidden() == m_ui->keyEdit->isExcerpt())
            updateKeyNotice();
    });
    connect(m_ui->loadKeyButton, &QPushButton::clicked, this,
            qOverload<>(&SignaturePane::loadKeyFile));
    connect(m_ui->algorithmCombo, &QComboBox::currentIndexChanged, this,
            &SignaturePane::onAlgorithmChanged);
    // The signature field is read-only: a change made past that (the accessibility
    // interface sets a line edit's text regardless) is put back to the model's.
    connect(m_ui->signatureText, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text != m_model->signatureText())
            syncStructure();
    });
    connect(m_ui->signButton, &QPushButton::clicked, this, [this] {
        flush();
        m_model->sign();
    });
    connect(m_ui->resignOnEdit, &QCheckBox::toggled, m_model, &TokenModel::setResignOnEdit);
    connect(m_model, &TokenModel::resignOnEditChanged, this, [this](bool on) {
        const QSignalBlocker blocker(m_ui->resignOnEdit);
        m_ui->resignOnEdit->setChecked(on);
    });
    connect(m_model, &TokenModel::algorithmChanged, this, &SignaturePane::syncAlgorithm);
    connect(m_model, &TokenModel::keyChanged, this, &SignaturePane::syncKey);
    connect(m_model, &TokenModel::structureChanged, this, &SignaturePane::syncStructure);
    connect(m_model, &TokenModel::verificationChanged, this, &SignaturePane::syncVerification);
    connect(m_model, &TokenModel::findingsChanged, this, &SignaturePane::syncFindings);
    connect(m_ui->secretEdit, &QLineEdit::cursorPositionChanged, this, [this] {
        if (m_ui->secretEdit->hasFocus())
            emit cursorActivity();
    });
    connect(m_ui->keyEdit, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_ui->keyEdit->hasFocus())
            emit cursorActivity();
    });

    m_ui->resignOnEdit->setChecked(m_model->resignOnEdit());
    retranslateUi();
    updateColors();
    syncAlgorithm();
    syncKey();
    syncStructure();
}

SignaturePane::~SignaturePane() = default;

QString SignaturePane::stateText(TokenModel::VerifyState state, TokenModel::KeyOrigin origin)
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
        return origin == TokenModel::KeyOrigin::Sample ? tr("Re-signed with the sample secret")
                                                       : tr("Re-signed with your key");
    case TokenModel::VerifyState::Unsecured:
        return tr("Unsecured (alg: none) — never trusted");
    case TokenModel::VerifyState::Decrypted:
        return tr("Decrypted");
    case TokenModel::VerifyState::Reencrypted:
        return tr("Re-encrypted with your key");
    case TokenModel::VerifyState::Unsupported:
        break;
    }
    return tr("Unsupported");
}

QString SignaturePane::jweStateText(TokenModel::VerifyState state)
{
    switch (state) {
    case TokenModel::VerifyState::Invalid:
        return tr("Cannot decrypt");
    case TokenModel::VerifyState::NoKey:
        return tr("Encrypted: enter the key");
    case TokenModel::VerifyState::Stale:
        return tr("Edited — not re-encrypted");
    default:
        break;
    }
    return stateText(state);
}

QString SignaturePane::badgeText() const
{
    return m_ui->verificationBadge->text();
}

void SignaturePane::retranslateUi()
{
    updateKeyNotice();
    m_ui->retranslateUi(this);
    // The line edit's clear button has no name of its own.
    for (QToolButton *button : m_ui->secretEdit->findChildren<QToolButton *>())
        button->setAccessibleName(tr("Clear the secret"));
    syncAlgorithm();
    syncStructure();
    syncVerification();
    syncFindings();
}

void SignaturePane::updateColors()
{
    QPalette p = m_ui->titleLabel->palette();
    p.setColor(QPalette::WindowText, PartColors::part(TokenPart::Signature, palette()));
    m_ui->titleLabel->setPalette(p);
    for (QLabel *label : {m_ui->signatureError, m_ui->keyError}) {
        QPalette e = label->palette();
        e.setColor(QPalette::WindowText, PartColors::status(PartColors::Status::Bad, palette()));
        label->setPalette(e);
    }
    syncVerification();
}

bool SignaturePane::syncEncryption()
{
    const TokenModel::Encryption e = m_model->encryption();
    m_ui->algorithmLabel->setVisible(!e.isJwe);
    m_ui->algorithmCombo->setVisible(!e.isJwe);
    m_ui->crackToggle->setVisible(!e.isJwe);
    if (!e.isJwe) {
        if (m_jweShown) {
            m_jweShown = false;
            m_ui->retranslateUi(this); // the signature words again
        }
        return false;
    }
    m_jweShown = true;
    if (m_crackPanel->isVisible())
        m_ui->crackToggle->setChecked(false);
    m_ui->titleLabel->setText(tr("Encryption"));
    m_ui->signatureText->setAccessibleName(tr("Authentication tag"));
    m_ui->signatureText->setPlaceholderText(tr("(no tag)"));
    const QString alg = e.alg.isEmpty() ? tr("(none)") : e.alg;
    const QString enc = e.enc.isEmpty() ? tr("(none)") : e.enc;
    m_ui->signingFormula->setText(
            tr("Key management: %1 · content encryption: %2\n%3")
                    .arg(alg, enc,
                         e.password ? tr("Enter the password to decrypt.")
                                 : e.sharedKey
                                 ? tr("Enter the key the sender and you share (text or base64).")
                                 : tr("Paste the recipient's private key (PEM or JWK) to "
                                      "decrypt, or a public key to encrypt for it.")));
    m_ui->secretLabel->setText(e.password ? tr("&Password:") : tr("S&hared key:"));
    m_ui->secretEdit->setPlaceholderText(e.password ? tr("PBES2 password")
                                                    : tr("AES key or dir key"));
    m_ui->signButton->setText(tr("Re-&encrypt"));
    m_ui->signButton->setToolTip(tr("Encrypt the header and plaintext again with this key: a "
                                    "new CEK and IV"));
    m_ui->signButton->setEnabled(e.canEncrypt);
    m_ui->resignOnEdit->setText(tr("&Re-encrypt on edit"));
    const bool secretPage = e.sharedKey;
    if (m_hmacPage != secretPage) {
        m_hmacPage = secretPage;
        showKeyPage(!secretPage);
        pushKey();
    }
    return true;
}

void SignaturePane::syncAlgorithm()
{
    if (syncEncryption())
        return;
    const std::optional<Algorithm> alg = m_model->algorithm();
    {
        const QSignalBlocker blocker(m_ui->algorithmCombo);
        m_ui->algorithmCombo->setCurrentIndex(alg ? m_ui->algorithmCombo->findData(int(*alg)) : -1);
    }
    m_ui->signingFormula->setText(alg ? Algorithms::signingFormula(*alg)
                                      : tr("The header names no algorithm this program knows."));
    const bool hmac = isHmac(alg);
    if (alg && m_hmacPage != hmac) {
        m_hmacPage = hmac;
        showKeyPage(!hmac);
        pushKey();
    }
    m_ui->signButton->setEnabled(alg && *alg != Algorithm::None);
}

void SignaturePane::syncKey()
{
    const TokenModel::KeyInput input = m_model->keyInput();
    const QString text = m_model->keyText();
    if (input == TokenModel::KeyInput::KeyText) {
        if (m_ui->keyEdit->keyText() != text && !m_keyDebounce->isActive()) {
            m_ui->keyEdit->setKeyText(text);
            updateKeyNotice();
        }
    } else if (!m_keyDebounce->isActive()) {
        const QSignalBlocker blocker(m_ui->secretEdit);
        const QSignalBlocker base64Blocker(m_ui->secretBase64);
        if (m_ui->secretEdit->text() != text)
            m_ui->secretEdit->setText(text);
        m_secretOrigin = m_model->keyOrigin();
        m_ui->secretBase64->setChecked(input == TokenModel::KeyInput::SecretBase64);
    }
    const TokenModel::PartError error = m_model->keyError();
    m_ui->keyError->setVisible(error.isError());
    m_ui->keyError->setText(error.isError() ? tr("Key: %1").arg(error.message) : QString());
    m_ui->keyError->setAccessibleDescription(m_ui->keyError->text());
    m_ui->keyDescription->setText(m_model->keyDescription());
    m_ui->keyDescription->setVisible(!m_model->keyDescription().isEmpty());
}

void SignaturePane::syncStructure()
{
    const QString signature = m_model->signatureText();
    if (m_ui->signatureText->text() != signature)
        m_ui->signatureText->setText(signature);
    m_ui->signatureText->setCursorPosition(0);
    const TokenModel::PartError error = m_model->signatureError();
    m_ui->signatureError->setVisible(error.isError());
    m_ui->signatureError->setText(error.isError() ? tr("Signature: %1").arg(error.message)
                                                  : QString());
    m_ui->signatureError->setAccessibleDescription(m_ui->signatureError->text());
    syncAlgorithm();
}

void SignaturePane::syncVerification()
{
    const TokenModel::VerifyState state = m_model->verifyState();
    const PartColors::Status status = statusOf(state);
    m_ui->verificationBadge->setText(m_model->encryption().isJwe
                                             ? jweStateText(state)
                                             : stateText(state, m_model->keyOrigin()));
    QPalette p = m_ui->verificationBadge->palette();
    p.setColor(QPalette::Window, PartColors::badgeFill(status, palette()));
    p.setColor(QPalette::WindowText, PartColors::badgeText(status, palette()));
    m_ui->verificationBadge->setPalette(p);
    m_ui->verificationBadge->setProperty("verifyState", QVariant::fromValue(state));
    const QString reason = m_model->verifyReason();
    m_ui->verifyReason->setText(reason);
    m_ui->verifyReason->setVisible(!reason.isEmpty());
    m_ui->verificationBadge->setAccessibleDescription(
            reason.isEmpty() ? m_ui->verificationBadge->text()
                             : tr("%1: %2").arg(m_ui->verificationBadge->text(), reason));
    m_ui->verifyReason->setAccessibleDescription(reason);
    if (m_jweShown)
        syncEncryption(); // whether it can be encrypted again
    // The key error may depend on the algorithm (a key that does not fit).
    syncKey();
}

void SignaturePane::syncFindings()
{
    m_ui->findingsList->setFindings(m_model->findings());
}

void SignaturePane::onAlgorithmChanged(int index)
{
    const QVariant data = m_ui->algorithmCombo->itemData(index);
    if (!data.isValid())
        return;
    m_model->setAlgorithm(static_cast<Algorithm>(data.toInt()));
}

void SignaturePane::showKeyPage(bool keyEditor)
{
    m_ui->keyPage->setVisible(keyEditor);
    m_ui->secretPage->setVisible(!keyEditor);
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
    const bool edited = std::exchange(m_keyEditPending, false);
    TokenModel::KeyInput input = TokenModel::KeyInput::KeyText;
    QString text;
    TokenModel::KeyOrigin origin = TokenModel::KeyOrigin::User;
    if (!m_ui->keyPage->isHidden()) {
        text = m_ui->keyEdit->keyText();
    } else {
        input = m_ui->secretBase64->isChecked() ? TokenModel::KeyInput::SecretBase64
                                                : TokenModel::KeyInput::SecretText;
        text = m_ui->secretEdit->text();
        origin = m_secretOrigin;
    }
    m_model->setKey(input, text, origin);
    // Only what the user changed is shared: a page shown for another algorithm is no edit.
    if (edited)
        emit keyEdited(input, text, origin);
}

void SignaturePane::setSharedKey(TokenModel::KeyInput input, const QString &text)
{
    const bool keyEditor = input == TokenModel::KeyInput::KeyText;
    if (keyEditor) {
        if (m_ui->keyEdit->keyText() != text)
            m_ui->keyEdit->setKeyText(text);
    } else {
        // The sample's public secret belongs to the sample token shown here.
        if (m_secretOrigin == TokenModel::KeyOrigin::Sample)
            return;
        const QSignalBlocker blocker(m_ui->secretEdit);
        const QSignalBlocker base64Blocker(m_ui->secretBase64);
        if (m_ui->secretEdit->text() != text)
            m_ui->secretEdit->setText(text);
        m_ui->secretBase64->setChecked(input == TokenModel::KeyInput::SecretBase64);
    }
    // Filling the field is not this tab's user editing it: nothing goes back out.
    m_keyDebounce->stop();
    m_keyEditPending = false;
    if (m_ui->keyPage->isHidden() != keyEditor)
        m_model->setKey(input, text);
    updateKeyNotice();
}

void SignaturePane::flush()
{
    if (m_keyDebounce->isActive())
        pushKey();
}

void SignaturePane::setKeyInput(TokenModel::KeyInput input, const QString &text,
                                TokenModel::KeyOrigin origin)
{
    m_keyDebounce->stop();
    if (input == TokenModel::KeyInput::KeyText) {
        m_ui->keyEdit->setKeyText(text);
        showKeyPage(true); // and its notice
    } else {
        const QSignalBlocker blocker(m_ui->secretEdit);
        const QSignalBlocker base64Blocker(m_ui->secretBase64);
        m_ui->secretEdit->setText(text);
        m_secretOrigin = origin;
        m_ui->secretBase64->setChecked(input == TokenModel::KeyInput::SecretBase64);
        showKeyPage(false);
    }
    m_keyDebounce->stop(); // the key editor's textChanged: the model gets the key here
    m_keyEditPending = false;
    m_model->setKey(input, text, origin);
    emit keyEdited(input, text, origin);
}

void SignaturePane::addKeyAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName() + QLatin1String("Button"));
    button->setDefaultAction(action);
    m_ui->keyTitleRow->insertWidget(m_ui->keyTitleRow->indexOf(m_ui->loadKeyButton), button);
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
    const int readNumber = ++m_keyFileRead;
    // Bounded by what is read, not by size(), which a device says is 0 (/dev/zero would grow
    // until the window dies). A FIFO may stay silent for BoundedFile's whole wait: it is read
    // on the thread pool, so that the window neither freezes nor waits to appear.
    if (!BoundedFile::mayWait(path)) {
        setKeyFileWaitedFor(QString());
        return applyKeyFile(path, BoundedFile::read(path, MaxKeyFileSize));
    }
    // Said while it lasts: a FIFO whose writer has not come yet shows nothing else.
    setKeyFileWaitedFor(path);
    auto *watcher = new QFutureWatcher<BoundedFile::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, readNumber] {
        watcher->deleteLater();
        if (readNumber != m_keyFileRead)
            return; // another file was loaded meanwhile
        setKeyFileWaitedFor(QString());
        applyKeyFile(path, watcher->result());
    });
    watcher->setFuture(
            QtConcurrent::run([path] { return BoundedFile::read(path, MaxKeyFileSize); }));
    return true;
}

bool SignaturePane::applyKeyFile(const QString &path, const BoundedFile::Result &read)
{
    QString error;
    if (read.status == BoundedFile::Result::Status::TooLarge)
        error = tr("%1 is too large to be a key (over %2 bytes)").arg(path).arg(MaxKeyFileSize);
    else if (!read.ok())
        error = read.error;
    if (!error.isEmpty()) {
        m_ui->keyError->setText(tr("Key: %1").arg(error));
        m_ui->keyError->setAccessibleDescription(m_ui->keyError->text());
        m_ui->keyError->show();
        return false;
    }
    if (SessionKeys::needsPassphrase(read.data)) {
        emit encryptedKeyLoaded(read.data, QFileInfo(path).fileName());
        return true;
    }
    emit keyFileLoaded(read.data, QFileInfo(path).fileName());
    setKeyInput(TokenModel::KeyInput::KeyText, QString::fromUtf8(read.data));
    return true;
}

void SignaturePane::focusKeyInput()
{
    for (QWidget *input : std::initializer_list<QWidget *> {m_ui->secretEdit, m_ui->keyEdit}) {
        if (input->isVisible()) {
            input->setFocus();
            return;
        }
    }
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

void SignaturePane::setKeyFileWaitedFor(const QString &path)
{
    m_keyFileWaitedFor = path;
    updateKeyNotice();
}

void SignaturePane::updateKeyNotice()
{
    QString text;
    if (!m_keyFileWaitedFor.isEmpty()) {
        text = tr("Waiting for %1 to be written (at most %n second(s))…", nullptr,
                  BoundedFile::DefaultWaitMs / 1000)
                       .arg(m_keyFileWaitedFor);
    } else if (!m_ui->keyPage->isHidden() && m_ui->keyEdit->isExcerpt()) {
        //: %1 a size such as "1.0 MiB", %2 a number of characters
        text = tr("This text is %1 long, too long for a key: the editor shows its first %2 "
                  "characters, read-only. Ctrl+V replaces it.")
                       .arg(locale().formattedDataSize(m_ui->keyEdit->keyText().size(), 1),
                            locale().toString(KeyEditor::ExcerptLength));
    } else if (m_ui->keyPage->isHidden()
               && m_ui->secretEdit->text().size() >= m_ui->secretEdit->maxLength()) {
        // QLineEdit cuts what goes beyond its maximum length: say so, rather than verify
        // with a secret the user did not give.
        text = tr("The secret field holds at most %1 characters: a longer secret is cut "
                  "there. Load it as a JWK file (kty \"oct\") instead: Tools → Load Key File…")
                       .arg(locale().toString(m_ui->secretEdit->maxLength()));
    }
    m_ui->keyNotice->setText(text);
    m_ui->keyNotice->setVisible(!text.isEmpty());
}

void SignaturePane::reserveReasonLines()
{
    // Two lines, whether the reason needs one or two: "Signature verified with …" and
    // "Signed here with your …" take turns as the user types and undoes, and the controls
    // under them must not jump (nor the whole pane be laid out and repainted each time).
    m_ui->verifyReason->setMinimumHeight(2 * m_ui->verifyReason->fontMetrics().lineSpacing()
                                         + 2 * m_ui->verifyReason->margin());
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
