// RetireGates: each gate from the catalog's feature keys, assignments, history and verify jobs.
#include "jobs/RetireGates.h"

#include "jobs/JobReport.h"
#include "util/Clock.h"

#include <QHash>
#include <QJsonArray>

namespace keyward::jobs {

namespace {

// Rotations off a version: the one-click rotation, and a managed-disk key adopting a version made elsewhere.
bool movesOff(const catalog::HistoryEntry &e, const QString &key, const QString &version)
{
    return (e.action == QLatin1String("rotate") || e.action == QLatin1String("adopt")) && e.key == key &&
           e.oldVersion == version && e.newVersion != version && e.result.startsWith(QLatin1String("ok"));
}

class GateCheck
{
public:
    GateCheck(catalog::Catalog &catalog, const QString &store, const QString &keyName, const QString &version)
        : m_catalog(catalog), m_store(store), m_keyName(keyName), m_version(version)
    {
    }

    // (1) and (2): nothing may still be wrapped under the version, in any workspace and any state short of
    // destroyed (a retired FK still opens the objects a rekey has not reached, and escrow records); and no
    // assignment may name it, or it would wrap the next feature key under it.
    Status nothingUnder(const QString &newestVersion, RetireGates &gates)
    {
        auto wrapped = m_catalog.featureKeysWrappedBy(m_store, m_keyName);
        if (!wrapped)
            return wrapped.error();
        for (const catalog::FeatureKeyRecord &r : *wrapped) {
            if (r.state == catalog::FeatureKeyState::Destroyed)
                continue;
            gates.users.insert({r.workspaceId, r.feature});
            if (r.keyVersion != m_version)
                continue;
            block(gates, FindingKind::FkUnderVersion, r.workspaceId, r.feature,
                  QStringLiteral("feature key %1… (generation %2, %3) of workspace '%4' (%5) is still wrapped under "
                                 "this version")
                      .arg(QString::fromLatin1(r.fkId.toHex().left(8)))
                      .arg(r.generation)
                      .arg(catalog::featureKeyStateName(r.state), name(r.workspaceId), model::featureId(r.feature)));
        }
        auto assigned = m_catalog.assignmentsOfKey(m_store, m_keyName);
        if (!assigned)
            return assigned.error();
        for (const catalog::Assignment &a : *assigned) {
            gates.users.insert({a.workspaceId, a.feature});
            if (a.keyVersion == m_version)
                block(gates, FindingKind::AssignedVersion, a.workspaceId, a.feature,
                      QStringLiteral("workspace '%1' (%2) is assigned this version")
                          .arg(name(a.workspaceId), model::featureId(a.feature)));
            else if (a.followLatest() && newestVersion == m_version)
                block(gates, FindingKind::AssignedVersion, a.workspaceId, a.feature,
                      QStringLiteral("workspace '%1' (%2) follows the newest version, which this is")
                          .arg(name(a.workspaceId), model::featureId(a.feature)));
        }
        return {};
    }

    // (3), (4) and (5) count from the rotation that moved off the version: per (workspace, feature) its own, else
    // the latest one of the key (a feature key made after it never was under the version).
    Status verifiedAndHeld(qint64 holdSeconds, const QDateTime &now, RetireGates &gates)
    {
        const QString keyLabel = QStringLiteral("%1/%2").arg(m_store, m_keyName);
        auto history = m_catalog.history();
        if (!history)
            return history.error();
        QHash<QString, catalog::HistoryEntry> byUser; // "<workspace>\n<feature>" -> its last rotation off it
        for (const catalog::HistoryEntry &e : *history) {
            if (!movesOff(e, keyLabel, m_version))
                continue;
            if (!gates.rotation || e.at >= gates.rotation->at)
                gates.rotation = e;
            byUser.insert(e.workspace + QLatin1Char('\n') + e.feature, e);
        }
        if (!gates.rotation) {
            gates.blockers << RetireBlocker{FindingKind::NoRotation, QString(), std::nullopt,
                                            QStringLiteral("no rotation has moved %1 off this version").arg(keyLabel)};
            return {};
        }
        QHash<qint64, QList<catalog::JobRecord>> verifies;
        for (const auto &[wsId, feature] : gates.users) {
            const QString ws = name(wsId);
            const catalog::HistoryEntry rotation =
                byUser.value(ws + QLatin1Char('\n') + model::featureId(feature), *gates.rotation);
            if (!verifies.contains(wsId)) {
                auto jobs = m_catalog.jobs(wsId, jobKindName(JobKind::Verify));
                if (!jobs)
                    return jobs.error();
                verifies.insert(wsId, *jobs);
            }
            // Only the latest full verification counts (a sample is not all of the objects; a run cancelled or
            // cut off looked at part of them): it must have started after the rotation (so it unwrapped the feature
            // keys under the new version), finished, and found nothing. A clean run followed by one with findings
            // is not clean.
            std::optional<catalog::JobRecord> latest;
            for (const catalog::JobRecord &j : verifies.value(wsId)) {
                const bool full = j.params.value(QStringLiteral("sample")).toInteger() <= 0;
                const bool ended = j.state == catalog::JobState::Done || j.state == catalog::JobState::Failed;
                if (full && ended && (!latest || j.started >= latest->started))
                    latest = j;
            }
            if (latest && latest->started >= rotation.at && latest->state == catalog::JobState::Done &&
                latest->result.value(QStringLiteral("findings")).toArray().isEmpty())
                continue;
            if (!latest || latest->started < rotation.at) {
                block(gates, FindingKind::NotVerified, wsId, feature,
                      QStringLiteral("no verification of workspace '%1' (%2) since the rotation on %3")
                          .arg(ws, model::featureId(feature), utcText(rotation.at)));
                continue;
            }
            const qint64 findings = latest->result.value(QStringLiteral("findings")).toArray().size();
            if (latest->state != catalog::JobState::Done)
                block(gates, FindingKind::NotVerified, wsId, feature,
                      QStringLiteral("the last verification of workspace '%1' (%2), on %3, failed")
                          .arg(ws, model::featureId(feature), utcText(latest->started)));
            else
                block(gates, FindingKind::NotVerified, wsId, feature,
                      QStringLiteral("the last verification of workspace '%1' (%2) since the rotation on %3 had %4")
                          .arg(ws, model::featureId(feature), utcText(rotation.at),
                               findings == 1 ? QStringLiteral("1 finding")
                                             : QStringLiteral("%1 findings").arg(findings)));
        }
        gates.holdEnds = gates.rotation->at.addSecs(holdSeconds);
        if (now < *gates.holdEnds)
            gates.blockers << RetireBlocker{FindingKind::HoldPeriod, QString(), std::nullopt,
                                            QStringLiteral("the hold period ends on %1").arg(utcText(*gates.holdEnds))};
        return {};
    }

private:
    QString name(qint64 id)
    {
        if (!m_names.contains(id)) {
            auto w = m_catalog.workspace(id);
            m_names.insert(id, w ? w->workspace.name() : QStringLiteral("#%1").arg(id));
        }
        return m_names.value(id);
    }

    void block(RetireGates &gates, FindingKind gate, qint64 workspaceId, model::Feature feature, const QString &detail)
    {
        gates.blockers << RetireBlocker{gate, name(workspaceId), feature, detail};
    }

    catalog::Catalog &m_catalog;
    QString m_store;
    QString m_keyName;
    QString m_version;
    QHash<qint64, QString> m_names;
};

} // namespace

bool RetireGates::isOpen(FindingKind gate) const
{
    return std::none_of(blockers.cbegin(), blockers.cend(), [gate](const RetireBlocker &b) { return b.gate == gate; });
}

QList<FindingKind> RetireGates::all()
{
    return {FindingKind::FkUnderVersion, FindingKind::AssignedVersion, FindingKind::NoRotation,
            FindingKind::NotVerified, FindingKind::HoldPeriod};
}

Result<RetireGates> checkRetireGates(catalog::Catalog &catalog, const QString &store, const QString &keyName,
                                     const QString &version, const QString &newestVersion, qint64 holdSeconds,
                                     const QDateTime &now)
{
    RetireGates gates;
    GateCheck check(catalog, store, keyName, version);
    if (auto st = check.nothingUnder(newestVersion, gates); !st)
        return st.error();
    if (auto st = check.verifiedAndHeld(holdSeconds, now, gates); !st)
        return st.error();
    return gates;
}

} // namespace keyward::jobs
