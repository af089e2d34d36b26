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
    createMenus();
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

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        addAction(action);
        return action;
    };
    m_openAction = make(QStringLiteral("openAction"), QKeySequence::Open);
    m_pasteAction = make(QStringLiteral("pasteAction"), QKeySequence::Paste);
    m_copyAction = make(QStringLiteral("copyTokenAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyBearerAction = make(QStringLiteral("copyBearerAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_sampleAction
            = make(QStringLiteral("sampleAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_quitAction = make(QStringLiteral("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_iatAction = make(QStringLiteral("iatAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_exp5mAction
            = make(QStringLiteral("exp5mAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_exp1hAction
            = make(QStringLiteral("exp1hAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_exp1dAction
            = make(QStringLiteral("exp1dAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_tableAction = make(QStringLiteral("claimsTableAction"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_tableAction->setCheckable(true);
    m_signAction = make(QStringLiteral("signAction"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_resignAction
            = make(QStringLiteral("resignAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_resignAction->setCheckable(true);
    m_loadKeyAction
            = make(QStringLiteral("loadKeyAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_keyPairAction
            = make(QStringLiteral("keyPairAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_focusTokenAction
            = make(QStringLiteral("focusTokenAction"), QKeySequence(Qt::ALT | Qt::Key_1));
    m_focusHeaderAction
            = make(QStringLiteral("focusHeaderAction"), QKeySequence(Qt::ALT | Qt::Key_2));
    m_focusPayloadAction
            = make(QStringLiteral("focusPayloadAction"), QKeySequence(Qt::ALT | Qt::Key_3));
    m_focusKeyAction = make(QStringLiteral("focusKeyAction"), QKeySequence(Qt::ALT | Qt::Key_4));
    m_aboutAction = make(QStringLiteral("aboutAction"), QKeySequence::HelpContents);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_languageSystem = make(QStringLiteral("languageSystem"), {});
    m_languageEnglish = make(QStringLiteral("languageEnglish"), {});
    m_languageKorean = make(QStringLiteral("languageKorean"), {});
    for (QAction *action : {m_languageSystem, m_languageEnglish, m_languageKorean}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    m_languageEnglish->setText(QStringLiteral("English"));
    m_languageKorean->setText(QStringLiteral("한국어"));
    const QString current = LanguageManager::current();
    (current == QLatin1String("ko")           ? m_languageKorean
             : current == QLatin1String("en") ? m_languageEnglish
                                              : m_languageSystem)
            ->setChecked(true);

    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteToken);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyToken(false); });
    connect(m_copyBearerAction, &QAction::triggered, this, [this] { copyToken(true); });
    connect(m_copyButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);
    connect(m_copyBearerButton, &QPushButton::clicked, m_copyBearerAction, &QAction::trigger);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::loadSample);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_iatAction, &QAction::triggered, this,
            [this] { setClaimTime(QStringLiteral("iat"), 0); });
    connect(m_exp5mAction, &QAction::triggered, this,
            [this] { setClaimTime(QStringLiteral("exp"), 5 * 60); });
    connect(m_exp1hAction, &QAction::triggered, this,
            [this] { setClaimTime(QStringLiteral("exp"), 60 * 60); });
    connect(m_exp1dAction, &QAction::triggered, this,
            [this] { setClaimTime(QStringLiteral("exp"), 24 * 60 * 60); });
    m_iatButton->setDefaultAction(m_iatAction);
    m_exp5mButton->setDefaultAction(m_exp5mAction);
    m_exp1hButton->setDefaultAction(m_exp1hAction);
    m_exp1dButton->setDefaultAction(m_exp1dAction);
    m_tableButton->setDefaultAction(m_tableAction);
    connect(m_tableAction, &QAction::toggled, m_claimsTable, &QWidget::setVisible);
    connect(m_signAction, &QAction::triggered, this, [this] {
        flushEdits();
        if (!m_model->sign())
            showMessage(tr("Could not sign: %1").arg(m_model->signatureError().message));
    });
    connect(m_resignAction, &QAction::toggled, m_model, &TokenModel::setResignOnEdit);
    connect(m_model, &TokenModel::resignOnEditChanged, m_resignAction, &QAction::setChecked);
    connect(m_loadKeyAction, &QAction::triggered, m_signaturePane,
            qOverload<>(&SignaturePane::loadKeyFile));
    connect(m_keyPairAction, &QAction::triggered, this, &MainWindow::generateKeyPair);
    connect(m_focusTokenAction, &QAction::triggered, this, [this] { m_tokenEditor->setFocus(); });
    connect(m_focusHeaderAction, &QAction::triggered, this,
            [this] { m_headerPane->editor()->setFocus(); });
    connect(m_focusPayloadAction, &QAction::triggered, this,
            [this] { m_payloadPane->editor()->setFocus(); });
    connect(m_focusKeyAction, &QAction::triggered, this, [this] {
        for (const char *name : {"secretEdit", "keyEdit"}) {
            auto *widget = m_signaturePane->findChild<QWidget *>(QLatin1String(name));
            if (widget && widget->isVisible()) {
                widget->setFocus();
                return;
            }
        }
    });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
                this, tr("About JWT Lens"),
                tr("<p><b>JWT Lens %1</b></p><p>An offline JWT debugger: tokens and keys "
                   "pasted here never leave this computer.</p>")
                        .arg(QCoreApplication::applicationVersion()));
    });
    connect(m_languageSystem, &QAction::triggered, this, [this] { setLanguage(QString()); });
    connect(m_languageEnglish, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
    connect(m_languageKorean, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("ko")); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_templateMenu = m_fileMenu->addMenu(QString());
    m_templateMenu->setObjectName(QStringLiteral("templateMenu"));
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_pasteAction);
    m_fileMenu->addAction(m_copyAction);
    m_fileMenu->addAction(m_copyBearerAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_iatAction);
    m_editMenu->addAction(m_exp5mAction);
    m_editMenu->addAction(m_exp1hAction);
    m_editMenu->addAction(m_exp1dAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_focusTokenAction);
    m_editMenu->addAction(m_focusHeaderAction);
    m_editMenu->addAction(m_focusPayloadAction);
    m_editMenu->addAction(m_focusKeyAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_tableAction);
    QAction *explain = m_explainDock->toggleViewAction();
    explain->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *learn = m_learnDock->toggleViewAction();
    learn->setShortcut(QKeySequence(Qt::Key_F3));
    m_viewMenu->addAction(explain);
    m_viewMenu->addAction(learn);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_languageSystem);
    m_languageMenu->addAction(m_languageEnglish);
    m_languageMenu->addAction(m_languageKorean);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_signAction);
    m_toolsMenu->addAction(m_resignAction);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_loadKeyAction);
    m_toolsMenu->addAction(m_keyPairAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
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

    m_fileMenu->setTitle(tr("&File"));
    m_templateMenu->setTitle(tr("&New from Template"));
    m_templateMenu->clear();
    for (const TokenTemplates::Template &entry : TokenTemplates::all()) {
        QAction *action = m_templateMenu->addAction(entry.title);
        action->setObjectName(QStringLiteral("template_") + entry.id);
        const QString id = entry.id;
        connect(action, &QAction::triggered, this, [this, id] { newFromTemplate(id); });
        if (entry.id == QLatin1String("oidc-id-token"))
            m_templateMenu->addSeparator();
    }
    m_sampleAction->setText(tr("Open &Sample Token"));
    m_openAction->setText(tr("&Open Token or Key…"));
    m_pasteAction->setText(tr("&Paste Token or Key"));
    m_copyAction->setText(tr("&Copy Token"));
    m_copyBearerAction->setText(tr("Copy as &Authorization: Bearer"));
    m_quitAction->setText(tr("&Quit"));

    m_editMenu->setTitle(tr("&Edit"));
    m_iatAction->setText(tr("Set &iat to Now"));
    m_exp5mAction->setText(tr("Set exp to Now + &5 Minutes"));
    m_exp1hAction->setText(tr("Set exp to Now + 1 &Hour"));
    m_exp1dAction->setText(tr("Set exp to Now + 1 &Day"));
    m_focusTokenAction->setText(tr("Go to &Encoded Token"));
    m_focusHeaderAction->setText(tr("Go to &Header"));
    m_focusPayloadAction->setText(tr("Go to &Payload"));
    m_focusKeyAction->setText(tr("Go to &Secret or Key"));
    m_iatButton->setText(tr("iat = now"));
    m_exp5mButton->setText(tr("exp +5 min"));
    m_exp1hButton->setText(tr("+1 h"));
    m_exp1dButton->setText(tr("+1 day"));
    m_tableButton->setText(tr("Table"));
    m_iatButton->setToolTip(
            tr("Set iat to now (%1)")
                    .arg(m_iatAction->shortcut().toString(QKeySequence::NativeText)));
    m_exp5mButton->setToolTip(
            tr("Set exp to now + 5 minutes (%1)")
                    .arg(m_exp5mAction->shortcut().toString(QKeySequence::NativeText)));
    m_exp1hButton->setToolTip(
            tr("Set exp to now + 1 hour (%1)")
                    .arg(m_exp1hAction->shortcut().toString(QKeySequence::NativeText)));
    m_exp1dButton->setToolTip(
            tr("Set exp to now + 1 day (%1)")
                    .arg(m_exp1dAction->shortcut().toString(QKeySequence::NativeText)));
    m_tableButton->setToolTip(
            tr("Show the claims as a table beside the JSON (%1)")
                    .arg(m_tableAction->shortcut().toString(QKeySequence::NativeText)));

    m_viewMenu->setTitle(tr("&View"));
    m_tableAction->setText(tr("Claims &Table"));
    m_explainDock->setWindowTitle(tr("Explain"));
    m_learnDock->setWindowTitle(tr("Learn"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageSystem->setText(tr("&System"));

    m_toolsMenu->setTitle(tr("&Tools"));
    m_signAction->setText(tr("&Sign with This Key"));
    m_resignAction->setText(tr("&Re-sign on Edit"));
    m_loadKeyAction->setText(tr("&Load Key File…"));
    m_keyPairAction->setText(tr("&Generate Key Pair…"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About JWT Lens"));
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
    (code == QLatin1String("ko")           ? m_languageKorean
             : code == QLatin1String("en") ? m_languageEnglish
                                           : m_languageSystem)
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
