// StoreRegistry: reading and atomically writing stores.json, and opening the stores it names.
#include "keystore/StoreRegistry.h"

#include "keystore/AzureKeyVaultStore.h"
#include "keystore/LocalVault.h"
#include "keystore/Pkcs11KeyStore.h"
#include "util/ProcessLock.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace keyward::keystore {

namespace {
const char RegistryFormatName[] = "keyward-stores/1";
}

QJsonObject StoreConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (kind == QLatin1String("local")) {
        o.insert(QStringLiteral("vault_path"), vaultPath);
    } else if (AzureKeyVaultConfig::flavourFromKind(kind)) {
        const QJsonObject fields = azure.toJson();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            o.insert(it.key(), it.value());
    } else {
        o.insert(QStringLiteral("module"), pkcs11.modulePath);
        o.insert(QStringLiteral("token_label"), pkcs11.tokenLabel);
        o.insert(QStringLiteral("token_serial"), pkcs11.tokenSerial);
        o.insert(QStringLiteral("pin_secret"), pkcs11.effectivePinSecretKey());
        o.insert(QStringLiteral("purge_protection"), pkcs11.purgeProtection);
        o.insert(QStringLiteral("retention_days"), pkcs11.retentionDays);
    }
    return o;
}

Result<StoreConfig> StoreConfig::fromJson(const QJsonObject &o)
{
    StoreConfig c;
    c.name = o.value(QStringLiteral("name")).toString();
    c.kind = o.value(QStringLiteral("kind")).toString();
    c.id = o.value(QStringLiteral("id")).toString();
    if (!isValidKeyName(c.name))
        return Error::make(ErrorCode::Format, QStringLiteral("store registry: bad store name '%1'").arg(c.name));
    if (c.kind == QLatin1String("local")) {
        c.vaultPath = o.value(QStringLiteral("vault_path")).toString();
        if (c.vaultPath.isEmpty())
            return Error::make(ErrorCode::Format,
                               QStringLiteral("store registry: store '%1' has no vault path").arg(c.name));
        return c;
    }
    if (const auto flavour = AzureKeyVaultConfig::flavourFromKind(c.kind)) {
        auto azure = AzureKeyVaultConfig::fromJson(*flavour, o);
        if (!azure)
            return Error::make(ErrorCode::Format, QStringLiteral("store '%1': %2").arg(c.name, azure.error().detail));
        c.azure = std::move(azure).value();
        return c;
    }
    if (c.kind != QLatin1String("pkcs11"))
        return Error::make(ErrorCode::Format, QStringLiteral("store registry: unknown kind '%1'").arg(c.kind));
    c.pkcs11.name = c.name;
    c.pkcs11.modulePath = o.value(QStringLiteral("module")).toString();
    c.pkcs11.tokenLabel = o.value(QStringLiteral("token_label")).toString();
    c.pkcs11.tokenSerial = o.value(QStringLiteral("token_serial")).toString();
    c.pkcs11.pinSecretKey = o.value(QStringLiteral("pin_secret")).toString();
    c.pkcs11.purgeProtection = o.value(QStringLiteral("purge_protection")).toBool(true);
    c.pkcs11.retentionDays = o.value(QStringLiteral("retention_days")).toInt(90);
    if (c.pkcs11.modulePath.isEmpty() || (c.pkcs11.tokenLabel.isEmpty() && c.pkcs11.tokenSerial.isEmpty()))
        return Error::make(ErrorCode::Format,
                           QStringLiteral("store registry: store '%1' needs a module and a token").arg(c.name));
    return c;
}

StoreRegistry::StoreRegistry(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString StoreRegistry::path() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("stores.json"));
}

bool StoreRegistry::exists() const
{
    return QFileInfo::exists(path());
}

Result<StoreRegistry::Document> StoreRegistry::read() const
{
    QFile f(path());
    if (!f.exists())
        return Document{};
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path(), f.errorString()));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError ||
        doc.object().value(QStringLiteral("format")).toString() != QLatin1String(RegistryFormatName))
        return Error::make(ErrorCode::Format,
                           QStringLiteral("%1 is not a Keyward store registry; it was left as it is").arg(path()));
    Document out;
    out.catalogId = doc.object().value(QStringLiteral("catalog_id")).toString();
    for (const auto &v : doc.object().value(QStringLiteral("stores")).toArray()) {
        auto c = StoreConfig::fromJson(v.toObject());
        if (!c)
            return c.error();
        out.stores << *c;
    }
    return out;
}

Result<QList<StoreConfig>> StoreRegistry::list() const
{
    auto doc = read();
    if (!doc)
        return doc.error();
    return doc->stores;
}

Result<QString> StoreRegistry::catalogId() const
{
    auto doc = read();
    if (!doc)
        return doc.error();
    return doc->catalogId;
}

Status StoreRegistry::setCatalogId(const QString &id)
{
    return update([&](Document &doc) -> Status {
        doc.catalogId = id;
        return {};
    });
}

Result<StoreConfig> StoreRegistry::find(const QString &name) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const StoreConfig &c : *all)
        if (c.name == name)
            return c;
    return Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {name},
                          QStringLiteral("no key store named '%1' (see 'keywardctl store list')").arg(name));
}

Status StoreRegistry::save(const Document &document) const
{
    if (auto st = makeOwnerOnlyFolder(m_dataDir); !st)
        return st;
    QJsonArray array;
    for (const StoreConfig &c : document.stores)
        array.append(c.toJson());
    QJsonObject o{{QStringLiteral("format"), QLatin1String(RegistryFormatName)}, {QStringLiteral("stores"), array}};
    if (!document.catalogId.isEmpty())
        o.insert(QStringLiteral("catalog_id"), document.catalogId);
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    return writeFileSafely(path(), bytes, OwnerOnlyFileMode);
}

Status StoreRegistry::update(const std::function<Status(Document &)> &change)
{
    if (auto st = makeOwnerOnlyFolder(m_dataDir); !st)
        return st;
    // A kernel lock: a killed process's lock file never blocks the next change (see ProcessLock).
    ProcessLock lock(path() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error::make(ErrorCode::Unavailable, QStringLiteral("the store registry is busy; try again"));
    auto doc = read();
    if (!doc)
        return doc.error();
    if (auto st = change(*doc); !st)
        return st;
    // A token store from before stores had ids gets one on this write; a local store takes its vault's id when
    // next opened (see open()).
    for (StoreConfig &c : doc->stores)
        if (c.id.isEmpty() && c.kind != QLatin1String("local"))
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return save(*doc);
}

Status StoreRegistry::update(const std::function<Status(QList<StoreConfig> &)> &change)
{
    return update([&](Document &doc) { return change(doc.stores); });
}

Status StoreRegistry::add(const StoreConfig &config)
{
    return update([&](QList<StoreConfig> &all) -> Status {
        for (const StoreConfig &c : all)
            if (c.name == config.name)
                return Error::make(ErrorCode::Conflict,
                                   QStringLiteral("a key store named '%1' exists already").arg(config.name));
        StoreConfig added = config;
        if (added.id.isEmpty())
            added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        all.append(added);
        return {};
    });
}

Status StoreRegistry::remove(const QString &name)
{
    return update([&](QList<StoreConfig> &all) -> Status {
        if (all.removeIf([&](const StoreConfig &c) { return c.name == name; }) == 0)
            return Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {name},
                                  QStringLiteral("no key store named '%1'").arg(name));
        return {};
    });
}

Result<std::unique_ptr<KeyStore>> StoreRegistry::open(const QString &name, secrets::SecretStore &secrets,
                                                      SecretPrompt *prompt, const Clock &clock)
{
    auto all = list();
    if (!all)
        return all.error();
    auto config = find(name);
    if (!config)
        return config.error();
    if (config->kind == QLatin1String("local")) {
        // The vault file must hold this store's vault. A store added before stores had ids takes its vault's id
        // on this first open, unless another store already names that vault.
        const QString found = LocalVault::idOf(config->vaultPath);
        QString owner;
        for (const StoreConfig &c : std::as_const(*all))
            if (c.name != name && !found.isEmpty() && c.id == found)
                owner = c.name;
        const bool mismatch = !found.isEmpty() && (config->id.isEmpty() ? !owner.isEmpty() : found != config->id);
        if (mismatch) {
            const QString detail = QStringLiteral("the vault file %1 of store '%2' holds vault %3, not the store's own")
                                       .arg(config->vaultPath, name, found);
            return owner.isEmpty()
                       ? Error::because(ErrorCode::Conflict, Reason::VaultUnknown, {name, config->vaultPath}, detail)
                       : Error::because(ErrorCode::Conflict, Reason::VaultOfAnotherStore,
                                        {name, config->vaultPath, owner}, detail);
        }
        auto vault = LocalVault::open(config->vaultPath, secrets, prompt, clock, found);
        if (!vault && vault.error().code == ErrorCode::NotFound && !QFileInfo::exists(config->vaultPath))
            return Error::because(ErrorCode::Unavailable, Reason::KeyStoreGone, {name}, vault.error().detail);
        if (!vault)
            return vault.error();
        if (config->id.isEmpty()) {
            const QString adopted = (*vault)->vaultId();
            auto st = update([&](QList<StoreConfig> &stores) -> Status {
                for (StoreConfig &c : stores)
                    if (c.name == name && c.id.isEmpty())
                        c.id = adopted;
                return {};
            });
            if (!st)
                return st.error();
        }
        return std::unique_ptr<KeyStore>(std::move(vault).value());
    }
    if (AzureKeyVaultConfig::flavourFromKind(config->kind)) {
        // The client secret lives in the OS keychain only; without it the store cannot sign in.
        const QString entry = AzureKeyVaultConfig::secretName(config->id);
        auto secret = config->id.isEmpty() ? Result<crypto::SecureBytes>(Error::make(ErrorCode::NotFound, QString()))
                                           : secrets.read(entry);
        if (!secret) {
            if (secret.error().code != ErrorCode::NotFound)
                return Error::make(secret.error().code,
                                   QStringLiteral("store '%1': the client secret cannot be read from %2: %3")
                                       .arg(name, secrets.backendName(), secret.error().detail));
            return Error::make(ErrorCode::Key, QStringLiteral("the client secret of store '%1' is not in the %2 "
                                                              "(entry %3)")
                                                   .arg(name, secrets.backendName(), entry));
        }
        auto store = AzureKeyVaultStore::open(name, config->azure, std::move(secret).value(), clock);
        if (!store)
            return store.error();
        return std::unique_ptr<KeyStore>(std::move(store).value());
    }
    auto token = Pkcs11KeyStore::open(config->pkcs11, &secrets, prompt, clock);
    if (!token)
        return token.error();
    return std::unique_ptr<KeyStore>(std::move(token).value());
}

} // namespace keyward::keystore
