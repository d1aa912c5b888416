// Job: bookkeeping shared by every job: the catalog row, timing, interruption and cancellation.
#include "jobs/Job.h"

#include "util/ProcessLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace keyward::jobs {

QJsonObject JobReport::toJson() const
{
    QJsonArray f;
    for (const JobFinding &x : findings) {
        QJsonObject o{{QStringLiteral("object"), x.object},
                      {QStringLiteral("kind"), x.kind},
                      {QStringLiteral("detail"), x.detail}};
        if (x.segment >= 0)
            o.insert(QStringLiteral("segment"), x.segment);
        f.append(o);
    }
    QJsonObject o{{QStringLiteral("job"), kind},
                  {QStringLiteral("id"), jobId},
                  {QStringLiteral("state"), catalog::jobStateName(state)},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("processed"), processed},
                  {QStringLiteral("skipped"), skipped},
                  {QStringLiteral("key_store_calls"), storeCalls},
                  {QStringLiteral("elapsed_ms"), elapsedMs},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("findings"), f}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Job::Job(QString kind, JobSettings settings, KeyStoreProvider &stores, const Clock &clock)
    : m_kind(std::move(kind)), m_settings(std::move(settings)), m_stores(stores), m_clock(clock)
{
    m_pool.setMaxThreadCount(m_settings.threads > 0 ? m_settings.threads : QThread::idealThreadCount());
}

Job::~Job()
{
    m_pool.waitForDone();
}

void Job::reportProgress(qint64 done, qint64 total)
{
    emit progress(done, total);
}

JobReport Job::run()
{
    QElapsedTimer timer;
    timer.start();
    JobReport report;
    report.kind = m_kind;
    const qint64 callsBefore = m_stores.calls();
    auto finish = [&](catalog::JobState state, const QString &message) {
        report.state = state;
        if (!message.isEmpty())
            report.message = message;
        report.storeCalls = m_stores.calls() - callsBefore;
        report.elapsedMs = timer.elapsed();
        return report;
    };

    auto catalog = catalog::Catalog::open(m_settings.catalogPath);
    if (!catalog)
        return finish(catalog::JobState::Failed, catalog.error().detail);
    auto workspace = (*catalog)->workspace(m_settings.workspace);
    if (!workspace)
        return finish(catalog::JobState::Failed, workspace.error().detail);

    // One job at a time per workspace, across processes. The kernel drops the lock when its holder dies,
    // however it dies; the job it was running is then marked interrupted below.
    const QString lockDir = QFileInfo(m_settings.catalogPath).absolutePath() + QStringLiteral("/locks");
    QDir().mkpath(lockDir);
    ProcessLock lock(QStringLiteral("%1/workspace-%2.lock").arg(lockDir).arg(workspace->id));
    if (!lock.tryLock(2000)) {
        report.extra.insert(QStringLiteral("error"), errorCodeName(ErrorCode::Unavailable));
        return finish(catalog::JobState::Failed,
                      QStringLiteral("another job is running on workspace '%1'; try again when it has finished")
                          .arg(workspace->workspace.name()));
    }

    // A job of this kind that was running when its process died is marked interrupted; this run goes on
    // from where the objects are (every job skips the work already done).
    auto previous = (*catalog)->jobs(workspace->id, m_kind);
    if (previous) {
        for (catalog::JobRecord j : *previous) {
            if (j.state == catalog::JobState::Running) {
                j.state = catalog::JobState::Interrupted;
                j.finished = m_clock.now();
                (void)(*catalog)->updateJob(j);
                report.extra.insert(QStringLiteral("resumed_from"), j.id);
            }
        }
    }

    catalog::JobRecord record;
    record.kind = m_kind;
    record.workspaceId = workspace->id;
    record.params = m_params;
    record.started = m_clock.now();
    auto id = (*catalog)->createJob(record);
    if (!id)
        return finish(catalog::JobState::Failed, id.error().detail);
    m_jobId = record.id = *id;
    report.jobId = *id;
    (void)(*catalog)->audit(QStringLiteral("job.%1.start").arg(m_kind), workspace->workspace.name(),
                            QStringLiteral("job %1").arg(*id));

    Status st = execute(**catalog, *workspace, report);
    catalog::JobState state = catalog::JobState::Done;
    if (!st) {
        state = st.error().code == ErrorCode::Cancelled ? catalog::JobState::Cancelled : catalog::JobState::Failed;
        report.message = st.error().detail;
        report.extra.insert(QStringLiteral("error"), errorCodeName(st.error().code));
    }
    finish(state, QString());
    record.state = state;
    record.total = report.total;
    record.done = report.processed + report.skipped;
    record.result = report.toJson();
    record.finished = m_clock.now();
    (void)(*catalog)->updateJob(record);
    (void)(*catalog)->audit(QStringLiteral("job.%1.%2").arg(m_kind, catalog::jobStateName(state)),
                            workspace->workspace.name(), report.message);
    return report;
}

QFuture<JobReport> Job::start()
{
    return QtConcurrent::run([this] { return run(); });
}

} // namespace keyward::jobs
