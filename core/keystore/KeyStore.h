// KeyStore: the one interface every key store implements (local vault, PKCS#11 HSM, Azure Key Vault),
// shaped after Key Vault's key model: versioned keys, rotation policies, soft delete, wrap and unwrap.
#pragma once

#include "crypto/SecureBytes.h"
#include "keystore/IsoDuration.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward::keystore {

enum class KeyKind
{
    Rsa,
    Aes
};
QString keyKindName(KeyKind kind); // "RSA", "AES" (Key Vault's kty is RSA / RSA-HSM / oct-HSM)

enum class WrapAlgorithm
{
    RsaOaep256,
    AesKeyWrapPad
};
QString wrapAlgorithmName(WrapAlgorithm alg); // "RSA-OAEP-256", "CKM_AES_KEY_WRAP_PAD"
std::optional<WrapAlgorithm> wrapAlgorithmFromName(const QString &name);
inline WrapAlgorithm wrapAlgorithmFor(KeyKind kind)
{
    return kind == KeyKind::Rsa ? WrapAlgorithm::RsaOaep256 : WrapAlgorithm::AesKeyWrapPad;
}

struct KeyVersionInfo
{
    QString id; // full and versioned: vault://<vault>/keys/<name>/<version>, pkcs11:..., https://...
    QString name;
    QString version;
    KeyKind kind = KeyKind::Rsa;
    int bits = 0;
    QDateTime created;
    QDateTime updated;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    bool enabled = true;
    QStringList operations; // Key Vault names: wrapKey, unwrapKey, encrypt, decrypt, sign, verify
    bool hsmBacked = false;
    // Azure Key Vault's deletion protection of the key (e.g. "Recoverable+Purgeable", "Recoverable") and its
    // retention in days; empty and nullopt for stores that do not say per key.
    QString recoveryLevel;
    std::optional<int> recoverableDays;

    // The rules every use of a key version follows (jobs, stores and the pre-flight checks alike).
    bool isExpired(const QDateTime &now) const { return expires && now >= *expires; }
    bool isNotYetValid(const QDateTime &now) const { return notBefore && now < *notBefore; }
    bool permits(const QString &operation) const { return operations.contains(operation); }
    // Ok, or KeyDisabled / KeyExpired / KeyNotYetValid / Forbidden (operation not permitted) at `now`.
    Status usableFor(const QString &operation, const QDateTime &now) const;
    QJsonObject toJson() const;
};

// The Key Vault rotation-policy shape: rotate a period after creation or before expiry, the expiry
// given to new versions, and when to notify before expiry.
struct RotationPolicy
{
    std::optional<IsoDuration> rotateAfterCreate;
    std::optional<IsoDuration> rotateBeforeExpiry;
    std::optional<IsoDuration> notifyBeforeExpiry;
    std::optional<IsoDuration> expiryTime;
    QDateTime updated;

    // The moment automatic rotation is due for `latest`, if the policy says so.
    std::optional<QDateTime> nextRotation(const KeyVersionInfo &latest) const;
    Status validate() const;
    QJsonObject toKeyVaultJson() const;
    static Result<RotationPolicy> fromKeyVaultJson(const QJsonObject &json);
    bool operator==(const RotationPolicy &o) const
    {
        return rotateAfterCreate == o.rotateAfterCreate && rotateBeforeExpiry == o.rotateBeforeExpiry &&
               notifyBeforeExpiry == o.notifyBeforeExpiry && expiryTime == o.expiryTime;
    }
};

struct StoreProperties
{
    QString name;
    QString kind; // "local", "pkcs11", "azure-keyvault", "managed-hsm"
    bool softDelete = true;
    bool purgeProtection = true;
    int retentionDays = 90;
    bool hsmBacked = false;
    // Azure Key Vault's permission model: true for Azure RBAC, false for access policies; nullopt where the store
    // has no such choice or did not say (the compliance rules read it: CIS 8.3.1 or 8.3.2).
    std::optional<bool> rbacAuthorization;
    // Azure: the recovery level the protection above was read from; empty for other stores, and for a vault with
    // no key yet (then softDelete, purgeProtection and retentionDays are what Azure enforces on new vaults).
    QString recoveryLevel;
    QJsonObject toJson() const;
};

struct DeletedKeyInfo
{
    QString name;
    QString recoveryId;
    QDateTime deletedOn;
    QDateTime scheduledPurge;
    KeyVersionInfo latest;
    QJsonObject toJson() const;
};

struct CreateKeyRequest
{
    CreateKeyRequest(QString keyName = {}, KeyKind keyKind = KeyKind::Rsa, int keyBits = 3072)
        : name(std::move(keyName)), kind(keyKind), bits(keyBits)
    {
    }
    QString name;
    KeyKind kind = KeyKind::Rsa;
    int bits = 3072;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    QStringList operations = {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};

    Status validate() const; // name syntax, RSA 2048/3072/4096, AES 256, expiry after not-before
};

struct WrappedKey
{
    QString keyId; // the full, versioned identifier of the KEK version used
    WrapAlgorithm algorithm = WrapAlgorithm::RsaOaep256;
    QByteArray wrapped;
};

class KeyStore
{
public:
    virtual ~KeyStore() = default;

    virtual StoreProperties properties() const = 0;
    // Whether this store can make a key of this kind and size and wrap with it: Ok, or Unsupported saying why.
    // The default is what CreateKeyRequest allows; a store whose answer depends on its device (a PKCS#11
    // token's mechanisms) asks the device.
    virtual Status supportsKeyType(KeyKind kind, int bits);

    // The newest version of every key that is not deleted.
    virtual Result<QList<KeyVersionInfo>> listKeys() = 0;
    // Every version of a key, oldest first.
    virtual Result<QList<KeyVersionInfo>> listVersions(const QString &name) = 0;
    // A version by name; an empty version means the newest. NotFound or KeyDeleted when absent.
    virtual Result<KeyVersionInfo> keyVersion(const QString &name, const QString &version = {}) = 0;

    virtual Result<KeyVersionInfo> createKey(const CreateKeyRequest &request) = 0;
    // A new version with the same kind and size; older versions stay as they are (and usable).
    virtual Result<KeyVersionInfo> rotateKey(const QString &name) = 0;
    virtual Result<RotationPolicy> rotationPolicy(const QString &name) = 0;
    virtual Status setRotationPolicy(const QString &name, const RotationPolicy &policy) = 0;
    virtual Status setVersionEnabled(const QString &name, const QString &version, bool enabled) = 0;

    // Soft delete (when the store has it): the key is kept for the retention period.
    virtual Result<DeletedKeyInfo> deleteKey(const QString &name) = 0;
    virtual Result<QList<DeletedKeyInfo>> listDeletedKeys() = 0;
    virtual Result<KeyVersionInfo> recoverKey(const QString &name) = 0;
    // Forbidden while purge protection is on and the retention period has not run out.
    virtual Status purgeKey(const QString &name) = 0;

    // Wraps a 32-byte feature key under a named version (RSA-OAEP-256 or CKM_AES_KEY_WRAP_PAD by kind).
    virtual Result<WrappedKey> wrapKey(const QString &name, const QString &version, const crypto::SecureBytes &key) = 0;
    virtual Result<crypto::SecureBytes> unwrapKey(const QString &name, const QString &version,
                                                  const QByteArray &wrapped) = 0;
};

// Key names as Key Vault allows them: 1-127 characters of letters, digits and dashes.
bool isValidKeyName(const QString &name);

} // namespace keyward::keystore
