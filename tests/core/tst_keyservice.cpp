// TestKeyService: a key's life through the service over a real local vault and catalog in a temp data directory
// (the keychain is the in-memory SecretStore): what create refuses and why, the expiry and policy a new key gets,
// each change with its audit entry and none for a refused one, the rotation presets and the key types per store.
#include "services/KeyService.h"
#include "services/Messages.h"
#include "services/StoreService.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::services;
using keystore::CreateKeyRequest;
using keystore::KeyKind;

class TestKeyService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void presets();
    void keyTypesPerStore();
    void createRefusals_data();
    void createRefusals();
    void createWithPreset();
    void namesTakenAndHeld();
    void lifecycleIsAudited();
    void refusedChangesLeaveNoEntry();
    void policyFailureAfterTheKeyIsReported();
    void noCatalogNoKey();

private:
    int auditCount(const QString &action);
    void addVault(const QString &store, bool purgeProtection = true);
    catalog::AuditEntry lastAudit();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<test::ScriptedPrompt> m_prompt;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_context;
};

void TestKeyService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_prompt = std::make_unique<test::ScriptedPrompt>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    m_context = std::make_unique<Context>(m_dir->path(), *m_secrets, m_prompt.get(), *m_clock);
}

void TestKeyService::cleanup()
{
    m_context.reset();
}

int TestKeyService::auditCount(const QString &action)
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

catalog::AuditEntry TestKeyService::lastAudit()
{
    auto catalog = m_context->catalog();
    if (!catalog)
        return {};
    auto log = (*catalog)->auditLog(1);
    return log && !log->isEmpty() ? log->first() : catalog::AuditEntry{};
}

void TestKeyService::addVault(const QString &store, bool purgeProtection)
{
    AddLocalStoreRequest request;
    request.name = store;
    request.protection = keystore::VaultOptions::Protection::Keychain;
    request.purgeProtection = purgeProtection;
    request.retentionDays = 7;
    auto added = StoreService(*m_context).addLocal(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
}

void TestKeyService::presets()
{
    const QList<RotationPreset> all = rotationPresets();
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first().id, RotationPresetId::None);
    QVERIFY(!all.first().policy().has_value());
    QStringList names;
    for (const RotationPreset &p : all) {
        names << p.name();
        QCOMPARE(parseRotationPreset(p.name())->id, p.id);
        QVERIFY(!Messages::rotationPresetName(p.id).isEmpty());
        QVERIFY(!Messages::rotationPresetPeriod(p).contains(QLatin1Char('%')));
        if (p.id == RotationPresetId::None)
            continue;
        // Every preset is a policy a store accepts, with versions outliving one missed rotation.
        QVERIFY(p.policy()->validate().ok());
        const QDateTime t(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(p.expiryTime->addTo(t) >= p.rotateAfterCreate->addTo(p.rotateAfterCreate->addTo(t)));
    }
    QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size());
    QCOMPARE(rotationPreset(RotationPresetId::Every90Days).rotateAfterCreate->days, 90);
    QCOMPARE(rotationPreset(RotationPresetId::Every2Years).rotateAfterCreate->years, 2);
    auto unknown = parseRotationPreset(QStringLiteral("weekly"));
    QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(unknown.error().reason, Reason::RotationPresetUnknown);
    QCOMPARE(Messages::duration({0, 0, 90}), QStringLiteral("90 days"));
    QCOMPARE(Messages::duration({1, 0, 0}), QStringLiteral("1 year"));
    QCOMPARE(Messages::duration({1, 6, 0}), QStringLiteral("1 year, 6 months"));
}

void TestKeyService::keyTypesPerStore()
{
    keystore::StoreProperties props;
    props.kind = QStringLiteral("local");
    const QList<KeyType> local = supportedKeyTypes(props);
    QCOMPARE(local.size(), 4);
    QCOMPARE(local.first(), (KeyType{KeyKind::Rsa, 3072}));
    QVERIFY(local.contains(KeyType{KeyKind::Aes, 256}));
    props.kind = QStringLiteral("azure-keyvault");
    QVERIFY(!supportedKeyTypes(props).contains(KeyType{KeyKind::Aes, 256}));
    props.hsmBacked = true;
    QVERIFY(supportedKeyTypes(props).contains(KeyType{KeyKind::Aes, 256}));

    addVault(QStringLiteral("main"));
    KeyService keys(*m_context);
    auto offered = keys.keyTypes(QStringLiteral("main"));
    QVERIFY(offered.ok());
    QCOMPARE(*offered, local);
    QCOMPARE(keys.keyTypes(QStringLiteral("nope")).error().reason, Reason::StoreNotFound);
    // The platform's own store is not an admin's: it is not found, and asking does not make it.
    QCOMPARE(keys.keyTypes(QStringLiteral("platform")).error().reason, Reason::StoreNotFound);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("platform"))));
}

void TestKeyService::createRefusals_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("expiresInDays"); // 0: no expiry
    QTest::addColumn<int>("notBeforeInDays");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<Reason>("reason");

    const int rsa = int(KeyKind::Rsa);
    const int aes = int(KeyKind::Aes);
    QTest::newRow("bad name") << "main"
                              << "no spaces" << rsa << 3072 << 0 << 0 << ErrorCode::InvalidArgument
                              << Reason::KeyNameInvalid;
    QTest::newRow("empty name") << "main"
                                << "" << rsa << 3072 << 0 << 0 << ErrorCode::InvalidArgument << Reason::KeyNameInvalid;
    QTest::newRow("RSA-1024") << "main"
                              << "k" << rsa << 1024 << 0 << 0 << ErrorCode::InvalidArgument << Reason::KeySizeInvalid;
    QTest::newRow("AES-128") << "main"
                             << "k" << aes << 128 << 0 << 0 << ErrorCode::InvalidArgument << Reason::KeySizeInvalid;
    QTest::newRow("expired") << "main"
                             << "k" << rsa << 3072 << -1 << 0 << ErrorCode::InvalidArgument << Reason::KeyExpiryPassed;
    QTest::newRow("expires before valid")
        << "main"
        << "k" << rsa << 3072 << 10 << 20 << ErrorCode::InvalidArgument << Reason::KeyExpiryNotAfterNotBefore;
    QTest::newRow("no store") << "nope"
                              << "k" << rsa << 3072 << 0 << 0 << ErrorCode::NotFound << Reason::StoreNotFound;
    QTest::newRow("platform store") << "platform"
                                    << "k" << aes << 256 << 0 << 0 << ErrorCode::NotFound << Reason::StoreNotFound;
}

void TestKeyService::createRefusals()
{
    QFETCH(QString, store);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(int, bits);
    QFETCH(int, expiresInDays);
    QFETCH(int, notBeforeInDays);
    QFETCH(ErrorCode, code);
    QFETCH(Reason, reason);
    addVault(QStringLiteral("main"));
    CreateKeyRequest request(name, KeyKind(kind), bits);
    const QDateTime now = m_clock->now();
    if (expiresInDays)
        request.expires = now.addDays(expiresInDays);
    if (notBeforeInDays)
        request.notBefore = now.addDays(notBeforeInDays);
    KeyService keys(*m_context);
    auto created = keys.create(store, request, rotationPreset(RotationPresetId::Yearly).policy());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, code);
    QCOMPARE(created.error().reason, reason);
    QCOMPARE(keys.checkCreate(store, request).error().reason, reason);
    QVERIFY(!Messages::describe(created.error()).contains(QLatin1Char('%')));
    // Nothing made, nothing audited.
    QCOMPARE(keys.keys(QStringLiteral("main"))->size(), 0);
    QCOMPARE(auditCount(QStringLiteral("key.create")), 0);
}

void TestKeyService::createWithPreset()
{
    addVault(QStringLiteral("main"));
    KeyService keys(*m_context);
    const RotationPreset yearly = rotationPreset(RotationPresetId::Yearly);
    auto created = keys.create(QStringLiteral("main"), {QStringLiteral("cmk"), KeyKind::Rsa, 2048}, yearly.policy());
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().detail));
    QVERIFY(!created->policyError);
    QCOMPARE(created->policy, yearly.policy());
    // No expiry of its own: the first version expires as the policy's later versions will.
    QCOMPARE(created->version.expires, std::optional<QDateTime>(m_clock->now().addYears(2)));
    QCOMPARE(created->version.bits, 2048);
    auto store = keys.store(QStringLiteral("main"));
    QCOMPARE((*store)->rotationPolicy(QStringLiteral("cmk")).value(), *yearly.policy());
    QCOMPARE(auditCount(QStringLiteral("key.create")), 1);
    QCOMPARE(auditCount(QStringLiteral("key.policy")), 1);

    // An expiry of its own wins over the policy's; without a policy none is set.
    CreateKeyRequest own(QStringLiteral("dated"), KeyKind::Aes, 256);
    own.expires = m_clock->now().addDays(40);
    auto dated = keys.create(QStringLiteral("main"), own, yearly.policy());
    QVERIFY(dated.ok());
    QCOMPARE(dated->version.expires, own.expires);
    auto plain = keys.create(QStringLiteral("main"), {QStringLiteral("plain"), KeyKind::Aes, 256});
    QVERIFY(plain.ok());
    QVERIFY(!plain->version.expires);
    QVERIFY(!plain->policy);
    QCOMPARE(auditCount(QStringLiteral("key.create")), 3);
    QCOMPARE(auditCount(QStringLiteral("key.policy")), 2);
    const catalog::AuditEntry last = lastAudit();
    QCOMPARE(last.action, QStringLiteral("key.create"));
    QCOMPARE(last.target, QStringLiteral("main/plain"));
    QVERIFY(last.detail.contains(QStringLiteral("AES-256")));

    QCOMPARE(KeyService::plannedExpiry({QStringLiteral("x")}, std::nullopt, m_clock->now()), std::nullopt);
    QCOMPARE(KeyService::plannedExpiry({QStringLiteral("x")}, rotationPreset(RotationPresetId::Every90Days).policy(),
                                       m_clock->now()),
             std::optional<QDateTime>(m_clock->now().addDays(180)));
}

void TestKeyService::namesTakenAndHeld()
{
    addVault(QStringLiteral("main"));
    KeyService keys(*m_context);
    QVERIFY(keys.checkNameFree(QStringLiteral("main"), QStringLiteral("cmk")).ok());
    QVERIFY(keys.create(QStringLiteral("main"), {QStringLiteral("cmk"), KeyKind::Aes, 256}).ok());
    auto taken = keys.create(QStringLiteral("main"), {QStringLiteral("cmk"), KeyKind::Aes, 256});
    QCOMPARE(taken.error().code, ErrorCode::Conflict);
    QCOMPARE(taken.error().reason, Reason::KeyExists);
    QCOMPARE(taken.error().args, (QStringList{QStringLiteral("main"), QStringLiteral("cmk")}));
    // A deleted key keeps its name until it is purged, which purge protection holds off.
    auto deleted = keys.remove(QStringLiteral("main"), QStringLiteral("cmk"));
    QVERIFY(deleted.ok());
    auto held = keys.checkNameFree(QStringLiteral("main"), QStringLiteral("cmk"));
    QCOMPARE(held.error().reason, Reason::KeyNameHeldByDeleted);
    QCOMPARE(held.error().args.value(2), deleted->scheduledPurge.toUTC().toString(Qt::ISODate));
    QCOMPARE(keys.checkNameFree(QStringLiteral("main"), QStringLiteral("a b")).error().reason, Reason::KeyNameInvalid);
    QCOMPARE(auditCount(QStringLiteral("key.create")), 1);
}

void TestKeyService::lifecycleIsAudited()
{
    addVault(QStringLiteral("main"), false);
    KeyService keys(*m_context);
    auto created = keys.create(QStringLiteral("main"), {QStringLiteral("cmk"), KeyKind::Aes, 256},
                               rotationPreset(RotationPresetId::Every90Days).policy());
    QVERIFY(created.ok());
    m_clock->advance(3600);
    auto rotated = keys.rotate(QStringLiteral("main"), QStringLiteral("cmk"));
    QVERIFY(rotated.ok());
    QVERIFY(rotated->version != created->version.version);
    QCOMPARE(rotated->expires, std::optional<QDateTime>(m_clock->now().addDays(180))); // from the policy
    QCOMPARE(lastAudit().action, QStringLiteral("key.rotate"));
    QVERIFY(lastAudit().detail.contains(rotated->version));

    QVERIFY(keys.setEnabled(QStringLiteral("main"), QStringLiteral("cmk"), created->version.version, false).ok());
    QCOMPARE(lastAudit().action, QStringLiteral("key.disable"));
    QVERIFY(lastAudit().detail.contains(created->version.version));
    auto store = keys.store(QStringLiteral("main"));
    QVERIFY(!(*store)->keyVersion(QStringLiteral("cmk"), created->version.version)->enabled);
    QVERIFY(keys.setEnabled(QStringLiteral("main"), QStringLiteral("cmk"), created->version.version, true).ok());
    QCOMPARE(lastAudit().action, QStringLiteral("key.enable"));

    keystore::RotationPolicy policy;
    policy.rotateAfterCreate = keystore::IsoDuration{0, 0, 30};
    QVERIFY(keys.setPolicy(QStringLiteral("main"), QStringLiteral("cmk"), policy).ok());
    QCOMPARE(lastAudit().action, QStringLiteral("key.policy"));
    QCOMPARE((*store)->rotationPolicy(QStringLiteral("cmk")).value(), policy);

    QVERIFY(keys.remove(QStringLiteral("main"), QStringLiteral("cmk")).ok());
    QCOMPARE(lastAudit().action, QStringLiteral("key.delete"));
    QVERIFY(keys.recover(QStringLiteral("main"), QStringLiteral("cmk")).ok());
    QCOMPARE(lastAudit().action, QStringLiteral("key.recover"));
    QVERIFY(keys.remove(QStringLiteral("main"), QStringLiteral("cmk")).ok());
    QVERIFY(keys.purge(QStringLiteral("main"), QStringLiteral("cmk")).ok()); // no purge protection here
    QCOMPARE(lastAudit().action, QStringLiteral("key.purge"));
    QCOMPARE(lastAudit().target, QStringLiteral("main/cmk"));
    QCOMPARE(auditCount(QStringLiteral("key.delete")), 2);
    // Purged: the name is free again.
    QVERIFY(keys.checkNameFree(QStringLiteral("main"), QStringLiteral("cmk")).ok());
}

void TestKeyService::refusedChangesLeaveNoEntry()
{
    addVault(QStringLiteral("main"));
    KeyService keys(*m_context);
    QVERIFY(keys.create(QStringLiteral("main"), {QStringLiteral("cmk"), KeyKind::Aes, 256}).ok());
    auto catalog = m_context->catalog();
    const qsizetype before = (*catalog)->auditLog()->size();

    QCOMPARE(keys.rotate(QStringLiteral("main"), QStringLiteral("ghost")).error().reason, Reason::KeyNotFound);
    auto noVersion = keys.setEnabled(QStringLiteral("main"), QStringLiteral("cmk"), QStringLiteral("ffff"), false);
    QCOMPARE(noVersion.error().code, ErrorCode::NotFound);
    QCOMPARE(noVersion.error().reason, Reason::KeyVersionNotFound);
    QCOMPARE(keys.remove(QStringLiteral("main"), QStringLiteral("ghost")).error().reason, Reason::KeyNotFound);
    keystore::RotationPolicy bad;
    bad.rotateAfterCreate = keystore::IsoDuration{0, 0, 30};
    bad.rotateBeforeExpiry = keystore::IsoDuration{0, 0, 10};
    QCOMPARE(keys.setPolicy(QStringLiteral("main"), QStringLiteral("cmk"), bad).error().code,
             ErrorCode::InvalidArgument);
    QVERIFY(keys.remove(QStringLiteral("main"), QStringLiteral("cmk")).ok());
    // Purge protection holds the deleted key for its retention period.
    QCOMPARE(keys.purge(QStringLiteral("main"), QStringLiteral("cmk")).error().code, ErrorCode::Forbidden);
    QCOMPARE((*catalog)->auditLog()->size(), before + 1); // the delete only
    QCOMPARE(lastAudit().action, QStringLiteral("key.delete"));
}

void TestKeyService::policyFailureAfterTheKeyIsReported()
{
    addVault(QStringLiteral("main"));
    auto catalog = m_context->catalog();
    QVERIFY(catalog.ok());
    {
        // The catalog refuses the policy's audit entry: the key is made, its policy is not, and the result says so.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(m_context->catalogPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_policy BEFORE INSERT ON audit WHEN NEW.action = "
                                      "'key.policy' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    KeyService keys(*m_context);
    auto created = keys.create(QStringLiteral("main"), {QStringLiteral("cmk"), KeyKind::Rsa, 2048},
                               rotationPreset(RotationPresetId::Every180Days).policy());
    QVERIFY(created.ok());
    QVERIFY(created->policyError.has_value());
    QCOMPARE(created->policyError->reason, Reason::KeyPolicyNotSet);
    QCOMPARE(created->policyError->args.value(1), QStringLiteral("cmk"));
    QCOMPARE(created->policyError->args.value(2), created->version.version);
    QVERIFY(!created->policy);
    auto store = keys.store(QStringLiteral("main"));
    QVERIFY((*store)->keyVersion(QStringLiteral("cmk")).ok());
    // Not set in the store either: the audit entry goes first, so its refusal stopped the change.
    QCOMPARE((*store)->rotationPolicy(QStringLiteral("cmk")).value(), keystore::RotationPolicy{});
    QCOMPARE(auditCount(QStringLiteral("key.create")), 1);
    QCOMPARE(auditCount(QStringLiteral("key.policy")), 0);
}

void TestKeyService::noCatalogNoKey()
{
    addVault(QStringLiteral("main"));
    // Another context on the same data directory, whose catalog cannot be opened (a folder where it belongs).
    QTemporaryDir other;
    QVERIFY(QDir(other.path()).mkpath(QStringLiteral("catalog.sqlite")));
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("stores.json")), other.filePath(QStringLiteral("stores.json"))));
    Context broken(other.path(), *m_secrets, m_prompt.get(), *m_clock);
    auto created = KeyService(broken).create(QStringLiteral("main"), {QStringLiteral("cmk"), KeyKind::Aes, 256});
    QVERIFY(!created.ok());
    QCOMPARE(KeyService(*m_context).keys(QStringLiteral("main"))->size(), 0);
}

QTEST_GUILESS_MAIN(TestKeyService)
#include "tst_keyservice.moc"
