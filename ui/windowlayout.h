// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <QSize>

class QMainWindow;

/// The main window's size and layout: fitted to its screen on the first start, remembered
/// between runs (app/store's Settings: sizes, places and open views, never content).
namespace WindowLayout {

/// The size the window would like on a large screen.
constexpr QSize PreferredSize(1440, 900);

/// Where a window opens on a screen whose available area is @p available: the preferred
/// size, but at most 90 % of the area each way, never under @p minimum, centred.
QRect firstPlacement(const QRect &available, const QSize &minimum);

/// Restores what save() wrote; without it, places the window by firstPlacement() on its
/// screen. The window's splitters are found by objectName ("mainSplitter",
/// "decodedSplitter"; every tab's, when the central widget is a QTabWidget), its docks by
/// theirs.
void restore(QMainWindow *window);
/// Remembers the window's geometry, docks and splitters (the current tab's: one layout
/// serves every tab).
void save(const QMainWindow *window);

} // namespace WindowLayout
