// JobRunner: QtConcurrent::run with a QPromise around Job::run(), and its events brought to the runner's thread.
#include "jobs/JobRunner.h"

#include "util/PoolThread.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace keyward::jobs {

namespace {

int clampToInt(qint64 v)
{
    return int(qBound(qint64(0), v, qint64(std::numeric_limits<int>::max())));
}

} // namespace

// The job's observer on the worker: progress onto the promise, everything else posted to the runner, whose
// destructor waits for the worker, so the runner outlives every call made here.
class JobRunner::Observer final : public JobObserver
{
public:
    Observer(JobRunner *runner, QPromise<JobReport> &promise) : m_runner(runner), m_promise(promise) {}

    void jobStarted(qint64) override
    {
        QMetaObject::invokeMethod(
            m_runner, [r = m_runner] { emit r->started(); }, Qt::QueuedConnection);
    }
    void jobProgress(qint64 done, qint64 total, qint64 bytes) override
    {
        if (total != m_total) {
            m_total = total;
            m_promise.setProgressRange(0, clampToInt(total));
        }
        m_promise.setProgressValue(clampToInt(done));
        QMetaObject::invokeMethod(
            m_runner, [r = m_runner, done, total, bytes] { emit r->progress(done, total, bytes); },
            Qt::QueuedConnection);
    }
    void jobFinding(const JobFinding &f) override
    {
        QMetaObject::invokeMethod(
            m_runner, [r = m_runner, f] { emit r->finding(f); }, Qt::QueuedConnection);
    }
    bool cancelRequested() const override { return m_promise.isCanceled(); }
    void pauseIfRequested() override { m_promise.suspendIfRequested(); }
    bool pauseRequested() const override { return m_promise.future().isSuspending(); }

private:
    JobRunner *m_runner;
    QPromise<JobReport> &m_promise;
    qint64 m_total = -1;
};

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<JobReport>::finished, this, &JobRunner::onFutureFinished);
}

JobRunner::~JobRunner()
{
    cancelAndWait();
}

Status JobRunner::start(std::unique_ptr<Job> job, std::shared_ptr<void> keepAlive, QThreadPool *pool)
{
    if (m_busy)
        return Error::make(ErrorCode::Conflict, QStringLiteral("a job is running already"));
    if (!job)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no job to run"));
    m_busy = true;
    m_job = std::move(job);
    m_keepAlive = std::move(keepAlive);
    {
        QMutexLocker lock(&m_mutex);
        m_report.reset();
    }
    if (const Status prepared = m_job->prepare(); !prepared) {
        // Nothing to run: the report (with the error) comes through the same future and signal as any other.
        const JobReport report = m_job->run();
        {
            QMutexLocker lock(&m_mutex);
            m_report = report;
        }
        QPromise<JobReport> promise;
        m_future = promise.future();
        promise.start();
        promise.addResult(report);
        promise.finish();
        m_watcher.setFuture(m_future);
        return {};
    }
    Job *raw = m_job.get();
    m_future = QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(), [this, raw](QPromise<JobReport> &p) {
        releaseOpenSslWithThread();
        Observer observer(this, p);
        const JobReport report = raw->run(&observer);
        {
            QMutexLocker lock(&m_mutex);
            m_report = report;
        }
        p.addResult(report); // dropped by a cancelled future: finished() always has the report
    });
    m_watcher.setFuture(m_future);
    return {};
}

void JobRunner::cancel()
{
    m_future.cancel();
}

void JobRunner::setPaused(bool paused)
{
    m_future.setSuspended(paused);
}

void JobRunner::cancelAndWait()
{
    if (m_job)
        m_job->cancel();
    m_future.cancel(); // also wakes a paused job
    m_future.waitForFinished();
}

void JobRunner::onFutureFinished()
{
    std::optional<JobReport> report;
    {
        QMutexLocker lock(&m_mutex);
        report = m_report;
    }
    if (!report) {
        // Cancelled before a worker took it: the job never began.
        report.emplace();
        report->kind = m_job ? m_job->kind() : JobKind::Encrypt;
        report->state = catalog::JobState::Cancelled;
        report->error = Error::make(ErrorCode::Cancelled, QStringLiteral("cancelled before it started"));
        report->message = report->error->detail;
    }
    m_busy = false;
    m_keepAlive.reset();
    emit finished(*report);
}

} // namespace keyward::jobs
