// KeyStoreProvider: how jobs reach key stores by name (opened once and cached), including the platform's own
// store that holds the infrastructure-layer key; counts every key-store call it passes on. Thread-safe: a job
// opens (and unlocks) its stores on the caller's thread before it starts, then uses them on its worker.
#pragma once

#include "keystore/KeyStore.h"
#include "keystore/StoreRegistry.h"
#include "secrets/SecretPrompt.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

namespace keyward::jobs {

// A store that went away (reason KeyStoreGone, whatever the store called itself) named `store`, as the registry
// and the admin know it; any other error as it is.
Error namedGone(Error e, const QString &store);

class KeyStoreProvider
{
public:
    virtual ~KeyStoreProvider() = default;
    // The store named `name`; "platform" names the platform's own store (created on first use). Opening a
    // store may prompt for its passphrase or PIN on the calling thread. May be called from any thread; the store
    // returned stays valid as long as the provider, but is not itself thread-safe (one call at a time).
    virtual Result<keystore::KeyStore *> store(const QString &name) = 0;
    // The OS keychain the stores' secrets come from; the jobs also read a workspace's storage credential (an Azure
    // storage account's key) from it. nullptr where there is none.
    virtual secrets::SecretStore *secrets() { return nullptr; }

    // Key-store calls made through stores from this provider (wrap, unwrap, rotate, reads), for reports.
    qint64 calls() const { return m_calls.load(); }

    static QString platformStoreName() { return QStringLiteral("platform"); }
    static QString platformKeyName() { return QStringLiteral("platform-kek"); }

protected:
    // Wraps `store` (named `name` in the provider) so that its calls are counted.
    std::unique_ptr<keystore::KeyStore> counted(std::unique_ptr<keystore::KeyStore> store, const QString &name);
    std::atomic<qint64> m_calls{0};
};

// Stores from the registry in the data directory, unlocked through the keychain or the prompt. The platform
// store is a local vault at <data dir>/platform/platform.kwvault with one AES-256 key.
class RegistryKeyStoreProvider final : public KeyStoreProvider
{
public:
    RegistryKeyStoreProvider(QString dataDir, secrets::SecretStore &secrets, SecretPrompt *prompt,
                             const Clock &clock = Clock::system());
    Result<keystore::KeyStore *> store(const QString &name) override;
    secrets::SecretStore *secrets() override { return &m_secrets; }
    // Whether the store is open (unlocked) already.
    bool isOpen(const QString &name);
    // The store, opened only if that needs no one to be asked (a keychain answers, or none is needed);
    // otherwise Locked, and nobody is asked. A refresh that must never prompt opens stores this way.
    Result<keystore::KeyStore *> storeWithoutPrompt(const QString &name);

private:
    Result<std::unique_ptr<keystore::KeyStore>> openPlatform(SecretPrompt *prompt);
    Result<keystore::KeyStore *> open(const QString &name, SecretPrompt *prompt);

    QString m_dataDir;
    keystore::StoreRegistry m_registry;
    secrets::SecretStore &m_secrets;
    SecretPrompt *m_prompt;
    const Clock &m_clock;
    // Recursive: a prompt's dialog may run a nested event loop that asks for another store on this thread.
    std::recursive_mutex m_mutex;
    std::map<QString, std::unique_ptr<keystore::KeyStore>> m_open;
};

// Stores handed over by the caller (tests, and the GUI when it has them open already).
class FixedKeyStoreProvider final : public KeyStoreProvider
{
public:
    void add(const QString &name, std::unique_ptr<keystore::KeyStore> store);
    Result<keystore::KeyStore *> store(const QString &name) override;
    void setSecrets(secrets::SecretStore *secrets) { m_secrets = secrets; }
    secrets::SecretStore *secrets() override { return m_secrets; }

private:
    secrets::SecretStore *m_secrets = nullptr;
    std::mutex m_mutex;
    std::map<QString, std::unique_ptr<keystore::KeyStore>> m_stores;
};

} // namespace keyward::jobs
