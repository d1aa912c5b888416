// Context: the catalog and key stores of one data directory, opened once, and the audited change.
#include "services/Context.h"

#include "catalog/HistoryWitness.h"
#include "services/AuditedChange.h"
#include "services/KeptHead.h"

#include <QDir>
#include <QFileInfo>

#include <mutex>

namespace keyward::services {

Context::Context(QString dataDir, secrets::SecretStore &secrets, SecretPrompt *prompt, const Clock &clock)
    : m_dataDir(std::move(dataDir)), m_secrets(secrets), m_prompt(prompt), m_clock(clock), m_registry(m_dataDir)
{
}

Context::~Context()
{
    if (m_historyWitness)
        catalog::HistoryWitness::remove(m_historyWitness);
}

QString Context::catalogPath() const
{
    return catalog::Catalog::defaultPath(m_dataDir);
}

bool Context::hasStoresOrVaults()
{
    auto stores = m_registry.list();
    if (!stores || !stores->isEmpty())
        return true;
    const QDir dir(m_dataDir);
    return !QDir(dir.filePath(QStringLiteral("vaults")))
                .entryList({QStringLiteral("*.kwvault")}, QDir::Files | QDir::System)
                .isEmpty() ||
           QFileInfo::exists(dir.filePath(QStringLiteral("platform/platform.kwvault")));
}

Result<std::unique_ptr<catalog::Catalog>> Context::openCatalog()
{
    const QString path = catalogPath();
    auto named = m_registry.catalogId();
    if (!named)
        return named.error();
    const bool exists = QFileInfo(path).exists() || QFileInfo(path).isSymLink();
    if (!exists) {
        // A catalog that the registry names, or that stores and vaults were used with, has gone: starting a new
        // one would hide every workspace, assignment and history entry it held.
        if (!named->isEmpty() || hasStoresOrVaults())
            return Error::because(
                ErrorCode::NotFound, Reason::CatalogMissing, {path, m_dataDir},
                QStringLiteral("the catalog %1 is missing while %2 holds key stores").arg(path, m_dataDir));
        if (m_access == CatalogAccess::ExistingOnly)
            return Error::because(ErrorCode::NotFound, Reason::NoKeywardData, {m_dataDir},
                                  QStringLiteral("no Keyward data in %1").arg(m_dataDir));
    }
    auto opened = catalog::Catalog::open(path, exists ? catalog::Catalog::OpenMode::ExistingOnly
                                                      : catalog::Catalog::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    auto id = (*opened)->catalogId();
    if (!id)
        return id.error();
    if (named->isEmpty()) {
        // The first open of this catalog by a Keyward that keeps ids (or a new catalog): the registry names it.
        if (auto st = m_registry.setCatalogId(*id); !st)
            return st.error();
    } else if (*named != *id) {
        return Error::because(
            ErrorCode::Conflict, Reason::CatalogForeign, {path, *id, *named},
            QStringLiteral("the catalog %1 has id %2; the store registry names %3").arg(path, *id, *named));
    }
    m_catalogId = *id;
    return opened;
}

Result<catalog::Catalog *> Context::catalog()
{
    if (!m_catalog) {
        auto opened = openCatalog();
        if (!opened)
            return opened.error();
        m_catalog = std::move(opened).value();
        // Every history entry appended to this catalog in this process moves the head kept in the keychain.
        secrets::SecretStore *secrets = &m_secrets;
        const QString id = m_catalogId;
        m_historyWitness = catalog::HistoryWitness::add(catalogPath(), [secrets, id](const catalog::HistoryEntry &e) {
            static std::mutex keeping; // appends may come from a job's worker
            std::lock_guard lock(keeping);
            keepHead(*secrets, id, e);
        });
    }
    return m_catalog.get();
}

Result<QString> Context::catalogId()
{
    auto c = catalog();
    if (!c)
        return c.error();
    return m_catalogId;
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
