// HistoryTable: the `history` rows and the `history_head` record; the chain's rules are HistoryChain's.
#pragma once

#include "catalog/CatalogRecords.h"
#include "catalog/HistoryChain.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace keyward::catalog {

class CatalogConnection;

class HistoryTable
{
public:
    explicit HistoryTable(CatalogConnection &connection) : m_connection(connection) {}

    // Links `entry` after the head and stores it and the new head in one transaction. A missing time is now.
    Result<HistoryEntry> append(HistoryEntry entry);
    Result<QList<HistoryEntry>> entries(const QString &workspace);
    Result<HistoryCheck> verify();

private:
    Result<std::optional<HistoryChain::Head>> head();

    CatalogConnection &m_connection;
};

} // namespace keyward::catalog
