// JobsModel: the jobs of a workspace, newest first: which job, its state (by icon and word; a job a dead
// process left behind is "Resumable"), when, how long it took, how far it got (drawn as a bar by
// ProgressDelegate) and how many findings it has.
#pragma once

#include "services/JobHistoryService.h"

#include <QAbstractTableModel>

namespace keyward::ui {

class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        KindColumn,
        StateColumn,
        StartedColumn,
        DurationColumn,
        ProgressColumn,
        FindingsColumn,
        ColumnCount
    };
    enum Role
    {
        // ProgressColumn: the share done, 0..1, or -1 when the job has no count to show.
        ProgressRole = Qt::UserRole + 1,
        // Every column: the job's id, and whether it can be resumed.
        JobIdRole,
        ResumableRole,
    };

    explicit JobsModel(QObject *parent = nullptr);
    void setJobs(const QList<services::JobListing> &jobs);
    const QList<services::JobListing> &listings() const { return m_jobs; }
    QList<catalog::JobRecord> jobs() const;
    // The row of job `id`, or -1.
    int rowOf(qint64 id) const;
    // The running job's count as it moves (the catalog has it only once the job ends).
    void setProgress(qint64 id, qint64 done, qint64 total);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const services::JobListing &job, int column) const;
    QString toolTip(const services::JobListing &job) const;

    QList<services::JobListing> m_jobs;
};

} // namespace keyward::ui
