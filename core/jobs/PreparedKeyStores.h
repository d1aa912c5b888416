// PreparedKeyStores: the key stores a job opened before it started, and nothing else: a job's worker thread
// reaches its stores through this, so it can never open one (and prompt for a passphrase) there.
#pragma once

#include "jobs/KeyStoreProvider.h"

#include <QHash>
#include <QString>

namespace keyward::jobs {

// Filled on the caller's thread before the job's worker starts, read-only afterwards.
class PreparedKeyStores final : public KeyStoreProvider
{
public:
    void add(const QString &name, keystore::KeyStore *store) { m_stores.insert(name, store); }
    void clear() { m_stores.clear(); }
    void setSecrets(secrets::SecretStore *secrets) { m_secrets = secrets; }
    // An Unavailable error for a store that was not opened before the job started.
    Result<keystore::KeyStore *> store(const QString &name) override;
    secrets::SecretStore *secrets() override { return m_secrets; }

private:
    QHash<QString, keystore::KeyStore *> m_stores; // owned by the provider the job was given
    secrets::SecretStore *m_secrets = nullptr;     // the provider's
};

} // namespace keyward::jobs
