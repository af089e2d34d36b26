// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace AppIcon {

/// The program's icon: the SVG of resources/, or, without Qt's SVG plugin (qt6-svg is not a
/// dependency), the same drawing painted here.
QIcon icon();

} // namespace AppIcon
