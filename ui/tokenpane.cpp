// SPDX-License-Identifier: MIT
#include "tokenpane.h"

#include "partcolors.h"
#include "tokeneditor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

// The pane's words were written for the window and keep its translation context
// ("MainWindow"), with which the translations find them.

TokenPane::TokenPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_editor = new TokenEditor(this);
    m_editor->setObjectName(QStringLiteral("tokenEdit"));
    layout->addWidget(m_editor, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("tokenError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("tokenNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("tokenHint"));
    m_hint->setWordWrap(true);
    PartColors::markSecondary(m_hint);
    layout->addWidget(m_hint);
    auto *copyRow = new QHBoxLayout;
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyBearerButton = new QPushButton(this);
    m_copyBearerButton->setObjectName(QStringLiteral("copyBearerButton"));
    copyRow->addWidget(m_copyButton);
    copyRow->addWidget(m_copyBearerButton);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(0);
    connect(m_debounce, &QTimer::timeout, this, &TokenPane::emitEdit);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TokenPane::onEditorTextChanged);
    connect(m_editor, &TokenEditor::longTokenEdited, this, [this](const QString &text) {
        m_debounce->stop();
        m_lastToken = text;
        emit tokenEdited(text);
    });
    connect(m_editor, &TokenEditor::pasteRequested, this, &TokenPane::pasteRequested);
    connect(m_editor, &TokenEditor::tokenPasted, this, &TokenPane::tokenPasted);
    retranslateUi();
}

TokenPane::~TokenPane() = default;

bool TokenPane::setToken(const QString &token, const QList<TokenModel::SegmentRange> &segments,
                         qsizetype errorOffset)
{
    // A pending keystroke is newer than the model's token: it is sent next. (Qt 6.4 also
    // reports re-highlighting as textChanged: that is no edit.)
    if (m_debounce->isActive()) {
        if (m_editor->tokenText() != m_lastToken)
            return false;
        m_debounce->stop();
    }
    m_lastToken = token;
    // The ranges may have been computed for this text before the editor showed it.
    m_editor->setTokenText(token, segments, errorOffset);
    return true;
}

void TokenPane::setError(const TokenModel::PartError &error, bool decoding)
{
    m_error->setVisible(error.isError() && !decoding);
    //: %1 what is wrong with the token and where
    m_error->setText(
            error.isError()
                    ? QCoreApplication::translate("MainWindow", "Token: %1").arg(error.message)
                    : QString());
    m_error->setAccessibleDescription(m_error->text());
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, PartColors::status(PartColors::Status::Bad, palette()));
    m_error->setPalette(p);
}

void TokenPane::updateNotice(bool decoding, qsizetype length, bool error)
{
    const QString size = locale().formattedDataSize(length, 1);
    QString text;
    if (decoding) {
        //: %1 a size such as "10.0 MiB"
        text = QCoreApplication::translate("MainWindow", "Decoding a token of %1…").arg(size);
    } else if (m_editor->isExcerpt()) {
        //: %1 a size such as "10.0 MiB", %2 a number of characters
        text = QCoreApplication::translate(
                       "MainWindow",
                       "This token is %1 long: the editor shows its first %2 characters, "
                       "read-only. The panes decode all of it, and Copy token copies all of it.")
                       .arg(size, locale().toString(TokenEditor::ExcerptLength));
    }
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_error->setVisible(error && !decoding);
}

void TokenPane::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        emitEdit();
    }
}

void TokenPane::onEditorTextChanged()
{
    m_debounce->start();
}

void TokenPane::emitEdit()
{
    // The excerpt of a long token is read-only: its text is not the token.
    if (m_editor->isExcerpt())
        return;
    const QString text = m_editor->toPlainText();
    if (text == m_lastToken)
        return;
    m_lastToken = text;
    emit tokenEdited(text);
}

void TokenPane::retranslateUi()
{
    m_title->setText(QCoreApplication::translate("MainWindow", "Encoded token"));
    m_editor->setAccessibleName(QCoreApplication::translate("MainWindow", "Encoded token"));
    m_editor->setPlaceholderText(QCoreApplication::translate(
            "MainWindow", "Paste a token (header.payload.signature) here"));
    m_hint->setText(QCoreApplication::translate(
            "MainWindow", "Everything stays on this computer: nothing is sent anywhere."));
    m_copyButton->setText(QCoreApplication::translate("MainWindow", "&Copy token"));
    m_copyBearerButton->setText(
            QCoreApplication::translate("MainWindow", "Copy as &Authorization header"));
}

void TokenPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
