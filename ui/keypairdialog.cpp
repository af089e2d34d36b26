// SPDX-License-Identifier: MIT
#include "keypairdialog.h"
#include "ui_keypairdialog.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

KeyPairDialog::KeyPairDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeyPairDialog>())
    , m_maker(new KeyPairMaker(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("keyPairDialog"));
    for (Algorithm alg : Algorithms::all()) {
        if (Algorithms::family(alg) != AlgorithmFamily::Hmac)
            m_ui->algorithmCombo->addItem(Algorithms::name(alg), int(alg));
    }
    for (int bits : {2048, 3072, 4096})
        m_ui->rsaBitsCombo->addItem(QString::number(bits), bits);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->privateKeyEdit->setFont(mono);
    m_ui->publicKeyEdit->setFont(mono);
    m_useButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_useButton->setObjectName(QStringLiteral("useKeyButton"));

    connect(m_ui->generateButton, &QPushButton::clicked, this, &KeyPairDialog::generate);
    connect(m_ui->algorithmCombo, &QComboBox::currentIndexChanged, this, [this] {
        const AlgorithmFamily family = Algorithms::family(algorithm());
        const bool rsa = family == AlgorithmFamily::RsaPkcs1 || family == AlgorithmFamily::RsaPss;
        m_ui->rsaBitsCombo->setEnabled(rsa);
        m_ui->rsaBitsLabel->setEnabled(rsa);
    });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &KeyPairDialog::showKey);
    connect(m_ui->copyPrivateButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(privateKeyText()); });
    connect(m_ui->copyPublicButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(publicKeyText()); });
    connect(m_ui->savePrivateButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_ui->savePublicButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        if (!m_pair.isNull())
            emit keyChosen(m_pair.algorithm, m_pair.privatePem);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_maker, &KeyPairMaker::finished, this, &KeyPairDialog::onGenerated);

    retranslateUi();
    showKey();
}

KeyPairDialog::~KeyPairDialog() = default; // m_maker, a child, waits for its worker

void KeyPairDialog::setAlgorithm(Algorithm alg)
{
    const int index = m_ui->algorithmCombo->findData(int(alg));
    if (index >= 0)
        m_ui->algorithmCombo->setCurrentIndex(index);
}

Algorithm KeyPairDialog::algorithm() const
{
    return static_cast<Algorithm>(m_ui->algorithmCombo->currentData().toInt());
}

bool KeyPairDialog::isGenerating() const
{
    return m_maker->isRunning();
}

void KeyPairDialog::generate()
{
    if (m_maker->isRunning())
        return;
    const Algorithm alg = algorithm();
    const int bits = m_ui->rsaBitsCombo->currentData().toInt();
    m_pair = KeyPairMaker::Pair();
    showKey();
    m_ui->generateButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Generating a %1 key…").arg(Algorithms::name(alg)));
    m_maker->start(alg, bits);
}

void KeyPairDialog::onGenerated()
{
    m_ui->generateButton->setEnabled(true);
    const KeyPairMaker::Pair pair = m_maker->pair();
    if (!pair.ok()) {
        m_pair = KeyPairMaker::Pair();
        m_ui->statusLabel->setText(tr("Could not generate the key: %1").arg(pair.error));
    } else {
        m_pair = pair;
        m_ui->statusLabel->setText(
                tr("New %1 for %2.").arg(m_pair.description, Algorithms::name(m_pair.algorithm)));
    }
    m_ui->statusLabel->setAccessibleDescription(m_ui->statusLabel->text());
    showKey();
    emit generated();
}

QString KeyPairDialog::privateKeyText() const
{
    return m_ui->privateKeyEdit->toPlainText();
}

QString KeyPairDialog::publicKeyText() const
{
    return m_ui->publicKeyEdit->toPlainText();
}

void KeyPairDialog::showKey()
{
    const bool jwk = m_ui->formatCombo->currentIndex() == 1;
    const bool have = !m_pair.isNull();
    if (have) {
        m_ui->privateKeyEdit->setPlainText(jwk ? m_pair.privateJwk : m_pair.privatePem);
        m_ui->publicKeyEdit->setPlainText(jwk ? m_pair.publicJwk : m_pair.publicPem);
    } else {
        m_ui->privateKeyEdit->clear();
        m_ui->publicKeyEdit->clear();
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->copyPrivateButton),
          static_cast<QWidget *>(m_ui->savePrivateButton),
          static_cast<QWidget *>(m_ui->copyPublicButton),
          static_cast<QWidget *>(m_ui->savePublicButton), static_cast<QWidget *>(m_useButton)}) {
        w->setEnabled(have);
    }
}

void KeyPairDialog::save(bool privateHalf)
{
    const bool jwk = m_ui->formatCombo->currentIndex() == 1;
    const QString suggested = (privateHalf ? QStringLiteral("private") : QStringLiteral("public"))
            + (jwk ? QStringLiteral(".jwk.json") : QStringLiteral(".pem"));
    const QString path = QFileDialog::getSaveFileName(
            this, privateHalf ? tr("Save Private Key") : tr("Save Public Key"), suggested,
            jwk ? tr("JWK (*.json *.jwk)") : tr("PEM (*.pem)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_ui->statusLabel->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    if (privateHalf)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = (privateHalf ? privateKeyText() : publicKeyText()).toUtf8();
    if (file.write(bytes) != bytes.size()) {
        m_ui->statusLabel->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    m_ui->statusLabel->setText(tr("Saved %1.").arg(path));
}

void KeyPairDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_useButton->setText(tr("&Use in Window"));
    m_ui->rsaBitsCombo->setToolTip(tr("RSA modulus size in bits"));
}

void KeyPairDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
