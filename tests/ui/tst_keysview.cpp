// TestKeysView: the Keys view on a real catalog and local vaults in a temp data directory, offscreen: every key
// of every store with its versions, a version's uses with the objects behind them counted on a worker, keys that
// need attention marked by role (not colour alone), and a locked store that is listed without a prompt and opens
// when asked.
#include "KeysModel.h"
#include "KeysView.h"
#include "VersionUsesModel.h"
#include "demo/DemoService.h"
#include "services/StoreService.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace keyward;
using ui::KeysModel;

class TestKeysView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsKeysAndUses();
    void attentionStandsOut();
    void lockedStoreOpensWhenAsked();
    void lifecycleFromTheView();

private:
    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_secrets;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
};

void TestKeysView::initTestCase()
{
    services::Context context(m_dir.path(), m_secrets, nullptr, m_clock);
    services::DemoRequest small;
    small.objects = 40;
    small.sizeMiB = 1;
    auto demo = services::DemoService(context).run(small);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().detail));
}

void TestKeysView::listsKeysAndUses()
{
    services::Context context(m_dir.path(), m_secrets, nullptr, m_clock);
    ui::KeysView view(context);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester usesTester(view.usesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    view.reload();
    KeysModel *model = view.model();
    const QModelIndex store = model->find(services::DemoService::vaultName());
    QVERIFY(store.isValid());
    QCOMPARE(model->rowCount(store), 3);
    const QModelIndex key = model->find(services::DemoService::vaultName(), QStringLiteral("demo-dbfs-root"));
    QVERIFY(key.isValid());
    QCOMPARE(model->rowCount(key), 2); // the demo rotated once
    QCOMPARE(key.data(KeysModel::NodeRole).toInt(), int(KeysModel::Node::Key));
    // Newest first.
    const QModelIndex newest = model->index(0, 0, key);
    const QModelIndex older = model->index(1, 0, key);
    QVERIFY(model->versionAt(newest)->newest);
    QVERIFY(!model->versionAt(older)->newest);
    QCOMPARE(model->parent(newest), key.siblingAtColumn(0));
    QVERIFY(!model->index(0, KeysModel::TypeColumn, key).data().toString().isEmpty());
    QVERIFY(!model->index(0, KeysModel::UsedByColumn, key).data().toString().isEmpty());

    // The newest version: its use, and the objects behind it counted on a worker.
    QVERIFY(view.select(services::DemoService::vaultName(), QStringLiteral("demo-dbfs-root"),
                        newest.data(KeysModel::VersionRole).toString()));
    QCOMPARE(view.usesModel()->rowCount(), 1);
    QTRY_VERIFY(view.usesModel()->uses().first().objects.has_value());
    QVERIFY(*view.usesModel()->uses().first().objects > 0);
    QVERIFY(view.impactText().contains(QString::number(*view.usesModel()->uses().first().objects)));

    // The older version wraps nothing now: no uses, nothing counted.
    QVERIFY(view.select(services::DemoService::vaultName(), QStringLiteral("demo-dbfs-root"),
                        older.data(KeysModel::VersionRole).toString()));
    QCOMPARE(view.usesModel()->rowCount(), 0);
    QVERIFY(!view.impactText().isEmpty());
}

void TestKeysView::attentionStandsOut()
{
    services::Context context(m_dir.path(), m_secrets, nullptr, m_clock);
    auto store = context.stores().store(services::DemoService::vaultName());
    QVERIFY(store.ok());
    keystore::CreateKeyRequest soon(QStringLiteral("expiring"), keystore::KeyKind::Aes, 256);
    soon.expires = m_clock.now().addDays(10);
    if (!(*store)->keyVersion(soon.name).ok())
        QVERIFY((*store)->createKey(soon).ok());
    ui::KeysView view(context);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.reload();
    const QModelIndex expiring = view.model()->find(services::DemoService::vaultName(), QStringLiteral("expiring"));
    QVERIFY(expiring.isValid());
    QVERIFY(expiring.data(KeysModel::AttentionRole).toBool());
    // Said in words and with an icon too, not by colour alone.
    const QModelIndex state = expiring.siblingAtColumn(KeysModel::StateColumn);
    QVERIFY(!state.data(Qt::DecorationRole).isNull());
    QVERIFY(state.data(Qt::DisplayRole).toString().contains(QLatin1String("10")));
    const QModelIndex fine = view.model()->find(services::DemoService::vaultName(), QStringLiteral("demo-dbfs-root"));
    QVERIFY(!fine.data(KeysModel::AttentionRole).toBool());
    QVERIFY(fine.siblingAtColumn(KeysModel::StateColumn).data(Qt::DecorationRole).isNull());
}

void TestKeysView::lockedStoreOpensWhenAsked()
{
    test::ScriptedPrompt prompt;
    {
        prompt.answer("correct horse battery");
        services::Context maker(m_dir.path(), m_secrets, &prompt, m_clock);
        services::AddLocalStoreRequest request;
        request.name = QStringLiteral("sealed");
        request.protection = keystore::VaultOptions::Protection::Passphrase;
        auto added = services::StoreService(maker).addLocal(request);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
    }
    prompt.asked.clear();
    prompt.answer("correct horse battery");
    services::Context context(m_dir.path(), m_secrets, &prompt, m_clock);
    ui::KeysView view(context);
    view.show();
    view.reload();
    const QModelIndex sealed = view.model()->find(QStringLiteral("sealed"));
    QVERIFY(sealed.isValid());
    QVERIFY(view.model()->storeAt(sealed)->locked);
    QVERIFY(prompt.asked.isEmpty());
    auto *unlock = view.findChild<QPushButton *>(QStringLiteral("unlockStoresButton"));
    QVERIFY(unlock && unlock->isVisible());
    QSignalSpy changed(&view, &ui::KeysView::storesChanged);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(prompt.asked.size(), 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!view.model()->storeAt(view.model()->find(QStringLiteral("sealed")))->locked);
    QVERIFY(!unlock->isVisible());
}

void TestKeysView::lifecycleFromTheView()
{
    services::Context context(m_dir.path(), m_secrets, nullptr, m_clock);
    auto store = context.stores().store(services::DemoService::vaultName());
    QVERIFY(store.ok());
    if (!(*store)->keyVersion(QStringLiteral("spare-2")).ok())
        QVERIFY((*store)->createKey({QStringLiteral("spare-2"), keystore::KeyKind::Aes, 256}).ok());
    ui::KeysView view(context);
    view.show();
    view.reload();
    const QString vault = services::DemoService::vaultName();

    // Disabling a version in use asks first, naming the objects it would leave unreadable; cancelled, nothing
    // changes.
    const QModelIndex dbfs = view.model()->find(vault, QStringLiteral("demo-dbfs-root"));
    const QString inUse = view.model()->index(0, 0, dbfs).data(KeysModel::VersionRole).toString();
    QVERIFY(view.select(vault, QStringLiteral("demo-dbfs-root"), inUse));
    QTRY_VERIFY(view.usesModel()->rowCount() == 1 && view.usesModel()->uses().first().objects.has_value());
    auto *disable = view.findChild<QPushButton *>(QStringLiteral("disableVersionButton"));
    QVERIFY(disable && disable->isEnabled());
    QTest::mouseClick(disable, Qt::LeftButton);
    auto *confirm = view.findChild<QMessageBox *>(QStringLiteral("keyActionConfirm"));
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY(confirm->informativeText().contains(QString::number(*view.usesModel()->uses().first().objects)));
    confirm->reject();
    QVERIFY((*store)->keyVersion(QStringLiteral("demo-dbfs-root"), inUse)->enabled);

    // An unused key: disabled, enabled, deleted and recovered from the view, each through the key service (audited).
    const QString spare = (*store)->keyVersion(QStringLiteral("spare-2"))->version;
    QVERIFY(view.select(vault, QStringLiteral("spare-2"), spare));
    view.apply(ui::KeysView::Operation::Disable, true);
    QVERIFY(view.actionProblem().isEmpty());
    QVERIFY(!(*store)->keyVersion(QStringLiteral("spare-2"), spare)->enabled);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("enableVersionButton"))->isEnabled());
    view.apply(ui::KeysView::Operation::Enable);
    QVERIFY((*store)->keyVersion(QStringLiteral("spare-2"), spare)->enabled);
    view.apply(ui::KeysView::Operation::Delete, true);
    QVERIFY(view.model()->keyAt(view.model()->find(vault, QStringLiteral("spare-2")))->deleted.has_value());
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("recoverKeyButton"))->isEnabled());
    view.apply(ui::KeysView::Operation::Recover);
    QVERIFY(!view.model()->keyAt(view.model()->find(vault, QStringLiteral("spare-2")))->deleted.has_value());
    auto log = (*context.catalog())->auditLog();
    QVERIFY(log.ok());
    QStringList actions;
    for (const catalog::AuditEntry &e : *log) {
        if (e.target.endsWith(QLatin1String("/spare-2")))
            actions << e.action;
    }
    // Newest first.
    QCOMPARE(actions, (QStringList{QStringLiteral("key.recover"), QStringLiteral("key.delete"),
                                   QStringLiteral("key.enable"), QStringLiteral("key.disable")}));

    // A refusal is said next to the buttons: recovering a key that is not deleted.
    view.apply(ui::KeysView::Operation::Recover);
    QVERIFY(!view.actionProblem().isEmpty());
}

QTEST_MAIN(TestKeysView)
#include "tst_keysview.moc"
