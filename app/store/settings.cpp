// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QSettings>
#include <QUrl>

namespace {

const QString historyEnabledKey = QStringLiteral("history/enabled");
const QString historyOnlyExpiredKey = QStringLiteral("history/keepOnlyExpired");

QString layoutKey(Settings::Layout part)
{
    switch (part) {
    case Settings::Layout::Geometry:
        return QStringLiteral("window/geometry");
    case Settings::Layout::Docks:
        return QStringLiteral("window/docks");
    case Settings::Layout::MainSplitter:
        return QStringLiteral("window/mainSplitter");
    case Settings::Layout::DecodedSplitter:
        break;
    }
    return QStringLiteral("window/decodedSplitter");
}

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

QByteArray Settings::windowLayout(Layout part) const
{
    return m_settings->value(layoutKey(part)).toByteArray();
}

void Settings::setWindowLayout(Layout part, const QByteArray &state)
{
    m_settings->setValue(layoutKey(part), state);
}

QStringList Settings::recentKeyUrls() const
{
    return m_settings->value(QStringLiteral("keys/recentUrls")).toStringList();
}

void Settings::addRecentKeyUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    // Only a plain URL: a password, a token in a query or a fragment is never remembered.
    if (!parsed.isValid() || parsed.scheme().isEmpty() || !parsed.userInfo().isEmpty()
        || parsed.hasQuery() || parsed.hasFragment())
        return;
    QStringList urls = recentKeyUrls();
    urls.removeAll(url);
    urls.prepend(url);
    while (urls.size() > MaxRecentKeyUrls)
        urls.removeLast();
    m_settings->setValue(QStringLiteral("keys/recentUrls"), urls);
}

void Settings::sync()
{
    m_settings->sync();
}
