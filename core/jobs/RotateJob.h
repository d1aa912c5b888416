// RotateJob: the one-click rotation: per feature, a new KEK version (or the newest one already in the store),
// every FK re-wrapped under it in one catalog transaction with a probe, and a history entry. No object is
// read or written: the key-store calls do not depend on the number of objects.
#pragma once

#include "jobs/Job.h"

namespace keyward::jobs {

class RotateJob final : public Job
{
public:
    // `features` empty: every feature with a key. `useNewest`: adopt the newest existing version instead of
    // making one (what a managed-disk key that follows the latest does at each sync).
    RotateJob(JobSettings settings, KeyStoreProvider &stores, QList<model::Feature> features = {},
              bool useNewest = false, const Clock &clock = Clock::system());

protected:
    Result<QStringList> storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace) override;
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override;

private:
    // The assignments this run rotates.
    Result<QList<catalog::Assignment>> inScope(catalog::Catalog &catalog, qint64 workspaceId) const;
    // One feature: its new version, its FKs re-wrapped, its history entry, added to `rotated`. A feature with no
    // FK yet is a finding instead.
    Status rotateFeature(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                         const catalog::Assignment &a, const QString &pending, QJsonObject &pendingNote,
                         JobReport &report, QList<RotatedFeature> &rotated);

    QList<model::Feature> m_features;
    bool m_useNewest;
};

} // namespace keyward::jobs
