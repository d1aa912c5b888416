// TestWorkspaceRules: workspace names, storage folders and the setting changes that are refused, as pure
// functions over tables of workspaces and assignments.
#include "services/Messages.h"
#include "services/WorkspaceRules.h"
#include "storage/ObjectStoreFactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

using namespace keyward;
using namespace keyward::services;
using model::Feature;
using model::Plan;
using model::WorkspaceOption;

Q_DECLARE_METATYPE(keyward::Reason)
Q_DECLARE_METATYPE(keyward::model::Workspace)
Q_DECLARE_METATYPE(QList<keyward::catalog::Assignment>)

namespace {

catalog::Assignment assignment(Feature feature, const QString &version)
{
    catalog::Assignment a;
    a.workspaceId = 1;
    a.feature = feature;
    a.store = QStringLiteral("vault-a");
    a.keyName = QStringLiteral("k");
    a.keyVersion = version;
    return a;
}

model::Workspace ws(Plan plan = Plan::Premium, bool twice = false, bool latest = false)
{
    model::Workspace w(QStringLiteral("lab"), plan);
    w.setOption(WorkspaceOption::DbfsDoubleEncryption, twice);
    w.setOption(WorkspaceOption::ManagedDiskRotateToLatest, latest);
    return w;
}

} // namespace

class TestWorkspaceRules : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void storagePaths();
    void storageFree();
    void storagePlace_data();
    void storagePlace();
    void resolvedFolders();
    void settingsChange_data();
    void settingsChange();
    void modelCarriesAssignments();
};

void TestWorkspaceRules::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("prod") << true;
    QTest::newRow("dash underscore digits") << QStringLiteral("team_a-01") << true;
    QTest::newRow("three") << QStringLiteral("abc") << true;
    QTest::newRow("sixty-four") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("two") << QStringLiteral("ab") << false;
    QTest::newRow("sixty-five") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("dot dot") << QStringLiteral("..") << false;
    QTest::newRow("space") << QStringLiteral("my ws") << false;
    QTest::newRow("unicode") << QStringLiteral("prodü") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWorkspaceRules::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const Status st = checkWorkspaceName(name);
    QCOMPARE(st.ok(), valid);
    if (!valid) {
        QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(st.error().reason, Reason::WorkspaceNameInvalid);
    }
}

void TestWorkspaceRules::storagePaths()
{
    QCOMPARE(resolveStoragePath(QStringLiteral("/data/kw"), QStringLiteral("prod")),
             QStringLiteral("/data/kw/workspaces/prod"));
    QCOMPARE(resolveStoragePath(QStringLiteral("/data/kw"), QStringLiteral("prod"), QStringLiteral("/srv/x/../y/")),
             QStringLiteral("/srv/y"));
}

void TestWorkspaceRules::storageFree()
{
    catalog::WorkspaceRecord other;
    other.workspace = model::Workspace(QStringLiteral("prod"), Plan::Premium);
    other.storageRoot = QStringLiteral("/srv/prod");
    QVERIFY(checkStorageFree(QStringLiteral("/srv/lab"), {other}).ok());
    const Status taken = checkStorageFree(QStringLiteral("/srv/prod"), {other});
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, ErrorCode::Conflict);
    QCOMPARE(taken.error().reason, Reason::StorageInUse);
    QCOMPARE(taken.error().args, (QStringList{QStringLiteral("prod"), QStringLiteral("/srv/prod")}));
}

void TestWorkspaceRules::storagePlace_data()
{
    QTest::addColumn<QString>("storage");
    QTest::addColumn<Reason>("refusal"); // None: allowed
    // The data directory is /data/kw; workspace "prod" keeps its objects in /srv/prod.
    QTest::newRow("a folder of its own") << QStringLiteral("/srv/lab") << Reason::None;
    QTest::newRow("the default folder") << QStringLiteral("/data/kw/workspaces/lab") << Reason::None;
    QTest::newRow("a sibling named like it") << QStringLiteral("/srv/prod2") << Reason::None;
    QTest::newRow("another's") << QStringLiteral("/srv/prod") << Reason::StorageInUse;
    QTest::newRow("inside another's") << QStringLiteral("/srv/prod/root/FileStore") << Reason::StorageOverlapsWorkspace;
    QTest::newRow("containing another's") << QStringLiteral("/srv") << Reason::StorageOverlapsWorkspace;
    QTest::newRow("the data directory") << QStringLiteral("/data/kw") << Reason::StorageOverlapsDataDir;
    QTest::newRow("containing the data directory") << QStringLiteral("/data") << Reason::StorageOverlapsDataDir;
    QTest::newRow("in the data directory, not under workspaces/")
        << QStringLiteral("/data/kw/vaults/x") << Reason::StorageOverlapsDataDir;
    QTest::newRow("the workspaces folder itself")
        << QStringLiteral("/data/kw/workspaces") << Reason::StorageOverlapsDataDir;
    QTest::newRow("/") << QStringLiteral("/") << Reason::StorageSystemFolder;
    QTest::newRow("/etc") << QStringLiteral("/etc") << Reason::StorageSystemFolder;
    QTest::newRow("inside /usr") << QStringLiteral("/usr/local/data") << Reason::StorageSystemFolder;
    QTest::newRow("inside /var") << QStringLiteral("/var/lib/x") << Reason::StorageSystemFolder;
    QTest::newRow("/var itself") << QStringLiteral("/var") << Reason::StorageSystemFolder;
    QTest::newRow("inside /var/tmp") << QStringLiteral("/var/tmp/x") << Reason::None;
    QTest::newRow("/var/tmp itself") << QStringLiteral("/var/tmp") << Reason::StorageSystemFolder;
    QTest::newRow("/etcetera is not /etc") << QStringLiteral("/etcetera/x") << Reason::None;
    QTest::newRow("the home folder") << QDir::homePath() << Reason::StorageSystemFolder;
}

void TestWorkspaceRules::storagePlace()
{
    QFETCH(QString, storage);
    QFETCH(Reason, refusal);
    catalog::WorkspaceRecord other;
    other.workspace = model::Workspace(QStringLiteral("prod"), Plan::Premium);
    other.storageRoot = QStringLiteral("/srv/prod");
    const Status st = checkStoragePlace(QStringLiteral("lab"), storage, QStringLiteral("/data/kw"), {other});
    QCOMPARE(st.ok() ? Reason::None : st.error().reason, refusal);
    if (!st.ok()) {
        // Both folders are named, in words too.
        QCOMPARE(st.error().args.value(0), refusal == Reason::StorageInUse ? QStringLiteral("prod") : storage);
        QVERIFY(!Messages::describe(st.error()).isEmpty());
    }
}

void TestWorkspaceRules::resolvedFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString real = QDir(dir.path()).canonicalPath();
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a/b"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("link"))));
    // Links followed, for existing folders and for those still to be made below them.
    QCOMPARE(storage::resolveFolder(dir.filePath(QStringLiteral("link/b"))), real + QStringLiteral("/a/b"));
    QCOMPARE(storage::resolveFolder(dir.filePath(QStringLiteral("link/new/x"))), real + QStringLiteral("/a/new/x"));
    QCOMPARE(storage::resolveFolder(dir.filePath(QStringLiteral("a/../link/./b/"))), real + QStringLiteral("/a/b"));
    // A link to a folder not made yet leads where it would be made.
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("later")), dir.filePath(QStringLiteral("dangling"))));
    QCOMPARE(storage::resolveFolder(dir.filePath(QStringLiteral("dangling"))), real + QStringLiteral("/later"));
    QCOMPARE(storage::resolveFolder(QStringLiteral("/")), QStringLiteral("/"));
}

void TestWorkspaceRules::settingsChange_data()
{
    QTest::addColumn<model::Workspace>("before");
    QTest::addColumn<model::Workspace>("after");
    QTest::addColumn<QList<catalog::Assignment>>("assignments");
    QTest::addColumn<Reason>("refusal"); // None: allowed

    const QList<catalog::Assignment> none;
    const QList<catalog::Assignment> services{assignment(Feature::ManagedServices, QStringLiteral("v1"))};
    const QList<catalog::Assignment> pinnedDisks{assignment(Feature::ManagedDisks, QStringLiteral("v1"))};
    const QList<catalog::Assignment> followingDisks{assignment(Feature::ManagedDisks, QString())};

    QTest::newRow("nothing") << ws() << ws() << services << Reason::None;
    QTest::newRow("standard without keys") << ws() << ws(Plan::Standard) << none << Reason::None;
    QTest::newRow("standard with keys") << ws() << ws(Plan::Standard) << services << Reason::StandardPlanHasKeys;
    QTest::newRow("premium again with keys") << ws(Plan::Standard) << ws() << services << Reason::None;
    QTest::newRow("double encryption on") << ws() << ws(Plan::Premium, true) << none << Reason::DoubleEncryptionFixed;
    QTest::newRow("double encryption off") << ws(Plan::Premium, true) << ws() << none << Reason::DoubleEncryptionFixed;
    QTest::newRow("latest on, no disk key") << ws() << ws(Plan::Premium, false, true) << services << Reason::None;
    QTest::newRow("latest on, pinned disk key")
        << ws() << ws(Plan::Premium, false, true) << pinnedDisks << Reason::DisksPinnedNotFollowing;
    QTest::newRow("latest off, following disk key")
        << ws(Plan::Premium, false, true) << ws() << followingDisks << Reason::DisksFollowingNotPinned;
    QTest::newRow("latest on, following disk key")
        << ws() << ws(Plan::Premium, false, true) << followingDisks << Reason::None;
    QTest::newRow("latest off, pinned disk key")
        << ws(Plan::Premium, false, true) << ws() << pinnedDisks << Reason::None;
}

void TestWorkspaceRules::settingsChange()
{
    QFETCH(model::Workspace, before);
    QFETCH(model::Workspace, after);
    QFETCH(QList<catalog::Assignment>, assignments);
    QFETCH(Reason, refusal);
    const Status st = checkSettingsChange(before, after, assignments);
    QCOMPARE(st.ok(), refusal == Reason::None);
    if (!st) {
        QCOMPARE(st.error().code, ErrorCode::Forbidden);
        QCOMPARE(st.error().reason, refusal);
        QCOMPARE(st.error().args.value(0), QStringLiteral("lab"));
        QVERIFY(!Messages::remedy(st.error()).isEmpty());
    }
}

void TestWorkspaceRules::modelCarriesAssignments()
{
    catalog::WorkspaceRecord r;
    r.workspace = ws();
    auto m = modelWorkspace(
        r, {assignment(Feature::ManagedServices, QStringLiteral("v1")), assignment(Feature::ManagedDisks, QString())});
    QVERIFY(m.ok());
    QCOMPARE(m->keyFor(Feature::ManagedServices), std::optional<QString>(QStringLiteral("vault-a/k/v1")));
    QCOMPARE(m->keyFor(Feature::ManagedDisks), std::optional<QString>(QStringLiteral("vault-a/k")));
    QVERIFY(!m->keyFor(Feature::DbfsRoot));
}

QTEST_GUILESS_MAIN(TestWorkspaceRules)
#include "tst_workspacerules.moc"
