// JobsModel: job records as table rows.
#include "JobsModel.h"

namespace keyward::ui {

JobsModel::JobsModel(QObject *parent) : QAbstractTableModel(parent) {}

void JobsModel::setJobs(const QList<catalog::JobRecord> &jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const catalog::JobRecord &j = m_jobs.at(index.row());
    if (role == Qt::ToolTipRole && j.state == catalog::JobState::Interrupted)
        return tr("Stopped when its process died; the next %1 job carries on from where it was.").arg(j.kind);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return j.id;
    case KindColumn:
        return j.kind;
    case StateColumn:
        return catalog::jobStateName(j.state);
    case StartedColumn:
        return j.started.toString(Qt::ISODate);
    case DurationColumn:
        return j.finished.isValid() ? tr("%1 s").arg(double(j.started.msecsTo(j.finished)) / 1000.0, 0, 'f', 1)
                                    : QString();
    case ProgressColumn:
        // Jobs count what they skipped (out of scope, done before) as done too: then only the count is shown.
        return j.done <= j.total ? tr("%1 of %2").arg(j.done).arg(j.total) : QString::number(j.done);
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Job");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started (UTC)");
    case DurationColumn:
        return tr("Took");
    case ProgressColumn:
        return tr("Objects");
    default:
        return {};
    }
}

} // namespace keyward::ui
