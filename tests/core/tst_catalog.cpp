// TestCatalog: the SQLite catalog: migrations, records, constraints, and the hash-chained history.
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogConnection.h"
#include "catalog/CatalogQuery.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::catalog;

namespace {

FeatureKeyRecord fk(qint64 ws, char id, FeatureKeyState state, int generation)
{
    FeatureKeyRecord r;
    r.fkId = QByteArray(16, id);
    r.workspaceId = ws;
    r.feature = model::Feature::DbfsRoot;
    r.generation = generation;
    r.store = QStringLiteral("main");
    r.keyName = QStringLiteral("kek");
    r.keyVersion = QStringLiteral("v1");
    r.kekId = QStringLiteral("vault://main/keys/kek/v1");
    r.wrapAlg = QStringLiteral("CKM_AES_KEY_WRAP_PAD");
    r.wrappedFk = QByteArray(40, 'w');
    r.state = state;
    return r;
}

HistoryEntry entry(const QString &newVersion)
{
    HistoryEntry e;
    e.workspace = QStringLiteral("ws");
    e.feature = QStringLiteral("dbfs-root");
    e.key = QStringLiteral("main/kek");
    e.oldVersion = QStringLiteral("v0");
    e.newVersion = newVersion;
    e.action = QStringLiteral("rotate");
    e.result = QStringLiteral("ok");
    return e;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsAndMigrates();
    void workspacesAndAssignments();
    void featureKeysOneActivePerFeature();
    void transactionsAreAllOrNothing();
    void jobsAndCheckpoints();
    void preparedStatementsAreReusedSafely();
    void historyChainVerifies();
    void historyIsAppendOnly();
    void editedDeletedReorderedTruncatedAreNamed();
    void refusesNewerSchemaAndDamagedFile();
    void damagedPageFoundByIntegrityCheck();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Catalog> openCatalog();
};

void TestCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = Catalog::defaultPath(m_dir->path());
}

std::unique_ptr<Catalog> TestCatalog::openCatalog()
{
    auto c = Catalog::open(m_path);
    if (!c) {
        qWarning("%s", qPrintable(c.error().detail));
        return nullptr;
    }
    return std::move(c).value();
}

void TestCatalog::createsAndMigrates()
{
    auto c = openCatalog();
    QVERIFY(c);
    QCOMPARE(c->schemaVersion(), Catalog::SchemaVersion);
    c.reset();
    auto again = openCatalog();
    QVERIFY(again);
    QCOMPARE(again->schemaVersion(), Catalog::SchemaVersion);
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")) || QFile::exists(m_path));
}

void TestCatalog::workspacesAndAssignments()
{
    auto c = openCatalog();
    QVERIFY(c);
    model::Workspace ws(QStringLiteral("prod"), model::Plan::Premium, QStringLiteral("westeurope"));
    ws.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
    auto rec = c->createWorkspace(ws, QStringLiteral("/data/prod"));
    QVERIFY(rec.ok());
    QCOMPARE(rec->workspace.name(), QStringLiteral("prod"));
    QVERIFY(rec->workspace.options().isSet(model::WorkspaceOption::DbfsDoubleEncryption));
    QCOMPARE(c->createWorkspace(ws, QStringLiteral("/x")).error().code, ErrorCode::Conflict);
    QCOMPARE(c->workspace(QStringLiteral("nope")).error().code, ErrorCode::NotFound);

    rec->workspace.setPlan(model::Plan::Standard);
    QVERIFY(c->updateWorkspace(*rec).ok());
    QCOMPARE(c->workspace(QStringLiteral("prod"))->workspace.plan(), model::Plan::Standard);

    QVERIFY(
        c->setAssignment({rec->id, model::Feature::ManagedDisks, QStringLiteral("main"), QStringLiteral("disks"), {}})
            .ok());
    QVERIFY(c->setAssignment({rec->id, model::Feature::DbfsRoot, QStringLiteral("main"), QStringLiteral("root"),
                              QStringLiteral("v1")})
                .ok());
    QVERIFY(c->setAssignment({rec->id, model::Feature::DbfsRoot, QStringLiteral("main"), QStringLiteral("root"),
                              QStringLiteral("v2")})
                .ok());
    auto all = c->assignments(rec->id);
    QCOMPARE(all->size(), 2);
    auto disks = c->assignment(rec->id, model::Feature::ManagedDisks);
    QVERIFY(disks->has_value() && (*disks)->followLatest());
    QCOMPARE((*c->assignment(rec->id, model::Feature::DbfsRoot))->keyVersion, QStringLiteral("v2"));
    QVERIFY(c->clearAssignment(rec->id, model::Feature::ManagedDisks).ok());
    QVERIFY(!c->assignment(rec->id, model::Feature::ManagedDisks)->has_value());
}

void TestCatalog::featureKeysOneActivePerFeature()
{
    auto c = openCatalog();
    QVERIFY(c);
    auto ws = c->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), QStringLiteral("/w"));
    QVERIFY(c->insertFeatureKey(fk(ws->id, 'a', FeatureKeyState::Active, 1)).ok());
    // A second active FK for the same feature is refused by the schema itself.
    QCOMPARE(c->insertFeatureKey(fk(ws->id, 'b', FeatureKeyState::Active, 2)).error().code, ErrorCode::Conflict);
    auto first = c->featureKey(QByteArray(16, 'a'));
    QVERIFY(first.ok());
    first->state = FeatureKeyState::Retired;
    QVERIFY(c->updateFeatureKey(*first).ok());
    QVERIFY(c->insertFeatureKey(fk(ws->id, 'b', FeatureKeyState::Active, 2)).ok());
    auto active = c->featureKeys(ws->id, model::Feature::DbfsRoot, FeatureKeyState::Active);
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->first().generation, 2);
    QCOMPARE(c->featureKeys(ws->id)->size(), 2);
    QCOMPARE(c->featureKey(QByteArray(16, 'z')).error().code, ErrorCode::Key);
}

void TestCatalog::transactionsAreAllOrNothing()
{
    auto c = openCatalog();
    QVERIFY(c);
    auto ws = c->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), QStringLiteral("/w"));
    const Status failed = c->transaction([&]() -> Status {
        if (auto st = c->insertFeatureKey(fk(ws->id, 'a', FeatureKeyState::Retired, 1)); !st)
            return st;
        return Error::make(ErrorCode::Cancelled, QStringLiteral("stop"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(c->featureKeys(ws->id)->size(), 0);
    QVERIFY(c->transaction([&] { return c->insertFeatureKey(fk(ws->id, 'a', FeatureKeyState::Retired, 1)); }).ok());
    QCOMPARE(c->featureKeys(ws->id)->size(), 1);
}

void TestCatalog::jobsAndCheckpoints()
{
    auto c = openCatalog();
    QVERIFY(c);
    auto ws = c->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), QStringLiteral("/w"));
    JobRecord j;
    j.kind = QStringLiteral("encrypt");
    j.workspaceId = ws->id;
    j.total = 3;
    auto id = c->createJob(j);
    QVERIFY(id.ok());
    QVERIFY(c->recordObject(*id, {QStringLiteral("root/a"), QStringLiteral("done"), {}, {}}).ok());
    QVERIFY(c->recordObject(*id, {QStringLiteral("root/b"), QStringLiteral("finding"), QStringLiteral("tampered"),
                                  QStringLiteral("segment 2")})
                .ok());
    QVERIFY(c->recordObject(*id, {QStringLiteral("root/a"), QStringLiteral("done"), {}, QStringLiteral("again")}).ok());
    auto objects = c->jobObjects(*id);
    QCOMPARE(objects->size(), 2);
    QCOMPARE(objects->at(1).finding, QStringLiteral("tampered"));
    auto job = c->job(*id);
    job->state = JobState::Done;
    job->done = 3;
    job->finished = QDateTime::currentDateTimeUtc();
    QVERIFY(c->updateJob(*job).ok());
    QCOMPARE(c->job(*id)->state, JobState::Done);
    QCOMPARE(c->jobs(ws->id, QStringLiteral("encrypt"))->size(), 1);
    QCOMPARE(c->jobs(ws->id, QStringLiteral("verify"))->size(), 0);
}

// The connection keeps each statement prepared across queries of the same text: a value bound by one run must not
// reach the next, a statement still open (rows being read) is not handed out again, and a failed query leaves the
// statement usable.
void TestCatalog::preparedStatementsAreReusedSafely()
{
    auto connection = CatalogConnection::open(m_dir->filePath(QStringLiteral("plain.sqlite")));
    QVERIFY(connection);
    const CatalogConnection &c = **connection;
    QVERIFY(
        CatalogQuery(c, QStringLiteral("CREATE TABLE t (n INTEGER NOT NULL, tag TEXT)"), QStringLiteral("t")).exec());
    const QString insert = QStringLiteral("INSERT INTO t (n, tag) VALUES (:n, :tag)");
    for (qint64 n : {1, 2, 3}) {
        CatalogQuery q(c, insert, QStringLiteral("inserting"));
        q.bind(QStringLiteral(":n"), n);
        if (n != 3) // the third run leaves :tag unbound: NULL, not the second run's value
            q.bind(QStringLiteral(":tag"), QStringLiteral("tag-%1").arg(n));
        QVERIFY(q.exec());
    }
    {
        CatalogQuery q(c, QStringLiteral("SELECT count(*) FROM t WHERE tag IS NULL"), QStringLiteral("counting"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), qint64(1));
    }
    // A placeholder named twice, bound anew on each run.
    const QString select = QStringLiteral("SELECT n FROM t WHERE (:tag = '' OR tag = :tag) ORDER BY n");
    for (const auto &[tag, expected] :
         {std::pair{QString(), 3}, std::pair{QStringLiteral("tag-2"), 1}, std::pair{QString(), 3}}) {
        CatalogQuery q(c, select, QStringLiteral("listing"));
        q.bind(QStringLiteral(":tag"), tag);
        auto rows = q.rows<qint64>([](const CatalogQuery &r) { return r.integer(0); });
        QVERIFY(rows);
        QCOMPARE(rows->size(), expected);
    }
    // The same text run while its rows are being read: each query has a statement of its own.
    {
        CatalogQuery outer(c, select, QStringLiteral("listing"));
        outer.bind(QStringLiteral(":tag"), QString());
        QVERIFY(outer.exec());
        QList<qint64> pairs;
        while (outer.next()) {
            const qint64 n = outer.integer(0);
            CatalogQuery inner(c, select, QStringLiteral("listing"));
            inner.bind(QStringLiteral(":tag"), QStringLiteral("tag-%1").arg(n));
            auto rows = inner.rows<qint64>([](const CatalogQuery &r) { return r.integer(0); });
            QVERIFY(rows);
            pairs << n * 10 + rows->size();
        }
        QCOMPARE(pairs, (QList<qint64>{11, 21, 30}));
    }
    // A failed run (NOT NULL) does not spoil the statement for the next one.
    {
        CatalogQuery q(c, insert, QStringLiteral("inserting"));
        QVERIFY(!q.exec());
    }
    CatalogQuery q(c, insert, QStringLiteral("inserting"));
    q.bind(QStringLiteral(":n"), qint64(4)).bind(QStringLiteral(":tag"), QStringLiteral("tag-4"));
    QVERIFY(q.exec());
}

void TestCatalog::historyChainVerifies()
{
    auto c = openCatalog();
    QVERIFY(c);
    for (int i = 1; i <= 5; ++i) {
        auto e = c->appendHistory(entry(QStringLiteral("v%1").arg(i)));
        QVERIFY(e.ok());
        QCOMPARE(e->seq, qint64(i));
        QCOMPARE(e->hash.size(), 32);
    }
    auto all = c->history();
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->at(1).prevHash, all->at(0).hash);
    auto check = c->verifyHistory();
    QVERIFY(check.ok());
    QVERIFY(check->intact);
    QCOMPARE(check->entries, qint64(5));
}

void TestCatalog::historyIsAppendOnly()
{
    auto c = openCatalog();
    QVERIFY(c);
    QVERIFY(c->appendHistory(entry(QStringLiteral("v1"))).ok());
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    d.setDatabaseName(m_path);
    QVERIFY(d.open());
    {
        QSqlQuery q(d);
        QVERIFY(!q.exec(QStringLiteral("UPDATE history SET result = 'failed'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM history")));
    }
    d.close();
    d = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestCatalog::editedDeletedReorderedTruncatedAreNamed()
{
    struct Case
    {
        const char *name;
        QStringList sql;
        qint64 seq;
        const char *words;
    };
    const QString dropTriggers = QStringLiteral("DROP TRIGGER history_append_only_update");
    const QString dropTriggers2 = QStringLiteral("DROP TRIGGER history_append_only_delete");
    const QList<Case> cases = {
        {"edited",
         {dropTriggers, dropTriggers2, QStringLiteral("UPDATE history SET new_version = 'evil' WHERE seq = 3")},
         3,
         "edited"},
        {"deleted", {dropTriggers, dropTriggers2, QStringLiteral("DELETE FROM history WHERE seq = 2")}, 3, "missing"},
        {"reordered",
         {dropTriggers, dropTriggers2, QStringLiteral("UPDATE history SET seq = -1 WHERE seq = 2"),
          QStringLiteral("UPDATE history SET seq = 2 WHERE seq = 4"),
          QStringLiteral("UPDATE history SET seq = 4 WHERE seq = -1")},
         2,
         "edited"},
        {"truncated", {dropTriggers, dropTriggers2, QStringLiteral("DELETE FROM history WHERE seq = 5")}, 5, "removed"},
    };
    for (const Case &k : cases) {
        init();
        {
            auto c = openCatalog();
            QVERIFY(c);
            for (int i = 1; i <= 5; ++i)
                QVERIFY(c->appendHistory(entry(QStringLiteral("v%1").arg(i))).ok());
        }
        test::execSql(m_path, k.sql);
        auto c = openCatalog();
        auto check = c->verifyHistory();
        QVERIFY(check.ok());
        QVERIFY2(!check->intact, k.name);
        QCOMPARE(check->badSeq, k.seq);
        QVERIFY2(check->problem.contains(QLatin1String(k.words)), qPrintable(check->problem));
    }
}

void TestCatalog::refusesNewerSchemaAndDamagedFile()
{
    {
        auto c = openCatalog();
        QVERIFY(c);
    }
    test::execSql(m_path, {QStringLiteral("PRAGMA user_version = 99")});
    QCOMPARE(Catalog::open(m_path).error().code, ErrorCode::Unsupported);

    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto damaged = Catalog::open(junk);
    QVERIFY(!damaged.ok());
    QVERIFY(damaged.error().code == ErrorCode::Format || damaged.error().code == ErrorCode::Io);
    QFile again(junk);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray(8192, 'x')); // left as it was
}

// A catalog whose file is damaged past its header: opening it still works (it reads the header and the schema, not
// every page, so that a command's start does not grow with the catalog), checkIntegrity() says it is damaged, and
// reading the damaged rows is a Format error ("damaged"), never a crash; the file is left as it was.
void TestCatalog::damagedPageFoundByIntegrityCheck()
{
    {
        auto c = openCatalog();
        QVERIFY(c);
        auto ws = c->createWorkspace(model::Workspace(QStringLiteral("big"), model::Plan::Premium),
                                     m_dir->filePath(QStringLiteral("big")));
        QVERIFY(ws.ok());
        QVERIFY(c->transaction([&]() -> Status {
                     for (int i = 0; i < 3000; ++i) {
                         InventoryEntry e;
                         e.workspaceId = ws->id;
                         e.path = QStringLiteral("disks/cluster-0/disk-%1.img").arg(i, 5, 10, QLatin1Char('0'));
                         e.feature = QStringLiteral("managed-disks");
                         e.size = i;
                         e.updated = QDateTime::currentDateTimeUtc();
                         if (auto st = c->putInventory(e); !st)
                             return st;
                     }
                     return {};
                 }).ok());
        QVERIFY(c->checkIntegrity().ok());
    }
    test::execSql(m_path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
    // A run of pages in the second half overwritten, as a bad sector or a stray write would leave them.
    for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
        QVERIFY(f.seek(page * 4096 + 8));
        QVERIFY(f.write(QByteArray(512, '\xa5')) == 512);
    }
    f.close();
    QFile before(m_path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = before.readAll();
    before.close();

    auto c = openCatalog();
    QVERIFY(c); // opening reads no more than the header and the schema
    const Status sound = c->checkIntegrity();
    QVERIFY(!sound.ok());
    QCOMPARE(sound.error().code, ErrorCode::Format);
    QVERIFY2(sound.error().detail.contains(QStringLiteral("damaged")), qPrintable(sound.error().detail));
    auto ws = c->workspace(QStringLiteral("big"));
    QVERIFY(ws.ok());
    auto rows = c->inventory(ws->id);
    if (!rows.ok()) {
        QCOMPARE(rows.error().code, ErrorCode::Format);
        QVERIFY2(rows.error().detail.contains(QStringLiteral("damaged")), qPrintable(rows.error().detail));
    }
    c.reset();
    QFile after(m_path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), damagedBytes); // left as it was
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
