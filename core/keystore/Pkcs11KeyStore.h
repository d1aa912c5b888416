// Pkcs11KeyStore: a KeyStore on any PKCS#11 token (an HSM, a smart card, SoftHSM2). Keys are generated on
// the token and never leave it; feature keys are wrapped and unwrapped by the token itself.
#pragma once

#include "keystore/KeyStore.h"
#include "keystore/Pkcs11Capabilities.h"
#include "keystore/Pkcs11Config.h"
#include "keystore/Pkcs11KeyRecord.h"
#include "keystore/Pkcs11StoreSettings.h"
#include "secrets/SecretPrompt.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <memory>
#include <mutex>
#include <optional>

namespace keyward::keystore {

class Pkcs11KeyObjects;
class Pkcs11MetadataStore;
class Pkcs11Module;
class Pkcs11Session;
struct Pkcs11KeyRecord;
struct Pkcs11Uri;

class Pkcs11KeyStore final : public KeyStore
{
public:
    // Loads the module, finds the token by label and/or serial and logs in. The PIN is read from `secrets`
    // (entry Pkcs11Config::effectivePinSecretKey()) when there is one, else asked through `prompt`; either
    // may be null. `clock` decides expiry and not-before and must outlive the store.
    static Result<std::unique_ptr<Pkcs11KeyStore>> open(const Pkcs11Config &config, secrets::SecretStore *secrets,
                                                        SecretPrompt *prompt, const Clock &clock = Clock::system());
    ~Pkcs11KeyStore() override;

    StoreProperties properties() const override;
    // What the token's mechanisms allow (found by the probe, once).
    Status supportsKeyType(KeyKind kind, int bits) override;
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

    // Asks the token which mechanisms it has and tries a wrap and unwrap with throw-away session keys.
    // The answer is kept: it decides which kinds of key createKey() accepts.
    Result<Pkcs11Capabilities> probe();

    QString tokenLabel() const { return m_tokenLabel; }
    QString tokenSerial() const { return m_tokenSerial; }
    // The RFC 7512 identifier of a key version (what KeyVersionInfo::id and WrappedKey::keyId hold).
    QString versionUri(const Pkcs11KeyRecord &record, const QString &version) const;

private:
    Pkcs11KeyStore(Pkcs11Config config, const Clock &clock);

    // Finds the token and logs in (Pkcs11Login), then reads or writes the store's settings on it.
    Status connect(secrets::SecretStore *secrets, SecretPrompt *prompt);
    // Unavailable when the token was removed or replaced, Locked when it logged the session out.
    Status checkToken();
    // `error` (NotFound: a key or its object missing) as checkToken()'s answer when the token has gone meanwhile.
    Error goneOr(Error error);
    // The metadata store's reads, through goneOr().
    Result<Pkcs11KeyRecord> readRecord(const QString &name, bool includeDeleted);
    Result<QList<Pkcs11KeyRecord>> readAllRecords();

    // Copies a version's enabled flag into its key objects' usage attributes (Pkcs11KeyObjects::setUsage).
    Status mirrorEnabled(const QString &name, const QString &version, bool enabled);
    Result<Pkcs11Capabilities> capabilities();
    Result<Pkcs11Capabilities> runProbe();

    KeyVersionInfo info(const Pkcs11KeyRecord &record, const QString &version) const;
    DeletedKeyInfo deletedInfo(const Pkcs11KeyRecord &record) const;
    // The version a wrap or unwrap may use at this moment, or its distinct error.
    Result<KeyVersionInfo> usableVersion(const Pkcs11KeyRecord &record, const QString &version,
                                         const QString &operation) const;
    QString tokenText() const; // "token 'ci-token'"

    // The token object a wrap or unwrap works with, after the token, key-state and mechanism checks.
    struct KekObject
    {
        Pkcs11KeyRecord record;
        KeyVersionInfo version;
        unsigned long handle = 0; // CK_OBJECT_HANDLE
        QString context;          // "wrapping a feature key with <id>", for messages
    };
    Result<KekObject> kekObject(const QString &name, const QString &version, bool wrap);

    Pkcs11Config m_config;
    const Clock &m_clock;
    std::shared_ptr<Pkcs11Module> m_module;
    std::unique_ptr<Pkcs11Session> m_session;
    QString m_tokenLabel;
    QString m_tokenSerial;
    QString m_tokenModel;
    QString m_tokenManufacturer;
    // Both work through m_session and go before it.
    std::unique_ptr<Pkcs11MetadataStore> m_metadata;
    std::unique_ptr<Pkcs11KeyObjects> m_keyObjects;
    Pkcs11StoreSettings m_settings;
    std::optional<Pkcs11Capabilities> m_capabilities;
    // A PKCS#11 session must not be used by two threads at once; jobs may call from worker threads.
    mutable std::mutex m_mutex;
};

} // namespace keyward::keystore
