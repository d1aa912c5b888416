// HistoryService: reads of the rotation history.
#include "services/HistoryService.h"

namespace keyward::services {

Result<QList<catalog::HistoryEntry>> HistoryService::entries(const QString &workspace)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    return (*catalog)->history(workspace);
}

Result<catalog::HistoryCheck> HistoryService::verify()
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    return (*catalog)->verifyHistory();
}

} // namespace keyward::services
