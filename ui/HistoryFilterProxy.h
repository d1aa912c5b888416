// HistoryFilterProxy: the rows of a HistoryModel that a services::HistoryFilter keeps (workspace, key, feature,
// period), the rule itself being core's HistoryFilter::matches.
#pragma once

#include "services/HistoryService.h"

#include <QSortFilterProxyModel>

namespace keyward::ui {

class HistoryModel;

class HistoryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HistoryFilterProxy(QObject *parent = nullptr);
    void setHistoryModel(HistoryModel *model);
    void setFilter(const services::HistoryFilter &filter);
    const services::HistoryFilter &filter() const { return m_filter; }
    // The entries kept, oldest first (as the timeline takes them).
    QList<catalog::HistoryEntry> keptEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    HistoryModel *m_history = nullptr;
    services::HistoryFilter m_filter;
};

} // namespace keyward::ui
