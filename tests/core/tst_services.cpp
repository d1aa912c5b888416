// TestServices: the application services over a real catalog and local vault in a temp data directory (the
// keychain is the in-memory SecretStore): workspaces, assignments with their check list, key stores with
// rollback, and the audit entry that goes with every change. Outcomes are asserted by code and reason.
#include "catalog/Catalog.h"
#include "keystore/StoreRegistry.h"
#include "services/AssignmentService.h"
#include "services/AuditedChange.h"
#include "services/HistoryService.h"
#include "services/KeptHead.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::services;
using model::Feature;

namespace {

AssignRequest request(const char *workspace, Feature feature, const char *store, const char *key)
{
    AssignRequest r;
    r.workspace = QLatin1String(workspace);
    r.feature = feature;
    r.store = QLatin1String(store);
    r.key = QLatin1String(key);
    return r;
}

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void workspaceCreateAndChange();
    void storeAddRefusals();
    void storeAddRollsBackWhenRegistryFails();
    void storeAddRollsBackWhenAuditFails();
    void assignWithCheckList();
    void assignRefusedByEachCheck();
    void followLatestOnDisks();
    void clearAndRemoveGuardedByUse();
    void auditedChangeIsAllOrNothing();
    void catalogAccessAndIdentity();
    void historyHeadKeptOutsideTheCatalog();

private:
    int auditCount(const QString &action);
    void addVaultWithKey(const QString &store, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<test::ScriptedPrompt> m_prompt;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_context;
};

void TestServices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_prompt = std::make_unique<test::ScriptedPrompt>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    m_context = std::make_unique<Context>(m_dir->path(), *m_secrets, m_prompt.get(), *m_clock);
}

void TestServices::cleanup()
{
    m_context.reset();
}

int TestServices::auditCount(const QString &action)
{
    auto catalog = m_context->catalog();
    if (!catalog)
        return -1;
    auto log = (*catalog)->auditLog();
    if (!log)
        return -1;
    int n = 0;
    for (const catalog::AuditEntry &e : *log)
        n += e.action == action ? 1 : 0;
    return n;
}

void TestServices::addVaultWithKey(const QString &store, const QString &key)
{
    AddLocalStoreRequest request;
    request.name = store;
    request.protection = keystore::VaultOptions::Protection::Keychain;
    auto added = StoreService(*m_context).addLocal(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
    auto opened = m_context->stores().store(store);
    QVERIFY(opened.ok());
    auto made = (*opened)->createKey({key, keystore::KeyKind::Aes, 256});
    QVERIFY(made.ok());
}

void TestServices::workspaceCreateAndChange()
{
    WorkspaceService service(*m_context);
    CreateWorkspaceRequest request;
    request.name = QStringLiteral("lab");
    request.region = QStringLiteral("  westeurope ");
    request.options = {model::WorkspaceOption::DbfsDoubleEncryption};
    auto created = service.create(request);
    QVERIFY(created.ok());
    QCOMPARE(created->record.workspace.region(), QStringLiteral("westeurope"));
    for (const char *area : {"control-plane", "root", "disks", "serverless"})
        QVERIFY(QFileInfo(QDir(created->record.storageRoot).filePath(QLatin1String(area))).isDir());
    QCOMPARE(auditCount(QStringLiteral("workspace.create")), 1);

    auto again = service.create(request);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(again.error().reason, Reason::WorkspaceExists);

    request.name = QStringLiteral("lab2");
    request.storage = created->record.storageRoot + QStringLiteral("/");
    auto sameFolder = service.create(request);
    QCOMPARE(sameFolder.error().reason, Reason::StorageInUse);

    request.name = QStringLiteral("x");
    QCOMPARE(service.create(request).error().reason, Reason::WorkspaceNameInvalid);

    // A folder that cannot be made leaves no workspace behind (outside the data directory, which no workspace's
    // folder may overlap).
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    QFile blocker(QDir(outside.path()).filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    request.name = QStringLiteral("lab3");
    request.storage = blocker.fileName();
    QCOMPARE(service.create(request).error().reason, Reason::StorageNotAFolder);
    QCOMPARE(service.details(QStringLiteral("lab3")).error().reason, Reason::WorkspaceNotFound);
    QCOMPARE(auditCount(QStringLiteral("workspace.create")), 1);

    WorkspaceChangeRequest change;
    change.name = QStringLiteral("lab");
    change.options = {{model::WorkspaceOption::DbfsDoubleEncryption, false}};
    auto refused = service.change(change);
    QCOMPARE(refused.error().reason, Reason::DoubleEncryptionFixed);
    change.options = {{model::WorkspaceOption::NotebookResultsInCustomerStorage, true}};
    change.plan = model::Plan::Standard;
    auto changed = service.change(change);
    QVERIFY(changed.ok());
    QCOMPARE(changed->changes.size(), 2);
    QCOMPARE(changed->after.record.workspace.plan(), model::Plan::Standard);
    QCOMPARE(changed->changes.first().auditText(), QStringLiteral("plan premium -> standard"));
    QCOMPARE(auditCount(QStringLiteral("workspace.set")), 1);
    auto unchanged = service.change(change);
    QVERIFY(unchanged.ok());
    QVERIFY(unchanged->changes.isEmpty());
    QCOMPARE(auditCount(QStringLiteral("workspace.set")), 1);
}

void TestServices::storeAddRefusals()
{
    StoreService service(*m_context);
    AddLocalStoreRequest request;
    request.name = QStringLiteral("bad name");
    QCOMPARE(service.addLocal(request).error().reason, Reason::StoreNameInvalid);
    request.name = QStringLiteral("va");
    request.retentionDays = 3;
    QCOMPARE(service.addLocal(request).error().reason, Reason::RetentionOutOfRange);
    request.retentionDays = 91;
    QCOMPARE(service.addLocal(request).error().reason, Reason::RetentionOutOfRange);
    request.retentionDays = 7;
    QVERIFY(service.addLocal(request).ok());
    QCOMPARE(auditCount(QStringLiteral("store.add")), 1);
    auto twice = service.addLocal(request);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QCOMPARE(twice.error().reason, Reason::StoreExists);
    QCOMPARE(service.remove(QStringLiteral("nosuch")).error().reason, Reason::StoreNotFound);
}

void TestServices::storeAddRollsBackWhenRegistryFails()
{
    // A folder where stores.json belongs: the vault is made, then the registry cannot take it.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("stores.json")));
    AddLocalStoreRequest request;
    request.name = QStringLiteral("va");
    request.protection = keystore::VaultOptions::Protection::Keychain;
    auto added = StoreService(*m_context).addLocal(request);
    QVERIFY(!added.ok());
    QVERIFY(!QFile::exists(keystore::LocalVault::pathFor(m_dir->path(), QStringLiteral("va"))));
    QCOMPARE(m_secrets->size(), std::size_t(0)); // the master key is not left in the keychain
}

void TestServices::storeAddRollsBackWhenAuditFails()
{
    // A folder where the catalog belongs: everything but the audit entry succeeds, so all of it is undone.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("catalog.sqlite")));
    AddLocalStoreRequest request;
    request.name = QStringLiteral("va");
    request.protection = keystore::VaultOptions::Protection::Keychain;
    auto added = StoreService(*m_context).addLocal(request);
    QVERIFY(!added.ok());
    QCOMPARE(m_context->registry().find(QStringLiteral("va")).error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(keystore::LocalVault::pathFor(m_dir->path(), QStringLiteral("va"))));
    QCOMPARE(m_secrets->size(), std::size_t(0));
}

void TestServices::assignWithCheckList()
{
    addVaultWithKey(QStringLiteral("va"), QStringLiteral("k1"));
    CreateWorkspaceRequest ws;
    ws.name = QStringLiteral("prod");
    QVERIFY(WorkspaceService(*m_context).create(ws).ok());

    AssignRequest request = ::request("prod", Feature::ManagedServices, "va", "k1");
    AssignmentService service(*m_context);
    auto checks = service.preflight(request);
    QVERIFY(checks.ok());
    QVERIFY(checks->passed());
    QCOMPARE(checks->checks.size(), allCheckIds().size());
    for (const PreflightCheck &c : checks->checks)
        QVERIFY2(c.state == CheckState::Pass, qPrintable(checkIdName(c.id)));
    QCOMPARE(auditCount(QStringLiteral("assign")), 0); // checking changes nothing

    auto assigned = service.assign(request);
    QVERIFY(assigned.ok());
    QVERIFY(!assigned->assignment.followLatest());
    QCOMPARE(assigned->assignment.keyVersion, assigned->version.version);
    QVERIFY(!assigned->previous);
    QCOMPARE(auditCount(QStringLiteral("assign")), 1);
    auto details = WorkspaceService(*m_context).details(QStringLiteral("prod"));
    QCOMPARE(details->assignment(Feature::ManagedServices)->keyName, QStringLiteral("k1"));

    // Standard is refused now that a key is assigned.
    WorkspaceChangeRequest standard{QStringLiteral("prod"), model::Plan::Standard, {}, {}};
    QCOMPARE(WorkspaceService(*m_context).change(standard).error().reason, Reason::StandardPlanHasKeys);
}

void TestServices::assignRefusedByEachCheck()
{
    addVaultWithKey(QStringLiteral("va"), QStringLiteral("k1"));
    StoreService stores(*m_context);
    AddLocalStoreRequest open;
    open.name = QStringLiteral("vb");
    open.protection = keystore::VaultOptions::Protection::Keychain;
    open.purgeProtection = false;
    QVERIFY(stores.addLocal(open).ok());
    CreateWorkspaceRequest ws;
    ws.name = QStringLiteral("cheap");
    ws.plan = model::Plan::Standard;
    QVERIFY(WorkspaceService(*m_context).create(ws).ok());
    ws.name = QStringLiteral("prod");
    ws.plan = model::Plan::Premium;
    QVERIFY(WorkspaceService(*m_context).create(ws).ok());
    AssignmentService service(*m_context);

    AssignRequest r = ::request("cheap", Feature::ManagedServices, "va", "k1");
    QCOMPARE(service.assign(r).error().reason, Reason::PlanNotPremium);
    r.workspace = QStringLiteral("prod");
    r.store = QStringLiteral("vb");
    QCOMPARE(service.assign(r).error().reason, Reason::StorePurgeProtectionOff);
    r.store = QStringLiteral("nosuch");
    QCOMPARE(service.assign(r).error().code, ErrorCode::NotFound);
    r.store = QStringLiteral("va");
    r.key = QStringLiteral("nokey");
    QCOMPARE(service.assign(r).error().reason, Reason::KeyNotFound);
    r.key = QStringLiteral("k1");
    r.version = QStringLiteral("ffff");
    QCOMPARE(service.assign(r).error().reason, Reason::KeyVersionNotFound);
    r.version.clear();

    auto vault = m_context->stores().store(QStringLiteral("va"));
    const QString version = (*vault)->keyVersion(QStringLiteral("k1"))->version;
    QVERIFY((*vault)->setVersionEnabled(QStringLiteral("k1"), version, false).ok());
    auto disabled = service.assign(r);
    QCOMPARE(disabled.error().code, ErrorCode::KeyDisabled);
    QCOMPARE(disabled.error().reason, Reason::KeyVersionDisabled);
    // The wizard's view: every check, the failed one named, the round trip not attempted.
    auto list = service.preflight(r);
    QVERIFY(list.ok());
    QCOMPARE(list->find(CheckId::KeyEnabled)->state, CheckState::Fail);
    QCOMPARE(list->find(CheckId::KeyType)->state, CheckState::Pass);
    QCOMPARE(list->find(CheckId::WrapRoundTrip)->state, CheckState::NotRun);
    QVERIFY((*vault)->setVersionEnabled(QStringLiteral("k1"), version, true).ok());

    // The clock the context was given decides expiry.
    keystore::CreateKeyRequest expiring(QStringLiteral("k2"), keystore::KeyKind::Aes, 256);
    expiring.expires = m_clock->now().addDays(3);
    QVERIFY((*vault)->createKey(expiring).ok());
    r.key = QStringLiteral("k2");
    auto soon = service.preflight(r);
    QCOMPARE(soon->find(CheckId::KeyInDate)->state, CheckState::Warn);
    QVERIFY(soon->passed());
    m_clock->advance(4 * 86400);
    auto late = service.assign(r);
    QCOMPARE(late.error().code, ErrorCode::KeyExpired);
    QCOMPARE(late.error().reason, Reason::KeyVersionExpired);
    QCOMPARE(auditCount(QStringLiteral("assign")), 0);

    AssignRequest platform = ::request("prod", Feature::Platform, "va", "k1");
    QCOMPARE(AssignmentService::validate(platform).error().reason, Reason::FeatureNotCustomerKeyed);
    AssignRequest follow = ::request("prod", Feature::DbfsRoot, "va", "k1");
    follow.followLatest = true;
    QCOMPARE(AssignmentService::validate(follow).error().reason, Reason::FollowLatestDisksOnly);
}

void TestServices::followLatestOnDisks()
{
    addVaultWithKey(QStringLiteral("va"), QStringLiteral("k1"));
    CreateWorkspaceRequest ws;
    ws.name = QStringLiteral("prod");
    ws.options = {model::WorkspaceOption::ManagedDiskRotateToLatest};
    QVERIFY(WorkspaceService(*m_context).create(ws).ok());
    AssignmentService service(*m_context);
    AssignRequest r = ::request("prod", Feature::ManagedDisks, "va", "k1");
    auto byDefault = service.assign(r);
    QVERIFY(byDefault.ok());
    QVERIFY(byDefault->assignment.followLatest()); // the workspace option decides when no version is given
    WorkspaceChangeRequest off{
        QStringLiteral("prod"), {}, {}, {{model::WorkspaceOption::ManagedDiskRotateToLatest, false}}};
    QCOMPARE(WorkspaceService(*m_context).change(off).error().reason, Reason::DisksFollowingNotPinned);
    r.version = byDefault->version.version;
    auto pinned = service.assign(r);
    QVERIFY(pinned.ok());
    QVERIFY(!pinned->assignment.followLatest());
    QVERIFY(pinned->previous && pinned->previous->followLatest());
    auto details = WorkspaceService(*m_context).details(QStringLiteral("prod"));
    QVERIFY(!details->record.workspace.options().managedDiskRotateToLatest); // pinning turns the option off
}

void TestServices::clearAndRemoveGuardedByUse()
{
    addVaultWithKey(QStringLiteral("va"), QStringLiteral("k1"));
    CreateWorkspaceRequest ws;
    ws.name = QStringLiteral("prod");
    QVERIFY(WorkspaceService(*m_context).create(ws).ok());
    AssignmentService service(*m_context);
    auto assigned = service.assign(::request("prod", Feature::DbfsRoot, "va", "k1"));
    QVERIFY(assigned.ok());

    auto inUse = StoreService(*m_context).remove(QStringLiteral("va"));
    QCOMPARE(inUse.error().code, ErrorCode::Forbidden);
    QCOMPARE(inUse.error().reason, Reason::StoreInUse);
    QCOMPARE(inUse.error().args.value(1), QStringLiteral("prod"));

    // An active feature key under the assignment keeps it.
    auto catalog = m_context->catalog();
    catalog::FeatureKeyRecord fk;
    fk.fkId = QByteArray(16, 'a');
    fk.workspaceId = assigned->assignment.workspaceId;
    fk.feature = Feature::DbfsRoot;
    fk.generation = 1;
    fk.state = catalog::FeatureKeyState::Active;
    fk.store = QStringLiteral("va");
    fk.keyName = QStringLiteral("k1");
    fk.keyVersion = assigned->version.version;
    fk.kekId = assigned->version.id;
    fk.wrapAlg = QStringLiteral("CKM_AES_KEY_WRAP_PAD");
    fk.wrappedFk = QByteArray(40, 'w');
    fk.created = m_clock->now();
    QVERIFY((*catalog)->insertFeatureKey(fk).ok());
    auto kept = service.clear(QStringLiteral("prod"), Feature::DbfsRoot);
    QCOMPARE(kept.error().reason, Reason::FeatureKeyStillActive);

    fk.state = catalog::FeatureKeyState::Destroyed;
    QVERIFY((*catalog)->updateFeatureKey(fk).ok());
    auto cleared = service.clear(QStringLiteral("prod"), Feature::DbfsRoot);
    QVERIFY(cleared.ok());
    QVERIFY(cleared->previous.has_value());
    QCOMPARE(auditCount(QStringLiteral("assign.clear")), 1);
    auto nothing = service.clear(QStringLiteral("prod"), Feature::DbfsRoot);
    QVERIFY(nothing.ok());
    QVERIFY(!nothing->previous);
    QCOMPARE(auditCount(QStringLiteral("assign.clear")), 1);

    QVERIFY(StoreService(*m_context).remove(QStringLiteral("va")).ok());
    QCOMPARE(auditCount(QStringLiteral("store.remove")), 1);
}

void TestServices::auditedChangeIsAllOrNothing()
{
    auto catalog = m_context->catalog();
    QVERIFY(catalog.ok());
    const Status failed = auditedChange(
        **catalog, QStringLiteral("test.change"), QStringLiteral("t"), {}, [](catalog::Catalog &c) -> Status {
            auto made = c.createWorkspace(model::Workspace(QStringLiteral("gone"), model::Plan::Premium),
                                          QStringLiteral("/nowhere/gone"));
            if (!made)
                return made.error();
            return Error::make(ErrorCode::Io, QStringLiteral("disk full"));
        });
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QCOMPARE((*catalog)->workspace(QStringLiteral("gone")).error().code, ErrorCode::NotFound);
    QCOMPARE(auditCount(QStringLiteral("test.change")), 0);
    QVERIFY(auditedChange(**catalog, QStringLiteral("test.change"), QStringLiteral("t"), {}, [](catalog::Catalog &) {
                return Status();
            }).ok());
    QCOMPARE(auditCount(QStringLiteral("test.change")), 1);
}

void TestServices::catalogAccessAndIdentity()
{
    // Only reading: no Keyward data here, and nothing is made.
    const QString elsewhere = m_dir->filePath(QStringLiteral("typo"));
    Context reader(elsewhere, *m_secrets, nullptr, *m_clock);
    reader.setCatalogAccess(Context::CatalogAccess::ExistingOnly);
    auto none = reader.catalog();
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    QCOMPARE(none.error().reason, Reason::NoKeywardData);
    QVERIFY(!QFileInfo::exists(elsewhere));

    // Making data (the console, store add): a new catalog, named by the store registry.
    auto id = m_context->catalogId();
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().detail));
    QCOMPARE(keystore::StoreRegistry(m_dir->path()).catalogId().value(), *id);
    Context again(m_dir->path(), *m_secrets, nullptr, *m_clock);
    again.setCatalogAccess(Context::CatalogAccess::ExistingOnly);
    QCOMPARE(again.catalogId().value(), *id);

    // Another catalog in its place is refused, and so is one that has gone.
    addVaultWithKey(QStringLiteral("main"), QStringLiteral("cmk"));
    m_context.reset();
    const QString path = catalog::Catalog::defaultPath(m_dir->path());
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QVERIFY(catalog::Catalog::open(path).ok()); // a new catalog, with a new id
    Context foreign(m_dir->path(), *m_secrets, nullptr, *m_clock);
    QCOMPARE(foreign.catalog().error().reason, Reason::CatalogForeign);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    Context missing(m_dir->path(), *m_secrets, nullptr, *m_clock);
    QCOMPARE(missing.catalog().error().reason, Reason::CatalogMissing);
    QVERIFY(!QFileInfo::exists(path)); // not silently started again, even where data may be made
    test::writeFile(path, QByteArray());
    Context empty(m_dir->path(), *m_secrets, nullptr, *m_clock);
    QCOMPARE(empty.catalog().error().reason, Reason::CatalogEmpty);
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

void TestServices::historyHeadKeptOutsideTheCatalog()
{
    auto c = m_context->catalog();
    QVERIFY(c.ok());
    const QString id = m_context->catalogId().value();
    QCOMPARE(HistoryService(*m_context).verify()->anchor, catalog::HistoryAnchorState::NotAnchored);
    catalog::HistoryEntry e;
    e.workspace = QStringLiteral("w");
    e.feature = QStringLiteral("managed-services");
    e.key = QStringLiteral("main/cmk");
    e.action = QStringLiteral("rotate");
    e.result = QStringLiteral("ok");
    QList<catalog::HistoryEntry> appended;
    for (int i = 0; i < 3; ++i)
        appended << (*c)->appendHistory(e).value();
    // An append inside a transaction that rolls back moves nothing.
    QVERIFY(!(*c)->transaction([&]() -> Status {
        if (auto a = (*c)->appendHistory(e); !a)
            return a.error();
        return Error::make(ErrorCode::Cancelled, QStringLiteral("rolled back"));
    }));
    auto kept = readKeptHead(*m_secrets, id);
    QVERIFY(kept.ok() && kept->has_value());
    QCOMPARE((*kept)->seq, qint64(3));
    QCOMPARE((*kept)->hash, appended.last().hash);
    QCOMPARE(HistoryService(*m_context).verify()->anchor, catalog::HistoryAnchorState::Matches);

    // The comparison itself: shorter than the kept head, or another entry at its seq, is broken.
    catalog::HistoryCheck intact;
    intact.entries = 3;
    const KeptHead head{3, appended.last().hash};
    QCOMPARE(compareWithKeptHead(intact, appended, head).anchor, catalog::HistoryAnchorState::Matches);
    const auto truncated = compareWithKeptHead(intact, appended.mid(0, 2), head);
    QVERIFY(!truncated.intact);
    QCOMPARE(truncated.anchor, catalog::HistoryAnchorState::Truncated);
    QCOMPARE(truncated.badSeq, qint64(3));
    auto rewritten = appended;
    rewritten.last().hash = QByteArray(32, 'x');
    QCOMPARE(compareWithKeptHead(intact, rewritten, head).anchor, catalog::HistoryAnchorState::Rewritten);
    QCOMPARE(compareWithKeptHead(intact, appended, std::nullopt).anchor, catalog::HistoryAnchorState::NotAnchored);

    // An entry that does not follow the kept head (a history cut back and appended to) leaves it where it is.
    catalog::HistoryEntry stray = appended.last();
    stray.seq = 4;
    stray.prevHash = QByteArray(32, 'y');
    stray.hash = QByteArray(32, 'z');
    keepHead(*m_secrets, id, stray);
    QCOMPARE(readKeptHead(*m_secrets, id)->value().seq, qint64(3));
    m_secrets->failWith(ErrorCode::Unavailable);
    QCOMPARE(HistoryService(*m_context).verify()->anchor, catalog::HistoryAnchorState::NotAnchored);
    m_secrets->failWith(std::nullopt);
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
