// MatrixRules: the coverage rules and the reason text for each cell.
#include "model/MatrixRules.h"

#include "model/DataTypeCatalogue.h"

#include <QCoreApplication>
#include <QLocale>

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
    cell.state = cellStateOf(cell.coverage);

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

namespace {

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The state the facts put a customer-keyed cell in (the rules in MatrixRules.h, in their order).
CellState measuredState(const CellMeasurement &m)
{
    if (keyCheckUnusable(m.key.check))
        return CellState::KeyUnusable;
    if (m.key.check == KeyCheck::StoreUnreachable)
        return CellState::KeyStoreUnreachable;
    if (!m.verifiedSinceChange)
        return CellState::NotVerified;
    if (m.found.plaintext > 0)
        return CellState::PlaintextFound;
    if (m.found.findings > 0)
        return CellState::FindingsFound;
    if (m.key.check == KeyCheck::StoreLocked)
        return CellState::KeyNotChecked;
    return CellState::Verified;
}

// The sentences that say what was measured, for the cell's reason.
QString measuredReason(const CellMeasurement &m)
{
    QStringList parts;
    const QString key = QStringLiteral("%1/%2").arg(m.key.store, m.key.keyName);
    const QString version = m.key.version.isEmpty()
                                ? QCoreApplication::translate("keyward::model::MatrixRules", "its newest version")
                                : m.key.version;
    if (m.key.followsLatest())
        parts << QCoreApplication::translate("keyward::model::MatrixRules",
                                             "Key %1 follows its newest version (now %2), which is %3.")
                     .arg(key, version, keyCheckDisplayName(m.key.check));
    else
        parts << QCoreApplication::translate("keyward::model::MatrixRules", "Key %1, version %2, is %3.")
                     .arg(key, version, keyCheckDisplayName(m.key.check));
    if (!m.key.problem.isEmpty())
        parts << m.key.problem;
    if (m.key.expires && m.key.check == KeyCheck::Usable)
        parts << QCoreApplication::translate("keyward::model::MatrixRules", "It expires on %1.")
                     .arg(when(*m.key.expires));
    if (m.lastChange)
        parts << QCoreApplication::translate("keyward::model::MatrixRules", "Last change: %1 on %2.")
                     .arg(changeKindDisplayName(m.lastChange->kind), when(m.lastChange->at));
    if (!m.lastVerify) {
        parts << QCoreApplication::translate("keyward::model::MatrixRules", "No full verification has finished yet.");
    } else {
        const QString on = when(m.lastVerify->started);
        if (!m.verifiedSinceChange)
            parts << QCoreApplication::translate("keyward::model::MatrixRules",
                                                 "The last full verification, started on %1, is older than that "
                                                 "change.")
                         .arg(on);
        else if (m.found.objects == 0)
            parts << QCoreApplication::translate("keyward::model::MatrixRules",
                                                 "The last full verification, started on %1, found no object of "
                                                 "this type.")
                         .arg(on);
        else
            parts << QCoreApplication::translate("keyward::model::MatrixRules",
                                                 "The last full verification, started on %1, looked at the objects "
                                                 "of this type: %2; in clear: %3; with other findings: %4.")
                         .arg(on)
                         .arg(m.found.objects)
                         .arg(m.found.plaintext)
                         .arg(m.found.findings);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

MatrixCell evaluateCell(const DataType &type, const Workspace &workspace, const CoverageFacts &facts)
{
    MatrixCell cell = evaluateCell(type, workspace);
    if (cell.coverage != Coverage::CustomerKey || facts.workspace != workspace.name())
        return cell;
    CellMeasurement m;
    if (const auto key = facts.keys.find(type.feature); key != facts.keys.end()) {
        m.key = key->second;
    } else {
        // The model has a key the facts do not know of: nothing about it was checked.
        m.key = keyFactsFromId(cell.keyId.value_or(QString()));
        m.key.check = KeyCheck::StoreLocked;
    }
    if (const auto change = facts.lastChange.find(type.feature); change != facts.lastChange.end())
        m.lastChange = change->second;
    if (facts.lastVerify) {
        m.lastVerify = *facts.lastVerify;
        m.lastVerify->byDataType.clear();
        m.found = facts.lastVerify->byDataType.value(QString(type.id));
        m.verifiedSinceChange = !m.lastChange || facts.lastVerify->started >= m.lastChange->at;
    }
    cell.state = measuredState(m);
    cell.reason += QLatin1Char(' ') + measuredReason(m);
    cell.measured = m;
    return cell;
}

QList<MatrixCell> evaluateMatrix(const Workspace &workspace, const CoverageFacts &facts)
{
    QList<MatrixCell> cells;
    const QList<DataType> &types = DataTypeCatalogue::all();
    cells.reserve(types.size());
    for (const DataType &type : types)
        cells.append(evaluateCell(type, workspace, facts));
    return cells;
}

QMap<CellState, int> countByState(const QList<MatrixCell> &cells)
{
    QMap<CellState, int> counts;
    for (const MatrixCell &cell : cells)
        ++counts[cell.state];
    return counts;
}

QMap<Coverage, int> countByCoverage(const QList<MatrixCell> &cells)
{
    QMap<Coverage, int> counts;
    for (const MatrixCell &cell : cells)
        ++counts[cell.coverage];
    return counts;
}

} // namespace keyward::model
