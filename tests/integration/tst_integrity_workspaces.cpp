// TestIntegrityWorkspaces: scenes set through the files and the catalog, as an attacker or a slip of the hand
// would set them, each followed by the keywardctl command that must now refuse or stop: a workspace's storage that
// overlaps another's, the data directory or a system folder (at creation, and after the catalog was edited or a
// link put in its place); a key disabled or deleted while encrypt runs; retire after a clean verification followed
// by one with findings; a rotation that cannot re-wrap; the demo over a workspace it did not make.
#include "FaultSupport.h"
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "demo/DemoWorkspace.h"
#include "envelope/Envelope.h"
#include "jobs/FeatureKeyService.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/LocalFolderStore.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <initializer_list>

using namespace keyward;

using Run = test::CtlRun;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The first integer the query returns, or -1.
qint64 rawCount(const QString &path, const QString &query)
{
    qint64 n = -1;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(query) && q.next())
                n = q.value(0).toLongLong();
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

// Whether a write transaction could start on the catalog now (nobody holds its write lock), without waiting.
bool catalogWritable(const QString &path)
{
    bool free = false;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (d.open()) {
            QSqlQuery q(d);
            free = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (free)
                q.exec(QStringLiteral("ROLLBACK"));
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return free;
}

QStringList findingKinds(const QJsonObject &report)
{
    QStringList kinds;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        kinds << f.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

} // namespace

class TestIntegrityWorkspaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storageAtCreation_data();
    void storageAtCreation();
    void storageChangedBehindKeyward_data();
    void storageChangedBehindKeyward();
    void keyChangesWhileEncryptRuns_data();
    void keyChangesWhileEncryptRuns();
    void retireNeedsTheLatestVerification_data();
    void retireNeedsTheLatestVerification();
    void failingRotationLeavesNoVersion_data();
    void failingRotationLeavesNoVersion();
    void demoRefusesAWorkspaceItDidNotMake_data();
    void demoRefusesAWorkspaceItDidNotMake();

private:
    Run ctl(QStringList args);
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString catalogPath() const { return catalog::Catalog::defaultPath(dataDir()); }
    QString storageOf(const QString &workspace);
    QStringList versions(const QString &key);
    // A key of its own (AES) in store "v", and a workspace with it assigned to the DBFS root (pinned to its
    // newest version) and `files` plaintext files imported into the root area. Returns the workspace's folder.
    QString workspaceWithData(const QString &name, const QString &key, int files, const QStringList &create = {});
    // The same, with `objects` objects of every type generated into it, and keys assigned to three features.
    QString largeWorkspace(const QString &name, const QString &key, qint64 objects);
    // Every object under `root` is its original bytes or a sealed object that opens to them.
    void checkNothingLost(const QString &workspace, const QString &root, const QMap<QString, QByteArray> &original);

    QTemporaryDir m_dir;
};

void TestIntegrityWorkspaces::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run r = ctl(test::words({"store", "add", "local", "v", "--protection", "keychain"}));
    KW_COMPARE_STATUS(r, 0);
}

Run TestIntegrityWorkspaces::ctl(QStringList args)
{
    args << QStringLiteral("--data-dir") << dataDir();
    return test::runKeywardctl(args);
}

QString TestIntegrityWorkspaces::storageOf(const QString &workspace)
{
    const Run r = ctl(test::words({"workspace", "show", "--json"}) << workspace);
    return r.json().object().value(QStringLiteral("storage")).toString();
}

QStringList TestIntegrityWorkspaces::versions(const QString &key)
{
    const Run r = ctl(test::words({"key", "show", "--json", "--store", "v"}) << key);
    QStringList out;
    for (const QJsonValue &v : r.json().array())
        out << v.toObject().value(QStringLiteral("version")).toString();
    return out;
}

QString TestIntegrityWorkspaces::workspaceWithData(const QString &name, const QString &key, int files,
                                                   const QStringList &create)
{
    Run r = ctl(test::words({"key", "create", "--type", "aes", "--store", "v"}) << key);
    if (r.status != 0)
        qWarning("key create: %s", r.err.constData());
    r = ctl(test::words({"workspace", "create"}) << name << create);
    if (r.status != 0) {
        qWarning("workspace create: %s", r.err.constData());
        return {};
    }
    r = ctl(test::words({"assign", "--feature", "dbfs-root", "--store", "v", "--workspace"})
            << name << s("--key") << key);
    if (r.status != 0)
        qWarning("assign: %s", r.err.constData());
    if (files > 0) {
        const QString in = m_dir.filePath(name + QStringLiteral("-in"));
        for (int i = 0; i < files; ++i)
            test::writeFile(QStringLiteral("%1/f%2.csv").arg(in).arg(i),
                            QByteArray("id,value\n") + QByteArray::number(i));
        r = ctl(test::words({"import", "--area", "root", "--workspace"}) << name << in);
        if (r.status != 0)
            qWarning("import: %s", r.err.constData());
    }
    return storageOf(name);
}

QString TestIntegrityWorkspaces::largeWorkspace(const QString &name, const QString &key, qint64 objects)
{
    const QString root = workspaceWithData(name, key, 0);
    if (root.isEmpty())
        return {};
    for (const char *feature : {"managed-services", "managed-disks"}) {
        const Run r = ctl(test::words({"assign", "--store", "v", "--feature"})
                          << s(feature) << s("--workspace") << name << s("--key") << key);
        if (r.status != 0)
            qWarning("assign %s: %s", feature, r.err.constData());
    }
    auto folder = storage::LocalFolderStore::open(root);
    if (!folder)
        return {};
    (*folder)->setSyncWrites(false);
    demo::DemoParams params;
    params.objectCount = qMax(demo::DemoWorkspace::minimumObjectCount(), objects);
    params.totalBytes = qint64(objects) * 8192;
    if (!demo::DemoWorkspace(params).generate(**folder))
        return {};
    return root;
}

void TestIntegrityWorkspaces::checkNothingLost(const QString &workspace, const QString &root,
                                               const QMap<QString, QByteArray> &original)
{
    auto catalog = catalog::Catalog::open(catalogPath());
    QVERIFY(catalog.ok());
    auto ws = (*catalog)->workspace(workspace);
    QVERIFY(ws.ok());
    secrets::KeychainSecretStore secrets;
    jobs::RegistryKeyStoreProvider stores(dataDir(), secrets, nullptr);
    jobs::FeatureKeyService keys(**catalog, stores, *ws);
    QVERIFY(keys.loadRecords().ok());
    for (auto it = original.begin(); it != original.end(); ++it) {
        const QByteArray stored = test::readFile(QDir(root).filePath(it.key()));
        if (!stored.startsWith("KWE1")) {
            QVERIFY2(stored == it.value(),
                     qPrintable(it.key() + QStringLiteral(" is neither the original nor sealed")));
            continue;
        }
        const auto plain = test::openSealed(stored, keys);
        QVERIFY2(plain.ok(), qPrintable(it.key() + QStringLiteral(" does not open")));
        QVERIFY2(*plain == it.value(), qPrintable(it.key() + QStringLiteral(" opens to other bytes")));
    }
}

// `workspace create --storage` where the folder is not the new workspace's own.
void TestIntegrityWorkspaces::storageAtCreation_data()
{
    QTest::addColumn<QString>("storage"); // "@data" the data directory, "@tmp" the test's folder
    QTest::addColumn<QString>("link");    // when set: made as a link to `storage`, and given instead of it
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("inside another's") << s("@data/workspaces/demo2/root/FileStore") << QString() << 7
                                      << s("storage-overlaps-workspace");
    QTest::newRow("another's itself") << s("@data/workspaces/demo2") << QString() << 7 << s("storage-in-use");
    QTest::newRow("link to another's") << s("@data/workspaces/demo2") << s("@tmp/to-demo2") << 7 << s("storage-in-use");
    QTest::newRow("link into another's") << s("@data/workspaces/demo2/root") << s("@tmp/to-demo2-root") << 7
                                         << s("storage-overlaps-workspace");
    QTest::newRow("containing another's") << s("@tmp/apart") << QString() << 7 << s("storage-overlaps-workspace");
    QTest::newRow("the data directory's workspaces folder")
        << s("@data/workspaces") << QString() << 7 << s("storage-overlaps-data-dir");
    QTest::newRow("the data directory") << s("@data") << QString() << 7 << s("storage-overlaps-data-dir");
    QTest::newRow("the data directory's vaults")
        << s("@data/vaults/x") << QString() << 7 << s("storage-overlaps-data-dir");
    QTest::newRow("containing the data directory") << s("@tmp") << QString() << 7 << s("storage-overlaps-data-dir");
    QTest::newRow("link to the data directory")
        << s("@data") << s("@tmp/to-data") << 7 << s("storage-overlaps-data-dir");
    QTest::newRow("/etc") << s("/etc") << QString() << 7 << s("storage-system-folder");
    QTest::newRow("inside /usr") << s("/usr/share/keyward-test") << QString() << 7 << s("storage-system-folder");
    QTest::newRow("/") << s("/") << QString() << 7 << s("storage-system-folder");
    QTest::newRow("link to /etc") << s("/etc") << s("@tmp/to-etc") << 7 << s("storage-system-folder");
    QTest::newRow("the home folder") << s("@home") << QString() << 7 << s("storage-system-folder");
    QTest::newRow("a folder of its own") << s("@tmp/own") << QString() << 0 << QString();
}

void TestIntegrityWorkspaces::storageAtCreation()
{
    QFETCH(QString, storage);
    QFETCH(QString, link);
    QFETCH(int, status);
    QFETCH(QString, reason);
    if (storageOf(s("demo2")).isEmpty()) {
        QVERIFY(!workspaceWithData(s("demo2"), s("demo2-key"), 2).isEmpty());
        QVERIFY(!workspaceWithData(s("apart"), s("apart-key"), 1, {s("--storage"), m_dir.filePath(s("apart/ws"))})
                     .isEmpty());
    }
    const QMap<QString, QByteArray> before = test::snapshotFiles(storageOf(s("demo2")));
    QVERIFY(!before.isEmpty());

    const auto place = [&](QString p) {
        return p.replace(s("@data"), dataDir()).replace(s("@tmp"), m_dir.path()).replace(s("@home"), QDir::homePath());
    };
    QString given = place(storage);
    if (!link.isEmpty()) {
        QVERIFY(QFile::link(given, place(link)));
        given = place(link);
    }
    static int n = 0;
    const QString name = QStringLiteral("made%1").arg(++n);
    const Run r = ctl(test::words({"workspace", "create", "--json", "--storage"}) << given << name);
    KW_COMPARE_STATUS(r, status);
    if (status != 0) {
        QCOMPARE(r.errorReason(), reason);
        QVERIFY(storageOf(name).isEmpty()); // no workspace left behind
    } else {
        // The folder recorded is the resolved one.
        QCOMPARE(storageOf(name), QFileInfo(given).canonicalFilePath());
    }
    QCOMPARE(test::snapshotFiles(storageOf(s("demo2"))), before);
}

// The catalog's storage_root edited, or a link put where a workspace's folder was: every job refuses before it
// reads anything, and nothing in any folder changes.
void TestIntegrityWorkspaces::storageChangedBehindKeyward_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("catalog points at /etc: verify")
        << s("catalog-etc") << s("verify") << 7 << s("storage-system-folder");
    QTest::newRow("catalog points at another's: verify")
        << s("catalog-other") << s("verify") << 7 << s("storage-in-use");
    QTest::newRow("catalog points at another's: encrypt")
        << s("catalog-other") << s("encrypt") << 7 << s("storage-in-use");
    QTest::newRow("catalog points inside another's: encrypt")
        << s("catalog-inside-other") << s("encrypt") << 7 << s("storage-overlaps-workspace");
    QTest::newRow("catalog points at the data directory: verify")
        << s("catalog-data") << s("verify") << 7 << s("storage-overlaps-data-dir");
    QTest::newRow("link in the folder's place: encrypt")
        << s("link-in-place") << s("encrypt") << 7 << s("storage-moved");
    QTest::newRow("link in the folder's place: verify") << s("link-in-place") << s("verify") << 7 << s("storage-moved");
    QTest::newRow("link in a parent's place: import") << s("link-in-parent") << s("import") << 7 << s("storage-moved");
}

void TestIntegrityWorkspaces::storageChangedBehindKeyward()
{
    QFETCH(QString, scene);
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(QString, reason);
    static int n = 0;
    ++n;
    const QString victim = QStringLiteral("victim%1").arg(n);
    const QString other = QStringLiteral("other%1").arg(n);
    const QString otherRoot = workspaceWithData(other, other + QStringLiteral("-key"), 3);
    QVERIFY(!otherRoot.isEmpty());
    // The victim lives in a folder under a parent of its own, so that the parent can be swapped too.
    const QString parent = m_dir.filePath(QStringLiteral("parent%1").arg(n));
    const QString victimRoot = QDir(parent).filePath(QStringLiteral("ws"));
    QVERIFY(!workspaceWithData(victim, victim + QStringLiteral("-key"), 3, {s("--storage"), victimRoot}).isEmpty());
    QCOMPARE(storageOf(victim), victimRoot);
    const QMap<QString, QByteArray> otherBefore = test::snapshotFiles(otherRoot);

    const auto setRoot = [&](const QString &root) {
        test::execSql(
            catalogPath(),
            {QStringLiteral("UPDATE workspaces SET storage_root = '%1' WHERE name = '%2'").arg(root, victim)});
    };
    QString elsewhere; // where a link leads
    // Put right afterwards, pass or fail: a workspace that claims another's folder would block the next rows.
    const auto restore = qScopeGuard([&] {
        if (QFileInfo(victimRoot).isSymLink())
            QFile::remove(victimRoot);
        if (!elsewhere.isEmpty() && QFileInfo(parent).isSymLink() && QFile::remove(parent))
            QDir().rename(elsewhere, parent);
        QDir().mkpath(victimRoot);
        setRoot(victimRoot);
    });
    if (scene == QLatin1String("catalog-etc")) {
        setRoot(s("/etc"));
    } else if (scene == QLatin1String("catalog-other")) {
        setRoot(otherRoot);
    } else if (scene == QLatin1String("catalog-inside-other")) {
        setRoot(QDir(otherRoot).filePath(s("root")));
    } else if (scene == QLatin1String("catalog-data")) {
        setRoot(dataDir());
    } else if (scene == QLatin1String("link-in-place")) {
        QVERIFY(QDir(victimRoot).removeRecursively());
        QVERIFY(QFile::link(otherRoot, victimRoot));
    } else if (scene == QLatin1String("link-in-parent")) {
        elsewhere = m_dir.filePath(QStringLiteral("elsewhere%1").arg(n));
        QVERIFY(QDir().rename(parent, elsewhere));
        QVERIFY(QFile::link(elsewhere, parent));
    }
    const QMap<QString, QByteArray> victimBefore = test::snapshotFiles(victimRoot);

    QStringList args = test::words({"--json", "--workspace"}) << victim;
    if (command == QLatin1String("import")) {
        const QString in = m_dir.filePath(QStringLiteral("more%1").arg(n));
        test::writeFile(QDir(in).filePath(s("new.csv")), "a,b\n1,2\n");
        args = test::words({"import", "--area", "root"}) + args << in;
    } else {
        args.prepend(command);
    }
    const Run r = ctl(args);
    KW_COMPARE_STATUS(r, status);
    QCOMPARE(r.errorReason(), reason);
    QCOMPARE(test::snapshotFiles(otherRoot), otherBefore);
    QCOMPARE(test::snapshotFiles(victimRoot), victimBefore);
}

// `key disable` or `key delete` of a KEK while encrypt works through ~6000 objects: the job stops after the batch
// in flight with the key's finding, exit 4; what it sealed is kept, the rest is as it was, nothing is lost.
void TestIntegrityWorkspaces::keyChangesWhileEncryptRuns_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("finding");
    QTest::newRow("key disable") << s("disable") << s("key-disabled");
    QTest::newRow("key delete") << s("delete") << s("key-deleted");
}

void TestIntegrityWorkspaces::keyChangesWhileEncryptRuns()
{
    QFETCH(QString, change);
    QFETCH(QString, finding);
    const QString name = QStringLiteral("conc-%1").arg(change);
    const QString key = name + QStringLiteral("-key");
    // Several batches of work (64 objects first, then larger): the job is held still after its first checkpoint, so
    // the change lands with most of them still to do.
    const QString root = largeWorkspace(name, key, 1024);
    QVERIFY(!root.isEmpty());
    const QMap<QString, QByteArray> original = test::snapshotFiles(root);
    QVERIFY(original.size() >= 1000);
    const QString version = versions(key).value(0);
    QVERIFY(!version.isEmpty());

    QProcess encrypt;
    encrypt.start(QStringLiteral(KEYWARDCTL_PATH), test::words({"encrypt", "--json", "--threads", "2", "--workspace"})
                                                       << name << s("--data-dir") << dataDir());
    QVERIFY(encrypt.waitForStarted());
    // Until the first batch is checkpointed ...
    const QString checkpoints =
        QStringLiteral("SELECT COUNT(*) FROM job_objects o JOIN jobs j ON j.id = o.job_id JOIN workspaces w ON "
                       "w.id = j.workspace_id WHERE w.name = '%1' AND j.kind = 'encrypt'")
            .arg(name);
    QDeadlineTimer deadline(120000);
    while (rawCount(catalogPath(), checkpoints) <= 0 && encrypt.state() == QProcess::Running && !deadline.hasExpired())
        QTest::qWait(2);
    QVERIFY2(encrypt.state() == QProcess::Running, "encrypt finished before its first checkpoint was seen");
    // ... then held still where it holds no catalog lock (the key change writes its audit entry there), so the
    // change lands while the job is in the middle of its work, however fast or slow this machine is.
    const qint64 pid = encrypt.processId();
    while (!deadline.hasExpired()) {
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        while (!test::allThreadsStopped(pid) && !deadline.hasExpired())
            QTest::qWait(1);
        if (catalogWritable(catalogPath()))
            break;
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        QTest::qWait(1);
    }
    QVERIFY(!deadline.hasExpired());
    const Run changed = change == QLatin1String("disable")
                            ? ctl(test::words({"key", "disable", "--store", "v", "--version"}) << version << key)
                            : ctl(test::words({"key", "delete", "--store", "v"}) << key);
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    KW_COMPARE_STATUS(changed, 0);
    QVERIFY(encrypt.waitForFinished(120000));

    QCOMPARE(encrypt.exitStatus(), QProcess::NormalExit);
    QCOMPARE(encrypt.exitCode(), 4);
    const QJsonObject report = QJsonDocument::fromJson(encrypt.readAllStandardOutput()).object();
    QCOMPARE(report.value(QStringLiteral("state")).toString(), s("failed"));
    QVERIFY2(findingKinds(report).contains(finding), qPrintable(findingKinds(report).join(QLatin1Char(' '))));
    const qint64 sealed = report.value(QStringLiteral("processed")).toInteger();
    const qint64 total = report.value(QStringLiteral("total")).toInteger();
    qInfo("%s stopped encrypt after %lld of %lld objects", qPrintable(change), sealed, total);
    QVERIFY(sealed > 0);
    QVERIFY2(sealed < total, qPrintable(QStringLiteral("%1 of %2 sealed").arg(sealed).arg(total)));
    qint64 sealedFiles = 0;
    for (const QByteArray &bytes : test::snapshotFiles(root))
        sealedFiles += bytes.startsWith("KWE1") ? 1 : 0;
    QCOMPARE(sealedFiles, sealed);

    // With the key usable again, everything opens to what it was, and a new run finishes the work.
    const Run back = change == QLatin1String("disable")
                         ? ctl(test::words({"key", "enable", "--store", "v", "--version"}) << version << key)
                         : ctl(test::words({"key", "recover", "--store", "v"}) << key);
    KW_COMPARE_STATUS(back, 0);
    checkNothingLost(name, root, original);
    const Run again = ctl(test::words({"encrypt", "--quiet", "--workspace"}) << name);
    KW_COMPARE_STATUS(again, 0);
    const Run verify = ctl(test::words({"verify", "--quiet", "--workspace"}) << name);
    KW_COMPARE_STATUS_OUT(verify, 0);
}

// retire counts only the latest full verification of each workspace using the version.
void TestIntegrityWorkspaces::retireNeedsTheLatestVerification_data()
{
    QTest::addColumn<QStringList>("verifications"); // after the rotation: "clean", "findings", "fixed"
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("finding");
    QTest::newRow("clean") << QStringList{s("clean")} << 0 << QString();
    QTest::newRow("clean, then findings") << QStringList{s("clean"), s("findings")} << 7 << s("not-verified");
    QTest::newRow("clean, findings, fixed and clean")
        << QStringList{s("clean"), s("findings"), s("fixed")} << 0 << QString();
    QTest::newRow("clean, then a quick one with findings")
        << QStringList{s("clean"), s("quick-findings")} << 0 << QString();
}

void TestIntegrityWorkspaces::retireNeedsTheLatestVerification()
{
    QFETCH(QStringList, verifications);
    QFETCH(int, status);
    QFETCH(QString, finding);
    static int n = 0;
    const QString name = QStringLiteral("ret%1").arg(++n);
    const QString key = name + QStringLiteral("-key");
    const QString root = workspaceWithData(name, key, 4);
    QVERIFY(!root.isEmpty());
    KW_COMPARE_STATUS(ctl(test::words({"encrypt", "--quiet", "--workspace"}) << name), 0);
    const QString old = versions(key).value(0);
    const Run rotated = ctl(test::words({"rotate", "--quiet", "--workspace"}) << name);
    KW_COMPARE_STATUS(rotated, 0);
    const QString in = m_dir.filePath(name + QStringLiteral("-later"));
    for (const QString &step : std::as_const(verifications)) {
        if (step == QLatin1String("clean")) {
            KW_COMPARE_STATUS(ctl(test::words({"verify", "--quiet", "--workspace"}) << name), 0);
        } else if (step == QLatin1String("findings") || step == QLatin1String("quick-findings")) {
            // Plaintext where the DBFS root has a key.
            test::writeFile(QDir(in).filePath(s("late.csv")), "late,data\n");
            KW_COMPARE_STATUS(ctl(test::words({"import", "--area", "root", "--workspace"}) << name << in), 0);
            QStringList args = test::words({"verify", "--quiet", "--workspace"}) << name;
            if (step == QLatin1String("quick-findings"))
                args << s("--quick") << s("100");
            KW_COMPARE_STATUS(ctl(args), 9);
        } else if (step == QLatin1String("fixed")) {
            KW_COMPARE_STATUS(ctl(test::words({"encrypt", "--quiet", "--workspace"}) << name), 0);
            KW_COMPARE_STATUS(ctl(test::words({"verify", "--quiet", "--workspace"}) << name), 0);
        }
    }
    const Run r =
        ctl(test::words({"retire", "--json", "--quiet", "--feature", "dbfs-root", "--hold-hours", "0", "--workspace"})
            << name << s("--version") << old);
    KW_COMPARE_STATUS_OUT(r, status);
    if (!finding.isEmpty())
        QVERIFY2(findingKinds(r.json().object()).contains(finding), r.out.constData());
}

// A rotation whose current version cannot be used fails before it makes a version: trying again makes none.
void TestIntegrityWorkspaces::failingRotationLeavesNoVersion_data()
{
    QTest::addColumn<int>("tries");
    QTest::newRow("once") << 1;
    QTest::newRow("three times") << 3;
}

void TestIntegrityWorkspaces::failingRotationLeavesNoVersion()
{
    QFETCH(int, tries);
    static int n = 0;
    const QString name = QStringLiteral("rot%1").arg(++n);
    const QString key = name + QStringLiteral("-key");
    QVERIFY(!workspaceWithData(name, key, 3).isEmpty());
    KW_COMPARE_STATUS(ctl(test::words({"encrypt", "--quiet", "--workspace"}) << name), 0);
    const QString current = versions(key).value(0);
    KW_COMPARE_STATUS(ctl(test::words({"key", "disable", "--store", "v", "--version"}) << current << key), 0);
    for (int i = 0; i < tries; ++i) {
        const Run r = ctl(test::words({"rotate", "--json", "--quiet", "--workspace"}) << name);
        KW_COMPARE_STATUS(r, 4);
        QVERIFY2(findingKinds(r.json().object()).contains(s("key-disabled")), r.out.constData());
        QCOMPARE(versions(key), QStringList{current});
    }
    // Enabled again, the rotation goes through with one new version.
    KW_COMPARE_STATUS(ctl(test::words({"key", "enable", "--store", "v", "--version"}) << current << key), 0);
    KW_COMPARE_STATUS(ctl(test::words({"rotate", "--quiet", "--workspace"}) << name), 0);
    QCOMPARE(versions(key).size(), 2);
}

// `demo --workspace NAME` over an admin's workspace with data and a key: refused, nothing touched.
void TestIntegrityWorkspaces::demoRefusesAWorkspaceItDidNotMake_data()
{
    QTest::addColumn<QString>("storage"); // the admin's --storage, under the test's folder; empty: the default
    QTest::newRow("an admin's workspace") << QString();
    QTest::newRow("an admin's folder named like the demo's audit entry") << s("conc origin=demo");
}

void TestIntegrityWorkspaces::demoRefusesAWorkspaceItDidNotMake()
{
    QFETCH(QString, storage);
    static int n = 0;
    const QString name = QStringLiteral("conc%1").arg(++n);
    const QString key = name + QStringLiteral("-key");
    QStringList create;
    if (!storage.isEmpty())
        create << s("--storage") << m_dir.filePath(storage);
    const QString root = workspaceWithData(name, key, 5, create);
    QVERIFY(!root.isEmpty());
    KW_COMPARE_STATUS(ctl(test::words({"encrypt", "--quiet", "--workspace"}) << name), 0);
    const QMap<QString, QByteArray> before = test::snapshotFiles(root);
    const QStringList keyVersions = versions(key);

    const Run r = ctl(test::words({"demo", "--json", "--workspace"}) << name);
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorReason(), s("demo-workspace-foreign"));
    QCOMPARE(test::snapshotFiles(root), before);
    QCOMPARE(versions(key), keyVersions);
    KW_COMPARE_STATUS(ctl(test::words({"verify", "--quiet", "--workspace"}) << name), 0);
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestIntegrityWorkspaces t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_integrity_workspaces.moc"
