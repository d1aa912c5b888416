// KeyInventory: the keys of every store, read through the stores and the catalog, never changing either.
#include "services/KeyInventory.h"

#include "jobs/ObjectPlan.h"
#include "model/DataTypeCatalogue.h"
#include "services/Preflight.h"
#include "storage/ObjectStoreFactory.h"

#include <algorithm>

namespace keyward::services {

QString keyAttentionName(KeyAttention attention)
{
    switch (attention) {
    case KeyAttention::Disabled:
        return QStringLiteral("disabled");
    case KeyAttention::Expired:
        return QStringLiteral("expired");
    case KeyAttention::ExpiresSoon:
        return QStringLiteral("expires-soon");
    case KeyAttention::RotationDue:
        return QStringLiteral("rotation-due");
    case KeyAttention::RotationSoon:
        return QStringLiteral("rotation-soon");
    case KeyAttention::NotYetValid:
        return QStringLiteral("not-yet-valid");
    }
    return {};
}

QStringList dataTypesOf(model::Feature feature)
{
    QStringList ids;
    for (const model::DataType &t : model::DataTypeCatalogue::all()) {
        if (t.feature == feature)
            ids << QString(t.id);
    }
    return ids;
}

QList<KeyAttention> KeyInventory::attention(const keystore::KeyVersionInfo &version, bool newest,
                                            const std::optional<QDateTime> &nextRotation, const QDateTime &now)
{
    QList<KeyAttention> out;
    if (!version.enabled)
        out << KeyAttention::Disabled;
    if (version.isExpired(now))
        out << KeyAttention::Expired;
    else if (version.expires && now.daysTo(*version.expires) < ExpiryWarningDays)
        out << KeyAttention::ExpiresSoon;
    if (version.isNotYetValid(now))
        out << KeyAttention::NotYetValid;
    // Rotation concerns the key's newest version only: older ones are superseded already.
    if (newest && nextRotation) {
        if (now >= *nextRotation)
            out << KeyAttention::RotationDue;
        else if (now.daysTo(*nextRotation) < ExpiryWarningDays)
            out << KeyAttention::RotationSoon;
    }
    return out;
}

Result<QMap<model::Feature, qint64>> KeyInventory::countObjects(storage::ObjectStore &store,
                                                                const model::WorkspaceOptions &options)
{
    auto objects = jobs::planObjects(store, options);
    if (!objects)
        return objects.error();
    QMap<model::Feature, qint64> counts;
    for (const jobs::PlannedObject &o : *objects)
        ++counts[o.objectClass ? o.keying.feature : model::Feature::Platform];
    return counts;
}

Result<QList<VersionUse>> KeyInventory::usesOf(catalog::Catalog &catalog, const QString &store, const QString &key,
                                               const QString &version, bool newest)
{
    auto wrapped = catalog.featureKeysWrappedBy(store, key, version);
    if (!wrapped)
        return wrapped.error();
    auto assignments = catalog.assignmentsOfKey(store, key);
    if (!assignments)
        return assignments.error();
    QList<VersionUse> uses;
    const auto useOf = [&](qint64 workspaceId, model::Feature feature) -> Result<VersionUse *> {
        auto ws = catalog.workspace(workspaceId);
        if (!ws)
            return ws.error();
        const QString name = ws->workspace.name();
        for (VersionUse &u : uses) {
            if (u.workspace == name && u.feature == feature)
                return &u;
        }
        VersionUse u;
        u.workspace = name;
        u.feature = feature;
        u.dataTypes = dataTypesOf(feature);
        uses << u;
        return &uses.last();
    };
    for (const catalog::FeatureKeyRecord &fk : *wrapped) {
        auto use = useOf(fk.workspaceId, fk.feature);
        if (!use)
            return use.error();
        (*use)->generations << fk.generation;
        (*use)->active = (*use)->active || fk.state == catalog::FeatureKeyState::Active;
    }
    for (const catalog::Assignment &a : *assignments) {
        if (a.keyVersion != version && !(a.followLatest() && newest))
            continue;
        auto use = useOf(a.workspaceId, a.feature);
        if (!use)
            return use.error();
        (*use)->assigned = true;
    }
    std::sort(uses.begin(), uses.end(), [](const VersionUse &x, const VersionUse &y) {
        return x.workspace != y.workspace ? x.workspace < y.workspace : int(x.feature) < int(y.feature);
    });
    return uses;
}

Result<QList<StoreEntry>> KeyInventory::list(const InventoryOptions &options)
{
    auto configs = m_context.registry().list();
    if (!configs)
        return configs.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    const QDateTime now = m_context.clock().now();
    QList<StoreEntry> stores;
    for (const keystore::StoreConfig &config : *configs) {
        StoreEntry entry;
        entry.config = config;
        auto opened =
            options.unlock ? m_context.stores().store(config.name) : m_context.stores().storeWithoutPrompt(config.name);
        if (!opened) {
            entry.locked = opened.error().reason == Reason::StoreLocked;
            entry.error = opened.error();
            stores << entry;
            continue;
        }
        keystore::KeyStore &store = **opened;
        entry.properties = store.properties();
        const auto fail = [&](const Error &e) {
            entry.error = e;
            entry.keys.clear();
        };
        auto keys = store.listKeys();
        if (!keys) {
            fail(keys.error());
            stores << entry;
            continue;
        }
        for (const keystore::KeyVersionInfo &latest : *keys) {
            KeyEntry key;
            key.store = config.name;
            key.name = latest.name;
            if (auto policy = store.rotationPolicy(latest.name))
                key.policy = *policy;
            if (key.policy)
                key.nextRotation = key.policy->nextRotation(latest);
            auto versions = store.listVersions(latest.name);
            if (!versions) {
                fail(versions.error());
                break;
            }
            for (const keystore::KeyVersionInfo &v : *versions) {
                KeyVersionEntry ve;
                ve.info = v;
                ve.newest = v.version == latest.version;
                ve.attention = attention(v, ve.newest, key.nextRotation, now);
                auto uses = usesOf(**catalog, config.name, v.name, v.version, ve.newest);
                if (!uses)
                    return uses.error();
                ve.uses = *uses;
                key.versions << ve;
            }
            entry.keys << key;
        }
        if (options.includeDeleted && !entry.error) {
            auto deleted = store.listDeletedKeys();
            if (!deleted) {
                fail(deleted.error());
            } else {
                for (const keystore::DeletedKeyInfo &d : *deleted) {
                    KeyEntry key;
                    key.store = config.name;
                    key.name = d.name;
                    key.deleted = d;
                    KeyVersionEntry ve;
                    ve.info = d.latest;
                    ve.newest = true;
                    auto uses = usesOf(**catalog, config.name, d.name, d.latest.version, true);
                    if (!uses)
                        return uses.error();
                    ve.uses = *uses;
                    key.versions << ve;
                    entry.keys << key;
                }
            }
        }
        std::sort(entry.keys.begin(), entry.keys.end(),
                  [](const KeyEntry &x, const KeyEntry &y) { return x.name < y.name; });
        stores << entry;
    }
    return stores;
}

qint64 KeyInventory::objectsAtRisk(const QList<VersionUse> &uses)
{
    qint64 n = 0;
    for (const VersionUse &u : uses)
        n += u.active && u.objects ? *u.objects : 0;
    return n;
}

Result<QList<VersionUse>> KeyInventory::uses(const QString &store, const QString &key, const QString &version,
                                             bool newest)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto uses = usesOf(**catalog, store, key, version, newest);
    if (!uses)
        return uses;
    // Each workspace's objects are listed once, however many of its features use the version.
    QMap<QString, QMap<model::Feature, qint64>> counted;
    for (VersionUse &u : *uses) {
        if (!counted.contains(u.workspace)) {
            auto ws = (*catalog)->workspace(u.workspace);
            if (!ws)
                return ws.error();
            auto objects = storage::openObjectStore(ws->storageRoot);
            if (!objects)
                return objects.error();
            auto counts = countObjects(**objects, ws->workspace.options());
            if (!counts)
                return counts.error();
            counted.insert(u.workspace, *counts);
        }
        u.objects = counted.value(u.workspace).value(u.feature);
    }
    return uses;
}

} // namespace keyward::services
