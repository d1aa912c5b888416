// JobObserver: how a running job tells its caller what happens and asks whether to go on. JobRunner answers
// for windows (through a QPromise and signals); tests answer with scripted observers.
#pragma once

#include "jobs/JobFinding.h"

namespace keyward::jobs {

// Called on the job's thread (findings and progress after each batch's checkpoint; cancelRequested() also
// from the job's worker threads), so an implementation hands what it needs to its own thread itself.
class JobObserver
{
public:
    virtual ~JobObserver() = default;
    // The job has its row in the catalog and begins its work.
    virtual void jobStarted(qint64 jobId) { Q_UNUSED(jobId); }
    // `done` of `total` units (objects; features for rotate; checks for retire), `bytes` of object data.
    virtual void jobProgress(qint64 done, qint64 total, qint64 bytes)
    {
        Q_UNUSED(done);
        Q_UNUSED(total);
        Q_UNUSED(bytes);
    }
    virtual void jobFinding(const JobFinding &finding) { Q_UNUSED(finding); }
    // True stops the job at its next check: after the objects in flight, before any further change.
    virtual bool cancelRequested() const { return false; }
    // Blocks while the caller has paused the job (at a point between batches).
    virtual void pauseIfRequested() {}
    // Whether the caller asks for a pause, without blocking: a job starts no further work then.
    virtual bool pauseRequested() const { return false; }
};

} // namespace keyward::jobs
