// ObjectInventoryTable: one row per workspace and object path, and the sealed versions replaced since.
#include "catalog/ObjectInventoryTable.h"

#include "catalog/CatalogQuery.h"
#include "catalog/NativeStatement.h"

namespace keyward::catalog {

namespace {

// From a CatalogQuery or a NativeStatement.
template <typename Query> Result<InventoryEntry> readInventoryEntry(const Query &q)
{
    auto state = parseInventoryState(q.text(3));
    if (!state)
        return Error::make(ErrorCode::Format, QStringLiteral("the object inventory names an unknown state"));
    InventoryEntry e;
    e.workspaceId = q.integer(0);
    e.path = q.text(1);
    e.feature = q.text(2);
    e.state = *state;
    e.size = q.integer(4);
    e.objectId = q.bytes(5);
    e.fkId = q.bytes(6);
    e.tag = q.bytes(7);
    e.jobId = q.integer(8);
    e.updated = q.time(9);
    return e;
}

InventoryPast readInventoryPast(const CatalogQuery &q)
{
    return InventoryPast{q.text(0), q.bytes(1), q.bytes(2), q.bytes(3)};
}

} // namespace

Status ObjectInventoryTable::put(const InventoryEntry &entry)
{
    return put(QList<InventoryEntry>{entry});
}

Status ObjectInventoryTable::put(const QList<InventoryEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    const QString what = entries.size() == 1
                             ? QStringLiteral("recording object %1 in the inventory").arg(entries.first().path)
                             : QStringLiteral("recording %1 objects in the inventory").arg(entries.size());
    // The sealed version an entry replaces, when it is another one, is kept as a past version by the catalog's
    // trigger object_inventory_keeps_past, with the new entry's time. A job writes one per object it changed.
    NativeStatement q(m_connection,
                      "INSERT INTO object_inventory (workspace_id, path, feature, state, size, object_id, fk_id, tag, "
                      "job_id, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (workspace_id, "
                      "path) DO UPDATE SET feature = excluded.feature, state = excluded.state, size = excluded.size, "
                      "object_id = excluded.object_id, fk_id = excluded.fk_id, tag = excluded.tag, "
                      "job_id = excluded.job_id, updated = excluded.updated",
                      what);
    // A batch's entries mostly share one time: it is written out once.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime lastTime;
    QString lastTimeText;
    for (const InventoryEntry &e : entries) {
        const QDateTime updated = e.updated.isValid() ? e.updated : now;
        if (updated != lastTime) {
            lastTime = updated;
            lastTimeText = CatalogQuery::timeText(updated);
        }
        q.bindInteger(1, e.workspaceId)
            .bindText(2, e.path)
            .bindText(3, e.feature)
            .bindText(4, inventoryStateName(e.state))
            .bindInteger(5, e.size)
            .bindBlob(6, e.objectId)
            .bindBlob(7, e.fkId)
            .bindBlob(8, e.tag)
            .bindInteger(9, e.jobId)
            .bindText(10, lastTimeText);
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

Result<QList<InventoryEntry>> ObjectInventoryTable::ofWorkspace(qint64 workspaceId)
{
    // Every job over objects loads the whole inventory of its workspace as it starts.
    NativeStatement q(m_connection,
                      "SELECT workspace_id, path, feature, state, size, object_id, fk_id, tag, job_id, updated FROM "
                      "object_inventory WHERE workspace_id = ?1 ORDER BY path",
                      QStringLiteral("reading the object inventory"));
    q.bindInteger(1, workspaceId);
    QList<InventoryEntry> entries;
    for (;;) {
        auto row = q.next();
        if (!row)
            return row.error();
        if (!*row)
            return entries;
        auto entry = readInventoryEntry(q);
        if (!entry)
            return entry.error();
        entries << std::move(entry).value();
    }
}

Result<QList<InventoryPast>> ObjectInventoryTable::pastOfWorkspace(qint64 workspaceId)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT path, object_id, fk_id, tag FROM object_inventory_past WHERE workspace_id = "
                                  ":ws ORDER BY path, rowid"),
                   QStringLiteral("reading the object inventory's past versions"));
    q.bind(QStringLiteral(":ws"), workspaceId);
    return q.rows<InventoryPast>(readInventoryPast);
}

Result<QList<InventoryPast>> ObjectInventoryTable::pastNoLongerCurrent(qint64 workspaceId)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT path, object_id, fk_id, tag FROM object_inventory_past AS p WHERE "
                                  "workspace_id = :ws AND NOT EXISTS (SELECT 1 FROM object_inventory AS i WHERE "
                                  "i.workspace_id = p.workspace_id AND i.object_id = p.object_id AND "
                                  "i.state = 'sealed') ORDER BY path, rowid"),
                   QStringLiteral("reading the object inventory's past versions"));
    q.bind(QStringLiteral(":ws"), workspaceId);
    return q.rows<InventoryPast>(readInventoryPast);
}

} // namespace keyward::catalog
