// Job: bookkeeping shared by every job: preparation, the catalog row and its audit entries, timing,
// interruption, cancellation and what the observer hears.
#include "jobs/Job.h"

#include "jobs/FeatureKeyService.h"
#include "jobs/Revocation.h"
#include "util/ProcessLock.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace keyward::jobs {

Job::Job(JobKind kind, JobSettings settings, KeyStoreProvider &stores, const Clock &clock)
    : m_kind(kind), m_settings(std::move(settings)), m_provider(stores), m_clock(clock)
{
    const int wanted = m_settings.threads > 0 ? m_settings.threads : QThread::idealThreadCount();
    m_pool.setMaxThreadCount(qBound(1, wanted, MaxThreads));
    m_commitPool.setMaxThreadCount(m_pool.maxThreadCount());
    m_commitDriver.setMaxThreadCount(1);
}

Job::~Job()
{
    m_commitDriver.waitForDone();
    m_pool.waitForDone();
    m_commitPool.waitForDone();
}

bool Job::isCancelled() const
{
    return m_cancelled.load() || (m_observer && m_observer->cancelRequested());
}

Error Job::cancelledError()
{
    return Error::make(ErrorCode::Cancelled, QStringLiteral("cancelled"));
}

void Job::reportProgress(qint64 done, qint64 total, qint64 bytes)
{
    if (m_observer)
        m_observer->jobProgress(done, total, bytes);
}

void Job::addFinding(JobReport &report, JobFinding finding)
{
    report.findings << finding;
    if (m_observer)
        m_observer->jobFinding(report.findings.constLast());
}

void Job::reportBlastRadius(JobReport &report, const Error &cause, model::Feature feature,
                            const QList<PlannedObject> &objects)
{
    const QList<JobFinding> found = blastRadius(cause, feature, objects);
    for (const JobFinding &f : found)
        addFinding(report, f);
    report.blastRadius = BlastRadius{feature, qint64(found.size()) - 1};
}

Status Job::recheckKeys()
{
    if (!m_watchedKeys)
        return {};
    const Status st = m_watchedKeys->recheckKeks(m_clock.now());
    if (st)
        return {};
    const Error &e = st.error();
    if (m_report) {
        if (const auto kind = revocationFindingKind(e.code))
            addFinding(*m_report,
                       JobFinding{QString(), *kind,
                                  QStringLiteral("%1; the job stopped, what it had done is kept").arg(e.detail), -1});
    }
    return e;
}

void Job::pauseIfRequested()
{
    if (m_observer)
        m_observer->pauseIfRequested();
}

bool Job::pauseRequested() const
{
    return m_observer && m_observer->pauseRequested();
}

QString Job::workspaceLockPath(const QString &catalogPath, qint64 workspaceId)
{
    return QStringLiteral("%1/locks/workspace-%2.lock").arg(QFileInfo(catalogPath).absolutePath()).arg(workspaceId);
}

Status Job::lockWorkspace(std::optional<ProcessLock> &lock, const QString &catalogPath,
                          const catalog::WorkspaceRecord &workspace)
{
    // One job at a time per workspace, across processes. The kernel drops the lock when its holder dies,
    // however it dies.
    const QString lockPath = workspaceLockPath(catalogPath, workspace.id);
    if (auto made = makeOwnerOnlyFolder(QFileInfo(lockPath).absolutePath()); !made)
        return made.error();
    lock.emplace(lockPath);
    if (lock->tryLock(2000))
        return {};
    lock.reset();
    return Error::because(ErrorCode::Conflict, Reason::WorkspaceBusy, {workspace.workspace.name()},
                          QStringLiteral("another job is running on workspace '%1'; try again when it has finished")
                              .arg(workspace.workspace.name()));
}

Status Job::prepare()
{
    m_isPrepared = true;
    m_prepared.clear();
    m_prepared.setSecrets(m_provider.secrets());
    m_preparation = [&]() -> Status {
        auto catalog = catalog::Catalog::open(m_settings.catalogPath);
        if (!catalog)
            return catalog.error();
        auto workspace = (*catalog)->workspace(m_settings.workspace);
        if (!workspace)
            return workspace.error();
        auto names = storesNeeded(**catalog, *workspace);
        if (!names)
            return names.error();
        for (const QString &name : std::as_const(*names)) {
            auto store = m_provider.store(name);
            if (!store)
                return store.error();
            m_prepared.add(name, *store);
        }
        return {};
    }();
    return m_preparation;
}

// Marks a run of this kind that died as interrupted, creates this job's row and its start audit entry: all of
// it, or none (then the job does not start).
Status Job::begin(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    const QString kind = jobKindName(m_kind);
    return catalog.transaction([&]() -> Status {
        // A job of this kind that was running when its process died is marked interrupted; this run goes on
        // from where the objects are (every job skips the work already done).
        auto previous = catalog.jobs(workspace.id, kind);
        if (!previous)
            return previous.error();
        for (catalog::JobRecord j : *previous) {
            if (j.state != catalog::JobState::Running)
                continue;
            j.state = catalog::JobState::Interrupted;
            j.finished = m_clock.now();
            if (auto st = catalog.updateJob(j); !st)
                return st;
            report.resumedFrom = j.id;
        }
        catalog::JobRecord record;
        record.kind = kind;
        record.workspaceId = workspace.id;
        record.params = m_params;
        record.started = m_clock.now();
        auto id = catalog.createJob(record);
        if (!id)
            return id.error();
        m_jobId = *id;
        return catalog.audit(QStringLiteral("job.%1.start").arg(kind), workspace.workspace.name(),
                             QStringLiteral("job %1").arg(*id));
    });
}

JobReport Job::run(JobObserver *observer)
{
    m_observer = observer;
    QElapsedTimer timer;
    timer.start();
    JobReport report;
    report.kind = m_kind;
    const qint64 callsBefore = m_provider.calls();
    auto finish = [&](catalog::JobState state) {
        report.state = state;
        report.storeCalls = m_provider.calls() - callsBefore;
        report.elapsedMs = timer.elapsed();
    };
    auto stopped = [&](const Error &e) {
        report.error = e;
        report.message = e.detail;
        finish(e.code == ErrorCode::Cancelled ? catalog::JobState::Cancelled : catalog::JobState::Failed);
        m_observer = nullptr;
        return report;
    };

    const Status prepared = m_isPrepared ? m_preparation : prepare();
    if (!prepared)
        return stopped(prepared.error());
    auto catalog = catalog::Catalog::open(m_settings.catalogPath);
    if (!catalog)
        return stopped(catalog.error());
    auto workspace = (*catalog)->workspace(m_settings.workspace);
    if (!workspace)
        return stopped(workspace.error());

    // One job at a time per workspace, across processes. The kernel drops the lock when its holder dies,
    // however it dies; the job it was running is then marked interrupted by begin().
    std::optional<ProcessLock> lock;
    if (auto locked = lockWorkspace(lock, m_settings.catalogPath, *workspace); !locked)
        return stopped(locked.error());

    if (auto st = begin(**catalog, *workspace, report); !st) {
        report.resumedFrom.reset(); // rolled back with the rest
        m_jobId = 0;
        return stopped(
            Error::make(st.error().code, QStringLiteral("the job could not be recorded: %1").arg(st.error().detail)));
    }
    report.jobId = m_jobId;
    m_report = &report;
    if (m_observer)
        m_observer->jobStarted(m_jobId);

    const Status st = execute(**catalog, *workspace, report);
    m_report = nullptr;
    m_watchedKeys = nullptr; // owned by execute()'s objects, gone now
    catalog::JobState state = catalog::JobState::Done;
    if (!st) {
        state = st.error().code == ErrorCode::Cancelled ? catalog::JobState::Cancelled : catalog::JobState::Failed;
        report.error = st.error();
        report.message = st.error().detail;
    }
    finish(state);
    catalog::JobRecord record;
    record.id = m_jobId;
    record.kind = jobKindName(m_kind);
    record.state = state;
    record.total = report.total;
    record.done = report.processed + report.skipped;
    record.result = report.toJson();
    record.finished = m_clock.now();
    // The final record and its audit entry are one transaction: a job that cannot leave both has not finished
    // as far as anyone can tell, so it fails, saying so (its row stays "running" and the next run of this kind
    // marks it interrupted).
    const Status recorded = (*catalog)->transaction([&]() -> Status {
        if (auto s = (*catalog)->updateJob(record); !s)
            return s;
        return (*catalog)->audit(QStringLiteral("job.%1.%2").arg(record.kind, catalog::jobStateName(state)),
                                 workspace->workspace.name(), report.message);
    });
    if (!recorded)
        return stopped(
            Error::make(recorded.error().code, QStringLiteral("the job's final record and audit entry could not be "
                                                              "written (%1); its outcome was: %2")
                                                   .arg(recorded.error().detail, report.message)));
    m_observer = nullptr;
    return report;
}

} // namespace keyward::jobs
