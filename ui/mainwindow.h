// SPDX-License-Identifier: MIT
#pragma once

#include "token.h"
#include "tokenloader.h"
#include "tokenmodel.h"

#include <QMainWindow>

#include <array>
#include <optional>

class ClaimsTable;
class ClaimsView;
class ExplainView;
class JsonPane;
class LearnPanel;
class PartHighlight;
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QToolButton;
class SignaturePane;
class HistoryKeeper;
class TokenEditor;
class TokenPane;

/// The JWT Lens window: the encoded token on the left, the Header, Payload (with its claims)
/// and Signature panes on the right, the Explain and Learn views as docks. Everything binds
/// to one TokenModel; the side the user last edited is the source.
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

    TokenModel *model() const { return m_model; }
    SignaturePane *signaturePane() const { return m_signaturePane; }

    /// The sample token of resources/ with its (public) secret.
    void loadSample();
    /// A token (whitespace and "Bearer " tolerated) or a key (PEM, JWK, JWKS).
    Loaded loadText(const QString &text);
    /// Reads a token or key file; false with a message when it cannot be read.
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

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// The window's actions, in menu order (see actionSpecs()).
    enum class ActionId {
        Sample,
        Open,
        Paste,
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
        ExplainDock,
        LearnDock,
        CompareTabs,
        LanguageSystem,
        LanguageEnglish,
        LanguageKorean,
        Sign,
        ResignOnEdit,
        LoadKey,
        KeyPair,
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

    void createPanes();
    void createDocks(); ///< mainwindowdocks.cpp
    void createActions();
    void bindModel();
    void retranslateUi();
    void rebuildTemplateMenu();

    /// Gives the model a token the user pasted, typed or opened (long ones in the background).
    void setModelToken(const QString &text);
    void updateTokenNotice();
    /// After a token was loaded (opened, pasted, dropped, a template, the sample): every
    /// pane starts a new undo history, so that undo never brings back another token.
    void startNewHistory();
    void onTokenChanged(const QString &token);
    void onStructureChanged();
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
    void recordOpened(const QString &token);

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
    QToolButton *m_iatButton = nullptr;
    QToolButton *m_exp5mButton = nullptr;
    QToolButton *m_exp1hButton = nullptr;
    QToolButton *m_exp1dButton = nullptr;
    QToolButton *m_tableButton = nullptr;

    HistoryKeeper *m_historyKeeper = nullptr;

    ExplainView *m_explainView = nullptr;
    LearnPanel *m_learnPanel = nullptr;
    QDockWidget *m_explainDock = nullptr;
    QDockWidget *m_learnDock = nullptr;

    std::array<QMenu *, std::size_t(MenuId::Count)> m_menus {};
    std::array<QAction *, std::size_t(ActionId::Count)> m_actions {};
    QActionGroup *m_languageGroup = nullptr;
    bool m_newHistoryPending = false; ///< a loaded token is decoded in the background
    /// The status message that follows the language (the sample's), while it is shown.
    QString m_shownMessage;
    QString (*m_messageText)() = nullptr;
};
