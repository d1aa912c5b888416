// KeyStoreProvider: opening, caching and counting key stores for jobs.
#include "jobs/KeyStoreProvider.h"

#include "keystore/LocalVault.h"

#include <QDir>
#include <QFileInfo>

namespace keyward::jobs {

namespace {

// Passes every call on to the real store and counts it. A store that went away is named as the admin knows it:
// by its name in the registry, not by its token label or vault file.
class CountingKeyStore final : public keystore::KeyStore
{
public:
    CountingKeyStore(std::unique_ptr<keystore::KeyStore> inner, QString name, std::atomic<qint64> &calls)
        : m_inner(std::move(inner)), m_name(std::move(name)), m_calls(calls)
    {
    }
    keystore::StoreProperties properties() const override { return m_inner->properties(); }
    Status supportsKeyType(keystore::KeyKind kind, int bits) override
    {
        return count(), named(m_inner->supportsKeyType(kind, bits));
    }
    Result<QList<keystore::KeyVersionInfo>> listKeys() override { return count(), named(m_inner->listKeys()); }
    Result<QList<keystore::KeyVersionInfo>> listVersions(const QString &n) override
    {
        return count(), named(m_inner->listVersions(n));
    }
    Result<keystore::KeyVersionInfo> keyVersion(const QString &n, const QString &v) override
    {
        return count(), named(m_inner->keyVersion(n, v));
    }
    Result<keystore::KeyVersionInfo> createKey(const keystore::CreateKeyRequest &r) override
    {
        return count(), named(m_inner->createKey(r));
    }
    Result<keystore::KeyVersionInfo> rotateKey(const QString &n) override
    {
        return count(), named(m_inner->rotateKey(n));
    }
    Result<keystore::RotationPolicy> rotationPolicy(const QString &n) override
    {
        return count(), named(m_inner->rotationPolicy(n));
    }
    Status setRotationPolicy(const QString &n, const keystore::RotationPolicy &p) override
    {
        return count(), named(m_inner->setRotationPolicy(n, p));
    }
    Status setVersionEnabled(const QString &n, const QString &v, bool e) override
    {
        return count(), named(m_inner->setVersionEnabled(n, v, e));
    }
    Result<keystore::DeletedKeyInfo> deleteKey(const QString &n) override
    {
        return count(), named(m_inner->deleteKey(n));
    }
    Result<QList<keystore::DeletedKeyInfo>> listDeletedKeys() override
    {
        return count(), named(m_inner->listDeletedKeys());
    }
    Result<keystore::KeyVersionInfo> recoverKey(const QString &n) override
    {
        return count(), named(m_inner->recoverKey(n));
    }
    Status purgeKey(const QString &n) override { return count(), named(m_inner->purgeKey(n)); }
    Result<keystore::WrappedKey> wrapKey(const QString &n, const QString &v, const crypto::SecureBytes &k) override
    {
        return count(), named(m_inner->wrapKey(n, v, k));
    }
    Result<crypto::SecureBytes> unwrapKey(const QString &n, const QString &v, const QByteArray &w) override
    {
        return count(), named(m_inner->unwrapKey(n, v, w));
    }

private:
    void count() { m_calls.fetch_add(1); }
    template <typename R> R named(R result) const
    {
        if (!result)
            return namedGone(result.error(), m_name);
        return result;
    }
    std::unique_ptr<keystore::KeyStore> m_inner;
    QString m_name;
    std::atomic<qint64> &m_calls;
};

} // namespace

Error namedGone(Error e, const QString &store)
{
    if (e.reason == Reason::KeyStoreGone)
        e.args = QStringList{store};
    return e;
}

std::unique_ptr<keystore::KeyStore> KeyStoreProvider::counted(std::unique_ptr<keystore::KeyStore> store,
                                                              const QString &name)
{
    return std::make_unique<CountingKeyStore>(std::move(store), name, m_calls);
}

RegistryKeyStoreProvider::RegistryKeyStoreProvider(QString dataDir, secrets::SecretStore &secrets, SecretPrompt *prompt,
                                                   const Clock &clock)
    : m_dataDir(std::move(dataDir)), m_registry(m_dataDir), m_secrets(secrets), m_prompt(prompt), m_clock(clock)
{
}

Result<std::unique_ptr<keystore::KeyStore>> RegistryKeyStoreProvider::openPlatform(SecretPrompt *prompt)
{
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("platform/platform.kwvault"));
    std::unique_ptr<keystore::LocalVault> vault;
    if (QFileInfo::exists(path)) {
        auto opened = keystore::LocalVault::open(path, m_secrets, prompt, m_clock);
        if (!opened)
            return opened.error();
        vault = std::move(opened).value();
    } else {
        // The platform's store stands for the provider's own infrastructure keys: it is never the
        // customer's, and an admin does not manage it through Keyward's store commands.
        keystore::VaultOptions options(platformStoreName());
        auto created = keystore::LocalVault::create(path, options, m_secrets, prompt, m_clock);
        if (!created)
            return created.error();
        vault = std::move(created).value();
    }
    auto key = vault->keyVersion(platformKeyName());
    if (!key && key.error().code == ErrorCode::NotFound) {
        auto made = vault->createKey({platformKeyName(), keystore::KeyKind::Aes, 256});
        if (!made)
            return made.error();
    } else if (!key) {
        return key.error();
    }
    return std::unique_ptr<keystore::KeyStore>(std::move(vault));
}

Result<keystore::KeyStore *> RegistryKeyStoreProvider::store(const QString &name)
{
    return open(name, m_prompt);
}

bool RegistryKeyStoreProvider::isOpen(const QString &name)
{
    std::lock_guard lock(m_mutex);
    return m_open.find(name) != m_open.end();
}

namespace {

// Asked for a secret, it notes that and declines: the store would have needed someone to answer.
class DecliningPrompt final : public SecretPrompt
{
public:
    Result<crypto::SecureBytes> ask(const SecretRequest &) override
    {
        asked = true;
        return Error::make(ErrorCode::Cancelled, QStringLiteral("not asked: opening without a prompt"));
    }
    bool asked = false;
};

} // namespace

Result<keystore::KeyStore *> RegistryKeyStoreProvider::storeWithoutPrompt(const QString &name)
{
    DecliningPrompt declining;
    auto opened = open(name, &declining);
    if (!opened && declining.asked)
        return Error::because(ErrorCode::Locked, Reason::StoreLocked, {name},
                              QStringLiteral("store '%1' needs a passphrase or PIN to open").arg(name));
    return opened;
}

Result<keystore::KeyStore *> RegistryKeyStoreProvider::open(const QString &name, SecretPrompt *prompt)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_open.find(name); it != m_open.end())
        return it->second.get();
    Result<std::unique_ptr<keystore::KeyStore>> opened =
        name == platformStoreName() ? openPlatform(prompt) : m_registry.open(name, m_secrets, prompt, m_clock);
    if (!opened)
        return namedGone(opened.error(), name);
    // A nested call on this thread (see m_mutex) may have opened it meanwhile: keep the first, which a caller may
    // hold already.
    if (const auto it = m_open.find(name); it != m_open.end())
        return it->second.get();
    auto *raw = (m_open[name] = counted(std::move(opened).value(), name)).get();
    return raw;
}

void FixedKeyStoreProvider::add(const QString &name, std::unique_ptr<keystore::KeyStore> store)
{
    std::lock_guard lock(m_mutex);
    m_stores[name] = counted(std::move(store), name);
}

Result<keystore::KeyStore *> FixedKeyStoreProvider::store(const QString &name)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_stores.find(name);
    if (it == m_stores.end())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no key store named '%1'").arg(name));
    return it->second.get();
}

} // namespace keyward::jobs
