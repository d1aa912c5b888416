// RetireJob: disables an old version of the key assigned to a feature, once nothing can still need it: no
// feature key in any workspace wrapped under it, every user of the key verified since the rotation off it,
// and a hold period passed. Otherwise it refuses and names every condition that is not met.
#pragma once

#include "jobs/Job.h"

namespace keyward::jobs {

class RetireJob final : public Job
{
public:
    static constexpr qint64 DefaultHoldSeconds = 24 * 3600;
    // The longest hold period the CLI (--hold-hours) and the console's retire dialog take: 90 days.
    static constexpr qint64 MaxHoldSeconds = 90 * 24 * 3600;

    RetireJob(JobSettings settings, KeyStoreProvider &stores, model::Feature feature, QString version,
              qint64 holdSeconds = DefaultHoldSeconds, const Clock &clock = Clock::system());

protected:
    Result<QStringList> storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace) override;
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override;

private:
    // Whether an earlier run disabled the version and was stopped (killed, or the catalog failed) before its history
    // entry was written: its job noted the version before disabling it, and the history has no retire entry for it.
    Result<bool> entryOwed(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                           const QString &keyLabel);

    model::Feature m_feature;
    QString m_version;
    qint64 m_holdSeconds;
    QString m_store;
    QString m_keyName;
};

} // namespace keyward::jobs
