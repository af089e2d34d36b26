// SPDX-License-Identifier: MIT
#include "exportcodedialog.h"
#include "ui_exportcodedialog.h"

#include "forgeinput.h"
#include "mainwindow.h"
#include "tokenmodel.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

ExportCodeDialog::ExportCodeDialog(TokenModel *model, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportCodeDialog>())
    , m_model(model)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportCodeDialog"));
    const QStringList names = Forge::codeLanguageNames();
    for (const QString &name : names) {
        const Forge::CodeLanguage language = *Forge::codeLanguageFromName(name);
        m_ui->languageCombo->addItem(Forge::codeLanguageTitle(language), int(language));
    }
    m_ui->codeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &ExportCodeDialog::refresh);
    connect(m_ui->includeSecretCheck, &QCheckBox::toggled, this, &ExportCodeDialog::refresh);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(code()); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ExportCodeDialog::save);
    connect(m_model, &TokenModel::tokenChanged, this, &ExportCodeDialog::refresh);
    connect(m_model, &TokenModel::keyChanged, this, &ExportCodeDialog::refresh);

    retranslateUi();
}

ExportCodeDialog::~ExportCodeDialog()
{
    // A secret written into the snippet goes with it.
    m_snippet.text.fill(u'\0');
    m_ui->codeEdit->clear();
}

ExportCodeDialog *ExportCodeDialog::showFor(MainWindow &window)
{
    auto *dialog = window.findChild<ExportCodeDialog *>();
    if (dialog && dialog->model() != window.model()) {
        delete dialog; // made for another tab
        dialog = nullptr;
    }
    if (!dialog) {
        dialog = new ExportCodeDialog(window.model(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The tab it was made for closing takes the dialog with it.
        connect(window.model(), &QObject::destroyed, dialog, [dialog] { delete dialog; });
    }
    window.flushEdits(); // the token as the panes show it
    dialog->refresh();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

Forge::CodeLanguage ExportCodeDialog::language() const
{
    return Forge::CodeLanguage(m_ui->languageCombo->currentData().toInt());
}

void ExportCodeDialog::setLanguage(Forge::CodeLanguage language)
{
    const int index = m_ui->languageCombo->findData(int(language));
    if (index >= 0)
        m_ui->languageCombo->setCurrentIndex(index);
}

QString ExportCodeDialog::code() const
{
    return m_snippet.text;
}

void ExportCodeDialog::refresh()
{
    const bool include = m_ui->includeSecretCheck->isChecked();
    QString error;
    const Token &token = m_model->parsed();
    std::optional<Forge::CodeInput> input;
    if (token.form() != Token::Form::Jws || !token.isWellFormed())
        error = tr("Open a signed token (JWS) first.");
    else
        input = ForgeInput::code(*m_model, include, &error);
    m_snippet.text.fill(u'\0');
    m_snippet = input ? Forge::codeSnippet(language(), *input) : Forge::CodeSnippet();
    if (input)
        input->secret.fill('\0');
    if (error.isEmpty())
        error = m_snippet.error;
    if (!error.isEmpty()) {
        m_snippet.text.clear();
        m_ui->statusLabel->setText(tr("No code: %1").arg(error));
    } else if (include) {
        m_ui->statusLabel->setText(tr("The code holds the secret or private key: use it with "
                                      "test keys only."));
    } else {
        m_ui->statusLabel->setText(
                tr("The code reads the key from JWT_SECRET or the files named by "
                   "JWT_PRIVATE_KEY_FILE and JWT_PUBLIC_KEY_FILE."));
    }
    m_ui->statusLabel->setAccessibleDescription(m_ui->statusLabel->text());
    if (m_ui->codeEdit->toPlainText() != m_snippet.text)
        m_ui->codeEdit->setPlainText(m_snippet.text);
    m_ui->copyButton->setEnabled(!m_snippet.text.isEmpty());
    m_ui->saveButton->setEnabled(!m_snippet.text.isEmpty());
}

void ExportCodeDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Code"), m_snippet.fileName);
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray bytes = code().toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        m_ui->statusLabel->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        return;
    }
    if (m_ui->includeSecretCheck->isChecked())
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_ui->statusLabel->setText(tr("Saved %1.").arg(path));
}

void ExportCodeDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    refresh();
}

void ExportCodeDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
