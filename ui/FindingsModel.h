// FindingsModel: the findings of the job that runs or ran last, as they arrive: kind, object, segment, detail.
#pragma once

#include "jobs/JobFinding.h"

#include <QAbstractTableModel>

namespace keyward::ui {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        ObjectColumn,
        SegmentColumn,
        DetailColumn,
        ColumnCount
    };

    explicit FindingsModel(QObject *parent = nullptr);
    void clear();
    void append(const jobs::JobFinding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<jobs::JobFinding> m_findings;
};

} // namespace keyward::ui
