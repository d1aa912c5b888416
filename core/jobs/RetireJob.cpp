// RetireJob: the checks before a KEK version is disabled, across every workspace of the catalog.
#include "jobs/RetireJob.h"

#include "jobs/RetireGates.h"
#include "util/Clock.h"

namespace keyward::jobs {

namespace {

// Progress units: the feature keys and assignments checked, the verifications and hold period checked, the
// version disabled.
constexpr qint64 Steps = 3;

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

Status RetireJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    const QString fid = model::featureId(m_feature);
    auto assignment = catalog.assignment(workspace.id, m_feature);
    if (!assignment)
        return assignment.error();
    if (!assignment->has_value())
        return Error::because(
            ErrorCode::NotFound, Reason::FeatureHasNoKey, {fid, workspace.workspace.name()},
            QStringLiteral("workspace '%1' has no key assigned for %2").arg(workspace.workspace.name(), fid));
    m_store = (*assignment)->store;
    m_keyName = (*assignment)->keyName;
    const QString keyLabel = QStringLiteral("%1/%2").arg(m_store, m_keyName);
    // The history entry of this retirement; the version the feature uses now is the newest one when it follows it.
    const auto retireEntry = [&](const QString &result, const keystore::KeyVersionInfo &newest) {
        catalog::HistoryEntry e;
        e.at = clock().now();
        e.workspace = workspace.workspace.name();
        e.feature = fid;
        e.key = keyLabel;
        e.oldVersion = m_version;
        e.newVersion = (*assignment)->followLatest() ? newest.version : (*assignment)->keyVersion;
        e.objectsTouched = 0;
        e.action = QStringLiteral("retire");
        e.result = result;
        return e;
    };
    report.retire = RetireResult{m_store, m_keyName, m_version, std::nullopt, std::nullopt};
    report.total = 1;
    reportProgress(0, Steps);

    auto store = stores().store(m_store);
    if (!store)
        return store.error();
    auto target = (*store)->keyVersion(m_keyName, m_version);
    if (!target && target.error().code == ErrorCode::NotFound && target.error().reason == Reason::None)
        return Error::because(ErrorCode::NotFound, Reason::KeyVersionNotFound, {m_store, m_keyName, m_version},
                              target.error().detail);
    if (!target)
        return target.error();
    if (!target->enabled) {
        auto owed = entryOwed(catalog, workspace, keyLabel);
        if (!owed)
            return owed.error();
        if (*owed) {
            auto newest = (*store)->keyVersion(m_keyName);
            if (!newest)
                return newest.error();
            const catalog::HistoryEntry e = retireEntry(
                QStringLiteral("ok: version disabled by an earlier run that stopped before recording it"), *newest);
            if (auto appended = catalog.appendHistory(e); !appended)
                return appended.error();
            report.processed = 1;
            report.message = QStringLiteral("version %1 of %2 was disabled by an earlier run that stopped before its "
                                            "history entry; the entry is written now")
                                 .arg(m_version, keyLabel);
            reportProgress(Steps, Steps);
            return {};
        }
        report.skipped = 1;
        report.message = QStringLiteral("version %1 of %2 is disabled already").arg(m_version, keyLabel);
        reportProgress(Steps, Steps);
        return {};
    }
    auto newest = (*store)->keyVersion(m_keyName);
    if (!newest)
        return newest.error();

    auto gates =
        checkRetireGates(catalog, m_store, m_keyName, m_version, newest->version, m_holdSeconds, clock().now());
    if (!gates)
        return gates.error();
    reportProgress(1, Steps);
    QStringList failing;
    for (const RetireBlocker &b : gates->blockers) {
        failing << b.detail;
        addFinding(report, JobFinding{QString(), b.gate, b.detail, -1});
    }
    report.retire->holdEnds = gates->holdEnds;
    report.retire->users = qint64(gates->users.size());
    reportProgress(2, Steps);
    pauseIfRequested();
    if (isCancelled())
        return cancelledError();
    if (!failing.isEmpty())
        return Error::make(ErrorCode::Forbidden, QStringLiteral("version %1 of %2 cannot be retired: %3")
                                                     .arg(m_version, keyLabel, failing.join(QStringLiteral("; "))));
    // The last moment a cancel is heeded: once disabled, the history entry must follow.
    pauseIfRequested();
    if (isCancelled())
        return cancelledError();

    // Noted first: a run stopped between disabling the version and writing its history entry leaves the note, and
    // the next run writes the entry (entryOwed).
    const QJsonObject disabling{
        {QStringLiteral("store"), m_store}, {QStringLiteral("key"), m_keyName}, {QStringLiteral("version"), m_version}};
    if (auto st = catalog.setJobResult(jobId(), QJsonObject{{QStringLiteral("disabling"), disabling}}); !st)
        return st;
    if (auto st = (*store)->setVersionEnabled(m_keyName, m_version, false); !st)
        return st;
    const catalog::HistoryEntry e =
        retireEntry(QStringLiteral("ok: version disabled; %1 workspace features verified since the rotation")
                        .arg(gates->users.size()),
                    *newest);
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
                         .arg(gates->users.size())
                         .arg(utcText(gates->rotation->at));
    return {};
}

Result<bool> RetireJob::entryOwed(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                                  const QString &keyLabel)
{
    auto jobs = catalog.jobs(workspace.id, jobKindName(JobKind::Retire));
    if (!jobs)
        return jobs.error();
    bool noted = false;
    for (const catalog::JobRecord &j : std::as_const(*jobs)) {
        if (j.id == jobId() || j.state == catalog::JobState::Done)
            continue;
        const QJsonObject d = j.result.value(QStringLiteral("disabling")).toObject();
        noted = noted || (d.value(QStringLiteral("store")).toString() == m_store &&
                          d.value(QStringLiteral("key")).toString() == m_keyName &&
                          d.value(QStringLiteral("version")).toString() == m_version);
    }
    if (!noted)
        return false;
    auto history = catalog.history(workspace.workspace.name());
    if (!history)
        return history.error();
    for (const catalog::HistoryEntry &e : std::as_const(*history))
        if (e.action == QLatin1String("retire") && e.key == keyLabel && e.oldVersion == m_version)
            return false;
    return true;
}

} // namespace keyward::jobs
