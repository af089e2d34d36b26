// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class QSettings;

/// What JWT Lens remembers between runs besides the history: typed, one accessor per
/// setting, so that nothing else (a token, a secret, a key, a password) can be written
/// through it. The window's layout, language, folders and fetched URLs join here as they
/// are added. QSettings lives here and only here (design.md: app/store).
class Settings
{
public:
    /// The user's settings (QSettings with the application's organisation and name).
    Settings();
    /// Settings kept in the INI file @p fileName (for tests and portable use).
    explicit Settings(const QString &fileName);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// The history of opened tokens is off unless the user turned it on.
    bool historyEnabled() const;
    void setHistoryEnabled(bool enabled);
    /// Keep only tokens that have expired (off by default).
    bool historyKeepsOnlyExpired() const;
    void setHistoryKeepsOnlyExpired(bool onlyExpired);

    /// Writes pending changes to storage now (QSettings also does on its own).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
