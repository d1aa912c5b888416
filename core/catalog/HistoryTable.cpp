// HistoryTable: storing and reading the hash-chained rotation history (the database refuses updates and deletes).
#include "catalog/HistoryTable.h"

#include "catalog/CatalogConnection.h"
#include "catalog/CatalogQuery.h"
#include "catalog/HistoryWitness.h"

namespace keyward::catalog {

namespace {

HistoryEntry readHistoryEntry(const CatalogQuery &q)
{
    HistoryEntry e;
    e.seq = q.integer(0);
    e.at = q.time(1);
    e.actor = q.text(2);
    e.workspace = q.text(3);
    e.feature = q.text(4);
    e.key = q.text(5);
    e.oldVersion = q.text(6);
    e.newVersion = q.text(7);
    e.objectsTouched = q.integer(8);
    e.action = q.text(9);
    e.result = q.text(10);
    e.prevHash = q.bytes(11);
    e.hash = q.bytes(12);
    return e;
}

HistoryChain::Head readHead(const CatalogQuery &q)
{
    return HistoryChain::Head{q.integer(0), q.bytes(1)};
}

} // namespace

Result<std::optional<HistoryChain::Head>> HistoryTable::head()
{
    CatalogQuery q(m_connection, QStringLiteral("SELECT seq, hash FROM history_head WHERE id = 1"),
                   QStringLiteral("reading the history head"));
    auto heads = q.rows<HistoryChain::Head>(readHead);
    if (!heads)
        return heads.error();
    if (heads->isEmpty())
        return std::optional<HistoryChain::Head>();
    return std::optional<HistoryChain::Head>(heads->first());
}

Result<HistoryEntry> HistoryTable::append(HistoryEntry entry)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    std::optional<HistoryEntry> stored;
    auto st = m_connection.transaction([&]() -> Status {
        auto last = head();
        if (!last)
            return last.error();
        auto linked = HistoryChain::link(entry, *last);
        if (!linked)
            return linked.error();
        const HistoryEntry &e = *linked;
        CatalogQuery q(m_connection,
                       QStringLiteral("INSERT INTO history (seq, at, actor, workspace, feature, key, old_version, "
                                      "new_version, objects_touched, action, result, prev_hash, hash) "
                                      "VALUES (:seq, :at, :actor, :workspace, :feature, :key, :old, :new, :objects, "
                                      ":action, :result, :prev, :hash)"),
                       QStringLiteral("appending to the rotation history"));
        q.bind(QStringLiteral(":seq"), e.seq)
            .bind(QStringLiteral(":at"), e.at)
            .bind(QStringLiteral(":actor"), e.actor)
            .bind(QStringLiteral(":workspace"), e.workspace)
            .bind(QStringLiteral(":feature"), e.feature)
            .bind(QStringLiteral(":key"), e.key)
            .bind(QStringLiteral(":old"), e.oldVersion)
            .bind(QStringLiteral(":new"), e.newVersion)
            .bind(QStringLiteral(":objects"), e.objectsTouched)
            .bind(QStringLiteral(":action"), e.action)
            .bind(QStringLiteral(":result"), e.result)
            .bind(QStringLiteral(":prev"), e.prevHash)
            .bind(QStringLiteral(":hash"), e.hash);
        if (auto inserted = q.exec(); !inserted)
            return inserted;
        CatalogQuery move(m_connection,
                          QStringLiteral("INSERT INTO history_head (id, seq, hash) VALUES (1, :seq, :hash) "
                                         "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
                          QStringLiteral("moving the history head"));
        move.bind(QStringLiteral(":seq"), e.seq).bind(QStringLiteral(":hash"), e.hash);
        if (auto moved = move.exec(); !moved)
            return moved;
        stored = e;
        return {};
    });
    if (!st)
        return st.error();
    // Outside the catalog too, once the entry is there for good (an enclosing transaction may still roll back).
    const HistoryEntry appended = *stored;
    const QString path = m_connection.path();
    m_connection.afterCommit([path, appended] { HistoryWitness::appended(path, appended); });
    return *stored;
}

Result<QList<HistoryEntry>> HistoryTable::entries(const QString &workspace)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT seq, at, actor, workspace, feature, key, old_version, new_version, "
                                  "objects_touched, action, result, prev_hash, hash FROM history "
                                  "WHERE (:workspace = '' OR workspace = :workspace) ORDER BY rowid"),
                   QStringLiteral("reading the rotation history"));
    q.bind(QStringLiteral(":workspace"), workspace);
    return q.rows<HistoryEntry>(readHistoryEntry);
}

Result<HistoryCheck> HistoryTable::verify()
{
    auto all = entries({});
    if (!all)
        return all.error();
    auto last = head();
    if (!last)
        return last.error();
    return HistoryChain::verify(*all, *last);
}

} // namespace keyward::catalog
