// SPDX-License-Identifier: MIT
#pragma once

#include "fetchkeysdialog.h"
#include "sessionkeys.h"
#include "token.h"
#include "tokenloader.h"
#include "tokenmodel.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <optional>

class ExplainView;
class KeyRingPanel;
class LearnPanel;
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QTabWidget;
class SignaturePane;
class TokenTab;
class ValidationPanel;
struct FoundToken;
class HistoryKeeper;

/// The JWT Lens window: one tab per token (TokenTab: the encoded token on the left, the
/// Header, Payload with its claims and Signature panes on the right, bound to the tab's own
/// TokenModel), the Explain and Learn views as docks that follow the current tab. The
/// window's actions act on the current tab; keys are shared by all tabs (a key entered in
/// one reaches every other; the sample's public secret never does).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// What a piece of text turned out to be when loaded.
    enum class Loaded {
        Nothing,
        Token,
        Key
    };
    Q_ENUM(Loaded)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The current tab's model and signature pane.
    TokenModel *model() const;
    SignaturePane *signaturePane() const;

    // ---- tabs (the Compare and History dialogs use these) -------------------------------
    int tabCount() const;
    TokenTab *tabAt(int index) const;
    TokenTab *currentTab() const;
    int currentTabIndex() const;
    void setCurrentTab(int index);
    /// The tabs' widget (its tab bar: titles, tooltips, order).
    QTabWidget *tabWidget() const { return m_tabs; }
    /// A new tab holding @p token (none: an empty tab), with the shared keys, made current.
    /// @p place says where the token was found (the tab's tooltip).
    TokenTab *openInNewTab(const QString &token = QString(), const QString &place = QString());
    /// Closes the tab at @p index; the last tab closing leaves one empty tab.
    void closeTab(int index);
    /// Tabs above this many tokens found in one text are opened only after asking.
    static constexpr int AskAboveTokens = 10;

    /// The window's key ring, shared by every token it shows.
    SessionKeys *sessionKeys() const { return m_sessionKeys; }
    KeyRingPanel *keyRingPanel() const { return m_keyRingPanel; }
    ValidationPanel *validationPanel() const { return m_validationPanel; }
    /// Tools → Fetch Keys… (or the token's own jku or x5u, untrusted): the dialog, shown.
    void fetchKeys(FetchKeysDialog::Mode mode); ///< mainwindowdocks.cpp

    /// The sample token of resources/ with its (public) secret.
    void loadSample();
    /// A token (whitespace and "Bearer " tolerated) into the current tab, or a key (PEM,
    /// JWK, JWKS) for every tab. Other text is searched for tokens (TokenFinder): one found
    /// goes into the current tab, several open a tab each; none leaves everything as it was.
    Loaded loadText(const QString &text);
    /// Reads a token or key file; its tokens open in new tabs (the current one when it is
    /// empty). False with a message when it cannot be read or holds neither.
    bool openFile(const QString &path);
    /// Builds a template (TokenTemplates ids) and shows it with its key.
    bool newFromTemplate(const QString &id);
    /// Sets the time claim @p name to the model's now() + @p secondsFromNow in the payload
    /// text, in place (an undoable edit of the payload pane).
    bool setClaimTime(const QString &name, qint64 secondsFromNow);
    /// "" (system), "en" or "ko".
    void setLanguage(const QString &code);

    /// Sends pending (coalesced) edits to the model now.
    void flushEdits();

    /// A token longer than this is decoded on a worker thread, the window staying live.
    static constexpr qsizetype BackgroundDecodeThreshold = TokenLoader::BackgroundThreshold;
    /// Whether a long token is being decoded in the background.
    bool isDecoding() const;

signals:
    /// A tab was opened, closed or moved, or its title changed.
    void tabsChanged();
    void currentTabChanged(TokenTab *tab);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// The window's actions, in menu order (see actionSpecs()).
    enum class ActionId {
        NewTab,
        CloseTab,
        Sample,
        Open,
        Paste,
        PasteNewTab,
        CopyToken,
        CopyBearer,
        ExportCode,
        KeepHistory,
        ShowHistory,
        Quit,
        SetIat,
        SetExp5m,
        SetExp1h,
        SetExp1d,
        FocusToken,
        FocusHeader,
        FocusPayload,
        FocusKey,
        ClaimsTable,
        NextTab,
        PreviousTab,
        ExplainDock,
        LearnDock,
        KeyRingDock,
        ValidationDock,
        CompareTabs,
        LanguageSystem,
        LanguageEnglish,
        LanguageKorean,
        Sign,
        ResignOnEdit,
        LoadKey,
        KeyPair,
        FetchKeys,
        FetchJku,
        FetchX5u,
        TestTokens,
        About,
        Count
    };
    enum class MenuId {
        File,
        Templates,
        Edit,
        View,
        Language,
        Tools,
        Help,
        Count
    };
    struct ActionSpec;
    /// Every action once: what construction and retranslation read.
    static const QList<ActionSpec> &actionSpecs();
    QAction *action(ActionId id) const { return m_actions.at(std::size_t(id)); }
    QMenu *menu(MenuId id) const { return m_menus.at(std::size_t(id)); }

    void createDocks(); ///< mainwindowdocks.cpp
    /// The key ring and Validation docks (mainwindowdocks.cpp).
    void createKeyDocks();
    /// A new tab's model verifies against the window's key ring; its signature pane offers
    /// Fetch Keys… and hands a passphrase-protected key to the ring.
    void adoptTabKeys(TokenTab *tab);
    /// The key ring and Validation panels, and the jku and x5u actions, follow the current tab.
    void bindKeyDocks();
    void updateTokenUrlActions();
    QDockWidget *dockFor(ActionId id) const;
    void createActions();
    void retranslateUi();
    void retranslateTab(TokenTab *tab);
    void rebuildTemplateMenu();

    // mainwindowtabs.cpp
    void createTabs();
    /// Connects a new tab to the window (label, paste, keys) and gives it the shared keys.
    void adoptTab(TokenTab *tab);
    void updateTabLabel(TokenTab *tab);
    void onCurrentTabChanged();
    void onKeyEdited(TokenTab *from, TokenModel::KeyInput input, const QString &text,
                     TokenModel::KeyOrigin origin);
    void giveSharedKeys(TokenTab *tab);
    /// A key file or a generated pair put into the key editor joins the key ring under
    /// @p source (the key editor's earlier entries stay).
    void keyEditorGiven(const QByteArray &text, SessionKeys::Source source,
                        const QString &location = QString());
    /// Opens @p found in tabs (asking first above AskAboveTokens): one into the current tab
    /// when @p intoCurrent, or when the current tab is empty; the others into new tabs.
    bool openFound(const QList<FoundToken> &found, bool intoCurrent);
    /// A token (or text to search for tokens) into the current tab, or into a new tab when
    /// @p newTab and the current one is not empty. False, said in the status bar, for text
    /// without tokens (what the tabs show stays).
    bool openTokenText(const QString &text, bool newTab);
    /// The token @p text into the current tab, a clean start.
    void replaceToken(const QString &text, const QString &place = QString());
    void pasteInNewTab();
    void switchTab(int step);

    void showMessage(const QString &text);
    void openFileDialog();
    void pasteToken();
    void copyToken(bool asBearer);
    void generateKeyPair();
    void signWithKey();
    void showAbout();

    // Several tokens (issue 17), mainwindowtokens.cpp: the Compare dialog and the history.
    void createTokenTools();
    /// The tokens the window has open, for the Compare dialog.
    void compareTokens();
    /// The "Keep History" action: asks before turning on; unchecks itself on "no".
    void setHistoryEnabled(bool on);
    void showHistory();
    /// Records a token the user opened (pasted, dropped, a file, a template) when the history
    /// is on; never the sample, never a key.
    void recordOpened(const QString &token, const QString &title = QString());
    /// Records the token the user made in @p tab (typed, edited) once it settled
    /// (TokenTab::tokenSettled()): one entry per tab follows its edits; never a token the
    /// sample's public secret signs.
    void recordEdited(TokenTab *tab, const QString &token);
    /// Every tab's edit waiting for its rest is kept now (TokenTab::settle()).
    void settleTabs();

    QTabWidget *m_tabs = nullptr;
    /// The tab shown last: the next one shown takes its pane layout.
    QPointer<TokenTab> m_shownTab;
    /// The keys shared by all tabs: the last secret and the last key text a user entered.
    struct SharedKey
    {
        TokenModel::KeyInput input = TokenModel::KeyInput::SecretText;
        QString text;
    };
    std::optional<SharedKey> m_sharedSecret;
    std::optional<SharedKey> m_sharedKeyText;
    /// The key editor's next edit is a key file or a generated pair, which joined the key
    /// ring as such: it is not listed again as pasted.
    bool m_keyEditorGiven = false;

    HistoryKeeper *m_historyKeeper = nullptr;

    ExplainView *m_explainView = nullptr;
    LearnPanel *m_learnPanel = nullptr;
    QDockWidget *m_explainDock = nullptr;
    QDockWidget *m_learnDock = nullptr;
    SessionKeys *m_sessionKeys = nullptr;
    KeyRingPanel *m_keyRingPanel = nullptr;
    ValidationPanel *m_validationPanel = nullptr;
    QDockWidget *m_keyRingDock = nullptr;
    QDockWidget *m_validationDock = nullptr;

    std::array<QMenu *, std::size_t(MenuId::Count)> m_menus {};
    std::array<QAction *, std::size_t(ActionId::Count)> m_actions {};
    QActionGroup *m_languageGroup = nullptr;
    /// The status message that follows the language (the sample's), while it is shown.
    QString m_shownMessage;
    QString (*m_messageText)() = nullptr;
};
