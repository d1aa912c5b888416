// WorkspaceOptions: the workspace settings that change where data lives or how it is encrypted.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace keyward::model {

// Names one of the WorkspaceOptions flags, so the CLI, JSON and UI can address them uniformly.
enum class WorkspaceOption
{
    NotebookResultsInCustomerStorage, // "notebook-results-in-customer-storage"
    DbfsDoubleEncryption,             // "dbfs-double-encryption"
    ManagedDiskRotateToLatest,        // "managed-disk-rotate-to-latest"
};

struct WorkspaceOptions
{
    // Store all interactive notebook results in the workspace root storage instead of (partly) in
    // the control plane: moves that data from managed-services to DBFS-root coverage.
    bool notebookResultsInCustomerStorage = false;
    // Infrastructure (double) encryption of the DBFS root: a second, platform-keyed layer under the
    // DBFS root key.
    bool dbfsDoubleEncryption = false;
    // Managed disks follow the newest version of the managed-disk key without a manual update.
    bool managedDiskRotateToLatest = false;

    bool isSet(WorkspaceOption option) const;
    void set(WorkspaceOption option, bool on);

    bool operator==(const WorkspaceOptions &) const = default;
};

QList<WorkspaceOption> allWorkspaceOptions();
QString workspaceOptionId(WorkspaceOption option);
QString workspaceOptionDisplayName(WorkspaceOption option);
// One translated sentence on what the option changes in the matrix.
QString workspaceOptionDescription(WorkspaceOption option);
Result<WorkspaceOption> parseWorkspaceOption(QStringView id);

} // namespace keyward::model
