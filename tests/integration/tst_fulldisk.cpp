// TestFullDisk: keywardctl on file systems that fill up, each a small tmpfs the test mounts (the test command runs as
// root; skipped where mounting is not permitted). A workspace's folder that fills while encrypt seals it (every
// sealed object grows by the KWE1 overhead); a data directory (catalog, vault, stores.json) with no space left under
// every command that writes it; reports, exports, findings, escrow records and recovered objects written onto a
// full disk. Each stops with exit 1 and reason disk-full naming the folder, loses nothing, leaves no temporary file,
// and once space is freed the same command finishes clean.
#include "FaultSupport.h"
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/KeyStoreProvider.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using Run = test::CtlRun;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr qint64 Page = 4096;

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void encryptFillsTheWorkspaceFolder();
    void rekeyNeedsNoSpace();
    void dataDirectoryFull_data();
    void dataDirectoryFull();
    void outputOntoAFullDisk_data();
    void outputOntoAFullDisk();

private:
    Run ctl(const QString &dataDir, QStringList args)
    {
        args << QStringLiteral("--data-dir") << dataDir;
        return test::runKeywardctl(args);
    }
    // A workspace `name` in `dataDir` under a key of store "v" on the DBFS root, with `count` plaintext files of
    // `size` bytes imported into its root area from a folder beside it. Returns the workspace's folder.
    QString workspace(const QString &dataDir, const QString &name, const QString &storage, int count, qint64 size,
                      const char *keyType = "aes");
    // Every object under `root` opens to its bytes in `original` (sealed, or as it was); returns how many are sealed
    // (-1 on a failure, which is reported).
    // The data directory's files that a failed command must leave as they were (not the catalog, which SQLite
    // manages, nor lock files).
    static QMap<QString, QByteArray> keyFiles(const QString &dataDir);
    static QStringList names(const QString &dir);

    QTemporaryDir m_dir;
    // The data directory on a normal disk, for the workspace and output cases.
    QString m_data;
    // The data directory that lives on a tmpfs of its own, its workspace and the tmpfs.
    std::unique_ptr<test::Tmpfs> m_dataDisk;
    QString m_fullData;
    QString m_fullDataWs;
    QMap<QString, QByteArray> m_fullDataObjects;
};

void TestFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (const QString why = test::mountUnavailable(m_dir.path()); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_data = m_dir.filePath(s("data"));
    const Run r = ctl(m_data, test::words({"store", "add", "local", "v", "--protection", "keychain"}));
    QVERIFY2(r.status == 0, r.err.constData());
}

QString TestFullDisk::workspace(const QString &dataDir, const QString &name, const QString &storage, int count,
                                qint64 size, const char *keyType)
{
    const QString key = name + s("-key");
    Run r = ctl(dataDir, test::words({"key", "create", "--store", "v", "--type"}) << s(keyType) << key);
    if (r.status != 0) {
        qWarning("key create: %s", r.err.constData());
        return {};
    }
    r = ctl(dataDir, test::words({"workspace", "create", "--storage"}) << storage << name);
    if (r.status != 0) {
        qWarning("workspace create: %s", r.err.constData());
        return {};
    }
    r = ctl(dataDir, test::words({"assign", "--feature", "dbfs-root", "--store", "v", "--workspace"})
                         << name << s("--key") << key);
    if (r.status != 0) {
        qWarning("assign: %s", r.err.constData());
        return {};
    }
    const QString in = m_dir.filePath(name + s("-in"));
    for (int i = 0; i < count; ++i)
        test::writeFile(QStringLiteral("%1/part-%2.csv").arg(in).arg(i, 3, 10, QLatin1Char('0')),
                        test::vectorPlaintext(size, i));
    r = ctl(dataDir, test::words({"import", "--area", "root", "--workspace"}) << name << in);
    QDir(in).removeRecursively();
    if (r.status != 0) {
        qWarning("import: %s", r.err.constData());
        return {};
    }
    return QFileInfo(storage).canonicalFilePath();
}

QMap<QString, QByteArray> TestFullDisk::keyFiles(const QString &dataDir)
{
    QMap<QString, QByteArray> files = test::snapshotFiles(dataDir);
    for (auto it = files.begin(); it != files.end();) {
        if (it.key().startsWith(QLatin1String("catalog.sqlite")) || it.key().endsWith(QLatin1String(".lock")))
            it = files.erase(it);
        else
            ++it;
    }
    return files;
}

QStringList TestFullDisk::names(const QString &dir)
{
    QStringList out = test::snapshotFiles(dir).keys();
    out.removeIf(
        [](const QString &n) { return n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm")); });
    return out;
}

// 200 objects of 16 KiB (whole pages) on a tmpfs with 40 pages to spare: each sealed object takes a page more, so
// the disk fills after some tens of objects, in the middle of the job.
void TestFullDisk::encryptFillsTheWorkspaceFolder()
{
    test::Tmpfs disk(m_dir.filePath(s("encdisk")));
    QVERIFY(disk.mount(64 << 20));
    const QString root = workspace(m_data, s("fill-enc"), disk.path() + s("/ws"), 200, 4 * Page);
    QVERIFY(!root.isEmpty());
    const QMap<QString, QByteArray> original = test::snapshotFiles(root);
    QCOMPARE(original.size(), 200);
    QVERIFY(disk.resize(disk.used() + 40 * Page));
    QVERIFY(disk.available() <= 40 * Page);

    const Run failed = ctl(m_data, test::words({"encrypt", "--json", "--threads", "2", "--workspace", "fill-enc"}));
    qInfo("full: %s", failed.err.constData());
    KW_COMPARE_STATUS_OUT(failed, 1);
    QCOMPARE(failed.errorCode(), s("io"));
    QCOMPARE(failed.errorReason(), s("disk-full"));
    QCOMPARE(failed.errorArg(), root);
    const QJsonObject report = failed.json().object();
    QCOMPARE(report.value(QStringLiteral("state")).toString(), s("failed"));
    const qint64 processed = report.value(QStringLiteral("processed")).toInteger();
    QVERIFY2(processed > 0 && processed < 200, qPrintable(QString::number(processed)));
    QCOMPARE(test::temporaryFiles(root), QStringList());
    const int sealed = test::sealedNothingLost(m_data, s("fill-enc"), root, original);
    QCOMPARE(sealed, int(processed));

    // Space freed: the same command seals the rest.
    QVERIFY(disk.resize(64 << 20));
    const Run again = ctl(m_data, test::words({"encrypt", "--json", "--workspace", "fill-enc"}));
    KW_COMPARE_STATUS_OUT(again, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("processed")).toInteger(), 200 - processed);
    const Run verify = ctl(m_data, test::words({"verify", "--quiet", "--workspace", "fill-enc"}));
    KW_COMPARE_STATUS_OUT(verify, 0);
    QCOMPARE(test::sealedNothingLost(m_data, s("fill-enc"), root, original), 200);
    QCOMPARE(test::temporaryFiles(root), QStringList());
}

// rekey rewrites each KWE1 header in place: it needs no space, and finishes on a full disk.
void TestFullDisk::rekeyNeedsNoSpace()
{
    test::Tmpfs disk(m_dir.filePath(s("rekeydisk")));
    QVERIFY(disk.mount(8 << 20));
    const QString root = workspace(m_data, s("fill-rekey"), disk.path() + s("/ws"), 20, 4 * Page);
    QVERIFY(!root.isEmpty());
    const QMap<QString, QByteArray> original = test::snapshotFiles(root);
    Run r = ctl(m_data, test::words({"encrypt", "--quiet", "--workspace", "fill-rekey"}));
    KW_COMPARE_STATUS_OUT(r, 0);
    QVERIFY(test::fillUp(disk.path() + s("/filler")) > 0);
    QCOMPARE(disk.available(), qint64(0));
    r = ctl(m_data, test::words({"rekey", "--json", "--feature", "dbfs-root", "--workspace", "fill-rekey"}));
    KW_COMPARE_STATUS_OUT(r, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("processed")).toInteger(), 20);
    QCOMPARE(test::sealedNothingLost(m_data, s("fill-rekey"), root, original), 20);
    QCOMPARE(test::temporaryFiles(root), QStringList());
    r = ctl(m_data, test::words({"verify", "--quiet", "--workspace", "fill-rekey"}));
    KW_COMPARE_STATUS_OUT(r, 0);
}

// The data directory (catalog, vault, stores.json) on a full disk: every command that writes it stops with
// disk-full naming the folder, and changes nothing; with space freed, it succeeds.
void TestFullDisk::dataDirectoryFull_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("store add") << test::words({"store", "add", "local", "v2", "--protection", "keychain"});
    QTest::newRow("key create") << test::words({"key", "create", "--store", "v", "--type", "aes", "another"});
    QTest::newRow("key rotate") << test::words({"key", "rotate", "--store", "v", "ddw-key"});
    QTest::newRow("assign") << test::words(
        {"assign", "--workspace", "ddw", "--feature", "managed-services", "--store", "v", "--key", "ddw-key"});
    QTest::newRow("workspace create") << test::words({"workspace", "create", "dd-second"});
    QTest::newRow("import") << test::words({"import", "--area", "root", "--workspace", "ddw", "@more"});
    QTest::newRow("encrypt") << test::words({"encrypt", "--workspace", "ddw"});
    QTest::newRow("rotate") << test::words({"rotate", "--workspace", "ddw"});
    QTest::newRow("verify") << test::words({"verify", "--workspace", "ddw"});
    QTest::newRow("history verify") << test::words({"history", "verify"});
}

void TestFullDisk::dataDirectoryFull()
{
    QFETCH(QStringList, command);
    if (!m_dataDisk) {
        m_dataDisk = std::make_unique<test::Tmpfs>(m_dir.filePath(s("datadisk")));
        QVERIFY(m_dataDisk->mount(32 << 20));
        m_fullData = m_dataDisk->path() + s("/data");
        Run r = ctl(m_fullData, test::words({"store", "add", "local", "v", "--protection", "keychain"}));
        QVERIFY2(r.status == 0, r.err.constData());
        m_fullDataWs = workspace(m_fullData, s("ddw"), m_dir.filePath(s("dd-ws")), 10, 3000);
        QVERIFY(!m_fullDataWs.isEmpty());
        m_fullDataObjects = test::snapshotFiles(m_fullDataWs);
        for (const auto &args : {test::words({"encrypt", "--quiet", "--workspace", "ddw"}),
                                 test::words({"rotate", "--quiet", "--workspace", "ddw"})}) {
            r = ctl(m_fullData, args);
            KW_COMPARE_STATUS_OUT(r, 0);
        }
    }
    const QString more = m_dir.filePath(s("dd-more"));
    test::writeFile(more + s("/new.csv"), "id,value\n1,2\n");
    command.replaceInStrings(s("@more"), more);
    const QString filler = m_dataDisk->path() + s("/filler");

    const Run historyBefore = ctl(m_fullData, test::words({"history", "--json"}));
    QCOMPARE(historyBefore.status, 0);
    const QMap<QString, QByteArray> filesBefore = keyFiles(m_fullData);
    const QStringList namesBefore = names(m_fullData);
    const QMap<QString, QByteArray> objectsBefore = test::snapshotFiles(m_fullDataWs);

    QVERIFY(test::fillUp(filler) > 0);
    QCOMPARE(m_dataDisk->available(), qint64(0));
    const Run failed = ctl(m_fullData, QStringList(command) << s("--json"));
    qInfo("full: %s", failed.err.constData());
    KW_COMPARE_STATUS_OUT(failed, 1);
    QCOMPARE(failed.errorCode(), s("io"));
    QCOMPARE(failed.errorReason(), s("disk-full"));
    QVERIFY2(failed.errorArg().startsWith(m_dataDisk->path()), qPrintable(failed.errorArg()));
    // Nothing changed, nothing left behind.
    QCOMPARE(keyFiles(m_fullData), filesBefore);
    QCOMPARE(names(m_fullData), namesBefore);
    QCOMPARE(test::temporaryFiles(m_fullData), QStringList());
    QCOMPARE(test::snapshotFiles(m_fullDataWs), objectsBefore);

    // Space freed: the history is intact and as it was, and the command goes through.
    QVERIFY(QFile::remove(filler));
    const Run intact = ctl(m_fullData, test::words({"history", "verify"}));
    KW_COMPARE_STATUS_OUT(intact, 0);
    QCOMPARE(ctl(m_fullData, test::words({"history", "--json"})).out, historyBefore.out);
    const Run again = ctl(m_fullData, command);
    KW_COMPARE_STATUS_OUT(again, 0);
    QCOMPARE(test::temporaryFiles(m_fullData), QStringList());
    if (command.first() == QLatin1String("import")) { // the workspace has one object more now, in plaintext
        const QMap<QString, QByteArray> now = test::snapshotFiles(m_fullDataWs);
        QCOMPARE(now.size(), m_fullDataObjects.size() + 1);
        for (auto it = now.begin(); it != now.end(); ++it)
            if (!m_fullDataObjects.contains(it.key()))
                m_fullDataObjects.insert(it.key(), it.value());
    }
    QVERIFY(test::sealedNothingLost(m_fullData, s("ddw"), m_fullDataWs, m_fullDataObjects) >= 0);
    const Run verified = ctl(m_fullData, test::words({"history", "verify"}));
    KW_COMPARE_STATUS_OUT(verified, 0);
}

// Outputs written onto a full disk: refused with disk-full naming the file, no file or temporary file left; with
// space freed, written whole.
void TestFullDisk::outputOntoAFullDisk_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("out");
    QTest::newRow("report json") << test::words({"report", "--workspace", "out-ws", "--no-sign", "--out", "@out"})
                                 << s("report.json");
    QTest::newRow("report pdf") << test::words({"report", "--workspace", "out-ws", "--out", "@out"}) << s("report.pdf");
    QTest::newRow("export terraform") << test::words({"export", "terraform", "--workspace", "out-ws", "--out", "@out"})
                                      << s("main.tf");
    QTest::newRow("verify --findings") << test::words({"verify", "--workspace", "out-ws", "--findings", "@out"})
                                       << s("findings.csv");
    QTest::newRow("escrow export") << test::words({"escrow", "export", "--workspace", "out-ws", "--feature",
                                                   "dbfs-root", "--recipient", "@pub", "--out", "@out"})
                                   << s("record.json");
    QTest::newRow("recover") << test::words({"recover", "--escrow-key", "@key", "--record", "@record", "--in",
                                             "@object", "--out", "@out"})
                             << s("recovered.csv");
}

void TestFullDisk::outputOntoAFullDisk()
{
    QFETCH(QStringList, command);
    QFETCH(QString, out);
    static QString root;
    static QMap<QString, QByteArray> original;
    const QString record = m_dir.filePath(s("out-record.json"));
    const QString pub = test::sharedPath(s("vectors/envelope/escrow-test-key.pub.pem"));
    if (root.isEmpty()) {
        root = workspace(m_data, s("out-ws"), m_dir.filePath(s("out-ws")), 3, 200000, "rsa");
        QVERIFY(!root.isEmpty());
        original = test::snapshotFiles(root);
        Run r = ctl(m_data, test::words({"encrypt", "--quiet", "--workspace", "out-ws"}));
        KW_COMPARE_STATUS_OUT(r, 0);
        r = ctl(m_data,
                test::words({"escrow", "export", "--workspace", "out-ws", "--feature", "dbfs-root", "--recipient"})
                    << pub << s("--out") << record);
        KW_COMPARE_STATUS_OUT(r, 0);
    }
    test::Tmpfs disk(m_dir.filePath(s("outdisk")));
    QVERIFY(disk.mount(8 << 20));
    const QString target = disk.path() + QLatin1Char('/') + out;
    const QString object = original.firstKey();
    command.replaceInStrings(s("@out"), target);
    command.replaceInStrings(s("@pub"), pub);
    command.replaceInStrings(s("@key"), test::sharedPath(s("vectors/envelope/escrow-test-key.pem")));
    command.replaceInStrings(s("@record"), record);
    command.replaceInStrings(s("@object"), QDir(root).filePath(object));
    const bool needsData = command.first() != QLatin1String("recover");
    const auto run = [&](QStringList args) { return needsData ? ctl(m_data, args) : test::runKeywardctl(args); };

    QVERIFY(test::fillUp(disk.path() + s("/filler")) > 0);
    // recover runs without a catalog and prints no JSON: its exit status is what a script sees.
    const Run failed = run(needsData ? QStringList(command) << s("--json") : command);
    qInfo("full: %s", failed.err.constData());
    KW_COMPARE_STATUS_OUT(failed, 1);
    if (needsData) {
        QCOMPARE(failed.errorCode(), s("io"));
        QCOMPARE(failed.errorReason(), s("disk-full"));
        QVERIFY2(failed.errorArg().startsWith(disk.path()), qPrintable(failed.errorArg()));
    }
    QCOMPARE(names(disk.path()), QStringList{s("filler")});

    QVERIFY(QFile::remove(disk.path() + s("/filler")));
    const Run again = run(command);
    KW_COMPARE_STATUS_OUT(again, 0);
    QCOMPARE(names(disk.path()).contains(out), true);
    QCOMPARE(test::temporaryFiles(disk.path()), QStringList());
    if (command.first() == QLatin1String("recover"))
        QCOMPARE(test::readFile(target), original.value(object));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestFullDisk t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_fulldisk.moc"
