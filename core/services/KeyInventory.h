// KeyInventory: every key of every key store, each version with its dates, state and where it is used (which
// workspace's feature keys it wraps, the data types they cover, how many objects that is), and what needs the
// admin's attention: a version near or past its expiry, a key due for rotation by its policy.
#pragma once

#include "catalog/CatalogRecords.h"
#include "keystore/KeyStore.h"
#include "keystore/StoreRegistry.h"
#include "services/Context.h"
#include "storage/ObjectStore.h"

#include <QList>
#include <QMap>

#include <optional>

namespace keyward::services {

// Why a version stands out in a list of keys.
enum class KeyAttention
{
    Disabled,
    Expired,
    ExpiresSoon,  // within ExpiryWarningDays
    RotationDue,  // the newest version, past the moment its key's rotation policy names
    RotationSoon, // the newest version, due within ExpiryWarningDays
    NotYetValid,
};
QString keyAttentionName(KeyAttention attention); // stable: "disabled", "expired", ...

// One workspace feature whose feature keys a key version wraps.
struct VersionUse
{
    QString workspace;
    model::Feature feature = model::Feature::ManagedServices;
    QList<int> generations;        // the feature-key generations wrapped under the version
    bool active = false;           // one of them is the feature's active feature key
    bool assigned = false;         // the workspace's assignment names this version (or follows the key's newest)
    QStringList dataTypes;         // the DataTypeCatalogue ids the feature covers
    std::optional<qint64> objects; // the feature's objects in the workspace, when counted
};

struct KeyVersionEntry
{
    keystore::KeyVersionInfo info;
    bool newest = false;
    QList<KeyAttention> attention;
    QList<VersionUse> uses;
};

struct KeyEntry
{
    QString store;
    QString name;
    std::optional<keystore::RotationPolicy> policy; // empty when the store keeps none for the key
    std::optional<QDateTime> nextRotation;
    std::optional<keystore::DeletedKeyInfo> deleted; // set for a soft-deleted key (then `versions` is its newest)
    QList<KeyVersionEntry> versions;                 // oldest first
};

struct StoreEntry
{
    keystore::StoreConfig config;
    std::optional<keystore::StoreProperties> properties; // when the store was opened
    std::optional<Error> error;                          // why it could not be opened or read
    bool locked = false;                                 // not opened because that would have asked for a secret
    QList<KeyEntry> keys;
};

struct InventoryOptions
{
    // Open stores that are not open yet, asking for a passphrase or PIN when they need one. When false, such
    // stores are listed as locked (a refresh on focus must never prompt).
    bool unlock = false;
    bool includeDeleted = true;
};

class KeyInventory
{
public:
    explicit KeyInventory(Context &context) : m_context(context) {}

    // Every store of the registry with its keys; a store that cannot be opened carries its error, the others are
    // still listed. Fails only when the registry or the catalog cannot be read.
    Result<QList<StoreEntry>> list(const InventoryOptions &options = {});
    // Where one version of a key is used (`newest`: it is the key's newest version), with object counts. Reads
    // the catalog and the workspaces' object stores, never a key store: it may run on a worker of its own.
    Result<QList<VersionUse>> uses(const QString &store, const QString &key, const QString &version, bool newest);
    // The objects that could no longer be read while the version is disabled or deleted: those of the features
    // whose active feature key it wraps (counted uses only).
    static qint64 objectsAtRisk(const QList<VersionUse> &uses);

    // What about a version needs attention at `now` (pure).
    static QList<KeyAttention> attention(const keystore::KeyVersionInfo &version, bool newest,
                                         const std::optional<QDateTime> &nextRotation, const QDateTime &now);
    // The objects of a workspace's store, counted per feature (Platform: serverless and unclassified objects).
    static Result<QMap<model::Feature, qint64>> countObjects(storage::ObjectStore &store,
                                                             const model::WorkspaceOptions &options);

private:
    Result<QList<VersionUse>> usesOf(catalog::Catalog &catalog, const QString &store, const QString &key,
                                     const QString &version, bool newest);

    Context &m_context;
};

// The DataTypeCatalogue ids a feature covers.
QStringList dataTypesOf(model::Feature feature);

} // namespace keyward::services
