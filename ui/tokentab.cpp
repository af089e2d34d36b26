// SPDX-License-Identifier: MIT
#include "tokentab.h"

#include "claimstable.h"
#include "claimsview.h"
#include "jsonpane.h"
#include "layerbar.h"
#include "memberhover.h"
#include "partcolors.h"
#include "parthighlight.h"
#include "signaturepane.h"
#include "tokeneditor.h"
#include "tokenloader.h"
#include "tokenpane.h"

#include <QVBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
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
         std::initializer_list<QObject *> {m_tokenPane, m_tokenEditor, m_layerBar}) {
        QObject::disconnect(sender, nullptr, this, nullptr);
    }
    for (const Layer &layer : std::as_const(m_layers)) {
        for (QObject *sender : std::initializer_list<QObject *> {layer.header, layer.payload,
                                                                 layer.signature, layer.model}) {
            QObject::disconnect(sender, nullptr, this, nullptr);
        }
    }
}

void TokenTab::createPanes()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Above the panes: the layers of a nested token, shown only for one.
    m_layerBar = new LayerBar(this);
    m_layerBar->hide();
    layout->addWidget(m_layerBar);
    auto *mainSplitter = new QSplitter(Qt::Horizontal, this);
    mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter->setChildrenCollapsible(false);
    layout->addWidget(mainSplitter, 1);

    // Left: the encoded token.
    m_tokenPane = new TokenPane(mainSplitter);
    m_tokenPane->setObjectName(QStringLiteral("tokenPane"));
    m_tokenEditor = m_tokenPane->editor();

    // Middle: header, payload (with the claims table beside it), the claims; right: the
    // signature. A page of each per layer of a nested token.
    // Plain boxes, not QStackedWidget: a stack reorders its pages (lower()), and the window
    // and its tests find the token's own panes first by name.
    m_layerPanes = new QWidget(mainSplitter);
    m_layerPanes->setObjectName(QStringLiteral("layerPanes"));
    m_layerSignatures = new QWidget(mainSplitter);
    m_layerSignatures->setObjectName(QStringLiteral("layerSignatures"));
    for (QWidget *box : {m_layerPanes, m_layerSignatures}) {
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
    }
    m_layers.append(makePanes(m_model, 0));
    const Layer &top = m_layers.first();
    top.middle->setObjectName(QStringLiteral("decodedSplitter"));
    m_headerPane = top.header;
    m_payloadPane = top.payload;
    m_claimsView = top.claims;
    m_signaturePane = top.signature;
    const char *names[] = {"setIatNow", "setExp5m", "setExp1h", "setExp1d", "claimsTableToggle"};
    for (std::size_t i = 0; i < m_claimButtons.size(); ++i) {
        m_claimButtons[i] = smallButton(m_payloadPane, QLatin1String(names[i]));
        m_payloadPane->addTitleWidget(m_claimButtons[i]);
    }
    claimButton(ClaimButton::Table)->setCheckable(true);
    m_claimsTable = new ClaimsTable(m_model, m_payloadPane);
    m_claimsTable->hide();
    m_payloadPane->setSideWidget(m_claimsTable);

    m_highlight
            = new PartHighlight(m_tokenEditor, m_headerPane, m_payloadPane, m_signaturePane, this);

    mainSplitter->addWidget(m_tokenPane);
    mainSplitter->addWidget(m_layerPanes);
    mainSplitter->addWidget(m_layerSignatures);
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

TokenTab::Layer TokenTab::makePanes(TokenModel *model, int index)
{
    // Layer 0 keeps the names the window and its tests know; an inner one is suffixed.
    const QString suffix = index == 0 ? QString() : QStringLiteral("_layer%1").arg(index);
    const auto name = [&suffix](const char *base) {
        return QLatin1String(base) + suffix;
    };
    Layer layer;
    layer.model = model;
    layer.middle = new QSplitter(Qt::Vertical, m_layerPanes);
    layer.middle->setObjectName(name("decodedSplitter"));
    layer.middle->setChildrenCollapsible(false);
    layer.header = new JsonPane(TokenPart::Header, layer.middle);
    layer.header->setObjectName(name("headerPane"));
    layer.header->editor()->setObjectName(name("headerEdit"));
    layer.header->errorLabel()->setObjectName(name("headerError"));
    layer.payload = new JsonPane(TokenPart::Payload, layer.middle);
    layer.payload->setObjectName(name("payloadPane"));
    layer.payload->editor()->setObjectName(name("payloadEdit"));
    layer.payload->errorLabel()->setObjectName(name("payloadError"));
    // Resting the mouse on a member name says what it means (claims, header parameters).
    MemberHover::install(layer.header->editor(), Registry::Place::Header);
    MemberHover::install(layer.payload->editor(), Registry::Place::Payload);
    layer.claims = new ClaimsView(model, layer.middle);
    layer.middle->addWidget(layer.header);
    layer.middle->addWidget(layer.payload);
    layer.middle->addWidget(layer.claims);
    layer.middle->setStretchFactor(0, 2);
    layer.middle->setStretchFactor(1, 5);
    layer.middle->setStretchFactor(2, 3);
    layer.middle->setSizes({170, 420, 260});
    layer.signature = new SignaturePane(model, m_layerSignatures);
    if (index > 0)
        layer.signature->setObjectName(name("signaturePane"));
    m_layerPanes->layout()->addWidget(layer.middle);
    m_layerSignatures->layout()->addWidget(layer.signature);
    layer.middle->setVisible(index == m_current);
    layer.signature->setVisible(index == m_current);
    return layer;
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

    // A nested token: the layers inside follow this one (and the others the ones around them).
    for (auto signal : {&TokenModel::verificationChanged, &TokenModel::keyChanged,
                        &TokenModel::sessionKeysChanged, &TokenModel::clockChanged,
                        &TokenModel::validationChanged}) {
        connect(m_model, signal, this, &TokenTab::syncLayers);
    }
    connect(m_model, &TokenModel::payloadTextChanged, this, &TokenTab::syncLayers);
    connect(m_model, &TokenModel::resignOnEditChanged, this, &TokenTab::syncLayers);
    connect(m_layerBar, &LayerBar::layerClicked, this, &TokenTab::setCurrentLayer);

    m_tokenEditor->setTokenText(m_model->token());
    m_headerPane->setText(m_model->headerText());
    m_payloadPane->setText(m_model->payloadText());
}

TokenModel *TokenTab::layerModel(int index) const
{
    return index >= 0 && index < m_layers.size() ? m_layers.at(index).model : nullptr;
}

JsonPane *TokenTab::layerHeaderPane(int index) const
{
    return index >= 0 && index < m_layers.size() ? m_layers.at(index).header : nullptr;
}

JsonPane *TokenTab::layerPayloadPane(int index) const
{
    return index >= 0 && index < m_layers.size() ? m_layers.at(index).payload : nullptr;
}

ClaimsView *TokenTab::layerClaimsView(int index) const
{
    return index >= 0 && index < m_layers.size() ? m_layers.at(index).claims : nullptr;
}

SignaturePane *TokenTab::layerSignaturePane(int index) const
{
    return index >= 0 && index < m_layers.size() ? m_layers.at(index).signature : nullptr;
}

void TokenTab::setCurrentLayer(int index)
{
    index = std::clamp(index, 0, m_depth - 1);
    if (index != m_current) {
        m_current = index;
        for (qsizetype i = 0; i < m_layers.size(); ++i) {
            m_layers.at(i).middle->setVisible(i == index);
            m_layers.at(i).signature->setVisible(i == index);
        }
        emit currentLayerChanged(index);
    }
    updateLayerBar();
}

void TokenTab::addInnerLayer()
{
    const int index = int(m_layers.size());
    auto *model = new TokenModel(this);
    m_layers.append(makePanes(model, index));
    const Layer &layer = m_layers.last();
    connect(layer.header, &JsonPane::textEdited, model, &TokenModel::setHeaderText);
    connect(layer.payload, &JsonPane::textEdited, model, &TokenModel::setPayloadText);
    connect(model, &TokenModel::headerTextChanged, layer.header, &JsonPane::setText);
    connect(model, &TokenModel::payloadTextChanged, layer.payload, &JsonPane::setText);
    connect(model, &TokenModel::structureChanged, this, [this, index] { syncLayerPanes(index); });
    connect(model, &TokenModel::tokenChanged, this,
            [this, index](const QString &token) { onInnerTokenChanged(index, token); });
    connect(model, &TokenModel::payloadTextChanged, this, &TokenTab::syncLayers);
    connect(model, &TokenModel::verificationChanged, this, &TokenTab::syncLayers);
    layer.header->setText(model->headerText());
    layer.payload->setText(model->payloadText());
    syncLayerPanes(index);
}

void TokenTab::syncLayers()
{
    if (m_syncingLayers)
        return; // feeding the inner layers: the loop below goes on with them
    const QScopedValueRollback<bool> guard(m_syncingLayers, true);
    int depth = 1;
    while (depth < MaxLayers) {
        const TokenModel *outer = m_layers.at(depth - 1).model;
        const TokenModel::Encryption e = outer->encryption();
        if (!e.isJwe || !e.nested)
            break;
        if (depth == m_layers.size())
            addInnerLayer();
        Layer &layer = m_layers[depth];
        TokenModel *inner = layer.model;
        inner->setSessionKeys(outer->sessionKeys());
        inner->setResignOnEdit(outer->resignOnEdit());
        inner->setFixedClock(outer->fixedClock());
        inner->setLeeway(outer->leeway());
        inner->setValidation(outer->validation());
        // The key of the layer around it, until the user gives this layer another one.
        if (!layer.keyGiven
            || (inner->keyInput() == layer.givenInput && inner->keyText() == layer.givenKey)) {
            layer.keyGiven = true;
            layer.givenInput = outer->keyInput();
            layer.givenKey = outer->keyText();
            inner->setKey(layer.givenInput, layer.givenKey);
        }
        inner->setToken(outer->payloadText().trimmed());
        ++depth;
    }
    // The layers no longer inside: their plaintext goes, and with it their own keys.
    for (int i = depth; i < m_depth; ++i) {
        Layer &gone = m_layers[i];
        gone.keyGiven = false;
        gone.givenKey.clear();
        gone.model->setToken(QString());
        gone.model->setKey(TokenModel::KeyInput::KeyText, QString());
    }
    m_depth = depth;
    if (m_current >= m_depth)
        setCurrentLayer(m_depth - 1);
    else
        updateLayerBar();
}

void TokenTab::onInnerTokenChanged(int index, const QString &token)
{
    if (m_syncingLayers || index >= m_depth)
        return;
    // An inner layer edited (and re-signed): the new token is the plaintext of the layer
    // around it, which encrypts it again.
    TokenModel *outer = m_layers.at(index - 1).model;
    if (outer->payloadText().trimmed() != token)
        outer->setPayloadText(token);
}

void TokenTab::syncLayerPanes(int index)
{
    const Layer &layer = m_layers.at(index);
    layer.header->setError(layer.model->headerError());
    layer.payload->setError(layer.model->payloadError());
    const bool encrypted = layer.model->encryption().isJwe;
    layer.header->setEncrypted(encrypted);
    layer.payload->setEncrypted(encrypted);
}

void TokenTab::updateLayerBar()
{
    m_layerBar->setVisible(m_depth > 1);
    if (m_depth <= 1)
        return;
    QList<LayerBar::Item> items;
    for (int i = 0; i < m_depth; ++i) {
        const TokenModel *model = m_layers.at(i).model;
        const TokenModel::Encryption e = model->encryption();
        const TokenModel::VerifyState state = model->verifyState();
        LayerBar::Item item;
        item.title = e.isJwe ? tr("Encrypted (%1, %2)").arg(e.alg, e.enc)
                             : tr("Signed (%1)").arg(model->parsed().alg());
        item.state = e.isJwe ? SignaturePane::jweStateText(state)
                             : SignaturePane::stateText(state, model->keyOrigin());
        item.reason = model->verifyReason();
        item.status = SignaturePane::statusOf(state);
        items.append(item);
    }
    m_layerBar->setItems(items, m_current);
}

void TokenTab::retranslateUi()
{
    for (qsizetype i = 1; i < m_layers.size(); ++i)
        m_layers.at(i).model->retranslate();
    updateLayerBar();
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
    for (const Layer &layer : std::as_const(m_layers)) {
        layer.header->flush();
        layer.payload->flush();
        layer.signature->flush();
    }
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
    return LayerBar::stateDot(status, palette());
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
