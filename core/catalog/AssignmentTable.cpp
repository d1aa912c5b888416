// AssignmentTable: one row per workspace and feature; an empty key version follows the key's newest version.
#include "catalog/AssignmentTable.h"

#include "catalog/CatalogQuery.h"

namespace keyward::catalog {

namespace {

// Columns: workspace_id, feature, store, key_name, key_version.
Result<Assignment> readAssignment(const CatalogQuery &q)
{
    auto feature = model::parseFeature(q.text(1));
    if (!feature)
        return Error::make(ErrorCode::Format, QStringLiteral("the catalog names an unknown feature"));
    return Assignment{q.integer(0), *feature, q.text(2), q.text(3), q.text(4)};
}

} // namespace

Status AssignmentTable::set(const Assignment &a)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("INSERT INTO assignments (workspace_id, feature, store, key_name, key_version) "
                                  "VALUES (:ws, :feature, :store, :key, :version) "
                                  "ON CONFLICT (workspace_id, feature) DO UPDATE SET store = excluded.store, "
                                  "key_name = excluded.key_name, key_version = excluded.key_version"),
                   QStringLiteral("assigning a key"));
    q.bind(QStringLiteral(":ws"), a.workspaceId)
        .bind(QStringLiteral(":feature"), model::featureId(a.feature))
        .bind(QStringLiteral(":store"), a.store)
        .bind(QStringLiteral(":key"), a.keyName)
        .bind(QStringLiteral(":version"), a.keyVersion);
    return q.exec();
}

Status AssignmentTable::clear(qint64 workspaceId, model::Feature feature)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("DELETE FROM assignments WHERE workspace_id = :ws AND feature = :feature"),
                   QStringLiteral("removing an assignment"));
    q.bind(QStringLiteral(":ws"), workspaceId).bind(QStringLiteral(":feature"), model::featureId(feature));
    return q.exec();
}

Result<QList<Assignment>> AssignmentTable::ofWorkspace(qint64 workspaceId)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT workspace_id, feature, store, key_name, key_version FROM assignments "
                                  "WHERE workspace_id = :ws ORDER BY feature"),
                   QStringLiteral("reading assignments"));
    q.bind(QStringLiteral(":ws"), workspaceId);
    return q.rows<Assignment>(readAssignment);
}

Result<std::optional<Assignment>> AssignmentTable::find(qint64 workspaceId, model::Feature feature)
{
    auto all = ofWorkspace(workspaceId);
    if (!all)
        return all.error();
    for (const Assignment &a : *all)
        if (a.feature == feature)
            return std::optional<Assignment>(a);
    return std::optional<Assignment>();
}

Result<QList<Assignment>> AssignmentTable::ofKey(const QString &store, const QString &keyName)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT workspace_id, feature, store, key_name, key_version FROM assignments "
                                  "WHERE store = :store AND key_name = :key ORDER BY workspace_id, feature"),
                   QStringLiteral("reading the assignments of key %1/%2").arg(store, keyName));
    q.bind(QStringLiteral(":store"), store).bind(QStringLiteral(":key"), keyName);
    return q.rows<Assignment>(readAssignment);
}

} // namespace keyward::catalog
