// EncryptJob: plaintext objects in, KWE1 objects out, one atomic replacement each.
#include "jobs/EncryptJob.h"

#include "envelope/Envelope.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/WorkspaceObjects.h"
#include "storage/LocalFolderStore.h"

namespace keyward::jobs {

bool isRevocation(const Error &error)
{
    return error.code == ErrorCode::KeyDisabled || error.code == ErrorCode::KeyDeleted ||
           error.code == ErrorCode::KeyExpired || error.code == ErrorCode::KeyNotYetValid;
}

void reportBlastRadius(const Error &cause, model::Feature feature, const QList<PlannedObject> &objects,
                       JobReport &report)
{
    const QString kind = errorCodeName(cause.code); // key-disabled, key-deleted, ...
    qint64 affected = 0;
    for (const PlannedObject &o : objects) {
        const bool hit = o.objectClass && (o.keying.feature == feature ||
                                           (feature == model::Feature::Platform && o.keying.platformLayer));
        if (!hit)
            continue;
        ++affected;
        report.findings << JobFinding{o.path, kind, QStringLiteral("unreadable while the key is unusable"), -1};
    }
    report.findings.prepend(JobFinding{QString(), kind, cause.detail, -1});
    report.extra.insert(QStringLiteral("blast_radius"), affected);
    report.extra.insert(QStringLiteral("revoked_feature"), model::featureId(feature));
}

EncryptJob::EncryptJob(JobSettings settings, KeyStoreProvider &stores, const Clock &clock)
    : Job(QStringLiteral("encrypt"), std::move(settings), stores, clock)
{
}

namespace {

struct Outcome
{
    QString path;
    QString state; // done | skipped | finding | error
    QString finding;
    QString detail;
    ErrorCode code = ErrorCode::InvalidArgument;
};

} // namespace

Status EncryptJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    auto store = storage::LocalFolderStore::open(workspace.storageRoot, storage::LocalFolderStore::OpenMode::MustExist);
    if (!store)
        return store.error();
    // Temporary files of a run that was killed hold sealed copies that never replaced their objects.
    if (auto cleaned = (*store)->cleanStaleTemporaries(); cleaned && *cleaned > 0)
        report.extra.insert(QStringLiteral("stale_temporaries_removed"), *cleaned);
    auto planned = planObjects(**store, workspace.workspace.options());
    if (!planned)
        return planned.error();

    FeatureKeyService keys(catalog, stores(), workspace, clock());
    auto assignments = catalog.assignments(workspace.id);
    if (!assignments)
        return assignments.error();
    if (workspace.workspace.plan() != model::Plan::Premium)
        return Error::make(ErrorCode::Forbidden, QStringLiteral("workspace '%1' is on the Standard plan: customer-"
                                                                "managed keys need Premium")
                                                     .arg(workspace.workspace.name()));

    if (auto st = keys.loadRecords(); !st)
        return st;
    // The active FK of every feature with a key, unwrapped once: a revoked key stops the job here.
    std::map<model::Feature, catalog::FeatureKeyRecord> active;
    QList<model::Feature> features;
    for (const catalog::Assignment &a : *assignments)
        features << a.feature;
    if (workspace.workspace.options().isSet(model::WorkspaceOption::DbfsDoubleEncryption) &&
        features.contains(model::Feature::DbfsRoot))
        features << model::Feature::Platform;
    for (model::Feature f : std::as_const(features)) {
        auto record = keys.ensureActive(f);
        Result<crypto::SecureBytes> fk =
            record ? keys.featureKey(record->fkId) : Result<crypto::SecureBytes>(record.error());
        if (!fk) {
            if (isRevocation(fk.error())) {
                reportBlastRadius(fk.error(), f, *planned, report);
                return Error::make(fk.error().code, QStringLiteral("%1; nothing was changed").arg(fk.error().detail));
            }
            return fk.error();
        }
        active[f] = *record;
    }

    QList<PlannedObject> scope;
    for (const PlannedObject &o : *planned) {
        // Serverless data is the platform's to protect: never sealed here.
        if (o.objectClass && o.keying.feature != model::Feature::Platform && active.count(o.keying.feature))
            scope << o;
        else
            ++report.skipped;
    }
    report.total = scope.size();
    report.extra.insert(QStringLiteral("objects_in_workspace"), qint64(planned->size()));

    storage::ObjectStore &objects = **store;
    const bool hasPlatform = active.count(model::Feature::Platform) > 0;
    std::function<Outcome(const PlannedObject &)> work = [&](const PlannedObject &o) -> Outcome {
        Outcome out{o.path, QStringLiteral("error"), {}, {}, ErrorCode::Io};
        auto in = objects.openRead(o.path);
        if (!in) {
            out.detail = in.error().detail;
            out.code = in.error().code;
            return out;
        }
        auto sniff = sniffHeader(**in);
        if (!sniff) {
            out.state = QStringLiteral("finding");
            out.finding = QStringLiteral("corrupt");
            out.detail = sniff.error().detail;
            return out;
        }
        if (sniff->has_value()) {
            // Sealed by this workspace already (a re-run or a resumed job): nothing to do.
            if (keys.records().count((*sniff)->fkId)) {
                out.state = QStringLiteral("skipped");
                return out;
            }
            out.state = QStringLiteral("finding");
            out.finding = QStringLiteral("unknown-fk");
            out.detail = QStringLiteral("sealed under feature key %1, which is not this workspace's")
                             .arg(QString::fromLatin1((*sniff)->fkId.toHex()));
            return out;
        }
        if (!(*in)->seek(0)) {
            out.detail = QStringLiteral("cannot rewind %1").arg(o.path);
            return out;
        }
        const catalog::FeatureKeyRecord &fkRecord = active.at(o.keying.feature);
        auto fk = keys.featureKey(fkRecord.fkId);
        if (!fk) {
            out.detail = fk.error().detail;
            out.code = fk.error().code;
            return out;
        }
        envelope::SealLayer inner{
            {kwe1FeatureFor(o.keying.feature), envelope::Kwe1Header::DefaultSegmentLog2, fkRecord.fkId}, &*fk};
        std::optional<envelope::SealLayer> platform;
        crypto::SecureBytes platformFk;
        if (o.keying.platformLayer && hasPlatform) {
            const catalog::FeatureKeyRecord &p = active.at(model::Feature::Platform);
            auto pfk = keys.featureKey(p.fkId);
            if (!pfk) {
                out.detail = pfk.error().detail;
                out.code = pfk.error().code;
                return out;
            }
            platformFk = std::move(pfk).value();
            platform = envelope::SealLayer{
                {envelope::Kwe1Feature::Platform, envelope::Kwe1Header::DefaultSegmentLog2, p.fkId}, &platformFk};
        }
        auto writer = objects.openWrite(o.path);
        if (!writer) {
            out.detail = writer.error().detail;
            out.code = writer.error().code;
            return out;
        }
        if (auto st = envelope::seal(in->get(), (*writer)->device(), inner, platform); !st) {
            out.detail = st.error().detail;
            out.code = st.error().code;
            return out;
        }
        in->reset(); // close the old object before it is replaced
        if (auto st = (*writer)->commit(); !st) {
            out.detail = st.error().detail;
            out.code = st.error().code;
            return out;
        }
        out.state = QStringLiteral("done");
        return out;
    };

    std::function<Status(const QList<Outcome> &)> record = [&](const QList<Outcome> &outcomes) {
        return recordBatch(catalog, report, outcomes);
    };
    if (auto st = forEachBatch<PlannedObject, Outcome>(scope, work, record); !st)
        return st;
    report.message = QStringLiteral("%1 objects sealed, %2 already sealed or out of scope, %3 findings")
                         .arg(report.processed)
                         .arg(report.skipped)
                         .arg(report.findings.size());
    return {};
}

} // namespace keyward::jobs
