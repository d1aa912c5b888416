// Context: the catalog and key stores of one data directory, opened once, and the audited change.
#include "services/Context.h"

#include "services/AuditedChange.h"

namespace keyward::services {

Context::Context(QString dataDir, secrets::SecretStore &secrets, SecretPrompt *prompt, const Clock &clock)
    : m_dataDir(std::move(dataDir)), m_secrets(secrets), m_prompt(prompt), m_clock(clock), m_registry(m_dataDir)
{
}

Context::~Context() = default;

QString Context::catalogPath() const
{
    return catalog::Catalog::defaultPath(m_dataDir);
}

Result<catalog::Catalog *> Context::catalog()
{
    if (!m_catalog) {
        auto opened = catalog::Catalog::open(catalogPath());
        if (!opened)
            return opened.error();
        m_catalog = std::move(opened).value();
    }
    return m_catalog.get();
}

jobs::RegistryKeyStoreProvider &Context::stores()
{
    if (!m_stores)
        m_stores = std::make_unique<jobs::RegistryKeyStoreProvider>(m_dataDir, m_secrets, m_prompt, m_clock);
    return *m_stores;
}

Result<catalog::WorkspaceRecord> Context::workspace(const QString &name)
{
    auto c = catalog();
    if (!c)
        return c.error();
    auto record = (*c)->workspace(name);
    if (!record && record.error().code == ErrorCode::NotFound)
        return Error::because(ErrorCode::NotFound, Reason::WorkspaceNotFound, {name}, record.error().detail);
    return record;
}

Status Context::change(const QString &action, const QString &target, const QString &detail,
                       const std::function<Status(catalog::Catalog &)> &change)
{
    auto c = catalog();
    if (!c)
        return c.error();
    return auditedChange(**c, action, target, detail, change);
}

} // namespace keyward::services
