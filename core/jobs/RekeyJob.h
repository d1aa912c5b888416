// RekeyJob: a new feature-key (FK) generation for one feature, and every object of that feature moved onto it
// by rewriting only its header's fk_id and wrapped object key; no segment is re-encrypted.
#pragma once

#include "jobs/Job.h"

namespace keyward::jobs {

class RekeyJob final : public Job
{
    Q_OBJECT
public:
    // `feature` may be Platform: the infrastructure layer of a double-encrypted DBFS root gets a new FK.
    RekeyJob(JobSettings settings, KeyStoreProvider &stores, model::Feature feature,
             const Clock &clock = Clock::system());

protected:
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override;

private:
    model::Feature m_feature;
};

} // namespace keyward::jobs
