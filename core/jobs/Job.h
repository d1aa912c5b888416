// Job: the one shape of every long operation (encrypt, verify, rotate, retire, rekey). A job is prepared on the
// caller's thread (its key stores opened and unlocked there, prompts included), then run, on that thread
// (run()) or on a worker through a JobRunner; it reports progress and findings as they come, can be cancelled
// or paused between batches, records itself and its per-object checkpoints in the catalog, and is resumed
// after a crash.
#pragma once

#include "catalog/Catalog.h"
#include "jobs/JobObserver.h"
#include "jobs/JobReport.h"
#include "jobs/KeyStoreProvider.h"
#include "jobs/ObjectPlan.h"
#include "jobs/PreparedKeyStores.h"
#include "util/Clock.h"
#include "util/ProcessLock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <QStringList>
#include <QThreadPool>
#include <optional>

#include <atomic>
#include <functional>

namespace keyward::storage {
class ObjectStore;
}

namespace keyward::jobs {

class FeatureKeyService;

// The most objects a job works on at once (--threads): each holds open files and a key schedule, so an unbounded
// count exhausts file descriptors. The CLI refuses more; a job given more uses this many.
constexpr int MaxThreads = 64;

// Open files a job leaves to the rest of the process (the catalog, the key stores, Qt) when it sizes its batches.
constexpr int ReservedOpenFiles = 256;

struct JobSettings
{
    QString catalogPath;
    QString workspace;
    int threads = 0; // 0: one per core (at most MaxThreads); 1..MaxThreads
    // Objects made durable and checkpointed together. A job starts with batchSize and doubles it, up to
    // maxBatchSize, while a batch takes little time: a batch's sync and its catalog commit each flush the disk
    // once, however many objects the batch holds. A batch's objects hold their files open until it commits, so a
    // batch is also bounded by the process's limit on open files (util/OpenFiles.h, less ReservedOpenFiles, over
    // two batches).
    int batchSize = 64;
    int maxBatchSize = 8192;
};

class Job
{
public:
    Job(JobKind kind, JobSettings settings, KeyStoreProvider &stores, const Clock &clock = Clock::system());
    virtual ~Job();
    Job(const Job &) = delete;
    Job &operator=(const Job &) = delete;

    JobKind kind() const { return m_kind; }
    // The name of the workspace the job works on.
    QString workspace() const { return m_settings.workspace; }
    // The job's row in the catalog, once it has one (0 before): set on the job's thread before its observer
    // hears jobStarted(), so a JobRunner's started() handler may read it.
    qint64 jobId() const { return m_jobId; }
    // The lock a job holds on its workspace while it runs, beside the catalog at `catalogPath`: one job at a
    // time per workspace, across processes; the kernel drops it when its holder dies.
    static QString workspaceLockPath(const QString &catalogPath, qint64 workspaceId);
    // Takes the workspace's job lock into `lock` (made on workspaceLockPath()), as every job and import does:
    // Conflict, reason WorkspaceBusy, while another process holds it.
    static Status lockWorkspace(std::optional<ProcessLock> &lock, const QString &catalogPath,
                                const catalog::WorkspaceRecord &workspace);

    // Opens the catalog, finds the workspace and opens every key store the job will use through the provider,
    // on this thread: a store's passphrase or PIN prompt runs here, never on the job's worker. Call it on the
    // thread that may prompt; run() calls it when it was not called. The error is the run's error too.
    Status prepare();
    // Runs to the end, to cancel() or to the observer's cancel, on this thread. The report says what happened,
    // failures included. `observer` (may be null) hears progress and findings as they come.
    JobReport run(JobObserver *observer = nullptr);
    // Stops the job at its next check (after the objects in flight). Async-signal-safe: an atomic store.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const;

protected:
    // The names of the key stores the job will use, for prepare() to open; `catalog` is that thread's
    // connection. Anything else the job asks for during its run is refused.
    virtual Result<QStringList> storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace) = 0;
    // The job's body; `catalog` is this thread's connection, `workspace` the job's workspace.
    virtual Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) = 0;

    // `done` of `total` units; `bytes` of object data so far.
    void reportProgress(qint64 done, qint64 total, qint64 bytes = 0);
    // Adds a finding to the report and passes it on to the observer at once.
    void addFinding(JobReport &report, JobFinding finding);
    // A key the job needs cannot be used: its blast radius goes into the report.
    void reportBlastRadius(JobReport &report, const Error &cause, model::Feature feature,
                           const QList<PlannedObject> &objects);
    // Blocks here while the caller has paused the job.
    void pauseIfRequested();
    // Whether the caller asks for a pause (without blocking).
    bool pauseRequested() const;
    static Error cancelledError();

    // The stores opened by prepare(), and only those.
    KeyStoreProvider &stores() { return m_prepared; }
    const Clock &clock() const { return m_clock; }
    const JobSettings &settings() const { return m_settings; }
    // Threads for the per-object steps of committing a batch while forEachObject's workers go on with the next.
    QThreadPool *committers() { return &m_commitPool; }
    // forEachObject's workers, idle before it starts (WorkspaceObjects::open lists the store on one).
    QThreadPool *workers() { return &m_pool; }
    // Extra parameters recorded with the job (for resume and for reports).
    QJsonObject m_params;

    // The feature keys whose KEK versions are asked about again after every batch of forEachObject (null: none).
    // A version disabled, deleted or expired meanwhile stops the job there: what was done is kept and recorded,
    // the rest is left as it is, and the report carries the cause's finding (key-disabled, ...).
    void watchKeys(FeatureKeyService *keys) { m_watchedKeys = keys; }

    // Runs `work` over `objects` in batches, in parallel within a batch, reporting progress after each batch;
    // after each batch `record` is called on this thread (to checkpoint into the catalog, with recordBatch()).
    // With `commitTo`, the new versions `work` left pending on its outcomes (commitOrDefer()) are put in place
    // first (commitPending(), on the job's commit thread while the batch before is recorded), and `record` gets
    // the outcomes as committed. On cancel, objects not yet begun are left as they are, those in flight finish and
    // are recorded, and the job stops.
    template <typename Outcome>
    Status forEachObject(const QList<PlannedObject> &objects, const std::function<Outcome(const PlannedObject &)> &work,
                         const std::function<Status(const QList<Outcome> &)> &record,
                         storage::ObjectStore *commitTo = nullptr);

    // Writes a batch's checkpoints, and each outcome's object-inventory entry, in one transaction, then adds each
    // outcome (an ObjectOutcome, or a type derived from it) to the report: Done and Ok count as processed, Skipped
    // as skipped, anything else as a finding, passed on to the observer; the first Error stops the job after the
    // batch. `describe` gives the detail to checkpoint (the outcome's own when null). The report is left as it was
    // when the transaction fails.
    template <typename Outcome>
    Status recordBatch(catalog::Catalog &catalog, JobReport &report, const QList<Outcome> &outcomes,
                       const std::function<QString(const Outcome &)> &describe = {});

private:
    // Between batches: the watched KEK versions still usable, or the job stops (see watchKeys()).
    Status recheckKeys();
    Status begin(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report);

    JobKind m_kind;
    JobSettings m_settings;
    KeyStoreProvider &m_provider;
    PreparedKeyStores m_prepared;
    const Clock &m_clock;
    std::atomic<bool> m_cancelled{false};
    bool m_isPrepared = false;
    Status m_preparation;
    JobObserver *m_observer = nullptr; // set for the duration of run()
    qint64 m_jobId = 0;
    FeatureKeyService *m_watchedKeys = nullptr;
    JobReport *m_report = nullptr; // set for the duration of run()
    // The job's own workers, sized by JobSettings::threads, as many threads for the steps of committing a batch
    // while the workers go on with the next, and the one thread that commits batches in turn (forEachObject());
    // joined when the job ends.
    QThreadPool m_pool;
    QThreadPool m_commitPool;
    QThreadPool m_commitDriver;
};

} // namespace keyward::jobs

#include "jobs/JobBatch.h"
