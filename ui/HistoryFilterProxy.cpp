// HistoryFilterProxy: filterAcceptsRow() asks the core filter.
#include "HistoryFilterProxy.h"

#include "HistoryModel.h"

#include <algorithm>

namespace keyward::ui {

HistoryFilterProxy::HistoryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void HistoryFilterProxy::setHistoryModel(HistoryModel *model)
{
    m_history = model;
    setSourceModel(model);
}

void HistoryFilterProxy::setFilter(const services::HistoryFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

QList<catalog::HistoryEntry> HistoryFilterProxy::keptEntries() const
{
    QList<catalog::HistoryEntry> kept;
    for (int row = rowCount() - 1; row >= 0; --row)
        kept << m_history->entry(mapToSource(index(row, 0)).row());
    std::sort(kept.begin(), kept.end(),
              [](const catalog::HistoryEntry &a, const catalog::HistoryEntry &b) { return a.seq < b.seq; });
    return kept;
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_history || sourceRow >= m_history->rowCount())
        return false;
    return m_filter.matches(m_history->entry(sourceRow));
}

} // namespace keyward::ui
