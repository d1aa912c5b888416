// JobTable: job records and their checkpoints; a resumed job skips the objects recorded here.
#include "catalog/JobTable.h"

#include "catalog/CatalogQuery.h"
#include "catalog/NativeStatement.h"

namespace keyward::catalog {

namespace {

const QString JobColumns =
    QStringLiteral("id, kind, workspace_id, state, params, result, total, done, started, finished");

JobRecord readJob(const CatalogQuery &q)
{
    JobRecord j;
    j.id = q.integer(0);
    j.kind = q.text(1);
    j.workspaceId = q.integer(2);
    j.state = parseJobState(q.text(3)).value_or(JobState::Failed);
    j.params = q.json(4);
    j.result = q.json(5);
    j.total = q.integer(6);
    j.done = q.integer(7);
    j.started = q.time(8);
    j.finished = q.time(9);
    return j;
}

JobObject readObject(const CatalogQuery &q)
{
    return JobObject{q.text(0), q.text(1), q.text(2), q.text(3)};
}

} // namespace

Result<qint64> JobTable::create(const JobRecord &j)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("INSERT INTO jobs (kind, workspace_id, state, params, total, done, started) "
                                  "VALUES (:kind, :ws, :state, :params, :total, :done, :started)"),
                   QStringLiteral("recording a %1 job").arg(j.kind));
    q.bind(QStringLiteral(":kind"), j.kind)
        .bind(QStringLiteral(":ws"), j.workspaceId)
        .bind(QStringLiteral(":state"), jobStateName(j.state))
        .bind(QStringLiteral(":params"), j.params)
        .bind(QStringLiteral(":total"), j.total)
        .bind(QStringLiteral(":done"), j.done)
        .bind(QStringLiteral(":started"), j.started.isValid() ? j.started : QDateTime::currentDateTimeUtc());
    if (auto st = q.exec(); !st)
        return st.error();
    return q.lastInsertId();
}

Status JobTable::update(const JobRecord &j)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("UPDATE jobs SET state = :state, result = :result, total = :total, done = :done, "
                                  "finished = :finished WHERE id = :id"),
                   QStringLiteral("updating job %1").arg(j.id));
    q.bind(QStringLiteral(":state"), jobStateName(j.state))
        .bind(QStringLiteral(":result"), j.result)
        .bind(QStringLiteral(":total"), j.total)
        .bind(QStringLiteral(":done"), j.done)
        .bind(QStringLiteral(":finished"), j.finished)
        .bind(QStringLiteral(":id"), j.id);
    return q.exec();
}

Status JobTable::setResult(qint64 jobId, const QJsonObject &result)
{
    CatalogQuery q(m_connection, QStringLiteral("UPDATE jobs SET result = :result WHERE id = :id"),
                   QStringLiteral("updating job %1").arg(jobId));
    q.bind(QStringLiteral(":result"), result).bind(QStringLiteral(":id"), jobId);
    if (auto st = q.exec(); !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no job %1").arg(jobId));
    return {};
}

Result<JobRecord> JobTable::byId(qint64 id)
{
    CatalogQuery q(m_connection, QStringLiteral("SELECT %1 FROM jobs WHERE id = :id").arg(JobColumns),
                   QStringLiteral("reading job %1").arg(id));
    q.bind(QStringLiteral(":id"), id);
    return q.one<JobRecord>(readJob, Error::make(ErrorCode::NotFound, QStringLiteral("no job %1").arg(id)));
}

Result<QList<JobRecord>> JobTable::ofWorkspace(qint64 workspaceId, const QString &kind)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT %1 FROM jobs WHERE workspace_id = :ws AND (:kind = '' OR kind = :kind) "
                                  "ORDER BY id")
                       .arg(JobColumns),
                   QStringLiteral("listing jobs"));
    q.bind(QStringLiteral(":ws"), workspaceId).bind(QStringLiteral(":kind"), kind);
    return q.rows<JobRecord>(readJob);
}

Status JobTable::recordObjects(qint64 jobId, const QList<JobObject> &objects)
{
    if (objects.isEmpty())
        return {};
    // A job's checkpoints, one per object of a batch.
    NativeStatement q(m_connection,
                      "INSERT INTO job_objects (job_id, object, state, finding, detail) VALUES (?1, ?2, ?3, ?4, ?5) "
                      "ON CONFLICT (job_id, object) DO UPDATE SET state = excluded.state, "
                      "finding = excluded.finding, detail = excluded.detail",
                      QStringLiteral("recording progress of job %1").arg(jobId));
    for (const JobObject &o : objects) {
        q.bindInteger(1, jobId).bindText(2, o.object).bindText(3, o.state).bindText(4, o.finding).bindText(5, o.detail);
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

Result<QList<JobObject>> JobTable::objects(qint64 jobId)
{
    CatalogQuery q(
        m_connection,
        QStringLiteral("SELECT object, state, finding, detail FROM job_objects WHERE job_id = :job ORDER BY object"),
        QStringLiteral("reading progress of job %1").arg(jobId));
    q.bind(QStringLiteral(":job"), jobId);
    return q.rows<JobObject>(readObject);
}

} // namespace keyward::catalog
