// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QSettings>

namespace {

const QString historyEnabledKey = QStringLiteral("history/enabled");
const QString historyOnlyExpiredKey = QStringLiteral("history/keepOnlyExpired");

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

bool Settings::historyEnabled() const
{
    return m_settings->value(historyEnabledKey, false).toBool();
}

void Settings::setHistoryEnabled(bool enabled)
{
    m_settings->setValue(historyEnabledKey, enabled);
}

bool Settings::historyKeepsOnlyExpired() const
{
    return m_settings->value(historyOnlyExpiredKey, false).toBool();
}

void Settings::setHistoryKeepsOnlyExpired(bool onlyExpired)
{
    m_settings->setValue(historyOnlyExpiredKey, onlyExpired);
}

void Settings::sync()
{
    m_settings->sync();
}
