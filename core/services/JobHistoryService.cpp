// JobHistoryService: reads of the jobs table.
#include "services/JobHistoryService.h"

#include <algorithm>

namespace keyward::services {

Result<QList<catalog::JobRecord>> JobHistoryService::jobs(const QString &workspace)
{
    auto record = m_context.workspace(workspace);
    if (!record)
        return record.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto all = (*catalog)->jobs(record->id);
    if (!all)
        return all.error();
    QList<catalog::JobRecord> list = *all;
    std::sort(list.begin(), list.end(),
              [](const catalog::JobRecord &a, const catalog::JobRecord &b) { return a.id > b.id; });
    return list;
}

} // namespace keyward::services
