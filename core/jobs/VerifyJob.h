// VerifyJob: checks every object (or a sample): parsed, sealed under the feature's active FK, every segment
// authenticated; keeps a finding per object that is not as it should be. Writes nothing.
#pragma once

#include "jobs/Job.h"

namespace keyward::jobs {

class VerifyJob final : public Job
{
public:
    // `sample` > 0: the quick mode checks that many objects, spread evenly over the workspace.
    VerifyJob(JobSettings settings, KeyStoreProvider &stores, qint64 sample = 0, const Clock &clock = Clock::system());

protected:
    Result<QStringList> storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace) override;
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override;

private:
    qint64 m_sample;
};

} // namespace keyward::jobs
