// HistoryService: the rotation history as the front ends read it: entries (of one workspace or all) and the
// state of the hash chain.
#pragma once

#include "services/Context.h"

namespace keyward::services {

class HistoryService
{
public:
    explicit HistoryService(Context &context) : m_context(context) {}
    // Oldest first; every workspace when `workspace` is empty.
    Result<QList<catalog::HistoryEntry>> entries(const QString &workspace = {});
    // The whole chain walked: intact, or the first entry that was edited, removed, inserted or reordered.
    Result<catalog::HistoryCheck> verify();

private:
    Context &m_context;
};

} // namespace keyward::services
