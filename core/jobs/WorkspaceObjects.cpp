// WorkspaceObjects: opening a workspace's objects and feature keys for an object job.
#include "jobs/WorkspaceObjects.h"

#include "storage/ObjectStoreFactory.h"
#include "util/PoolThread.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace keyward::jobs {

WorkspaceObjects::WorkspaceObjects(catalog::Catalog &catalog, KeyStoreProvider &stores,
                                   const catalog::WorkspaceRecord &workspace, const Clock &clock,
                                   std::unique_ptr<storage::ObjectStore> store)
    : m_workspace(workspace), m_store(std::move(store)), m_keys(catalog, stores, workspace, clock)
{
}

Result<std::unique_ptr<WorkspaceObjects>> WorkspaceObjects::open(catalog::Catalog &catalog, KeyStoreProvider &stores,
                                                                 const catalog::WorkspaceRecord &workspace,
                                                                 const Clock &clock, Cleanup cleanup,
                                                                 QThreadPool *lister)
{
    auto store = openStore(catalog, workspace, stores.secrets());
    if (!store)
        return store.error();
    std::unique_ptr<WorkspaceObjects> objects(
        new WorkspaceObjects(catalog, stores, workspace, clock, std::move(store).value()));
    WorkspaceObjects *o = objects.get();
    // The store alone: no catalog here, whose connection belongs to this thread.
    auto list = [o, cleanup]() -> Status {
        if (cleanup == Cleanup::StaleWrites) {
            // Leftovers hold sealed copies that never replaced their objects. One that cannot be removed now is
            // only disk space, and the next run tries again: not a reason to stop.
            if (auto cleaned = o->m_store->cleanStaleTemporaries())
                o->m_staleRemoved = *cleaned;
        }
        auto planned = planObjects(*o->m_store, o->m_workspace.workspace.options(), &o->m_others);
        if (!planned)
            return planned.error();
        o->m_objects = std::move(planned).value();
        return {};
    };
    std::optional<QFuture<Status>> listing;
    if (lister)
        listing = QtConcurrent::run(lister, [list] {
            releaseOpenSslWithThread();
            return list();
        });
    const Status keysLoaded = o->m_keys.loadRecords();
    auto inventory =
        keysLoaded ? ObjectInventory::load(catalog, workspace.id) : Result<ObjectInventory>(keysLoaded.error());
    const Status listed = listing ? listing->result() : list();
    if (!listed)
        return listed.error();
    if (!inventory)
        return inventory.error();
    o->m_inventory = std::move(inventory).value();
    return objects;
}

Result<std::unique_ptr<storage::ObjectStore>> WorkspaceObjects::openStore(catalog::Catalog &catalog,
                                                                          const catalog::WorkspaceRecord &workspace,
                                                                          secrets::SecretStore *secrets)
{
    auto all = catalog.workspaces();
    if (!all)
        return all.error();
    storage::StoragePlacement placement;
    placement.workspace = workspace.workspace.name();
    if (!catalog.path().isEmpty() && !catalog.path().startsWith(QLatin1Char(':')))
        placement.dataDir = QFileInfo(catalog.path()).absolutePath(); // the catalog lives in the data directory
    for (const catalog::WorkspaceRecord &r : *all)
        if (r.id != workspace.id)
            placement.others << storage::StorageNeighbour{r.workspace.name(), r.storageRoot};
    return storage::openWorkspaceStore(workspace.storageRoot, placement, storage::ObjectStoreEnv{secrets});
}

Result<QStringList> WorkspaceObjects::featureKeyStores(catalog::Catalog &catalog, qint64 workspaceId,
                                                       const QList<model::Feature> &features)
{
    auto records = catalog.featureKeys(workspaceId);
    if (!records)
        return records.error();
    QStringList names;
    for (const catalog::FeatureKeyRecord &r : *records) {
        if (r.state == catalog::FeatureKeyState::Destroyed || (!features.isEmpty() && !features.contains(r.feature)))
            continue;
        if (!names.contains(r.store))
            names << r.store;
    }
    return names;
}

} // namespace keyward::jobs
