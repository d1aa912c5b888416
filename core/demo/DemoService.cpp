// DemoService: the demo flow over the services and jobs.
#include "demo/DemoService.h"

#include "demo/DemoWorkspace.h"
#include "jobs/EncryptJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "services/AssignmentService.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"
#include "storage/LocalFolderStore.h"
#include "storage/ObjectStoreFactory.h"

#include <QTemporaryDir>

#include <limits>

namespace keyward::services {

namespace {

struct DemoKey
{
    QString name;
    keystore::KeyKind kind;
    int bits;
    model::Feature feature;
};

const QList<DemoKey> &demoKeys()
{
    static const QList<DemoKey> keys = {
        {QStringLiteral("demo-managed-services"), keystore::KeyKind::Aes, 256, model::Feature::ManagedServices},
        {QStringLiteral("demo-dbfs-root"), keystore::KeyKind::Rsa, 3072, model::Feature::DbfsRoot},
        {QStringLiteral("demo-managed-disks"), keystore::KeyKind::Aes, 256, model::Feature::ManagedDisks}};
    return keys;
}

} // namespace

QString DemoRequest::storeName() const
{
    return store.isEmpty() ? DemoService::vaultName() : store;
}

bool DemoResult::clean() const
{
    for (const jobs::JobReport &r : jobs)
        if (!r.ok() || !r.findings.isEmpty())
            return false;
    return historyIntact && !jobs.isEmpty();
}

void DemoService::step(DemoStep s, const QStringList &args)
{
    if (m_observer)
        m_observer->demoStep(s, args);
}

Status DemoService::ensureVaultAndKeys(const DemoRequest &request)
{
    const QString vault = request.storeName();
    auto found = m_context.registry().find(vault);
    if (!found && found.error().code != ErrorCode::NotFound)
        return found.error();
    if (!found && !request.store.isEmpty())
        return Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {vault}, found.error().detail);
    if (!found) {
        AddLocalStoreRequest request;
        request.name = vault;
        auto added = StoreService(m_context).addLocal(request);
        if (!added)
            return added.error();
        const bool keychain = added->protection == keystore::VaultProtection::Keychain;
        step(DemoStep::VaultCreated, {vault, keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase")});
    } else {
        step(DemoStep::VaultUsed, {vault});
    }
    auto store = m_context.stores().store(vault);
    if (!store)
        return store.error();
    for (const DemoKey &k : demoKeys()) {
        auto existing = (*store)->keyVersion(k.name);
        if (existing)
            continue;
        if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
        // Azure Key Vault offers no AES keys (only a Managed HSM does): RSA there.
        keystore::CreateKeyRequest key(k.name, k.kind, k.bits);
        if (!(*store)->supportsKeyType(k.kind, k.bits)) {
            key.kind = keystore::KeyKind::Rsa;
            key.bits = 3072;
        }
        auto made = (*store)->createKey(key);
        if (!made)
            return made.error();
        step(DemoStep::KeyCreated,
             {made->id, QStringLiteral("%1-%2").arg(keystore::keyKindName(key.kind)).arg(key.bits)});
    }
    return {};
}

Status DemoService::checkWorkspaceIsOurs(const QString &name)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto existing = (*catalog)->workspace(name);
    if (!existing)
        return existing.error().code == ErrorCode::NotFound ? Status() : Status(existing.error());
    // Only a workspace the demo made: an admin's workspace of that name is never encrypted and rotated here.
    auto log = (*catalog)->auditLog(std::numeric_limits<int>::max());
    if (!log)
        return log.error();
    // The creation entry must end in the workspace's own folder followed by the demo's origin: an admin's folder
    // name that itself ends in " origin=demo" leaves its own folder last, so it cannot pass for the demo's.
    const QString ours = QStringLiteral(" storage=%1 origin=%2").arg(existing->storageRoot, origin());
    for (const catalog::AuditEntry &e : *log) {
        if (e.action == QLatin1String("workspace.create") && e.target == name &&
            (e.detail == origin() || e.detail.endsWith(ours)))
            return {};
    }
    return Error::because(ErrorCode::Forbidden, Reason::DemoWorkspaceForeign, {name},
                          QStringLiteral("workspace '%1' exists and was not made by the demo").arg(name));
}

Result<catalog::WorkspaceRecord> DemoService::ensureWorkspace(const DemoRequest &request)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto existing = (*catalog)->workspace(request.workspace);
    if (existing) {
        step(DemoStep::WorkspaceUsed, {request.workspace, existing->storageRoot});
        return existing;
    }
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();

    CreateWorkspaceRequest create;
    create.name = request.workspace;
    create.region = QStringLiteral("westeurope");
    create.options = {model::WorkspaceOption::DbfsDoubleEncryption, model::WorkspaceOption::ManagedDiskRotateToLatest};
    create.origin = origin();
    create.storage = request.storage;
    if (request.storageCredential) {
        const storage::AzureBlobCredential &given = *request.storageCredential;
        storage::AzureBlobCredential &copy = create.storageCredential.emplace();
        copy.kind = given.kind;
        copy.account = given.account;
        copy.accountKey = given.accountKey.clone();
        copy.sas = given.sas.clone();
    }
    auto created = WorkspaceService(m_context).create(create);
    if (!created)
        return created.error();
    const catalog::WorkspaceRecord &ws = created->record;
    // The generator writes some objects out of order (a disk image's header last), which a blob upload cannot:
    // a container's sample data is made in a private temporary folder first and then copied in.
    const bool local = storage::localFolder(ws.storageRoot).has_value();
    std::optional<QTemporaryDir> staging; // 0700, removed when done
    if (!local && !staging.emplace().isValid())
        return Error::make(ErrorCode::Io, QStringLiteral("cannot make a temporary folder for the sample data"));
    auto folder = storage::LocalFolderStore::open(local ? ws.storageRoot : staging->path());
    if (!folder)
        return folder.error();
    // Sample data can be made again if the machine stops half way: no fsync per object while generating.
    (*folder)->setSyncWrites(false);
    demo::DemoParams params;
    params.objectCount = qMax(demo::DemoWorkspace::minimumObjectCount(), request.objects);
    params.totalBytes = request.sizeMiB << 20;
    auto summary = demo::DemoWorkspace(params).generate(**folder);
    if (!summary)
        return summary.error();
    if (!local) {
        auto target = openWorkspaceStore(m_context, ws);
        if (!target)
            return target.error();
        if (auto st = storage::copyObjects(**folder, **target); !st)
            return st.error();
    }
    step(DemoStep::WorkspaceCreated,
         {ws.workspace.name(), QString::number(summary->objects), QString::number(summary->bytes >> 20),
          QString::number(summary->perType.size()), ws.storageRoot});
    return ws;
}

Status DemoService::ensureAssignments(const DemoRequest &demo, const catalog::WorkspaceRecord &workspace)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    for (const DemoKey &k : demoKeys()) {
        auto existing = (*catalog)->assignment(workspace.id, k.feature);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        AssignRequest request;
        request.workspace = workspace.workspace.name();
        request.feature = k.feature;
        request.store = demo.storeName();
        request.key = k.name;
        request.followLatest = k.feature == model::Feature::ManagedDisks;
        auto assigned = AssignmentService(m_context).assign(request);
        if (!assigned)
            return assigned.error();
        step(DemoStep::KeyAssigned,
             {demo.storeName(), k.name, model::featureId(k.feature),
              assigned->assignment.followLatest() ? QStringLiteral("follows") : QStringLiteral("pinned")});
    }
    return {};
}

Result<DemoResult> DemoService::run(const DemoRequest &request, DemoObserver *observer)
{
    m_observer = observer;
    step(DemoStep::DataDirectory, {m_context.dataDir()});
    if (auto st = checkWorkspaceIsOurs(request.workspace); !st)
        return st.error();
    if (auto st = ensureVaultAndKeys(request); !st)
        return st.error();
    auto workspace = ensureWorkspace(request);
    if (!workspace)
        return workspace.error();
    if (auto st = ensureAssignments(request, *workspace); !st)
        return st.error();

    DemoResult result;
    result.workspace = request.workspace;
    jobs::JobSettings settings;
    settings.catalogPath = m_context.catalogPath();
    settings.workspace = request.workspace;
    jobs::KeyStoreProvider &stores = m_context.stores();
    jobs::JobObserver *jobObserver = observer ? observer->jobObserver() : nullptr;
    auto runJob = [&](jobs::Job &job, DemoStep s) {
        step(s);
        const jobs::JobReport report = job.run(jobObserver);
        result.jobs << report;
        if (observer)
            observer->demoJobFinished(report);
    };
    jobs::EncryptJob encrypt(settings, stores, m_context.clock());
    runJob(encrypt, DemoStep::Encrypt);
    jobs::VerifyJob verify(settings, stores, 0, m_context.clock());
    runJob(verify, DemoStep::Verify);
    jobs::RotateJob rotate(settings, stores, {}, false, m_context.clock());
    runJob(rotate, DemoStep::Rotate);
    jobs::VerifyJob again(settings, stores, 0, m_context.clock());
    runJob(again, DemoStep::VerifyAgain);

    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto check = (*catalog)->verifyHistory();
    if (!check)
        return check.error();
    result.historyIntact = check->intact;
    if (check->intact)
        step(DemoStep::HistoryIntact, {QString::number(check->entries)});
    else
        step(DemoStep::HistoryBroken, {check->problem});
    step(result.clean() ? DemoStep::Done : DemoStep::DoneWithProblems, {request.workspace});
    return result;
}

} // namespace keyward::services
