// ObjectsModel: rows and words for the objects of one data type.
#include "ObjectsModel.h"

#include "CoverageStyle.h"

#include <QBrush>
#include <QLocale>

namespace keyward::ui {

using services::WorkspaceObject;

ObjectsModel::ObjectsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ObjectsModel::setObjects(const QList<WorkspaceObject> &objects)
{
    beginResetModel();
    m_objects = objects;
    endResetModel();
}

int ObjectsModel::count(WorkspaceObject::Seal seal) const
{
    int n = 0;
    for (const WorkspaceObject &o : m_objects)
        n += o.seal == seal ? 1 : 0;
    return n;
}

QString ObjectsModel::sealText(const WorkspaceObject &object)
{
    switch (object.seal) {
    case WorkspaceObject::Seal::Sealed: {
        // The outer layer: the platform's when double encryption wraps the customer's.
        const Result<model::Feature> feature = model::parseFeature(object.layer);
        if (!feature || *feature == model::Feature::Platform)
            return tr("Sealed (platform layer outside, feature key %1)").arg(object.featureKey);
        return tr("Sealed (%1 feature key %2)").arg(model::featureDisplayName(*feature), object.featureKey);
    }
    case WorkspaceObject::Seal::Plaintext:
        return tr("Plaintext");
    case WorkspaceObject::Seal::Invalid:
        return tr("Not a valid envelope");
    case WorkspaceObject::Seal::Unreadable:
        return tr("Cannot be read");
    }
    return QString();
}

QString ObjectsModel::verifyText(const QString &lastVerify)
{
    if (lastVerify.isEmpty())
        return tr("Not verified");
    if (lastVerify == QLatin1String("ok"))
        return tr("OK");
    // A finding: its stable kind name, as the Jobs view and the findings export show it.
    return tr("Finding: %1").arg(lastVerify);
}

int ObjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_objects.size());
}

int ObjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ObjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkspaceObject &o = m_objects.at(index.row());
    if (role == SealRole)
        return int(o.seal);
    if (role == SizeBytesRole)
        return o.size;
    const bool bad = o.seal != WorkspaceObject::Seal::Sealed;
    const bool finding = !o.lastVerify.isEmpty() && o.lastVerify != QLatin1String("ok");
    switch (index.column()) {
    case PathColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return o.path;
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return QLocale().formattedDataSize(o.size);
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("%1 bytes").arg(QLocale().toString(o.size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SealColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return sealText(o);
        if (role == Qt::DecorationRole)
            return CoverageStyle::icon(bad ? model::CellState::PlaintextFound : model::CellState::Verified);
        if (role == Qt::ForegroundRole && bad)
            return QBrush(CoverageStyle::colors(model::CellState::PlaintextFound).foreground);
        break;
    case VerifyColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return verifyText(o.lastVerify);
        if (role == Qt::ForegroundRole)
            return QBrush(finding ? CoverageStyle::colors(model::CellState::PlaintextFound).foreground
                                  : CoverageStyle::secondaryText());
        break;
    default:
        break;
    }
    return {};
}

QVariant ObjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PathColumn:
        return tr("Object");
    case SizeColumn:
        return tr("Size");
    case SealColumn:
        return tr("State");
    case VerifyColumn:
        return tr("Last verification");
    default:
        return {};
    }
}

} // namespace keyward::ui
