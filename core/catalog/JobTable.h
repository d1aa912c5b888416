// JobTable: the `jobs` rows and each job's `job_objects` (per-object checkpoints and findings).
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QList>

namespace keyward::catalog {

class CatalogConnection;

class JobTable
{
public:
    explicit JobTable(const CatalogConnection &connection) : m_connection(connection) {}

    Result<qint64> create(const JobRecord &job);
    Status update(const JobRecord &job);
    Status setResult(qint64 jobId, const QJsonObject &result);
    Result<JobRecord> byId(qint64 id);
    Result<QList<JobRecord>> ofWorkspace(qint64 workspaceId, const QString &kind);
    // Each object's checkpoint (a job's batch), with the statement prepared once.
    Status recordObjects(qint64 jobId, const QList<JobObject> &objects);
    Result<QList<JobObject>> objects(qint64 jobId);

private:
    const CatalogConnection &m_connection;
};

} // namespace keyward::catalog
