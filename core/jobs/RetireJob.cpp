// RetireJob: the checks before a KEK version is disabled, across every workspace of the catalog.
#include "jobs/RetireJob.h"

#include <QJsonArray>

namespace keyward::jobs {

namespace {

// Progress units: the feature keys and assignments checked, the verifications and hold period checked, the
// version disabled.
constexpr qint64 Steps = 3;

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
    : Job(JobKind::Retire, std::move(settings), stores, clock), m_feature(feature), m_version(std::move(version)),
      m_holdSeconds(holdSeconds)
{
    m_params.insert(QStringLiteral("feature"), model::featureId(feature));
    m_params.insert(QStringLiteral("version"), m_version);
    m_params.insert(QStringLiteral("hold_seconds"), holdSeconds);
}

Result<QStringList> RetireJob::storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace)
{
    auto assignment = catalog.assignment(workspace.id, m_feature);
    if (!assignment)
        return assignment.error();
    if (!assignment->has_value())
        return QStringList(); // the job says so
    return QStringList{(*assignment)->store};
}

QString RetireJob::workspaceName(catalog::Catalog &catalog, qint64 id)
{
    if (!m_names.contains(id)) {
        auto w = catalog.workspace(id);
        m_names.insert(id, w ? w->workspace.name() : QStringLiteral("#%1").arg(id));
    }
    return m_names.value(id);
}

void RetireJob::refuse(JobReport &report, QStringList &failing, FindingKind kind, const QString &why)
{
    failing << why;
    addFinding(report, JobFinding{QString(), kind, why, -1});
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
    m_store = (*assignment)->store;
    m_keyName = (*assignment)->keyName;
    const QString keyLabel = QStringLiteral("%1/%2").arg(m_store, m_keyName);
    report.retire = RetireResult{m_store, m_keyName, m_version, std::nullopt, std::nullopt};
    report.total = 1;
    reportProgress(0, Steps);

    auto store = stores().store(m_store);
    if (!store)
        return store.error();
    auto target = (*store)->keyVersion(m_keyName, m_version);
    if (!target)
        return target.error();
    if (!target->enabled) {
        report.skipped = 1;
        report.message = QStringLiteral("version %1 of %2 is disabled already").arg(m_version, keyLabel);
        reportProgress(Steps, Steps);
        return {};
    }
    auto newest = (*store)->keyVersion(m_keyName);
    if (!newest)
        return newest.error();

    QStringList failing;
    Users users;
    if (auto st = checkNothingUnder(catalog, *newest, report, failing, users); !st)
        return st;
    reportProgress(1, Steps);
    pauseIfRequested();
    if (isCancelled())
        return cancelledError();
    std::optional<catalog::HistoryEntry> latest;
    if (auto st = checkVerifiedAndHeld(catalog, users, report, failing, latest); !st)
        return st;
    report.retire->users = qint64(users.size());
    reportProgress(2, Steps);
    if (!failing.isEmpty())
        return Error::make(ErrorCode::Forbidden, QStringLiteral("version %1 of %2 cannot be retired: %3")
                                                     .arg(m_version, keyLabel, failing.join(QStringLiteral("; "))));
    // The last moment a cancel is heeded: once disabled, the history entry must follow.
    pauseIfRequested();
    if (isCancelled())
        return cancelledError();

    if (auto st = (*store)->setVersionEnabled(m_keyName, m_version, false); !st)
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
    reportProgress(Steps, Steps);
    report.message = QStringLiteral("version %1 of %2 disabled: no feature key is wrapped under it, %3 workspace "
                                    "features verified since the rotation on %4, hold period over")
                         .arg(m_version, keyLabel)
                         .arg(users.size())
                         .arg(when(latest->at));
    return {};
}

// (a) Nothing may still be wrapped under the version, in any workspace and any state short of destroyed: a
// retired FK still opens the objects a rekey has not reached, and escrow records. An assignment that names the
// version would wrap the next feature key under it.
Status RetireJob::checkNothingUnder(catalog::Catalog &catalog, const keystore::KeyVersionInfo &newest,
                                    JobReport &report, QStringList &failing, Users &users)
{
    auto wrapped = catalog.featureKeysWrappedBy(m_store, m_keyName);
    if (!wrapped)
        return wrapped.error();
    for (const catalog::FeatureKeyRecord &r : *wrapped) {
        if (r.state == catalog::FeatureKeyState::Destroyed)
            continue;
        users.insert({r.workspaceId, r.feature});
        if (r.keyVersion != m_version)
            continue;
        refuse(report, failing, FindingKind::FkUnderVersion,
               QStringLiteral("feature key %1… (generation %2, %3) of workspace '%4' (%5) is still wrapped under this "
                              "version")
                   .arg(QString::fromLatin1(r.fkId.toHex().left(8)))
                   .arg(r.generation)
                   .arg(catalog::featureKeyStateName(r.state), workspaceName(catalog, r.workspaceId),
                        model::featureId(r.feature)));
    }
    auto assigned = catalog.assignmentsOfKey(m_store, m_keyName);
    if (!assigned)
        return assigned.error();
    for (const catalog::Assignment &a : *assigned) {
        users.insert({a.workspaceId, a.feature});
        if (a.keyVersion == m_version)
            refuse(report, failing, FindingKind::AssignedVersion,
                   QStringLiteral("workspace '%1' (%2) is assigned this version")
                       .arg(workspaceName(catalog, a.workspaceId), model::featureId(a.feature)));
        else if (a.followLatest() && newest.version == m_version)
            refuse(report, failing, FindingKind::AssignedVersion,
                   QStringLiteral("workspace '%1' (%2) follows the newest version, which this is")
                       .arg(workspaceName(catalog, a.workspaceId), model::featureId(a.feature)));
    }
    return {};
}

// (b) and (c) count from the rotation that moved off the version: per (workspace, feature) its own, else the
// latest one of the key (a feature key made after it never was under the version).
Status RetireJob::checkVerifiedAndHeld(catalog::Catalog &catalog, const Users &users, JobReport &report,
                                       QStringList &failing, std::optional<catalog::HistoryEntry> &latest)
{
    const QString keyLabel = QStringLiteral("%1/%2").arg(m_store, m_keyName);
    auto history = catalog.history();
    if (!history)
        return history.error();
    QHash<QString, catalog::HistoryEntry> byUser; // "<workspace>\n<feature>" -> its last rotation off the version
    for (const catalog::HistoryEntry &e : *history) {
        if (!movesOff(e, keyLabel, m_version))
            continue;
        if (!latest || e.at >= latest->at)
            latest = e;
        byUser.insert(e.workspace + QLatin1Char('\n') + e.feature, e);
    }
    if (!latest) {
        refuse(report, failing, FindingKind::NoRotation,
               QStringLiteral("no rotation has moved %1 off this version").arg(keyLabel));
        return {};
    }
    QHash<qint64, QList<catalog::JobRecord>> verifies;
    for (const auto &[wsId, feature] : users) {
        const QString name = workspaceName(catalog, wsId);
        const catalog::HistoryEntry rotation =
            byUser.value(name + QLatin1Char('\n') + model::featureId(feature), *latest);
        if (!verifies.contains(wsId)) {
            auto jobs = catalog.jobs(wsId, jobKindName(JobKind::Verify));
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
            refuse(report, failing, FindingKind::NotVerified,
                   QStringLiteral("the last verification of workspace '%1' (%2) since the rotation on %3 had %4")
                       .arg(name, model::featureId(feature), when(rotation.at),
                            lastFindings == 1 ? QStringLiteral("1 finding")
                                              : QStringLiteral("%1 findings").arg(lastFindings)));
        else
            refuse(report, failing, FindingKind::NotVerified,
                   QStringLiteral("no verification of workspace '%1' (%2) since the rotation on %3")
                       .arg(name, model::featureId(feature), when(rotation.at)));
    }
    const QDateTime holdEnds = latest->at.addSecs(m_holdSeconds);
    report.retire->holdEnds = holdEnds;
    if (clock().now() < holdEnds)
        refuse(report, failing, FindingKind::HoldPeriod,
               QStringLiteral("the hold period ends on %1").arg(when(holdEnds)));
    return {};
}

} // namespace keyward::jobs
