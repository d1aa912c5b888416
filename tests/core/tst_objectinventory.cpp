// TestObjectInventory: the object inventory's table (past versions kept), its checks of a sealed object against
// what the jobs last left (same object, swapped, rolled back), the listing of what is not an object, and the
// header sniffing that takes an almost-KWE1 start for damage, never for plaintext.
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "jobs/JobFinding.h"
#include "jobs/ObjectInventory.h"
#include "jobs/ObjectPlan.h"
#include "storage/LocalFolderStore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace keyward;

namespace {

envelope::Kwe1Header header(char objectId, char fkId)
{
    envelope::Kwe1Header h;
    h.feature = envelope::Kwe1Feature::DbfsRoot;
    h.objectId = QByteArray(envelope::Kwe1Header::ObjectIdSize, objectId);
    h.noncePrefix = QByteArray(envelope::Kwe1Header::NoncePrefixSize, 'n');
    h.fkId = QByteArray(envelope::Kwe1Header::FkIdSize, fkId);
    h.wrappedOk = QByteArray(envelope::Kwe1Header::WrappedOkSize, 'w');
    return h;
}

catalog::FeatureKeyRecord fkRecord(qint64 ws, char id, int generation)
{
    catalog::FeatureKeyRecord r;
    r.fkId = QByteArray(16, id);
    r.workspaceId = ws;
    r.feature = model::Feature::DbfsRoot;
    r.generation = generation;
    return r;
}

} // namespace

class TestObjectInventory : public QObject
{
    Q_OBJECT

private slots:
    void findingNames();
    void sniff_data();
    void sniff();
    void tableKeepsPastVersions_data();
    void tableKeepsPastVersions();
    // The time of an entry reads back as written; a time stored in another ISO 8601 form (an offset, no
    // milliseconds) reads as the same instant, and text that is no time as none.
    void timesReadBack_data();
    void timesReadBack();
    // An entry is written through SQLite's own interface: a null byte array reads back as null and an empty one as
    // empty, a null text as '', text outside ASCII as it was; a statement SQLite refuses says what was being done,
    // never a value bound to it (the object's path, which names it, is part of what was being done).
    void entriesReadBackAsWritten();
    void refusedEntrySaysWhatNotWhich();
    void checks_data();
    void checks();
    void plaintextWhereSealed();
    void listEntriesNamesKinds();
};

void TestObjectInventory::findingNames()
{
    const QList<QPair<jobs::FindingKind, QString>> kinds{
        {jobs::FindingKind::Missing, QStringLiteral("missing")},
        {jobs::FindingKind::Swapped, QStringLiteral("swapped")},
        {jobs::FindingKind::RolledBack, QStringLiteral("rolled-back")},
        {jobs::FindingKind::NotRegularFile, QStringLiteral("not-regular-file")},
        {jobs::FindingKind::Unexpected, QStringLiteral("unexpected")},
    };
    for (const auto &[kind, name] : kinds) {
        QCOMPARE(jobs::findingKindName(kind), name);
        QVERIFY(jobs::parseFindingKind(name) == kind);
    }
    // Every kind has its own name.
    QSet<QString> names;
    for (int i = 0; i <= int(jobs::FindingKind::Unexpected); ++i)
        names.insert(jobs::findingKindName(jobs::FindingKind(i)));
    QCOMPARE(int(names.size()), int(jobs::FindingKind::Unexpected) + 1);
}

void TestObjectInventory::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // header | plaintext | damage
    const QByteArray sealed = header('o', 'f').encode() + QByteArray(40, 'c');
    QTest::newRow("sealed") << sealed << QStringLiteral("header");
    QByteArray flipped = sealed;
    flipped[0] = char(flipped.at(0) ^ 0x01);
    QTest::newRow("first byte flipped") << flipped << QStringLiteral("damage");
    QByteArray third = sealed;
    third[2] = 'X';
    QTest::newRow("magic one byte off") << third << QStringLiteral("damage");
    QByteArray noMagic = sealed;
    noMagic.replace(0, 4, "ABCD");
    QTest::newRow("header after a damaged magic") << noMagic << QStringLiteral("damage");
    QByteArray badVersion = sealed;
    badVersion[4] = char(2);
    QTest::newRow("magic intact, bad version") << badVersion << QStringLiteral("damage");
    QTest::newRow("csv") << QByteArray("id,amount\n1,100\n").repeated(20) << QStringLiteral("plaintext");
    QTest::newRow("short, like a magic") << QByteArray("KWE2 notes") << QStringLiteral("plaintext");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("plaintext");
    QTest::newRow("binary") << test::vectorPlaintext(4096, 3) << QStringLiteral("plaintext");
}

void TestObjectInventory::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QBuffer device(&bytes);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const auto sniffed = jobs::sniffHeader(device);
    const QString got = !sniffed ? QStringLiteral("damage")
                                 : (sniffed->has_value() ? QStringLiteral("header") : QStringLiteral("plaintext"));
    QCOMPARE(got, expected);
    if (!sniffed)
        QCOMPARE(sniffed.error().code, ErrorCode::Format);
}

void TestObjectInventory::tableKeepsPastVersions_data()
{
    QTest::addColumn<bool>("upgraded");
    QTest::newRow("new catalog") << false;
    // A catalog of schema version 2 kept past versions from the statement that replaced an entry; upgraded,
    // the catalog's trigger keeps them.
    QTest::newRow("catalog upgraded from version 2") << true;
}

void TestObjectInventory::tableKeepsPastVersions()
{
    QFETCH(bool, upgraded);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.sqlite"));
    if (upgraded) {
        QVERIFY(catalog::Catalog::open(file).ok());
        // Back to version 2's schema, as a catalog made by an earlier Keyward has it.
        test::execSql(file, {QStringLiteral("DROP TRIGGER object_inventory_keeps_past"),
                             QStringLiteral("DROP INDEX object_inventory_past_by_path"),
                             QStringLiteral("CREATE INDEX object_inventory_past_by_id ON object_inventory_past "
                                            "(workspace_id, object_id)"),
                             QStringLiteral("PRAGMA user_version = 2")});
    }
    auto c = catalog::Catalog::open(file);
    QVERIFY(c.ok());
    QCOMPARE((*c)->schemaVersion(), catalog::Catalog::SchemaVersion);
    auto ws = (*c)->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), dir.path());
    QVERIFY(ws.ok());
    const QString path = QStringLiteral("root/FileStore/a.csv");
    catalog::InventoryEntry plain;
    plain.workspaceId = ws->id;
    plain.path = path;
    plain.size = 10;
    QVERIFY((*c)->putInventory(plain).ok());
    const auto a = jobs::ObjectInventory::sealedEntry(ws->id, path, QStringLiteral("dbfs-root"), header('a', '1'),
                                                      QByteArray(16, 't'), 200);
    QVERIFY((*c)->putInventory(a).ok());
    QVERIFY((*c)->putInventory(a).ok()); // the same version again: nothing to keep
    QCOMPARE(int((*c)->inventoryPast(ws->id)->size()), 0);
    QVERIFY((*c)->putInventory(plain).ok()); // an import over it
    const auto b = jobs::ObjectInventory::sealedEntry(ws->id, path, QStringLiteral("dbfs-root"), header('b', '1'),
                                                      QByteArray(16, 'u'), 210);
    QVERIFY((*c)->putInventory(b).ok());
    auto rekeyed = b;
    rekeyed.fkId = QByteArray(16, '2');
    QVERIFY((*c)->putInventory(rekeyed).ok());

    const auto entries = (*c)->inventory(ws->id);
    QVERIFY(entries.ok());
    QCOMPARE(int(entries->size()), 1);
    QCOMPARE(entries->first().state, catalog::InventoryState::Sealed);
    QCOMPARE(entries->first().objectId, b.objectId);
    QCOMPARE(entries->first().fkId, QByteArray(16, '2'));
    QCOMPARE(entries->first().tag, QByteArray(16, 'u'));
    QCOMPARE(entries->first().size, qint64(210));
    // a, replaced by the import, is a past version; b's older header is not (the same object and tag: an older
    // header put back is caught by its generation, and the rekey's checkpoints say where it moved from).
    const auto past = (*c)->inventoryPast(ws->id);
    QVERIFY(past.ok());
    QCOMPARE(int(past->size()), 1);
    QCOMPARE(past->at(0).objectId, a.objectId);
    QCOMPARE(past->at(0).fkId, QByteArray(16, '1'));
    QCOMPARE(past->at(0).tag, QByteArray(16, 't'));

    // A catalog of schema version 2 kept a rekey's older header too; the jobs' checks never need it (the object
    // is current), so the inventory they load leaves it out.
    test::execSql(file,
                  {QStringLiteral("INSERT INTO object_inventory_past (workspace_id, path, object_id, fk_id, tag, "
                                  "replaced) VALUES (%1, '%2', x'%3', x'%4', x'%5', '2026-01-01T00:00:00.000Z')")
                       .arg(ws->id)
                       .arg(path, QString::fromLatin1(b.objectId.toHex()),
                            QString::fromLatin1(QByteArray(16, '1').toHex()), QString::fromLatin1(b.tag.toHex()))});
    QCOMPARE(int((*c)->inventoryPast(ws->id)->size()), 2);
    const auto gone = (*c)->inventoryPastNoLongerCurrent(ws->id);
    QVERIFY(gone.ok());
    QCOMPARE(int(gone->size()), 1);
    QCOMPARE(gone->at(0).objectId, a.objectId);
    QCOMPARE(gone->at(0).path, path);
}

void TestObjectInventory::timesReadBack_data()
{
    QTest::addColumn<QString>("stored"); // empty: the time as the catalog writes it
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2026, 11, 30), QTime(8, 15, 2, 123), Qt::UTC);
    QTest::newRow("as written") << QString() << t;
    QTest::newRow("first millisecond of a year")
        << QString() << QDateTime(QDate(2027, 1, 1), QTime(0, 0, 0, 0), Qt::UTC);
    QTest::newRow("last millisecond of a leap day")
        << QString() << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("an offset") << QStringLiteral("2026-11-30T09:15:02.123+01:00") << t;
    QTest::newRow("no milliseconds") << QStringLiteral("2026-11-30T08:15:02Z") << t.addMSecs(-123);
    QTest::newRow("a day that does not exist") << QStringLiteral("2026-02-30T08:15:02.123Z") << QDateTime();
    QTest::newRow("not a time") << QStringLiteral("yesterday, about noon") << QDateTime();
}

void TestObjectInventory::timesReadBack()
{
    QFETCH(QString, stored);
    QFETCH(QDateTime, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.sqlite"));
    auto c = catalog::Catalog::open(file);
    QVERIFY(c.ok());
    auto ws = (*c)->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), dir.path());
    QVERIFY(ws.ok());
    catalog::InventoryEntry e;
    e.workspaceId = ws->id;
    e.path = QStringLiteral("root/a.csv");
    e.updated = expected.isValid() ? expected : QDateTime::currentDateTimeUtc();
    QVERIFY((*c)->putInventory(e).ok());
    if (!stored.isEmpty())
        test::execSql(file, {QStringLiteral("UPDATE object_inventory SET updated = '%1'").arg(stored)});
    const auto entries = (*c)->inventory(ws->id);
    QVERIFY(entries.ok());
    QCOMPARE(int(entries->size()), 1);
    QCOMPARE(entries->first().updated.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(entries->first().updated, expected);
        QCOMPARE(entries->first().updated.timeSpec(), Qt::UTC);
    }
}

void TestObjectInventory::entriesReadBackAsWritten()
{
    QTemporaryDir dir;
    auto c = catalog::Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(c.ok());
    auto ws = (*c)->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), dir.path());
    QVERIFY(ws.ok());
    catalog::InventoryEntry plain;
    plain.workspaceId = ws->id;
    plain.path = QStringLiteral("root/ünïcode ✓.csv");
    plain.state = catalog::InventoryState::Plain;
    plain.size = 12;
    plain.updated = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 2, 123), Qt::UTC);
    catalog::InventoryEntry sealed = plain;
    sealed.path = QStringLiteral("root/b.csv");
    sealed.feature = QStringLiteral("dbfs-root");
    sealed.state = catalog::InventoryState::Sealed;
    sealed.objectId = QByteArray(16, '\x01');
    sealed.fkId = QByteArray("", 0); // empty, not null
    sealed.tag = QByteArray(16, '\0');
    sealed.jobId = 0;
    QVERIFY((*c)->putInventory(QList<catalog::InventoryEntry>{plain, sealed}).ok());
    const auto entries = (*c)->inventory(ws->id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    const catalog::InventoryEntry &b = entries->at(0);
    const catalog::InventoryEntry &a = entries->at(1);
    QCOMPARE(a.path, plain.path);
    QVERIFY(a.feature.isEmpty());
    QVERIFY(a.objectId.isNull());
    QVERIFY(a.fkId.isNull());
    QCOMPARE(a.size, qint64(12));
    QCOMPARE(a.updated, plain.updated);
    QCOMPARE(b.path, sealed.path);
    QCOMPARE(b.feature, sealed.feature);
    QCOMPARE(b.objectId, sealed.objectId);
    QVERIFY(b.fkId.isEmpty());
    QCOMPARE(b.tag, sealed.tag);
    // What SQLite holds: NULL for the null arrays, a blob of no bytes for the empty one (Qt Sql reads both as null).
    QStringList types;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("types"));
        d.setDatabaseName(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(d.open());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT typeof(object_id), typeof(fk_id), typeof(feature) FROM "
                                      "object_inventory ORDER BY path")));
        while (q.next())
            types
                << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("types"));
    QCOMPARE(types, (QStringList{QStringLiteral("blob blob text"), QStringLiteral("null null text")}));
}

void TestObjectInventory::refusedEntrySaysWhatNotWhich()
{
    QTemporaryDir dir;
    auto c = catalog::Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(c.ok());
    catalog::InventoryEntry e;
    e.workspaceId = 4242; // no such workspace: the foreign key refuses it
    e.path = QStringLiteral("root/secret-name-4711.csv");
    e.state = catalog::InventoryState::Sealed;
    e.objectId = QByteArray(16, 'k');
    const Status st = (*c)->putInventory(e);
    QVERIFY(!st);
    QVERIFY2(st.error().detail.contains(QLatin1String("FOREIGN KEY")), qPrintable(st.error().detail));
    QVERIFY2(!st.error().detail.contains(QLatin1String("kkkk")), qPrintable(st.error().detail));
    // The statement is ready for the next entry.
    auto ws = (*c)->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), dir.path());
    QVERIFY(ws.ok());
    e.workspaceId = ws->id;
    QVERIFY((*c)->putInventory(e).ok());
    QCOMPARE((*c)->inventory(ws->id)->size(), 1);
}

void TestObjectInventory::checks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<char>("objectId");
    QTest::addColumn<char>("fkId");
    QTest::addColumn<char>("tag");
    QTest::addColumn<QString>("finding"); // empty: as the inventory has it
    const QString a = QStringLiteral("a.csv");
    const QString b = QStringLiteral("b.csv");
    QTest::newRow("as recorded") << a << 'A' << '2' << 'x' << QString();
    QTest::newRow("other object") << a << 'B' << '2' << 'y' << QStringLiteral("swapped");
    QTest::newRow("old version of another") << b << 'O' << '2' << 'o' << QStringLiteral("swapped");
    QTest::newRow("unknown object where one is sealed") << a << 'Z' << '2' << 'z' << QStringLiteral("swapped");
    QTest::newRow("old version of itself") << b << 'P' << '1' << 'p' << QStringLiteral("rolled-back");
    QTest::newRow("same object, other tag") << a << 'A' << '2' << 'q' << QStringLiteral("rolled-back");
    QTest::newRow("older header") << a << 'A' << '1' << 'x' << QStringLiteral("rolled-back");
    QTest::newRow("newer header (rekey not yet recorded)") << a << 'A' << '3' << 'x' << QString();
    const QString d = QStringLiteral("d.csv"); // double-encrypted: its outer layer under the platform FK '9'
    QTest::newRow("platform layer re-sealed, not yet recorded") << d << 'E' << '9' << 'e' << QString();
    QTest::newRow("platform layer of another object") << d << 'F' << '9' << 'f' << QStringLiteral("swapped");
    QTest::newRow("new object, nothing recorded there") << QStringLiteral("new.csv") << 'N' << '2' << 'n' << QString();
}

void TestObjectInventory::checks()
{
    QFETCH(QString, path);
    QFETCH(char, objectId);
    QFETCH(char, fkId);
    QFETCH(char, tag);
    QFETCH(QString, finding);
    QTemporaryDir dir;
    auto c = catalog::Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(c.ok());
    auto ws = (*c)->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), dir.path());
    QVERIFY(ws.ok());
    const auto put = [&](const QString &p, char id, char fk, char t) {
        QVERIFY((*c)->putInventory(jobs::ObjectInventory::sealedEntry(ws->id, p, QStringLiteral("dbfs-root"),
                                                                      header(id, fk), QByteArray(16, t), 200))
                    .ok());
    };
    put(QStringLiteral("a.csv"), 'A', '2', 'x');
    put(QStringLiteral("b.csv"), 'P', '1', 'p');
    put(QStringLiteral("b.csv"), 'B', '2', 'y'); // P is b.csv's past version now
    put(QStringLiteral("c.csv"), 'O', '2', 'o');
    put(QStringLiteral("c.csv"), 'C', '2', 'c');
    put(QStringLiteral("d.csv"), 'D', '9', 'd');
    put(QStringLiteral("f.csv"), 'F', '9', 'f');
    std::map<QByteArray, catalog::FeatureKeyRecord> records;
    for (int g = 1; g <= 3; ++g)
        records[QByteArray(16, char('0' + g))] = fkRecord(ws->id, char('0' + g), g);
    records[QByteArray(16, '9')] = fkRecord(ws->id, '9', 1);
    records[QByteArray(16, '9')].feature = model::Feature::Platform;

    auto inventory = jobs::ObjectInventory::load(**c, ws->id);
    QVERIFY(inventory.ok());
    const auto got = inventory->checkSealed(path, header(objectId, fkId), QByteArray(16, tag), records);
    QCOMPARE(got ? jobs::findingKindName(got->kind) : QString(), finding);
}

void TestObjectInventory::plaintextWhereSealed()
{
    QTemporaryDir dir;
    auto c = catalog::Catalog::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(c.ok());
    auto ws = (*c)->createWorkspace(model::Workspace(QStringLiteral("w"), model::Plan::Premium), dir.path());
    QVERIFY(ws.ok());
    QVERIFY((*c)->putInventory(jobs::ObjectInventory::sealedEntry(ws->id, QStringLiteral("s.csv"), QString(),
                                                                  header('S', '1'), QByteArray(16, 's'), 200))
                .ok());
    catalog::InventoryEntry plain;
    plain.workspaceId = ws->id;
    plain.path = QStringLiteral("p.csv");
    QVERIFY((*c)->putInventory(plain).ok());
    auto inventory = jobs::ObjectInventory::load(**c, ws->id);
    QVERIFY(inventory.ok());
    const auto damaged = inventory->checkPlain(QStringLiteral("s.csv"));
    QVERIFY(damaged);
    QCOMPARE(damaged->kind, jobs::FindingKind::Corrupt);
    QVERIFY(!inventory->checkPlain(QStringLiteral("p.csv")));
    QVERIFY(!inventory->checkPlain(QStringLiteral("other.csv")));
}

void TestObjectInventory::listEntriesNamesKinds()
{
    QTemporaryDir dir;
    const QDir root(dir.path());
    test::writeFile(root.filePath(QStringLiteral("root/FileStore/a.csv")), "a");
    test::writeFile(root.filePath(QStringLiteral("root/FileStore/.a.csv.kw-tmp-ABC123")), "left over");
    QVERIFY(QFile::link(QStringLiteral("a.csv"), root.filePath(QStringLiteral("root/FileStore/link.csv"))));
    QCOMPARE(::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("root/FileStore/pipe"))).constData(), 0600), 0);
    auto store = storage::LocalFolderStore::open(dir.path());
    QVERIFY(store.ok());
    // A temporary file a live writer holds.
    auto writer = (*store)->openWrite(QStringLiteral("root/FileStore/b.csv"));
    QVERIFY(writer.ok());

    auto entries = (*store)->listEntries();
    QVERIFY(entries.ok());
    QMap<QString, storage::ObjectInfo> byPath;
    for (const storage::ObjectInfo &e : *entries)
        byPath.insert(e.path, e);
    QCOMPARE(byPath.value(QStringLiteral("root")).kind, storage::EntryKind::Directory);
    QCOMPARE(byPath.value(QStringLiteral("root/FileStore/a.csv")).kind, storage::EntryKind::Object);
    QVERIFY(!byPath.value(QStringLiteral("root/FileStore/a.csv")).temporary);
    QCOMPARE(byPath.value(QStringLiteral("root/FileStore/link.csv")).kind, storage::EntryKind::Symlink);
    QCOMPARE(byPath.value(QStringLiteral("root/FileStore/pipe")).kind, storage::EntryKind::Special);
    const storage::ObjectInfo leftover = byPath.value(QStringLiteral("root/FileStore/.a.csv.kw-tmp-ABC123"));
    QVERIFY(leftover.temporary);
    QVERIFY(!leftover.inUse);
    int held = 0;
    for (const storage::ObjectInfo &e : *entries)
        if (e.temporary && e.path.startsWith(QStringLiteral("root/FileStore/.b.csv.kw-tmp-")))
            held += e.inUse ? 1 : 0;
    QCOMPARE(held, 1);
    // list() is unchanged: regular objects only.
    auto objects = (*store)->list();
    QVERIFY(objects.ok());
    QCOMPARE(int(objects->size()), 1);
    QCOMPARE(objects->first().path, QStringLiteral("root/FileStore/a.csv"));
}

QTEST_GUILESS_MAIN(TestObjectInventory)
#include "tst_objectinventory.moc"
