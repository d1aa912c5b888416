// AzureKeyVaultStore: keys in an Azure Key Vault vault or a Managed HSM, over the Key Vault REST API, signed in
// with OAuth2 client credentials (AzureTokenSource). The same KeyStore contract as the local vault and PKCS#11:
// versions, rotation policies, soft delete and purge protection (read from the vault's recoveryLevel), wrap and
// unwrap (RSA-OAEP-256; CKM_AES_KEY_WRAP_PAD for oct-HSM keys on a Managed HSM).
#pragma once

#include "keystore/AzureKeyVaultConfig.h"
#include "keystore/KeyStore.h"
#include "net/HttpClient.h"
#include "util/Clock.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace keyward::keystore {

// What a 401's WWW-Authenticate header names: `Bearer authorization="…", resource="…"` (also authorization_uri=
// and scope=).
struct AzureChallenge
{
    QString authority; // e.g. https://login.microsoftonline.com/<tenant>
    QString resource;
    QString scope;
    static std::optional<AzureChallenge> parse(const QByteArray &wwwAuthenticate);
};

// OAuth2 client credentials against Microsoft Entra ID (or any authority with its token endpoint), with a cache:
// a token is reused until fewer than 300 s of it are left. Thread-safe. Neither the secret nor a token ever reaches
// an error's text.
class AzureTokenSource
{
public:
    AzureTokenSource(QString storeName, AzureKeyVaultConfig config, crypto::SecureBytes clientSecret,
                     net::HttpClient &http, const Clock &clock);
    ~AzureTokenSource();

    Result<QByteArray> token(bool forceRefresh = false);
    // A 401's challenge: its authority must be the configured authority + "/" + tenant, or it is Forbidden
    // (ChallengeAuthorityMismatch) and no secret is sent anywhere; otherwise the cached token is dropped.
    Status onChallenge(const QByteArray &wwwAuthenticate);
    int requestsMade() const; // token requests sent so far

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct Protection
{
    bool softDelete = true;
    bool purgeProtection = false;
    int retentionDays = 90;
};
// Key Vault's recoveryLevel (Purgeable, Recoverable+Purgeable, Recoverable, Recoverable+ProtectedSubscription,
// CustomizedRecoverable+Purgeable, CustomizedRecoverable, CustomizedRecoverable+ProtectedSubscription) as protection.
Protection protectionFromRecoveryLevel(const QString &level, std::optional<int> recoverableDays);

// JSON to and from the model, as the Key Vault REST API shapes it (tested against the official examples).
Result<KeyVersionInfo> keyVersionFromBundle(const QJsonObject &bundle); // a KeyBundle or a KeyItem
Result<DeletedKeyInfo> deletedKeyFromBundle(const QJsonObject &bundle);
QJsonObject createKeyBody(const CreateKeyRequest &request, AzureFlavour flavour); // kty, key_size, key_ops, attributes
// The error an answer >= 400 means, from `{"error":{"code","message","innererror"}}` and the status; never from the
// message's words.
Error errorFromResponse(const QString &storeName, const net::HttpResponse &response, const QString &operation,
                        const QString &key);
// A JWK byte field: base64url, or plain base64 (some service answers use it).
std::optional<QByteArray> decodeJwkBase64(const QString &text);

class AzureKeyVaultStore final : public KeyStore
{
public:
    static Result<std::unique_ptr<AzureKeyVaultStore>> open(const QString &storeName, const AzureKeyVaultConfig &config,
                                                            crypto::SecureBytes clientSecret,
                                                            const Clock &clock = Clock::system());
    static Result<std::unique_ptr<AzureKeyVaultStore>> open(const QString &storeName, const AzureKeyVaultConfig &config,
                                                            crypto::SecureBytes clientSecret, const Clock &clock,
                                                            net::HttpClient::Options http);
    ~AzureKeyVaultStore() override;

    // The vault's recovery level, read from the first key listed (a vault says it per key); empty when the vault
    // holds no key yet. properties() reports protection from it.
    Result<QString> probeRecoveryLevel();
    int tokenRequests() const;
    // How many keys or versions one list request asks for (Key Vault's maxresults, 1..25; 25 unless set).
    void setPageSize(int maxResults);

    StoreProperties properties() const override;
    Status supportsKeyType(KeyKind kind, int bits) override;
    Result<QList<KeyVersionInfo>> listKeys() override;
    Result<QList<KeyVersionInfo>> listVersions(const QString &name) override;
    Result<KeyVersionInfo> keyVersion(const QString &name, const QString &version = {}) override;
    Result<KeyVersionInfo> createKey(const CreateKeyRequest &request) override;
    Result<KeyVersionInfo> rotateKey(const QString &name) override;
    Result<RotationPolicy> rotationPolicy(const QString &name) override;
    Status setRotationPolicy(const QString &name, const RotationPolicy &policy) override;
    Status setVersionEnabled(const QString &name, const QString &version, bool enabled) override;
    // Also the expiry of a version (PATCH attributes.exp); nullopt clears it.
    Status setVersionExpiry(const QString &name, const QString &version, const std::optional<QDateTime> &expires);
    Result<DeletedKeyInfo> deleteKey(const QString &name) override;
    Result<QList<DeletedKeyInfo>> listDeletedKeys() override;
    Result<KeyVersionInfo> recoverKey(const QString &name) override;
    Status purgeKey(const QString &name) override;
    Result<WrappedKey> wrapKey(const QString &name, const QString &version, const crypto::SecureBytes &key) override;
    Result<crypto::SecureBytes> unwrapKey(const QString &name, const QString &version,
                                          const QByteArray &wrapped) override;

private:
    struct Private;
    explicit AzureKeyVaultStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace keyward::keystore
