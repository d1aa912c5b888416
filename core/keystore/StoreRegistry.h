// StoreRegistry: the key stores an admin has added (name, kind, how to reach them), kept in
// <data dir>/stores.json. It holds no secret: PINs and master keys live in the SecretStore.
#pragma once

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
    QString kind;      // "local" or "pkcs11"
    QString vaultPath; // local
    Pkcs11Config pkcs11;

    QJsonObject toJson() const;
    static Result<StoreConfig> fromJson(const QJsonObject &json);
};

class StoreRegistry
{
public:
    explicit StoreRegistry(QString dataDir);

    QString path() const;
    Result<QList<StoreConfig>> list() const;
    Result<StoreConfig> find(const QString &name) const;
    Status add(const StoreConfig &config); // Conflict when the name is taken
    Status remove(const QString &name);

    // Opens the named store (unlocking it through `secrets` or `prompt` as its kind needs).
    Result<std::unique_ptr<KeyStore>> open(const QString &name, secrets::SecretStore &secrets, SecretPrompt *prompt,
                                           const Clock &clock = Clock::system()) const;

private:
    Status save(const QList<StoreConfig> &stores) const;
    // Reads the list under a lock, applies `change`, and writes it back atomically.
    Status update(const std::function<Status(QList<StoreConfig> &)> &change);
    QString m_dataDir;
};

} // namespace keyward::keystore
