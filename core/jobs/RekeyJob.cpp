// RekeyJob: new FK generation, then header rewrites in place (or a re-sealed platform layer), resumable.
#include "jobs/RekeyJob.h"

#include "crypto/KeyWrap.h"
#include "envelope/IoUtil.h"
#include "envelope/Kwe1Reader.h"
#include "envelope/Kwe1Writer.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/ObjectInventory.h"
#include "jobs/Revocation.h"
#include "jobs/WorkspaceObjects.h"

#include <QJsonArray>

namespace keyward::jobs {

namespace {

using envelope::Kwe1Header;

// fk_id and wrapped_ok: the only header bytes outside the segments' AAD, so the only ones a rekey changes.
constexpr qint64 KeyFieldsOffset = Kwe1Header::AadSize;
constexpr qsizetype KeyFieldsSize = Kwe1Header::FkIdSize + Kwe1Header::WrappedOkSize;

struct Outcome : ObjectOutcome
{
    QByteArray fromFk;     // the fk_id the rekeyed layer was under when the job met the object
    bool resealed = false; // the platform layer around it was sealed again
};

struct Context
{
    storage::ObjectStore &objects;
    FeatureKeyService &keys;
    const std::map<QByteArray, catalog::FeatureKeyRecord> &records;
    model::Feature feature;
    QByteArray targetId;
    const crypto::SecureBytes &targetFk;
    // The job's FKs, opened before it began, read by every worker without a lock or a copy per object.
    const std::map<QByteArray, crypto::SecureBytes> &opened;
    const ObjectInventory &inventory;
    qint64 workspaceId;
};

QString hex(const QByteArray &fkId)
{
    return QString::fromLatin1(fkId.toHex());
}

QString generationName(const catalog::FeatureKeyRecord &r)
{
    return QStringLiteral("generation %1 (fk %2)").arg(r.generation).arg(hex(r.fkId).left(8));
}

// Sorts a failure: what the job cannot go on without (the store, a revoked key) stops it; what is wrong with
// one object only is that object's finding, and the job goes on.
Outcome failed(Outcome out, const Error &e)
{
    if (e.code == ErrorCode::Auth)
        out.setFinding(FindingKind::Tampered, e.detail);
    else if (e.code == ErrorCode::Format)
        out.setFinding(FindingKind::Corrupt, e.detail);
    else if (e.code == ErrorCode::Key)
        out.setFinding(FindingKind::WrongFk, e.detail);
    else
        out.setError(e);
    out.code = e.code;
    return out;
}

Outcome finding(Outcome out, FindingKind kind, const QString &detail)
{
    out.setFinding(kind, detail);
    return out;
}

// The new fk_id || wrapped_ok for a header: its object key unwrapped with the FK it names and wrapped with the
// target FK. The unwrap is RFC 5649's integrity check that the header was under that FK.
Result<QByteArray> newKeyFields(const Context &c, const Kwe1Header &header)
{
    const auto opened = c.opened.find(header.fkId);
    std::optional<crypto::SecureBytes> other; // an FK the job did not open first (none, as the job runs now)
    if (opened == c.opened.end()) {
        auto fk = c.keys.featureKey(header.fkId);
        if (!fk)
            return fk.error();
        other = std::move(fk).value();
    }
    const crypto::SecureBytes &oldFk = other ? *other : opened->second;
    auto ok = crypto::aesKeyUnwrap(oldFk.view(), header.wrappedOk, crypto::KeyWrapMode::Rfc5649);
    if (!ok || ok->size() != std::size_t(Kwe1Header::OkSize))
        return Error::make(ErrorCode::Key, QStringLiteral("the object key does not unwrap under feature key %1 "
                                                          "(wrong feature key, or the header was altered)")
                                               .arg(hex(header.fkId)));
    auto wrapped = crypto::aesKeyWrap(c.targetFk.view(), ok->view(), crypto::KeyWrapMode::Rfc5649);
    if (!wrapped)
        return wrapped.error();
    if (wrapped->size() != Kwe1Header::WrappedOkSize)
        return Error::make(ErrorCode::Crypto, QStringLiteral("the object key wrapped to an unexpected size"));
    return c.targetId + *wrapped;
}

// A single layer (or, for a platform rekey, the outer layer): 56 bytes rewritten where they are.
Outcome rewriteInPlace(const Context &c, Outcome out, storage::OpenedObject object, const Kwe1Header &header,
                       const catalog::InventoryEntry &entry)
{
    const qint64 size = object.info.size;
    auto fields = newKeyFields(c, header);
    if (!fields)
        return failed(std::move(out), fields.error());
    // Only the file that was read, as it was read: one changed since is refused, left alone.
    auto rewritten = c.objects.rewriteOpened(std::move(object), KeyFieldsOffset, *fields);
    if (!rewritten)
        return failed(std::move(out), rewritten.error());
    // The segments, and so the final tag, stay as they were; the header now names the target FK. Durable with the
    // batch's other rewrites, before the batch is checkpointed.
    out.inventory = entry;
    out.inventory->fkId = c.targetId;
    out.inventory->size = size;
    commitOrDefer(c.objects, std::move(rewritten).value(), out, std::nullopt);
    return out;
}

// A double-encrypted DBFS-root object: the customer header is the start of the platform layer's plaintext, so
// the platform layer is sealed again around the same bytes with the new header fields; the customer layer's
// segments pass through unchanged. The old object stays in place until the new one is complete.
Outcome resealPlatformLayer(const Context &c, Outcome out, std::unique_ptr<QIODevice> in, const Kwe1Header &outer,
                            const catalog::InventoryEntry &entry, const QString &etag)
{
    if (!in->seek(0))
        return failed(std::move(out), Error::make(ErrorCode::Io, QStringLiteral("cannot rewind %1").arg(out.path)));
    envelope::Kwe1Reader reader(in.get());
    QIODevice *output = nullptr;
    // A store that went away mid-object says so (Unavailable), not merely that a read or write failed.
    auto readError = [&](const Error &e) {
        return storage::deviceError(reader.failure() ? *reader.failure() : e, {in.get(), output});
    };
    if (auto st = reader.open(c.keys); !st)
        return failed(std::move(out), st.error());
    QByteArray head(Kwe1Header::Size, Qt::Uninitialized);
    auto got = envelope::readFully(&reader, head.data(), head.size());
    if (!got)
        return failed(std::move(out), readError(got.error()));
    if (*got < head.size())
        return finding(std::move(out), FindingKind::Corrupt,
                       QStringLiteral("the platform layer does not hold a whole inner header"));
    auto inner = Kwe1Header::parse(head);
    if (!inner)
        return failed(std::move(out), inner.error());
    const auto rec = c.records.find(inner->fkId);
    if (rec == c.records.end())
        return finding(std::move(out), FindingKind::UnknownFk,
                       QStringLiteral("the inner layer is sealed under feature key %1, unknown to this workspace")
                           .arg(hex(inner->fkId)));
    if (rec->second.feature != c.feature)
        return finding(
            std::move(out), FindingKind::WrongFk,
            QStringLiteral("the inner layer is under the %1 feature key").arg(model::featureId(rec->second.feature)));
    out.fromFk = inner->fkId;
    if (inner->fkId == c.targetId) {
        // Re-sealed by a run whose checkpoint was lost with its process: recorded now.
        const catalog::InventoryEntry *known = c.inventory.entry(out.path);
        if (!known || known->state != catalog::InventoryState::Sealed || known->objectId != entry.objectId)
            out.inventory = entry;
        out.state = ObjectState::Skipped;
        return out;
    }
    auto fields = newKeyFields(c, *inner);
    if (!fields)
        return failed(std::move(out), fields.error());
    head.replace(KeyFieldsOffset, KeyFieldsSize, *fields);

    auto platformFk = c.keys.featureKey(outer.fkId);
    if (!platformFk)
        return failed(std::move(out), platformFk.error());
    auto writer = c.objects.openWrite(out.path, etag); // refused when the object changed since it was read
    if (!writer)
        return failed(std::move(out), writer.error());
    output = (*writer)->device();
    // The same platform FK and segment size as before; object id, nonces and object key are new, since a
    // platform object key must never seal two different plaintexts.
    envelope::Kwe1Writer sealer((*writer)->device(), {envelope::Kwe1Feature::Platform, outer.segmentLog2, outer.fkId});
    if (auto st = sealer.begin(*platformFk); !st)
        return failed(std::move(out), st.error());
    if (auto st = envelope::writeFully(&sealer, head); !st)
        return failed(std::move(out), readError(sealer.failure() ? *sealer.failure() : st.error()));
    QByteArray chunk(outer.segmentSize(), Qt::Uninitialized);
    for (;;) {
        auto n = envelope::readFully(&reader, chunk.data(), chunk.size());
        if (!n)
            return failed(std::move(out), readError(n.error()));
        if (*n > 0) {
            if (auto st = envelope::writeFully(&sealer, QByteArrayView(chunk.constData(), *n)); !st)
                return failed(std::move(out), readError(sealer.failure() ? *sealer.failure() : st.error()));
        }
        if (*n < chunk.size())
            break;
    }
    if (reader.failure())
        return failed(std::move(out), readError(*reader.failure()));
    if (auto st = sealer.finish(); !st)
        return failed(std::move(out), readError(st.error()));
    in.reset(); // close the old object before it is replaced
    out.resealed = true;
    // A new outer layer: a new object_id and final tag for the inventory, once it is in place.
    commitOrDefer(c.objects, std::move(writer).value(), out,
                  ObjectInventory::sealedEntry(c.workspaceId, out.path, entry.feature, sealer.header(),
                                               sealer.finalTag(), sealer.objectSize()));
    return out;
}

Outcome rekeyObject(const Context &c, const PlannedObject &o)
{
    Outcome out;
    out.path = o.path;
    auto opened = c.objects.openCurrent(o.path, storage::ObjectStore::Access::ReadThenRewrite);
    if (!opened)
        return failed(std::move(out), opened.error());
    QIODevice *in = opened->device.get();
    auto sniff = sniffHeader(*in);
    if (!sniff)
        return finding(std::move(out), FindingKind::Corrupt, sniff.error().detail);
    if (!sniff->has_value()) {
        // Plaintext is the encrypt job's to seal (under the new FK, which is active now).
        out.state = ObjectState::Skipped;
        out.detail = QStringLiteral("not sealed");
        return out;
    }
    const Kwe1Header &outer = **sniff;
    const auto rec = c.records.find(outer.fkId);
    if (rec == c.records.end())
        return finding(std::move(out), FindingKind::UnknownFk,
                       QStringLiteral("sealed under feature key %1, unknown to this workspace").arg(hex(outer.fkId)));
    // Not the object the inventory has here (swapped, copied, rolled back): left as it is, for verify to report.
    auto tag = readFinalTag(*in);
    if (!tag)
        return failed(std::move(out), storage::deviceError(tag.error(), {in}));
    if (auto moved = c.inventory.checkSealed(o.path, outer, *tag, c.records))
        return finding(std::move(out), moved->kind, moved->detail);
    const catalog::InventoryEntry entry = ObjectInventory::sealedEntry(
        c.workspaceId, o.path, model::featureId(o.keying.feature), outer, *tag, opened->info.size);
    if (rec->second.feature == c.feature) {
        out.fromFk = outer.fkId;
        if (outer.fkId == c.targetId) {
            // Rewritten by a run whose checkpoint was lost with its process: recorded now.
            const catalog::InventoryEntry *known = c.inventory.entry(o.path);
            if (!known || known->state != catalog::InventoryState::Sealed || known->fkId != outer.fkId ||
                known->objectId != outer.objectId)
                out.inventory = entry;
            out.state = ObjectState::Skipped;
            return out;
        }
        return rewriteInPlace(c, std::move(out), std::move(*opened), outer, entry);
    }
    if (rec->second.feature == model::Feature::Platform && c.feature == model::Feature::DbfsRoot) {
        const QString etag = opened->info.etag;
        return resealPlatformLayer(c, std::move(out), std::move(opened->device), outer, entry, etag);
    }
    return finding(std::move(out), FindingKind::WrongFk,
                   QStringLiteral("sealed under the %1 feature key, not under a %2 one")
                       .arg(model::featureId(rec->second.feature), model::featureId(c.feature)));
}

} // namespace

RekeyJob::RekeyJob(JobSettings settings, KeyStoreProvider &stores, model::Feature feature, const Clock &clock)
    : Job(JobKind::Rekey, std::move(settings), stores, clock), m_feature(feature)
{
    m_params.insert(QStringLiteral("feature"), model::featureId(feature));
}

bool RekeyJob::unwrapsWith(model::Feature feature) const
{
    // A DBFS-root rekey also opens the platform layer around double-encrypted objects.
    return feature == m_feature || (m_feature == model::Feature::DbfsRoot && feature == model::Feature::Platform);
}

Result<QStringList> RekeyJob::storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace)
{
    QList<model::Feature> features{m_feature};
    if (m_feature == model::Feature::DbfsRoot)
        features << model::Feature::Platform;
    auto names = WorkspaceObjects::featureKeyStores(catalog, workspace.id, features);
    if (!names)
        return names.error();
    // The KEK that wraps the new generation.
    QString kekStore = KeyStoreProvider::platformStoreName();
    if (m_feature != model::Feature::Platform) {
        auto assignment = catalog.assignment(workspace.id, m_feature);
        if (!assignment)
            return assignment.error();
        kekStore = assignment->has_value() ? (*assignment)->store : QString();
    }
    if (!kekStore.isEmpty() && !names->contains(kekStore))
        names->append(kekStore);
    return names;
}

Status RekeyJob::chooseTarget(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                              FeatureKeyService &keys, QByteArray &target, QList<qint64> &earlierRuns,
                              JobReport &report)
{
    const QString fid = model::featureId(m_feature);
    auto active = catalog.featureKeys(workspace.id, m_feature, catalog::FeatureKeyState::Active);
    if (!active)
        return active.error();
    auto previous = catalog.jobs(workspace.id, jobKindName(JobKind::Rekey));
    if (!previous)
        return previous.error();
    for (auto it = previous->crbegin(); it != previous->crend(); ++it) {
        if (it->id == jobId() || it->params.value(QStringLiteral("feature")).toString() != fid)
            continue;
        const QByteArray t = QByteArray::fromHex(it->result.value(QStringLiteral("target_fk")).toString().toLatin1());
        if (t.isEmpty())
            continue; // stopped before it chose a target (a revoked key, say)
        if (it->state == catalog::JobState::Done || active->isEmpty() || active->first().fkId != t ||
            (!target.isEmpty() && t != target))
            break;
        target = t;
        earlierRuns << it->id;
    }
    report.rekey->resumed = !target.isEmpty();
    if (!target.isEmpty())
        return {};
    // The new generation and this job's note of it are one transaction: after a crash either both are there
    // (the re-run resumes) or neither is (the re-run starts afresh).
    auto st = catalog.transaction([&]() -> Status {
        auto made = keys.newGeneration(m_feature);
        if (!made)
            return made.error();
        target = made->fkId;
        auto self = catalog.job(jobId());
        if (!self)
            return self.error();
        QJsonObject result = self->result;
        result.insert(QStringLiteral("target_fk"), hex(target));
        return catalog.setJobResult(jobId(), result);
    });
    if (!st)
        target.clear();
    return st;
}

Status RekeyJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    const QString fid = model::featureId(m_feature);
    const QString wsName = workspace.workspace.name();
    report.rekey = RekeyResult{m_feature, std::nullopt, {}, std::nullopt};
    // A killed run of this job (re-sealing platform layers) or of encrypt may have left temporary files.
    auto opened = WorkspaceObjects::open(catalog, stores(), workspace, clock(), WorkspaceObjects::Cleanup::StaleWrites,
                                         workers());
    if (!opened)
        return opened.error();
    WorkspaceObjects &ws = **opened;
    const QList<PlannedObject> &planned = ws.objects();
    FeatureKeyService &keys = ws.keys();
    bool hasKey = false;
    for (const auto &[id, r] : keys.records())
        hasKey = hasKey || r.feature == m_feature;
    if (!hasKey)
        return Error::because(
            ErrorCode::NotFound, Reason::FeatureKeyNotFound, {wsName, fid, QString()},
            QStringLiteral("%1 of workspace '%2' has no feature key yet: run encrypt first").arg(fid, wsName));

    // Every FK the job will unwrap with must open before anything changes: a revoked KEK stops the job here,
    // with what it leaves unreadable.
    auto revoked = [&](const Error &e, model::Feature f) {
        reportBlastRadius(report, e, f, planned);
        return Error::make(e.code, QStringLiteral("%1; nothing was changed").arg(e.detail));
    };
    std::map<QByteArray, crypto::SecureBytes> openedFks;
    for (const auto &[id, r] : keys.records()) {
        if (!unwrapsWith(r.feature))
            continue;
        auto fk = keys.featureKey(id);
        if (!fk)
            return isRevocation(fk.error()) ? revoked(fk.error(), r.feature) : Status(fk.error());
        openedFks.emplace(id, std::move(fk).value());
    }

    // The target FK: the one an unfinished rekey of this feature made, while it is still the active one, so that
    // a re-run carries on instead of starting a third generation; otherwise a new generation.
    QByteArray target;
    QList<qint64> earlierRuns; // unfinished runs towards the same target, whose checkpoints count as ours
    if (auto st = chooseTarget(catalog, workspace, keys, target, earlierRuns, report); !st)
        return isRevocation(st.error()) ? revoked(st.error(), m_feature) : st;
    report.rekey->targetFk = target;

    if (auto st = keys.loadRecords(); !st)
        return st;
    const std::map<QByteArray, catalog::FeatureKeyRecord> records = keys.records();
    const auto targetRecord = records.find(target);
    if (targetRecord == records.end())
        return Error::make(ErrorCode::Key,
                           QStringLiteral("the new feature key %1 is not in the catalog").arg(hex(target)));
    auto targetFk = keys.featureKey(target);
    if (!targetFk)
        return isRevocation(targetFk.error()) ? revoked(targetFk.error(), m_feature) : Status(targetFk.error());

    QList<PlannedObject> scope;
    for (const PlannedObject &o : planned) {
        // The platform FK seals only the layer around a double-encrypted root; serverless data is the platform's
        // own and never sealed by these jobs.
        const bool mine = o.objectClass && (m_feature == model::Feature::Platform ? o.keying.platformLayer
                                                                                  : o.keying.feature == m_feature);
        if (mine)
            scope << o;
        else
            ++report.skipped;
    }
    report.total = scope.size();

    const Context context{ws.store(), keys,      records,        m_feature,   target,
                          *targetFk,  openedFks, ws.inventory(), workspace.id};
    Tally tally;
    std::function<Outcome(const PlannedObject &)> work = [&](const PlannedObject &o) {
        return rekeyObject(context, o);
    };
    // The checkpoint of a header moved says from which FK (finish() counts a resumed run's from them).
    std::function<QString(const Outcome &)> describe = [](const Outcome &o) {
        return o.state == ObjectState::Done ? QStringLiteral("moved from feature key %1").arg(hex(o.fromFk)) : o.detail;
    };
    auto count = [&](const Outcome &o) {
        if (o.state == ObjectState::Done) {
            ++tally.moved[o.fromFk];
            tally.resealed += o.resealed ? 1 : 0;
        } else if (o.state != ObjectState::Skipped && !o.fromFk.isEmpty() && o.fromFk != target) {
            ++tally.left[o.fromFk];
        }
    };
    // A write that failed (store gone, disk full) stops the job; each object is under its old FK or the new one,
    // both in the catalog, and a re-run carries on from here.
    // A batch's rewrites are made durable together (forEachObject), then checkpointed.
    std::function<Status(const QList<Outcome> &)> record = [&](const QList<Outcome> &committed) {
        const Status recorded = recordBatch(catalog, report, committed, describe);
        for (const Outcome &o : committed)
            count(o);
        return recorded;
    };
    watchKeys(&keys); // a KEK disabled or deleted while the job runs stops it after the batch
    if (auto st = forEachObject<Outcome>(scope, work, record, &ws.store()); !st)
        return st;
    return finish(catalog, workspace, records, targetRecord->second, earlierRuns, tally, report);
}

Status RekeyJob::finish(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                        const std::map<QByteArray, catalog::FeatureKeyRecord> &records,
                        const catalog::FeatureKeyRecord &target, const QList<qint64> &earlierRuns, Tally tally,
                        JobReport &report)
{
    const QString fid = model::featureId(m_feature);
    // Headers moved by the runs this one resumes, from their checkpoints (a header rewritten after a run's last
    // checkpoint is seen here as already under the target, and not counted twice).
    qint64 earlier = 0;
    for (qint64 id : earlierRuns) {
        auto objects = catalog.jobObjects(id);
        if (!objects)
            return objects.error();
        for (const catalog::JobObject &o : *objects) {
            if (parseObjectState(o.state) != ObjectState::Done)
                continue;
            ++earlier;
            ++tally.moved[QByteArray::fromHex(o.detail.section(QLatin1Char(' '), -1).toLatin1())];
        }
    }

    // The old generations were retired when the new one was made; the catalog keeps them (never destroyed here)
    // because an object the job could not rewrite still needs its FK, and a backup may too.
    RekeySummary summary;
    QStringList oldNames;
    qint64 stillUnder = 0;
    for (const auto &[id, r] : records) {
        if (r.feature != m_feature || id == target.fkId)
            continue;
        const qint64 m = tally.moved.count(id) ? tally.moved.at(id) : 0;
        const qint64 l = tally.left.count(id) ? tally.left.at(id) : 0;
        stillUnder += l;
        if (m > 0 || l > 0 || r.generation == target.generation - 1)
            oldNames << generationName(r);
        summary.oldFeatureKeys << OldFeatureKey{id, r.generation, r.state, m, l};
    }
    summary.generation = target.generation;
    summary.objectsTouched = report.processed + earlier;
    summary.platformLayersResealed = tally.resealed;
    report.rekey->summary = summary;

    catalog::HistoryEntry e;
    e.at = clock().now();
    e.workspace = workspace.workspace.name();
    e.feature = fid;
    e.key = QStringLiteral("%1/%2").arg(target.store, target.keyName);
    e.oldVersion = oldNames.join(QStringLiteral(", "));
    e.newVersion = generationName(target);
    e.objectsTouched = summary.objectsTouched;
    e.action = QStringLiteral("rekey");
    e.result = stillUnder == 0 ? QStringLiteral("ok: %1 headers rewritten, no object left under an older feature key")
                                     .arg(summary.objectsTouched)
                               : QStringLiteral("partial: %1 headers rewritten, %2 objects still under an older "
                                                "feature key (see the job's findings)")
                                     .arg(summary.objectsTouched)
                                     .arg(stillUnder);
    if (auto appended = catalog.appendHistory(e); !appended)
        return appended.error();

    report.message = QStringLiteral("%1 under %2: %3 headers rewritten (%4 platform layers re-sealed), %5 already "
                                    "under it or out of scope, %6 findings; no segment re-encrypted")
                         .arg(fid, generationName(target))
                         .arg(report.processed)
                         .arg(tally.resealed)
                         .arg(report.skipped)
                         .arg(report.findings.size());
    return {};
}

} // namespace keyward::jobs
