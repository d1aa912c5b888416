// LocalVault: the embedded key store: one vault file per vault under the user's data directory, key
// material sealed under a random master key kept in the OS keychain or wrapped under a passphrase.
#pragma once

#include "crypto/RsaKey.h"
#include "keystore/KeyStore.h"
#include "keystore/VaultFile.h"
#include "secrets/SecretPrompt.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <QString>

#include <functional>
#include <memory>

namespace keyward::keystore {

struct VaultOptions
{
    enum class Protection
    {
        Auto, // the OS keychain when it answers, a passphrase otherwise
        Keychain,
        Passphrase,
    };
    VaultOptions(QString vaultName = {}, Protection how = Protection::Auto)
        : name(std::move(vaultName)), protection(how)
    {
    }
    QString name;
    Protection protection = Protection::Auto;
    bool softDelete = true;
    bool purgeProtection = true;
    int retentionDays = 90; // 7..90, as Key Vault allows
    crypto::ScryptParams scrypt;
};

class LocalVault final : public KeyStore
{
public:
    // Refuses (Conflict) when the file exists. Passphrase vaults ask `prompt` for a new passphrase.
    static Result<std::unique_ptr<LocalVault>> create(const QString &path, const VaultOptions &options,
                                                      secrets::SecretStore &secrets, SecretPrompt *prompt,
                                                      const Clock &clock = Clock::system());
    // Opens and verifies the file; passphrase vaults ask `prompt` (up to three attempts). With `expectedId`, the
    // file must hold that vault (Conflict otherwise, before any key is looked for). The file's write counter
    // must not be lower than the highest one recorded beside its master key in `secrets`: an older copy of the
    // file is refused (Conflict, VaultRolledBack); a higher one (a write whose recording was cut short) is
    // recorded.
    static Result<std::unique_ptr<LocalVault>> open(const QString &path, secrets::SecretStore &secrets,
                                                    SecretPrompt *prompt, const Clock &clock = Clock::system(),
                                                    const QString &expectedId = {});
    // The id of the vault in the file at `path`, read from its header with no key; empty when the file is not
    // a readable vault file.
    static QString idOf(const QString &path);
    // Removes the vault file at `path` (and its master key's keychain entry) when it is what an add killed before
    // the store was registered leaves behind: protected by the keychain, its master key there, never written
    // since it was made and holding no key. Returns whether it removed it; anything else is left as it is.
    static bool discardAbandoned(const QString &path, secrets::SecretStore &secrets);
    // The keychain entry where the highest write counter of vault `vaultId` is kept.
    static QString counterEntry(const QString &vaultId);
    // Where a vault named `name` lives under `dataDir`.
    static QString pathFor(const QString &dataDir, const QString &name);
    ~LocalVault() override;

    QString path() const { return m_path; }
    // The vault's random id (also the id of its store in the registry).
    QString vaultId() const { return m_header.id; }
    // The write counter of the file as last read or written.
    qint64 counter() const { return m_contents.revision; }
    VaultProtection protection() const { return m_header.protection; }
    // The keychain entry holding the master key (empty for a passphrase vault).
    QString keychainEntry() const { return m_header.keychainEntry; }
    // Identifier of a version in this vault: vault://<vault>/keys/<name>/<version>.
    QString keyId(const QString &name, const QString &version) const;

    StoreProperties properties() const override;
    Result<QList<KeyVersionInfo>> listKeys() override;
    Result<QList<KeyVersionInfo>> listVersions(const QString &name) override;
    Result<KeyVersionInfo> keyVersion(const QString &name, const QString &version = {}) override;
    Result<KeyVersionInfo> createKey(const CreateKeyRequest &request) override;
    Result<KeyVersionInfo> rotateKey(const QString &name) override;
    Result<RotationPolicy> rotationPolicy(const QString &name) override;
    Status setRotationPolicy(const QString &name, const RotationPolicy &policy) override;
    Status setVersionEnabled(const QString &name, const QString &version, bool enabled) override;
    Result<DeletedKeyInfo> deleteKey(const QString &name) override;
    Result<QList<DeletedKeyInfo>> listDeletedKeys() override;
    Result<KeyVersionInfo> recoverKey(const QString &name) override;
    Status purgeKey(const QString &name) override;
    Result<WrappedKey> wrapKey(const QString &name, const QString &version, const crypto::SecureBytes &key) override;
    Result<crypto::SecureBytes> unwrapKey(const QString &name, const QString &version,
                                          const QByteArray &wrapped) override;

    // A PS256 signature (RSA-PSS, SHA-256, MGF1-SHA-256, 32-byte salt) over `message` with a version of an RSA
    // key; an empty version means the newest. Refused unless the version permits "sign" and is enabled and in
    // date (KeyDisabled, KeyExpired, KeyNotYetValid, Forbidden), and for AES keys (Unsupported).
    Result<QByteArray> sign(const QString &name, const QString &version, QByteArrayView message);
    // The public half of a version of an RSA key as a PEM SubjectPublicKeyInfo; an empty version means the
    // newest. Public keys are public: a disabled, expired or not yet valid version still has one (reports
    // signed before a version was retired must stay verifiable). Unsupported for AES keys.
    Result<QByteArray> publicKeyPem(const QString &name, const QString &version);

    // Rotates every key whose rotation policy is due at the clock's now; returns the new versions.
    Result<QList<KeyVersionInfo>> applyRotationPolicies();

private:
    LocalVault(QString path, VaultHeader header, crypto::SecureBytes master, VaultContents contents,
               secrets::SecretStore &secrets, const Clock &clock);
    // Records the file's counter beside the master key when it is higher than the one recorded.
    void recordCounter();

    // Re-reads and verifies the file under a lock, applies `change`, and writes atomically. A file that
    // no longer verifies is never overwritten.
    Status mutate(const std::function<Status(VaultContents &)> &change);
    Status reload();
    KeyVersionInfo info(const VaultKey &key, const VaultVersion &version) const;
    Result<const VaultKey *> liveKey(const QString &name) const;
    Result<VaultVersion> newVersion(const QString &name, KeyKind kind, int bits, const QStringList &operations,
                                    const std::optional<QDateTime> &notBefore, const std::optional<QDateTime> &expires);
    Result<crypto::SecureBytes> material(const QString &name, const QString &version, const QString &operation,
                                         KeyVersionInfo *info);
    // The unsealed material of `version`, with no check of its state or operations.
    Result<crypto::SecureBytes> openMaterial(const KeyVersionInfo &version) const;
    // The RSA private key of a version, checked as `material` does unless `operation` is empty.
    Result<crypto::RsaPrivateKey> rsaKey(const QString &name, const QString &version, const QString &operation,
                                         KeyVersionInfo *info);

    QString m_path;
    VaultHeader m_header;
    crypto::SecureBytes m_master;
    VaultContents m_contents;
    secrets::SecretStore &m_secrets;
    const Clock &m_clock;
};

} // namespace keyward::keystore
