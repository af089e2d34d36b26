// SPDX-License-Identifier: MIT
#include "explainview.h"

#include "explain.h"
#include "partcolors.h"
#include "tokenmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace {

/// Long runs without spaces (base64url, hex-free signing inputs) get zero-width spaces so
/// that a word-wrapping label can break them; the Copy button copies the text without them.
QString breakable(const QString &text)
{
    constexpr int every = 8;
    QString out;
    out.reserve(text.size() + text.size() / every);
    int run = 0;
    for (QChar c : text) {
        out += c;
        if (c.isSpace()) {
            run = 0;
        } else if (++run % every == 0) {
            out += QChar(char16_t(0x200b));
        }
    }
    return out;
}

/// A label laid out with a megabyte of text would stall the window: long values are shown
/// cut (the Copy button still copies all of it).
QString clipped(const QString &text)
{
    // About 40 lines of hex or JSON: laying out the labels is most of a rebuild's cost.
    constexpr qsizetype maxLines = 40;
    qsizetype limit = 2400;
    qsizetype lines = 0;
    for (qsizetype i = 0; i < std::min(text.size(), limit); ++i) {
        if (text.at(i) == QLatin1Char('\n') && ++lines == maxLines) {
            limit = i;
            break;
        }
    }
    if (text.size() <= limit)
        return text;
    // A plain variable: lupdate 6.4 hangs on a template argument list inside tr().
    const int rest = int(std::min(text.size() - limit, qsizetype(INT_MAX)));
    return text.left(limit) + QLatin1Char('\n')
            + ExplainView::tr("… %n more character(s); Copy copies them all", nullptr, rest);
}

} // namespace

ExplainView::ExplainView(TokenModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_rebuildTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("explainView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("explainSteps"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    // Coalesces the several signals one edit emits into one rebuild.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ExplainView::rebuild);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_pendingScroll.reset(); });
    bindModel();
    rebuild();
}

void ExplainView::setModel(TokenModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    bindModel();
    rebuild();
}

void ExplainView::bindModel()
{
    if (!m_model)
        return;
    connect(m_model, &TokenModel::tokenChanged, this, &ExplainView::scheduleRebuild);
    connect(m_model, &TokenModel::headerTextChanged, this, &ExplainView::scheduleRebuild);
    connect(m_model, &TokenModel::payloadTextChanged, this, &ExplainView::scheduleRebuild);
    connect(m_model, &TokenModel::keyChanged, this, &ExplainView::scheduleRebuild);
    connect(m_model, &TokenModel::structureChanged, this, &ExplainView::scheduleRebuild);
    connect(m_model, &TokenModel::verificationChanged, this, &ExplainView::scheduleRebuild);
    // A model that goes (its tab closed) leaves the view with none until the next is set.
    connect(m_model, &QObject::destroyed, this, [this] { m_model = nullptr; });
}

ExplainView::~ExplainView() = default;

int ExplainView::stepCount() const
{
    return int(m_stepTexts.size());
}

QString ExplainView::stepText(int index) const
{
    return m_stepTexts.value(index);
}

void ExplainView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

int ExplainView::columnsFor(int width)
{
    return width >= 1100 ? 2 : 1;
}

void ExplainView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (columnsFor(width()) != m_columns)
        scheduleRebuild();
}

void ExplainView::scheduleRebuild()
{
    m_rebuildTimer->start();
}

bool ExplainView::scrollToStep(ExplainStep::Kind kind)
{
    // Kept until the user scrolls: rebuilds (a wider view gets two columns, new text) move the
    // cards, and the step should stay in view.
    m_pendingScroll = kind;
    for (const auto &[cardKind, card] : std::as_const(m_cards)) {
        if (cardKind == kind && card) {
            // After the next layout pass, so that the card has its place.
            QTimer::singleShot(0, this, [this, target = QPointer<QWidget>(card)] {
                if (target && m_pendingScroll)
                    m_scroll->verticalScrollBar()->setValue(target->y());
            });
            return true;
        }
    }
    return false;
}

void ExplainView::copyStep(int index)
{
    QApplication::clipboard()->setText(m_stepTexts.value(index));
}

void ExplainView::rebuild()
{
    m_scroll->setAccessibleName(tr("Explanation steps"));
    m_intro->setText(tr("How this token is made, step by step, with its real bytes. Edit the "
                        "header or the payload and the steps follow."));
    const Explanation explanation = m_model ? Explain::build(*m_model) : Explanation();
    const int scrolled = m_scroll->verticalScrollBar()->value();

    auto *steps = new QWidget;
    auto *stepsLayout = new QGridLayout(steps);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_columns = columnsFor(width());
    for (int column = 0; column < m_columns; ++column)
        stepsLayout->setColumnStretch(column, 1);
    m_stepTexts.clear();
    m_cards.clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QPalette pal = palette();

    for (int i = 0; i < explanation.steps.size(); ++i) {
        const ExplainStep &step = explanation.steps.at(i);
        m_stepTexts.append(step.text());

        auto *card = new QFrame(steps);
        card->setObjectName(QStringLiteral("explainStep%1").arg(i));
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);

        auto *head = new QHBoxLayout;
        auto *title = new QLabel(step.title, card);
        title->setObjectName(QStringLiteral("stepTitle"));
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        if (step.part != TokenPart::Token) { // a JWE's five parts too
            QPalette titlePalette = title->palette();
            titlePalette.setColor(QPalette::WindowText, PartColors::part(step.part, pal));
            title->setPalette(titlePalette);
        }
        head->addWidget(title, 1, Qt::AlignTop);
        if (!step.rfc.isEmpty()) {
            auto *rfc = new QLabel(step.rfc, card);
            rfc->setObjectName(QStringLiteral("stepReference"));
            rfc->setTextFormat(Qt::PlainText);
            QFont italic = rfc->font();
            italic.setItalic(true);
            rfc->setFont(italic);
            head->addWidget(rfc, 0, Qt::AlignTop);
        }
        auto *copy = new QToolButton(card);
        copy->setObjectName(QStringLiteral("copyStep"));
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy this step as text"));
        connect(copy, &QToolButton::clicked, this, [this, i] { copyStep(i); });
        head->addWidget(copy, 0, Qt::AlignTop);
        cardLayout->addLayout(head);

        auto *grid = new QGridLayout;
        grid->setColumnStretch(1, 1);
        grid->setHorizontalSpacing(12);
        int row = 0;
        for (const ExplainLine &line : step.lines) {
            auto *label = new QLabel(line.label, card);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
            label->setMaximumWidth(240);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            auto *value = new QLabel(card);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            if (line.isNote) {
                value->setText(clipped(line.value));
                QFont italic = value->font();
                italic.setItalic(true);
                value->setFont(italic);
            } else {
                value->setText(breakable(clipped(line.value)));
                value->setFont(fixed);
            }
            grid->addWidget(label, row, 0);
            grid->addWidget(value, row, 1);
            ++row;
        }
        cardLayout->addLayout(grid);
        cardLayout->addStretch(1);
        m_cards.append({step.kind, card});
        // Two columns on a wide view: header beside payload, signing input beside signature…
        stepsLayout->addWidget(card, i / m_columns, i % m_columns);
    }
    stepsLayout->setRowStretch(int(explanation.steps.size() + m_columns - 1) / m_columns, 1);

    m_scroll->setWidget(steps); // deletes the previous steps
    m_steps = steps;
    // The new steps are laid out on the next pass of the event loop; keep the reader's place.
    if (m_pendingScroll) {
        scrollToStep(*m_pendingScroll);
    } else {
        QTimer::singleShot(0, this,
                           [this, scrolled] { m_scroll->verticalScrollBar()->setValue(scrolled); });
    }
}
