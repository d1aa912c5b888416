// EncryptJob: seals every plaintext object whose feature has a key, in place and atomically, with the
// feature's active FK (and the platform layer on a double-encrypted DBFS root); sealed objects are skipped.
#pragma once

#include "jobs/Job.h"

namespace keyward::jobs {

class EncryptJob final : public Job
{
public:
    EncryptJob(JobSettings settings, KeyStoreProvider &stores, const Clock &clock = Clock::system());

protected:
    Result<QStringList> storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace) override;
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override;
};

} // namespace keyward::jobs
