// FeatureKeyService: the middle of the key hierarchy for one workspace: makes feature keys (FK), wraps
// them under the assigned KEK version, records them in the catalog, and unwraps them for jobs.
#pragma once

#include "catalog/Catalog.h"
#include "envelope/FeatureKeyResolver.h"
#include "jobs/KeyStoreProvider.h"
#include "util/Clock.h"

#include <QHash>

#include <map>
#include <mutex>

namespace keyward::jobs {

class FeatureKeyService final : public envelope::FeatureKeyResolver
{
public:
    FeatureKeyService(catalog::Catalog &catalog, KeyStoreProvider &stores, const catalog::WorkspaceRecord &workspace,
                      const Clock &clock = Clock::system());

    // The KEK a feature uses: the assignment's store, key and version (the newest when it follows the latest).
    // The platform layer uses the platform store's key. NotFound when the feature has no key assigned.
    struct Kek
    {
        QString store;
        QString keyName;
        QString version;
        QString id;
    };
    Result<Kek> kekFor(model::Feature feature);

    // The active FK record for a feature, made (generation 1) when there is none yet.
    Result<catalog::FeatureKeyRecord> ensureActive(model::Feature feature);
    // A new FK generation: the new one becomes active, the old one retired, in one catalog transaction.
    Result<catalog::FeatureKeyRecord> newGeneration(model::Feature feature);
    // Wraps `fk` under `kek`, checks the wrapping opens to the same bytes, and fills the record's KEK fields.
    Status wrapInto(catalog::FeatureKeyRecord &record, const Kek &kek, const crypto::SecureBytes &fk);

    // Loads every FK record of the workspace that is not destroyed (call before going parallel).
    Status loadRecords();
    const std::map<QByteArray, catalog::FeatureKeyRecord> &records() const { return m_records; }

    // FeatureKeyResolver: the FK by fk_id, unwrapped through its KEK once and then kept for this job.
    // Thread-safe; key-store errors (disabled, deleted, expired KEK) come back with their own codes.
    Result<crypto::SecureBytes> featureKey(QByteArrayView fkId) override;

    // Asks the key stores again about every KEK version a feature key unwrapped so far is under (a local vault
    // reads its file again, a token is asked): Ok while each is still usable for unwrapKey at `now`, else the
    // store's error (KeyDisabled, KeyDeleted, KeyExpired, ...). The keys already unwrapped are kept either way.
    Status recheckKeks(const QDateTime &now);

private:
    catalog::Catalog &m_catalog;
    KeyStoreProvider &m_stores;
    catalog::WorkspaceRecord m_workspace;
    const Clock &m_clock;
    std::mutex m_mutex;
    std::map<QByteArray, catalog::FeatureKeyRecord> m_records;
    std::map<QByteArray, crypto::SecureBytes> m_unwrapped;
};

} // namespace keyward::jobs
