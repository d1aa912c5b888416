// CatalogSchema: the CREATE statements of every schema version, and the migration loop.
#include "catalog/CatalogSchema.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogConnection.h"
#include "catalog/CatalogQuery.h"

#include <QList>

namespace keyward::catalog {

namespace {

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
    // 2: integrity.
    {
        // Integrity: store and catalog identities. The catalog's own random id, which the store registry names
        // (stores.json "catalog_id").
        R"SQL(CREATE TABLE catalog_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    catalog_id TEXT NOT NULL
))SQL",
        R"SQL(INSERT INTO catalog_identity (id, catalog_id) VALUES (1, lower(hex(randomblob(16)))))SQL",
        // Integrity: objects. The object inventory: each object as the jobs last left it, and the sealed
        // versions objects no longer have.
        R"SQL(CREATE TABLE object_inventory (
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    feature TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('plain', 'sealed')),
    size INTEGER NOT NULL DEFAULT 0,
    object_id BLOB,
    fk_id BLOB,
    tag BLOB,
    job_id INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL,
    PRIMARY KEY (workspace_id, path)
))SQL",
        R"SQL(CREATE INDEX object_inventory_by_id ON object_inventory (workspace_id, object_id))SQL",
        R"SQL(CREATE TABLE object_inventory_past (
    workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    object_id BLOB NOT NULL,
    fk_id BLOB,
    tag BLOB,
    replaced TEXT NOT NULL
))SQL",
        R"SQL(CREATE INDEX object_inventory_past_by_id ON object_inventory_past (workspace_id, object_id))SQL",
    },
    // 3: a sealed version an inventory entry loses is kept as a past version by the catalog itself, in the
    // statement that replaces the entry (an upsert's DO UPDATE fires UPDATE triggers), and only when the object
    // there is another one or another copy (object_id or tag): a rekey's header rewrite keeps both, and an older
    // header put back is caught by its generation, so a past row for it was never consulted (the rekey's own
    // checkpoints say which feature key each object moved from). Past versions are indexed by path, the order
    // they are read in and a batch adds them in: indexed by their random object_id, which nothing looks them up
    // by, a batch of N objects wrote to N pages of that index.
    {
        R"SQL(DROP INDEX object_inventory_past_by_id)SQL",
        R"SQL(CREATE INDEX object_inventory_past_by_path ON object_inventory_past (workspace_id, path))SQL",
        R"SQL(CREATE TRIGGER object_inventory_keeps_past BEFORE UPDATE ON object_inventory
    WHEN OLD.state = 'sealed' AND OLD.object_id IS NOT NULL
        AND (NEW.state <> 'sealed' OR NEW.object_id <> OLD.object_id OR NEW.tag IS NOT OLD.tag)
    BEGIN
        INSERT INTO object_inventory_past (workspace_id, path, object_id, fk_id, tag, replaced)
        VALUES (OLD.workspace_id, OLD.path, OLD.object_id, OLD.fk_id, OLD.tag, NEW.updated);
    END)SQL",
    },
};

} // namespace

int CatalogSchema::version(const CatalogConnection &connection)
{
    CatalogQuery q(connection, QStringLiteral("PRAGMA user_version"), QStringLiteral("reading the schema version"));
    if (!q.exec() || !q.next())
        return -1;
    return static_cast<int>(q.integer(0));
}

Status CatalogSchema::migrate(CatalogConnection &connection)
{
    Q_ASSERT(Migrations.size() == Catalog::SchemaVersion);
    const int current = version(connection);
    if (current < 0)
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read the catalog's schema version"));
    if (current > Catalog::SchemaVersion)
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("the catalog %1 has schema version %2; this Keyward knows up to %3. "
                                          "Use a newer Keyward.")
                               .arg(connection.path())
                               .arg(current)
                               .arg(Catalog::SchemaVersion));
    for (int target = current + 1; target <= Catalog::SchemaVersion; ++target) {
        const QString what = QStringLiteral("upgrading the catalog to version %1").arg(target);
        auto st = connection.transaction([&]() -> Status {
            for (const char *statement : Migrations.at(target - 1)) {
                CatalogQuery q(connection, QString::fromLatin1(statement), what);
                if (auto done = q.exec(); !done)
                    return done;
            }
            // PRAGMA takes no bound values; the number is ours.
            CatalogQuery stamp(connection, QStringLiteral("PRAGMA user_version = %1").arg(target), what);
            return stamp.exec();
        });
        if (!st)
            return st;
    }
    return {};
}

} // namespace keyward::catalog
