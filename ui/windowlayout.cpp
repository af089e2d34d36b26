// SPDX-License-Identifier: MIT
#include "windowlayout.h"

#include "settings.h"

#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace WindowLayout {

namespace {

QSplitter *splitter(const QMainWindow *window, const char *name)
{
    return window->findChild<QSplitter *>(QLatin1String(name));
}

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
    const std::pair<Settings::Layout, const char *> splitters[] = {
            {Settings::Layout::MainSplitter, "mainSplitter"},
            {Settings::Layout::DecodedSplitter, "decodedSplitter"},
    };
    for (const auto &[part, name] : splitters) {
        if (QSplitter *s = splitter(window, name))
            s->restoreState(settings.windowLayout(part));
    }
}

void save(const QMainWindow *window)
{
    Settings settings;
    settings.setWindowLayout(Settings::Layout::Geometry, window->saveGeometry());
    settings.setWindowLayout(Settings::Layout::Docks, window->saveState());
    if (const QSplitter *s = splitter(window, "mainSplitter"))
        settings.setWindowLayout(Settings::Layout::MainSplitter, s->saveState());
    if (const QSplitter *s = splitter(window, "decodedSplitter"))
        settings.setWindowLayout(Settings::Layout::DecodedSplitter, s->saveState());
}

} // namespace WindowLayout
