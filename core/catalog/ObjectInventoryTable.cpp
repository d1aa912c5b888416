// ObjectInventoryTable: one row per workspace and object path, and the sealed versions replaced since.
#include "catalog/ObjectInventoryTable.h"

#include "catalog/CatalogQuery.h"

namespace keyward::catalog {

namespace {

const QString InventoryColumns =
    QStringLiteral("workspace_id, path, feature, state, size, object_id, fk_id, tag, job_id, updated");

Result<InventoryEntry> readInventoryEntry(const CatalogQuery &q)
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
    // The sealed version an entry replaces, when it is another one, stays known as a past version.
    CatalogQuery keep(m_connection,
                      QStringLiteral("INSERT INTO object_inventory_past (workspace_id, path, object_id, fk_id, tag, "
                                     "replaced) SELECT workspace_id, path, object_id, fk_id, tag, :now "
                                     "FROM object_inventory WHERE workspace_id = :ws AND path = :path "
                                     "AND state = 'sealed' AND object_id IS NOT NULL AND (:state <> 'sealed' "
                                     "OR object_id <> :oid OR fk_id IS NOT :fk OR tag IS NOT :tag)"),
                      what);
    CatalogQuery q(m_connection,
                   QStringLiteral("INSERT INTO object_inventory (%1) VALUES (:ws, :path, :feature, :state, :size, "
                                  ":oid, :fk, :tag, :job, :updated) ON CONFLICT (workspace_id, path) DO UPDATE SET "
                                  "feature = excluded.feature, state = excluded.state, size = excluded.size, "
                                  "object_id = excluded.object_id, fk_id = excluded.fk_id, tag = excluded.tag, "
                                  "job_id = excluded.job_id, updated = excluded.updated")
                       .arg(InventoryColumns),
                   what);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const InventoryEntry &e : entries) {
        const QDateTime updated = e.updated.isValid() ? e.updated : now;
        const QString state = inventoryStateName(e.state);
        keep.bind(QStringLiteral(":now"), updated)
            .bind(QStringLiteral(":ws"), e.workspaceId)
            .bind(QStringLiteral(":path"), e.path)
            .bind(QStringLiteral(":state"), state)
            .bind(QStringLiteral(":oid"), e.objectId)
            .bind(QStringLiteral(":fk"), e.fkId)
            .bind(QStringLiteral(":tag"), e.tag);
        if (auto st = keep.exec(); !st)
            return st;
        q.bind(QStringLiteral(":ws"), e.workspaceId)
            .bind(QStringLiteral(":path"), e.path)
            .bind(QStringLiteral(":feature"), e.feature)
            .bind(QStringLiteral(":state"), state)
            .bind(QStringLiteral(":size"), e.size)
            .bind(QStringLiteral(":oid"), e.objectId)
            .bind(QStringLiteral(":fk"), e.fkId)
            .bind(QStringLiteral(":tag"), e.tag)
            .bind(QStringLiteral(":job"), e.jobId)
            .bind(QStringLiteral(":updated"), updated);
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

Result<QList<InventoryEntry>> ObjectInventoryTable::ofWorkspace(qint64 workspaceId)
{
    CatalogQuery q(
        m_connection,
        QStringLiteral("SELECT %1 FROM object_inventory WHERE workspace_id = :ws ORDER BY path").arg(InventoryColumns),
        QStringLiteral("reading the object inventory"));
    q.bind(QStringLiteral(":ws"), workspaceId);
    return q.rows<InventoryEntry>(readInventoryEntry);
}

Result<QList<InventoryPast>> ObjectInventoryTable::pastOfWorkspace(qint64 workspaceId)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT path, object_id, fk_id, tag FROM object_inventory_past WHERE workspace_id = "
                                  ":ws ORDER BY path, rowid"),
                   QStringLiteral("reading the object inventory's past versions"));
    q.bind(QStringLiteral(":ws"), workspaceId);
    return q.rows<InventoryPast>([](const CatalogQuery &r) {
        return InventoryPast{r.text(0), r.bytes(1), r.bytes(2), r.bytes(3)};
    });
}

} // namespace keyward::catalog
