// SPDX-License-Identifier: MIT
#include "validationpanel.h"

#include "tokenmodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ValidationPanel::ValidationPanel(TokenModel *model, QWidget *parent)
    : QWidget(parent)
{
    // A dock beside the panes: it never widens the window (its content scrolls or wraps).
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const auto field = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textEdited, this, &ValidationPanel::pushValidation);
        return edit;
    };
    m_issuer = field("validationIssuer");
    m_audience = field("validationAudience");
    m_algorithms = field("validationAlgorithms");
    m_required = field("validationRequired");
    m_issuerLabel = new QLabel(this);
    m_audienceLabel = new QLabel(this);
    m_algorithmsLabel = new QLabel(this);
    m_requiredLabel = new QLabel(this);
    m_issuerLabel->setBuddy(m_issuer);
    m_audienceLabel->setBuddy(m_audience);
    m_algorithmsLabel->setBuddy(m_algorithms);
    m_requiredLabel->setBuddy(m_required);
    m_failures = new QLabel(this);
    m_failures->setObjectName(QStringLiteral("validationFailures"));
    m_failures->setWordWrap(true);
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_issuerLabel, m_issuer);
    layout->addRow(m_audienceLabel, m_audience);
    layout->addRow(m_algorithmsLabel, m_algorithms);
    layout->addRow(m_requiredLabel, m_required);
    layout->addRow(m_failures);
    retranslateUi();
    setModel(model);
}

ValidationPanel::~ValidationPanel() = default;

void ValidationPanel::setModel(TokenModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &TokenModel::verificationChanged, this, &ValidationPanel::syncFailures);
        connect(m_model, &TokenModel::validationChanged, this, &ValidationPanel::syncFields);
    }
    syncFields();
}

QString ValidationPanel::failuresText() const
{
    return m_failures->text();
}

void ValidationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ValidationPanel::retranslateUi()
{
    m_issuerLabel->setText(tr("Expected &iss:"));
    m_audienceLabel->setText(tr("Expected &aud:"));
    m_algorithmsLabel->setText(tr("Allowed a&lgorithms:"));
    m_requiredLabel->setText(tr("&Required claims:"));
    m_issuer->setAccessibleName(tr("Expected issuer"));
    m_audience->setAccessibleName(tr("Expected audience"));
    m_algorithms->setAccessibleName(tr("Allowed algorithms"));
    m_required->setAccessibleName(tr("Required claims"));
    m_issuer->setPlaceholderText(tr("any issuer"));
    m_audience->setPlaceholderText(tr("any audience"));
    m_algorithms->setPlaceholderText(tr("any, e.g. RS256, ES256"));
    m_required->setPlaceholderText(tr("none, e.g. exp, sub"));
    syncFailures();
}

void ValidationPanel::pushValidation()
{
    if (!m_model)
        return;
    TokenModel::Validation v;
    v.issuer = m_issuer->text().trimmed();
    v.audience = m_audience->text().trimmed();
    v.algorithms = words(m_algorithms->text());
    v.required = words(m_required->text());
    m_model->setValidation(v);
    syncFailures();
}

void ValidationPanel::syncFields()
{
    const TokenModel::Validation v = m_model ? m_model->validation() : TokenModel::Validation();
    // The user's own spelling stays while it means the same checks.
    const auto show = [](QLineEdit *edit, const QString &text, bool same) {
        if (!same)
            edit->setText(text);
    };
    show(m_issuer, v.issuer, m_issuer->text().trimmed() == v.issuer);
    show(m_audience, v.audience, m_audience->text().trimmed() == v.audience);
    show(m_algorithms, v.algorithms.join(QLatin1String(", ")),
         words(m_algorithms->text()) == v.algorithms);
    show(m_required, v.required.join(QLatin1String(", ")), words(m_required->text()) == v.required);
    syncFailures();
}

void ValidationPanel::syncFailures()
{
    QString text;
    if (!m_model || m_model->validation().isEmpty()) {
        text = tr("Nothing to validate: the badge checks the signature and the times only.");
    } else if (m_model->validationFailures().isEmpty()) {
        text = tr("Passes these checks.");
    } else {
        QStringList lines;
        for (const TokenModel::ValidationFailure &f : m_model->validationFailures())
            lines << tr("%1: %2 — %3").arg(f.check, f.text, f.pyjwt);
        text = lines.join(QLatin1Char('\n'));
    }
    m_failures->setText(text);
    m_failures->setAccessibleDescription(text);
}
