// Catalog: schema, migrations and queries over one SQLite connection per Catalog object.
#include "catalog/Catalog.h"

#include "crypto/Digest.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace keyward::catalog {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind empty text instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// Each migration takes the schema from version N-1 to N: its statements run in order, in one transaction.
const QList<QList<const char *>> Migrations = {
    // 1: the first schema.
    {
        R"SQL(CREATE TABLE workspaces (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    plan TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '{}',
    storage_root TEXT NOT NULL,
    created TEXT NOT NULL
))SQL",
        R"SQL(CREATE TABLE assignments (
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    feature TEXT NOT NULL,
    store TEXT NOT NULL,
    key_name TEXT NOT NULL,
    key_version TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workspace_id, feature)
))SQL",
        R"SQL(CREATE TABLE feature_keys (
    fk_id BLOB PRIMARY KEY CHECK (length(fk_id) = 16),
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    feature TEXT NOT NULL,
    generation INTEGER NOT NULL,
    store TEXT NOT NULL,
    key_name TEXT NOT NULL,
    key_version TEXT NOT NULL,
    kek_id TEXT NOT NULL,
    wrap_alg TEXT NOT NULL CHECK (wrap_alg IN ('RSA-OAEP-256', 'CKM_AES_KEY_WRAP_PAD')),
    wrapped_fk BLOB NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'retired', 'destroyed')),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
))SQL",
        R"SQL(CREATE INDEX feature_keys_by_feature ON feature_keys (workspace_id, feature, state))SQL",
        R"SQL(CREATE UNIQUE INDEX one_active_fk ON feature_keys (workspace_id, feature) WHERE state = 'active')SQL",
        R"SQL(CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    result TEXT NOT NULL DEFAULT '{}',
    total INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    started TEXT NOT NULL,
    finished TEXT NOT NULL DEFAULT ''
))SQL",
        R"SQL(CREATE TABLE job_objects (
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    object TEXT NOT NULL,
    state TEXT NOT NULL,
    finding TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (job_id, object)
))SQL",
        R"SQL(CREATE TABLE history (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    workspace TEXT NOT NULL,
    feature TEXT NOT NULL,
    key TEXT NOT NULL,
    old_version TEXT NOT NULL,
    new_version TEXT NOT NULL,
    objects_touched INTEGER NOT NULL,
    action TEXT NOT NULL,
    result TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
))SQL",
        R"SQL(CREATE TABLE history_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL
))SQL",
        R"SQL(CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history
    BEGIN SELECT RAISE(ABORT, 'the rotation history is append-only'); END)SQL",
        R"SQL(CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history
    BEGIN SELECT RAISE(ABORT, 'the rotation history is append-only'); END)SQL",
        R"SQL(CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
))SQL",
    },
};

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

} // namespace

Catalog::Catalog(QString path, QString connection) : m_path(std::move(path)), m_connection(std::move(connection)) {}

Catalog::~Catalog()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Catalog::defaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("catalog.sqlite"));
}

QSqlDatabase Catalog::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error Catalog::sqlError(const QSqlQuery &query, const QString &what) const
{
    const QSqlError e = query.lastError();
    const QString text = e.text();
    if (text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("busy")))
        return Error::make(ErrorCode::Unavailable, QStringLiteral("the catalog is busy (%1); try again").arg(what));
    if (text.contains(QLatin1String("UNIQUE constraint")))
        return Error::make(ErrorCode::Conflict, QStringLiteral("%1: %2").arg(what, e.databaseText()));
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("disk I/O")))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("the catalog cannot be written (%1): %2").arg(what, e.databaseText()));
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        return Error::make(ErrorCode::Format,
                           QStringLiteral("the catalog %1 is damaged (%2)").arg(m_path, e.databaseText()));
    return Error::make(ErrorCode::Io, QStringLiteral("catalog error while %1: %2").arg(what, e.databaseText()));
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("keyward-catalog-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot create the folder for %1").arg(path));
    std::unique_ptr<Catalog> catalog(new Catalog(path, connection));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!d.open())
            return Error::make(ErrorCode::Io,
                               QStringLiteral("cannot open the catalog %1: %2").arg(path, d.lastError().text()));
        QSqlQuery q(d);
        // WAL: readers never wait for the writer; synchronous=FULL: a committed transaction survives power loss.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return catalog->sqlError(q, QStringLiteral("opening %1").arg(path));
        }
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            return Error::make(ErrorCode::Format,
                               QStringLiteral("the catalog %1 is damaged; it was left as it is").arg(path));
    }
    if (auto st = catalog->migrate(); !st)
        return st.error();
    return catalog;
}

int Catalog::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Catalog::migrate()
{
    Q_ASSERT(Migrations.size() == SchemaVersion);
    const int current = schemaVersion();
    if (current < 0)
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read the catalog's schema version"));
    if (current > SchemaVersion)
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("the catalog %1 has schema version %2; this Keyward knows up to %3. "
                                          "Use a newer Keyward.")
                               .arg(m_path)
                               .arg(current)
                               .arg(SchemaVersion));
    for (int version = current + 1; version <= SchemaVersion; ++version) {
        auto st = transaction([&]() -> Status {
            QSqlQuery q(db());
            for (const char *statement : Migrations.at(version - 1)) {
                if (!q.exec(QString::fromLatin1(statement)))
                    return sqlError(q, QStringLiteral("upgrading the catalog to version %1").arg(version));
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return sqlError(q, QStringLiteral("upgrading the catalog to version %1").arg(version));
            return {};
        });
        if (!st)
            return st;
    }
    return {};
}

Status Catalog::transaction(const std::function<Status()> &body)
{
    // Nested calls become savepoints, so a function that keeps itself atomic can run inside a larger transaction.
    QSqlQuery q(db());
    const bool outer = m_depth == 0;
    const QString savepoint = QStringLiteral("kw_%1").arg(m_depth);
    if (!q.exec(outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT %1").arg(savepoint)))
        return sqlError(q, QStringLiteral("starting a transaction"));
    ++m_depth;
    Status st = body();
    --m_depth;
    if (!st) {
        q.exec(outer ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO %1").arg(savepoint));
        if (!outer)
            q.exec(QStringLiteral("RELEASE %1").arg(savepoint));
        return st;
    }
    if (!q.exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(savepoint))) {
        Error e = sqlError(q, QStringLiteral("committing"));
        q.exec(outer ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO %1").arg(savepoint));
        return e;
    }
    return {};
}

QString Catalog::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", QStringLiteral("unknown"));
    return QStringLiteral("%1@%2").arg(user, QHostInfo::localHostName());
}

// ---- workspaces

static WorkspaceRecord readWorkspace(const QSqlQuery &q)
{
    WorkspaceRecord r;
    r.id = q.value(0).toLongLong();
    r.workspace.setName(q.value(1).toString());
    r.workspace.setPlan(model::parsePlan(q.value(2).toString()).ok() ? *model::parsePlan(q.value(2).toString())
                                                                     : model::Plan::Premium);
    r.workspace.setRegion(q.value(3).toString());
    r.workspace.setOptions(optionsFromJson(fromJson(q.value(4))));
    r.storageRoot = q.value(5).toString();
    r.created = fromIso(q.value(6));
    return r;
}

static const char WorkspaceColumns[] = "id, name, plan, region, options, storage_root, created";

Result<WorkspaceRecord> Catalog::createWorkspace(const model::Workspace &workspace, const QString &storageRoot)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO workspaces (name, plan, region, options, storage_root, created) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(workspace.name()));
    q.addBindValue(model::planId(workspace.plan()));
    q.addBindValue(text(workspace.region()));
    q.addBindValue(toJson(optionsToJson(workspace.options())));
    q.addBindValue(text(storageRoot));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        Error e = sqlError(q, QStringLiteral("creating workspace '%1'").arg(workspace.name()));
        if (e.code == ErrorCode::Conflict)
            e.detail = QStringLiteral("a workspace named '%1' exists already").arg(workspace.name());
        return e;
    }
    return this->workspace(q.lastInsertId().toLongLong());
}

Result<QList<WorkspaceRecord>> Catalog::workspaces()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM workspaces ORDER BY name").arg(QLatin1String(WorkspaceColumns))))
        return sqlError(q, QStringLiteral("listing workspaces"));
    QList<WorkspaceRecord> out;
    while (q.next())
        out << readWorkspace(q);
    return out;
}

Result<WorkspaceRecord> Catalog::workspace(const QString &name)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM workspaces WHERE name = ?").arg(QLatin1String(WorkspaceColumns)));
    q.addBindValue(text(name));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading workspace '%1'").arg(name));
    if (!q.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no workspace named '%1'").arg(name));
    return readWorkspace(q);
}

Result<WorkspaceRecord> Catalog::workspace(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM workspaces WHERE id = ?").arg(QLatin1String(WorkspaceColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading workspace %1").arg(id));
    if (!q.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no workspace with id %1").arg(id));
    return readWorkspace(q);
}

Status Catalog::updateWorkspace(const WorkspaceRecord &r)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE workspaces SET name = ?, plan = ?, region = ?, options = ?, storage_root = ? "
                             "WHERE id = ?"));
    q.addBindValue(text(r.workspace.name()));
    q.addBindValue(model::planId(r.workspace.plan()));
    q.addBindValue(text(r.workspace.region()));
    q.addBindValue(toJson(optionsToJson(r.workspace.options())));
    q.addBindValue(text(r.storageRoot));
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("updating workspace '%1'").arg(r.workspace.name()));
    return {};
}

// ---- assignments

Status Catalog::setAssignment(const Assignment &a)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO assignments (workspace_id, feature, store, key_name, key_version) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (workspace_id, feature) DO UPDATE SET "
                       "store = excluded.store, key_name = excluded.key_name, key_version = excluded.key_version"));
    q.addBindValue(a.workspaceId);
    q.addBindValue(model::featureId(a.feature));
    q.addBindValue(text(a.store));
    q.addBindValue(text(a.keyName));
    q.addBindValue(text(a.keyVersion));
    if (!q.exec())
        return sqlError(q, QStringLiteral("assigning a key"));
    return {};
}

Status Catalog::clearAssignment(qint64 workspaceId, model::Feature feature)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM assignments WHERE workspace_id = ? AND feature = ?"));
    q.addBindValue(workspaceId);
    q.addBindValue(model::featureId(feature));
    if (!q.exec())
        return sqlError(q, QStringLiteral("removing an assignment"));
    return {};
}

Result<QList<Assignment>> Catalog::assignments(qint64 workspaceId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT feature, store, key_name, key_version FROM assignments WHERE workspace_id = ? "
                             "ORDER BY feature"));
    q.addBindValue(workspaceId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading assignments"));
    QList<Assignment> out;
    while (q.next()) {
        auto feature = model::parseFeature(q.value(0).toString());
        if (!feature)
            return Error::make(ErrorCode::Format, QStringLiteral("the catalog names an unknown feature"));
        out << Assignment{workspaceId, *feature, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    }
    return out;
}

Result<std::optional<Assignment>> Catalog::assignment(qint64 workspaceId, model::Feature feature)
{
    auto all = assignments(workspaceId);
    if (!all)
        return all.error();
    for (const Assignment &a : *all)
        if (a.feature == feature)
            return std::optional<Assignment>(a);
    return std::optional<Assignment>();
}

Result<QList<Assignment>> Catalog::assignmentsOfKey(const QString &store, const QString &keyName)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT workspace_id, feature, store, key_name, key_version FROM assignments "
                             "WHERE store = ? AND key_name = ? ORDER BY workspace_id, feature"));
    q.addBindValue(text(store));
    q.addBindValue(text(keyName));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the assignments of key %1/%2").arg(store, keyName));
    QList<Assignment> out;
    while (q.next()) {
        auto feature = model::parseFeature(q.value(1).toString());
        if (!feature)
            return Error::make(ErrorCode::Format, QStringLiteral("the catalog names an unknown feature"));
        out << Assignment{q.value(0).toLongLong(), *feature, q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString()};
    }
    return out;
}

// ---- feature keys

static const char FkColumns[] = "fk_id, workspace_id, feature, generation, store, key_name, key_version, kek_id, "
                                "wrap_alg, wrapped_fk, state, created, updated";

static Result<FeatureKeyRecord> readFeatureKey(const QSqlQuery &q)
{
    FeatureKeyRecord r;
    r.fkId = q.value(0).toByteArray();
    r.workspaceId = q.value(1).toLongLong();
    auto feature = model::parseFeature(q.value(2).toString());
    auto state = parseFeatureKeyState(q.value(10).toString());
    if (!feature || !state)
        return Error::make(ErrorCode::Format, QStringLiteral("a feature-key record in the catalog is damaged"));
    r.feature = *feature;
    r.generation = q.value(3).toInt();
    r.store = q.value(4).toString();
    r.keyName = q.value(5).toString();
    r.keyVersion = q.value(6).toString();
    r.kekId = q.value(7).toString();
    r.wrapAlg = q.value(8).toString();
    r.wrappedFk = q.value(9).toByteArray();
    r.state = *state;
    r.created = fromIso(q.value(11));
    r.updated = fromIso(q.value(12));
    return r;
}

Status Catalog::insertFeatureKey(const FeatureKeyRecord &r)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO feature_keys (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(FkColumns)));
    q.addBindValue(r.fkId);
    q.addBindValue(r.workspaceId);
    q.addBindValue(model::featureId(r.feature));
    q.addBindValue(r.generation);
    q.addBindValue(text(r.store));
    q.addBindValue(text(r.keyName));
    q.addBindValue(text(r.keyVersion));
    q.addBindValue(text(r.kekId));
    q.addBindValue(text(r.wrapAlg));
    q.addBindValue(r.wrappedFk);
    q.addBindValue(featureKeyStateName(r.state));
    q.addBindValue(iso(r.created.isValid() ? r.created : QDateTime::currentDateTimeUtc()));
    q.addBindValue(iso(r.updated.isValid() ? r.updated : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording feature key %1").arg(QString::fromLatin1(r.fkId.toHex())));
    return {};
}

Status Catalog::updateFeatureKey(const FeatureKeyRecord &r)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("UPDATE feature_keys SET store = ?, key_name = ?, key_version = ?, kek_id = ?, wrap_alg = ?, "
                       "wrapped_fk = ?, state = ?, updated = ? WHERE fk_id = ?"));
    q.addBindValue(text(r.store));
    q.addBindValue(text(r.keyName));
    q.addBindValue(text(r.keyVersion));
    q.addBindValue(text(r.kekId));
    q.addBindValue(text(r.wrapAlg));
    q.addBindValue(r.wrappedFk);
    q.addBindValue(featureKeyStateName(r.state));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.fkId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("updating feature key %1").arg(QString::fromLatin1(r.fkId.toHex())));
    if (q.numRowsAffected() != 1)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("no feature key %1 in the catalog").arg(QString::fromLatin1(r.fkId.toHex())));
    return {};
}

Result<FeatureKeyRecord> Catalog::featureKey(const QByteArray &fkId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM feature_keys WHERE fk_id = ?").arg(QLatin1String(FkColumns)));
    q.addBindValue(fkId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading a feature key"));
    if (!q.next())
        return Error::make(
            ErrorCode::Key,
            QStringLiteral("no feature key with id %1 is in the catalog").arg(QString::fromLatin1(fkId.toHex())));
    return readFeatureKey(q);
}

Result<QList<FeatureKeyRecord>> Catalog::featureKeys(qint64 workspaceId, std::optional<model::Feature> feature,
                                                     std::optional<FeatureKeyState> state)
{
    QString sql = QStringLiteral("SELECT %1 FROM feature_keys WHERE workspace_id = ?").arg(QLatin1String(FkColumns));
    if (feature)
        sql += QStringLiteral(" AND feature = ?");
    if (state)
        sql += QStringLiteral(" AND state = ?");
    sql += QStringLiteral(" ORDER BY generation DESC");
    QSqlQuery q(db());
    q.prepare(sql);
    q.addBindValue(workspaceId);
    if (feature)
        q.addBindValue(model::featureId(*feature));
    if (state)
        q.addBindValue(featureKeyStateName(*state));
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing feature keys"));
    QList<FeatureKeyRecord> out;
    while (q.next()) {
        auto r = readFeatureKey(q);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

Result<QList<FeatureKeyRecord>> Catalog::featureKeysWrappedBy(const QString &store, const QString &keyName,
                                                              const QString &version)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM feature_keys WHERE store = ? AND key_name = ? "
                             "AND (? = '' OR key_version = ?) ORDER BY workspace_id, generation DESC")
                  .arg(QLatin1String(FkColumns)));
    q.addBindValue(text(store));
    q.addBindValue(text(keyName));
    q.addBindValue(text(version));
    q.addBindValue(text(version));
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing the feature keys under %1/%2").arg(store, keyName));
    QList<FeatureKeyRecord> out;
    while (q.next()) {
        auto r = readFeatureKey(q);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

// ---- jobs

static const char JobColumns[] = "id, kind, workspace_id, state, params, result, total, done, started, finished";

static JobRecord readJob(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.workspaceId = q.value(2).toLongLong();
    j.state = parseJobState(q.value(3).toString()).value_or(JobState::Failed);
    j.params = fromJson(q.value(4));
    j.result = fromJson(q.value(5));
    j.total = q.value(6).toLongLong();
    j.done = q.value(7).toLongLong();
    j.started = fromIso(q.value(8));
    j.finished = fromIso(q.value(9));
    return j;
}

Result<qint64> Catalog::createJob(const JobRecord &j)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO jobs (kind, workspace_id, state, params, total, done, started) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(j.kind));
    q.addBindValue(j.workspaceId);
    q.addBindValue(jobStateName(j.state));
    q.addBindValue(toJson(j.params));
    q.addBindValue(j.total);
    q.addBindValue(j.done);
    q.addBindValue(iso(j.started.isValid() ? j.started : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording a %1 job").arg(j.kind));
    return q.lastInsertId().toLongLong();
}

Status Catalog::updateJob(const JobRecord &j)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, result = ?, total = ?, done = ?, finished = ? WHERE id = ?"));
    q.addBindValue(jobStateName(j.state));
    q.addBindValue(toJson(j.result));
    q.addBindValue(j.total);
    q.addBindValue(j.done);
    q.addBindValue(text(iso(j.finished)));
    q.addBindValue(j.id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("updating job %1").arg(j.id));
    return {};
}

Status Catalog::setJobResult(qint64 jobId, const QJsonObject &result)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE jobs SET result = ? WHERE id = ?"));
    q.addBindValue(toJson(result));
    q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("updating job %1").arg(jobId));
    if (q.numRowsAffected() != 1)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no job %1").arg(jobId));
    return {};
}

Result<JobRecord> Catalog::job(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(QLatin1String(JobColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading job %1").arg(id));
    if (!q.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no job %1").arg(id));
    return readJob(q);
}

Result<QList<JobRecord>> Catalog::jobs(qint64 workspaceId, const QString &kind)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE workspace_id = ? AND (? = '' OR kind = ?) ORDER BY id")
                  .arg(QLatin1String(JobColumns)));
    q.addBindValue(workspaceId);
    q.addBindValue(text(kind));
    q.addBindValue(text(kind));
    if (!q.exec())
        return sqlError(q, QStringLiteral("listing jobs"));
    QList<JobRecord> out;
    while (q.next())
        out << readJob(q);
    return out;
}

Status Catalog::recordObject(qint64 jobId, const JobObject &o)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO job_objects (job_id, object, state, finding, detail) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (job_id, object) DO UPDATE SET state = excluded.state, "
                             "finding = excluded.finding, detail = excluded.detail"));
    q.addBindValue(jobId);
    q.addBindValue(text(o.object));
    q.addBindValue(text(o.state));
    q.addBindValue(text(o.finding));
    q.addBindValue(text(o.detail));
    if (!q.exec())
        return sqlError(q, QStringLiteral("recording progress of job %1").arg(jobId));
    return {};
}

Result<QList<JobObject>> Catalog::jobObjects(qint64 jobId)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT object, state, finding, detail FROM job_objects WHERE job_id = ? ORDER BY object"));
    q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading progress of job %1").arg(jobId));
    QList<JobObject> out;
    while (q.next())
        out << JobObject{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

// ---- history

Result<HistoryEntry> Catalog::appendHistory(HistoryEntry e)
{
    std::optional<HistoryEntry> stored;
    auto st = transaction([&]() -> Status {
        QSqlQuery head(db());
        if (!head.exec(QStringLiteral("SELECT seq, hash FROM history_head WHERE id = 1")))
            return sqlError(head, QStringLiteral("reading the history head"));
        e.seq = 1;
        e.prevHash = QByteArray(32, '\0');
        if (head.next()) {
            e.seq = head.value(0).toLongLong() + 1;
            e.prevHash = head.value(1).toByteArray();
        }
        if (!e.at.isValid())
            e.at = QDateTime::currentDateTimeUtc();
        if (e.actor.isEmpty())
            e.actor = currentActor();
        auto digest = crypto::Sha256::hash(e.prevHash + e.canonical());
        if (!digest)
            return digest.error();
        e.hash = *digest;
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("INSERT INTO history (seq, at, actor, workspace, feature, key, old_version, new_version, "
                           "objects_touched, action, result, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(e.seq), QVariant(iso(e.at)), QVariant(text(e.actor)), QVariant(text(e.workspace)),
              QVariant(text(e.feature)), QVariant(text(e.key)), QVariant(text(e.oldVersion)),
              QVariant(text(e.newVersion)), QVariant(e.objectsTouched), QVariant(text(e.action)),
              QVariant(text(e.result)), QVariant(e.prevHash), QVariant(e.hash)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, QStringLiteral("appending to the rotation history"));
        QSqlQuery update(db());
        update.prepare(QStringLiteral("INSERT INTO history_head (id, seq, hash) VALUES (1, ?, ?) "
                                      "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"));
        update.addBindValue(e.seq);
        update.addBindValue(e.hash);
        if (!update.exec())
            return sqlError(update, QStringLiteral("moving the history head"));
        stored = e;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Result<QList<HistoryEntry>> Catalog::history(const QString &workspace)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT seq, at, actor, workspace, feature, key, old_version, new_version, objects_touched, "
                       "action, result, prev_hash, hash FROM history WHERE (? = '' OR workspace = ?) "
                       "ORDER BY rowid"));
    q.addBindValue(text(workspace));
    q.addBindValue(text(workspace));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the rotation history"));
    QList<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = fromIso(q.value(1));
        e.actor = q.value(2).toString();
        e.workspace = q.value(3).toString();
        e.feature = q.value(4).toString();
        e.key = q.value(5).toString();
        e.oldVersion = q.value(6).toString();
        e.newVersion = q.value(7).toString();
        e.objectsTouched = q.value(8).toLongLong();
        e.action = q.value(9).toString();
        e.result = q.value(10).toString();
        e.prevHash = q.value(11).toByteArray();
        e.hash = q.value(12).toByteArray();
        out << e;
    }
    return out;
}

Result<HistoryCheck> Catalog::verifyHistory()
{
    auto entries = history();
    if (!entries)
        return entries.error();
    HistoryCheck check;
    check.entries = entries->size();
    QByteArray prev(32, '\0');
    qint64 expected = 1;
    auto broken = [&](qint64 seq, const QString &problem) {
        check.intact = false;
        check.badSeq = seq;
        check.problem = problem;
        return check;
    };
    for (const HistoryEntry &e : *entries) {
        auto digest = crypto::Sha256::hash(e.prevHash + e.canonical());
        if (!digest)
            return digest.error();
        if (*digest != e.hash)
            return broken(e.seq,
                          QStringLiteral("entry %1 was edited: its contents no longer match its hash").arg(e.seq));
        if (e.seq != expected)
            return broken(
                e.seq,
                e.seq > expected
                    ? QStringLiteral("entry %1 is missing (entry %2 follows entry %3)")
                          .arg(expected)
                          .arg(e.seq)
                          .arg(expected - 1)
                    : QStringLiteral("entry %1 is out of order (found after entry %2)").arg(e.seq).arg(expected - 1));
        if (e.prevHash != prev)
            return broken(e.seq, QStringLiteral("entry %1 does not follow entry %2: the entry before it was replaced")
                                     .arg(e.seq)
                                     .arg(e.seq - 1));
        prev = e.hash;
        ++expected;
    }
    QSqlQuery head(db());
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM history_head WHERE id = 1")))
        return sqlError(head, QStringLiteral("reading the history head"));
    const qint64 last = expected - 1;
    if (head.next()) {
        if (head.value(0).toLongLong() != last || head.value(1).toByteArray() != prev)
            return broken(last + 1, QStringLiteral("the history ends at entry %1 but was %2 entries long: the last "
                                                   "entries were removed")
                                        .arg(last)
                                        .arg(head.value(0).toLongLong()));
    } else if (last != 0) {
        return broken(1, QStringLiteral("the history's head record is missing"));
    }
    return check;
}

// ---- audit

Status Catalog::audit(const QString &action, const QString &target, const QString &detail)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(currentActor());
    q.addBindValue(text(action));
    q.addBindValue(text(target));
    q.addBindValue(text(detail));
    if (!q.exec())
        return sqlError(q, QStringLiteral("writing the audit log"));
    return {};
}

Result<QList<AuditEntry>> Catalog::auditLog(int limit)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, at, actor, action, target, detail FROM audit ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the audit log"));
    QList<AuditEntry> out;
    while (q.next())
        out << AuditEntry{q.value(0).toLongLong(), fromIso(q.value(1)),   q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
    return out;
}

} // namespace keyward::catalog
