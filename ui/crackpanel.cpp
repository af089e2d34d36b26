// SPDX-License-Identifier: MIT
#include "crackpanel.h"

#include "findings.h"
#include "partcolors.h"
#include "tokenmodel.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace {

/// The progress bar counts in thousandths of the wordlist.
constexpr int ProgressSteps = 1000;

/// The secret as the user can type it back: its text when it is UTF-8, else nothing.
std::optional<QString> textOf(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    if (text.toUtf8() != secret)
        return std::nullopt;
    return text;
}

} // namespace

CrackPanel::CrackPanel(TokenModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_wordlistLabel(new QLabel(this))
    , m_chooseWordlist(new QPushButton(this))
    , m_clearWordlist(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_stats(new QLabel(this))
    , m_status(new QLabel(this))
    , m_hit(new QLineEdit(this))
    , m_use(new QPushButton(this))
{
    setObjectName(QStringLiteral("crackPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_intro->setObjectName(QStringLiteral("crackIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_reason->setObjectName(QStringLiteral("crackReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);

    auto *wordlistRow = new QHBoxLayout;
    m_wordlistLabel->setObjectName(QStringLiteral("crackWordlist"));
    m_wordlistLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    wordlistRow->addWidget(m_wordlistLabel, 1);
    m_chooseWordlist->setObjectName(QStringLiteral("chooseWordlistButton"));
    wordlistRow->addWidget(m_chooseWordlist);
    m_clearWordlist->setObjectName(QStringLiteral("clearWordlistButton"));
    wordlistRow->addWidget(m_clearWordlist);
    layout->addLayout(wordlistRow);

    auto *runRow = new QHBoxLayout;
    m_start->setObjectName(QStringLiteral("crackStartButton"));
    runRow->addWidget(m_start);
    m_cancel->setObjectName(QStringLiteral("crackCancelButton"));
    runRow->addWidget(m_cancel);
    m_progress->setObjectName(QStringLiteral("crackProgress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);

    m_stats->setObjectName(QStringLiteral("crackStats"));
    m_stats->setWordWrap(true);
    layout->addWidget(m_stats);

    m_status->setObjectName(QStringLiteral("crackStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *hitRow = new QHBoxLayout;
    m_hit->setObjectName(QStringLiteral("crackSecret"));
    m_hit->setReadOnly(true);
    m_hit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    hitRow->addWidget(m_hit, 1);
    m_use->setObjectName(QStringLiteral("useSecretButton"));
    hitRow->addWidget(m_use);
    layout->addLayout(hitRow);

    connect(m_chooseWordlist, &QPushButton::clicked, this, &CrackPanel::chooseWordlist);
    connect(m_clearWordlist, &QPushButton::clicked, this, [this] { setWordlist(QString()); });
    connect(m_start, &QPushButton::clicked, this, &CrackPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &CrackPanel::cancel);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_state == State::Found)
            emit secretChosen(m_result.secret);
    });
    connect(m_model, &TokenModel::tokenChanged, this, &CrackPanel::onTokenChanged);

    retranslateUi();
    updateColors();
    onTokenChanged();
}

CrackPanel::~CrackPanel()
{
    // Each search is a child; its destructor cancels and waits. Nothing it still reports
    // may reach this half-destroyed panel.
    for (SecretGuesser *guesser : findChildren<SecretGuesser *>(Qt::FindDirectChildrenOnly)) {
        disconnect(guesser, nullptr, this, nullptr);
        guesser->cancel();
    }
    clearHit();
}

bool CrackPanel::isRunning() const
{
    return m_guesser && m_guesser->isRunning();
}

QString CrackPanel::reasonText() const
{
    return m_refusal;
}

void CrackPanel::setWordlist(const QString &path)
{
    m_wordlist = path;
    retranslateUi();
}

void CrackPanel::chooseWordlist()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Wordlist"), QString(),
                                                      tr("Wordlists (*.txt *.lst *.dic);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        setWordlist(path);
}

bool CrackPanel::start()
{
    if (m_state == State::Unavailable || m_state == State::Running)
        return false;
    clearHit();
    auto *guesser = new SecretGuesser(this);
    connect(guesser, &SecretGuesser::progressChanged, this, &CrackPanel::onProgress);
    connect(guesser, &SecretGuesser::finished, this, &CrackPanel::onFinished);
    // After the panel's handler (same sender, connected later): the search is over.
    connect(guesser, &SecretGuesser::finished, guesser, &QObject::deleteLater);
    if (!guesser->start(m_model->parsed(), m_wordlist)) {
        delete guesser;
        return false;
    }
    m_guesser = guesser;
    m_tried = 0;
    m_progress->setRange(0, m_wordlist.isEmpty() ? 0 : ProgressSteps); // busy until sizes come
    m_progress->setValue(0);
    showStats(0, 0, 0);
    setState(State::Running);
    return true;
}

void CrackPanel::cancel()
{
    if (m_guesser)
        m_guesser->cancel();
}

void CrackPanel::abandonSearch()
{
    if (m_guesser) {
        m_guesser->abandon(); // it deletes itself when it has finished
        m_guesser = nullptr;
    }
}

void CrackPanel::clearHit()
{
    // The secret lives on only in the widgets that show it; overwrite our copy first.
    if (!m_result.secret.isEmpty())
        m_result.secret.fill('\0');
    m_result = SecretGuesser::Result();
    m_hit->clear();
    m_hit->setPlaceholderText(QString());
}

void CrackPanel::onTokenChanged()
{
    const bool wasRunning = m_state == State::Running;
    abandonSearch();
    const bool hadOutcome = m_state != State::Ready && m_state != State::Unavailable;
    clearHit();
    m_refusal = m_model->parsed().form() == Token::Form::Empty
            ? tr("There is no token.")
            : SecretGuesser::refusal(m_model->parsed());
    if (!m_refusal.isEmpty()) {
        setState(State::Unavailable);
    } else if (wasRunning) {
        m_result.outcome = SecretGuesser::Outcome::Cancelled;
        m_result.tried = m_tried;
        setState(State::Cancelled);
    } else {
        if (hadOutcome) {
            m_progress->setRange(0, ProgressSteps);
            m_progress->setValue(0);
            m_stats->clear();
            m_statsShown = false;
        }
        setState(State::Ready);
    }
}

void CrackPanel::onProgress(const SecretGuesser::Progress &progress)
{
    if (progress.bytesTotal > 0) {
        m_progress->setRange(0, ProgressSteps);
        m_progress->setValue(int(ProgressSteps * progress.bytesDone / progress.bytesTotal));
    }
    m_tried = progress.tried;
    showStats(progress.tried, progress.rate, progress.seconds);
}

void CrackPanel::onFinished(const SecretGuesser::Result &result)
{
    m_guesser = nullptr;
    m_result = result;
    m_tried = result.tried;
    // Found or not, the search is complete; a cancelled or failed one stays where it stopped.
    const bool complete = result.outcome == SecretGuesser::Outcome::Found
            || result.outcome == SecretGuesser::Outcome::NotFound;
    if (complete || m_progress->maximum() == 0) {
        m_progress->setRange(0, ProgressSteps);
        m_progress->setValue(complete ? ProgressSteps : m_progress->value());
    }
    showStats(result.tried, result.seconds > 0 ? double(result.tried) / result.seconds : 0,
              result.seconds);
    switch (result.outcome) {
    case SecretGuesser::Outcome::Found:
        if (const std::optional<QString> text = textOf(result.secret)) {
            m_hit->setText(*text);
        } else {
            //: the found secret is not text; base64 of its bytes follows
            m_hit->setText(tr("base64: %1").arg(QString::fromLatin1(result.secret.toBase64())));
        }
        m_hit->setCursorPosition(0);
        setState(State::Found);
        break;
    case SecretGuesser::Outcome::NotFound:
        setState(State::NotFound);
        break;
    case SecretGuesser::Outcome::Cancelled:
        setState(State::Cancelled);
        break;
    case SecretGuesser::Outcome::Refused:
    case SecretGuesser::Outcome::Failed:
        setState(State::Failed);
        break;
    }
}

void CrackPanel::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool running = state == State::Running;
    const bool available = state != State::Unavailable;
    m_start->setEnabled(available && !running);
    m_cancel->setEnabled(running);
    m_chooseWordlist->setEnabled(available && !running);
    m_clearWordlist->setEnabled(available && !running && !m_wordlist.isEmpty());
    m_progress->setEnabled(available);
    m_stats->setVisible(available);
    m_hit->setVisible(state == State::Found);
    m_use->setVisible(state == State::Found);
    m_reason->setVisible(!available);
    m_reason->setText(m_refusal.isEmpty() ? QString() : tr("Not available: %1.").arg(m_refusal));
    m_reason->setAccessibleDescription(m_reason->text());
    showStatus();
    if (changed)
        emit stateChanged(state);
}

void CrackPanel::showStatus()
{
    QString text;
    PartColors::Status colour = PartColors::Status::Neutral;
    switch (m_state) {
    case State::Ready:
    case State::Unavailable:
        break;
    case State::Running:
        text = tr("Searching…");
        break;
    case State::Found:
        text = m_result.secret.isEmpty() ? tr("Found: the token is signed with the empty secret.")
                                         : tr("Found the secret:");
        colour = PartColors::Status::Bad; // a guessable secret is a finding, not a success
        break;
    case State::NotFound:
        text = tr("Not found: none of %n candidate(s) is the secret.", nullptr,
                  int(m_result.tried));
        colour = PartColors::Status::Good;
        break;
    case State::Cancelled:
        text = tr("Cancelled after %n candidate(s).", nullptr, int(m_result.tried));
        break;
    case State::Failed:
        text = m_result.error;
        colour = PartColors::Status::Bad;
        break;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setAccessibleDescription(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               colour == PartColors::Status::Neutral ? palette().color(QPalette::WindowText)
                                                     : PartColors::status(colour, palette()));
    m_status->setPalette(p);
}

void CrackPanel::showStats(qint64 tried, double rate, double seconds)
{
    m_stat = {tried, rate, seconds};
    m_statsShown = true;
    const QLocale locale;
    //: candidates tried, candidates per second, seconds elapsed
    m_stats->setText(tr("%1 tried · %2 candidates/s · %3 s")
                             .arg(locale.toString(tried), locale.toString(qint64(rate)),
                                  locale.toString(seconds, 'f', 1)));
    m_stats->setAccessibleDescription(m_stats->text());
}

void CrackPanel::retranslateUi()
{
    m_intro->setText(tr("Tries the %n built-in common secret(s), then your wordlist (one "
                        "candidate per line), on every core. Only for tokens of systems you "
                        "are allowed to test.",
                        nullptr, int(Findings::commonSecrets().size())));
    m_wordlistLabel->setText(m_wordlist.isEmpty()
                                     ? tr("Wordlist: none (built-in list only)")
                                     : tr("Wordlist: %1").arg(QFileInfo(m_wordlist).fileName()));
    m_wordlistLabel->setToolTip(m_wordlist);
    m_wordlistLabel->setAccessibleDescription(m_wordlistLabel->text());
    m_chooseWordlist->setText(tr("Choose &wordlist…"));
    m_chooseWordlist->setAccessibleName(tr("Choose wordlist"));
    m_clearWordlist->setText(tr("No wordlist"));
    m_clearWordlist->setToolTip(tr("Try the built-in list only"));
    m_start->setText(tr("Star&t"));
    m_start->setToolTip(tr("Start guessing the secret"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop guessing"));
    m_progress->setAccessibleName(tr("Guessing progress"));
    m_hit->setAccessibleName(tr("Found secret"));
    m_use->setText(tr("&Use this secret"));
    m_use->setToolTip(tr("Put the found secret into the Secret field to verify the token"));
    setState(m_state); // the status and the reason, in the new language
    if (m_statsShown)
        showStats(m_stat.tried, m_stat.rate, m_stat.seconds);
}

void CrackPanel::updateColors()
{
    QPalette e = m_reason->palette();
    e.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_reason->setPalette(e);
    showStatus();
}

void CrackPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void CrackPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // The window is going away (closed or hidden): no search keeps the cores busy for it.
    // Collapsing the panel inside a visible window leaves the search running.
    if (!window()->isVisible())
        cancel();
}
