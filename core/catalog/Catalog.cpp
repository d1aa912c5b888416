// Catalog: opens the file, brings its schema up to date, and hands each call to the table that owns it.
#include "catalog/Catalog.h"

#include "catalog/AssignmentTable.h"
#include "catalog/AuditTable.h"
#include "catalog/CatalogConnection.h"
#include "catalog/CatalogQuery.h"
#include "catalog/CatalogSchema.h"
#include "catalog/FeatureKeyTable.h"
#include "catalog/HistoryTable.h"
#include "catalog/JobTable.h"
#include "catalog/ObjectInventoryTable.h"
#include "catalog/WorkspaceTable.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace keyward::catalog {

Catalog::Catalog(std::unique_ptr<CatalogConnection> connection)
    : m_path(connection->path()), m_connection(std::move(connection))
{
}

Catalog::~Catalog() = default;

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, OpenMode mode)
{
    if (mode == OpenMode::ExistingOnly) {
        // Checked before SQLite touches the file: opening it would write a new database into an empty one.
        const QFileInfo file(path);
        if (!file.exists())
            return Error::because(ErrorCode::NotFound, Reason::NoKeywardData, {file.absolutePath()},
                                  QStringLiteral("no Keyward catalog at %1").arg(path));
        if (file.size() == 0)
            return Error::because(ErrorCode::Format, Reason::CatalogEmpty, {path},
                                  QStringLiteral("the catalog %1 is an empty file").arg(path));
    }
    auto connection = CatalogConnection::open(path);
    if (!connection)
        return connection.error();
    std::unique_ptr<Catalog> catalog(new Catalog(std::move(*connection)));
    if (mode == OpenMode::ExistingOnly && catalog->schemaVersion() < 1)
        return Error::because(ErrorCode::Format, Reason::CatalogEmpty, {path},
                              QStringLiteral("%1 is not a Keyward catalog").arg(path));
    if (auto st = CatalogSchema::migrate(*catalog->m_connection); !st)
        return st.error();
    return catalog;
}

QString Catalog::defaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("catalog.sqlite"));
}

int Catalog::schemaVersion() const
{
    return CatalogSchema::version(*m_connection);
}

Status Catalog::transaction(const std::function<Status()> &body)
{
    return m_connection->transaction(body);
}

QString Catalog::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", QStringLiteral("unknown"));
    return QStringLiteral("%1@%2").arg(user, QSysInfo::machineHostName());
}

// ---- workspaces

Result<WorkspaceRecord> Catalog::createWorkspace(const model::Workspace &workspace, const QString &storageRoot)
{
    return WorkspaceTable(*m_connection).create(workspace, storageRoot);
}

Result<QList<WorkspaceRecord>> Catalog::workspaces()
{
    return WorkspaceTable(*m_connection).all();
}

Result<WorkspaceRecord> Catalog::workspace(const QString &name)
{
    return WorkspaceTable(*m_connection).byName(name);
}

Result<WorkspaceRecord> Catalog::workspace(qint64 id)
{
    return WorkspaceTable(*m_connection).byId(id);
}

Status Catalog::updateWorkspace(const WorkspaceRecord &record)
{
    return WorkspaceTable(*m_connection).update(record);
}

// ---- assignments

Status Catalog::setAssignment(const Assignment &assignment)
{
    return AssignmentTable(*m_connection).set(assignment);
}

Status Catalog::clearAssignment(qint64 workspaceId, model::Feature feature)
{
    return AssignmentTable(*m_connection).clear(workspaceId, feature);
}

Result<QList<Assignment>> Catalog::assignments(qint64 workspaceId)
{
    return AssignmentTable(*m_connection).ofWorkspace(workspaceId);
}

Result<std::optional<Assignment>> Catalog::assignment(qint64 workspaceId, model::Feature feature)
{
    return AssignmentTable(*m_connection).find(workspaceId, feature);
}

Result<QList<Assignment>> Catalog::assignmentsOfKey(const QString &store, const QString &keyName)
{
    return AssignmentTable(*m_connection).ofKey(store, keyName);
}

// ---- feature keys

Status Catalog::insertFeatureKey(const FeatureKeyRecord &record)
{
    return FeatureKeyTable(*m_connection).insert(record);
}

Status Catalog::updateFeatureKey(const FeatureKeyRecord &record)
{
    return FeatureKeyTable(*m_connection).update(record);
}

Result<FeatureKeyRecord> Catalog::featureKey(const QByteArray &fkId)
{
    return FeatureKeyTable(*m_connection).byId(fkId);
}

Result<QList<FeatureKeyRecord>> Catalog::featureKeys(qint64 workspaceId, std::optional<model::Feature> feature,
                                                     std::optional<FeatureKeyState> state)
{
    return FeatureKeyTable(*m_connection).ofWorkspace(workspaceId, feature, state);
}

Result<QList<FeatureKeyRecord>> Catalog::featureKeysWrappedBy(const QString &store, const QString &keyName,
                                                              const QString &version)
{
    return FeatureKeyTable(*m_connection).wrappedBy(store, keyName, version);
}

// ---- jobs

Result<qint64> Catalog::createJob(const JobRecord &job)
{
    return JobTable(*m_connection).create(job);
}

Status Catalog::updateJob(const JobRecord &job)
{
    return JobTable(*m_connection).update(job);
}

Status Catalog::setJobResult(qint64 jobId, const QJsonObject &result)
{
    return JobTable(*m_connection).setResult(jobId, result);
}

Result<JobRecord> Catalog::job(qint64 id)
{
    return JobTable(*m_connection).byId(id);
}

Result<QList<JobRecord>> Catalog::jobs(qint64 workspaceId, const QString &kind)
{
    return JobTable(*m_connection).ofWorkspace(workspaceId, kind);
}

Status Catalog::recordObject(qint64 jobId, const JobObject &object)
{
    return recordObjects(jobId, {object});
}

Status Catalog::recordObjects(qint64 jobId, const QList<JobObject> &objects)
{
    return JobTable(*m_connection).recordObjects(jobId, objects);
}

Result<QList<JobObject>> Catalog::jobObjects(qint64 jobId)
{
    return JobTable(*m_connection).objects(jobId);
}

// ---- object inventory

Status Catalog::putInventory(const InventoryEntry &entry)
{
    return ObjectInventoryTable(*m_connection).put(entry);
}

Status Catalog::putInventory(const QList<InventoryEntry> &entries)
{
    return ObjectInventoryTable(*m_connection).put(entries);
}

Result<QList<InventoryEntry>> Catalog::inventory(qint64 workspaceId)
{
    return ObjectInventoryTable(*m_connection).ofWorkspace(workspaceId);
}

Result<QList<InventoryPast>> Catalog::inventoryPast(qint64 workspaceId)
{
    return ObjectInventoryTable(*m_connection).pastOfWorkspace(workspaceId);
}

Result<QList<InventoryPast>> Catalog::inventoryPastNoLongerCurrent(qint64 workspaceId)
{
    return ObjectInventoryTable(*m_connection).pastNoLongerCurrent(workspaceId);
}

// ---- rotation history

Result<HistoryEntry> Catalog::appendHistory(HistoryEntry entry)
{
    if (entry.actor.isEmpty())
        entry.actor = currentActor();
    return HistoryTable(*m_connection).append(std::move(entry));
}

Result<QList<HistoryEntry>> Catalog::history(const QString &workspace)
{
    return HistoryTable(*m_connection).entries(workspace);
}

Result<HistoryCheck> Catalog::verifyHistory()
{
    return HistoryTable(*m_connection).verify();
}

Status Catalog::checkIntegrity()
{
    return m_connection->checkIntegrity();
}

// ---- identity

Result<QString> Catalog::catalogId()
{
    CatalogQuery q(*m_connection, QStringLiteral("SELECT catalog_id FROM catalog_identity WHERE id = 1"),
                   QStringLiteral("reading the catalog's id"));
    return q.one<QString>([](const CatalogQuery &row) { return row.text(0); },
                          Error::because(ErrorCode::Format, Reason::CatalogEmpty, {m_path},
                                         QStringLiteral("the catalog %1 has no id").arg(m_path)));
}

// ---- audit

Status Catalog::audit(const QString &action, const QString &target, const QString &detail)
{
    return AuditTable(*m_connection).append(currentActor(), action, target, detail);
}

Result<QList<AuditEntry>> Catalog::auditLog(int limit)
{
    return AuditTable(*m_connection).latest(limit);
}

} // namespace keyward::catalog
