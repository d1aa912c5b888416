// JobHistoryService: the jobs a workspace has run, newest first, as the front ends list them: which of them a
// dead process left behind (and can be resumed), their findings, and where a finding's object and segment lie.
#pragma once

#include "jobs/JobFinding.h"
#include "jobs/JobReport.h"
#include "model/ObjectLayout.h"
#include "services/Context.h"

#include <optional>

namespace keyward::services {

// The kind of a job row ("encrypt", ...); nullopt for a kind this build does not know.
std::optional<jobs::JobKind> jobKindOf(const catalog::JobRecord &job);

// Whether `job` was left behind by a process that died while it ran and can be carried on by starting a job
// of its kind on its workspace again (every job skips the work its checkpoints say is done): its row still
// says running while no process runs a job on the workspace (`workspaceBusy` false), or it was marked
// interrupted; and no later job of its kind has begun since. `workspaceJobs` are every job of its workspace.
bool isResumable(const catalog::JobRecord &job, const QList<catalog::JobRecord> &workspaceJobs, bool workspaceBusy);

// A job as the front ends list it.
struct JobListing
{
    catalog::JobRecord record; // for a job still running or interrupted, `done` counts its checkpoints
    bool resumable = false;
    qint64 findings = 0; // from its report once it ended, from its checkpoints before
};

// Where a finding points: the object (what data it is, under which feature), the file when the workspace's
// store is a local folder, and the segment the finding names with where it lies in the stored object.
struct FindingPlace
{
    QString object;                                // relative path; empty for a workspace-wide finding
    std::optional<model::ObjectClass> objectClass; // nullopt when the path lies in no data type's folder
    QString storeLocation;                         // the workspace's storage root
    QString localPath;                             // the object's file; empty when the store is not local
    qint64 segment = -1;                           // the finding's segment (0-based), or -1
    // Read from the object's KWE1 header when the finding names a segment and the object can be read.
    std::optional<qint64> segmentSize;  // plaintext bytes per segment
    std::optional<qint64> segmentCount; // segments in the object
    std::optional<qint64> storedOffset; // where the segment (ciphertext and tag) begins in the stored object
    std::optional<qint64> storedLength;
};

class JobHistoryService
{
public:
    explicit JobHistoryService(Context &context) : m_context(context) {}
    // Every job of the workspace, newest first, as the catalog has it.
    Result<QList<catalog::JobRecord>> jobs(const QString &workspace);
    // The same, each with whether it can be resumed and its count of findings.
    Result<QList<JobListing>> listing(const QString &workspace);
    // Whether a job runs on the workspace now, in this process or any other.
    Result<bool> isBusy(const QString &workspace);
    // A job's findings: from its report once it ended; from its checkpoints while it runs or after its process
    // died (those name no segment). NotFound for no such job.
    Result<QList<jobs::JobFinding>> findings(qint64 jobId);
    // Where `finding` of a job on `workspace` points. Reads at most the object's header, and only when the
    // finding names a segment; an object that cannot be read leaves the segment's position unknown.
    Result<FindingPlace> place(const QString &workspace, const jobs::JobFinding &finding);

private:
    Context &m_context;
};

} // namespace keyward::services
