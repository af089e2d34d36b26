// SPDX-License-Identifier: MIT
#pragma once

#include "tokenmodel.h"

#include <QIcon>
#include <QWidget>

#include <array>

class ClaimsTable;
class ClaimsView;
class JsonPane;
class LayerBar;
class PartHighlight;
class QSplitter;
class QTimer;
class QToolButton;
class SignaturePane;
class TokenEditor;
class TokenLoader;
class TokenPane;

/// One token of the window (a tab): the encoded token on the left, the Header, Payload (with
/// its claims) and Signature panes on the right, all bound to the tab's own TokenModel, with
/// its own undo history, clock and verification. The side the user last edited is the
/// source. The window's actions act on the current tab; keys are shared by the window
/// (SignaturePane::keyEdited(), setSharedKey()).
///
/// A nested token (a JWE whose plaintext is a token) shows its layers in a breadcrumb above
/// the panes (layerBar()); each inner layer has its own model and Header, Payload, claims and
/// Signature panes, which the breadcrumb switches to. An inner layer's model takes the
/// plaintext of the layer around it as its token, shares its key ring, clock, validation and
/// re-sign setting, and starts with its key (a JWKS can hold the decryption and the
/// verification key); a key typed into the inner Signature pane is that layer's own from then
/// on. Editing an inner layer re-signs it (as the token's own panes do) and gives the new
/// token to the layer around it as its plaintext, which encrypts it again.
class TokenTab : public QWidget
{
    Q_OBJECT
public:
    explicit TokenTab(QWidget *parent = nullptr);
    ~TokenTab() override;

    TokenModel *model() const { return m_model; }
    TokenPane *tokenPane() const { return m_tokenPane; }
    TokenEditor *tokenEditor() const { return m_tokenEditor; }
    JsonPane *headerPane() const { return m_headerPane; }
    JsonPane *payloadPane() const { return m_payloadPane; }
    ClaimsTable *claimsTable() const { return m_claimsTable; }
    SignaturePane *signaturePane() const { return m_signaturePane; }
    PartHighlight *highlight() const { return m_highlight; }

    /// The payload's title buttons: iat = now, exp +5 min, +1 h, +1 day, the claims table.
    enum class ClaimButton {
        Iat,
        Exp5m,
        Exp1h,
        Exp1d,
        Table,
        Count
    };
    QToolButton *claimButton(ClaimButton id) const { return m_claimButtons.at(std::size_t(id)); }

    /// The layers shown in the breadcrumb, outermost first: 1 for a token that is not nested.
    int layerCount() const { return m_depth; }
    /// The layer the panes show (0: the token itself).
    int currentLayer() const { return m_current; }
    /// Shows the panes of layer @p index (clamped to the layers there are).
    void setCurrentLayer(int index);
    /// Layer @p index's model and panes (0: model(), headerPane() …); null beyond the layers
    /// made so far.
    TokenModel *layerModel(int index) const;
    JsonPane *layerHeaderPane(int index) const;
    JsonPane *layerPayloadPane(int index) const;
    ClaimsView *layerClaimsView(int index) const;
    SignaturePane *layerSignaturePane(int index) const;
    /// The model of the layer shown (what Explain follows).
    TokenModel *currentModel() const { return layerModel(m_current); }
    LayerBar *layerBar() const { return m_layerBar; }

    /// Gives the model a token the user pasted, typed or opened (long ones in the background).
    void setToken(const QString &text);
    /// After a token was loaded (opened, pasted, dropped, a template, the sample): every
    /// pane starts a new undo history, so that undo never brings back another token.
    void startNewHistory();
    /// Sends pending (coalesced) edits to the model now.
    void flushEdits();
    /// How long a token the user types or edits must rest before it counts as made
    /// (tokenSettled()): a pause, not a keystroke.
    static constexpr int SettleDelayMs = 1500;
    /// Sends pending edits to the model and emits tokenSettled() now when an edit of the token
    /// is waiting for its rest (the user leaves the tab, or closes it or the window).
    void settle();
    /// Whether a long token is being decoded in the background.
    bool isDecoding() const;
    /// No token, and none being decoded.
    bool isEmpty() const;

    /// The tab's title: "alg · sub", else "alg · iss", else the alg, else "Untitled" (a
    /// token without a readable header) or "Empty" (no token).
    QString title() const;
    /// A dot in the colour of the verification badge.
    QIcon stateIcon() const;
    /// Where the token was found ("request 12, header Authorization"); empty when it was
    /// pasted or opened bare.
    QString place() const { return m_place; }
    void setPlace(const QString &place);
    /// The title, the badge's words and the place, one per line.
    QString tabToolTip() const;

    /// The widgets' texts follow the language (the window calls it on a language change).
    void retranslateUi();

signals:
    /// The title, state dot or tooltip changed (the token, its verdict, the language).
    void labelChanged();
    /// Ctrl+V in the read-only excerpt of a long token: the window loads the clipboard.
    void pasteRequested();
    /// A whole token, or text with tokens, pasted or dropped into the token editor.
    void textPasted(const QString &text);
    /// The model dropped the sample's public secret (another token came): the window gives
    /// the tab the shared keys.
    void sampleKeyDropped();
    /// The token the user made here (typed, edited in any pane, re-signed) after it rested
    /// SettleDelayMs, or at settle(); once per rest, not per keystroke. A token loaded
    /// (startNewHistory()) is not one the user made: it is reported only when edited, or
    /// when an edit reported before went back to it.
    void tokenSettled(const QString &token);
    /// A token was loaded into the tab (startNewHistory()): edits from now on start from it.
    void tokenLoaded();
    /// The breadcrumb switched the panes to layer @p index.
    void currentLayerChanged(int index);

private:
    /// A layer's model and the panes bound to it.
    struct Layer
    {
        TokenModel *model = nullptr;
        QSplitter *middle = nullptr; ///< header, payload, claims
        JsonPane *header = nullptr;
        JsonPane *payload = nullptr;
        ClaimsView *claims = nullptr;
        SignaturePane *signature = nullptr;
        /// The key last given from the layer around it: while the model holds it, the layer
        /// follows that layer's key; a key the user gives it is its own.
        bool keyGiven = false;
        TokenModel::KeyInput givenInput = TokenModel::KeyInput::KeyText;
        QString givenKey;
    };
    /// Layers deeper than this are not opened (the verifier stops there too).
    static constexpr int MaxLayers = 4;

    void createPanes();
    Layer makePanes(TokenModel *model, int index);
    void addInnerLayer();
    void syncLayers();
    void syncLayerPanes(int index);
    void updateLayerBar();
    void onInnerTokenChanged(int index, const QString &token);
    void bindModel();
    void updateTokenNotice();
    void onTokenChanged(const QString &token);
    void onStructureChanged();
    void onSettled();

    TokenModel *m_model = nullptr;
    TokenLoader *m_loader = nullptr;
    TokenPane *m_tokenPane = nullptr;
    TokenEditor *m_tokenEditor = nullptr; ///< the token pane's
    JsonPane *m_headerPane = nullptr;
    JsonPane *m_payloadPane = nullptr;
    ClaimsTable *m_claimsTable = nullptr;
    ClaimsView *m_claimsView = nullptr;
    SignaturePane *m_signaturePane = nullptr;
    PartHighlight *m_highlight = nullptr;
    LayerBar *m_layerBar = nullptr;
    QWidget *m_layerPanes = nullptr; ///< the layers' header, payload and claims panes
    QWidget *m_layerSignatures = nullptr; ///< the layers' signature panes
    QList<Layer> m_layers; ///< [0]: the token itself; the inner ones are made when needed
    int m_depth = 1; ///< the layers the token has now
    int m_current = 0;
    bool m_syncingLayers = false; ///< syncLayers() is feeding the inner layers
    std::array<QToolButton *, std::size_t(ClaimButton::Count)> m_claimButtons {};
    QString m_place;
    QTimer *m_settleTimer = nullptr;
    QString m_loadedToken; ///< the token last loaded, as the model holds it
    bool m_editReported = false; ///< tokenSettled() since the last load
    bool m_newHistoryPending = false; ///< a loaded token is decoded in the background
    bool m_sampleKey = false; ///< the model holds the sample's public secret
};
