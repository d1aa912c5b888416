// JobBatch: the batch runner behind Job::forEachObject and Job::recordBatch (templates, so in a header).
#pragma once

#include "jobs/ObjectOutcome.h"

#include "util/OpenFiles.h"
#include "util/PoolThread.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <optional>

namespace keyward::jobs {

template <typename Outcome>
Status Job::forEachObject(const QList<PlannedObject> &objects,
                          const std::function<Outcome(const PlannedObject &)> &work,
                          const std::function<Status(const QList<Outcome> &)> &record, storage::ObjectStore *commitTo)
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
    // A batch goes through three steps: the workers handle its objects; its new versions are put in place
    // (commitPending(), on the job's commit thread, as soon as the workers are done with it); its outcomes, as
    // committed, are recorded (`record`, on this thread). The steps of consecutive batches overlap: while one batch
    // is recorded, the next is worked on and then committed, so the workers wait neither for the disk nor for the
    // catalog, and the disk's sync never waits for the catalog's rows (nor holds its write lock). Batches are
    // committed in order, one at a time; none is once a batch before it has an object that stops the job (an
    // Error), or once the job has returned: its new versions are not put in place and their temporary files go.
    // A batch is recorded only once it is committed, so no checkpoint is ever durable before the version it
    // records; one committed while the batch before it could not be recorded (the catalog failed) is in place
    // without its checkpoints, as a kill would leave it, for a re-run. The next batch begins only when the one before
    // it has been worked on, and not at all once a cancel, a pause, a store out of reach or a full disk has stopped
    // that one; the checks of the watched keys come after each batch's record and stop the job once the batch in flight
    // is committed and recorded too. So a cancel, or a key withdrawn, that comes while a batch is recorded stops the
    // job after the next one: never with work done and not recorded.
    struct Committed
    {
        QList<Outcome> outcomes; // without the objects a stop left alone
        qint64 bytes = 0;
        bool stopped = false; // some of the batch's objects were left alone
    };
    using Results = QFuture<std::optional<Outcome>>;
    struct Batch
    {
        QElapsedTimer took;
        Results results;
        QFuture<Committed> committed;
    };
    std::atomic<bool> stopCommitting{false};
    auto commit = [this, commitTo, &stopCommitting](Results results, QList<PlannedObject> slice) {
        releaseOpenSslWithThread();
        results.waitForFinished();
        Committed c;
        const QList<std::optional<Outcome>> all = results.results();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!all.at(i))
                continue;
            c.outcomes << *all.at(i);
            c.bytes += slice.at(i).size;
        }
        c.stopped = c.outcomes.size() < slice.size();
        if (!commitTo)
            return c;
        if (stopCommitting.load()) {
            c.outcomes.clear(); // not recorded either; the new versions' temporary files go here
            c.stopped = true;
            return c;
        }
        commitPending(*commitTo, c.outcomes, committers());
        for (const Outcome &o : std::as_const(c.outcomes)) {
            if (o.state == ObjectState::Error) {
                stopCommitting.store(true);
                break;
            }
        }
        return c;
    };
    qsizetype start = 0;
    auto launch = [&](Batch &b) {
        // Towards the end the batches taper (each half of what is left, down to TaperFloor objects): the last
        // batch's commit and record, which nothing overlaps, are then short.
        constexpr qsizetype TaperFloor = 256;
        const qsizetype left = objects.size() - start;
        qsizetype size = batch;
        if (left < 2 * batch)
            size = qMin(batch, qMax(qMin(left, TaperFloor), (left + 1) / 2));
        QList<PlannedObject> slice = objects.mid(start, size);
        start += slice.size();
        b.took.start();
        b.results = QtConcurrent::mapped(&m_pool, slice, guarded);
        b.committed = QtConcurrent::run(&m_commitDriver, commit, b.results, std::move(slice));
    };
    auto recordOutcomes = [&](const Committed &c) -> Status {
        if (c.outcomes.isEmpty())
            return {};
        if (auto st = record(c.outcomes); !st)
            return st;
        done += c.outcomes.size();
        bytes += c.bytes;
        reportProgress(done, total, bytes);
        return {};
    };
    if (objects.isEmpty())
        return {};
    pauseIfRequested();
    if (isCancelled())
        return cancelledError();
    Batch current;
    Batch next;
    // However the job ends, nothing it launched runs on: a batch not recorded is not committed either.
    const auto drain = qScopeGuard([&] {
        stopCommitting.store(true);
        for (Batch *b : {&current, &next}) {
            b->results.waitForFinished();
            b->committed.waitForFinished();
        }
    });
    launch(current);
    for (;;) {
        current.results.waitForFinished();
        // A batch under a tenth of a second is mostly its sync and commit: the next one is larger. One over half
        // a second makes progress, a pause or a cancel wait: the next one is smaller.
        const qint64 ms = current.took.elapsed();
        if (ms < 100)
            batch = qMin(largestBatch, batch * 2);
        else if (ms > 500)
            batch = qMax(firstBatch, batch / 2);
        const bool more = start < objects.size();
        const bool overlap = more && !isCancelled() && !unreachable.load() && !diskFull.load() && !pauseRequested();
        next = Batch();
        if (overlap)
            launch(next);
        const Committed committed = current.committed.result();
        if (auto st = recordOutcomes(committed); !st)
            return st; // the batch in flight is not committed (drain)
        if (committed.stopped)
            return unreachable.load() ? Status(Error::make(ErrorCode::Unavailable, QStringLiteral("a store does "
                                                                                                  "not answer")))
                                      : cancelledError();
        if (!more)
            break;
        if (auto keys = recheckKeys(); !keys) {
            Error e = keys.error();
            if (overlap) {
                if (auto st = recordOutcomes(next.committed.result()); !st)
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
        std::swap(current, next);
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

} // namespace keyward::jobs
