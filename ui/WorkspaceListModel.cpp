// WorkspaceListModel: one row per workspace, its name first and its keys' state after.
#include "WorkspaceListModel.h"

#include "model/Feature.h"
#include "model/Plan.h"

namespace keyward::ui {

WorkspaceListModel::WorkspaceListModel(QObject *parent) : QAbstractListModel(parent) {}

void WorkspaceListModel::setWorkspaces(const QList<services::WorkspaceDetails> &workspaces)
{
    beginResetModel();
    m_workspaces = workspaces;
    endResetModel();
}

int WorkspaceListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_workspaces.size(); ++i)
        if (m_workspaces.at(i).record.workspace.name() == name)
            return i;
    return -1;
}

int WorkspaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspaces.size());
}

QVariant WorkspaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::WorkspaceDetails &d = m_workspaces.at(index.row());
    const model::Workspace &ws = d.record.workspace;
    const int keyed = int(d.assignments.size());
    const int features = int(model::customerKeyFeatures().size());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 \u00B7 keys for %3 of %4 features")
            .arg(ws.name(), model::planDisplayName(ws.plan()))
            .arg(keyed)
            .arg(features);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList lines{tr("Workspace %1, %2 plan").arg(ws.name(), model::planDisplayName(ws.plan()))};
        for (model::Feature f : model::customerKeyFeatures()) {
            const auto a = d.assignment(f);
            lines << (a ? tr("%1: key %2").arg(model::featureDisplayName(f), a->keyName)
                        : tr("%1: no key").arg(model::featureDisplayName(f)));
        }
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    case NameRole:
        return ws.name();
    case KeyedFeaturesRole:
        return keyed;
    default:
        return {};
    }
}

} // namespace keyward::ui
