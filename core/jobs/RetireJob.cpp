// RetireJob: the checks before a KEK version is disabled, across every workspace of the catalog.
#include "jobs/RetireJob.h"

#include <QJsonArray>

#include <set>

namespace keyward::jobs {

namespace {

QString when(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

// Rotations off a version: the one-click rotation, and a managed-disk key adopting a version made elsewhere.
bool movesOff(const catalog::HistoryEntry &e, const QString &key, const QString &version)
{
    return (e.action == QLatin1String("rotate") || e.action == QLatin1String("adopt")) && e.key == key &&
           e.oldVersion == version && e.newVersion != version && e.result.startsWith(QLatin1String("ok"));
}

} // namespace

RetireJob::RetireJob(JobSettings settings, KeyStoreProvider &stores, model::Feature feature, QString version,
                     qint64 holdSeconds, const Clock &clock)
    : Job(QStringLiteral("retire"), std::move(settings), stores, clock), m_feature(feature),
      m_version(std::move(version)), m_holdSeconds(holdSeconds)
{
    m_params.insert(QStringLiteral("feature"), model::featureId(feature));
    m_params.insert(QStringLiteral("version"), m_version);
    m_params.insert(QStringLiteral("hold_seconds"), holdSeconds);
}

Status RetireJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    const QString fid = model::featureId(m_feature);
    auto assignment = catalog.assignment(workspace.id, m_feature);
    if (!assignment)
        return assignment.error();
    if (!assignment->has_value())
        return Error::make(
            ErrorCode::NotFound,
            QStringLiteral("workspace '%1' has no key assigned for %2").arg(workspace.workspace.name(), fid));
    const QString storeName = (*assignment)->store;
    const QString keyName = (*assignment)->keyName;
    const QString keyLabel = QStringLiteral("%1/%2").arg(storeName, keyName);
    report.extra.insert(QStringLiteral("key"), keyLabel);
    report.extra.insert(QStringLiteral("version"), m_version);
    report.total = 1;

    auto store = stores().store(storeName);
    if (!store)
        return store.error();
    auto target = (*store)->keyVersion(keyName, m_version);
    if (!target)
        return target.error();
    if (!target->enabled) {
        report.skipped = 1;
        report.message = QStringLiteral("version %1 of %2 is disabled already").arg(m_version, keyLabel);
        return {};
    }
    auto newest = (*store)->keyVersion(keyName);
    if (!newest)
        return newest.error();

    QStringList failing;
    auto refuse = [&](const QString &kind, const QString &why) {
        failing << why;
        report.findings << JobFinding{QString(), kind, why, -1};
    };
    QHash<qint64, QString> names;
    auto nameOf = [&](qint64 id) -> QString {
        if (!names.contains(id)) {
            auto w = catalog.workspace(id);
            names.insert(id, w ? w->workspace.name() : QStringLiteral("#%1").arg(id));
        }
        return names.value(id);
    };

    // (a) Nothing may still be wrapped under the version, in any workspace and any state short of destroyed: a
    // retired FK still opens the objects a rekey has not reached, and escrow records.
    auto wrapped = catalog.featureKeysWrappedBy(storeName, keyName);
    if (!wrapped)
        return wrapped.error();
    std::set<std::pair<qint64, model::Feature>> users; // every (workspace, feature) that uses the key
    for (const catalog::FeatureKeyRecord &r : *wrapped) {
        if (r.state == catalog::FeatureKeyState::Destroyed)
            continue;
        users.insert({r.workspaceId, r.feature});
        if (r.keyVersion != m_version)
            continue;
        refuse(QStringLiteral("fk-under-version"),
               QStringLiteral("feature key %1… (generation %2, %3) of workspace '%4' (%5) is still wrapped under this "
                              "version")
                   .arg(QString::fromLatin1(r.fkId.toHex().left(8)))
                   .arg(r.generation)
                   .arg(catalog::featureKeyStateName(r.state), nameOf(r.workspaceId), model::featureId(r.feature)));
    }
    // An assignment that names the version would wrap the next feature key under it.
    auto assigned = catalog.assignmentsOfKey(storeName, keyName);
    if (!assigned)
        return assigned.error();
    for (const catalog::Assignment &a : *assigned) {
        users.insert({a.workspaceId, a.feature});
        if (a.keyVersion == m_version)
            refuse(QStringLiteral("assigned-version"), QStringLiteral("workspace '%1' (%2) is assigned this version")
                                                           .arg(nameOf(a.workspaceId), model::featureId(a.feature)));
        else if (a.followLatest() && newest->version == m_version)
            refuse(QStringLiteral("assigned-version"),
                   QStringLiteral("workspace '%1' (%2) follows the newest version, which this is")
                       .arg(nameOf(a.workspaceId), model::featureId(a.feature)));
    }

    // (b) and (c) count from the rotation that moved off the version: per (workspace, feature) its own, else the
    // latest one of the key (a feature key made after it never was under the version).
    auto history = catalog.history();
    if (!history)
        return history.error();
    std::optional<catalog::HistoryEntry> latest;
    QHash<QString, catalog::HistoryEntry> byUser; // "<workspace>\n<feature>" -> its last rotation off the version
    for (const catalog::HistoryEntry &e : *history) {
        if (!movesOff(e, keyLabel, m_version))
            continue;
        if (!latest || e.at >= latest->at)
            latest = e;
        byUser.insert(e.workspace + QLatin1Char('\n') + e.feature, e);
    }
    if (!latest) {
        refuse(QStringLiteral("no-rotation"),
               QStringLiteral("no rotation has moved %1 off this version").arg(keyLabel));
    } else {
        QHash<qint64, QList<catalog::JobRecord>> verifies;
        for (const auto &[wsId, feature] : users) {
            const QString name = nameOf(wsId);
            const catalog::HistoryEntry rotation =
                byUser.value(name + QLatin1Char('\n') + model::featureId(feature), *latest);
            if (!verifies.contains(wsId)) {
                auto jobs = catalog.jobs(wsId, QStringLiteral("verify"));
                if (!jobs)
                    return jobs.error();
                verifies.insert(wsId, *jobs);
            }
            // A verify counts when it started after the rotation (so it unwrapped the feature keys under the new
            // version), checked every object (a sample is not all of them) and found nothing.
            bool clean = false;
            qint64 lastFindings = -1;
            for (const catalog::JobRecord &j : verifies.value(wsId)) {
                if (j.state != catalog::JobState::Done || j.started < rotation.at ||
                    j.params.value(QStringLiteral("sample")).toInteger() > 0)
                    continue;
                lastFindings = j.result.value(QStringLiteral("findings")).toArray().size();
                clean = clean || lastFindings == 0;
            }
            if (clean)
                continue;
            if (lastFindings > 0)
                refuse(QStringLiteral("not-verified"),
                       QStringLiteral("the last verification of workspace '%1' (%2) since the rotation on %3 had %4")
                           .arg(name, model::featureId(feature), when(rotation.at),
                                lastFindings == 1 ? QStringLiteral("1 finding")
                                                  : QStringLiteral("%1 findings").arg(lastFindings)));
            else
                refuse(QStringLiteral("not-verified"),
                       QStringLiteral("no verification of workspace '%1' (%2) since the rotation on %3")
                           .arg(name, model::featureId(feature), when(rotation.at)));
        }
        const QDateTime holdEnds = latest->at.addSecs(m_holdSeconds);
        report.extra.insert(QStringLiteral("hold_ends"), holdEnds.toString(Qt::ISODate));
        if (clock().now() < holdEnds)
            refuse(QStringLiteral("hold-period"), QStringLiteral("the hold period ends on %1").arg(when(holdEnds)));
    }
    report.extra.insert(QStringLiteral("users"), qint64(users.size()));
    if (!failing.isEmpty())
        return Error::make(ErrorCode::Forbidden, QStringLiteral("version %1 of %2 cannot be retired: %3")
                                                     .arg(m_version, keyLabel, failing.join(QStringLiteral("; "))));

    if (auto st = (*store)->setVersionEnabled(keyName, m_version, false); !st)
        return st;
    catalog::HistoryEntry e;
    e.at = clock().now();
    e.workspace = workspace.workspace.name();
    e.feature = fid;
    e.key = keyLabel;
    e.oldVersion = m_version;
    e.newVersion = (*assignment)->followLatest() ? newest->version : (*assignment)->keyVersion;
    e.objectsTouched = 0;
    e.action = QStringLiteral("retire");
    e.result =
        QStringLiteral("ok: version disabled; %1 workspace features verified since the rotation").arg(users.size());
    if (auto appended = catalog.appendHistory(e); !appended)
        return Error::make(
            appended.error().code,
            QStringLiteral("version %1 of %2 was disabled, but the history entry could not be written: %3")
                .arg(m_version, keyLabel, appended.error().detail));
    report.processed = 1;
    report.message = QStringLiteral("version %1 of %2 disabled: no feature key is wrapped under it, %3 workspace "
                                    "features verified since the rotation on %4, hold period over")
                         .arg(m_version, keyLabel)
                         .arg(users.size())
                         .arg(when(latest->at));
    return {};
}

} // namespace keyward::jobs
