// MatrixRules: the coverage rules and the reason text for each cell.
#include "model/MatrixRules.h"

#include "model/DataTypeCatalogue.h"

#include <QCoreApplication>

namespace keyward::model {

namespace {

// The data's own coverage, before the notes that options add.
MatrixCell baseCell(const DataType &type, const Workspace &workspace)
{
    MatrixCell cell;
    cell.dataTypeId = type.id;
    cell.feature = type.feature;

    if (!acceptsCustomerKey(type.feature)) {
        cell.coverage = Coverage::PlatformKeyOnly;
        cell.reason = type.displayDetail();
        return cell;
    }
    if (type.id == dataTypeIds::NotebookResultsControlPlane && workspace.options().notebookResultsInCustomerStorage) {
        cell.coverage = Coverage::MovedByOption;
        cell.movedToId = dataTypeIds::NotebookResultsRootStorage;
        cell.reason = QCoreApplication::translate(
            "keyward::model::MatrixRules",
            "All interactive notebook results are stored in customer storage, so none are kept in "
            "the control plane; they are covered by the DBFS root key instead.");
        return cell;
    }
    if (!planSupportsCustomerKeys(workspace.plan())) {
        cell.coverage = Coverage::NotAvailableOnStandard;
        cell.reason = QCoreApplication::translate(
                          "keyward::model::MatrixRules",
                          "The Standard plan has no customer-managed keys; a platform-managed key protects this "
                          "data. %1 needs the Premium plan.")
                          .arg(featureDisplayName(type.feature));
        return cell;
    }
    if (const std::optional<QString> key = workspace.keyFor(type.feature)) {
        cell.coverage = Coverage::CustomerKey;
        cell.keyId = key;
        cell.reason = QCoreApplication::translate("keyward::model::MatrixRules", "Protected by the %1 customer key %2.")
                          .arg(featureDisplayName(type.feature), *key);
        return cell;
    }
    cell.coverage = Coverage::NoKeyAssigned;
    cell.reason =
        QCoreApplication::translate("keyward::model::MatrixRules",
                                    "%1 has no customer key assigned yet; a platform-managed key protects this data.")
            .arg(featureDisplayName(type.feature));
    return cell;
}

} // namespace

MatrixCell evaluateCell(const DataType &type, const Workspace &workspace)
{
    const WorkspaceOptions &options = workspace.options();
    MatrixCell cell = baseCell(type, workspace);

    if (type.id == dataTypeIds::NotebookResultsRootStorage) {
        cell.reason += QLatin1Char(' ') +
                       (options.notebookResultsInCustomerStorage
                            ? QCoreApplication::translate("keyward::model::MatrixRules",
                                                          "Holds all interactive notebook results (option on).")
                            : QCoreApplication::translate("keyward::model::MatrixRules",
                                                          "Holds only large interactive results; the rest stay in the "
                                                          "control plane."));
    }
    if (options.dbfsDoubleEncryption && type.location == Location::WorkspaceRootStorage) {
        cell.doubleEncrypted = true;
        cell.reason += QLatin1Char(' ') +
                       QCoreApplication::translate("keyward::model::MatrixRules",
                                                   "Double encryption adds a platform-keyed infrastructure layer.");
    }
    if (options.managedDiskRotateToLatest && type.feature == Feature::ManagedDisks) {
        if (cell.coverage == Coverage::CustomerKey) {
            cell.rotatesToLatest = true;
            cell.reason +=
                QLatin1Char(' ') + QCoreApplication::translate("keyward::model::MatrixRules",
                                                               "Disks follow the latest key version automatically.");
        } else if (cell.coverage == Coverage::NoKeyAssigned) {
            cell.reason +=
                QLatin1Char(' ') + QCoreApplication::translate("keyward::model::MatrixRules",
                                                               "Rotate-to-latest takes effect once a key is assigned.");
        }
    }
    return cell;
}

QList<MatrixCell> evaluateMatrix(const Workspace &workspace)
{
    QList<MatrixCell> cells;
    const QList<DataType> &types = DataTypeCatalogue::all();
    cells.reserve(types.size());
    for (const DataType &type : types)
        cells.append(evaluateCell(type, workspace));
    return cells;
}

QMap<Coverage, int> countByCoverage(const QList<MatrixCell> &cells)
{
    QMap<Coverage, int> counts;
    for (const MatrixCell &cell : cells)
        ++counts[cell.coverage];
    return counts;
}

} // namespace keyward::model
