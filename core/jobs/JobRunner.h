// JobRunner: the one controller through which a window (or the CLI) runs a Job: prepared on the caller's
// thread, run on a worker with QtConcurrent::run and a QPromise, watched through signals or a QFutureWatcher.
#pragma once

#include "jobs/Job.h"
#include "jobs/JobReport.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <memory>
#include <optional>

namespace keyward::jobs {

// The future carries progress (range and value, in the job's units) and the report as its result; cancel() and
// setSuspended() on it (or on a QFutureWatcher of it) stop or pause the job between batches, after the
// objects in flight. Signals come on the runner's thread, in order: started, progress and findings as they
// happen, finished last. Destroying the runner mid-job cancels the job and waits for it to stop.
class JobRunner final : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // Prepares `job` here (its key stores opened and unlocked through its provider, whose prompt runs on this
    // thread) and, when that worked, runs it on `pool` (the global pool when null). When preparing failed, the
    // job does not run and finished() brings a report with the error. `keepAlive` (the job's key-store
    // provider, say) is released only after the job has ended. Conflict while another job runs.
    Status start(std::unique_ptr<Job> job, std::shared_ptr<void> keepAlive = {}, QThreadPool *pool = nullptr);

    bool isRunning() const { return m_busy; }
    QFuture<JobReport> future() const { return m_future; }
    // The job that runs or ran last (null before the first start()).
    const Job *job() const { return m_job.get(); }

    void cancel();
    void setPaused(bool paused);
    // Cancels the job and returns once it has stopped; finished() still comes, from the event loop.
    void cancelAndWait();

signals:
    void started();
    void progress(qint64 done, qint64 total, qint64 bytes);
    void finding(const keyward::jobs::JobFinding &finding);
    void finished(const keyward::jobs::JobReport &report);

private:
    class Observer;
    void onFutureFinished();

    std::unique_ptr<Job> m_job;
    std::shared_ptr<void> m_keepAlive;
    QFuture<JobReport> m_future;
    QFutureWatcher<JobReport> m_watcher;
    bool m_busy = false;
    QMutex m_mutex;                    // guards m_report between the worker and this thread
    std::optional<JobReport> m_report; // left by the worker; empty when the job never began
};

} // namespace keyward::jobs
