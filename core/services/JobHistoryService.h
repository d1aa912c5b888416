// JobHistoryService: the jobs a workspace has run, newest first, as the front ends list them.
#pragma once

#include "services/Context.h"

namespace keyward::services {

class JobHistoryService
{
public:
    explicit JobHistoryService(Context &context) : m_context(context) {}
    // Every job of the workspace, newest first; a job still marked running whose process died shows as running
    // until the next job of its kind marks it interrupted and carries on from it.
    Result<QList<catalog::JobRecord>> jobs(const QString &workspace);

private:
    Context &m_context;
};

} // namespace keyward::services
