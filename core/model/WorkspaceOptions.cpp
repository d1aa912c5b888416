// WorkspaceOptions: option flags, their stable ids and their names.
#include "model/WorkspaceOptions.h"

#include <QCoreApplication>

namespace keyward::model {

bool WorkspaceOptions::isSet(WorkspaceOption option) const
{
    switch (option) {
    case WorkspaceOption::NotebookResultsInCustomerStorage:
        return notebookResultsInCustomerStorage;
    case WorkspaceOption::DbfsDoubleEncryption:
        return dbfsDoubleEncryption;
    case WorkspaceOption::ManagedDiskRotateToLatest:
        return managedDiskRotateToLatest;
    }
    return false;
}

void WorkspaceOptions::set(WorkspaceOption option, bool on)
{
    switch (option) {
    case WorkspaceOption::NotebookResultsInCustomerStorage:
        notebookResultsInCustomerStorage = on;
        break;
    case WorkspaceOption::DbfsDoubleEncryption:
        dbfsDoubleEncryption = on;
        break;
    case WorkspaceOption::ManagedDiskRotateToLatest:
        managedDiskRotateToLatest = on;
        break;
    }
}

QList<WorkspaceOption> allWorkspaceOptions()
{
    return {WorkspaceOption::NotebookResultsInCustomerStorage, WorkspaceOption::DbfsDoubleEncryption,
            WorkspaceOption::ManagedDiskRotateToLatest};
}

QString workspaceOptionId(WorkspaceOption option)
{
    switch (option) {
    case WorkspaceOption::NotebookResultsInCustomerStorage:
        return QStringLiteral("notebook-results-in-customer-storage");
    case WorkspaceOption::DbfsDoubleEncryption:
        return QStringLiteral("dbfs-double-encryption");
    case WorkspaceOption::ManagedDiskRotateToLatest:
        return QStringLiteral("managed-disk-rotate-to-latest");
    }
    return QString();
}

QString workspaceOptionDisplayName(WorkspaceOption option)
{
    switch (option) {
    case WorkspaceOption::NotebookResultsInCustomerStorage:
        return QCoreApplication::translate("keyward::model::WorkspaceOptions",
                                           "Store all notebook results in customer storage");
    case WorkspaceOption::DbfsDoubleEncryption:
        return QCoreApplication::translate("keyward::model::WorkspaceOptions", "Double encryption of DBFS root");
    case WorkspaceOption::ManagedDiskRotateToLatest:
        return QCoreApplication::translate("keyward::model::WorkspaceOptions",
                                           "Managed disks rotate to latest key version");
    }
    return QString();
}

QString workspaceOptionDescription(WorkspaceOption option)
{
    switch (option) {
    case WorkspaceOption::NotebookResultsInCustomerStorage:
        return QCoreApplication::translate("keyward::model::WorkspaceOptions",
                                           "Interactive notebook results leave the control plane and are all kept "
                                           "in workspace root storage, under the DBFS root key.");
    case WorkspaceOption::DbfsDoubleEncryption:
        return QCoreApplication::translate("keyward::model::WorkspaceOptions",
                                           "Adds a second, platform-keyed infrastructure encryption layer to "
                                           "everything in the DBFS root.");
    case WorkspaceOption::ManagedDiskRotateToLatest:
        return QCoreApplication::translate("keyward::model::WorkspaceOptions",
                                           "Classic compute disks follow the newest version of the managed-disk "
                                           "key automatically.");
    }
    return QString();
}

Result<WorkspaceOption> parseWorkspaceOption(QStringView id)
{
    for (WorkspaceOption o : allWorkspaceOptions()) {
        if (id.compare(workspaceOptionId(o), Qt::CaseInsensitive) == 0)
            return o;
    }
    return Error::make(ErrorCode::InvalidArgument,
                       QStringLiteral("unknown option '%1' (expected notebook-results-in-customer-storage, "
                                      "dbfs-double-encryption or managed-disk-rotate-to-latest)")
                           .arg(id.toString()));
}

} // namespace keyward::model
