// VerifyJob: structure, key and authentication checks over a workspace's objects.
#include "jobs/VerifyJob.h"

#include "envelope/Envelope.h"
#include "jobs/ObjectInventory.h"
#include "jobs/Revocation.h"
#include "jobs/WorkspaceObjects.h"

#include <QSet>

namespace keyward::jobs {

VerifyJob::VerifyJob(JobSettings settings, KeyStoreProvider &stores, qint64 sample, const Clock &clock)
    : Job(JobKind::Verify, std::move(settings), stores, clock), m_sample(sample)
{
    m_params.insert(QStringLiteral("sample"), sample);
}

Result<QStringList> VerifyJob::storesNeeded(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace)
{
    // Every feature key still in use is unwrapped before the first object is looked at.
    return WorkspaceObjects::featureKeyStores(catalog, workspace.id);
}

Status VerifyJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    auto opened =
        WorkspaceObjects::open(catalog, stores(), workspace, clock(), WorkspaceObjects::Cleanup::None, workers());
    if (!opened)
        return opened.error();
    WorkspaceObjects &ws = **opened;
    const QList<PlannedObject> &planned = ws.objects();
    FeatureKeyService &keys = ws.keys();
    auto assignments = catalog.assignments(workspace.id);
    if (!assignments)
        return assignments.error();
    QSet<model::Feature> assigned;
    for (const catalog::Assignment &a : *assignments)
        assigned.insert(a.feature);
    // A feature with an active feature key is keyed, whatever the assignments say: a missing assignment row
    // does not make plaintext there acceptable.
    QSet<model::Feature> keyed = assigned;
    for (const auto &[id, r] : keys.records())
        if (r.state == catalog::FeatureKeyState::Active)
            keyed.insert(r.feature);
    const ObjectInventory &inventory = ws.inventory();

    // Every FK still in use must unwrap: a disabled or deleted KEK stops the job with its blast radius.
    for (const auto &[id, r] : keys.records()) {
        auto fk = keys.featureKey(id);
        if (!fk) {
            if (isRevocation(fk.error())) {
                reportBlastRadius(report, fk.error(), r.feature, planned);
                return Error::make(fk.error().code,
                                   QStringLiteral("%1; nothing can be verified under it").arg(fk.error().detail));
            }
            return fk.error();
        }
    }

    QList<PlannedObject> scope = planned;
    if (m_sample > 0 && m_sample < scope.size()) {
        QList<PlannedObject> sample;
        const double step = double(scope.size()) / double(m_sample);
        for (qint64 i = 0; i < m_sample; ++i)
            sample << scope.at(qsizetype(double(i) * step));
        report.skipped = scope.size() - sample.size();
        scope = sample;
    }
    report.total = scope.size();
    storage::ObjectStore &objects = ws.store();
    const bool doubleOn = workspace.workspace.options().isSet(model::WorkspaceOption::DbfsDoubleEncryption);

    // The store as a whole, against the inventory, whether every object is checked or a sample: what is not an
    // object where objects live, and the sealed objects the inventory has that are gone.
    QList<ObjectOutcome> storeFindings;
    QSet<QString> present;
    for (const PlannedObject &o : planned)
        present.insert(o.path);
    for (const storage::ObjectInfo &e : ws.others()) {
        present.insert(e.path);
        ObjectOutcome out{e.path, ObjectState::Ok, {}, {}, -1, ErrorCode::Io, {}};
        switch (e.kind) {
        case storage::EntryKind::Directory:
            if (!inventory.entry(e.path))
                continue; // an ordinary folder
            out.setFinding(FindingKind::NotRegularFile, QStringLiteral("a folder where the inventory has an object"));
            break;
        case storage::EntryKind::Symlink:
            out.setFinding(FindingKind::NotRegularFile, QStringLiteral("a symbolic link (never followed)"));
            break;
        case storage::EntryKind::Special:
            out.setFinding(FindingKind::NotRegularFile, QStringLiteral("a FIFO, socket or device file"));
            break;
        case storage::EntryKind::Object:
            if (e.inUse)
                continue; // a write in progress
            out.setFinding(FindingKind::Unexpected,
                           QStringLiteral("a file under a temporary name that no writer holds (left alone; encrypt and "
                                          "rekey remove such leftovers of killed writers)"));
            break;
        }
        storeFindings << out;
    }
    for (const catalog::InventoryEntry &e : inventory.entries()) {
        if (e.state != catalog::InventoryState::Sealed || present.contains(e.path))
            continue;
        ObjectOutcome out{e.path, ObjectState::Ok, {}, {}, -1, ErrorCode::Io, {}};
        out.setFinding(FindingKind::Missing, QStringLiteral("the inventory has sealed object %1 here (%2 bytes); "
                                                            "there is no file")
                                                 .arg(QString::fromLatin1(e.objectId.toHex().left(16)))
                                                 .arg(e.size));
        storeFindings << out;
    }
    if (!storeFindings.isEmpty()) {
        if (auto st = recordBatch(catalog, report, storeFindings); !st)
            return st;
    }

    std::function<ObjectOutcome(const PlannedObject &)> work = [&](const PlannedObject &o) -> ObjectOutcome {
        ObjectOutcome out{o.path, ObjectState::Ok, {}, {}, -1, ErrorCode::Io, {}};
        auto finding = [&](FindingKind kind, const QString &detail, qint64 segment = -1) {
            out.setFinding(kind, detail, segment);
            return out;
        };
        if (!o.objectClass)
            return finding(FindingKind::Unexpected,
                           QStringLiteral("in no folder of the workspace layout: no data type, so no key applies"));
        if (o.keying.feature == model::Feature::Platform)
            return out; // no customer key applies: left to the platform
        const bool isKeyed = keyed.contains(o.keying.feature);
        auto in = objects.openRead(o.path);
        if (!in) {
            out.setError(in.error());
            return out;
        }
        auto sniff = sniffHeader(**in);
        if (!sniff)
            return finding(FindingKind::Corrupt, sniff.error().detail);
        if (!sniff->has_value()) {
            if (auto damaged = inventory.checkPlain(o.path))
                return finding(damaged->kind, damaged->detail);
            if (!isKeyed)
                return out;
            const QString fid = model::featureId(o.keying.feature);
            return finding(FindingKind::Plaintext,
                           assigned.contains(o.keying.feature)
                               ? QStringLiteral("stored in clear although %1 has a customer key").arg(fid)
                               : QStringLiteral("stored in clear although %1 has an active feature key (its key "
                                                "assignment is missing from the catalog)")
                                     .arg(fid));
        }
        const envelope::Kwe1Header &h = **sniff;
        auto tag = readFinalTag(**in);
        if (!tag) {
            if (tag.error().code == ErrorCode::Format)
                return finding(FindingKind::Corrupt, tag.error().detail);
            out.setError(storage::deviceError(tag.error(), {in->get()}));
            return out;
        }
        if (auto moved = inventory.checkSealed(o.path, h, *tag, keys.records()))
            return finding(moved->kind, moved->detail);
        const auto rec = keys.records().find(h.fkId);
        if (rec == keys.records().end())
            return finding(FindingKind::UnknownFk, QStringLiteral("sealed under feature key %1, unknown to this "
                                                                  "workspace")
                                                       .arg(QString::fromLatin1(h.fkId.toHex())));
        const model::Feature expectedOuter =
            (o.keying.platformLayer && doubleOn) ? model::Feature::Platform : o.keying.feature;
        if (rec->second.feature != expectedOuter)
            return finding(FindingKind::WrongFk,
                           QStringLiteral("sealed under the %1 feature key where %2 is expected")
                               .arg(model::featureId(rec->second.feature), model::featureId(expectedOuter)));
        if (!(*in)->seek(0)) {
            out.setError(Error::make(ErrorCode::Io, QStringLiteral("cannot rewind %1").arg(o.path)));
            return out;
        }
        auto opened = envelope::open(in->get(), nullptr, keys);
        if (!opened) {
            const Error &e = opened.error();
            // A store that went away mid-object stops the job: no finding about the object.
            if (const Error unreachable = storage::deviceError(e, {in->get()}); unreachable.code != e.code) {
                out.setError(unreachable);
                return out;
            }
            if (e.code == ErrorCode::Auth)
                return finding(FindingKind::Tampered, e.detail, e.segment);
            if (e.code == ErrorCode::Format)
                return finding(FindingKind::Corrupt, e.detail);
            return finding(revocationFindingKind(e.code).value_or(FindingKind::WrongFk), e.detail);
        }
        // The innermost layer decides which customer FK the data is under.
        const QByteArray innerFk = opened->inner ? opened->inner->fkId : h.fkId;
        const auto inner = keys.records().find(innerFk);
        if (inner == keys.records().end() || inner->second.feature != o.keying.feature)
            return finding(FindingKind::WrongFk, QStringLiteral("the customer layer is not under the %1 feature key")
                                                     .arg(model::featureId(o.keying.feature)));
        if (inner->second.state != catalog::FeatureKeyState::Active ||
            rec->second.state != catalog::FeatureKeyState::Active)
            return finding(FindingKind::RetiredFk,
                           QStringLiteral("still under a retired feature key (generation %1); run rekey")
                               .arg(inner->second.generation));
        return out;
    };

    std::function<Status(const QList<ObjectOutcome> &)> record = [&](const QList<ObjectOutcome> &outcomes) {
        const Status recorded = recordBatch(catalog, report, outcomes);
        // Every object looked at counts as verified, findings included.
        for (const ObjectOutcome &o : outcomes)
            report.processed += o.state != ObjectState::Ok ? 1 : 0;
        return recorded;
    };
    watchKeys(&keys); // a KEK disabled or deleted while the job runs stops it after the batch
    if (auto st = forEachObject<ObjectOutcome>(scope, work, record); !st)
        return st;

    VerifyResult result;
    result.quick = m_sample > 0;
    for (const JobFinding &f : std::as_const(report.findings))
        ++result.findingsByKind[f.kind];
    report.verify = result;
    report.message =
        report.findings.isEmpty()
            ? QStringLiteral("%1 objects verified, no findings").arg(report.processed)
            : QStringLiteral("%1 objects verified, %2 findings").arg(report.processed).arg(report.findings.size());
    return {};
}

} // namespace keyward::jobs
