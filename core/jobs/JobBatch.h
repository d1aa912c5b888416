// JobBatch: the batch runner behind Job::forEachObject and Job::recordBatch (templates, so in a header).
#pragma once

#include "jobs/ObjectOutcome.h"

#include "util/OpenFiles.h"
#include "util/PoolThread.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <optional>

namespace keyward::jobs {

template <typename Outcome>
Status Job::forEachObject(const QList<PlannedObject> &objects,
                          const std::function<Outcome(const PlannedObject &)> &work,
                          const std::function<Status(const QList<Outcome> &)> &record)
{
    const qsizetype firstBatch = qMax(1, m_settings.batchSize);
    // Each object of a batch holds a file open until the batch commits, and two batches are in flight: together at
    // most what the process may open, less what the rest of it holds (the catalog, the stores, Qt).
    const qsizetype fileBound = qsizetype((openFileLimit() - ReservedOpenFiles) / 2);
    const qsizetype largestBatch = qMax(firstBatch, qMin(qsizetype(m_settings.maxBatchSize), fileBound));
    qsizetype batch = firstBatch;
    const qint64 total = objects.size();
    qint64 done = 0;
    qint64 bytes = 0;
    reportProgress(0, total, 0);
    // An object not begun when a cancel comes is left for the next run; one in flight finishes and is recorded.
    // So is one not begun once another found a store unreachable or its disk full: it would only wait out the same
    // retries or fail the same way, and the batch's record stops the job with that error.
    std::atomic<bool> unreachable{false};
    std::atomic<bool> diskFull{false};
    const std::function<std::optional<Outcome>(const PlannedObject &)> guarded =
        [&](const PlannedObject &o) -> std::optional<Outcome> {
        releaseOpenSslWithThread();
        if (isCancelled() || unreachable.load() || diskFull.load())
            return std::nullopt;
        Outcome out = work(o);
        if (out.state == ObjectState::Error && out.code == ErrorCode::Unavailable)
            unreachable.store(true);
        if (out.state == ObjectState::Error && out.reason == Reason::DiskFull)
            diskFull.store(true);
        return out;
    };
    // One batch is worked on while the one before it is recorded (made durable and checkpointed on this thread),
    // so the workers do not wait for the catalog. The next batch begins only when the one before it has finished,
    // and not at all once a cancel, a pause, a store out of reach or a full disk has stopped that one; the checks
    // of the watched keys come after each batch's record, as before, and stop the job once the batch in flight is
    // recorded too. So a cancel, or a key withdrawn, that comes while a batch is recorded stops the job after the
    // next one: at most one batch later than without the overlap, and never with work done and not recorded.
    using Results = QFuture<std::optional<Outcome>>;
    struct Batch
    {
        QList<PlannedObject> slice;
        QElapsedTimer took;
        Results results;
    };
    qsizetype start = 0;
    auto launch = [&](Batch &b) {
        b.slice = objects.mid(start, batch);
        start += b.slice.size();
        b.took.start();
        b.results = QtConcurrent::mapped(&m_pool, b.slice, guarded);
    };
    // Waits for a batch; its outcomes (without the objects a stop left alone) and their bytes.
    auto collect = [&](Batch &b, qint64 &batchBytes) {
        b.results.waitForFinished();
        const QList<std::optional<Outcome>> results = b.results.results();
        QList<Outcome> outcomes;
        batchBytes = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results.at(i))
                continue;
            outcomes << *results.at(i);
            batchBytes += b.slice.at(i).size;
        }
        return outcomes;
    };
    auto recordOutcomes = [&](const QList<Outcome> &outcomes, qint64 batchBytes) -> Status {
        if (outcomes.isEmpty())
            return {};
        if (auto st = record(outcomes); !st)
            return st;
        done += outcomes.size();
        bytes += batchBytes;
        reportProgress(done, total, bytes);
        return {};
    };
    if (objects.isEmpty())
        return {};
    pauseIfRequested();
    if (isCancelled())
        return cancelledError();
    Batch current;
    launch(current);
    for (;;) {
        qint64 batchBytes = 0;
        const QList<Outcome> outcomes = collect(current, batchBytes);
        // A batch under a tenth of a second is mostly its sync and commit: the next one is larger. One over half
        // a second makes progress, a pause or a cancel wait: the next one is smaller.
        const qint64 ms = current.took.elapsed();
        if (ms < 100)
            batch = qMin(largestBatch, batch * 2);
        else if (ms > 500)
            batch = qMax(firstBatch, batch / 2);
        const bool stopped = outcomes.size() < current.slice.size();
        const bool more = start < objects.size();
        const bool overlap = !stopped && more && !isCancelled() && !pauseRequested();
        Batch next;
        if (overlap)
            launch(next);
        if (auto st = recordOutcomes(outcomes, batchBytes); !st) {
            // The batch in flight is not recorded: its new versions are not put in place (their temporary files
            // go), and a store that changes objects in place has them as a kill would leave them, for a re-run.
            next.results.waitForFinished();
            return st;
        }
        if (stopped)
            return unreachable.load() ? Status(Error::make(ErrorCode::Unavailable, QStringLiteral("a store does "
                                                                                                  "not answer")))
                                      : cancelledError();
        if (!more)
            break;
        if (auto keys = recheckKeys(); !keys) {
            Error e = keys.error();
            if (overlap) {
                const QList<Outcome> last = collect(next, batchBytes);
                if (auto st = recordOutcomes(last, batchBytes); !st)
                    e.detail = QStringLiteral("%1; recording the last objects failed too: %2")
                                   .arg(e.detail, st.error().detail);
            }
            e.detail = QStringLiteral("%1; the job stopped after %2 objects, the rest are as they were")
                           .arg(e.detail)
                           .arg(done);
            return e;
        }
        // A pause holds the job here, between batches. One asked for while a batch is in flight (an observer that
        // says so without blocking) takes effect once that batch is recorded too, at the next pass; an observer
        // that only blocks holds the job here, and the batch in flight finishes meanwhile and is recorded on
        // resume. No batch begins while paused.
        if (!overlap || !pauseRequested())
            pauseIfRequested();
        if (!overlap) {
            if (isCancelled())
                return cancelledError();
            launch(next);
        }
        current = std::move(next);
    }
    return {};
}

template <typename Outcome>
Status Job::recordBatch(catalog::Catalog &catalog, JobReport &report, const QList<Outcome> &outcomes,
                        const std::function<QString(const Outcome &)> &describe)
{
    QList<catalog::JobObject> checkpoints;
    QList<catalog::InventoryEntry> entries;
    checkpoints.reserve(outcomes.size());
    const QDateTime now = m_clock.now();
    for (const Outcome &o : outcomes) {
        checkpoints << catalog::JobObject{o.path, objectStateName(o.state),
                                          o.finding ? findingKindName(*o.finding) : QString(),
                                          describe ? describe(o) : o.detail};
        if (o.inventory) {
            catalog::InventoryEntry entry = *o.inventory;
            entry.jobId = m_jobId;
            entry.updated = now;
            entries << std::move(entry);
        }
    }
    auto st = catalog.transaction([&]() -> Status {
        if (auto s = catalog.recordObjects(m_jobId, checkpoints); !s)
            return s;
        return catalog.putInventory(entries);
    });
    if (!st)
        return st;
    std::optional<Error> stop;
    const qsizetype firstNew = report.findings.size();
    for (const Outcome &o : outcomes) {
        switch (o.state) {
        case ObjectState::Done:
        case ObjectState::Ok:
            ++report.processed;
            break;
        case ObjectState::Skipped:
            ++report.skipped;
            break;
        case ObjectState::Finding:
        case ObjectState::Error:
            report.findings << JobFinding{o.path, o.finding.value_or(FindingKind::Error), o.detail, o.segment};
            if (o.state == ObjectState::Error && !stop)
                stop = Error::because(o.code, o.reason, o.args, QStringLiteral("%1: %2").arg(o.path, o.detail));
            break;
        }
    }
    if (m_observer)
        for (qsizetype i = firstNew; i < report.findings.size(); ++i)
            m_observer->jobFinding(report.findings.at(i));
    // An object that could not be handled (store gone, disk full, key lost) stops the job after its batch:
    // what was done is recorded, the rest is as it was, and a re-run carries on.
    return stop ? Status(*stop) : Status();
}

template <typename Outcome>
Status Job::commitAndRecord(catalog::Catalog &catalog, storage::ObjectStore &store, JobReport &report,
                            QList<Outcome> &outcomes, const std::function<QString(const Outcome &)> &describe)
{
    // Durable and in place first; the catalog's write lock is taken only then, so that another program writing to
    // the catalog (a key disabled, an audit entry) waits for the rows alone, never for the disk.
    commitPending(store, outcomes, committers());
    return recordBatch(catalog, report, std::as_const(outcomes), describe);
}

} // namespace keyward::jobs
