// StoreRegistry: the key stores an admin has added (name, kind, how to reach them), kept in
// <data dir>/stores.json. It holds no secret: PINs and master keys live in the SecretStore.
#pragma once

#include "keystore/AzureKeyVaultConfig.h"
#include "keystore/KeyStore.h"
#include "keystore/Pkcs11Config.h"
#include "secrets/SecretPrompt.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace keyward::keystore {

struct StoreConfig
{
    QString name;
    QString id;        // random, made when the store is added (a local store's is its vault's id); empty in a
                       // registry written before stores had ids, until the store is next opened
    QString kind;      // "local", "pkcs11", "azure-keyvault" or "managed-hsm"
    QString vaultPath; // local
    Pkcs11Config pkcs11;
    AzureKeyVaultConfig azure; // azure-keyvault, managed-hsm

    QJsonObject toJson() const;
    static Result<StoreConfig> fromJson(const QJsonObject &json);
};

class StoreRegistry
{
public:
    explicit StoreRegistry(QString dataDir);

    QString path() const;
    // Whether stores.json exists.
    bool exists() const;
    Result<QList<StoreConfig>> list() const;
    // The id of the catalog this registry belongs to; empty when it names none (yet).
    Result<QString> catalogId() const;
    // Names the catalog this registry belongs to (writes stores.json, creating it if need be).
    Status setCatalogId(const QString &id);
    Result<StoreConfig> find(const QString &name) const;
    Status add(const StoreConfig &config); // Conflict when the name is taken
    Status remove(const QString &name);

    // Opens the named store (unlocking it through `secrets` or `prompt` as its kind needs). A local store's vault
    // file must hold the store's own vault: Conflict (VaultOfAnotherStore, VaultUnknown) otherwise, before its
    // master key is looked for; an older copy of it is refused (VaultRolledBack, see LocalVault::open).
    Result<std::unique_ptr<KeyStore>> open(const QString &name, secrets::SecretStore &secrets, SecretPrompt *prompt,
                                           const Clock &clock = Clock::system());

private:
    struct Document
    {
        QString catalogId;
        QList<StoreConfig> stores;
    };
    Result<Document> read() const;
    Status save(const Document &document) const;
    // Reads the registry under a lock, applies `change`, and writes it back atomically.
    Status update(const std::function<Status(Document &)> &change);
    Status update(const std::function<Status(QList<StoreConfig> &)> &change);
    QString m_dataDir;
};

} // namespace keyward::keystore
