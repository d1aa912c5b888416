// WorkspaceTable: workspace rows, with the options kept as one JSON object of flags.
#include "catalog/WorkspaceTable.h"

#include "catalog/CatalogQuery.h"

namespace keyward::catalog {

namespace {

const QString WorkspaceColumns = QStringLiteral("id, name, plan, region, options, storage_root, created");

QJsonObject optionsToJson(const model::WorkspaceOptions &options)
{
    QJsonObject o;
    for (model::WorkspaceOption opt : model::allWorkspaceOptions())
        o.insert(model::workspaceOptionId(opt), options.isSet(opt));
    return o;
}

model::WorkspaceOptions optionsFromJson(const QJsonObject &o)
{
    model::WorkspaceOptions options;
    for (model::WorkspaceOption opt : model::allWorkspaceOptions())
        options.set(opt, o.value(model::workspaceOptionId(opt)).toBool());
    return options;
}

WorkspaceRecord readWorkspace(const CatalogQuery &q)
{
    WorkspaceRecord r;
    r.id = q.integer(0);
    r.workspace.setName(q.text(1));
    const auto plan = model::parsePlan(q.text(2));
    r.workspace.setPlan(plan.ok() ? *plan : model::Plan::Premium);
    r.workspace.setRegion(q.text(3));
    r.workspace.setOptions(optionsFromJson(q.json(4)));
    r.storageRoot = q.text(5);
    r.created = q.time(6);
    return r;
}

} // namespace

Result<WorkspaceRecord> WorkspaceTable::create(const model::Workspace &workspace, const QString &storageRoot)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("INSERT INTO workspaces (name, plan, region, options, storage_root, created) "
                                  "VALUES (:name, :plan, :region, :options, :root, :created)"),
                   QStringLiteral("creating workspace '%1'").arg(workspace.name()));
    q.bind(QStringLiteral(":name"), workspace.name())
        .bind(QStringLiteral(":plan"), model::planId(workspace.plan()))
        .bind(QStringLiteral(":region"), workspace.region())
        .bind(QStringLiteral(":options"), optionsToJson(workspace.options()))
        .bind(QStringLiteral(":root"), storageRoot)
        .bind(QStringLiteral(":created"), QDateTime::currentDateTimeUtc());
    if (auto st = q.exec(); !st) {
        Error e = st.error();
        if (e.code == ErrorCode::Conflict)
            e.detail = QStringLiteral("a workspace named '%1' exists already").arg(workspace.name());
        return e;
    }
    return byId(q.lastInsertId());
}

Result<QList<WorkspaceRecord>> WorkspaceTable::all()
{
    CatalogQuery q(m_connection, QStringLiteral("SELECT %1 FROM workspaces ORDER BY name").arg(WorkspaceColumns),
                   QStringLiteral("listing workspaces"));
    return q.rows<WorkspaceRecord>(readWorkspace);
}

Result<WorkspaceRecord> WorkspaceTable::byName(const QString &name)
{
    CatalogQuery q(m_connection, QStringLiteral("SELECT %1 FROM workspaces WHERE name = :name").arg(WorkspaceColumns),
                   QStringLiteral("reading workspace '%1'").arg(name));
    q.bind(QStringLiteral(":name"), name);
    return q.one<WorkspaceRecord>(readWorkspace, Error::because(ErrorCode::NotFound, Reason::WorkspaceNotFound, {name},
                                                                QStringLiteral("no workspace named '%1'").arg(name)));
}

Result<WorkspaceRecord> WorkspaceTable::byId(qint64 id)
{
    CatalogQuery q(m_connection, QStringLiteral("SELECT %1 FROM workspaces WHERE id = :id").arg(WorkspaceColumns),
                   QStringLiteral("reading workspace %1").arg(id));
    q.bind(QStringLiteral(":id"), id);
    return q.one<WorkspaceRecord>(readWorkspace,
                                  Error::make(ErrorCode::NotFound, QStringLiteral("no workspace with id %1").arg(id)));
}

Status WorkspaceTable::update(const WorkspaceRecord &r)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("UPDATE workspaces SET name = :name, plan = :plan, region = :region, "
                                  "options = :options, storage_root = :root WHERE id = :id"),
                   QStringLiteral("updating workspace '%1'").arg(r.workspace.name()));
    q.bind(QStringLiteral(":name"), r.workspace.name())
        .bind(QStringLiteral(":plan"), model::planId(r.workspace.plan()))
        .bind(QStringLiteral(":region"), r.workspace.region())
        .bind(QStringLiteral(":options"), optionsToJson(r.workspace.options()))
        .bind(QStringLiteral(":root"), r.storageRoot)
        .bind(QStringLiteral(":id"), r.id);
    return q.exec();
}

} // namespace keyward::catalog
