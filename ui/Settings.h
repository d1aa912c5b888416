// Settings: the console's remembered state, typed, over QSettings: window geometry and state, the last
// workspace and view. Secrets never go here (they live in the OS keychain).
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace keyward::ui {

class Settings
{
public:
    // The user's settings (organisation and application name of the running program).
    Settings();
    // Settings kept in one INI file (tests use a temporary one).
    explicit Settings(const QString &iniFile);
    ~Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastWorkspace() const;
    void setLastWorkspace(const QString &name);
    QString lastView() const; // "coverage" when none was kept
    void setLastView(const QString &view);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace keyward::ui
