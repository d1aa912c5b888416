// RotateJob: KEK rotation by re-wrapping feature keys only.
#include "jobs/RotateJob.h"

#include "jobs/FeatureKeyService.h"
#include "jobs/Revocation.h"
#include "jobs/WorkspaceObjects.h"

#include <QJsonArray>

#include <utility>
#include <vector>

namespace keyward::jobs {

RotateJob::RotateJob(JobSettings settings, KeyStoreProvider &stores, QList<model::Feature> features, bool useNewest,
                     const Clock &clock)
    : Job(JobKind::Rotate, std::move(settings), stores, clock), m_features(std::move(features)), m_useNewest(useNewest)
{
    QJsonArray f;
    for (model::Feature x : m_features)
        f.append(model::featureId(x));
    m_params.insert(QStringLiteral("features"), f);
    m_params.insert(QStringLiteral("use_newest"), useNewest);
}

Result<QList<catalog::Assignment>> RotateJob::inScope(catalog::Catalog &catalog, qint64 workspaceId) const
{
    auto assignments = catalog.assignments(workspaceId);
    if (!assignments)
        return assignments.error();
    QList<catalog::Assignment> scope;
    for (const catalog::Assignment &a : *assignments)
        if (m_features.isEmpty() || m_features.contains(a.feature))
            scope << a;
    return scope;
}

Result<QStringList> RotateJob::storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace)
{
    // Per feature: the assigned key's store (the new version) and those its FKs are wrapped under now.
    auto scope = inScope(catalog, workspace.id);
    if (!scope)
        return scope.error();
    QStringList names;
    QList<model::Feature> features;
    for (const catalog::Assignment &a : *scope) {
        features << a.feature;
        if (!names.contains(a.store))
            names << a.store;
    }
    if (features.isEmpty())
        return names;
    auto wrapping = WorkspaceObjects::featureKeyStores(catalog, workspace.id, features);
    if (!wrapping)
        return wrapping.error();
    for (const QString &name : std::as_const(*wrapping))
        if (!names.contains(name))
            names << name;
    return names;
}

Status RotateJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    auto scope = inScope(catalog, workspace.id);
    if (!scope)
        return scope.error();
    // A rotation that made a version and died before re-wrapping left it in its job record: use that one
    // rather than make another.
    QHash<QString, QString> pending;
    auto previous = catalog.jobs(workspace.id, jobKindName(JobKind::Rotate));
    if (!previous)
        return previous.error();
    // Oldest first: a rotation that finished since a version was noted has re-wrapped into it (the resume) or past
    // it, so its note no longer counts for the features that rotation covered.
    for (const catalog::JobRecord &j : *previous) {
        if (j.state == catalog::JobState::Done) {
            const QJsonArray covered = j.params.value(QStringLiteral("features")).toArray();
            if (covered.isEmpty())
                pending.clear();
            for (const QJsonValue &f : covered)
                pending.remove(f.toString());
            continue;
        }
        if (j.state != catalog::JobState::Interrupted)
            continue;
        const QJsonObject p = j.result.value(QStringLiteral("pending")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            pending.insert(it.key(), it.value().toString());
    }

    QList<RotatedFeature> rotated;
    QJsonObject pendingNote; // this run's new versions not yet re-wrapped into, by feature
    qint64 done = 0;
    reportProgress(0, scope->size());
    for (const catalog::Assignment &a : std::as_const(*scope)) {
        pauseIfRequested();
        if (isCancelled())
            return cancelledError();
        if (auto st = rotateFeature(catalog, workspace, a, pending.value(model::featureId(a.feature)), pendingNote,
                                    report, rotated);
            !st)
            return st;
        reportProgress(++done, scope->size());
    }
    report.total = report.processed;
    report.rotate = RotateResult{rotated};
    report.message = QStringLiteral("%1 features rotated, %2 feature keys re-wrapped, no object touched")
                         .arg(rotated.size())
                         .arg(report.processed);
    return {};
}

Status RotateJob::rotateFeature(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                                const catalog::Assignment &a, const QString &pending, QJsonObject &pendingNote,
                                JobReport &report, QList<RotatedFeature> &rotated)
{
    const QString fid = model::featureId(a.feature);
    auto store = stores().store(a.store);
    if (!store)
        return store.error();
    auto fks = catalog.featureKeys(workspace.id, a.feature);
    if (!fks)
        return fks.error();
    QList<catalog::FeatureKeyRecord> live;
    for (const catalog::FeatureKeyRecord &r : *fks)
        if (r.state != catalog::FeatureKeyState::Destroyed)
            live << r;
    if (live.isEmpty()) {
        addFinding(report, JobFinding{QString(), FindingKind::NoFeatureKey,
                                      QStringLiteral("%1 has no feature key yet: run encrypt first").arg(fid), -1});
        return {};
    }
    const QString oldVersion = live.first().keyVersion;

    // Every feature key must open under the version it is under before a new version is made: a rotation that
    // cannot re-wrap (its current version disabled, deleted, expired) fails here and leaves no version behind.
    std::vector<std::pair<catalog::FeatureKeyRecord, crypto::SecureBytes>> opened;
    for (const catalog::FeatureKeyRecord &r : live) {
        auto from = stores().store(r.store);
        if (!from)
            return from.error();
        auto fk = (*from)->unwrapKey(r.keyName, r.keyVersion, r.wrappedFk);
        if (!fk) {
            if (auto kind = revocationFindingKind(fk.error().code))
                addFinding(report, JobFinding{QString(), *kind, fk.error().detail, -1});
            return fk.error();
        }
        opened.emplace_back(r, std::move(fk).value());
    }

    // The new version: one made by an interrupted rotation, the newest existing one, or a new one.
    QString newVersion = pending;
    if (newVersion.isEmpty()) {
        if (m_useNewest) {
            auto newest = (*store)->keyVersion(a.keyName);
            if (!newest)
                return newest.error();
            newVersion = newest->version;
        } else {
            auto made = (*store)->rotateKey(a.keyName);
            if (!made)
                return made.error();
            newVersion = made->version;
            // Noted before any re-wrap, so a crash from here on resumes with this version. Without the note a
            // re-run would make yet another version: stop instead.
            pendingNote.insert(fid, newVersion);
            if (auto st = catalog.setJobResult(jobId(), QJsonObject{{QStringLiteral("pending"), pendingNote}}); !st)
                return Error::make(st.error().code,
                                   QStringLiteral("version %1 of %2/%3 was made, but could not be noted for a resume: "
                                                  "%4")
                                       .arg(newVersion, a.store, a.keyName, st.error().detail));
        }
    }
    auto kekInfo = (*store)->keyVersion(a.keyName, newVersion);
    if (!kekInfo)
        return kekInfo.error();
    FeatureKeyService::Kek kek{a.store, a.keyName, newVersion, kekInfo->id};

    // Wrap each FK (opened above) under the new version, probe, then commit all.
    QList<catalog::FeatureKeyRecord> updated;
    FeatureKeyService service(catalog, stores(), workspace, clock());
    for (auto &[record, fk] : opened) {
        catalog::FeatureKeyRecord r = record;
        if (r.keyVersion == newVersion && r.store == a.store && r.keyName == a.keyName)
            continue;
        if (auto st = service.wrapInto(r, kek, fk); !st)
            return st;
        updated << r;
    }
    auto st = catalog.transaction([&]() -> Status {
        for (const catalog::FeatureKeyRecord &r : std::as_const(updated))
            if (auto s = catalog.updateFeatureKey(r); !s)
                return s;
        if (!a.followLatest()) {
            catalog::Assignment pinned = a;
            pinned.keyVersion = newVersion;
            if (auto s = catalog.setAssignment(pinned); !s)
                return s;
        }
        catalog::HistoryEntry e;
        e.at = clock().now();
        e.workspace = workspace.workspace.name();
        e.feature = fid;
        e.key = QStringLiteral("%1/%2").arg(a.store, a.keyName);
        e.oldVersion = oldVersion;
        e.newVersion = newVersion;
        e.objectsTouched = 0;
        e.action = oldVersion == newVersion ? QStringLiteral("rotate-noop") : QStringLiteral("rotate");
        e.result = QStringLiteral("ok: %1 feature keys re-wrapped").arg(updated.size());
        auto appended = catalog.appendHistory(e);
        return appended ? Status() : Status(appended.error());
    });
    if (!st)
        return st;
    report.processed += updated.size();
    rotated << RotatedFeature{a.feature, a.store, a.keyName, oldVersion, newVersion, qint64(updated.size())};
    return {};
}

} // namespace keyward::jobs
