// WorkspaceObjects: what the object jobs (encrypt, verify, rekey) share: the workspace's object store, reached
// through the ObjectStore interface only; its objects, listed and classified; its feature keys and its object
// inventory, loaded.
#pragma once

#include "catalog/Catalog.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/KeyStoreProvider.h"
#include "jobs/ObjectInventory.h"
#include "jobs/ObjectPlan.h"
#include "storage/ObjectStore.h"
#include "util/Clock.h"

#include <QList>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace keyward::jobs {

class WorkspaceObjects
{
public:
    enum class Cleanup
    {
        None,
        StaleWrites, // first remove what writers of a killed run left behind (encrypt, rekey)
    };

    // Opens the workspace's store, lists and classifies every object, and loads the workspace's feature-key
    // records (none is unwrapped yet) and its object inventory. `stores` must outlive the result. With a `lister`
    // (a job's idle workers), the store is listed on one of its threads while this one reads the catalog: on a
    // large workspace the two take about as long.
    static Result<std::unique_ptr<WorkspaceObjects>> open(catalog::Catalog &catalog, KeyStoreProvider &stores,
                                                          const catalog::WorkspaceRecord &workspace, const Clock &clock,
                                                          Cleanup cleanup = Cleanup::None,
                                                          QThreadPool *lister = nullptr);

    // The key stores that live feature keys of the workspace are wrapped under: of `features` only, or of every
    // feature when it is empty. What an object job opens before it starts.
    static Result<QStringList> featureKeyStores(catalog::Catalog &catalog, qint64 workspaceId,
                                                const QList<model::Feature> &features = {});

    // The workspace's object store, once its recorded folder is checked: it must still resolve to itself and
    // must not overlap another workspace's folder, the data directory (the catalog's folder) or a system folder.
    // Refused before anything in it is read.
    // `secrets` holds the credential of a store reached over the network (Azure Blob Storage).
    static Result<std::unique_ptr<storage::ObjectStore>>
    openStore(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, secrets::SecretStore *secrets);

    storage::ObjectStore &store() { return *m_store; }
    const QList<PlannedObject> &objects() const { return m_objects; }
    // Every entry of the store that is not an object: folders, symbolic links, special files, temporary files.
    const QList<storage::ObjectInfo> &others() const { return m_others; }
    FeatureKeyService &keys() { return m_keys; }
    const ObjectInventory &inventory() const { return m_inventory; }
    const catalog::WorkspaceRecord &workspace() const { return m_workspace; }
    // With Cleanup::StaleWrites, how many leftovers were removed (when it could tell).
    std::optional<int> staleWritesRemoved() const { return m_staleRemoved; }

private:
    WorkspaceObjects(catalog::Catalog &catalog, KeyStoreProvider &stores, const catalog::WorkspaceRecord &workspace,
                     const Clock &clock, std::unique_ptr<storage::ObjectStore> store);

    catalog::WorkspaceRecord m_workspace;
    std::unique_ptr<storage::ObjectStore> m_store;
    FeatureKeyService m_keys;
    QList<PlannedObject> m_objects;
    QList<storage::ObjectInfo> m_others;
    std::optional<int> m_staleRemoved;
    ObjectInventory m_inventory;
};

} // namespace keyward::jobs
