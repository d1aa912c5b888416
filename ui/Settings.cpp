// Settings: one key per remembered value, read and written through typed accessors.
#include "Settings.h"

#include <QSettings>

namespace keyward::ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString WorkspaceKey = QStringLiteral("console/lastWorkspace");
const QString ViewKey = QStringLiteral("console/lastView");

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

QString Settings::lastWorkspace() const
{
    return m_settings->value(WorkspaceKey).toString();
}

void Settings::setLastWorkspace(const QString &name)
{
    m_settings->setValue(WorkspaceKey, name);
}

QString Settings::lastView() const
{
    return m_settings->value(ViewKey, QStringLiteral("coverage")).toString();
}

void Settings::setLastView(const QString &view)
{
    m_settings->setValue(ViewKey, view);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace keyward::ui
