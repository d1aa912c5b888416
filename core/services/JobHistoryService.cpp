// JobHistoryService: reads of the jobs table, the lock that says whether a job runs, and findings' places.
#include "services/JobHistoryService.h"

#include "jobs/Job.h"
#include "jobs/ObjectPlan.h"
#include "storage/ObjectStoreFactory.h"
#include "util/ProcessLock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace keyward::services {

namespace {

constexpr jobs::JobKind AllKinds[] = {jobs::JobKind::Encrypt, jobs::JobKind::Verify, jobs::JobKind::Rotate,
                                      jobs::JobKind::Retire, jobs::JobKind::Rekey};

QList<jobs::JobFinding> findingsOfReport(const QJsonArray &array)
{
    QList<jobs::JobFinding> list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        jobs::JobFinding f;
        f.object = o.value(QStringLiteral("object")).toString();
        f.kind = jobs::parseFindingKind(o.value(QStringLiteral("kind")).toString()).value_or(jobs::FindingKind::Error);
        f.detail = o.value(QStringLiteral("detail")).toString();
        f.segment = o.value(QStringLiteral("segment")).toInteger(-1);
        list << f;
    }
    return list;
}

bool hasReportFindings(const catalog::JobRecord &job)
{
    return job.result.value(QStringLiteral("findings")).isArray();
}

QList<jobs::JobFinding> findingsOfCheckpoints(const QList<catalog::JobObject> &objects)
{
    QList<jobs::JobFinding> list;
    for (const catalog::JobObject &o : objects) {
        if (o.state != QLatin1String("finding") && o.state != QLatin1String("error"))
            continue;
        list << jobs::JobFinding{o.object, jobs::parseFindingKind(o.finding).value_or(jobs::FindingKind::Error),
                                 o.detail, -1};
    }
    return list;
}

} // namespace

std::optional<jobs::JobKind> jobKindOf(const catalog::JobRecord &job)
{
    for (jobs::JobKind k : AllKinds)
        if (jobs::jobKindName(k) == job.kind)
            return k;
    return std::nullopt;
}

bool isResumable(const catalog::JobRecord &job, const QList<catalog::JobRecord> &workspaceJobs, bool workspaceBusy)
{
    const bool died =
        job.state == catalog::JobState::Interrupted || (job.state == catalog::JobState::Running && !workspaceBusy);
    if (!died || !jobKindOf(job))
        return false;
    // A later job of the kind has carried on from it already (and marked it interrupted when it began).
    return std::none_of(workspaceJobs.begin(), workspaceJobs.end(), [&](const catalog::JobRecord &other) {
        return other.kind == job.kind && other.workspaceId == job.workspaceId && other.id > job.id;
    });
}

Result<QList<catalog::JobRecord>> JobHistoryService::jobs(const QString &workspace)
{
    auto record = m_context.workspace(workspace);
    if (!record)
        return record.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto all = (*catalog)->jobs(record->id);
    if (!all)
        return all.error();
    QList<catalog::JobRecord> list = *all;
    std::sort(list.begin(), list.end(),
              [](const catalog::JobRecord &a, const catalog::JobRecord &b) { return a.id > b.id; });
    return list;
}

Result<QList<JobListing>> JobHistoryService::listing(const QString &workspace)
{
    auto all = jobs(workspace);
    if (!all)
        return all.error();
    auto busy = isBusy(workspace);
    if (!busy)
        return busy.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    QList<JobListing> list;
    for (const catalog::JobRecord &job : std::as_const(*all)) {
        JobListing l{job, isResumable(job, *all, *busy), 0};
        if (hasReportFindings(job)) {
            l.findings = job.result.value(QStringLiteral("findings")).toArray().size();
        } else if (job.state == catalog::JobState::Running || job.state == catalog::JobState::Interrupted) {
            auto objects = (*catalog)->jobObjects(job.id);
            if (!objects)
                return objects.error();
            l.findings = findingsOfCheckpoints(*objects).size();
            // Its row has its counts only once it ends: how far it got is what its checkpoints say.
            l.record.done = qMax(l.record.done, qint64(objects->size()));
        }
        list << l;
    }
    return list;
}

Result<bool> JobHistoryService::isBusy(const QString &workspace)
{
    auto record = m_context.workspace(workspace);
    if (!record)
        return record.error();
    const QString path = jobs::Job::workspaceLockPath(m_context.catalogPath(), record->id);
    // No lock file: no job has ever run here (ProcessLock would create it, and fail where its folder is missing).
    if (!QFileInfo::exists(path))
        return false;
    // Taken for an instant and let go: a job starting meanwhile waits for it (Job::run tries for two seconds).
    ProcessLock probe(path);
    return !probe.tryLock(0);
}

Result<QList<jobs::JobFinding>> JobHistoryService::findings(qint64 jobId)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto job = (*catalog)->job(jobId);
    if (!job)
        return job.error();
    if (hasReportFindings(*job))
        return findingsOfReport(job->result.value(QStringLiteral("findings")).toArray());
    auto objects = (*catalog)->jobObjects(jobId);
    if (!objects)
        return objects.error();
    return findingsOfCheckpoints(*objects);
}

Result<FindingPlace> JobHistoryService::place(const QString &workspace, const jobs::JobFinding &finding)
{
    auto record = m_context.workspace(workspace);
    if (!record)
        return record.error();
    FindingPlace place;
    place.object = finding.object;
    place.segment = finding.segment;
    place.storeLocation = record->storageRoot;
    if (finding.object.isEmpty())
        return place;
    if (auto c = model::classifyObject(finding.object))
        place.objectClass = *c;
    if (const auto folder = storage::localFolder(record->storageRoot);
        folder && storage::checkObjectPath(finding.object))
        place.localPath = QDir::cleanPath(QDir(*folder).filePath(finding.object));
    if (finding.segment < 0)
        return place;
    // The segment's place needs the object's segment size: from its header, if it still has one.
    auto store = storage::openObjectStore(record->storageRoot);
    if (!store)
        return place;
    auto info = (*store)->stat(finding.object);
    auto in = (*store)->openRead(finding.object);
    if (!info || !in)
        return place;
    auto header = jobs::sniffHeader(**in);
    if (!header || !header->has_value())
        return place;
    const qint64 size = (*header)->segmentSize();
    const qint64 body = info->size - envelope::Kwe1Header::Size;
    auto count = envelope::Kwe1Header::segmentCountForBody(body, (*header)->segmentLog2);
    place.segmentSize = size;
    if (count)
        place.segmentCount = *count;
    const qint64 offset = envelope::Kwe1Header::Size + finding.segment * (size + envelope::Kwe1Header::TagSize);
    if (offset < info->size) {
        place.storedOffset = offset;
        place.storedLength = qMin(size + envelope::Kwe1Header::TagSize, info->size - offset);
    }
    return place;
}

} // namespace keyward::services
