// SPDX-License-Identifier: MIT
#include "jsonpane.h"

#include "jsonhighlighter.h"
#include "partcolors.h"
#include "textedits.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

JsonPane::JsonPane(TokenPart part, QWidget *parent)
    : QFrame(parent)
    , m_part(part)
    , m_title(new QLabel(this))
    , m_titleRow(new QHBoxLayout)
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_editor(new QPlainTextEdit(m_body))
    , m_highlighter(new JsonHighlighter(m_editor->document()))
    , m_errorLabel(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_titleRow->addWidget(m_title);
    m_titleRow->addStretch(1);
    layout->addLayout(m_titleRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_errorLabel);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_body->setChildrenCollapsible(false);
    m_body->addWidget(m_editor);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    updateColors();

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(0);
    connect(m_debounce, &QTimer::timeout, this, &JsonPane::emitEdit);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JsonPane::onEditorTextChanged);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_editor->hasFocus())
            emit cursorActivity();
    });
    retranslateUi();
}

JsonPane::~JsonPane() = default;

QString JsonPane::text() const
{
    return m_editor->toPlainText();
}

void JsonPane::setText(const QString &text)
{
    // A pending user edit is newer than what the model says: it goes to the model next.
    // (Qt 6.4 also reports re-highlighting as textChanged: that is no edit.)
    if (m_debounce->isActive()) {
        if (m_editor->toPlainText() != m_lastText)
            return;
        m_debounce->stop();
    }
    m_lastText = text;
    TextEdits::replaceText(m_editor, text);
}

void JsonPane::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        emitEdit();
    }
}

void JsonPane::setError(const TokenModel::PartError &error)
{
    if (error == m_error)
        return;
    m_error = error;
    m_highlighter->setErrorOffset(error.isError() ? error.offset : -1);
    if (!error.isError()) {
        m_errorLabel->hide();
        m_errorLabel->clear();
        m_errorLabel->setAccessibleDescription(QString());
        return;
    }
    //: %1 is the pane ("Header" or "Payload"), %2 what is wrong and where
    const QString text = tr("%1: %2").arg(
            m_part == TokenPart::Header ? tr("Header") : tr("Payload"), error.message);
    m_errorLabel->setText(text);
    m_errorLabel->setAccessibleDescription(text);
    m_errorLabel->show();
}

void JsonPane::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

void JsonPane::addTitleWidget(QWidget *widget)
{
    m_titleRow->addWidget(widget);
}

void JsonPane::setSideWidget(QWidget *widget)
{
    m_body->addWidget(widget);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
}

void JsonPane::onEditorTextChanged()
{
    m_debounce->start();
}

void JsonPane::emitEdit()
{
    const QString text = m_editor->toPlainText();
    if (text == m_lastText)
        return;
    m_lastText = text;
    emit textEdited(text);
}

void JsonPane::retranslateUi()
{
    if (m_part == TokenPart::Header) {
        m_title->setText(tr("Header"));
        m_editor->setAccessibleName(tr("Header"));
        m_editor->setToolTip(tr("The JOSE header: algorithm and token type"));
    } else {
        m_title->setText(tr("Payload"));
        m_editor->setAccessibleName(tr("Payload"));
        m_editor->setToolTip(tr("The claims of the token"));
    }
    if (m_error.isError()) {
        const TokenModel::PartError error = m_error;
        m_error = {};
        setError(error);
    }
}

void JsonPane::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        updateColors();
    }
}

void JsonPane::updateColors()
{
    m_highlighter->setPalette(palette());
    QPalette p = m_title->palette();
    p.setColor(QPalette::WindowText, PartColors::part(m_part, palette()));
    m_title->setPalette(p);
    QPalette e = m_errorLabel->palette();
    e.setColor(QPalette::WindowText, PartColors::status(PartColors::Status::Bad, palette()));
    m_errorLabel->setPalette(e);
}

void JsonPane::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_highlighted)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(PartColors::part(m_part, palette()), 2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}
