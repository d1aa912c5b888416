// StoreService: adds key stores (a new local vault, a PKCS#11 token, an Azure Key Vault or Managed HSM) to the
// registry, undoing every step taken when a later one fails, and removes them when no workspace depends on them. Each
// is audited.
#pragma once

#include "keystore/LocalVault.h"
#include "services/Context.h"

#include <optional>

namespace keyward::services {

struct AddLocalStoreRequest
{
    QString name;
    QString vaultFile; // empty: <data dir>/vaults/<name>.kwvault
    keystore::VaultOptions::Protection protection = keystore::VaultOptions::Protection::Auto;
    bool softDelete = true;
    bool purgeProtection = true;
    int retentionDays = 90;
};

struct AddPkcs11StoreRequest
{
    QString name;
    QString modulePath;
    QString tokenLabel;
    QString tokenSerial;
    bool savePin = false; // ask for the user PIN now and keep it in the OS keychain
    // Written to the token the first time Keyward uses it (empty: on, 90 days). A token that holds Keyward's settings
    // already keeps them (purge protection may only be switched on): a value given here that differs from the
    // token's is refused (StoreSettingFixed), never ignored.
    std::optional<bool> purgeProtection;
    std::optional<int> retentionDays;
};

// An Azure Key Vault vault or Managed HSM (the flavour in `config`), signed in to with OAuth2 client credentials.
struct AddAzureStoreRequest
{
    QString name;
    keystore::AzureKeyVaultConfig config;
    crypto::SecureBytes clientSecret; // kept in the OS keychain, never in stores.json
};

struct StoreAdded
{
    keystore::StoreConfig config;
    keystore::StoreProperties properties;
    std::optional<keystore::VaultProtection> protection; // local vaults
    // A local vault whose file was still there (its store removed before) and was added back as it is, keys
    // and settings included, rather than made anew.
    bool readded = false;
};

class StoreService
{
public:
    explicit StoreService(Context &context) : m_context(context) {}

    // Days a deleted key is kept, as Key Vault allows.
    static constexpr int MinRetentionDays = 7;
    static constexpr int MaxRetentionDays = 90;
    // --retention-days as typed: a whole number of days within the bounds above (InvalidArgument otherwise).
    static Result<int> parseRetentionDays(const QString &text);
    // Name rules and retention days (7-90), before anything is made.
    static Status validateName(const QString &name);
    static Status validateRetention(int days);

    // A vault file already at the path whose store was removed is added back as it is (StoreAdded::readded), once
    // it opens with its master key; a file of a registered store is refused (Conflict).
    Result<StoreAdded> addLocal(const AddLocalStoreRequest &request);
    Result<StoreAdded> addPkcs11(const AddPkcs11StoreRequest &request);
    // Signs in once and lists the keys, so a wrong tenant, client, secret, URL or permission is found now; reads
    // the vault's recovery level (purge protection) from its keys.
    Result<StoreAdded> addAzure(const AddAzureStoreRequest &request);
    // Forgets a store (its vault file or token stays as it is); refused while a workspace assigns one of its
    // keys or holds a feature key wrapped under one.
    Status remove(const QString &name);

private:
    Status checkNameFree(const QString &name);
    // Name, retention and a free name checked, and the catalog open, before a store is made.
    Result<catalog::Catalog *> checkNewStore(const QString &name, int retentionDays);
    // The store added back from the vault file at `path`, or nothing when there is none to add back.
    Result<std::optional<StoreAdded>> readdLocal(const AddLocalStoreRequest &request, const QString &path,
                                                 catalog::Catalog &catalog);
    Context &m_context;
};

} // namespace keyward::services
