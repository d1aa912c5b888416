// VerifyJob: structure, key and authentication checks over a workspace's objects.
#include "jobs/VerifyJob.h"

#include "envelope/Envelope.h"
#include "jobs/EncryptJob.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/WorkspaceObjects.h"
#include "storage/LocalFolderStore.h"

namespace keyward::jobs {

namespace {

struct Outcome
{
    QString path;
    QString state; // ok | finding | error
    QString finding;
    QString detail;
    qint64 segment = -1;
    ErrorCode code = ErrorCode::Io;
};

} // namespace

VerifyJob::VerifyJob(JobSettings settings, KeyStoreProvider &stores, qint64 sample, const Clock &clock)
    : Job(QStringLiteral("verify"), std::move(settings), stores, clock), m_sample(sample)
{
    m_params.insert(QStringLiteral("sample"), sample);
}

Status VerifyJob::execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report)
{
    auto store = storage::LocalFolderStore::open(workspace.storageRoot, storage::LocalFolderStore::OpenMode::MustExist);
    if (!store)
        return store.error();
    auto planned = planObjects(**store, workspace.workspace.options());
    if (!planned)
        return planned.error();
    FeatureKeyService keys(catalog, stores(), workspace, clock());
    if (auto st = keys.loadRecords(); !st)
        return st;
    auto assignments = catalog.assignments(workspace.id);
    if (!assignments)
        return assignments.error();
    QSet<model::Feature> assigned;
    for (const catalog::Assignment &a : *assignments)
        assigned.insert(a.feature);

    // Every FK still in use must unwrap: a disabled or deleted KEK stops the job with its blast radius.
    std::map<model::Feature, QByteArray> activeFk;
    for (const auto &[id, r] : keys.records()) {
        auto fk = keys.featureKey(id);
        if (!fk) {
            if (isRevocation(fk.error())) {
                reportBlastRadius(fk.error(), r.feature, *planned, report);
                return Error::make(fk.error().code,
                                   QStringLiteral("%1; nothing can be verified under it").arg(fk.error().detail));
            }
            return fk.error();
        }
        if (r.state == catalog::FeatureKeyState::Active)
            activeFk[r.feature] = id;
    }

    QList<PlannedObject> scope = *planned;
    if (m_sample > 0 && m_sample < scope.size()) {
        QList<PlannedObject> sample;
        const double step = double(scope.size()) / double(m_sample);
        for (qint64 i = 0; i < m_sample; ++i)
            sample << scope.at(qsizetype(double(i) * step));
        report.skipped = scope.size() - sample.size();
        scope = sample;
    }
    report.total = scope.size();
    storage::ObjectStore &objects = **store;
    const bool doubleOn = workspace.workspace.options().isSet(model::WorkspaceOption::DbfsDoubleEncryption);

    std::function<Outcome(const PlannedObject &)> work = [&](const PlannedObject &o) -> Outcome {
        Outcome out{o.path, QStringLiteral("ok"), {}, {}, -1, ErrorCode::Io};
        auto finding = [&](const QString &kind, const QString &detail, qint64 segment = -1) {
            out.state = QStringLiteral("finding");
            out.finding = kind;
            out.detail = detail;
            out.segment = segment;
            return out;
        };
        if (!o.objectClass || o.keying.feature == model::Feature::Platform)
            return out; // no customer key applies: left to the platform
        const bool keyed = assigned.contains(o.keying.feature);
        auto in = objects.openRead(o.path);
        if (!in) {
            out.state = QStringLiteral("error");
            out.detail = in.error().detail;
            out.code = in.error().code;
            return out;
        }
        auto sniff = sniffHeader(**in);
        if (!sniff)
            return finding(QStringLiteral("corrupt"), sniff.error().detail);
        if (!sniff->has_value())
            return keyed ? finding(QStringLiteral("plaintext"),
                                   QStringLiteral("stored in clear although %1 has a customer key")
                                       .arg(model::featureId(o.keying.feature)))
                         : out;
        const envelope::Kwe1Header &h = **sniff;
        const auto rec = keys.records().find(h.fkId);
        if (rec == keys.records().end())
            return finding(QStringLiteral("unknown-fk"),
                           QStringLiteral("sealed under feature key %1, unknown to this workspace")
                               .arg(QString::fromLatin1(h.fkId.toHex())));
        const model::Feature expectedOuter =
            (o.keying.platformLayer && doubleOn) ? model::Feature::Platform : o.keying.feature;
        if (rec->second.feature != expectedOuter)
            return finding(QStringLiteral("wrong-fk"),
                           QStringLiteral("sealed under the %1 feature key where %2 is expected")
                               .arg(model::featureId(rec->second.feature), model::featureId(expectedOuter)));
        if (!(*in)->seek(0)) {
            out.state = QStringLiteral("error");
            out.detail = QStringLiteral("cannot rewind %1").arg(o.path);
            return out;
        }
        auto opened = envelope::open(in->get(), nullptr, keys);
        if (!opened) {
            const Error &e = opened.error();
            if (e.code == ErrorCode::Auth)
                return finding(QStringLiteral("tampered"), e.detail, e.segment);
            if (e.code == ErrorCode::Format)
                return finding(QStringLiteral("corrupt"), e.detail);
            return finding(isRevocation(e) ? errorCodeName(e.code) : QStringLiteral("wrong-fk"), e.detail);
        }
        // The innermost layer decides which customer FK the data is under.
        const QByteArray innerFk = opened->inner ? opened->inner->fkId : h.fkId;
        const auto inner = keys.records().find(innerFk);
        if (inner == keys.records().end() || inner->second.feature != o.keying.feature)
            return finding(QStringLiteral("wrong-fk"),
                           QStringLiteral("the customer layer is not under the %1 feature key")
                               .arg(model::featureId(o.keying.feature)));
        if (inner->second.state != catalog::FeatureKeyState::Active ||
            rec->second.state != catalog::FeatureKeyState::Active)
            return finding(QStringLiteral("retired-fk"),
                           QStringLiteral("still under a retired feature key (generation %1); run rekey")
                               .arg(inner->second.generation));
        return out;
    };

    // Every object looked at counts as verified, findings included.
    std::function<QString(const Outcome &)> tally = [&](const Outcome &o) {
        if (o.state != QLatin1String("ok"))
            ++report.processed;
        return o.detail;
    };
    std::function<Status(const QList<Outcome> &)> record = [&](const QList<Outcome> &outcomes) {
        return recordBatch(catalog, report, outcomes, tally);
    };
    if (auto st = forEachBatch<PlannedObject, Outcome>(scope, work, record); !st)
        return st;

    QJsonObject byKind;
    for (const JobFinding &f : std::as_const(report.findings))
        byKind.insert(f.kind, byKind.value(f.kind).toInt() + 1);
    report.extra.insert(QStringLiteral("findings_by_kind"), byKind);
    report.extra.insert(QStringLiteral("quick"), m_sample > 0);
    report.message =
        report.findings.isEmpty()
            ? QStringLiteral("%1 objects verified, no findings").arg(report.processed)
            : QStringLiteral("%1 objects verified, %2 findings").arg(report.processed).arg(report.findings.size());
    return {};
}

} // namespace keyward::jobs
