// FeatureKeyService: FK creation, wrapping and unwrapping over the catalog and the key stores.
#include "jobs/FeatureKeyService.h"

#include "crypto/Random.h"

#include <QSet>

namespace keyward::jobs {

FeatureKeyService::FeatureKeyService(catalog::Catalog &catalog, KeyStoreProvider &stores,
                                     const catalog::WorkspaceRecord &workspace, const Clock &clock)
    : m_catalog(catalog), m_stores(stores), m_workspace(workspace), m_clock(clock)
{
}

Result<FeatureKeyService::Kek> FeatureKeyService::kekFor(model::Feature feature)
{
    Kek kek;
    if (feature == model::Feature::Platform) {
        kek.store = KeyStoreProvider::platformStoreName();
        kek.keyName = KeyStoreProvider::platformKeyName();
    } else {
        auto assignment = m_catalog.assignment(m_workspace.id, feature);
        if (!assignment)
            return assignment.error();
        if (!assignment->has_value())
            return Error::because(ErrorCode::NotFound, Reason::FeatureHasNoKey,
                                  {model::featureId(feature), m_workspace.workspace.name()},
                                  QStringLiteral("workspace '%1' has no key assigned for %2")
                                      .arg(m_workspace.workspace.name(), model::featureId(feature)));
        kek.store = (*assignment)->store;
        kek.keyName = (*assignment)->keyName;
        kek.version = (*assignment)->keyVersion;
    }
    auto store = m_stores.store(kek.store);
    if (!store)
        return store.error();
    auto version = (*store)->keyVersion(kek.keyName, kek.version);
    if (!version)
        return version.error();
    kek.version = version->version;
    kek.id = version->id;
    return kek;
}

Status FeatureKeyService::wrapInto(catalog::FeatureKeyRecord &record, const Kek &kek, const crypto::SecureBytes &fk)
{
    auto store = m_stores.store(kek.store);
    if (!store)
        return store.error();
    auto wrapped = (*store)->wrapKey(kek.keyName, kek.version, fk);
    if (!wrapped)
        return wrapped.error();
    // Probe: the new wrapping must open to the same key before anything relies on it.
    auto probe = (*store)->unwrapKey(kek.keyName, kek.version, wrapped->wrapped);
    if (!probe)
        return probe.error();
    if (!(*probe == fk))
        return Error::make(
            ErrorCode::Key,
            QStringLiteral("the feature key wrapped under %1 does not unwrap to itself").arg(wrapped->keyId));
    record.store = kek.store;
    record.keyName = kek.keyName;
    record.keyVersion = kek.version;
    record.kekId = wrapped->keyId;
    record.wrapAlg = keystore::wrapAlgorithmName(wrapped->algorithm);
    record.wrappedFk = wrapped->wrapped;
    return {};
}

Result<catalog::FeatureKeyRecord> FeatureKeyService::ensureActive(model::Feature feature)
{
    auto active = m_catalog.featureKeys(m_workspace.id, feature, catalog::FeatureKeyState::Active);
    if (!active)
        return active.error();
    if (!active->isEmpty())
        return active->first();
    auto all = m_catalog.featureKeys(m_workspace.id, feature);
    if (!all)
        return all.error();
    if (!all->isEmpty())
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("%1 of workspace '%2' has feature keys but none is active (a rekey did not "
                                          "finish); run rekey again")
                               .arg(model::featureId(feature), m_workspace.workspace.name()));
    return newGeneration(feature);
}

Result<catalog::FeatureKeyRecord> FeatureKeyService::newGeneration(model::Feature feature)
{
    auto kek = kekFor(feature);
    if (!kek)
        return kek.error();
    auto fk = crypto::SystemRandom::instance().secretBytes(32);
    auto fkId = crypto::SystemRandom::instance().publicBytes(16);
    if (!fk || !fkId)
        return Error::make(ErrorCode::Crypto, QStringLiteral("the random number generator failed"));
    catalog::FeatureKeyRecord record;
    record.fkId = *fkId;
    record.workspaceId = m_workspace.id;
    record.feature = feature;
    record.state = catalog::FeatureKeyState::Active;
    record.created = record.updated = m_clock.now();
    if (auto st = wrapInto(record, *kek, *fk); !st)
        return st.error();
    auto st = m_catalog.transaction([&]() -> Status {
        auto previous = m_catalog.featureKeys(m_workspace.id, feature);
        if (!previous)
            return previous.error();
        record.generation = previous->isEmpty() ? 1 : previous->first().generation + 1;
        for (catalog::FeatureKeyRecord old : *previous) {
            if (old.state != catalog::FeatureKeyState::Active)
                continue;
            old.state = catalog::FeatureKeyState::Retired;
            if (auto s = m_catalog.updateFeatureKey(old); !s)
                return s;
        }
        return m_catalog.insertFeatureKey(record);
    });
    if (!st)
        return st.error();
    std::lock_guard lock(m_mutex);
    m_records[record.fkId] = record;
    m_unwrapped[record.fkId] = std::move(fk).value();
    return record;
}

Status FeatureKeyService::loadRecords()
{
    auto all = m_catalog.featureKeys(m_workspace.id);
    if (!all)
        return all.error();
    std::lock_guard lock(m_mutex);
    m_records.clear();
    for (const catalog::FeatureKeyRecord &r : *all)
        if (r.state != catalog::FeatureKeyState::Destroyed)
            m_records[r.fkId] = r;
    return {};
}

Result<crypto::SecureBytes> FeatureKeyService::featureKey(QByteArrayView fkIdView)
{
    const QByteArray fkId = fkIdView.toByteArray();
    std::lock_guard lock(m_mutex);
    if (const auto hit = m_unwrapped.find(fkId); hit != m_unwrapped.end())
        return hit->second.clone();
    const auto it = m_records.find(fkId);
    if (it == m_records.end())
        return Error::make(ErrorCode::Key, QStringLiteral("feature key %1 is not one of workspace '%2'")
                                               .arg(QString::fromLatin1(fkId.toHex()), m_workspace.workspace.name()));
    const catalog::FeatureKeyRecord &r = it->second;
    // Key stores are not shared between threads: calls go one at a time under the lock.
    auto store = m_stores.store(r.store);
    if (!store)
        return store.error();
    auto fk = (*store)->unwrapKey(r.keyName, r.keyVersion, r.wrappedFk);
    if (!fk) {
        Error e = fk.error();
        e.detail = QStringLiteral("feature key %1 (%2) cannot be unwrapped: %3")
                       .arg(QString::fromLatin1(fkId.toHex()), model::featureId(r.feature), e.detail);
        return e;
    }
    m_unwrapped[fkId] = fk->clone();
    return fk;
}

Status FeatureKeyService::recheckKeks(const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    QSet<QString> asked;
    for (const auto &[fkId, fk] : m_unwrapped) {
        Q_UNUSED(fk);
        const auto it = m_records.find(fkId);
        if (it == m_records.end())
            continue;
        const catalog::FeatureKeyRecord &r = it->second;
        const QString kek = r.store + QLatin1Char('\n') + r.keyName + QLatin1Char('\n') + r.keyVersion;
        if (asked.contains(kek))
            continue;
        asked.insert(kek);
        auto store = m_stores.store(r.store);
        if (!store)
            return store.error();
        auto version = (*store)->keyVersion(r.keyName, r.keyVersion);
        if (!version)
            return version.error();
        if (auto st = version->usableFor(QStringLiteral("unwrapKey"), now); !st)
            return st;
    }
    return {};
}

} // namespace keyward::jobs
