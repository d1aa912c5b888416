// FindingsModel: findings set from the catalog or appended as a job reports them.
#include "FindingsModel.h"

#include "services/JobText.h"
#include "util/SafeFile.h"

namespace keyward::ui {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::clear()
{
    setFindings({});
}

void FindingsModel::setFindings(const QList<jobs::JobFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

void FindingsModel::append(const jobs::JobFinding &finding)
{
    const int row = int(m_findings.size());
    beginInsertRows({}, row, row);
    m_findings.append(finding);
    endInsertRows();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const jobs::JobFinding &f = m_findings.at(index.row());
    // Names from data are shown with their control characters and bidirectional overrides spelled out, in the
    // cell, its tooltip and what a screen reader reads: an override would otherwise reorder the name on screen.
    if (role == Qt::ToolTipRole)
        return index.column() == KindColumn     ? jobs::findingKindName(f.kind)
               : index.column() == ObjectColumn ? terminalSafe(f.object)
                                                : terminalSafe(f.detail);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return services::JobText::findingName(f.kind);
    case ObjectColumn:
        return f.object.isEmpty() ? tr("(workspace)") : terminalSafe(f.object);
    case SegmentColumn:
        return f.segment >= 0 ? QVariant(f.segment) : QVariant();
    case DetailColumn:
        return terminalSafe(f.detail);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Finding");
    case ObjectColumn:
        return tr("Object");
    case SegmentColumn:
        return tr("Segment");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace keyward::ui
