// Job: the one shape of every long operation (encrypt, verify, rotate, retire, rekey): the same object runs
// on the CLI's thread (run()) or on a worker thread for the GUI (start()), reports progress, can be
// cancelled, records itself and its per-object checkpoints in the catalog, and is resumed after a crash.
#pragma once

#include "catalog/Catalog.h"
#include "jobs/KeyStoreProvider.h"
#include "util/Clock.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace keyward::jobs {

struct JobFinding
{
    QString object; // relative path, or empty for a workspace-wide finding
    QString kind;   // plaintext | tampered | corrupt | unknown-fk | wrong-fk | retired-fk | key-disabled | ...
    QString detail; // for people
    qint64 segment = -1;
};

struct JobReport
{
    QString kind;
    qint64 jobId = 0;
    catalog::JobState state = catalog::JobState::Running;
    qint64 total = 0;     // objects in scope
    qint64 processed = 0; // written, verified or rewritten
    qint64 skipped = 0;   // already done (sealed, rekeyed) or out of scope
    qint64 storeCalls = 0;
    qint64 elapsedMs = 0;
    QString message; // one line for people
    QList<JobFinding> findings;
    QJsonObject extra;

    bool ok() const { return state == catalog::JobState::Done; }
    QJsonObject toJson() const;
};

struct JobSettings
{
    QString catalogPath;
    QString workspace;
    int threads = 0; // 0: the global thread pool's size
    int batchSize = 64;
};

class Job : public QObject
{
    Q_OBJECT
public:
    Job(QString kind, JobSettings settings, KeyStoreProvider &stores, const Clock &clock = Clock::system());
    ~Job() override;

    // Runs to the end (or to cancel()) on this thread. The report says what happened, failures included.
    JobReport run();
    // Runs on a worker thread; watch it with a QFutureWatcher. The stores must not be used elsewhere meanwhile.
    QFuture<JobReport> start();
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

signals:
    void progress(qint64 done, qint64 total);

protected:
    // The job's body; `catalog` is this thread's connection, `record` its row in the jobs table.
    virtual Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) = 0;
    void reportProgress(qint64 done, qint64 total);
    KeyStoreProvider &stores() { return m_stores; }
    const Clock &clock() const { return m_clock; }
    const JobSettings &settings() const { return m_settings; }
    qint64 jobId() const { return m_jobId; }
    // Extra parameters recorded with the job (for resume and for reports).
    QJsonObject m_params;

    // Runs `work` over `items` in batches, in parallel within a batch; after each batch `record` is called on
    // this thread (to checkpoint into the catalog). Stops early on cancel().
    template <typename Item, typename Outcome>
    Status forEachBatch(const QList<Item> &items, const std::function<Outcome(const Item &)> &work,
                        const std::function<Status(const QList<Outcome> &)> &record);

    // Writes a batch's checkpoints in one transaction and adds each outcome (any type with path, state,
    // finding, detail and code) to the report: "done" and "ok" count as processed, "skipped" as skipped,
    // anything else as a finding; the first "error" stops the job after the batch. `tally` sees each outcome
    // first for the job's own bookkeeping and returns the detail to checkpoint.
    template <typename Outcome>
    Status recordBatch(catalog::Catalog &catalog, JobReport &report, const QList<Outcome> &outcomes,
                       const std::function<QString(const Outcome &)> &tally = {});

private:
    QString m_kind;
    JobSettings m_settings;
    KeyStoreProvider &m_stores;
    const Clock &m_clock;
    std::atomic<bool> m_cancelled{false};
    qint64 m_jobId = 0;
    // The job's own workers, sized by JobSettings::threads; joined when the job ends.
    QThreadPool m_pool;
};

} // namespace keyward::jobs

#include "jobs/JobBatch.h"
