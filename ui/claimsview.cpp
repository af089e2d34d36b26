// SPDX-License-Identifier: MIT
#include "claimsview.h"

#include "json.h"
#include "partcolors.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int MaxRows = 40;

PartColors::Status colourOf(TimeStatus status)
{
    switch (status) {
    case TimeStatus::Valid:
        return PartColors::Status::Good;
    case TimeStatus::NotYetValid:
    case TimeStatus::IssuedInFuture:
        return PartColors::Status::Warning;
    case TimeStatus::Expired:
    case TimeStatus::Malformed:
        return PartColors::Status::Bad;
    case TimeStatus::Skipped:
        break;
    }
    return PartColors::Status::Neutral;
}

QString statusText(TimeStatus status)
{
    switch (status) {
    case TimeStatus::Valid:
        return ClaimsView::tr("valid");
    case TimeStatus::Expired:
        return ClaimsView::tr("expired");
    case TimeStatus::NotYetValid:
        return ClaimsView::tr("not yet valid");
    case TimeStatus::IssuedInFuture:
        return ClaimsView::tr("issued in the future");
    case TimeStatus::Malformed:
        return ClaimsView::tr("not a NumericDate");
    case TimeStatus::Skipped:
        break;
    }
    return ClaimsView::tr("not checked");
}

} // namespace

ClaimsView::ClaimsView(TokenModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_clockLabel(new QLabel(this))
    , m_clockSource(new QComboBox(this))
    , m_fixedTime(new QDateTimeEdit(this))
    , m_leewayLabel(new QLabel(this))
    , m_leeway(new QSpinBox(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("claimsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *top = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_clockLabel);
    top->addWidget(m_clockSource);
    top->addWidget(m_fixedTime);
    top->addSpacing(8);
    top->addWidget(m_leewayLabel);
    top->addWidget(m_leeway);
    layout->addLayout(top);

    m_clockSource->setObjectName(QStringLiteral("clockSource"));
    m_clockSource->addItem(QString());
    m_clockSource->addItem(QString());
    m_clockLabel->setBuddy(m_clockSource);
    m_fixedTime->setObjectName(QStringLiteral("fixedClock"));
    m_fixedTime->setCalendarPopup(true);
    m_fixedTime->setTimeSpec(Qt::LocalTime);
    m_fixedTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_fixedTime->setDateTime(QDateTime::currentDateTime());
    m_fixedTime->setEnabled(false);
    m_leeway->setObjectName(QStringLiteral("leeway"));
    m_leeway->setRange(0, 86400);
    m_leewayLabel->setBuddy(m_leeway);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("claimsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rows = new QWidget(scroll);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    scroll->setWidget(m_rows);
    layout->addWidget(scroll, 1);

    connect(m_clockSource, &QComboBox::currentIndexChanged, this,
            &ClaimsView::onClockSourceChanged);
    connect(m_fixedTime, &QDateTimeEdit::dateTimeChanged, this, &ClaimsView::onFixedTimeChanged);
    connect(m_leeway, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_model->setLeeway(seconds); });
    connect(m_model, &TokenModel::claimsChanged, this, &ClaimsView::rebuild);
    connect(m_model, &TokenModel::clockChanged, this, &ClaimsView::syncClock);
    connect(m_tick, &QTimer::timeout, this, [this] { m_model->refreshClock(); });
    m_tick->start(1000);

    retranslateUi();
    syncClock();
    rebuild();
}

ClaimsView::~ClaimsView() = default;

QLabel *ClaimsView::statusLabel(const QString &name) const
{
    return m_rows->findChild<QLabel *>(QStringLiteral("claimStatus_") + name);
}

void ClaimsView::retranslateUi()
{
    m_title->setText(tr("Claims"));
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("claimsScroll")))
        scroll->setAccessibleName(tr("Claims"));
    m_clockLabel->setText(tr("C&lock:"));
    m_clockSource->setItemText(0, tr("System clock"));
    m_clockSource->setItemText(1, tr("Fixed time"));
    m_clockSource->setAccessibleName(tr("Clock source"));
    m_fixedTime->setAccessibleName(tr("Clock"));
    m_fixedTime->setToolTip(tr("The instant the time claims are checked at"));
    m_leewayLabel->setText(tr("L&eeway:"));
    m_leeway->setAccessibleName(tr("Leeway"));
    m_leeway->setSuffix(tr(" s"));
    m_leeway->setToolTip(tr("Seconds of clock skew allowed for exp, nbf and iat"));
    for (const Row &r : std::as_const(m_rowWidgets))
        r.copy->setText(tr("&Copy value"));
    rebuild();
}

void ClaimsView::syncClock()
{
    const std::optional<QDateTime> fixed = m_model->fixedClock();
    const QSignalBlocker sourceBlocker(m_clockSource);
    const QSignalBlocker timeBlocker(m_fixedTime);
    const QSignalBlocker leewayBlocker(m_leeway);
    m_clockSource->setCurrentIndex(fixed ? 1 : 0);
    m_fixedTime->setEnabled(fixed.has_value());
    if (fixed)
        m_fixedTime->setDateTime(fixed->toLocalTime());
    m_leeway->setValue(int(qBound(qint64(0), m_model->leeway(), qint64(86400))));
    if (fixed)
        m_tick->stop();
    else if (!m_tick->isActive())
        m_tick->start(1000);
}

void ClaimsView::onClockSourceChanged()
{
    if (m_clockSource->currentIndex() == 1) {
        if (!m_fixedTime->isEnabled()) {
            const QSignalBlocker blocker(m_fixedTime);
            m_fixedTime->setDateTime(QDateTime::currentDateTime());
        }
        m_fixedTime->setEnabled(true);
        m_model->setFixedClock(m_fixedTime->dateTime().toUTC());
    } else {
        m_fixedTime->setEnabled(false);
        m_model->setFixedClock(std::nullopt);
    }
}

void ClaimsView::onFixedTimeChanged()
{
    if (m_clockSource->currentIndex() == 1)
        m_model->setFixedClock(m_fixedTime->dateTime().toUTC());
}

QString ClaimsView::formatTimes(const QDateTime &utc)
{
    if (!utc.isValid())
        return tr("not a valid time");
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    //: %1 local time, %2 the same instant in UTC
    return tr("%1 local · %2 UTC")
            .arg(utc.toLocalTime().toString(format), utc.toUTC().toString(format));
}

namespace {

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

void setColour(QLabel *label, const QColor &colour)
{
    if (label->palette().color(QPalette::WindowText) == colour)
        return;
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

} // namespace

ClaimsView::Row &ClaimsView::row(int index)
{
    while (m_rowWidgets.size() <= index) {
        // Each claim has two grid lines: name, meaning and value, then the status under the
        // value, so that long relative texts are not cut off. Hidden widgets take no space.
        const int line = int(m_rowWidgets.size()) * 2;
        Row row;
        const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        row.name = new QLabel(m_rows);
        QFont nameFont = mono;
        nameFont.setBold(true);
        row.name->setFont(nameFont);
        m_grid->addWidget(row.name, line, 0, Qt::AlignTop);
        row.meaning = new QLabel(m_rows);
        PartColors::markSecondary(row.meaning);
        m_grid->addWidget(row.meaning, line, 1, Qt::AlignTop);
        row.value = new QLabel(m_rows);
        row.value->setWordWrap(true);
        // Copied from the context menu, not selectable: a selectable label lays its text
        // out as a rich-text document, a tenth of every keystroke in the payload.
        row.value->setContextMenuPolicy(Qt::ActionsContextMenu);
        row.copy = new QAction(tr("&Copy value"), row.value);
        const int index = int(m_rowWidgets.size());
        connect(row.copy, &QAction::triggered, this, [this, index] { copyValue(index); });
        row.value->addAction(row.copy);
        m_grid->addWidget(row.value, line, 2, Qt::AlignTop);
        row.status = new QLabel(m_rows);
        m_grid->addWidget(row.status, line + 1, 2, Qt::AlignTop);
        m_rowWidgets.append(row);
    }
    return m_rowWidgets[index];
}

void ClaimsView::rebuild()
{
    // The rows are kept and only their texts change: a keystroke in the payload must not
    // delete and create widgets (that re-lays out and repaints the whole window).
    if (!m_empty) {
        m_empty = new QLabel(m_rows);
        m_empty->setObjectName(QStringLiteral("claimsEmpty"));
        PartColors::markSecondary(m_empty);
        m_grid->addWidget(m_empty, 2 * MaxRows, 0, 1, 3);
        m_others = new QLabel(m_rows);
        m_others->setObjectName(QStringLiteral("claimsOthers"));
        PartColors::markSecondary(m_others);
        m_grid->addWidget(m_others, 2 * MaxRows + 1, 0, 1, 3);
        m_grid->setColumnStretch(2, 1);
        m_grid->setRowStretch(2 * MaxRows + 2, 1);
    }
    const QList<TokenModel::Claim> claims = m_model->claims();
    int shown = 0;
    qsizetype others = 0;
    for (const TokenModel::Claim &claim : claims) {
        // Registered claims only (those with a meaning), and not thousands of them: a
        // payload of 30 000 members must not become 90 000 labels. The table shows all.
        if ((claim.meaning.isEmpty() && !claim.isTime) || shown >= MaxRows) {
            ++others;
            continue;
        }
        Row &r = row(shown++);
        setTextIfChanged(r.name, claim.name);
        r.name->setToolTip(claim.meaning);
        setTextIfChanged(r.meaning, claim.meaning);

        r.copyText = claim.raw.startsWith('"') ? Json::unescape(claim.raw)
                                               : QString::fromUtf8(claim.raw);
        const QString valueText = claim.isTime ? formatTimes(claim.utc) : r.copyText.left(200);
        setTextIfChanged(r.value,
                         claim.isTime && claim.looksLikeMilliseconds
                                 ? tr("%1 — looks like milliseconds, not seconds").arg(valueText)
                                 : valueText);
        r.value->setToolTip(QString::fromUtf8(claim.raw.left(1000)));
        setColour(r.value,
                  claim.isTime && claim.looksLikeMilliseconds
                          ? PartColors::status(PartColors::Status::Warning, palette())
                          : palette().color(QPalette::WindowText));

        if (claim.isTime) {
            r.status->setObjectName(QStringLiteral("claimStatus_") + claim.name);
            const QString word = statusText(claim.status);
            //: %1 the claim's status ("expired"), %2 relative time ("3 hours ago")
            // "expired 3 years ago" says the status itself: not "expired — expired …".
            const QString text = claim.relative.isEmpty() ? word
                    : claim.relative.startsWith(word, Qt::CaseInsensitive)
                    ? claim.relative
                    : tr("%1 — %2").arg(word, claim.relative);
            setTextIfChanged(r.status, text);
            r.status->setAccessibleDescription(tr("%1: %2").arg(claim.name, text));
            r.status->setProperty("timeStatus", timeStatusName(claim.status));
            setColour(r.status, PartColors::status(colourOf(claim.status), palette()));
            QFont f = r.status->font();
            if (f.bold() != (claim.status != TimeStatus::Valid)) {
                f.setBold(claim.status != TimeStatus::Valid);
                r.status->setFont(f);
            }
        } else {
            r.status->setObjectName(QString());
        }
        r.name->setVisible(true);
        r.meaning->setVisible(true);
        r.value->setVisible(true);
        r.status->setVisible(claim.isTime);
    }
    for (int i = shown; i < m_rowWidgets.size(); ++i) {
        Row &r = m_rowWidgets[i];
        r.status->setObjectName(QString());
        for (QLabel *label : {r.name, r.meaning, r.value, r.status})
            label->setVisible(false);
    }
    m_empty->setText(tr("No registered claims (iss, sub, aud, exp, nbf, iat, jti)."));
    m_empty->setVisible(shown == 0);
    if (others > 0 && shown > 0)
        setTextIfChanged(m_others,
                         tr("%n other member(s): see the claims table.", nullptr,
                            int(qMin<qsizetype>(others, INT_MAX))));
    m_others->setVisible(others > 0 && shown > 0);
}

void ClaimsView::copyValue(int index) const
{
    QGuiApplication::clipboard()->setText(m_rowWidgets.at(index).copyText);
}

void ClaimsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        rebuild();
}
