// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

/// Loads the program's translation (embedded at :/i18n/) and Qt's own for a language, and
/// replaces the installed ones, which sends QEvent::LanguageChange to every widget.
namespace LanguageManager {

/// @p code: empty for the system locale, "en", "ko". Returns the locale now in use.
QLocale apply(const QString &code);
/// The code last applied ("" for the system locale).
QString current();
/// Removes the installed translations (before the application they belong to goes).
void clear();

} // namespace LanguageManager
