// StoreService: store provisioning with rollback, and removal guarded by what depends on the store.
#include "services/StoreService.h"

#include "util/Input.h"

#include "keystore/AzureKeyVaultStore.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace keyward::services {

Status StoreService::validateName(const QString &name)
{
    // "platform" names the platform's own store (the infrastructure layer's key) and is not for admins.
    if (keystore::isValidKeyName(name) && name != jobs::KeyStoreProvider::platformStoreName())
        return {};
    return Error::because(ErrorCode::InvalidArgument, Reason::StoreNameInvalid, {name},
                          QStringLiteral("store names are 1-127 letters, digits or dashes, and not 'platform'"));
}

Status StoreService::validateRetention(int days)
{
    if (days >= MinRetentionDays && days <= MaxRetentionDays)
        return {};
    return Error::because(ErrorCode::InvalidArgument, Reason::RetentionOutOfRange, {QString::number(days)},
                          QStringLiteral("deleted keys are kept 7 to 90 days"));
}

Status StoreService::checkNameFree(const QString &name)
{
    if (m_context.registry().find(name).ok())
        return Error::because(ErrorCode::Conflict, Reason::StoreExists, {name},
                              QStringLiteral("a key store named '%1' exists already").arg(name));
    return {};
}

Result<catalog::Catalog *> StoreService::checkNewStore(const QString &name, int retentionDays)
{
    if (auto st = validateName(name); !st)
        return st.error();
    if (auto st = validateRetention(retentionDays); !st)
        return st.error();
    if (auto st = checkNameFree(name); !st)
        return st.error();
    // The catalog before anything is made: the audit entry is the last step of an add, and nothing should be
    // made when it cannot be written.
    return m_context.catalog();
}

Result<int> StoreService::parseRetentionDays(const QString &text)
{
    return input::integer32(QStringLiteral("--retention-days"), text, MinRetentionDays, MaxRetentionDays);
}

Result<StoreAdded> StoreService::addLocal(const AddLocalStoreRequest &request)
{
    auto catalog = checkNewStore(request.name, request.retentionDays);
    if (!catalog)
        return catalog.error();
    keystore::VaultOptions options(request.name, request.protection);
    options.softDelete = request.softDelete;
    options.purgeProtection = request.purgeProtection;
    options.retentionDays = request.retentionDays;
    const QString path = request.vaultFile.isEmpty() ? keystore::LocalVault::pathFor(m_context.dataDir(), request.name)
                                                     : request.vaultFile;
    // An add killed after writing the vault file and before registering it left an empty vault that no store
    // uses: this add takes its place instead of refusing for ever.
    if (QFileInfo::exists(path)) {
        auto registered = m_context.registry().list();
        if (!registered)
            return registered.error();
        const QString canonical = QFileInfo(path).canonicalFilePath();
        bool used = false;
        for (const keystore::StoreConfig &c : std::as_const(*registered))
            used = used || (!c.vaultPath.isEmpty() && QFileInfo(c.vaultPath).canonicalFilePath() == canonical);
        if (!used)
            keystore::LocalVault::discardAbandoned(path, m_context.secrets());
    }
    // A vault file left where a removed store had it is that store's: it is added back as it is (its keys, which
    // workspaces' escrow kits and backups may still need), once it opens with its master key. A file of a store
    // still registered is refused below, as any file in the way.
    auto readded = readdLocal(request, path, **catalog);
    if (!readded || readded->has_value()) {
        if (!readded)
            return readded.error();
        return std::move(**readded);
    }
    auto vault =
        keystore::LocalVault::create(path, options, m_context.secrets(), m_context.prompt(), m_context.clock());
    if (!vault)
        return vault.error();

    StoreAdded added;
    added.config.name = request.name;
    added.config.id = (*vault)->vaultId(); // the registry checks the file holds this vault on every open
    added.config.kind = QStringLiteral("local");
    added.config.vaultPath = (*vault)->path();
    added.properties = (*vault)->properties();
    added.protection = (*vault)->protection();
    const QString keychainEntry = (*vault)->keychainEntry();
    vault->reset();

    // Undo in reverse order whatever was made, so a failure leaves no half-added store behind.
    auto undo = [&](bool registered) {
        if (registered && !m_context.registry().remove(request.name))
            qWarning("keyward: could not take store '%s' out of the registry again", qPrintable(request.name));
        if (!keychainEntry.isEmpty() && !m_context.secrets().remove(keychainEntry))
            qWarning("keyward: could not remove the keychain entry of vault '%s'", qPrintable(request.name));
        QFile::remove(added.config.vaultPath);
    };
    if (auto st = m_context.registry().add(added.config); !st) {
        undo(false);
        return st.error();
    }
    const Status audited = (*catalog)->audit(QStringLiteral("store.add"), request.name,
                                             QStringLiteral("local %1").arg(added.config.vaultPath));
    if (!audited) {
        undo(true);
        return audited.error();
    }
    return added;
}

Result<std::optional<StoreAdded>> StoreService::readdLocal(const AddLocalStoreRequest &request, const QString &path,
                                                           catalog::Catalog &catalog)
{
    const QString id = keystore::LocalVault::idOf(path);
    if (id.isEmpty())
        return std::optional<StoreAdded>(); // nothing there, or not a vault file: create() decides
    auto stores = m_context.registry().list();
    if (!stores)
        return stores.error();
    for (const keystore::StoreConfig &c : *stores)
        if (c.id == id)
            return std::optional<StoreAdded>(); // a registered store's vault: create() refuses it
    auto vault = keystore::LocalVault::open(path, m_context.secrets(), m_context.prompt(), m_context.clock(), id);
    if (!vault)
        return vault.error();
    StoreAdded added;
    added.config.name = request.name;
    added.config.id = id;
    added.config.kind = QStringLiteral("local");
    added.config.vaultPath = (*vault)->path();
    added.properties = (*vault)->properties();
    added.protection = (*vault)->protection();
    added.readded = true;
    vault->reset();
    if (auto st = m_context.registry().add(added.config); !st)
        return st.error();
    if (auto st = catalog.audit(QStringLiteral("store.add"), request.name,
                                QStringLiteral("local %1 (added back)").arg(added.config.vaultPath));
        !st) {
        if (!m_context.registry().remove(request.name))
            qWarning("keyward: could not take store '%s' out of the registry again", qPrintable(request.name));
        return st.error();
    }
    return std::optional<StoreAdded>(std::move(added));
}

Result<StoreAdded> StoreService::addPkcs11(const AddPkcs11StoreRequest &request)
{
    auto catalog = checkNewStore(request.name, request.retentionDays.value_or(90));
    if (!catalog)
        return catalog.error();
    StoreAdded added;
    keystore::StoreConfig &config = added.config;
    config.name = request.name;
    config.kind = QStringLiteral("pkcs11");
    config.pkcs11.name = request.name;
    config.pkcs11.modulePath = request.modulePath;
    config.pkcs11.tokenLabel = request.tokenLabel;
    config.pkcs11.tokenSerial = request.tokenSerial;
    config.pkcs11.purgeProtection = request.purgeProtection.value_or(true);
    config.pkcs11.retentionDays = request.retentionDays.value_or(90);

    const QString pinKey = config.pkcs11.effectivePinSecretKey();
    bool pinSaved = false;
    bool registered = false;
    std::optional<crypto::SecureBytes> previousPin; // a PIN kept under this entry before: put back on undo
    auto undo = [&] {
        if (registered && !m_context.registry().remove(request.name))
            qWarning("keyward: could not take store '%s' out of the registry again", qPrintable(request.name));
        if (!pinSaved)
            return;
        const Status restored =
            previousPin ? m_context.secrets().write(pinKey, *previousPin) : m_context.secrets().remove(pinKey);
        if (!restored)
            qWarning("keyward: could not restore the keychain's PIN entry of store '%s'", qPrintable(request.name));
    };
    auto fail = [&](const Error &e) -> Result<StoreAdded> {
        undo();
        return e;
    };

    if (request.savePin) {
        if (!m_context.prompt())
            return Error::make(ErrorCode::Cancelled, QStringLiteral("no way to ask for the token's PIN"));
        auto pin = m_context.prompt()->ask({SecretRequest::Kind::TokenPin, request.name, 1});
        if (!pin)
            return pin.error();
        auto before = m_context.secrets().read(pinKey);
        if (before)
            previousPin = std::move(before).value();
        else if (before.error().code != ErrorCode::NotFound)
            return before.error();
        if (auto st = m_context.secrets().write(pinKey, *pin); !st)
            return st.error();
        pinSaved = true;
    }
    if (auto st = m_context.registry().add(config); !st)
        return fail(st.error());
    registered = true;
    // Opened once, here and now: a wrong module, token or PIN is found before anyone relies on the store.
    auto store = m_context.registry().open(request.name, m_context.secrets(), m_context.prompt(), m_context.clock());
    if (!store)
        return fail(store.error());
    added.properties = (*store)->properties();
    store->reset();
    // The token's own settings win over the request (Pkcs11MetadataStore::loadSettings): a request they contradict
    // is refused rather than silently not applied.
    if (request.retentionDays && *request.retentionDays != added.properties.retentionDays)
        return fail(Error::because(
            ErrorCode::InvalidArgument, Reason::StoreSettingFixed,
            {request.name, QStringLiteral("retention-days"), QString::number(added.properties.retentionDays)},
            QStringLiteral("the token keeps its own retention")));
    if (request.purgeProtection && *request.purgeProtection != added.properties.purgeProtection)
        return fail(Error::because(ErrorCode::InvalidArgument, Reason::StoreSettingFixed,
                                   {request.name, QStringLiteral("purge-protection"),
                                    added.properties.purgeProtection ? QStringLiteral("on") : QStringLiteral("off")},
                                   QStringLiteral("the token keeps its own purge protection")));
    if (auto st = (*catalog)->audit(QStringLiteral("store.add"), request.name,
                                    QStringLiteral("pkcs11 %1").arg(request.modulePath));
        !st)
        return fail(st.error());
    return added;
}

Result<StoreAdded> StoreService::addAzure(const AddAzureStoreRequest &request)
{
    auto catalog = checkNewStore(request.name, 90);
    if (!catalog)
        return catalog.error();
    if (auto st = request.config.validate(); !st)
        return st.error();
    if (request.clientSecret.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the client secret is empty"));
    StoreAdded added;
    keystore::StoreConfig &config = added.config;
    config.name = request.name;
    config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    config.kind = keystore::AzureKeyVaultConfig::kindName(request.config.flavour);
    config.azure = request.config;
    const QString secretKey = keystore::AzureKeyVaultConfig::secretName(config.id);

    bool registered = false;
    auto undo = [&] {
        if (registered && !m_context.registry().remove(request.name))
            qWarning("keyward: could not take store '%s' out of the registry again", qPrintable(request.name));
        if (!m_context.secrets().remove(secretKey))
            qWarning("keyward: could not remove the client secret of store '%s' from the keychain",
                     qPrintable(request.name));
    };
    auto fail = [&](const Error &e) -> Result<StoreAdded> {
        undo();
        return e;
    };
    // The id is new, so the entry is too: nothing of another store's is overwritten.
    if (auto st = m_context.secrets().write(secretKey, request.clientSecret); !st)
        return st.error();
    if (auto st = m_context.registry().add(config); !st)
        return fail(st.error());
    registered = true;
    auto store = m_context.registry().open(request.name, m_context.secrets(), m_context.prompt(), m_context.clock());
    if (!store)
        return fail(store.error());
    // Signed in and allowed to list keys: the first calls every later use makes.
    if (auto keys = (*store)->listKeys(); !keys)
        return fail(keys.error());
    if (auto *azure = dynamic_cast<keystore::AzureKeyVaultStore *>(store->get())) {
        if (auto level = azure->probeRecoveryLevel(); !level)
            return fail(level.error());
    }
    added.properties = (*store)->properties();
    store->reset();
    if (auto st = (*catalog)->audit(QStringLiteral("store.add"), request.name,
                                    QStringLiteral("%1 %2").arg(config.kind, request.config.vaultUrl.toString()));
        !st)
        return fail(st.error());
    return added;
}

Status StoreService::remove(const QString &name)
{
    auto found = m_context.registry().find(name);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {name}, found.error().detail);
        return found.error();
    }
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto workspaces = (*catalog)->workspaces();
    if (!workspaces)
        return workspaces.error();
    QStringList users;
    for (const catalog::WorkspaceRecord &w : *workspaces) {
        auto assignments = (*catalog)->assignments(w.id);
        if (!assignments)
            return assignments.error();
        auto keys = (*catalog)->featureKeys(w.id);
        if (!keys)
            return keys.error();
        bool uses = false;
        for (const catalog::Assignment &a : *assignments)
            uses = uses || a.store == name;
        for (const catalog::FeatureKeyRecord &k : *keys)
            uses = uses || (k.store == name && k.state != catalog::FeatureKeyState::Destroyed);
        if (uses)
            users << w.workspace.name();
    }
    if (!users.isEmpty())
        return Error::because(ErrorCode::Forbidden, Reason::StoreInUse, {name, users.join(QStringLiteral(", "))},
                              QStringLiteral("store '%1' holds keys that workspaces depend on").arg(name));
    // The audit entry first, inside the transaction: if the registry cannot be written, neither is kept; if the
    // transaction cannot commit after the registry changed, the store goes back into the registry.
    bool removed = false;
    const Status st = (*catalog)->transaction([&]() -> Status {
        if (auto s = (*catalog)->audit(QStringLiteral("store.remove"), name); !s)
            return s;
        if (auto s = m_context.registry().remove(name); !s)
            return s;
        removed = true;
        return {};
    });
    if (!st && removed && !m_context.registry().add(*found))
        qWarning("keyward: store '%s' is out of the registry although its removal was not recorded", qPrintable(name));
    // An Azure store's client secret goes with it: nothing else signs in as that client.
    if (st && keystore::AzureKeyVaultConfig::flavourFromKind(found->kind) && !found->id.isEmpty()) {
        const Status forgotten = m_context.secrets().remove(keystore::AzureKeyVaultConfig::secretName(found->id));
        if (!forgotten && forgotten.error().code != ErrorCode::NotFound)
            qWarning("keyward: the client secret of store '%s' stays in the keychain", qPrintable(name));
    }
    return st;
}

} // namespace keyward::services
