// ObjectOutcome: what an object job did with one object, as checkpointed in the catalog after its batch.
#pragma once

#include "catalog/CatalogRecords.h"
#include "jobs/JobFinding.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QThreadPool;

namespace keyward::storage {
class ObjectStore;
class ObjectWriter;
} // namespace keyward::storage

namespace keyward::jobs {

// The names (objectStateName) are the catalog's checkpoint states: never change one.
enum class ObjectState
{
    Done,    // "done": written (sealed, rekeyed)
    Ok,      // "ok": looked at and as it should be (verify)
    Skipped, // "skipped": nothing to do (already sealed or rekeyed, out of scope)
    Finding, // "finding": not as it should be; the job goes on
    Error,   // "error": could not be handled (store gone, disk full, key lost); the job stops after the batch
};

QString objectStateName(ObjectState state);
std::optional<ObjectState> parseObjectState(QStringView name);

struct ObjectOutcome
{
    QString path;
    ObjectState state = ObjectState::Error;
    std::optional<FindingKind> finding;
    QString detail;
    qint64 segment = -1;
    ErrorCode code = ErrorCode::Io; // for Error: what stopped the job
    // The object's new object-inventory entry, written with the batch's checkpoints (job and time filled in
    // there); none when the inventory stays as it is.
    std::optional<catalog::InventoryEntry> inventory;
    // For Error: the rule or condition behind it (disk-full, object-store-gone, ...), with its arguments.
    Reason reason = Reason::None;
    QStringList args = {};

    // A new version written and not yet in place, for commitPending(), and the inventory entry the outcome takes
    // once it is (what was written: its header, final tag and size), only then, so that a version that never
    // reached its place is never recorded. Null once committed.
    std::shared_ptr<storage::ObjectWriter> pending = {};
    std::optional<catalog::InventoryEntry> inventoryWhenPlaced = {};

    // The outcome as it is once its pending version is in place: Done, with the inventory entry of what was
    // written (commitOrDefer(), commitPending()).
    void placed();

    // This object is not as it should be.
    void setFinding(FindingKind kind, const QString &why, qint64 atSegment = -1);
    // This object could not be handled.
    void setError(const Error &error);
};

// Puts `writer`, the new version of `out`'s object, in place; `out` is then Done with `whenPlaced` as its
// inventory entry, or an Error. Where `store` commits in batches, both are left on `out` (Done) for commitPending().
// A job that seals records the entry of what it wrote; one that only rewrites a header passes none.
void commitOrDefer(storage::ObjectStore &store, std::unique_ptr<storage::ObjectWriter> writer, ObjectOutcome &out,
                   std::optional<catalog::InventoryEntry> whenPlaced);
// Commits the writers left on `outcomes` together (ObjectStore::commitAll), the steps of each object on `workers`
// (the job's threads; null: this thread); each outcome is then placed(), or an Error where its commit failed, as it
// would have been in commitOrDefer().
void commitPending(storage::ObjectStore &store, const QList<ObjectOutcome *> &outcomes, QThreadPool *workers);
template <typename Outcome>
void commitPending(storage::ObjectStore &store, QList<Outcome> &outcomes, QThreadPool *workers)
{
    QList<ObjectOutcome *> all;
    all.reserve(outcomes.size());
    for (Outcome &o : outcomes)
        all << &o;
    commitPending(store, std::as_const(all), workers);
}

} // namespace keyward::jobs
