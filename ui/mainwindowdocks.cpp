// SPDX-License-Identifier: MIT
// The window's teaching views (Explain, Learn) as docks: made when first shown, opened at a
// useful size.
#include "mainwindow.h"

#include "explainview.h"
#include "learnpanel.h"
#include "parthighlight.h"
#include "tokentab.h"

#include <QDockWidget>
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
    // A teaching view opens at a useful size (two fifths of the window), never as a strip.
    const auto fitDock = [this](QDockWidget *dock) {
        QTimer::singleShot(0, dock, [this, dock] {
            if (dock->isVisible() && !dock->isFloating() && dock->height() < height() / 3)
                resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical);
        });
    };
    connect(m_explainDock, &QDockWidget::visibilityChanged, this, [this, fitDock](bool visible) {
        if (visible)
            fitDock(m_explainDock);
        if (!visible || m_explainView)
            return;
        m_explainView = new ExplainView(model(), m_explainDock);
        m_explainView->setObjectName(QStringLiteral("explainView"));
        m_explainDock->setWidget(m_explainView);
    });
    connect(m_learnDock, &QDockWidget::visibilityChanged, this, [this, fitDock](bool visible) {
        if (visible)
            fitDock(m_learnDock);
        if (!visible || m_learnPanel)
            return;
        m_learnPanel = new LearnPanel(model(), m_learnDock);
        m_learnPanel->setObjectName(QStringLiteral("learnPanel"));
        m_learnDock->setWidget(m_learnPanel);
        connect(m_learnPanel, &LearnPanel::highlightRequested, this,
                [this](TokenPart part) { currentTab()->highlight()->request(part); });
    });
}
