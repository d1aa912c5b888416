// ObjectOutcome: checkpoint state names and the two ways an object goes wrong.
#include "jobs/ObjectOutcome.h"

#include "storage/ObjectStore.h"
#include "util/PoolThread.h"

namespace keyward::jobs {

QString objectStateName(ObjectState state)
{
    switch (state) {
    case ObjectState::Done:
        return QStringLiteral("done");
    case ObjectState::Ok:
        return QStringLiteral("ok");
    case ObjectState::Skipped:
        return QStringLiteral("skipped");
    case ObjectState::Finding:
        return QStringLiteral("finding");
    case ObjectState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

std::optional<ObjectState> parseObjectState(QStringView name)
{
    for (ObjectState s :
         {ObjectState::Done, ObjectState::Ok, ObjectState::Skipped, ObjectState::Finding, ObjectState::Error})
        if (name == objectStateName(s))
            return s;
    return std::nullopt;
}

void ObjectOutcome::setFinding(FindingKind kind, const QString &why, qint64 atSegment)
{
    state = ObjectState::Finding;
    finding = kind;
    detail = why;
    segment = atSegment;
}

void ObjectOutcome::setError(const Error &error)
{
    state = ObjectState::Error;
    finding.reset();
    detail = error.detail;
    code = error.code;
    reason = error.reason;
    args = error.args;
}

void ObjectOutcome::placed()
{
    pending.reset(); // an uncommitted writer removes its temporary file here
    state = ObjectState::Done;
    if (inventoryWhenPlaced)
        inventory = std::move(inventoryWhenPlaced);
    inventoryWhenPlaced.reset();
}

void commitOrDefer(storage::ObjectStore &store, std::unique_ptr<storage::ObjectWriter> writer, ObjectOutcome &out,
                   std::optional<catalog::InventoryEntry> whenPlaced)
{
    out.state = ObjectState::Done;
    if (store.commitsInBatches()) {
        // Written out here, in parallel with the batch's other objects; made durable and put in place with them.
        if (Status written = writer->flush(); !written) {
            out.setError(written.error());
            return;
        }
        out.pending = std::move(writer);
        out.inventoryWhenPlaced = std::move(whenPlaced);
        return;
    }
    if (Status st = writer->commit(); !st) {
        out.setError(st.error());
        return;
    }
    out.inventoryWhenPlaced = std::move(whenPlaced);
    out.placed();
}

void commitPending(storage::ObjectStore &store, const QList<ObjectOutcome *> &outcomes, QThreadPool *workers)
{
    QList<storage::ObjectWriter *> writers;
    QList<ObjectOutcome *> waiting;
    for (ObjectOutcome *o : outcomes) {
        if (o->pending) {
            writers << o->pending.get();
            waiting << o;
        }
    }
    if (writers.isEmpty())
        return;
    const QList<Status> statuses = store.commitAll(writers, workers);
    Q_ASSERT(statuses.size() == writers.size());
    forEachIndex(workers, waiting.size(), [&](qsizetype k) {
        ObjectOutcome &out = *waiting.at(k);
        const Status &st = statuses.at(k);
        if (st) {
            out.placed();
            return;
        }
        out.pending.reset(); // an uncommitted writer removes its temporary file here
        out.inventoryWhenPlaced.reset();
        out.setError(st.error());
    });
}

} // namespace keyward::jobs
