// SPDX-License-Identifier: MIT
#include "tokentab.h"

#include "claimstable.h"
#include "claimsview.h"
#include "jsonpane.h"
#include "memberhover.h"
#include "partcolors.h"
#include "parthighlight.h"
#include "signaturepane.h"
#include "tokeneditor.h"
#include "tokenloader.h"
#include "tokenpane.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>

namespace {

QToolButton *smallButton(QWidget *parent, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

/// A claim's value when it is a JSON string, else empty.
QString stringClaim(const QList<TokenModel::Claim> &claims, QLatin1String name)
{
    for (const TokenModel::Claim &claim : claims) {
        if (claim.name != name)
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson('[' + claim.raw + ']');
        return doc.array().at(0).toString();
    }
    return QString();
}

/// Long subjects (URLs, UUIDs with prefixes) are cut in the middle: both ends tell them apart.
QString elided(const QString &text)
{
    constexpr qsizetype Max = 28;
    if (text.size() <= Max)
        return text;
    return text.left(Max / 2 - 1) + QChar(0x2026) + text.right(Max / 2 - 1);
}

} // namespace

TokenTab::TokenTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new TokenModel(this))
    , m_loader(new TokenLoader(m_model, this))
    , m_settleTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenTab"));
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(SettleDelayMs);
    connect(m_settleTimer, &QTimer::timeout, this, &TokenTab::onSettled);
    createPanes();
    bindModel();
    retranslateUi();
}

TokenTab::~TokenTab()
{
    // The children go after this object: nothing they emit while they are destroyed (focus
    // moving, cursors) may reach the half-destroyed tab.
    delete m_highlight;
    // A decode still running holds only its own copy of the text; it ends before we do.
    delete m_loader;
    for (QObject *sender :
         std::initializer_list<QObject *> {m_tokenPane, m_tokenEditor, m_headerPane, m_payloadPane,
                                           m_signaturePane, m_model}) {
        QObject::disconnect(sender, nullptr, this, nullptr);
    }
}

void TokenTab::createPanes()
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *mainSplitter = new QSplitter(Qt::Horizontal, this);
    mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter->setChildrenCollapsible(false);
    layout->addWidget(mainSplitter);

    // Left: the encoded token.
    m_tokenPane = new TokenPane(mainSplitter);
    m_tokenPane->setObjectName(QStringLiteral("tokenPane"));
    m_tokenEditor = m_tokenPane->editor();

    // Middle: header, payload (with the claims table beside it), the claims.
    auto *middle = new QSplitter(Qt::Vertical, mainSplitter);
    middle->setObjectName(QStringLiteral("decodedSplitter"));
    middle->setChildrenCollapsible(false);
    m_headerPane = new JsonPane(TokenPart::Header, middle);
    m_headerPane->setObjectName(QStringLiteral("headerPane"));
    m_headerPane->editor()->setObjectName(QStringLiteral("headerEdit"));
    m_headerPane->errorLabel()->setObjectName(QStringLiteral("headerError"));
    m_payloadPane = new JsonPane(TokenPart::Payload, middle);
    m_payloadPane->setObjectName(QStringLiteral("payloadPane"));
    m_payloadPane->editor()->setObjectName(QStringLiteral("payloadEdit"));
    m_payloadPane->errorLabel()->setObjectName(QStringLiteral("payloadError"));
    // Resting the mouse on a member name says what it means (claims, header parameters).
    MemberHover::install(m_headerPane->editor(), Registry::Place::Header);
    MemberHover::install(m_payloadPane->editor(), Registry::Place::Payload);
    const char *names[] = {"setIatNow", "setExp5m", "setExp1h", "setExp1d", "claimsTableToggle"};
    for (std::size_t i = 0; i < m_claimButtons.size(); ++i) {
        m_claimButtons[i] = smallButton(m_payloadPane, QLatin1String(names[i]));
        m_payloadPane->addTitleWidget(m_claimButtons[i]);
    }
    claimButton(ClaimButton::Table)->setCheckable(true);
    m_claimsTable = new ClaimsTable(m_model, m_payloadPane);
    m_claimsTable->hide();
    m_payloadPane->setSideWidget(m_claimsTable);
    m_claimsView = new ClaimsView(m_model, middle);
    middle->addWidget(m_headerPane);
    middle->addWidget(m_payloadPane);
    middle->addWidget(m_claimsView);
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 5);
    middle->setStretchFactor(2, 3);
    middle->setSizes({170, 420, 260});

    // Right: the signature.
    m_signaturePane = new SignaturePane(m_model, mainSplitter);
    m_highlight
            = new PartHighlight(m_tokenEditor, m_headerPane, m_payloadPane, m_signaturePane, this);

    mainSplitter->addWidget(m_tokenPane);
    mainSplitter->addWidget(middle);
    mainSplitter->addWidget(m_signaturePane);
    mainSplitter->setStretchFactor(0, 3);
    mainSplitter->setStretchFactor(1, 4);
    mainSplitter->setStretchFactor(2, 3);
    mainSplitter->setSizes({420, 560, 460});

    setTabOrder(m_tokenEditor, m_tokenPane->copyButton());
    setTabOrder(m_tokenPane->copyButton(), m_tokenPane->copyBearerButton());
    setTabOrder(m_tokenPane->copyBearerButton(), m_headerPane->editor());
    setTabOrder(m_headerPane->editor(), m_payloadPane->editor());
    setFocusProxy(m_tokenEditor);
}

void TokenTab::bindModel()
{
    connect(m_tokenPane, &TokenPane::tokenEdited, this, &TokenTab::setToken);
    connect(m_tokenPane, &TokenPane::pasteRequested, this, &TokenTab::pasteRequested);
    connect(m_tokenPane, &TokenPane::tokenPasted, this, &TokenTab::textPasted);
    connect(m_loader, &TokenLoader::decoded, this, [this] {
        if (m_newHistoryPending)
            startNewHistory();
    });
    connect(m_model, &TokenModel::tokenChanged, this, &TokenTab::onTokenChanged);
    // Every change (a keystroke, an edit of the header, a re-signing) starts the rest again.
    connect(m_model, &TokenModel::tokenChanged, m_settleTimer, qOverload<>(&QTimer::start));
    connect(m_headerPane, &JsonPane::textEdited, m_model, &TokenModel::setHeaderText);
    connect(m_payloadPane, &JsonPane::textEdited, m_model, &TokenModel::setPayloadText);
    connect(m_model, &TokenModel::headerTextChanged, m_headerPane, &JsonPane::setText);
    connect(m_model, &TokenModel::payloadTextChanged, m_payloadPane, &JsonPane::setText);
    connect(m_model, &TokenModel::structureChanged, this, &TokenTab::onStructureChanged);
    // The tab's label: the title follows the header and claims, the dot the verdict.
    for (auto signal : {&TokenModel::verificationChanged, &TokenModel::claimsChanged,
                        &TokenModel::structureChanged}) {
        connect(m_model, signal, this, &TokenTab::labelChanged);
    }
    connect(m_model, &TokenModel::keyChanged, this, [this] {
        const bool sample = m_model->keyOrigin() == TokenModel::KeyOrigin::Sample;
        if (std::exchange(m_sampleKey, sample) && !sample)
            emit sampleKeyDropped();
    });

    m_tokenEditor->setTokenText(m_model->token());
    m_headerPane->setText(m_model->headerText());
    m_payloadPane->setText(m_model->payloadText());
}

void TokenTab::retranslateUi()
{
    onStructureChanged();
    emit labelChanged();
}

bool TokenTab::isDecoding() const
{
    return m_loader->isDecoding();
}

bool TokenTab::isEmpty() const
{
    return !isDecoding() && m_model->token().trimmed().isEmpty();
}

void TokenTab::setToken(const QString &text)
{
    m_loader->setToken(text);
    updateTokenNotice();
}

void TokenTab::updateTokenNotice()
{
    const qsizetype length
            = isDecoding() ? m_loader->decodingToken().size() : m_model->token().size();
    m_tokenPane->updateNotice(isDecoding(), length, m_model->tokenError().isError());
}

void TokenTab::startNewHistory()
{
    m_newHistoryPending = isDecoding();
    if (m_newHistoryPending)
        return;
    for (QPlainTextEdit *editor : {static_cast<QPlainTextEdit *>(m_tokenEditor),
                                   m_headerPane->editor(), m_payloadPane->editor()}) {
        editor->document()->clearUndoRedoStacks();
    }
    m_settleTimer->stop();
    m_loadedToken = m_model->token();
    m_editReported = false;
    emit tokenLoaded();
}

void TokenTab::settle()
{
    flushEdits();
    if (m_settleTimer->isActive() && !isDecoding()) {
        m_settleTimer->stop();
        onSettled();
    }
}

void TokenTab::onSettled()
{
    if (isDecoding()) // the decoded token starts the rest again
        return;
    const QString token = m_model->token();
    if (token == m_loadedToken && !m_editReported)
        return;
    m_editReported = true;
    emit tokenSettled(token);
}

void TokenTab::onTokenChanged(const QString &token)
{
    const TokenModel::PartError tokenError = m_model->tokenError();
    if (!m_tokenPane->setToken(token, m_model->segments(),
                               tokenError.isError() ? tokenError.offset : -1)) {
        return; // the user's newer edit goes to the model next
    }
    onStructureChanged();
    updateTokenNotice();
}

void TokenTab::onStructureChanged()
{
    const TokenModel::PartError tokenError = m_model->tokenError();
    m_tokenEditor->setSegments(m_model->segments(), tokenError.isError() ? tokenError.offset : -1);
    m_tokenPane->setError(tokenError, isDecoding());
    m_headerPane->setError(m_model->headerError());
    m_payloadPane->setError(m_model->payloadError());
    const bool encrypted = m_model->encryption().isJwe;
    m_headerPane->setEncrypted(encrypted);
    m_payloadPane->setEncrypted(encrypted);
}

void TokenTab::flushEdits()
{
    m_tokenPane->flush();
    m_headerPane->flush();
    m_payloadPane->flush();
    m_signaturePane->flush();
}

QString TokenTab::title() const
{
    if (m_model->token().trimmed().isEmpty())
        return tr("Empty");
    const QString alg = elided(m_model->parsed().alg());
    if (alg.isEmpty())
        return tr("Untitled");
    const QList<TokenModel::Claim> claims = m_model->claims();
    QString who = stringClaim(claims, QLatin1String("sub"));
    if (who.isEmpty())
        who = stringClaim(claims, QLatin1String("iss"));
    return who.isEmpty() ? alg : tr("%1 · %2").arg(alg, elided(who));
}

QIcon TokenTab::stateIcon() const
{
    const PartColors::Status status = m_model->token().trimmed().isEmpty()
            ? PartColors::Status::Neutral
            : SignaturePane::statusOf(m_model->verifyState());
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = PartColors::status(status, palette());
    painter.setPen(QPen(fill.darker(130), 1));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

void TokenTab::setPlace(const QString &place)
{
    if (place == m_place)
        return;
    m_place = place;
    emit labelChanged();
}

QString TokenTab::tabToolTip() const
{
    QStringList lines {title()};
    if (!m_model->token().trimmed().isEmpty()) {
        const TokenModel::VerifyState state = m_model->verifyState();
        lines << (m_model->encryption().isJwe
                          ? SignaturePane::jweStateText(state)
                          : SignaturePane::stateText(state, m_model->keyOrigin()));
    }
    if (!m_place.isEmpty())
        lines << tr("Found in: %1").arg(m_place);
    return lines.join(QLatin1Char('\n'));
}
