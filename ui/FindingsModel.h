// FindingsModel: the findings of one job: those of a past job read from the catalog, or those of the running
// job as they arrive: kind, object, segment, detail.
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
    void setFindings(const QList<jobs::JobFinding> &findings);
    void append(const jobs::JobFinding &finding);
    const QList<jobs::JobFinding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<jobs::JobFinding> m_findings;
};

} // namespace keyward::ui
