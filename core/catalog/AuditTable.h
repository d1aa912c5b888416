// AuditTable: the `audit` rows: who did which console action to what, and when.
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QList>

namespace keyward::catalog {

class CatalogConnection;

class AuditTable
{
public:
    explicit AuditTable(const CatalogConnection &connection) : m_connection(connection) {}

    Status append(const QString &actor, const QString &action, const QString &target, const QString &detail);
    // Newest first, at most `limit` entries.
    Result<QList<AuditEntry>> latest(int limit);

private:
    const CatalogConnection &m_connection;
};

} // namespace keyward::catalog
