// ObjectStoreFactory: the one place that turns a workspace's storage location into its ObjectStore, so that
// the jobs never name a kind of store (a folder now; Azure Blob Storage URLs plug in here). It also keeps a
// workspace's folder its own: resolved once (every link followed) when the workspace is made, and refused when it
// overlaps another workspace's folder, the data directory or a folder of the system.
#pragma once

#include "storage/ObjectStore.h"

namespace keyward::secrets {
class SecretStore;
}

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace keyward::storage {

// The store at `location` (a workspace's storage root), which must exist. A folder path opens a
// LocalFolderStore; a URL with a scheme this build has no store for is Unsupported.
Result<std::unique_ptr<ObjectStore>> openObjectStore(const QString &location);

// What a store reached over the network needs besides its location: the OS keychain that holds its credential.
struct ObjectStoreEnv
{
    secrets::SecretStore *secrets = nullptr;
};
// The same, for any kind of location: "azure-blob:<endpoint>/<container>[/<prefix>]" reads its account key or
// SAS token from `env.secrets`.
Result<std::unique_ptr<ObjectStore>> openObjectStore(const QString &location, const ObjectStoreEnv &env);

// The folder of a local store's location (a path or a file: URL); nullopt for a location of any other kind.
std::optional<QString> localFolder(const QString &location);

// `path` made absolute with every link in it followed (realpath); for a path that does not exist (yet), its
// nearest existing ancestor resolved and the rest appended.
QString resolveFolder(const QString &path);

// The system folder that `resolved` is, contains or lies inside, or empty when there is none. System folders: "/"
// and the user's home folder themselves (a folder inside them is fine, one that contains the home folder is not),
// and /etc, /usr, /bin, /sbin, /lib, /lib32, /lib64, /libx32, /boot, /dev, /proc, /sys, /run and /var
// with everything inside them, except the folders inside /var/tmp.
QString systemFolderOf(const QString &resolved);

// Another workspace and where it keeps its objects (as the catalog records it).
struct StorageNeighbour
{
    QString workspace;
    QString location;
};

// Where a workspace's folder may be, against everything else on the machine.
struct StoragePlacement
{
    QString workspace;              // whose folder it is
    QString dataDir;                // the Keyward data directory (catalog, stores, vaults)
    QList<StorageNeighbour> others; // every other workspace
    // Creating a workspace: inside the data directory only under <data dir>/workspaces/. A job on an existing
    // workspace also accepts any folder in the data directory that Keyward keeps none of its own files under.
    bool creating = false;
};

// Ok, or Forbidden with a reason naming both folders: `resolved` (a folder resolved by resolveFolder) is, contains
// or lies inside another workspace's folder (StorageInUse when it is the same folder, else
// StorageOverlapsWorkspace), the data directory (StorageOverlapsDataDir) or a system folder (StorageSystemFolder).
Status checkStoragePlacement(const QString &resolved, const StoragePlacement &placement);

// The workspace's store for a job: its recorded location must still resolve to itself (a link put in its place or
// in a parent is StorageMoved) and still obey checkStoragePlacement; checked before anything in it is read.
Result<std::unique_ptr<ObjectStore>> openWorkspaceStore(const QString &location, const StoragePlacement &placement);
Result<std::unique_ptr<ObjectStore>> openWorkspaceStore(const QString &location, const StoragePlacement &placement,
                                                        const ObjectStoreEnv &env);

} // namespace keyward::storage
