// Context: what every service works on: the data directory with its catalog and key stores, the keychain,
// the way to ask the person at the console for a secret, and the clock. One per front end (a CLI command,
// the console's window), used on that front end's thread.
#pragma once

#include "catalog/Catalog.h"
#include "jobs/KeyStoreProvider.h"
#include "keystore/StoreRegistry.h"
#include "secrets/SecretPrompt.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <functional>
#include <memory>

namespace keyward::services {

class Context
{
public:
    // Whether catalog() may make a new catalog where the data directory holds no Keyward data. Commands that only
    // read use ExistingOnly: they never create a catalog.
    enum class CatalogAccess
    {
        CreateIfMissing,
        ExistingOnly,
    };

    Context(QString dataDir, secrets::SecretStore &secrets, SecretPrompt *prompt, const Clock &clock = Clock::system());
    // The clock must outlive the context: no temporaries.
    Context(QString dataDir, secrets::SecretStore &secrets, SecretPrompt *prompt, const Clock &&clock) = delete;
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    QString dataDir() const { return m_dataDir; }
    QString catalogPath() const;
    // Before the first catalog(): ExistingOnly makes a data directory with no Keyward data an error.
    void setCatalogAccess(CatalogAccess access) { m_access = access; }
    // The catalog, opened (created and migrated on first use) the first time it is asked for. It must be the one
    // the store registry names (Conflict, CatalogForeign), a Keyward catalog (Format, CatalogEmpty), and present
    // wherever key stores or vaults exist (NotFound, CatalogMissing: never a fresh start); with ExistingOnly, a
    // data directory with none of these is NotFound (NoKeywardData) and nothing is created.
    Result<catalog::Catalog *> catalog();
    // The id of the catalog (opening it as catalog() does).
    Result<QString> catalogId();
    keystore::StoreRegistry &registry() { return m_registry; }
    // Key stores by name, each opened and unlocked once, on this thread, then kept for the jobs to use.
    jobs::RegistryKeyStoreProvider &stores();
    secrets::SecretStore &secrets() { return m_secrets; }
    SecretPrompt *prompt() const { return m_prompt; }
    const Clock &clock() const { return m_clock; }

    // The workspace named `name`; NotFound with reason WorkspaceNotFound when there is none.
    Result<catalog::WorkspaceRecord> workspace(const QString &name);

    // Runs `change` and writes its audit entry in one catalog transaction: both are kept, or neither. An
    // audit entry that cannot be written fails the change. `detail` is read once `change` has run, so the change
    // may fill it in (the key version it made, say).
    Status change(const QString &action, const QString &target, const QString &detail,
                  const std::function<Status(catalog::Catalog &)> &change);

private:
    Result<std::unique_ptr<catalog::Catalog>> openCatalog();
    // Whether key stores or vault files show that Keyward has been used here.
    bool hasStoresOrVaults();

    QString m_dataDir;
    CatalogAccess m_access = CatalogAccess::CreateIfMissing;
    QString m_catalogId;
    int m_historyWitness = 0;
    secrets::SecretStore &m_secrets;
    SecretPrompt *m_prompt;
    const Clock &m_clock;
    keystore::StoreRegistry m_registry;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<jobs::RegistryKeyStoreProvider> m_stores;
};

} // namespace keyward::services
