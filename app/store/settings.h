// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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

    /// The parts of the window's layout Qt saves as bytes: sizes, places and which views are
    /// open, never what they show.
    enum class Layout {
        Geometry, ///< QWidget::saveGeometry() of the main window
        Docks, ///< QMainWindow::saveState(): the docks (Explain, Learn)
        MainSplitter, ///< QSplitter::saveState(): token | decoded | signature
        DecodedSplitter, ///< QSplitter::saveState(): header / payload / claims
    };
    /// Empty when never saved.
    QByteArray windowLayout(Layout part) const;
    void setWindowLayout(Layout part, const QByteArray &state);

    /// The issuer and JWKS URLs the user fetched keys from, newest first (URLs only: a URL
    /// with a user name, a password, a query or a fragment is not kept).
    QStringList recentKeyUrls() const;
    /// Puts @p url first (at most MaxRecentKeyUrls are kept).
    void addRecentKeyUrl(const QString &url);
    static constexpr int MaxRecentKeyUrls = 10;

    /// Writes pending changes to storage now (QSettings also does on its own).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
