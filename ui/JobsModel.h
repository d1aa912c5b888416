// JobsModel: the jobs of a workspace, newest first: which job, its state, when, and how far it got.
#pragma once

#include "catalog/CatalogRecords.h"

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
        ColumnCount
    };

    explicit JobsModel(QObject *parent = nullptr);
    void setJobs(const QList<catalog::JobRecord> &jobs);
    const QList<catalog::JobRecord> &jobs() const { return m_jobs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<catalog::JobRecord> m_jobs;
};

} // namespace keyward::ui
