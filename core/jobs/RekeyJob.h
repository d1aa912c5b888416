// RekeyJob: a new feature-key (FK) generation for one feature, and every object of that feature moved onto it
// by rewriting only its header's fk_id and wrapped object key; no segment is re-encrypted.
#pragma once

#include "jobs/FeatureKeyService.h"
#include "jobs/Job.h"

#include <map>

namespace keyward::jobs {

class RekeyJob final : public Job
{
public:
    // `feature` may be Platform: the infrastructure layer of a double-encrypted DBFS root gets a new FK.
    RekeyJob(JobSettings settings, KeyStoreProvider &stores, model::Feature feature,
             const Clock &clock = Clock::system());

protected:
    Result<QStringList> storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace) override;
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override;

private:
    // Headers moved off, and objects left under, each old fk_id; platform layers sealed again.
    struct Tally
    {
        std::map<QByteArray, qint64> moved;
        std::map<QByteArray, qint64> left;
        qint64 resealed = 0;
    };

    // Whether the job unwraps FKs of `feature` (its own, and the platform's around a DBFS root).
    bool unwrapsWith(model::Feature feature) const;
    // The FK an unfinished rekey towards it made (with the runs that made progress towards it), or a new one.
    Status chooseTarget(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, FeatureKeyService &keys,
                        QByteArray &target, QList<qint64> &earlierRuns, JobReport &report);
    // The summary, the history entry and the message, once every object was looked at.
    Status finish(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                  const std::map<QByteArray, catalog::FeatureKeyRecord> &records,
                  const catalog::FeatureKeyRecord &target, const QList<qint64> &earlierRuns, Tally tally,
                  JobReport &report);

    model::Feature m_feature;
};

} // namespace keyward::jobs
