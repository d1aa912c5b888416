// EncryptJob: plaintext objects in, KWE1 objects out, one atomic replacement each.
#include "jobs/EncryptJob.h"

#include "envelope/Envelope.h"
#include "jobs/ObjectInventory.h"
#include "jobs/Revocation.h"
#include "jobs/WorkspaceObjects.h"

namespace keyward::jobs {

namespace {

// The features whose objects this job seals: every assigned one, and the platform layer around a
// double-encrypted DBFS root.
QList<model::Feature> sealedFeatures(const QList<catalog::Assignment> &assignments,
                                     const catalog::WorkspaceRecord &workspace)
{
    QList<model::Feature> features;
    for (const catalog::Assignment &a : assignments)
        features << a.feature;
    if (workspace.workspace.options().isSet(model::WorkspaceOption::DbfsDoubleEncryption) &&
        features.contains(model::Feature::DbfsRoot))
        features << model::Feature::Platform;
    return features;
}

} // namespace

EncryptJob::EncryptJob(JobSettings settings, KeyStoreProvider &stores, const Clock &clock)
    : Job(JobKind::Encrypt, std::move(settings), stores, clock)
{
}

Result<QStringList> EncryptJob::storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace)
{
    if (workspace.workspace.plan() != model::Plan::Premium)
        return QStringList(); // refused before any key is used
    auto assignments = catalog.assignments(workspace.id);
    if (!assignments)
        return assignments.error();
    // Per feature: the store of its active FK, or, when it has none yet, the KEK's store that wraps a new one.
    QStringList names;
    for (model::Feature f : sealedFeatures(*assignments, workspace)) {
        auto active = catalog.featureKeys(workspace.id, f, catalog::FeatureKeyState::Active);
        if (!active)
            return active.error();
        QString name = active->isEmpty() ? QString() : active->first().store;
        if (name.isEmpty() && f == model::Feature::Platform)
            name = KeyStoreProvider::platformStoreName();
        for (const catalog::Assignment &a : *assignments)
            if (name.isEmpty() && a.feature == f)
                name = a.store;
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Status EncryptJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    report.encrypt.emplace();
    auto opened = WorkspaceObjects::open(catalog, stores(), workspace, clock(), WorkspaceObjects::Cleanup::StaleWrites,
                                         workers());
    if (!opened)
        return opened.error();
    WorkspaceObjects &ws = **opened;
    if (ws.staleWritesRemoved().value_or(0) > 0)
        report.encrypt->staleTemporariesRemoved = *ws.staleWritesRemoved();
    const QList<PlannedObject> &planned = ws.objects();
    FeatureKeyService &keys = ws.keys();

    auto assignments = catalog.assignments(workspace.id);
    if (!assignments)
        return assignments.error();
    if (workspace.workspace.plan() != model::Plan::Premium)
        return Error::make(ErrorCode::Forbidden, QStringLiteral("workspace '%1' is on the Standard plan: customer-"
                                                                "managed keys need Premium")
                                                     .arg(workspace.workspace.name()));

    // The active FK of every feature with a key, unwrapped once: a revoked key stops the job here.
    std::map<model::Feature, catalog::FeatureKeyRecord> active;
    for (model::Feature f : sealedFeatures(*assignments, workspace)) {
        auto record = keys.ensureActive(f);
        Result<crypto::SecureBytes> fk =
            record ? keys.featureKey(record->fkId) : Result<crypto::SecureBytes>(record.error());
        if (!fk) {
            if (isRevocation(fk.error())) {
                reportBlastRadius(report, fk.error(), f, planned);
                return Error::make(fk.error().code, QStringLiteral("%1; nothing was changed").arg(fk.error().detail));
            }
            return fk.error();
        }
        active[f] = *record;
    }

    QList<PlannedObject> scope;
    for (const PlannedObject &o : planned) {
        // Serverless data is the platform's to protect: never sealed here.
        if (o.objectClass && o.keying.feature != model::Feature::Platform && active.count(o.keying.feature))
            scope << o;
        else
            ++report.skipped;
    }
    report.total = scope.size();
    report.encrypt->objectsInWorkspace = planned.size();

    const ObjectInventory &inventory = ws.inventory();

    storage::ObjectStore &objects = ws.store();
    const bool hasPlatform = active.count(model::Feature::Platform) > 0;
    std::function<ObjectOutcome(const PlannedObject &)> work = [&](const PlannedObject &o) {
        ObjectOutcome out{o.path, ObjectState::Error, {}, {}, -1, ErrorCode::Io, {}};
        // The version read is the version replaced: a store with version tags (Azure Blob Storage) refuses the
        // commit when the object changed meanwhile (Conflict, ObjectChanged), and nothing is lost.
        auto opened = objects.openCurrent(o.path);
        if (!opened) {
            out.setError(opened.error());
            return out;
        }
        const storage::ObjectInfo version = opened->info;
        std::unique_ptr<QIODevice> in = std::move(opened->device);
        auto sniff = sniffHeader(*in);
        if (!sniff) {
            out.setFinding(FindingKind::Corrupt, sniff.error().detail);
            return out;
        }
        if (sniff->has_value()) {
            // Sealed by this workspace already (a re-run or a resumed job): nothing to do, unless it is not the
            // object the inventory has here.
            if (keys.records().count((*sniff)->fkId)) {
                auto tag = readFinalTag(*in);
                if (!tag) {
                    if (tag.error().code == ErrorCode::Format)
                        out.setFinding(FindingKind::Corrupt, tag.error().detail);
                    else
                        out.setError(storage::deviceError(tag.error(), {in.get()}));
                    return out;
                }
                if (auto moved = inventory.checkSealed(o.path, **sniff, *tag, keys.records())) {
                    out.setFinding(moved->kind, moved->detail);
                    return out;
                }
                // Sealed by a run whose checkpoint was lost with its process, or before the inventory existed:
                // recorded now.
                const catalog::InventoryEntry *known = inventory.entry(o.path);
                if (!known || known->state != catalog::InventoryState::Sealed || known->fkId != (*sniff)->fkId ||
                    known->objectId != (*sniff)->objectId)
                    out.inventory = ObjectInventory::sealedEntry(
                        workspace.id, o.path, model::featureId(o.keying.feature), **sniff, *tag, in->size());
                out.state = ObjectState::Skipped;
                return out;
            }
            out.setFinding(FindingKind::UnknownFk, QStringLiteral("sealed under feature key %1, which is not this "
                                                                  "workspace's")
                                                       .arg(QString::fromLatin1((*sniff)->fkId.toHex())));
            return out;
        }
        // Where the inventory has a sealed object, what is there now is damage (or a replacement), never
        // plaintext to seal: sealing it would hide the damage for good.
        if (auto damaged = inventory.checkPlain(o.path)) {
            out.setFinding(damaged->kind, damaged->detail);
            return out;
        }
        if (!in->seek(0)) {
            out.setError(Error::make(ErrorCode::Io, QStringLiteral("cannot rewind %1").arg(o.path)));
            return out;
        }
        const catalog::FeatureKeyRecord &fkRecord = active.at(o.keying.feature);
        auto fk = keys.featureKey(fkRecord.fkId);
        if (!fk) {
            out.setError(fk.error());
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
                out.setError(pfk.error());
                return out;
            }
            platformFk = std::move(pfk).value();
            platform = envelope::SealLayer{
                {envelope::Kwe1Feature::Platform, envelope::Kwe1Header::DefaultSegmentLog2, p.fkId}, &platformFk};
        }
        auto writer = objects.openWrite(o.path, version.etag);
        if (!writer) {
            out.setError(writer.error());
            return out;
        }
        auto sealed = envelope::seal(in.get(), (*writer)->device(), inner, platform);
        if (!sealed) {
            // A store that went away mid-object says so (Unavailable), not merely that a read or write failed.
            out.setError(storage::deviceError(sealed.error(), {in.get(), (*writer)->device()}));
            return out;
        }
        in.reset(); // close the old object before it is replaced
        commitOrDefer(objects, std::move(*writer), out,
                      ObjectInventory::sealedEntry(workspace.id, o.path, model::featureId(o.keying.feature),
                                                   sealed->header, sealed->finalTag, sealed->size));
        return out;
    };

    // A batch's new versions are put in place together (forEachObject), then checkpointed.
    std::function<Status(const QList<ObjectOutcome> &)> record = [&](const QList<ObjectOutcome> &committed) {
        return recordBatch(catalog, report, committed);
    };
    watchKeys(&keys); // a KEK disabled or deleted while the job runs stops it after the batch
    if (auto st = forEachObject<ObjectOutcome>(scope, work, record, &objects); !st)
        return st;
    report.message = QStringLiteral("%1 objects sealed, %2 already sealed or out of scope, %3 findings")
                         .arg(report.processed)
                         .arg(report.skipped)
                         .arg(report.findings.size());
    return {};
}

} // namespace keyward::jobs
