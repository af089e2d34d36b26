// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appicon.h"
#include "claimstable.h"
#include "claimsview.h"
#include "exportcodedialog.h"
#include "jsonedit.h"
#include "jsonpane.h"
#include "languagemanager.h"
#include "memberhover.h"
#include "parthighlight.h"
#include "pastedtext.h"
#include "signaturepane.h"
#include "testtokensdialog.h"
#include "textedits.h"
#include "tokeneditor.h"
#include "tokenloader.h"
#include "tokenmodel.h"
#include "tokenpane.h"
#include "tokentemplates.h"
#include "windowlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>

namespace {

/// Files larger than this are not tokens or keys (a 10 MiB token still loads).
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

QToolButton *smallButton(QWidget *parent, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new TokenModel(this))
    , m_loader(new TokenLoader(m_model, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(AppIcon::icon());

    createPanes();
    createActions();
    createTokenTools();
    bindModel();
    retranslateUi();
    statusBar();
    // Fitted to the screen at the first start, as the user left it afterwards.
    WindowLayout::restore(this);
}

MainWindow::~MainWindow()
{
    // The children go after this object: nothing they or the application emit while they
    // are destroyed (focus moving, cursors) may reach the half-destroyed window.
    delete m_highlight;
    QObject::disconnect(qApp, nullptr, this, nullptr);
    // A decode still running holds only its own copy of the text; it ends before we do.
    delete m_loader;
    for (QObject *sender :
         std::initializer_list<QObject *> {m_tokenPane, m_tokenEditor, m_headerPane, m_payloadPane,
                                           m_signaturePane, m_model}) {
        QObject::disconnect(sender, nullptr, this, nullptr);
    }
}

void MainWindow::createPanes()
{
    auto *mainSplitter = new QSplitter(Qt::Horizontal, this);
    mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter->setChildrenCollapsible(false);

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
    m_iatButton = smallButton(m_payloadPane, QStringLiteral("setIatNow"));
    m_exp5mButton = smallButton(m_payloadPane, QStringLiteral("setExp5m"));
    m_exp1hButton = smallButton(m_payloadPane, QStringLiteral("setExp1h"));
    m_exp1dButton = smallButton(m_payloadPane, QStringLiteral("setExp1d"));
    m_tableButton = smallButton(m_payloadPane, QStringLiteral("claimsTableToggle"));
    m_tableButton->setCheckable(true);
    for (QToolButton *button :
         {m_iatButton, m_exp5mButton, m_exp1hButton, m_exp1dButton, m_tableButton}) {
        m_payloadPane->addTitleWidget(button);
    }
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
    setCentralWidget(mainSplitter);

    createDocks();

    setTabOrder(m_tokenEditor, m_tokenPane->copyButton());
    setTabOrder(m_tokenPane->copyButton(), m_tokenPane->copyBearerButton());
    setTabOrder(m_tokenPane->copyBearerButton(), m_headerPane->editor());
    setTabOrder(m_headerPane->editor(), m_payloadPane->editor());
}

/// One action of the window: created, put into its menu and retranslated from this.
struct MainWindow::ActionSpec
{
    enum Flag {
        SeparatorBefore = 1, ///< a separator in the menu before it
        Checkable = 2, ///< and its handler follows toggled() rather than triggered()
        Untranslated = 4, ///< text is shown as it is (a language's own name)
    };
    ActionId id;
    MenuId menu;
    const char *name; ///< objectName; nullptr for a dock's own toggle action
    const char *text; ///< in MainWindow's context; nullptr: the dock's title
    int flags;
    void (*handler)(MainWindow &window, bool checked);
    QKeySequence shortcut;
};

const QList<MainWindow::ActionSpec> &MainWindow::actionSpecs()
{
    using A = ActionId;
    using M = MenuId;
    using S = ActionSpec;
    using K = QKeySequence;
    constexpr auto Ctrl = Qt::CTRL;
    constexpr auto CtrlShift = Qt::CTRL | Qt::SHIFT;
    static const QList<ActionSpec> specs = {
            {A::Sample, M::File, "sampleAction",
             QT_TRANSLATE_NOOP("MainWindow", "Open &Sample Token"), 0,
             [](MainWindow &w, bool) { w.loadSample(); }, K(CtrlShift | Qt::Key_N)},
            {A::Open, M::File, "openAction", QT_TRANSLATE_NOOP("MainWindow", "&Open Token or Key…"),
             0, [](MainWindow &w, bool) { w.openFileDialog(); }, K::Open},
            {A::Paste, M::File, "pasteAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Paste Token or Key"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.pasteToken(); }, K::Paste},
            {A::CopyToken, M::File, "copyTokenAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Copy Token"), 0,
             [](MainWindow &w, bool) { w.copyToken(false); }, K(CtrlShift | Qt::Key_C)},
            {A::CopyBearer, M::File, "copyBearerAction",
             QT_TRANSLATE_NOOP("MainWindow", "Copy as &Authorization: Bearer"), 0,
             [](MainWindow &w, bool) { w.copyToken(true); }, K(CtrlShift | Qt::Key_B)},
            {A::ExportCode, M::File, "exportCodeAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Export as Code…"), 0,
             [](MainWindow &w, bool) { ExportCodeDialog::showFor(w); }, K(CtrlShift | Qt::Key_E)},
            {A::KeepHistory, M::File, "keepHistoryAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Keep History of Opened Tokens"),
             S::SeparatorBefore | S::Checkable,
             [](MainWindow &w, bool on) { w.setHistoryEnabled(on); }, K(CtrlShift | Qt::Key_Y)},
            {A::ShowHistory, M::File, "historyAction", QT_TRANSLATE_NOOP("MainWindow", "&History…"),
             0, [](MainWindow &w, bool) { w.showHistory(); }, K(Ctrl | Qt::Key_H)},
            {A::Quit, M::File, "quitAction", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
             S::SeparatorBefore, [](MainWindow &w, bool) { w.close(); }, K(Ctrl | Qt::Key_Q)},

            {A::SetIat, M::Edit, "iatAction", QT_TRANSLATE_NOOP("MainWindow", "Set &iat to Now"), 0,
             [](MainWindow &w, bool) { w.setClaimTime(QStringLiteral("iat"), 0); },
             K(CtrlShift | Qt::Key_I)},
            {A::SetExp5m, M::Edit, "exp5mAction",
             QT_TRANSLATE_NOOP("MainWindow", "Set exp to Now + &5 Minutes"), 0,
             [](MainWindow &w, bool) { w.setClaimTime(QStringLiteral("exp"), 5 * 60); },
             K(CtrlShift | Qt::Key_M)},
            {A::SetExp1h, M::Edit, "exp1hAction",
             QT_TRANSLATE_NOOP("MainWindow", "Set exp to Now + 1 &Hour"), 0,
             [](MainWindow &w, bool) { w.setClaimTime(QStringLiteral("exp"), 60 * 60); },
             K(CtrlShift | Qt::Key_H)},
            {A::SetExp1d, M::Edit, "exp1dAction",
             QT_TRANSLATE_NOOP("MainWindow", "Set exp to Now + 1 &Day"), 0,
             [](MainWindow &w, bool) { w.setClaimTime(QStringLiteral("exp"), 24 * 60 * 60); },
             K(CtrlShift | Qt::Key_D)},
            {A::FocusToken, M::Edit, "focusTokenAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Encoded Token"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.m_tokenEditor->setFocus(); }, K(Qt::ALT | Qt::Key_1)},
            {A::FocusHeader, M::Edit, "focusHeaderAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Header"), 0,
             [](MainWindow &w, bool) { w.m_headerPane->editor()->setFocus(); },
             K(Qt::ALT | Qt::Key_2)},
            {A::FocusPayload, M::Edit, "focusPayloadAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Payload"), 0,
             [](MainWindow &w, bool) { w.m_payloadPane->editor()->setFocus(); },
             K(Qt::ALT | Qt::Key_3)},
            {A::FocusKey, M::Edit, "focusKeyAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Secret or Key"), 0,
             [](MainWindow &w, bool) { w.m_signaturePane->focusKeyInput(); },
             K(Qt::ALT | Qt::Key_4)},

            {A::ClaimsTable, M::View, "claimsTableAction",
             QT_TRANSLATE_NOOP("MainWindow", "Claims &Table"), S::Checkable,
             [](MainWindow &w, bool on) { w.m_claimsTable->setVisible(on); },
             K(CtrlShift | Qt::Key_T)},
            {A::ExplainDock, M::View, nullptr, nullptr, 0, nullptr, K(Qt::Key_F2)},
            {A::LearnDock, M::View, nullptr, nullptr, 0, nullptr, K(Qt::Key_F3)},
            {A::CompareTabs, M::View, "compareAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Compare Tabs…"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.compareTokens(); }, K(Qt::Key_F4)},
            // The languages follow triggered(): unchecking the checked one is no choice.
            {A::LanguageSystem, M::Language, "languageSystem",
             QT_TRANSLATE_NOOP("MainWindow", "&System"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.setLanguage(QString()); }, K()},
            {A::LanguageEnglish, M::Language, "languageEnglish", "English", S::Untranslated,
             [](MainWindow &w, bool) { w.setLanguage(QStringLiteral("en")); }, K()},
            {A::LanguageKorean, M::Language, "languageKorean", "한국어", S::Untranslated,
             [](MainWindow &w, bool) { w.setLanguage(QStringLiteral("ko")); }, K()},

            {A::Sign, M::Tools, "signAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Sign with This Key"), 0,
             [](MainWindow &w, bool) { w.signWithKey(); }, K(Ctrl | Qt::Key_Return)},
            {A::ResignOnEdit, M::Tools, "resignAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Re-sign on Edit"), S::Checkable,
             [](MainWindow &w, bool on) { w.m_model->setResignOnEdit(on); },
             K(CtrlShift | Qt::Key_R)},
            {A::LoadKey, M::Tools, "loadKeyAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Load Key File…"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.m_signaturePane->loadKeyFile(); },
             K(CtrlShift | Qt::Key_K)},
            {A::KeyPair, M::Tools, "keyPairAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Generate Key Pair…"), 0,
             [](MainWindow &w, bool) { w.generateKeyPair(); }, K(CtrlShift | Qt::Key_G)},
            {A::TestTokens, M::Tools, "testTokensAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Test Tokens for Your Server…"), S::SeparatorBefore,
             [](MainWindow &w, bool) { TestTokensDialog::showFor(w); }, K(CtrlShift | Qt::Key_X)},

            {A::About, M::Help, "aboutAction", QT_TRANSLATE_NOOP("MainWindow", "&About JWT Lens"),
             0, [](MainWindow &w, bool) { w.showAbout(); }, K::HelpContents},
    };
    return specs;
}

void MainWindow::createActions()
{
    for (MenuId id : {MenuId::File, MenuId::Edit, MenuId::View, MenuId::Tools, MenuId::Help})
        m_menus[std::size_t(id)] = menuBar()->addMenu(QString());
    m_menus[std::size_t(MenuId::Templates)] = menu(MenuId::File)->addMenu(QString());
    menu(MenuId::Templates)->setObjectName(QStringLiteral("templateMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);

    for (const ActionSpec &spec : actionSpecs()) {
        QAction *action = nullptr;
        if (spec.name) {
            action = new QAction(this);
            action->setObjectName(QLatin1String(spec.name));
            addAction(action);
        } else {
            action = (spec.id == ActionId::ExplainDock ? m_explainDock : m_learnDock)
                             ->toggleViewAction();
        }
        if (!spec.shortcut.isEmpty())
            action->setShortcut(spec.shortcut);
        if (spec.flags & ActionSpec::Untranslated)
            action->setText(QString::fromUtf8(spec.text));
        if (spec.handler) {
            const auto handler = spec.handler;
            const auto run = [this, handler](bool checked) {
                handler(*this, checked);
            };
            if (spec.flags & ActionSpec::Checkable) {
                action->setCheckable(true);
                connect(action, &QAction::toggled, this, run);
            } else {
                connect(action, &QAction::triggered, this, run);
            }
        }
        m_actions[std::size_t(spec.id)] = action;

        // A submenu (the languages) appears where its first action goes.
        QMenu *&target = m_menus[std::size_t(spec.menu)];
        QMenu *parent = spec.menu == MenuId::Language ? menu(MenuId::View) : target;
        if (spec.flags & ActionSpec::SeparatorBefore)
            (target ? target : parent)->addSeparator();
        if (!target)
            target = parent->addMenu(QString());
        target->addAction(action);
    }

    for (ActionId id :
         {ActionId::LanguageSystem, ActionId::LanguageEnglish, ActionId::LanguageKorean}) {
        action(id)->setCheckable(true);
        m_languageGroup->addAction(action(id));
    }
    const QString current = LanguageManager::current();
    action(current == QLatin1String("ko")           ? ActionId::LanguageKorean
                   : current == QLatin1String("en") ? ActionId::LanguageEnglish
                                                    : ActionId::LanguageSystem)
            ->setChecked(true);

    connect(m_model, &TokenModel::resignOnEditChanged, action(ActionId::ResignOnEdit),
            &QAction::setChecked);
    connect(m_tokenPane->copyButton(), &QPushButton::clicked, action(ActionId::CopyToken),
            &QAction::trigger);
    connect(m_tokenPane->copyBearerButton(), &QPushButton::clicked, action(ActionId::CopyBearer),
            &QAction::trigger);
    m_iatButton->setDefaultAction(action(ActionId::SetIat));
    m_exp5mButton->setDefaultAction(action(ActionId::SetExp5m));
    m_exp1hButton->setDefaultAction(action(ActionId::SetExp1h));
    m_exp1dButton->setDefaultAction(action(ActionId::SetExp1d));
    // The table button shows its action as it is ("Claims Table"), tooltip included.
    m_tableButton->setDefaultAction(action(ActionId::ClaimsTable));
}

void MainWindow::rebuildTemplateMenu()
{
    QMenu *templates = menu(MenuId::Templates);
    templates->clear();
    // Groups: the examples, the encrypted tokens ("jwe-"), one per algorithm ("alg-").
    const auto groupOf = [](const QString &id) {
        return id.startsWith(QLatin1String("jwe-"))    ? 1
                : id.startsWith(QLatin1String("alg-")) ? 2
                                                       : 0;
    };
    int group = 0;
    for (const TokenTemplates::Template &entry : TokenTemplates::all()) {
        if (groupOf(entry.id) != group) {
            group = groupOf(entry.id);
            templates->addSeparator();
        }
        QAction *action = templates->addAction(entry.title);
        action->setObjectName(QStringLiteral("template_") + entry.id);
        const QString id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { newFromTemplate(id); });
    }
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("JWT Lens"));

    const std::pair<MenuId, const char *> titles[] = {
            {MenuId::File, QT_TR_NOOP("&File")},
            {MenuId::Templates, QT_TR_NOOP("&New from Template")},
            {MenuId::Edit, QT_TR_NOOP("&Edit")},
            {MenuId::View, QT_TR_NOOP("&View")},
            {MenuId::Language, QT_TR_NOOP("&Language")},
            {MenuId::Tools, QT_TR_NOOP("&Tools")},
            {MenuId::Help, QT_TR_NOOP("&Help")},
    };
    for (const auto &[id, title] : titles)
        menu(id)->setTitle(tr(title));
    for (const ActionSpec &spec : actionSpecs()) {
        if (spec.text && !(spec.flags & ActionSpec::Untranslated))
            action(spec.id)->setText(tr(spec.text));
    }
    rebuildTemplateMenu();
    m_explainDock->setWindowTitle(tr("Explain"));
    m_learnDock->setWindowTitle(tr("Learn"));

    m_iatButton->setText(tr("iat = now"));
    m_exp5mButton->setText(tr("exp +5 min"));
    m_exp1hButton->setText(tr("+1 h"));
    m_exp1dButton->setText(tr("+1 day"));
    const auto shortcut = [this](ActionId id) {
        return action(id)->shortcut().toString(QKeySequence::NativeText);
    };
    m_iatButton->setToolTip(tr("Set iat to now (%1)").arg(shortcut(ActionId::SetIat)));
    m_exp5mButton->setToolTip(
            tr("Set exp to now + 5 minutes (%1)").arg(shortcut(ActionId::SetExp5m)));
    m_exp1hButton->setToolTip(tr("Set exp to now + 1 hour (%1)").arg(shortcut(ActionId::SetExp1h)));
    m_exp1dButton->setToolTip(tr("Set exp to now + 1 day (%1)").arg(shortcut(ActionId::SetExp1d)));
    onStructureChanged();
}

void MainWindow::bindModel()
{
    connect(m_tokenPane, &TokenPane::tokenEdited, this, &MainWindow::setModelToken);
    connect(m_tokenPane, &TokenPane::pasteRequested, this, &MainWindow::pasteToken);
    connect(m_tokenPane, &TokenPane::tokenPasted, this, &MainWindow::loadText);
    connect(m_loader, &TokenLoader::decoded, this, [this] {
        if (m_newHistoryPending)
            startNewHistory();
    });
    connect(m_model, &TokenModel::tokenChanged, this, &MainWindow::onTokenChanged);
    connect(m_headerPane, &JsonPane::textEdited, m_model, &TokenModel::setHeaderText);
    connect(m_payloadPane, &JsonPane::textEdited, m_model, &TokenModel::setPayloadText);
    connect(m_model, &TokenModel::headerTextChanged, m_headerPane, &JsonPane::setText);
    connect(m_model, &TokenModel::payloadTextChanged, m_payloadPane, &JsonPane::setText);
    connect(m_model, &TokenModel::structureChanged, this, &MainWindow::onStructureChanged);

    m_tokenEditor->setTokenText(m_model->token());
    m_headerPane->setText(m_model->headerText());
    m_payloadPane->setText(m_model->payloadText());
}

bool MainWindow::isDecoding() const
{
    return m_loader->isDecoding();
}

void MainWindow::setModelToken(const QString &text)
{
    m_loader->setToken(text);
    updateTokenNotice();
}

void MainWindow::updateTokenNotice()
{
    const qsizetype length
            = isDecoding() ? m_loader->decodingToken().size() : m_model->token().size();
    m_tokenPane->updateNotice(isDecoding(), length, m_model->tokenError().isError());
}

void MainWindow::startNewHistory()
{
    m_newHistoryPending = isDecoding();
    if (m_newHistoryPending)
        return;
    for (QPlainTextEdit *editor : {static_cast<QPlainTextEdit *>(m_tokenEditor),
                                   m_headerPane->editor(), m_payloadPane->editor()}) {
        editor->document()->clearUndoRedoStacks();
    }
}

void MainWindow::onTokenChanged(const QString &token)
{
    const TokenModel::PartError tokenError = m_model->tokenError();
    if (!m_tokenPane->setToken(token, m_model->segments(),
                               tokenError.isError() ? tokenError.offset : -1)) {
        return; // the user's newer edit goes to the model next
    }
    onStructureChanged();
    updateTokenNotice();
}

void MainWindow::onStructureChanged()
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

void MainWindow::flushEdits()
{
    m_tokenPane->flush();
    m_headerPane->flush();
    m_payloadPane->flush();
    m_signaturePane->flush();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::loadSample()
{
    QFile tokenFile(QStringLiteral(":/sample.jwt"));
    QFile secretFile(QStringLiteral(":/sample-secret.txt"));
    if (!tokenFile.open(QIODevice::ReadOnly) || !secretFile.open(QIODevice::ReadOnly))
        return;
    flushEdits();
    setModelToken(QString::fromLatin1(tokenFile.readAll()).trimmed());
    startNewHistory();
    m_signaturePane->setKeyInput(TokenModel::KeyInput::SecretText,
                                 QString::fromUtf8(secretFile.readAll()).trimmed(),
                                 TokenModel::KeyOrigin::Sample);
    m_messageText = [] {
        return tr("Sample token. Its secret ships with JWT Lens and is public: never use it "
                  "for real tokens.");
    };
    m_shownMessage = m_messageText();
    showMessage(m_shownMessage);
}

MainWindow::Loaded MainWindow::loadText(const QString &text)
{
    const PastedText::Kind kind = PastedText::classify(text);
    if (kind == PastedText::Kind::Empty) {
        showMessage(tr("Nothing to load: the text is empty."));
        return Loaded::Nothing;
    }
    const QString trimmed = text.trimmed();
    flushEdits();
    if (kind == PastedText::Kind::Key) {
        m_signaturePane->setKeyInput(TokenModel::KeyInput::KeyText, trimmed);
        showMessage(m_model->keyError().isError()
                            ? tr("Key not loaded: %1").arg(m_model->keyError().message)
                            : tr("Loaded %1.").arg(m_model->keyDescription()));
        return Loaded::Key;
    }
    setModelToken(trimmed);
    startNewHistory();
    statusBar()->clearMessage(); // what was said of the previous token
    recordOpened(trimmed);
    return Loaded::Token;
}

bool MainWindow::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > MaxFileSize) {
        showMessage(tr("%1 is too large for a token or a key (%2 MiB).")
                            .arg(path)
                            .arg(file.size() / (1024 * 1024)));
        return false;
    }
    return loadText(QString::fromUtf8(file.readAll())) != Loaded::Nothing;
}

bool MainWindow::newFromTemplate(const QString &id)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TokenTemplates::Built built = TokenTemplates::build(id, m_model->now());
    QApplication::restoreOverrideCursor();
    if (!built.ok()) {
        showMessage(tr("Could not build the template: %1").arg(built.error));
        return false;
    }
    flushEdits();
    setModelToken(built.token);
    startNewHistory();
    statusBar()->clearMessage();
    recordOpened(built.token);
    TokenModel::KeyInput input = TokenModel::KeyInput::SecretText;
    if (built.keyInput == TokenTemplates::KeyInput::SecretBase64)
        input = TokenModel::KeyInput::SecretBase64;
    else if (built.keyInput == TokenTemplates::KeyInput::KeyText)
        input = TokenModel::KeyInput::KeyText;
    m_signaturePane->setKeyInput(input, built.keyText);
    return true;
}

bool MainWindow::setClaimTime(const QString &name, qint64 secondsFromNow)
{
    m_payloadPane->flush();
    if (m_payloadPane->isExcerpt()) {
        showMessage(tr("The payload is too large to edit here."));
        return false;
    }
    const qint64 value = m_model->now().toSecsSinceEpoch() + secondsFromNow;
    QPlainTextEdit *editor = m_payloadPane->editor();
    const std::optional<JsonEdit::Edit> edit
            = JsonEdit::setMember(editor->toPlainText(), name, QByteArray::number(value));
    if (!edit) {
        showMessage(tr("The payload is not a JSON object: fix it first."));
        return false;
    }
    TextEdits::applyUserEdit(editor, edit->start, edit->length, edit->replacement);
    m_payloadPane->flush();
    return true;
}

void MainWindow::setLanguage(const QString &code)
{
    LanguageManager::apply(code);
    action(code == QLatin1String("ko")           ? ActionId::LanguageKorean
                   : code == QLatin1String("en") ? ActionId::LanguageEnglish
                                                 : ActionId::LanguageSystem)
            ->setChecked(true);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Token or Key"), QString(),
            tr("Tokens and keys (*.jwt *.txt *.pem *.crt *.json *.jwk *.jwks);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::pasteToken()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (data && data->hasUrls() && !data->urls().isEmpty() && data->urls().first().isLocalFile()) {
        openFile(data->urls().first().toLocalFile());
        return;
    }
    loadText(QGuiApplication::clipboard()->text());
}

void MainWindow::copyToken(bool asBearer)
{
    flushEdits();
    const QString token = m_model->token().trimmed();
    QGuiApplication::clipboard()->setText(
            asBearer ? QStringLiteral("Authorization: Bearer ") + token : token);
    showMessage(asBearer ? tr("Copied the Authorization header.") : tr("Copied the token."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowLayout::save(this);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The model's texts (badge reason, claim meanings, findings) follow the language too.
        m_model->retranslate();
        retranslateUi();
        if (m_messageText && statusBar()->currentMessage() == m_shownMessage) {
            m_shownMessage = m_messageText();
            showMessage(m_shownMessage);
        }
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (data->hasUrls()) {
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile()) {
                openFile(url.toLocalFile());
                event->acceptProposedAction();
                return;
            }
        }
    }
    if (data->hasText()) {
        loadText(data->text());
        event->acceptProposedAction();
    }
}
