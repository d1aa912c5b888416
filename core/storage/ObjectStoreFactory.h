// ObjectStoreFactory: the one place that turns a workspace's storage location into its ObjectStore, so that
// the jobs never name a kind of store (a folder now; Azure Blob Storage URLs plug in here).
#pragma once

#include "storage/ObjectStore.h"

#include <QString>

#include <memory>
#include <optional>

namespace keyward::storage {

// The store at `location` (a workspace's storage root), which must exist. A folder path opens a
// LocalFolderStore; a URL with a scheme this build has no store for is Unsupported.
Result<std::unique_ptr<ObjectStore>> openObjectStore(const QString &location);

// The folder of a local store's location (a path or a file: URL); nullopt for a location of any other kind.
std::optional<QString> localFolder(const QString &location);

} // namespace keyward::storage
