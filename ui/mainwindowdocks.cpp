// SPDX-License-Identifier: MIT
// The window's teaching views (Explain, Learn) as docks: made when first shown, opened at a
// useful size.
#include "mainwindow.h"

#include "explainview.h"
#include "fetchkeysdialog.h"
#include "keyringpanel.h"
#include "learnpanel.h"
#include "parthighlight.h"
#include "sessionkeys.h"
#include "signaturepane.h"
#include "validationpanel.h"
#include "tokentab.h"

#include <QAction>
#include <QDockWidget>
#include <QTabBar>
#include <QTimer>

void MainWindow::createDocks()
{
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
    // QMainWindow's tab bar for the tabified docks stays "visible" off screen while both
    // docks are closed: a Tab stop nobody can see. It takes focus only while a dock shows.
    const auto updateDockTabBars = [this] {
        QTimer::singleShot(0, this, [this] {
            const bool shown = m_explainDock->isVisible() || m_learnDock->isVisible();
            for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
                bar->setFocusPolicy(shown ? Qt::TabFocus : Qt::NoFocus);
                bar->setAccessibleName(tr("Teaching views"));
            }
        });
    };
    updateDockTabBars();
    connect(m_explainDock, &QDockWidget::visibilityChanged, this, updateDockTabBars);
    connect(m_learnDock, &QDockWidget::visibilityChanged, this, updateDockTabBars);
    connect(m_explainDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_explainView)
            return;
        m_explainView = new ExplainView(currentTab()->currentModel(), m_explainDock);
        m_explainView->setObjectName(QStringLiteral("explainView"));
        m_explainDock->setWidget(m_explainView);
    });
    connect(m_learnDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_learnPanel)
            return;
        m_learnPanel = new LearnPanel(currentTab()->currentModel(), m_learnDock);
        m_learnPanel->setObjectName(QStringLiteral("learnPanel"));
        m_learnDock->setWidget(m_learnPanel);
        connect(m_learnPanel, &LearnPanel::highlightRequested, this,
                [this](TokenPart part) { currentTab()->highlight()->request(part); });
    });
    createKeyDocks();
    // A dock behind another in a tabbed dock area is moved off screen, not hidden: its
    // fields would be Tab stops nobody sees. Only the dock in front takes focus.
    for (QDockWidget *dock : {m_explainDock, m_learnDock, m_keyRingDock, m_validationDock}) {
        connect(dock, &QDockWidget::visibilityChanged, dock, [dock](bool visible) {
            if (QWidget *content = dock->widget())
                content->setEnabled(visible);
        });
        // A dock opens at a useful size (two fifths of the window), never as a strip.
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (!visible)
                return;
            QTimer::singleShot(0, dock, [this, dock] {
                if (dock->isVisible() && !dock->isFloating() && dock->height() < height() / 3
                    && dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
                    resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical);
            });
        });
    }
}

void MainWindow::createKeyDocks()
{
    // The key ring is the window's: every tab's model gets the same SessionKeys (adoptTab),
    // and the panels follow the current tab (onCurrentTabChanged → bindKeyDocks).
    m_sessionKeys = new SessionKeys(this);
    m_keyRingDock = new QDockWidget(this);
    m_keyRingDock->setObjectName(QStringLiteral("keyRingDock"));
    m_keyRingPanel = new KeyRingPanel(m_sessionKeys, m_keyRingDock);
    m_keyRingPanel->setObjectName(QStringLiteral("keyRingPanel"));
    m_keyRingDock->setWidget(m_keyRingPanel);
    m_validationDock = new QDockWidget(this);
    m_validationDock->setObjectName(QStringLiteral("validationDock"));
    m_validationPanel = new ValidationPanel(nullptr, m_validationDock);
    m_validationPanel->setObjectName(QStringLiteral("validationPanel"));
    m_validationDock->setWidget(m_validationPanel);
    // Under the panes, the full width of the window: beside the three panes there is no room
    // for a key's kid, alg, thumbprint and source (the dock was a strip at 1280×720).
    addDockWidget(Qt::BottomDockWidgetArea, m_keyRingDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_validationDock);
    tabifyDockWidget(m_keyRingDock, m_validationDock);
    m_keyRingDock->hide();
    m_validationDock->hide();
    connect(m_keyRingPanel, &KeyRingPanel::fetchRequested, this,
            [this] { fetchKeys(FetchKeysDialog::Mode::Keys); });
}

void MainWindow::adoptTabKeys(TokenTab *tab)
{
    tab->model()->setSessionKeys(m_sessionKeys);
    tab->signaturePane()->addKeyAction(action(ActionId::FetchKeys));
    connect(tab->signaturePane(), &SignaturePane::encryptedKeyLoaded, this,
            [this](const QByteArray &text, const QString &name) {
                m_keyRingDock->show();
                m_keyRingPanel->addKeyText(text, SessionKeys::Source::File, name);
            });
    connect(tab->signaturePane(), &SignaturePane::keyFileLoaded, this,
            [this](const QByteArray &text, const QString &name) {
                keyEditorGiven(text, SessionKeys::Source::File, name);
            });
    connect(tab->model(), &TokenModel::structureChanged, this, [this, tab] {
        if (tab == currentTab())
            updateTokenUrlActions();
    });
}

void MainWindow::bindKeyDocks()
{
    m_keyRingPanel->setModel(model());
    m_validationPanel->setModel(model());
    updateTokenUrlActions();
}

void MainWindow::updateTokenUrlActions()
{
    // Fetching from the token's jku or x5u is offered only for a token that names one.
    const std::pair<ActionId, FetchKeysDialog::Mode> actions[]
            = {{ActionId::FetchJku, FetchKeysDialog::Mode::TokenJku},
               {ActionId::FetchX5u, FetchKeysDialog::Mode::TokenX5u}};
    for (const auto &[id, mode] : actions) {
        if (QAction *a = action(id))
            a->setEnabled(!FetchKeysDialog::tokenUrl(*model(), FetchKeysDialog::memberOf(mode))
                                   .isEmpty());
    }
}

QDockWidget *MainWindow::dockFor(ActionId id) const
{
    switch (id) {
    case ActionId::ExplainDock:
        return m_explainDock;
    case ActionId::LearnDock:
        return m_learnDock;
    case ActionId::KeyRingDock:
        return m_keyRingDock;
    case ActionId::ValidationDock:
        return m_validationDock;
    default:
        return nullptr;
    }
}

void MainWindow::fetchKeys(FetchKeysDialog::Mode mode)
{
    auto *dialog = new FetchKeysDialog(m_sessionKeys, model(), mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The keys show in the ring as they arrive.
    connect(dialog->fetch(), &KeyFetch::finished, m_keyRingDock, &QDockWidget::show);
    dialog->show();
}
