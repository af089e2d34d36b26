// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "claimedit.h"
#include "claimstable.h"
#include "claimsview.h"
#include "explainview.h"
#include "jsonpane.h"
#include "keypairdialog.h"
#include "languagemanager.h"
#include "learnpanel.h"
#include "memberhover.h"
#include "partcolors.h"
#include "pastedtext.h"
#include "signaturepane.h"
#include "textedits.h"
#include "tokeneditor.h"
#include "tokenloader.h"
#include "tokenmodel.h"
#include "tokentemplates.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/// Files larger than this are not tokens or keys (a 10 MiB token still loads).
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

/// The SVG icon of resources/, or, without Qt's SVG plugin (qt6-svg is not a dependency),
/// the same drawing painted here.
QIcon appIcon()
{
    QIcon icon(QStringLiteral(":/icons/jwtlens.svg"));
    if (!icon.pixmap(64, 64).isNull())
        return icon;
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x24, 0x30));
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
    const QColor parts[]
            = {QColor(0xfb, 0x01, 0x5b), QColor(0xd6, 0x3a, 0xff), QColor(0x00, 0xb9, 0xf1)};
    for (int i = 0; i < 3; ++i) {
        painter.setBrush(parts[i]);
        painter.drawRoundedRect(QRectF(9 + 16 * i, 26, 14, 12), 3, 3);
    }
    QColor white(Qt::white);
    white.setAlphaF(0.85);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(white, 3));
    painter.drawEllipse(QPointF(32, 32), 22, 22);
    painter.setPen(QPen(white, 5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(48, 48), QPointF(58, 58));
    painter.end();
    return QIcon(pixmap);
}

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
    , m_tokenDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(appIcon());
    m_tokenDebounce->setSingleShot(true);
    m_tokenDebounce->setInterval(0);
    connect(m_tokenDebounce, &QTimer::timeout, this, &MainWindow::onTokenEdited);

    createPanes();
    createActions();
    bindModel();
    retranslateUi();
    statusBar();
    resize(1440, 900);
    qApp->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_userActed
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)) {
        m_userActed = true;
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    // The children go after this object: nothing they or the application emit while they
    // are destroyed (focus moving, cursors) may reach the half-destroyed window.
    qApp->removeEventFilter(this);
    QObject::disconnect(qApp, nullptr, this, nullptr);
    // A decode still running holds only its own copy of the text; it ends before we do.
    delete m_loader;
    for (QObject *sender : std::initializer_list<QObject *> {
                 m_tokenEditor, m_headerPane, m_payloadPane, m_signaturePane, m_model}) {
        QObject::disconnect(sender, nullptr, this, nullptr);
    }
}

void MainWindow::createPanes()
{
    auto *mainSplitter = new QSplitter(Qt::Horizontal, this);
    mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    mainSplitter->setChildrenCollapsible(false);

    // Left: the encoded token.
    auto *left = new QWidget(mainSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    m_tokenTitle = new QLabel(left);
    QFont bold = m_tokenTitle->font();
    bold.setBold(true);
    m_tokenTitle->setFont(bold);
    leftLayout->addWidget(m_tokenTitle);
    m_tokenEditor = new TokenEditor(left);
    m_tokenEditor->setObjectName(QStringLiteral("tokenEdit"));
    leftLayout->addWidget(m_tokenEditor, 1);
    m_tokenError = new QLabel(left);
    m_tokenError->setObjectName(QStringLiteral("tokenError"));
    m_tokenError->setWordWrap(true);
    m_tokenError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenError->hide();
    leftLayout->addWidget(m_tokenError);
    m_tokenNotice = new QLabel(left);
    m_tokenNotice->setObjectName(QStringLiteral("tokenNotice"));
    m_tokenNotice->setWordWrap(true);
    m_tokenNotice->hide();
    leftLayout->addWidget(m_tokenNotice);
    m_tokenHint = new QLabel(left);
    m_tokenHint->setObjectName(QStringLiteral("tokenHint"));
    m_tokenHint->setWordWrap(true);
    m_tokenHint->setEnabled(false);
    leftLayout->addWidget(m_tokenHint);
    auto *copyRow = new QHBoxLayout;
    m_copyButton = new QPushButton(left);
    m_copyButton->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyBearerButton = new QPushButton(left);
    m_copyBearerButton->setObjectName(QStringLiteral("copyBearerButton"));
    copyRow->addWidget(m_copyButton);
    copyRow->addWidget(m_copyBearerButton);
    copyRow->addStretch(1);
    leftLayout->addLayout(copyRow);

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

    mainSplitter->addWidget(left);
    mainSplitter->addWidget(middle);
    mainSplitter->addWidget(m_signaturePane);
    mainSplitter->setStretchFactor(0, 3);
    mainSplitter->setStretchFactor(1, 4);
    mainSplitter->setStretchFactor(2, 3);
    mainSplitter->setSizes({420, 560, 460});
    setCentralWidget(mainSplitter);

    // The teaching views, as docks (View menu). They are made when first shown: hidden,
    // they would still follow every keystroke.
    m_explainDock = new QDockWidget(this);
    m_explainDock->setObjectName(QStringLiteral("explainDock"));
    m_learnDock = new QDockWidget(this);
    m_learnDock->setObjectName(QStringLiteral("learnDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_explainDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_learnDock);
    tabifyDockWidget(m_explainDock, m_learnDock);
    m_explainDock->hide();
    m_learnDock->hide();
    connect(m_explainDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_explainView)
            return;
        m_explainView = new ExplainView(m_model, m_explainDock);
        m_explainView->setObjectName(QStringLiteral("explainView"));
        m_explainDock->setWidget(m_explainView);
    });
    connect(m_learnDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_learnPanel)
            return;
        m_learnPanel = new LearnPanel(m_model, m_learnDock);
        m_learnPanel->setObjectName(QStringLiteral("learnPanel"));
        m_learnDock->setWidget(m_learnPanel);
        connect(m_learnPanel, &LearnPanel::highlightRequested, this, [this](TokenPart part) {
            m_requestedPart = part;
            updateHighlight();
        });
    });

    setTabOrder(m_tokenEditor, m_copyButton);
    setTabOrder(m_copyButton, m_copyBearerButton);
    setTabOrder(m_copyBearerButton, m_headerPane->editor());
    setTabOrder(m_headerPane->editor(), m_payloadPane->editor());
}

/// One action of the window: created, put into its menu and retranslated from this.
struct MainWindow::ActionSpec
{
    enum Flag {
        SeparatorBefore = 1, ///< a separator in the menu before it
        Checkable = 2,
        Untranslated = 4, ///< text is shown as it is (a language's own name)
    };
    ActionId id;
    MenuId menu;
    const char *name; ///< objectName; nullptr for a dock's own toggle action
    const char *text; ///< in MainWindow's context; nullptr: the dock's title
    QKeySequence shortcut;
    int flags;
    void (*triggered)(MainWindow &);
    void (*toggled)(MainWindow &, bool);
};

const QList<MainWindow::ActionSpec> &MainWindow::actionSpecs()
{
    using A = ActionId;
    using M = MenuId;
    using S = ActionSpec;
    const auto key = [](QKeyCombination combination) {
        return QKeySequence(combination);
    };
    constexpr auto Ctrl = Qt::CTRL;
    constexpr auto CtrlShift = Qt::CTRL | Qt::SHIFT;
    static const QList<ActionSpec> specs = {
            {A::Sample, M::File, "sampleAction",
             QT_TRANSLATE_NOOP("MainWindow", "Open &Sample Token"), key(CtrlShift | Qt::Key_N), 0,
             [](MainWindow &w) { w.loadSample(); }, nullptr},
            {A::Open, M::File, "openAction", QT_TRANSLATE_NOOP("MainWindow", "&Open Token or Key…"),
             QKeySequence::Open, 0, [](MainWindow &w) { w.openFileDialog(); }, nullptr},
            {A::Paste, M::File, "pasteAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Paste Token or Key"), QKeySequence::Paste,
             S::SeparatorBefore, [](MainWindow &w) { w.pasteToken(); }, nullptr},
            {A::CopyToken, M::File, "copyTokenAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Copy Token"), key(CtrlShift | Qt::Key_C), 0,
             [](MainWindow &w) { w.copyToken(false); }, nullptr},
            {A::CopyBearer, M::File, "copyBearerAction",
             QT_TRANSLATE_NOOP("MainWindow", "Copy as &Authorization: Bearer"),
             key(CtrlShift | Qt::Key_B), 0, [](MainWindow &w) { w.copyToken(true); }, nullptr},
            {A::Quit, M::File, "quitAction", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
             key(Ctrl | Qt::Key_Q), S::SeparatorBefore, [](MainWindow &w) { w.close(); }, nullptr},

            {A::SetIat, M::Edit, "iatAction", QT_TRANSLATE_NOOP("MainWindow", "Set &iat to Now"),
             key(CtrlShift | Qt::Key_I), 0,
             [](MainWindow &w) { w.setClaimTime(QStringLiteral("iat"), 0); }, nullptr},
            {A::SetExp5m, M::Edit, "exp5mAction",
             QT_TRANSLATE_NOOP("MainWindow", "Set exp to Now + &5 Minutes"),
             key(CtrlShift | Qt::Key_M), 0,
             [](MainWindow &w) { w.setClaimTime(QStringLiteral("exp"), 5 * 60); }, nullptr},
            {A::SetExp1h, M::Edit, "exp1hAction",
             QT_TRANSLATE_NOOP("MainWindow", "Set exp to Now + 1 &Hour"),
             key(CtrlShift | Qt::Key_H), 0,
             [](MainWindow &w) { w.setClaimTime(QStringLiteral("exp"), 60 * 60); }, nullptr},
            {A::SetExp1d, M::Edit, "exp1dAction",
             QT_TRANSLATE_NOOP("MainWindow", "Set exp to Now + 1 &Day"), key(CtrlShift | Qt::Key_D),
             0, [](MainWindow &w) { w.setClaimTime(QStringLiteral("exp"), 24 * 60 * 60); },
             nullptr},
            {A::FocusToken, M::Edit, "focusTokenAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Encoded Token"), key(Qt::ALT | Qt::Key_1),
             S::SeparatorBefore, [](MainWindow &w) { w.m_tokenEditor->setFocus(); }, nullptr},
            {A::FocusHeader, M::Edit, "focusHeaderAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Header"), key(Qt::ALT | Qt::Key_2), 0,
             [](MainWindow &w) { w.m_headerPane->editor()->setFocus(); }, nullptr},
            {A::FocusPayload, M::Edit, "focusPayloadAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Payload"), key(Qt::ALT | Qt::Key_3), 0,
             [](MainWindow &w) { w.m_payloadPane->editor()->setFocus(); }, nullptr},
            {A::FocusKey, M::Edit, "focusKeyAction",
             QT_TRANSLATE_NOOP("MainWindow", "Go to &Secret or Key"), key(Qt::ALT | Qt::Key_4), 0,
             [](MainWindow &w) { w.m_signaturePane->focusKeyInput(); }, nullptr},

            {A::ClaimsTable, M::View, "claimsTableAction",
             QT_TRANSLATE_NOOP("MainWindow", "Claims &Table"), key(CtrlShift | Qt::Key_T),
             S::Checkable, nullptr,
             [](MainWindow &w, bool on) {
                 w.m_claimsTable->setVisible(on);
             }},
            {A::ExplainDock, M::View, nullptr, nullptr, QKeySequence(Qt::Key_F2), 0, nullptr,
             nullptr},
            {A::LearnDock, M::View, nullptr, nullptr, QKeySequence(Qt::Key_F3), 0, nullptr,
             nullptr},
            {A::LanguageSystem,
             M::Language,
             "languageSystem",
             QT_TRANSLATE_NOOP("MainWindow", "&System"),
             {},
             S::SeparatorBefore | S::Checkable,
             [](MainWindow &w) { w.setLanguage(QString()); },
             nullptr},
            {A::LanguageEnglish,
             M::Language,
             "languageEnglish",
             "English",
             {},
             S::Checkable | S::Untranslated,
             [](MainWindow &w) { w.setLanguage(QStringLiteral("en")); },
             nullptr},
            {A::LanguageKorean,
             M::Language,
             "languageKorean",
             "한국어",
             {},
             S::Checkable | S::Untranslated,
             [](MainWindow &w) { w.setLanguage(QStringLiteral("ko")); },
             nullptr},

            {A::Sign, M::Tools, "signAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Sign with This Key"), key(Ctrl | Qt::Key_Return), 0,
             [](MainWindow &w) {
                 w.flushEdits();
                 if (!w.m_model->sign())
                     w.showMessage(
                             tr("Could not sign: %1").arg(w.m_model->signatureError().message));
             },
             nullptr},
            {A::ResignOnEdit, M::Tools, "resignAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Re-sign on Edit"), key(CtrlShift | Qt::Key_R),
             S::Checkable, nullptr,
             [](MainWindow &w, bool on) {
                 w.m_model->setResignOnEdit(on);
             }},
            {A::LoadKey, M::Tools, "loadKeyAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Load Key File…"), key(CtrlShift | Qt::Key_K),
             S::SeparatorBefore, [](MainWindow &w) { w.m_signaturePane->loadKeyFile(); }, nullptr},
            {A::KeyPair, M::Tools, "keyPairAction",
             QT_TRANSLATE_NOOP("MainWindow", "&Generate Key Pair…"), key(CtrlShift | Qt::Key_G), 0,
             [](MainWindow &w) { w.generateKeyPair(); }, nullptr},

            {A::About, M::Help, "aboutAction", QT_TRANSLATE_NOOP("MainWindow", "&About JWT Lens"),
             QKeySequence::HelpContents, 0,
             [](MainWindow &w) {
                 QMessageBox::about(
                         &w, tr("About JWT Lens"),
                         tr("<p><b>JWT Lens %1</b></p><p>An offline JWT debugger: tokens and keys "
                            "pasted here never leave this computer.</p>")
                                 .arg(QCoreApplication::applicationVersion()));
             },
             nullptr},
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
        action->setCheckable(action->isCheckable() || (spec.flags & ActionSpec::Checkable));
        if (spec.flags & ActionSpec::Untranslated)
            action->setText(QString::fromUtf8(spec.text));
        if (spec.triggered) {
            connect(action, &QAction::triggered, this,
                    [this, handler = spec.triggered] { handler(*this); });
        }
        if (spec.toggled) {
            connect(action, &QAction::toggled, this,
                    [this, handler = spec.toggled](bool on) { handler(*this, on); });
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
         {ActionId::LanguageSystem, ActionId::LanguageEnglish, ActionId::LanguageKorean})
        m_languageGroup->addAction(action(id));
    const QString current = LanguageManager::current();
    action(current == QLatin1String("ko")           ? ActionId::LanguageKorean
                   : current == QLatin1String("en") ? ActionId::LanguageEnglish
                                                    : ActionId::LanguageSystem)
            ->setChecked(true);

    connect(m_model, &TokenModel::resignOnEditChanged, action(ActionId::ResignOnEdit),
            &QAction::setChecked);
    connect(m_copyButton, &QPushButton::clicked, action(ActionId::CopyToken), &QAction::trigger);
    connect(m_copyBearerButton, &QPushButton::clicked, action(ActionId::CopyBearer),
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
    for (const TokenTemplates::Template &entry : TokenTemplates::all()) {
        QAction *action = templates->addAction(entry.title);
        action->setObjectName(QStringLiteral("template_") + entry.id);
        const QString id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { newFromTemplate(id); });
        if (entry.id == QLatin1String("oidc-id-token"))
            templates->addSeparator();
    }
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("JWT Lens"));
    m_tokenTitle->setText(tr("Encoded token"));
    m_tokenEditor->setAccessibleName(tr("Encoded token"));
    m_tokenEditor->setPlaceholderText(tr("Paste a token (header.payload.signature) here"));
    m_tokenHint->setText(tr("Everything stays on this computer: nothing is sent anywhere."));
    m_copyButton->setText(tr("&Copy token"));
    m_copyBearerButton->setText(tr("Copy as &Authorization header"));

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
    connect(m_tokenEditor, &QPlainTextEdit::textChanged, m_tokenDebounce,
            qOverload<>(&QTimer::start));
    connect(m_tokenEditor, &TokenEditor::longTokenEdited, this, [this](const QString &text) {
        m_tokenDebounce->stop();
        m_lastToken = text;
        setModelToken(text);
    });
    connect(m_tokenEditor, &TokenEditor::pasteRequested, this, &MainWindow::pasteToken);
    connect(m_model, &TokenModel::tokenChanged, this, &MainWindow::onTokenChanged);
    connect(m_headerPane, &JsonPane::textEdited, m_model, &TokenModel::setHeaderText);
    connect(m_payloadPane, &JsonPane::textEdited, m_model, &TokenModel::setPayloadText);
    connect(m_model, &TokenModel::headerTextChanged, m_headerPane, &JsonPane::setText);
    connect(m_model, &TokenModel::payloadTextChanged, m_payloadPane, &JsonPane::setText);
    connect(m_model, &TokenModel::structureChanged, this, &MainWindow::onStructureChanged);

    connect(m_tokenEditor, &TokenEditor::hoveredPartChanged, this, &MainWindow::updateHighlight);
    connect(m_tokenEditor, &TokenEditor::cursorPartChanged, this, [this] {
        m_requestedPart.reset();
        updateHighlight();
    });
    connect(m_headerPane, &JsonPane::cursorActivity, this, [this] {
        m_requestedPart.reset();
        updateHighlight();
    });
    connect(m_payloadPane, &JsonPane::cursorActivity, this, [this] {
        m_requestedPart.reset();
        updateHighlight();
    });
    connect(m_signaturePane, &SignaturePane::cursorActivity, this, [this] {
        m_requestedPart.reset();
        updateHighlight();
    });
    connect(qApp, &QApplication::focusChanged, this, [this] {
        m_requestedPart.reset();
        updateHighlight();
    });
    m_tokenEditor->setTokenText(m_model->token());
    m_headerPane->setText(m_model->headerText());
    m_payloadPane->setText(m_model->payloadText());
}

void MainWindow::onTokenEdited()
{
    // The excerpt of a long token is read-only: its text is not the token.
    if (m_tokenEditor->isExcerpt())
        return;
    const QString text = m_tokenEditor->toPlainText();
    if (text == m_lastToken)
        return;
    m_lastToken = text;
    setModelToken(text);
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
    const QString size = locale().formattedDataSize(length, 1);
    QString text;
    if (isDecoding()) {
        //: %1 a size such as "10.0 MiB"
        text = tr("Decoding a token of %1…").arg(size);
    } else if (m_tokenEditor->isExcerpt()) {
        //: %1 a size such as "10.0 MiB", %2 a number of characters
        text = tr("This token is %1 long: the editor shows its first %2 characters, read-only. "
                  "The panes decode all of it, and Copy token copies all of it.")
                       .arg(size, locale().toString(TokenEditor::ExcerptLength));
    }
    m_tokenNotice->setText(text);
    m_tokenNotice->setVisible(!text.isEmpty());
    m_tokenError->setVisible(m_model->tokenError().isError() && !isDecoding());
}

void MainWindow::onTokenChanged(const QString &token)
{
    // A pending keystroke is newer than the model's token: it is sent next. (Qt 6.4 also
    // reports re-highlighting as textChanged: that is no edit.)
    if (m_tokenDebounce->isActive()) {
        if (m_tokenEditor->tokenText() != m_lastToken)
            return;
        m_tokenDebounce->stop();
    }
    m_lastToken = token;
    // The ranges may have been computed for this text before the editor showed it.
    const TokenModel::PartError tokenError = m_model->tokenError();
    m_tokenEditor->setTokenText(token, m_model->segments(),
                                tokenError.isError() ? tokenError.offset : -1);
    onStructureChanged();
    updateTokenNotice();
}

void MainWindow::onStructureChanged()
{
    const TokenModel::PartError tokenError = m_model->tokenError();
    m_tokenEditor->setSegments(m_model->segments(), tokenError.isError() ? tokenError.offset : -1);
    // While a long token is decoded the model still holds the previous one: its error would
    // be about that.
    m_tokenError->setVisible(tokenError.isError() && !isDecoding());
    //: %1 what is wrong with the token and where
    m_tokenError->setText(tokenError.isError() ? tr("Token: %1").arg(tokenError.message)
                                               : QString());
    m_tokenError->setAccessibleDescription(m_tokenError->text());
    QPalette p = m_tokenError->palette();
    p.setColor(QPalette::WindowText, PartColors::status(PartColors::Status::Bad, palette()));
    m_tokenError->setPalette(p);
    m_headerPane->setError(m_model->headerError());
    m_payloadPane->setError(m_model->payloadError());
}

void MainWindow::updateHighlight()
{
    std::optional<TokenPart> part = m_requestedPart;
    if (!part)
        part = m_tokenEditor->hoveredPart();
    if (!part && m_userActed) {
        const QWidget *focus = QApplication::focusWidget();
        if (focus == m_tokenEditor)
            part = m_tokenEditor->cursorPart();
        else if (focus && m_headerPane->isAncestorOf(focus))
            part = TokenPart::Header;
        else if (focus && m_payloadPane->isAncestorOf(focus))
            part = TokenPart::Payload;
        else if (focus && m_signaturePane->isAncestorOf(focus))
            part = TokenPart::Signature;
    }
    m_headerPane->setHighlighted(part == TokenPart::Header);
    m_payloadPane->setHighlighted(part == TokenPart::Payload);
    m_signaturePane->setHighlighted(part == TokenPart::Signature);
    m_tokenEditor->setHighlightedPart(part);
}

void MainWindow::flushEdits()
{
    if (m_tokenDebounce->isActive()) {
        m_tokenDebounce->stop();
        onTokenEdited();
    }
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
    m_signaturePane->setKeyInput(TokenModel::KeyInput::SecretText,
                                 QString::fromUtf8(secretFile.readAll()).trimmed());
    showMessage(tr("Sample token. Its secret ships with JWT Lens and is public: never use it "
                   "for real tokens."));
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
    const ClaimEdit::Edit edit
            = ClaimEdit::setMember(editor->toPlainText(), name, QByteArray::number(value));
    if (!edit.ok()) {
        showMessage(edit.error);
        return false;
    }
    TextEdits::applyUserEdit(editor, edit.start, edit.length, edit.replacement);
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

void MainWindow::generateKeyPair()
{
    auto *dialog = new KeyPairDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<Algorithm> alg = m_model->algorithm();
    if (alg && Algorithms::family(*alg) != AlgorithmFamily::Hmac
        && Algorithms::family(*alg) != AlgorithmFamily::None) {
        dialog->setAlgorithm(*alg);
    }
    connect(dialog, &KeyPairDialog::keyChosen, this, [this](Algorithm chosen, const QString &pem) {
        flushEdits();
        m_model->setAlgorithm(chosen);
        m_signaturePane->setKeyInput(TokenModel::KeyInput::KeyText, pem);
        showMessage(tr("The new private key is in the key editor; press Sign to use it."));
    });
    dialog->show();
    dialog->generate();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The model's texts (badge reason, claim meanings, findings) follow the language too.
        m_model->retranslate();
        retranslateUi();
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
