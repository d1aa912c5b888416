// CatalogRecords: the rows the catalog keeps: workspaces, assignments, feature keys, jobs, history, audit.
#pragma once

#include "model/Feature.h"
#include "model/Workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace keyward::catalog {

struct WorkspaceRecord
{
    qint64 id = 0;
    model::Workspace workspace; // name, plan, region, options (keys come from assignments)
    QString storageRoot;        // the object store's location (a folder for the local store)
    QDateTime created;
};

// Workspace + feature -> key. A null version means "follow the newest version" (managed disks only).
struct Assignment
{
    qint64 workspaceId = 0;
    model::Feature feature = model::Feature::ManagedServices;
    QString store;
    QString keyName;
    QString keyVersion; // empty: follow the latest
    bool followLatest() const { return keyVersion.isEmpty(); }
};

enum class FeatureKeyState
{
    Active,
    Retired,
    Destroyed
};
QString featureKeyStateName(FeatureKeyState state);
std::optional<FeatureKeyState> parseFeatureKeyState(const QString &name);

// One FK generation, as envelope-format.md defines the record: never the FK in clear.
struct FeatureKeyRecord
{
    QByteArray fkId; // 16 bytes
    qint64 workspaceId = 0;
    model::Feature feature = model::Feature::ManagedServices;
    int generation = 1;
    QString store;
    QString keyName;
    QString keyVersion;
    QString kekId;   // the KEK's full versioned identifier
    QString wrapAlg; // RSA-OAEP-256 | CKM_AES_KEY_WRAP_PAD
    QByteArray wrappedFk;
    FeatureKeyState state = FeatureKeyState::Active;
    QDateTime created;
    QDateTime updated;
};

enum class JobState
{
    Running,
    Done,
    Failed,
    Cancelled,
    Interrupted
};
QString jobStateName(JobState state);
std::optional<JobState> parseJobState(const QString &name);

struct JobRecord
{
    qint64 id = 0;
    QString kind; // encrypt | verify | rotate | retire | rekey
    qint64 workspaceId = 0;
    JobState state = JobState::Running;
    QJsonObject params;
    QJsonObject result;
    qint64 total = 0;
    qint64 done = 0;
    QDateTime started;
    QDateTime finished;
};

// Per-object progress and findings of a job: the checkpoint a resumed job skips by.
struct JobObject
{
    QString object;  // path relative to the workspace root
    QString state;   // done | skipped | finding
    QString finding; // kind of finding (plaintext, tampered, wrong-fk, retired-fk, key-disabled, ...)
    QString detail;
};

struct HistoryEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString workspace;
    QString feature;
    QString key; // store/key name
    QString oldVersion;
    QString newVersion;
    qint64 objectsTouched = 0;
    QString action; // rotate | retire | rekey | adopt
    QString result; // ok | failed: ...
    QByteArray prevHash;
    QByteArray hash;

    // The bytes the chain hashes (with the previous entry's hash): every field but `hash`.
    QByteArray canonical() const;
};

// How the history compares with its head as kept outside the catalog (see services/KeptHead).
enum class HistoryAnchorState
{
    Unchecked,   // not compared (the chain itself is broken, or only the catalog was asked)
    NotAnchored, // no head is kept outside the catalog, or the keychain does not answer
    Matches,     // the history holds the kept head's entry unchanged
    Truncated,   // the history is shorter than the kept head
    Rewritten,   // the entry at the kept head's seq is another one
};

struct HistoryCheck
{
    bool intact = true;
    qint64 entries = 0;
    qint64 badSeq = -1; // the entry where the chain breaks
    QString problem;    // what is wrong there, for people
    HistoryAnchorState anchor = HistoryAnchorState::Unchecked;
    qint64 anchoredSeq = 0; // the kept head's seq, when one is kept
};

// One object of a workspace as the jobs last left it (the object inventory): what verify checks each object
// against. Plain: brought in by import, or not sealed yet; sealed: a KWE1 object, named by its object_id.
enum class InventoryState
{
    Plain,
    Sealed
};
QString inventoryStateName(InventoryState state);
std::optional<InventoryState> parseInventoryState(const QString &name);

struct InventoryEntry
{
    qint64 workspaceId = 0;
    QString path;    // relative to the workspace's storage root
    QString feature; // the feature whose key seals it (by where it lives); empty: none
    InventoryState state = InventoryState::Plain;
    qint64 size = 0;
    QByteArray objectId; // sealed: the outer header's object_id (16 bytes)
    QByteArray fkId;     // sealed: the outer header's fk_id
    QByteArray tag;      // sealed: the final segment's tag (16 bytes); a header rewrite (rekey) keeps it
    qint64 jobId = 0;    // the job (or 0: an import) that wrote the entry
    QDateTime updated;
};

// A sealed version an object no longer has: replaced by a new one (import, encrypt after an import) or moved
// to another header (rekey). An object found with one of these is an older copy put back.
struct InventoryPast
{
    QString path;
    QByteArray objectId;
    QByteArray fkId;
    QByteArray tag;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString target;
    QString detail;
};

} // namespace keyward::catalog
