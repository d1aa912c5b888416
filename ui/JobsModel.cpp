// JobsModel: job listings as table rows.
#include "JobsModel.h"

#include "services/JobText.h"

#include <QApplication>
#include <QStyle>

namespace keyward::ui {

namespace {

// State by icon as well as by word; the icons come from the style, so they fit the platform.
QIcon stateIcon(const services::JobListing &job)
{
    QStyle *style = QApplication::style();
    if (job.resumable)
        return style->standardIcon(QStyle::SP_BrowserReload);
    switch (job.record.state) {
    case catalog::JobState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case catalog::JobState::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case catalog::JobState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case catalog::JobState::Cancelled:
        return style->standardIcon(QStyle::SP_BrowserStop);
    case catalog::JobState::Interrupted:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

} // namespace

JobsModel::JobsModel(QObject *parent) : QAbstractTableModel(parent) {}

void JobsModel::setJobs(const QList<services::JobListing> &jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

QList<catalog::JobRecord> JobsModel::jobs() const
{
    QList<catalog::JobRecord> records;
    for (const services::JobListing &j : m_jobs)
        records << j.record;
    return records;
}

int JobsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row).record.id == id)
            return row;
    return -1;
}

void JobsModel::setProgress(qint64 id, qint64 done, qint64 total)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_jobs[row].record.done = done;
    m_jobs[row].record.total = total;
    emit dataChanged(index(row, ProgressColumn), index(row, ProgressColumn));
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::display(const services::JobListing &job, int column) const
{
    const catalog::JobRecord &j = job.record;
    switch (column) {
    case IdColumn:
        return j.id;
    case KindColumn:
        return services::JobText::kindName(j.kind);
    case StateColumn:
        return job.resumable ? services::JobText::resumable() : services::JobText::stateName(j.state);
    case StartedColumn:
        return j.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case DurationColumn:
        // An interrupted job's end is when the next job found it dead, not when it stopped.
        if (!j.finished.isValid() || job.resumable || j.state == catalog::JobState::Interrupted)
            return QString();
        // Most jobs take seconds: tenths tell them apart.
        if (const qint64 ms = qMax<qint64>(0, j.started.msecsTo(j.finished)); ms < 60000)
            return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
        return services::JobText::duration(j.started.secsTo(j.finished));
    case ProgressColumn: {
        const auto kind = services::jobKindOf(j);
        if (j.total <= 0 && j.done <= 0)
            return QString();
        return services::JobText::counts(kind.value_or(jobs::JobKind::Encrypt), j.done, j.total);
    }
    case FindingsColumn:
        return job.findings;
    default:
        return {};
    }
}

QString JobsModel::toolTip(const services::JobListing &job) const
{
    const catalog::JobRecord &j = job.record;
    if (job.resumable)
        return tr("Its process ended while it ran. Resume starts a %1 job on the workspace, which carries on from "
                  "where this one stopped.")
            .arg(services::JobText::kindName(j.kind));
    if (j.state == catalog::JobState::Interrupted)
        return tr("Its process ended while it ran; a later %1 job carried on from where it stopped.")
            .arg(services::JobText::kindName(j.kind));
    return {};
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::JobListing &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(stateIcon(job)) : QVariant();
    case Qt::ToolTipRole: {
        const QString tip = toolTip(job);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == FindingsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == ProgressColumn)
            return QVariant(Qt::AlignCenter); // like the bars' text
        return {};
    case ProgressRole:
        if (index.column() != ProgressColumn || job.record.total <= 0)
            return -1.0;
        // A count beyond the total (skipped objects counted as done) has no share to draw until the job is done.
        if (job.record.done > job.record.total)
            return job.record.state == catalog::JobState::Done ? 1.0 : -1.0;
        return double(job.record.done) / double(job.record.total);
    case JobIdRole:
        return job.record.id;
    case ResumableRole:
        return job.resumable;
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
        return tr("Progress");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace keyward::ui
