// RotateJob: KEK rotation by re-wrapping feature keys only.
#include "jobs/RotateJob.h"

#include "jobs/EncryptJob.h"
#include "jobs/FeatureKeyService.h"

#include <QJsonArray>

namespace keyward::jobs {

RotateJob::RotateJob(JobSettings settings, KeyStoreProvider &stores, QList<model::Feature> features, bool useNewest,
                     const Clock &clock)
    : Job(QStringLiteral("rotate"), std::move(settings), stores, clock), m_features(std::move(features)),
      m_useNewest(useNewest)
{
    QJsonArray f;
    for (model::Feature x : m_features)
        f.append(model::featureId(x));
    m_params.insert(QStringLiteral("features"), f);
    m_params.insert(QStringLiteral("use_newest"), useNewest);
}

Status RotateJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    auto assignments = catalog.assignments(workspace.id);
    if (!assignments)
        return assignments.error();
    // A rotation that made a version and died before re-wrapping left it in its job record: use that one
    // rather than make another.
    QHash<QString, QString> pending;
    if (auto previous = catalog.jobs(workspace.id, QStringLiteral("rotate"))) {
        for (const catalog::JobRecord &j : *previous) {
            if (j.state != catalog::JobState::Interrupted)
                continue;
            const QJsonObject p = j.result.value(QStringLiteral("pending")).toObject();
            for (auto it = p.begin(); it != p.end(); ++it)
                pending.insert(it.key(), it.value().toString());
        }
    }

    QJsonArray rotated;
    for (const catalog::Assignment &a : *assignments) {
        if (!m_features.isEmpty() && !m_features.contains(a.feature))
            continue;
        if (isCancelled())
            return Error::make(ErrorCode::Cancelled, QStringLiteral("cancelled"));
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
            report.findings << JobFinding{QString(), QStringLiteral("no-feature-key"),
                                          QStringLiteral("%1 has no feature key yet: run encrypt first").arg(fid), -1};
            continue;
        }
        const QString oldVersion = live.first().keyVersion;

        // The new version: one made by an interrupted rotation, the newest existing one, or a new one.
        QString newVersion = pending.value(fid);
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
                // Recorded before any re-wrap, so a crash from here on resumes with this version.
                catalog::JobRecord self;
                auto current = catalog.job(jobId());
                if (current) {
                    self = *current;
                    QJsonObject p = self.result.value(QStringLiteral("pending")).toObject();
                    p.insert(fid, newVersion);
                    self.result.insert(QStringLiteral("pending"), p);
                    (void)catalog.updateJob(self);
                }
            }
        }
        auto kekInfo = (*store)->keyVersion(a.keyName, newVersion);
        if (!kekInfo)
            return kekInfo.error();
        FeatureKeyService::Kek kek{a.store, a.keyName, newVersion, kekInfo->id};

        // Unwrap each FK with the version it is under, wrap it under the new one, probe, then commit all.
        QList<catalog::FeatureKeyRecord> updated;
        for (catalog::FeatureKeyRecord r : live) {
            if (r.keyVersion == newVersion && r.store == a.store && r.keyName == a.keyName)
                continue;
            auto from = stores().store(r.store);
            if (!from)
                return from.error();
            auto fk = (*from)->unwrapKey(r.keyName, r.keyVersion, r.wrappedFk);
            if (!fk) {
                if (isRevocation(fk.error()))
                    report.findings << JobFinding{QString(), errorCodeName(fk.error().code), fk.error().detail, -1};
                return fk.error();
            }
            FeatureKeyService service(catalog, stores(), workspace, clock());
            if (auto st = service.wrapInto(r, kek, *fk); !st)
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
        rotated.append(QJsonObject{{QStringLiteral("feature"), fid},
                                   {QStringLiteral("key"), QStringLiteral("%1/%2").arg(a.store, a.keyName)},
                                   {QStringLiteral("old_version"), oldVersion},
                                   {QStringLiteral("new_version"), newVersion},
                                   {QStringLiteral("feature_keys_rewrapped"), qint64(updated.size())}});
    }
    report.total = report.processed;
    report.extra.insert(QStringLiteral("rotated"), rotated);
    report.extra.insert(QStringLiteral("objects_touched"), 0);
    report.message = QStringLiteral("%1 features rotated, %2 feature keys re-wrapped, no object touched")
                         .arg(rotated.size())
                         .arg(report.processed);
    return {};
}

} // namespace keyward::jobs
