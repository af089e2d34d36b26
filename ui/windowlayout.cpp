// SPDX-License-Identifier: MIT
#include "windowlayout.h"

#include "settings.h"

#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>

namespace WindowLayout {

namespace {

/// The panes shown: the current page when the window holds tabs (each tab has its own
/// splitters, laid out alike), else the whole window.
const QWidget *shownPanes(const QMainWindow *window)
{
    if (const auto *tabs = qobject_cast<const QTabWidget *>(window->centralWidget());
        tabs && tabs->currentWidget()) {
        return tabs->currentWidget();
    }
    return window;
}

const std::pair<Settings::Layout, const char *> splitters[] = {
        {Settings::Layout::MainSplitter, "mainSplitter"},
        {Settings::Layout::DecodedSplitter, "decodedSplitter"},
};

} // namespace

QRect firstPlacement(const QRect &available, const QSize &minimum)
{
    QSize size = PreferredSize.boundedTo(available.size() * 0.9);
    size = size.expandedTo(minimum);
    QRect placement(QPoint(), size);
    placement.moveCenter(available.center());
    return placement;
}

void restore(QMainWindow *window)
{
    const Settings settings;
    const QByteArray geometry = settings.windowLayout(Settings::Layout::Geometry);
    // restoreGeometry() moves a window that would be off screen back onto one.
    if (geometry.isEmpty() || !window->restoreGeometry(geometry)) {
        const QScreen *screen = window->screen();
        if (screen)
            window->setGeometry(
                    firstPlacement(screen->availableGeometry(), window->minimumSizeHint()));
        else
            window->resize(PreferredSize);
    }
    window->restoreState(settings.windowLayout(Settings::Layout::Docks));
    // Every tab is laid out alike.
    for (const auto &[part, name] : splitters) {
        const QByteArray state = settings.windowLayout(part);
        for (QSplitter *s : window->findChildren<QSplitter *>(QLatin1String(name)))
            s->restoreState(state);
    }
}

void save(const QMainWindow *window)
{
    Settings settings;
    settings.setWindowLayout(Settings::Layout::Geometry, window->saveGeometry());
    settings.setWindowLayout(Settings::Layout::Docks, window->saveState());
    // As the user sees it: in the tab shown (the others follow it when shown).
    for (const auto &[part, name] : splitters) {
        if (const auto *s = shownPanes(window)->findChild<QSplitter *>(QLatin1String(name)))
            settings.setWindowLayout(part, s->saveState());
    }
}

} // namespace WindowLayout
