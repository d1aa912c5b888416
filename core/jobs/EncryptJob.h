// EncryptJob: seals every plaintext object whose feature has a key, in place and atomically, with the
// feature's active FK (and the platform layer on a double-encrypted DBFS root); sealed objects are skipped.
#pragma once

#include "jobs/Job.h"

namespace keyward::jobs {

class EncryptJob final : public Job
{
    Q_OBJECT
public:
    EncryptJob(JobSettings settings, KeyStoreProvider &stores, const Clock &clock = Clock::system());

protected:
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override;
};

// Shared by the jobs: when a key the workspace needs cannot be used (disabled, deleted, expired, not yet
// valid), the job stops before touching anything and lists what that key leaves unreadable.
bool isRevocation(const Error &error);
void reportBlastRadius(const Error &cause, model::Feature feature, const QList<struct PlannedObject> &objects,
                       JobReport &report);

} // namespace keyward::jobs
