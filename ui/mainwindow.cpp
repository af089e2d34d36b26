// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appicon.h"
#include "boundedfile.h"
#include "claimstable.h"
#include "claimsview.h"
#include "exportcodedialog.h"
#include "jsonedit.h"
#include "jsonpane.h"
#include "keyringpanel.h"
#include "languagemanager.h"
#include "memberhover.h"
#include "parthighlight.h"
#include "pastedtext.h"
#include "sessionkeys.h"
#include "signaturepane.h"
#include "testtokensdialog.h"
#include "textedits.h"
#include "tokeneditor.h"
#include "tokenloader.h"
#include "tokenmodel.h"
#include "tokenpane.h"
#include "tokentab.h"
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
#include <QTabWidget>
#include <QToolButton>

namespace {

/// Files larger than this are not tokens or keys (a 10 MiB token still loads).
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(AppIcon::icon());

    createTabs();
    createDocks();
    createActions();
    openInNewTab();
    createTokenTools();
    retranslateUi();
    statusBar();
    // Fitted to the screen at the first start, as the user left it afterwards.
    WindowLayout::restore(this);
}

MainWindow::~MainWindow()
{
    // The tabs go first, while the window is whole: nothing they or the application emit
    // while they are destroyed (focus moving, cursors) may reach a half-destroyed window.
    QObject::disconnect(qApp, nullptr, this, nullptr);
    QObject::disconnect(m_tabs, nullptr, this, nullptr);
    for (int i = 0; i < tabCount(); ++i) {
        TokenTab *tab = tabAt(i);
        for (QObject *sender :
             std::initializer_list<QObject *> {tab, tab->model(), tab->signaturePane()}) {
            QObject::disconnect(sender, nullptr, this, nullptr);
        }
    }
    delete m_tabs;
    m_tabs = nullptr;
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
            {A::NewTab, M::File, "newTabAction", QT_TRANSLATE_NOOP("MainWindow", "New &Tab"), 0,
             [](MainWindow &w, bool) { w.openInNewTab(); }, K(Ctrl | Qt::Key_T)},
            {A::CloseTab, M::File, "closeTabAction", QT_TRANSLATE_NOOP("MainWindow", "&Close Tab"),
             0, [](MainWindow &w, bool) { w.closeTab(w.currentTabIndex()); }, K(Ctrl | Qt::Key_W)},
            {A::Sample, M::File, "sampleAction",
             QT_TRANSLATE_NOOP("MainWindow", "Open &Sample Token"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.loadSample(); }, K(CtrlShift | Qt::Key_N)},
            {A::Open, M::File, "openAction", QT_TRANSLATE_NOOP("MainWindow", "&Open Token or Key…"),
             0, [](MainWindow &w, bool) { w.openFileDialog(); }, K::Open},
            {A::Paste, M::File, "pasteAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Paste Token or Key"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.pasteToken(); }, K::Paste},
            {A::PasteNewTab, M::File, "pasteNewTabAction",
             QT_TRANSLATE_NOOP("MainWindow", "Paste in &New Tab"), 0,
             [](MainWindow &w, bool) { w.pasteInNewTab(); }, K(CtrlShift | Qt::Key_V)},
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
             [](MainWindow &w, bool) { w.currentTab()->tokenEditor()->setFocus(); },
             K(Qt::ALT | Qt::Key_1)},
            {A::FocusHeader, M::Edit, "focusHeaderAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Header"), 0,
             [](MainWindow &w, bool) {
                 TokenTab *tab = w.currentTab();
                 tab->layerHeaderPane(tab->currentLayer())->editor()->setFocus();
             },
             K(Qt::ALT | Qt::Key_2)},
            {A::FocusPayload, M::Edit, "focusPayloadAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Payload"), 0,
             [](MainWindow &w, bool) {
                 TokenTab *tab = w.currentTab();
                 tab->layerPayloadPane(tab->currentLayer())->editor()->setFocus();
             },
             K(Qt::ALT | Qt::Key_3)},
            {A::FocusKey, M::Edit, "focusKeyAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Secret or Key"), 0,
             [](MainWindow &w, bool) { w.signaturePane()->focusKeyInput(); },
             K(Qt::ALT | Qt::Key_4)},

            {A::ClaimsTable, M::View, "claimsTableAction",
             QT_TRANSLATE_NOOP("MainWindow", "Claims &Table"), S::Checkable,
             [](MainWindow &w, bool on) {
                 for (int i = 0; i < w.tabCount(); ++i)
                     w.tabAt(i)->claimsTable()->setVisible(on);
             },
             K(CtrlShift | Qt::Key_T)},
            {A::NextTab, M::View, "nextTabAction", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt Tab"),
             S::SeparatorBefore, [](MainWindow &w, bool) { w.switchTab(1); },
             K(Ctrl | Qt::Key_Tab)},
            {A::PreviousTab, M::View, "previousTabAction",
             QT_TRANSLATE_NOOP("MainWindow", "Pre&vious Tab"), 0,
             [](MainWindow &w, bool) { w.switchTab(-1); }, K(CtrlShift | Qt::Key_Backtab)},
            {A::ExplainDock, M::View, nullptr, nullptr, 0, nullptr, K(Qt::Key_F2)},
            {A::LearnDock, M::View, nullptr, nullptr, 0, nullptr, K(Qt::Key_F3)},
            {A::KeyRingDock, M::View, nullptr, nullptr, 0, nullptr, K(Qt::Key_F4)},
            {A::ValidationDock, M::View, nullptr, nullptr, 0, nullptr, K(Qt::Key_F6)},
            {A::CompareTabs, M::View, "compareAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Compare Tabs…"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.compareTokens(); }, K(Qt::Key_F7)},
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
             [](MainWindow &w, bool on) {
                 for (int i = 0; i < w.tabCount(); ++i)
                     w.tabAt(i)->model()->setResignOnEdit(on);
             },
             K(CtrlShift | Qt::Key_R)},
            {A::LoadKey, M::Tools, "loadKeyAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Load Key File…"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.signaturePane()->loadKeyFile(); },
             K(CtrlShift | Qt::Key_K)},
            {A::KeyPair, M::Tools, "keyPairAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Generate Key Pair…"), 0,
             [](MainWindow &w, bool) { w.generateKeyPair(); }, K(CtrlShift | Qt::Key_G)},
            {A::FetchKeys, M::Tools, "fetchKeysAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Fetch Keys…"), S::SeparatorBefore,
             [](MainWindow &w, bool) { w.fetchKeys(FetchKeysDialog::Mode::Keys); },
             K(CtrlShift | Qt::Key_J)},
            {A::FetchJku, M::Tools, "fetchJkuAction",
             QT_TRANSLATE_NOOP("MainWindow", "Fetch from the Token's &jku (Untrusted)…"), 0,
             [](MainWindow &w, bool) { w.fetchKeys(FetchKeysDialog::Mode::TokenJku); },
             K(CtrlShift | Qt::Key_U)},
            {A::FetchX5u, M::Tools, "fetchX5uAction",
             QT_TRANSLATE_NOOP("MainWindow", "Fetch from the Token's &x5u (Untrusted)…"), 0,
             [](MainWindow &w, bool) { w.fetchKeys(FetchKeysDialog::Mode::TokenX5u); },
             K(CtrlShift | Qt::Key_L)},
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
            action = dockFor(spec.id)->toggleViewAction();
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

    // Ctrl+PgDown / Ctrl+PgUp switch tabs too, as in browsers and terminals.
    action(ActionId::NextTab)
            ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab),
                            QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    action(ActionId::PreviousTab)
            ->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
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
    m_tabs->setAccessibleName(tr("Open tokens"));
    m_explainDock->setWindowTitle(tr("Explain"));
    m_learnDock->setWindowTitle(tr("Learn"));
    m_keyRingDock->setWindowTitle(tr("Key Ring"));
    m_validationDock->setWindowTitle(tr("Validation"));

    for (int i = 0; i < tabCount(); ++i)
        retranslateTab(tabAt(i));
}

void MainWindow::retranslateTab(TokenTab *tab)
{
    using B = TokenTab::ClaimButton;
    const auto shortcut = [this](ActionId id) {
        return action(id)->shortcut().toString(QKeySequence::NativeText);
    };
    tab->claimButton(B::Iat)->setText(tr("iat = now"));
    tab->claimButton(B::Exp5m)->setText(tr("exp +5 min"));
    tab->claimButton(B::Exp1h)->setText(tr("+1 h"));
    tab->claimButton(B::Exp1d)->setText(tr("+1 day"));
    tab->claimButton(B::Iat)->setToolTip(tr("Set iat to now (%1)").arg(shortcut(ActionId::SetIat)));
    tab->claimButton(B::Exp5m)->setToolTip(
            tr("Set exp to now + 5 minutes (%1)").arg(shortcut(ActionId::SetExp5m)));
    tab->claimButton(B::Exp1h)->setToolTip(
            tr("Set exp to now + 1 hour (%1)").arg(shortcut(ActionId::SetExp1h)));
    tab->claimButton(B::Exp1d)->setToolTip(
            tr("Set exp to now + 1 day (%1)").arg(shortcut(ActionId::SetExp1d)));
    tab->retranslateUi();
}

bool MainWindow::isDecoding() const
{
    return currentTab()->isDecoding();
}

void MainWindow::flushEdits()
{
    currentTab()->flushEdits();
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
    replaceToken(QString::fromLatin1(tokenFile.readAll()).trimmed());
    signaturePane()->setKeyInput(TokenModel::KeyInput::SecretText,
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
    if (kind == PastedText::Kind::Key && SessionKeys::needsPassphrase(trimmed.toUtf8())) {
        // Passphrase-protected PEM: asked for, and the key joins the key ring.
        m_keyRingDock->show();
        return m_keyRingPanel->addKeyText(trimmed.toUtf8(), SessionKeys::Source::Pasted, {}) > 0
                ? Loaded::Key
                : Loaded::Nothing;
    }
    if (kind == PastedText::Kind::Key) {
        signaturePane()->setKeyInput(TokenModel::KeyInput::KeyText, trimmed);
        showMessage(model()->keyError().isError()
                            ? tr("Key not loaded: %1").arg(model()->keyError().message)
                            : tr("Loaded %1.").arg(model()->keyDescription()));
        return Loaded::Key;
    }
    return openTokenText(trimmed, false) ? Loaded::Token : Loaded::Nothing;
}

bool MainWindow::openFile(const QString &path)
{
    // Through BoundedFile: the size is what is read (a device says 0, a file may grow), and a
    // FIFO without a writer gives up in time instead of freezing the window.
    const BoundedFile::Result read = BoundedFile::read(path, MaxFileSize);
    if (read.status == BoundedFile::Result::Status::TooLarge) {
        showMessage(tr("%1 is too large for a token or a key (over %2 MiB).")
                            .arg(path)
                            .arg(MaxFileSize / (1024 * 1024)));
        return false;
    }
    if (!read.ok()) {
        showMessage(tr("Cannot open the file: %1").arg(read.error));
        return false;
    }
    const QString text = QString::fromUtf8(read.data);
    if (PastedText::classify(text) != PastedText::Kind::Token)
        return loadText(text) != Loaded::Nothing;
    return openTokenText(text, true); // File → Open makes a new tab (or fills an empty one)
}

bool MainWindow::newFromTemplate(const QString &id)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TokenTemplates::Built built = TokenTemplates::build(id, model()->now());
    QApplication::restoreOverrideCursor();
    if (!built.ok()) {
        showMessage(tr("Could not build the template: %1").arg(built.error));
        return false;
    }
    replaceToken(built.token);
    statusBar()->clearMessage();
    recordOpened(built.token);
    TokenModel::KeyInput input = TokenModel::KeyInput::SecretText;
    if (built.keyInput == TokenTemplates::KeyInput::SecretBase64)
        input = TokenModel::KeyInput::SecretBase64;
    else if (built.keyInput == TokenTemplates::KeyInput::KeyText)
        input = TokenModel::KeyInput::KeyText;
    signaturePane()->setKeyInput(input, built.keyText);
    return true;
}

bool MainWindow::setClaimTime(const QString &name, qint64 secondsFromNow)
{
    // The layer shown: a claim of a nested token's inner token goes into that token.
    TokenTab *tab = currentTab();
    JsonPane *payloadPane = tab->layerPayloadPane(tab->currentLayer());
    payloadPane->flush();
    if (payloadPane->isExcerpt()) {
        showMessage(tr("The payload is too large to edit here."));
        return false;
    }
    const qint64 value = tab->currentModel()->now().toSecsSinceEpoch() + secondsFromNow;
    QPlainTextEdit *editor = payloadPane->editor();
    const std::optional<JsonEdit::Edit> edit
            = JsonEdit::setMember(editor->toPlainText(), name, QByteArray::number(value));
    if (!edit) {
        showMessage(tr("The payload is not a JSON object: fix it first."));
        return false;
    }
    TextEdits::applyUserEdit(editor, edit->start, edit->length, edit->replacement);
    payloadPane->flush();
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
    const QString token = model()->token().trimmed();
    QGuiApplication::clipboard()->setText(
            asBearer ? QStringLiteral("Authorization: Bearer ") + token : token);
    showMessage(asBearer ? tr("Copied the Authorization header.") : tr("Copied the token."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settleTabs();
    WindowLayout::save(this);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_tabs) {
        // The model's texts (badge reason, claim meanings, findings) follow the language too.
        for (int i = 0; i < tabCount(); ++i)
            tabAt(i)->model()->retranslate();
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
