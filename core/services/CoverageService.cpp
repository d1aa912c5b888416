// CoverageService: gathers a workspace's coverage facts from the catalog and its key stores, and lists the
// objects behind a data type.
#include "services/CoverageService.h"

#include "jobs/JobFinding.h"
#include "jobs/JobReport.h"
#include "jobs/ObjectPlan.h"
#include "model/DataTypeCatalogue.h"
#include "model/MatrixRules.h"
#include "model/ObjectLayout.h"
#include "services/Messages.h"
#include "storage/ObjectStoreFactory.h"

#include <QHash>

namespace keyward::services {

using model::ChangeKind;
using model::Feature;
using model::KeyCheck;

namespace {

// Enough of the audit log to find a workspace's latest assignment and import among everything else it holds.
constexpr int AuditEntriesRead = 20000;

// Stands in for the person at the console during a refresh: nobody is asked, the store stays locked.
class RefusingPrompt final : public SecretPrompt
{
public:
    Result<crypto::SecureBytes> ask(const SecretRequest &request) override
    {
        return Error::make(
            ErrorCode::Locked,
            QStringLiteral("'%1' needs a passphrase or PIN, which a refresh does not ask for").arg(request.subject));
    }
};

bool isLocked(ErrorCode code)
{
    return code == ErrorCode::Locked || code == ErrorCode::WrongPassphrase || code == ErrorCode::Cancelled;
}

KeyCheck checkOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::KeyDisabled:
        return KeyCheck::Disabled;
    case ErrorCode::KeyDeleted:
        return KeyCheck::Deleted;
    case ErrorCode::KeyExpired:
        return KeyCheck::Expired;
    case ErrorCode::KeyNotYetValid:
        return KeyCheck::NotYetValid;
    case ErrorCode::NotFound:
        return KeyCheck::NotFound;
    default:
        return isLocked(code) ? KeyCheck::StoreLocked : KeyCheck::StoreUnreachable;
    }
}

model::KeyFacts keyFacts(const catalog::Assignment &a, jobs::KeyStoreProvider &stores, const QDateTime &now)
{
    model::KeyFacts k;
    k.store = a.store;
    k.keyName = a.keyName;
    k.assignedVersion = a.keyVersion;
    k.version = a.keyVersion;
    auto store = stores.store(a.store);
    if (!store) {
        k.check = isLocked(store.error().code) ? KeyCheck::StoreLocked : KeyCheck::StoreUnreachable;
        k.problem = Messages::full(store.error());
        return k;
    }
    auto version = (*store)->keyVersion(a.keyName, a.keyVersion);
    if (!version) {
        k.check = checkOf(version.error().code);
        if (k.check == KeyCheck::StoreUnreachable || k.check == KeyCheck::StoreLocked)
            k.problem = Messages::full(version.error());
        return k;
    }
    k.version = version->version;
    k.expires = version->expires;
    if (!version->enabled)
        k.check = KeyCheck::Disabled;
    else if (version->isExpired(now))
        k.check = KeyCheck::Expired;
    else if (version->isNotYetValid(now))
        k.check = KeyCheck::NotYetValid;
    else
        k.check = KeyCheck::Usable;
    return k;
}

void noteChange(model::CoverageFacts &facts, Feature feature, const QDateTime &at, ChangeKind kind)
{
    if (!at.isValid())
        return;
    const auto it = facts.lastChange.find(feature);
    if (it == facts.lastChange.end() || it->second.at < at)
        facts.lastChange[feature] = {at, kind};
}

void noteWorkspaceChange(model::CoverageFacts &facts, const QDateTime &at, ChangeKind kind)
{
    for (Feature f : model::customerKeyFeatures())
        noteChange(facts, f, at, kind);
}

// The last verification that finished and looked at every object; nullopt when there is none.
Result<std::optional<catalog::JobRecord>> lastFullVerify(catalog::Catalog &catalog, qint64 workspaceId)
{
    auto verifies = catalog.jobs(workspaceId, jobs::jobKindName(jobs::JobKind::Verify));
    if (!verifies)
        return verifies.error();
    std::optional<catalog::JobRecord> last;
    for (const catalog::JobRecord &j : *verifies) { // oldest first
        if (j.state == catalog::JobState::Done && j.params.value(QStringLiteral("sample")).toInteger() <= 0)
            last = j;
    }
    return last;
}

Status gatherChanges(catalog::Catalog &catalog, const catalog::WorkspaceRecord &ws, model::CoverageFacts &facts)
{
    const QString name = ws.workspace.name();
    auto audit = catalog.auditLog(AuditEntriesRead);
    if (!audit)
        return audit.error();
    for (const catalog::AuditEntry &e : *audit) {
        if (e.target != name)
            continue;
        if (e.action == QLatin1String("assign") || e.action == QLatin1String("assign.clear")) {
            // The detail starts with the feature's id: "dbfs-root -> store/key/version", "dbfs-root (was ...)".
            if (auto f = model::parseFeature(e.detail.section(QLatin1Char(' '), 0, 0)))
                noteChange(facts, *f, e.at, ChangeKind::Assignment);
        } else if (e.action == QLatin1String("workspace.import")) {
            noteWorkspaceChange(facts, e.at, ChangeKind::Import);
        }
    }
    auto history = catalog.history(name);
    if (!history)
        return history.error();
    for (const catalog::HistoryEntry &e : *history) {
        if (!e.result.startsWith(QLatin1String("ok")))
            continue; // a failed step changed nothing
        if (auto f = model::parseFeature(e.feature))
            noteChange(facts, *f, e.at, ChangeKind::Rotation);
    }
    auto encrypts = catalog.jobs(ws.id, jobs::jobKindName(jobs::JobKind::Encrypt));
    if (!encrypts)
        return encrypts.error();
    for (const catalog::JobRecord &j : *encrypts) {
        // Only a job that sealed something changed the data; one still running has not finished changing it.
        if (j.state == catalog::JobState::Running || j.result.value(QStringLiteral("processed")).toInteger() <= 0)
            continue;
        noteWorkspaceChange(facts, j.finished.isValid() ? j.finished : j.started, ChangeKind::Encryption);
    }
    return {};
}

Status gatherVerify(catalog::Catalog &catalog, qint64 workspaceId, model::CoverageFacts &facts)
{
    auto last = lastFullVerify(catalog, workspaceId);
    if (!last)
        return last.error();
    if (!*last)
        return {};
    model::VerifyFacts v;
    v.jobId = (*last)->id;
    v.started = (*last)->started;
    v.finished = (*last)->finished;
    auto objects = catalog.jobObjects(v.jobId);
    if (!objects)
        return objects.error();
    const QString plaintext = jobs::findingKindName(jobs::FindingKind::Plaintext);
    for (const catalog::JobObject &o : *objects) {
        auto cls = model::classifyObject(o.object);
        if (!cls)
            continue; // outside every data type: no row to count it in
        model::TypeVerifyFacts &t = v.byDataType[cls->dataTypeId];
        ++t.objects;
        if (o.finding == plaintext)
            ++t.plaintext;
        else if (!o.finding.isEmpty())
            ++t.findings;
    }
    facts.lastVerify = v;
    return {};
}

} // namespace

QString sealId(WorkspaceObject::Seal seal)
{
    switch (seal) {
    case WorkspaceObject::Seal::Sealed:
        return QStringLiteral("sealed");
    case WorkspaceObject::Seal::Plaintext:
        return QStringLiteral("plaintext");
    case WorkspaceObject::Seal::Invalid:
        return QStringLiteral("invalid");
    case WorkspaceObject::Seal::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QString();
}

Result<model::CoverageFacts> CoverageService::facts(const QString &workspace, const MeasureOptions &options)
{
    auto record = m_context.workspace(workspace);
    if (!record)
        return record.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    model::CoverageFacts facts;
    facts.workspace = record->workspace.name();
    facts.measured = m_context.clock().now();

    auto assignments = (*catalog)->assignments(record->id);
    if (!assignments)
        return assignments.error();
    // Without leave to prompt, stores are opened apart from the context's, through a prompt that never asks.
    RefusingPrompt refusing;
    std::unique_ptr<jobs::RegistryKeyStoreProvider> quiet;
    jobs::KeyStoreProvider *stores = &m_context.stores();
    if (!options.mayPrompt) {
        quiet = std::make_unique<jobs::RegistryKeyStoreProvider>(m_context.dataDir(), m_context.secrets(), &refusing,
                                                                 m_context.clock());
        stores = quiet.get();
    }
    for (const catalog::Assignment &a : *assignments)
        facts.keys[a.feature] = keyFacts(a, *stores, facts.measured);

    if (auto st = gatherChanges(**catalog, *record, facts); !st)
        return st.error();
    if (auto st = gatherVerify(**catalog, record->id, facts); !st)
        return st.error();
    return facts;
}

Result<MeasuredCoverage> CoverageService::measure(const QString &workspace, const MeasureOptions &options)
{
    MeasuredCoverage result;
    auto details = WorkspaceService(m_context).details(workspace);
    if (!details)
        return details.error();
    result.details = *details;
    auto facts = this->facts(workspace, options);
    if (!facts)
        return facts.error();
    result.facts = *facts;
    result.cells = model::evaluateMatrix(result.details.model, result.facts);
    return result;
}

Result<QList<WorkspaceObject>> CoverageService::objectsOf(const QString &workspace, const QString &dataTypeId)
{
    if (!model::DataTypeCatalogue::find(dataTypeId))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no data type '%1'").arg(dataTypeId));
    auto record = m_context.workspace(workspace);
    if (!record)
        return record.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto store = storage::openObjectStore(record->storageRoot);
    if (!store)
        return store.error();
    auto planned = jobs::planObjects(**store, record->workspace.options());
    if (!planned)
        return planned.error();

    QHash<QString, QString> verified; // path -> "ok" or the finding's kind
    auto last = lastFullVerify(**catalog, record->id);
    if (!last)
        return last.error();
    if (*last) {
        auto objects = (*catalog)->jobObjects((*last)->id);
        if (!objects)
            return objects.error();
        for (const catalog::JobObject &o : *objects)
            verified.insert(o.object, o.finding.isEmpty() ? QStringLiteral("ok") : o.finding);
    }

    QList<WorkspaceObject> result;
    for (const jobs::PlannedObject &p : *planned) {
        if (!p.objectClass || p.objectClass->dataTypeId != dataTypeId)
            continue;
        WorkspaceObject o;
        o.path = p.path;
        o.size = p.size;
        o.lastVerify = verified.value(p.path);
        auto in = (*store)->openRead(p.path);
        if (!in) {
            o.seal = WorkspaceObject::Seal::Unreadable;
        } else if (auto sniff = jobs::sniffHeader(**in); !sniff) {
            o.seal = WorkspaceObject::Seal::Invalid;
        } else if (!sniff->has_value()) {
            o.seal = WorkspaceObject::Seal::Plaintext;
        } else {
            o.seal = WorkspaceObject::Seal::Sealed;
            o.layer = envelope::kwe1FeatureName((*sniff)->feature);
            o.featureKey = QString::fromLatin1((*sniff)->fkId.toHex().left(8));
        }
        result << o;
    }
    return result;
}

} // namespace keyward::services
