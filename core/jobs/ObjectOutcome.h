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

    // A new version written and not yet in place, for commitPending(); then what to do once it is (read its
    // inventory entry back, say). Null once committed.
    std::shared_ptr<storage::ObjectWriter> pending = {};
    std::function<Status(ObjectOutcome &)> afterCommit = {};

    // This object is not as it should be.
    void setFinding(FindingKind kind, const QString &why, qint64 atSegment = -1);
    // This object could not be handled.
    void setError(const Error &error);
};

// Puts `writer`, the new version of `out`'s object, in place and runs `then` on `out`, which is Done unless one
// of them failed (then an Error); or, where `store` commits in batches, leaves both on `out` (Done) for
// commitPending(). `then` must not use the worker thread's own state: it may run on another of the job's threads.
void commitOrDefer(storage::ObjectStore &store, std::unique_ptr<storage::ObjectWriter> writer, ObjectOutcome &out,
                   std::function<Status(ObjectOutcome &)> then);
// Commits the writers left on `outcomes` together (ObjectStore::commitAll) and runs each one's afterCommit, the
// steps of each object on `workers` (the job's threads; null: this thread); an outcome whose commit or afterCommit
// fails becomes an Error, as it would have in commitOrDefer().
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
