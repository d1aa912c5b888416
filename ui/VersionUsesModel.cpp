// VersionUsesModel: a key version's uses as table rows.
#include "VersionUsesModel.h"

#include "model/DataTypeCatalogue.h"
#include "model/Feature.h"

namespace keyward::ui {

VersionUsesModel::VersionUsesModel(QObject *parent) : QAbstractTableModel(parent) {}

void VersionUsesModel::setUses(const QList<services::VersionUse> &uses)
{
    beginResetModel();
    m_uses = uses;
    endResetModel();
}

int VersionUsesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_uses.size());
}

int VersionUsesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionUsesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::VersionUse &u = m_uses.at(index.row());
    QStringList types;
    for (const QString &id : u.dataTypes) {
        if (const model::DataType *t = model::DataTypeCatalogue::find(id))
            types << t->displayName();
    }
    if (role == Qt::ToolTipRole && index.column() == DataTypesColumn)
        return types.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && index.column() == ObjectsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WorkspaceColumn:
        return u.workspace;
    case FeatureColumn:
        return model::featureDisplayName(u.feature);
    case StateColumn: {
        QStringList parts;
        if (u.assigned)
            parts << tr("assigned");
        if (!u.generations.isEmpty()) {
            QStringList gens;
            for (int g : u.generations)
                gens << QString::number(g);
            parts << (u.active ? tr("wraps the active feature key (generation %1)")
                               : tr("wraps retired feature keys (generation %1)"))
                         .arg(gens.join(QStringLiteral(", ")));
        }
        return parts.join(QStringLiteral("; "));
    }
    case ObjectsColumn:
        return u.objects ? QVariant(QLocale().toString(*u.objects)) : QVariant(tr("counting..."));
    case DataTypesColumn:
        return tr("%n data types: %1", nullptr, int(types.size())).arg(types.join(QStringLiteral(", ")));
    default:
        return {};
    }
}

QVariant VersionUsesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkspaceColumn:
        return tr("Workspace");
    case FeatureColumn:
        return tr("Feature");
    case StateColumn:
        return tr("Use");
    case ObjectsColumn:
        return tr("Objects");
    case DataTypesColumn:
        return tr("Data types");
    default:
        return {};
    }
}

} // namespace keyward::ui
