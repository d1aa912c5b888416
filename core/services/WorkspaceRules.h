// WorkspaceRules: what a workspace's name, storage and settings may be, as pure functions: the service and
// the console's what-if mode both ask these before they change anything.
#pragma once

#include "catalog/CatalogRecords.h"
#include "model/Workspace.h"
#include "util/Result.h"

#include <QList>

namespace keyward::services {

// Azure's rule for workspace names (3-64 letters, digits, dashes, underscores); the name is also a folder name.
Status checkWorkspaceName(const QString &name);
// The folder a workspace's objects live in: `given` made absolute, or <data dir>/workspaces/<name>.
QString resolveStoragePath(const QString &dataDir, const QString &name, const QString &given = {});
// Refused (Conflict) when another workspace keeps its objects in `storage` already.
Status checkStorageFree(const QString &storage, const QList<catalog::WorkspaceRecord> &existing);
// Where a new workspace `name` may keep its objects: `storage` (resolved with storage::resolveFolder) must not be,
// contain or lie inside another workspace's folder (StorageInUse, StorageOverlapsWorkspace), the data directory
// other than under its workspaces/ folder (StorageOverlapsDataDir), or a system folder (StorageSystemFolder).
Status checkStoragePlace(const QString &name, const QString &storage, const QString &dataDir,
                         const QList<catalog::WorkspaceRecord> &existing);
// Changes that break what the workspace already holds: Standard with keys assigned, double encryption
// changed after creation, managed-disk rotation changed against how the disk key is assigned.
Status checkSettingsChange(const model::Workspace &before, const model::Workspace &after,
                           const QList<catalog::Assignment> &assignments);
// The model workspace of a catalog row, with its assignments as key identifiers for the matrix rules.
Result<model::Workspace> modelWorkspace(const catalog::WorkspaceRecord &record,
                                        const QList<catalog::Assignment> &assignments);

} // namespace keyward::services
