// WorkspaceRules: workspace names, storage folders and setting changes.
#include "services/WorkspaceRules.h"

#include "services/AssignmentService.h"
#include "storage/AzureBlobStore.h"
#include "storage/ObjectStoreFactory.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace keyward::services {

using model::Feature;

Status checkWorkspaceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z_-]{3,64}$"));
    if (re.match(name).hasMatch())
        return {};
    return Error::because(ErrorCode::InvalidArgument, Reason::WorkspaceNameInvalid, {name},
                          QStringLiteral("workspace names are 3-64 letters, digits, dashes or underscores"));
}

QString resolveStoragePath(const QString &dataDir, const QString &name, const QString &given)
{
    if (!given.isEmpty())
        return QDir::cleanPath(QFileInfo(given).absoluteFilePath());
    return QDir::cleanPath(QDir(dataDir).filePath(QStringLiteral("workspaces/") + name));
}

Status checkStorageFree(const QString &storage, const QList<catalog::WorkspaceRecord> &existing)
{
    for (const catalog::WorkspaceRecord &r : existing) {
        // A container's location is a URL: cleanPath would fold its "//".
        const bool blob = storage::AzureBlobLocation::isAzureBlob(r.storageRoot);
        if ((blob ? r.storageRoot : QDir::cleanPath(r.storageRoot)) == storage)
            return Error::because(
                ErrorCode::Conflict, Reason::StorageInUse, {r.workspace.name(), storage},
                QStringLiteral("workspace '%1' keeps its objects in %2 already").arg(r.workspace.name(), storage));
    }
    return {};
}

Status checkStoragePlace(const QString &name, const QString &storage, const QString &dataDir,
                         const QList<catalog::WorkspaceRecord> &existing)
{
    storage::StoragePlacement placement;
    placement.workspace = name;
    placement.dataDir = dataDir;
    placement.creating = true;
    for (const catalog::WorkspaceRecord &r : existing)
        placement.others << storage::StorageNeighbour{r.workspace.name(), r.storageRoot};
    return storage::checkStoragePlacement(storage, placement);
}

Status checkSettingsChange(const model::Workspace &before, const model::Workspace &after,
                           const QList<catalog::Assignment> &assignments)
{
    const QString name = before.name();
    if (after.plan() == model::Plan::Standard && before.plan() != model::Plan::Standard && !assignments.isEmpty()) {
        QStringList features;
        for (const catalog::Assignment &a : assignments)
            features << model::featureId(a.feature);
        return Error::because(ErrorCode::Forbidden, Reason::StandardPlanHasKeys,
                              {name, features.join(QStringLiteral(", "))},
                              QStringLiteral("workspace '%1' has customer-managed keys assigned and the Standard plan "
                                             "has none")
                                  .arg(name));
    }
    const model::WorkspaceOptions &was = before.options();
    const model::WorkspaceOptions &now = after.options();
    if (was.dbfsDoubleEncryption != now.dbfsDoubleEncryption)
        return Error::because(ErrorCode::Forbidden, Reason::DoubleEncryptionFixed, {name},
                              QStringLiteral("double encryption of the DBFS root is chosen when a workspace is "
                                             "created and cannot be changed afterwards"));
    if (was.managedDiskRotateToLatest != now.managedDiskRotateToLatest) {
        for (const catalog::Assignment &disks : assignments) {
            if (disks.feature != Feature::ManagedDisks)
                continue;
            if (now.managedDiskRotateToLatest && !disks.followLatest())
                return Error::because(ErrorCode::Forbidden, Reason::DisksPinnedNotFollowing,
                                      {name, disks.keyVersion, disks.store, disks.keyName},
                                      QStringLiteral("the managed disks of '%1' are pinned to version %2 of %3/%4")
                                          .arg(name, disks.keyVersion, disks.store, disks.keyName));
            if (!now.managedDiskRotateToLatest && disks.followLatest())
                return Error::because(ErrorCode::Forbidden, Reason::DisksFollowingNotPinned,
                                      {name, disks.store, disks.keyName},
                                      QStringLiteral("the managed disks of '%1' follow the newest version of %2/%3")
                                          .arg(name, disks.store, disks.keyName));
        }
    }
    return {};
}

Result<model::Workspace> modelWorkspace(const catalog::WorkspaceRecord &record,
                                        const QList<catalog::Assignment> &assignments)
{
    model::Workspace ws = record.workspace;
    for (const catalog::Assignment &a : assignments) {
        if (auto st = ws.assignKey(a.feature, assignmentKeyRef(a)); !st)
            return st.error();
    }
    return ws;
}

} // namespace keyward::services
