// SPDX-License-Identifier: MIT
#include "jsonpane.h"

#include "excerpteditor.h"
#include "jsonhighlighter.h"
#include "linelayout.h"
#include "json.h"
#include "partcolors.h"
#include "shapingswitch.h"
#include "textedits.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

/// The pane's editor: a long text is shown in part (ExcerptEditor), and a long one-line
/// JSON paste goes in pretty-printed.
class PaneEditor : public ExcerptEditor
{
public:
    explicit PaneEditor(QWidget *parent)
        : ExcerptEditor({JsonPane::ExcerptThreshold, JsonPane::ExcerptLength, "\n…"}, parent)
    {
        LineUpdateLayout::install(this);
    }
    /// Called instead of editing the document when an edit makes the text longer than
    /// JsonPane::ExcerptThreshold (the pane then shows an excerpt of it), and for a paste
    /// into a read-only excerpt: the pane shows @p text and sends it to the model.
    std::function<void(const QString &)> longEdit;

    /// Shows @p text, the model's (signals blocked): an excerpt at once, other text as an
    /// undoable edit of what differs.
    void showText(const QString &text)
    {
        const QString shown = takeText(text);
        if (!isExcerpt())
            TextEdits::replaceText(this, shown);
        else if (toPlainText() != shown)
            TextEdits::resetText(this, shown);
    }

protected:
    void pasteIntoExcerpt() override
    {
        const std::optional<QString> text = clipboardText();
        if (text && longEdit)
            longEdit(forPane(*text));
    }

    void insertFromMimeData(const QMimeData *source) override
    {
        if (!source || !source->hasText() || isReadOnly()) {
            ExcerptEditor::insertFromMimeData(source);
            return;
        }
        const QString pasted = source->text();
        const QString inserted = forPane(pasted);
        const QTextCursor cursor = textCursor();
        const qsizetype selected = cursor.selectionEnd() - cursor.selectionStart();
        const qsizetype after = document()->characterCount() - 1 - selected + inserted.size();
        if (inserted == pasted && inserted.size() <= TextEdits::LargeReplacement
            && after <= JsonPane::ExcerptThreshold) {
            ExcerptEditor::insertFromMimeData(source); // as pasted, an ordinary edit
            return;
        }
        if (after > JsonPane::ExcerptThreshold && longEdit) {
            longEdit(TextEdits::textWithPaste(this, inserted));
            return;
        }
        TextEdits::pasteText(this, inserted);
    }

private:
    /// What a paste puts into the pane: a JSON text over PrettyPasteThreshold with a line
    /// longer than LongLine pretty-printed, anything else as it is.
    static QString forPane(const QString &pasted)
    {
        if (pasted.size() <= JsonPane::PrettyPasteThreshold || !hasLongLine(pasted))
            return pasted;
        const Json::Formatted pretty = Json::pretty(pasted.toUtf8());
        return pretty.error.isError() ? pasted : QString::fromUtf8(pretty.text);
    }

    static bool hasLongLine(const QString &text)
    {
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text.at(i) == QLatin1Char('\n')) {
                if (i - lineStart > JsonPane::LongLine)
                    return true;
                lineStart = i + 1;
            }
        }
        return false;
    }
};

JsonPane::JsonPane(TokenPart part, QWidget *parent)
    : QFrame(parent)
    , m_part(part)
    , m_title(new QLabel(this))
    , m_titleRow(new QHBoxLayout)
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_editor(new PaneEditor(m_body))
    , m_highlighter(new JsonHighlighter(m_editor->document()))
    , m_errorLabel(new QLabel(this))
    , m_notice(new QLabel(this))
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
    layout->addWidget(m_notice);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(part == TokenPart::Header ? QStringLiteral("headerNotice")
                                                      : QStringLiteral("payloadNotice"));
    m_notice->hide();

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_body->setChildrenCollapsible(false);
    m_body->addWidget(m_editor);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ShapingSwitch::install(m_editor);
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
    m_editor->longEdit = [this](const QString &text) {
        // Shown as an excerpt at once; the model gets all of it on the next round of the
        // event loop (or flush()), so that the window repaints in between.
        m_debounce->stop();
        setText(text);
        m_longEditPending = true;
        m_debounce->start();
    };
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
    return m_editor->fullText();
}

bool JsonPane::isExcerpt() const
{
    return m_editor->isExcerpt();
}

QPlainTextEdit *JsonPane::editor() const
{
    return m_editor;
}

void JsonPane::setText(const QString &text)
{
    // A pending user edit is newer than what the model says: it goes to the model next.
    // (Qt 6.4 also reports re-highlighting as textChanged: that is no edit.)
    if (m_debounce->isActive()) {
        if (m_longEditPending || (!isExcerpt() && m_editor->toPlainText() != m_lastText))
            return;
        m_debounce->stop();
    }
    m_lastText = text;
    m_editor->showText(text);
    updateNotice();
}

void JsonPane::updateNotice()
{
    if (!isExcerpt()) {
        m_notice->hide();
        m_notice->clear();
        return;
    }
    //: %1 a size such as "7.5 MiB", %2 a number of characters
    m_notice->setText(tr("This text is %1 long: the pane shows its first %2 characters, "
                         "read-only. The token keeps all of it.")
                              .arg(locale().formattedDataSize(m_lastText.size(), 1),
                                   locale().toString(ExcerptLength)));
    m_notice->show();
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
    if (m_longEditPending) {
        m_longEditPending = false;
        emit textEdited(m_lastText);
        return;
    }
    if (isExcerpt())
        return; // read-only: only re-highlighting reports a change
    const QString text = m_editor->toPlainText();
    if (text == m_lastText)
        return;
    m_lastText = text;
    emit textEdited(text);
}

void JsonPane::setEncrypted(bool encrypted)
{
    if (encrypted == m_encrypted)
        return;
    m_encrypted = encrypted;
    retranslateUi();
}

void JsonPane::retranslateUi()
{
    if (m_part == TokenPart::Header && m_encrypted) {
        m_title->setText(tr("Protected header"));
        m_editor->setAccessibleName(tr("Protected header"));
        m_editor->setToolTip(tr("The JWE protected header: key management (alg) and content "
                                "encryption (enc); readable by anyone, covered by the tag"));
    } else if (m_part == TokenPart::Header) {
        m_title->setText(tr("Header"));
        m_editor->setAccessibleName(tr("Header"));
        m_editor->setToolTip(tr("The JOSE header: algorithm and token type"));
    } else if (m_encrypted) {
        m_title->setText(tr("Plaintext (decrypted)"));
        m_editor->setAccessibleName(tr("Plaintext"));
        m_editor->setToolTip(tr("What the token encrypts, shown once your key decrypts it; "
                                "editing it encrypts the token again"));
    } else {
        m_title->setText(tr("Payload"));
        m_editor->setAccessibleName(tr("Payload"));
        m_editor->setToolTip(tr("The claims of the token"));
    }
    updateNotice();
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
