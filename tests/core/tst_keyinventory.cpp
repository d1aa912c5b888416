// TestKeyInventory: the keys of every store as the Keys view and `keywardctl key list --all` read them, on a
// real catalog and local vaults in a temp data directory: where each version is used (after a rotation, the old
// version still wraps the feature keys until they are re-wrapped), what needs attention, a locked store listed
// as locked without anyone being asked, and a deleted key with its uses.
#include "demo/DemoService.h"
#include "services/KeyInventory.h"
#include "services/StoreService.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::services;
using keystore::KeyVersionInfo;
using model::Feature;

Q_DECLARE_METATYPE(QList<keyward::services::KeyAttention>)

namespace {

const KeyEntry *findKey(const QList<StoreEntry> &stores, const QString &store, const QString &key)
{
    for (const StoreEntry &s : stores) {
        for (const KeyEntry &k : s.keys) {
            if (s.config.name == store && k.name == key)
                return &k;
        }
    }
    return nullptr;
}

} // namespace

class TestKeyInventory : public QObject
{
    Q_OBJECT

private slots:
    void attention_data();
    void attention();
    void usesFollowRotation();
    void lockedStoreIsNotAsked();

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
};

void TestKeyInventory::attention_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("expiresInDays");   // 0: no expiry
    QTest::addColumn<int>("notBeforeInDays"); // 0: none
    QTest::addColumn<bool>("newest");
    QTest::addColumn<int>("rotationInDays"); // 0: no policy
    QTest::addColumn<QList<KeyAttention>>("expected");

    QTest::newRow("fine") << true << 400 << 0 << true << 200 << QList<KeyAttention>{};
    QTest::newRow("no dates") << true << 0 << 0 << true << 0 << QList<KeyAttention>{};
    QTest::newRow("disabled") << false << 0 << 0 << false << 0 << QList<KeyAttention>{KeyAttention::Disabled};
    QTest::newRow("expired") << true << -1 << 0 << true << 0 << QList<KeyAttention>{KeyAttention::Expired};
    QTest::newRow("expires in 29 days") << true << 29 << 0 << true << 0
                                        << QList<KeyAttention>{KeyAttention::ExpiresSoon};
    QTest::newRow("expires in 31 days") << true << 31 << 0 << true << 0 << QList<KeyAttention>{};
    QTest::newRow("not yet valid") << true << 0 << 2 << true << 0 << QList<KeyAttention>{KeyAttention::NotYetValid};
    QTest::newRow("rotation due") << true << 0 << 0 << true << -3 << QList<KeyAttention>{KeyAttention::RotationDue};
    QTest::newRow("rotation soon") << true << 0 << 0 << true << 10 << QList<KeyAttention>{KeyAttention::RotationSoon};
    QTest::newRow("older version: rotation is not its concern")
        << true << 0 << 0 << false << -3 << QList<KeyAttention>{};
    QTest::newRow("disabled and expired")
        << false << -5 << 0 << false << 0 << QList<KeyAttention>{KeyAttention::Disabled, KeyAttention::Expired};
}

void TestKeyInventory::attention()
{
    QFETCH(bool, enabled);
    QFETCH(int, expiresInDays);
    QFETCH(int, notBeforeInDays);
    QFETCH(bool, newest);
    QFETCH(int, rotationInDays);
    QFETCH(QList<KeyAttention>, expected);
    KeyVersionInfo v;
    v.enabled = enabled;
    if (expiresInDays)
        v.expires = m_now.addDays(expiresInDays);
    if (notBeforeInDays)
        v.notBefore = m_now.addDays(notBeforeInDays);
    std::optional<QDateTime> next;
    if (rotationInDays)
        next = m_now.addDays(rotationInDays);
    QCOMPARE(KeyInventory::attention(v, newest, next, m_now), expected);
}

void TestKeyInventory::usesFollowRotation()
{
    QTemporaryDir dir;
    secrets::MemorySecretStore secrets;
    ManualClock clock(m_now);
    Context context(dir.path(), secrets, nullptr, clock);
    DemoRequest small;
    small.objects = 40;
    small.sizeMiB = 1;
    // The demo rotates once: each key has two versions, and the feature keys are re-wrapped under the newer.
    auto demo = DemoService(context).run(small);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().detail));

    auto listed = KeyInventory(context).list();
    QVERIFY(listed.ok());
    const KeyEntry *dbfs = findKey(*listed, DemoService::vaultName(), QStringLiteral("demo-dbfs-root"));
    QVERIFY(dbfs);
    QCOMPARE(dbfs->versions.size(), 2);
    const KeyVersionEntry &older = dbfs->versions.at(0);
    const KeyVersionEntry &newer = dbfs->versions.at(1);
    QVERIFY(!older.newest);
    QVERIFY(newer.newest);
    QCOMPARE(newer.info.kind, keystore::KeyKind::Rsa);
    QCOMPARE(newer.info.bits, 3072);
    // The newer version is assigned and wraps the active feature key; the older one wraps nothing any more.
    QCOMPARE(newer.uses.size(), 1);
    QCOMPARE(newer.uses.first().workspace, QStringLiteral("demo"));
    QCOMPARE(newer.uses.first().feature, Feature::DbfsRoot);
    QVERIFY(newer.uses.first().assigned);
    QVERIFY(newer.uses.first().active);
    QCOMPARE(newer.uses.first().generations, QList<int>{1});
    QVERIFY(newer.uses.first().dataTypes.contains(QStringLiteral("dbfs-root-data")));
    QVERIFY(!newer.uses.first().objects.has_value()); // counted on demand only
    QVERIFY(older.uses.isEmpty());

    // On demand, the objects behind the use are counted: the demo's DBFS root objects.
    auto uses = KeyInventory(context).uses(DemoService::vaultName(), QStringLiteral("demo-dbfs-root"),
                                           newer.info.version, true);
    QVERIFY(uses.ok());
    QCOMPARE(uses->size(), 1);
    QVERIFY(uses->first().objects.has_value());
    QVERIFY(*uses->first().objects > 0);
    QCOMPARE(KeyInventory::objectsAtRisk(*uses), *uses->first().objects);
    auto olderUses = KeyInventory(context).uses(DemoService::vaultName(), QStringLiteral("demo-dbfs-root"),
                                                older.info.version, false);
    QVERIFY(olderUses.ok());
    QCOMPARE(KeyInventory::objectsAtRisk(*olderUses), 0);

    // A soft-deleted key is listed with its newest version and its uses.
    auto store = context.stores().store(DemoService::vaultName());
    QVERIFY(store.ok());
    QVERIFY((*store)->createKey({QStringLiteral("spare"), keystore::KeyKind::Aes, 256}).ok());
    QVERIFY((*store)->deleteKey(QStringLiteral("spare")).ok());
    listed = KeyInventory(context).list();
    QVERIFY(listed.ok());
    const KeyEntry *spare = findKey(*listed, DemoService::vaultName(), QStringLiteral("spare"));
    QVERIFY(spare);
    QVERIFY(spare->deleted.has_value());
    QCOMPARE(spare->versions.size(), 1);
    QVERIFY(spare->versions.first().uses.isEmpty());
}

void TestKeyInventory::lockedStoreIsNotAsked()
{
    QTemporaryDir dir;
    secrets::MemorySecretStore secrets;
    test::ScriptedPrompt prompt;
    prompt.answer("correct horse battery");
    ManualClock clock(m_now);
    {
        Context maker(dir.path(), secrets, &prompt, clock);
        AddLocalStoreRequest request;
        request.name = QStringLiteral("sealed");
        request.protection = keystore::VaultOptions::Protection::Passphrase;
        auto added = StoreService(maker).addLocal(request);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
    }
    prompt.asked.clear();
    prompt.answer("correct horse battery");
    Context context(dir.path(), secrets, &prompt, clock);
    auto listed = KeyInventory(context).list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().locked);
    QCOMPARE(listed->first().error->reason, Reason::StoreLocked);
    QVERIFY(prompt.asked.isEmpty());
    QVERIFY(!context.stores().isOpen(QStringLiteral("sealed")));

    // Asked to unlock, it asks once and lists the (empty) store.
    InventoryOptions unlock;
    unlock.unlock = true;
    listed = KeyInventory(context).list(unlock);
    QVERIFY(listed.ok());
    QVERIFY(!listed->first().locked);
    QVERIFY(!listed->first().error.has_value());
    QCOMPARE(prompt.asked.size(), 1);
    QVERIFY(context.stores().isOpen(QStringLiteral("sealed")));
}

QTEST_GUILESS_MAIN(TestKeyInventory)
#include "tst_keyinventory.moc"
