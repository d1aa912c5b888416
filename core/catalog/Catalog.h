// Catalog: Keyward's SQLite database (Qt Sql, WAL, versioned schema with migrations): workspaces,
// assignments, feature-key records, jobs with checkpoints, the hash-chained rotation history and the audit log.
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace keyward::catalog {

class CatalogConnection;

// The one entry point to the catalog; each table's queries live in their own class (WorkspaceTable, ...).
class Catalog
{
public:
    static constexpr int SchemaVersion = 3;

    enum class OpenMode
    {
        CreateIfMissing, // a missing file becomes a new, empty catalog
        ExistingOnly,    // the file must exist and be a Keyward catalog: never created or initialised
    };
    // Opens (creating and migrating as needed) the catalog at `path`. Each thread opens its own Catalog.
    // ExistingOnly: NotFound (NoKeywardData) when there is no file, Format (CatalogEmpty) for an empty file or a
    // database that is not a Keyward catalog; neither is touched.
    static Result<std::unique_ptr<Catalog>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    static QString defaultPath(const QString &dataDir); // <data dir>/catalog.sqlite
    ~Catalog();

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs `body` in one transaction (IMMEDIATE): all of it is kept, or none. Nested calls are savepoints.
    Status transaction(const std::function<Status()> &body);

    // Workspaces
    Result<WorkspaceRecord> createWorkspace(const model::Workspace &workspace, const QString &storageRoot);
    Result<QList<WorkspaceRecord>> workspaces();
    Result<WorkspaceRecord> workspace(const QString &name);
    Result<WorkspaceRecord> workspace(qint64 id);
    Status updateWorkspace(const WorkspaceRecord &record);

    // Assignments
    Status setAssignment(const Assignment &assignment);
    Status clearAssignment(qint64 workspaceId, model::Feature feature);
    Result<QList<Assignment>> assignments(qint64 workspaceId);
    Result<std::optional<Assignment>> assignment(qint64 workspaceId, model::Feature feature);
    // Every assignment, in any workspace, of one key of one store (what a key-version retirement must consider).
    Result<QList<Assignment>> assignmentsOfKey(const QString &store, const QString &keyName);

    // Feature keys
    Status insertFeatureKey(const FeatureKeyRecord &record);
    Status updateFeatureKey(const FeatureKeyRecord &record);
    Result<FeatureKeyRecord> featureKey(const QByteArray &fkId);
    // Filtered by feature and state when given; newest generation first.
    Result<QList<FeatureKeyRecord>> featureKeys(qint64 workspaceId, std::optional<model::Feature> feature = {},
                                                std::optional<FeatureKeyState> state = {});
    // Every feature key, in any workspace and any state, wrapped under one key of one store: under `version`
    // only, or under any version when it is empty. By workspace, then newest generation first.
    Result<QList<FeatureKeyRecord>> featureKeysWrappedBy(const QString &store, const QString &keyName,
                                                         const QString &version = {});

    // Jobs and their per-object checkpoints
    Result<qint64> createJob(const JobRecord &job);
    Status updateJob(const JobRecord &job);
    // Replaces only the result of a job that is still running: what it must find again if its process dies.
    Status setJobResult(qint64 jobId, const QJsonObject &result);
    Result<JobRecord> job(qint64 id);
    Result<QList<JobRecord>> jobs(qint64 workspaceId, const QString &kind = {});
    Status recordObject(qint64 jobId, const JobObject &object);
    Status recordObjects(qint64 jobId, const QList<JobObject> &objects); // a batch's, with one statement
    Result<QList<JobObject>> jobObjects(qint64 jobId);

    // Object inventory: each object of a workspace as the jobs last left it. put() replaces the path's entry;
    // a sealed version it replaces with another object or copy (a new object_id or tag; not a rekey's new fk_id)
    // is kept as a past version, by the catalog's trigger.
    Status putInventory(const InventoryEntry &entry);
    Status putInventory(const QList<InventoryEntry> &entries); // each in order (a job's batch)
    Result<QList<InventoryEntry>> inventory(qint64 workspaceId);
    Result<QList<InventoryPast>> inventoryPast(qint64 workspaceId);
    // Only the past versions whose object_id no sealed entry has now (what ObjectInventory's checks can meet).
    Result<QList<InventoryPast>> inventoryPastNoLongerCurrent(qint64 workspaceId);

    // Rotation history: appended with the previous entry's hash; never updated.
    Result<HistoryEntry> appendHistory(HistoryEntry entry);
    Result<QList<HistoryEntry>> history(const QString &workspace = {});
    // Walks the whole chain; the first entry that was edited, deleted, inserted or reordered is named.
    Result<HistoryCheck> verifyHistory();
    // Every page and index of the catalog file sound (SQLite's quick_check); Format when not. Reads the whole file.
    Status checkIntegrity();

    // Audit log of console actions.
    Status audit(const QString &action, const QString &target, const QString &detail = {});
    Result<QList<AuditEntry>> auditLog(int limit = 1000);

    // Identity: the catalog's random id, made with it (schema migration 2); the store registry names it.
    Result<QString> catalogId();

    // Who is acting, for history and audit ("user@host" by default).
    static QString currentActor();

private:
    explicit Catalog(std::unique_ptr<CatalogConnection> connection);

    QString m_path;
    std::unique_ptr<CatalogConnection> m_connection;
};

} // namespace keyward::catalog
