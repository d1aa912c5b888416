// fuzz_catalog_rows: the catalog's rows as Keyward reads them back. The input is a stream of column values (any
// SQLite type: null, integer, real, text, blob) written straight into a catalog's tables, past the program's own
// writers, as someone who can write the data directory could; then every reading function of the catalog runs
// over them. Reading must refuse or tolerate what it finds, never crash; what a list returns, a lookup finds.
#include "FuzzSupport.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <cstring>

namespace {

using namespace keyward;
using namespace keyward::catalog;

// Reads column values from the input; past its end, every value is the column's ordinary one.
class Values
{
public:
    Values(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}

    QVariant next(const QVariant &ordinary)
    {
        if (m_pos >= m_size)
            return ordinary;
        const std::uint8_t tag = m_data[m_pos++];
        switch (tag % 8) {
        case 0:
            return QVariant(); // NULL
        case 1:
            return qint64(fixed(8));
        case 2: {
            const quint64 bits = fixed(8);
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            return d;
        }
        case 3:
            return QString::fromUtf8(chunk());
        case 4:
            return chunk(); // a blob
        case 5:
            return qint64(qint8(fixed(1))); // small integers: ids, counts, generations
        default:
            return ordinary;
        }
    }

private:
    quint64 fixed(int n)
    {
        quint64 v = 0;
        for (int i = 0; i < n && m_pos < m_size; ++i)
            v = (v << 8) | m_data[m_pos++];
        return v;
    }
    QByteArray chunk()
    {
        const std::size_t len = std::min<std::size_t>(fixed(1), m_size - m_pos);
        QByteArray b(reinterpret_cast<const char *>(m_data + m_pos), qsizetype(len));
        m_pos += len;
        return b;
    }

    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

struct Table
{
    const char *name;
    QList<QPair<const char *, QVariant>> columns; // name, ordinary value
    int rows;
};

const QByteArray FkId = QByteArray::fromHex("4663dcdc868f1b775d00b9e529e3c86d");
const QByteArray Hash = QByteArray(32, '\x11');
const QString Now = QStringLiteral("2026-03-01T10:00:00.000Z");

const QList<Table> &tables()
{
    static const QList<Table> t = {
        {"workspaces",
         {{"id", qint64(1)},
          {"name", QStringLiteral("ws")},
          {"plan", QStringLiteral("premium")},
          {"region", QStringLiteral("westeurope")},
          {"options", QStringLiteral("{\"dbfs-double-encryption\":true}")},
          {"storage_root", QStringLiteral("/tmp/ws")},
          {"created", Now}},
         2},
        {"assignments",
         {{"workspace_id", qint64(1)},
          {"feature", QStringLiteral("managed-services")},
          {"store", QStringLiteral("local")},
          {"key_name", QStringLiteral("kek")},
          {"key_version", QString()}},
         2},
        {"feature_keys",
         {{"fk_id", FkId},
          {"workspace_id", qint64(1)},
          {"feature", QStringLiteral("managed-services")},
          {"generation", qint64(1)},
          {"store", QStringLiteral("local")},
          {"key_name", QStringLiteral("kek")},
          {"key_version", QStringLiteral("00112233445566778899aabbccddeeff")},
          {"kek_id", QStringLiteral("vault://local/keys/kek/00112233445566778899aabbccddeeff")},
          {"wrap_alg", QStringLiteral("RSA-OAEP-256")},
          {"wrapped_fk", QByteArray(384, '\x22')},
          {"state", QStringLiteral("active")},
          {"created", Now},
          {"updated", Now}},
         2},
        {"jobs",
         {{"id", qint64(1)},
          {"kind", QStringLiteral("encrypt")},
          {"workspace_id", qint64(1)},
          {"state", QStringLiteral("done")},
          {"params", QStringLiteral("{\"threads\":2}")},
          {"result", QStringLiteral("{}")},
          {"total", qint64(3)},
          {"done", qint64(3)},
          {"started", Now},
          {"finished", Now}},
         2},
        {"job_objects",
         {{"job_id", qint64(1)},
          {"object", QStringLiteral("root/FileStore/a")},
          {"state", QStringLiteral("finding")},
          {"finding", QStringLiteral("plaintext")},
          {"detail", QString()}},
         2},
        {"history",
         {{"seq", qint64(1)},
          {"at", Now},
          {"actor", QStringLiteral("admin@host")},
          {"workspace", QStringLiteral("ws")},
          {"feature", QStringLiteral("managed-services")},
          {"key", QStringLiteral("local/kek")},
          {"old_version", QStringLiteral("a")},
          {"new_version", QStringLiteral("b")},
          {"objects_touched", qint64(3)},
          {"action", QStringLiteral("rotate")},
          {"result", QStringLiteral("ok")},
          {"prev_hash", QByteArray()},
          {"hash", Hash}},
         3},
        {"history_head", {{"id", qint64(1)}, {"seq", qint64(1)}, {"hash", Hash}}, 1},
        {"audit",
         {{"id", qint64(1)},
          {"at", Now},
          {"actor", QStringLiteral("admin@host")},
          {"action", QStringLiteral("assign")},
          {"target", QStringLiteral("ws")},
          {"detail", QString()}},
         2},
        {"object_inventory",
         {{"workspace_id", qint64(1)},
          {"path", QStringLiteral("root/FileStore/a")},
          {"feature", QStringLiteral("managed-disks")},
          {"state", QStringLiteral("sealed")},
          {"size", qint64(4096)},
          {"object_id", QByteArray(16, '\x33')},
          {"fk_id", FkId},
          {"tag", QByteArray(16, '\x44')},
          {"job_id", qint64(1)},
          {"updated", Now}},
         2},
        {"object_inventory_past",
         {{"workspace_id", qint64(1)},
          {"path", QStringLiteral("root/FileStore/a")},
          {"object_id", QByteArray(16, '\x55')},
          {"fk_id", FkId},
          {"tag", QByteArray(16, '\x66')},
          {"replaced", Now}},
         1},
        {"catalog_identity", {{"id", qint64(1)}, {"catalog_id", QStringLiteral("0123456789abcdef")}}, 1},
    };
    return t;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog;
    QString raw = QStringLiteral("fuzz-raw");
};

Fixture &fixture()
{
    static Fixture *f = [] {
        static int argc = 1;
        static char name[] = "fuzz_catalog_rows";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        auto *fx = new Fixture;
        KW_FUZZ_CHECK(fx->dir.isValid());
        const QString path = fx->dir.filePath(QStringLiteral("catalog.sqlite"));
        auto opened = Catalog::open(path);
        KW_FUZZ_CHECK(opened);
        fx->catalog = std::move(opened).value();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), fx->raw);
        db.setDatabaseName(path);
        KW_FUZZ_CHECK(db.open());
        QSqlQuery q(db);
        // The writer here is the "attacker": no durability, no foreign keys, and the history made writable.
        for (const char *sql : {"PRAGMA synchronous=OFF", "PRAGMA foreign_keys=OFF",
                                "DROP TRIGGER history_append_only_update", "DROP TRIGGER history_append_only_delete"})
            KW_FUZZ_CHECK(q.exec(QString::fromLatin1(sql)));
        return fx;
    }();
    return *f;
}

void fill(Values &values)
{
    QSqlDatabase db = QSqlDatabase::database(fixture().raw);
    QSqlQuery q(db);
    KW_FUZZ_CHECK(q.exec(QStringLiteral("BEGIN")));
    for (const Table &t : tables()) {
        KW_FUZZ_CHECK(q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(t.name))));
        QStringList names, marks;
        for (const auto &c : t.columns) {
            names << QLatin1String(c.first);
            marks << QStringLiteral("?");
        }
        const QString sql = QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                                .arg(QLatin1String(t.name), names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        for (int row = 0; row < t.rows; ++row) {
            QSqlQuery insert(db);
            KW_FUZZ_CHECK(insert.prepare(sql));
            for (const auto &c : t.columns) {
                QVariant ordinary = c.second;
                // Later rows of the ordinary kind differ in their keys.
                if (row > 0 && ordinary.typeId() == QMetaType::LongLong &&
                    (qstrcmp(c.first, "id") == 0 || qstrcmp(c.first, "seq") == 0))
                    ordinary = ordinary.toLongLong() + row;
                insert.addBindValue(values.next(ordinary));
            }
            // A row a constraint refuses is simply not there.
            if (!insert.exec())
                continue;
        }
    }
    KW_FUZZ_CHECK(q.exec(QStringLiteral("COMMIT")));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Values values(data, size);
    fill(values);
    Catalog &c = *fixture().catalog;
    // Lookups by what a list returned: a value stored as another type than the program writes may not be found
    // again (a blob is not equal to the text it decodes to), so only the shape of the answers is checked.
    QList<qint64> workspaceIds{1, 2};
    if (auto all = c.workspaces()) {
        for (const WorkspaceRecord &w : std::as_const(*all)) {
            workspaceIds << w.id;
            if (auto byName = c.workspace(w.workspace.name()))
                KW_FUZZ_CHECK(byName->workspace.name() == w.workspace.name());
            KW_FUZZ_CHECK(c.workspace(w.id).ok()); // the id is an INTEGER PRIMARY KEY: always found
        }
    }
    for (qint64 id : std::as_const(workspaceIds)) {
        if (auto list = c.assignments(id)) {
            KW_FUZZ_CHECK(list->size() <= 2);
            for (const Assignment &a : std::as_const(*list)) {
                if (auto one = c.assignment(id, a.feature); one && *one)
                    KW_FUZZ_CHECK((*one)->feature == a.feature);
                if (auto ofKey = c.assignmentsOfKey(a.store, a.keyName))
                    KW_FUZZ_CHECK(ofKey->size() <= 2);
            }
        }
        if (auto fks = c.featureKeys(id)) {
            for (const FeatureKeyRecord &fk : std::as_const(*fks)) {
                if (auto one = c.featureKey(fk.fkId))
                    KW_FUZZ_CHECK(one->fkId == fk.fkId);
                if (auto wrapped = c.featureKeysWrappedBy(fk.store, fk.keyName, fk.keyVersion))
                    KW_FUZZ_CHECK(wrapped->size() <= 2);
            }
        }
        if (auto jobs = c.jobs(id)) {
            for (const JobRecord &j : std::as_const(*jobs)) {
                if (auto one = c.job(j.id))
                    KW_FUZZ_CHECK(one->id == j.id);
                if (auto objects = c.jobObjects(j.id))
                    KW_FUZZ_CHECK(objects->size() <= 2);
            }
        }
        if (auto inventory = c.inventory(id))
            KW_FUZZ_CHECK(inventory->size() <= 2);
        if (auto past = c.inventoryPast(id))
            KW_FUZZ_CHECK(past->size() <= 1);
    }
    if (auto history = c.history()) {
        KW_FUZZ_CHECK(history->size() <= 3);
        if (auto check = c.verifyHistory(); check && !check->intact)
            KW_FUZZ_CHECK(check->badSeq >= 0 || !check->problem.isEmpty());
    }
    if (auto log = c.auditLog())
        KW_FUZZ_CHECK(log->size() <= 2);
    if (auto id = c.catalogId())
        KW_FUZZ_CHECK(id->size() <= 255);
    return 0;
}
