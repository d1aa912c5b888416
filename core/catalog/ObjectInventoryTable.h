// ObjectInventoryTable: the `object_inventory` rows (each object as the jobs last left it) and the sealed
// versions objects no longer have (`object_inventory_past`).
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QList>

namespace keyward::catalog {

class CatalogConnection;

class ObjectInventoryTable
{
public:
    explicit ObjectInventoryTable(const CatalogConnection &connection) : m_connection(connection) {}

    // Replaces the entry of the path; a sealed version it replaces with another object or copy (object_id or
    // tag) is kept as a past version. Call it inside a transaction (the jobs do, with their checkpoints).
    Status put(const InventoryEntry &entry);
    // The same for each entry, in order, with the statement prepared once (a job's batch).
    Status put(const QList<InventoryEntry> &entries);
    Result<QList<InventoryEntry>> ofWorkspace(qint64 workspaceId);
    Result<QList<InventoryPast>> pastOfWorkspace(qint64 workspaceId);
    // The past versions whose object_id no sealed entry has now: a catalog before schema 3 kept one per header a
    // rekey rewrote, which an object's checks never need (its object_id is found current first).
    Result<QList<InventoryPast>> pastNoLongerCurrent(qint64 workspaceId);

private:
    const CatalogConnection &m_connection;
};

} // namespace keyward::catalog
