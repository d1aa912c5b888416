// TestCrashSafety: keywardctl killed with SIGKILL at random moments of encrypt, rotate and rekey; after each
// kill every object still opens to its original bytes, the catalog is sound, the history chain verifies, and
// running the job again finishes the work.
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "demo/DemoWorkspace.h"
#include "envelope/Envelope.h"
#include "jobs/FeatureKeyService.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/LocalFolderStore.h"

#include <QBuffer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killEncrypt();
    void killRotate();
    void killRekey();
    void finalState();

private:
    QStringList common() const
    {
        return {QStringLiteral("--data-dir"), m_data, QStringLiteral("--workspace"), QStringLiteral("crash")};
    }
    // Starts keywardctl with `args`, kills it after a random delay (or lets it finish when it is quicker).
    bool killedRun(const QStringList &args, int maxDelayMs);
    void checkInvariants(const char *where);
    // Puts every object back to its original plaintext, so that the next encrypt has all the work to do.
    void restorePlaintext();
    // How long an unkilled run of `args` takes, in ms.
    int timeRun(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_root;
    QMap<QString, QByteArray> m_original;
    QRandomGenerator m_random;
    int m_kills = 0;
    int m_runs = 0;
};

void TestCrashSafety::initTestCase()
{
    const quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch());
    qInfo("random seed %u", seed);
    m_random.seed(seed);
    m_data = m_dir.filePath(QStringLiteral("data"));
    const QStringList dd{QStringLiteral("--data-dir"), m_data};
    QCOMPARE(test::runKeywardctl(QStringList{QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("local"),
                                             QStringLiteral("v"), QStringLiteral("--protection"),
                                             QStringLiteral("keychain")} +
                                 dd)
                 .status,
             0);
    for (const char *k : {"ms", "root", "disks"})
        QCOMPARE(test::runKeywardctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QLatin1String(k),
                                                 QStringLiteral("--type"), QStringLiteral("aes"),
                                                 QStringLiteral("--store"), QStringLiteral("v")} +
                                     dd)
                     .status,
                 0);

    // The workspace, made through the catalog directly, with sample data of every type.
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    QVERIFY(catalog.ok());
    model::Workspace ws(QStringLiteral("crash"), model::Plan::Premium);
    ws.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
    m_root = m_dir.filePath(QStringLiteral("ws"));
    auto rec = (*catalog)->createWorkspace(ws, m_root);
    QVERIFY(rec.ok());
    const QList<QPair<model::Feature, const char *>> features = {{model::Feature::ManagedServices, "ms"},
                                                                 {model::Feature::DbfsRoot, "root"},
                                                                 {model::Feature::ManagedDisks, "disks"}};
    for (const auto &[f, k] : features)
        QVERIFY((*catalog)->setAssignment({rec->id, f, QStringLiteral("v"), QLatin1String(k), {}}).ok());
    auto folder = storage::LocalFolderStore::open(m_root);
    QVERIFY(folder.ok());
    demo::DemoParams params;
    params.objectCount = 400;
    params.totalBytes = qint64(48) << 20;
    QVERIFY(demo::DemoWorkspace(params).generate(**folder).ok());
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_original.insert(QDir(m_root).relativeFilePath(p), f.readAll());
    }
    QVERIFY(m_original.size() >= 400);
}

bool TestCrashSafety::killedRun(const QStringList &args, int maxDelayMs)
{
    QProcess p;
    p.start(QStringLiteral(KEYWARDCTL_PATH), args);
    if (!p.waitForStarted())
        return false;
    const int delay = int(m_random.bounded(5, maxDelayMs));
    ++m_runs;
    if (p.waitForFinished(delay))
        return false; // finished before the kill
    p.kill();         // SIGKILL
    p.waitForFinished();
    ++m_kills;
    return true;
}

void TestCrashSafety::restorePlaintext()
{
    for (auto it = m_original.begin(); it != m_original.end(); ++it) {
        QFile f(QDir(m_root).filePath(it.key()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(it.value()), it.value().size());
    }
    // As an import with overwrite would: the object inventory has the objects as plain again (plaintext put
    // behind Keyward's back where it has sealed objects is damage, which encrypt never seals).
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    QVERIFY(catalog.ok());
    auto ws = (*catalog)->workspace(QStringLiteral("crash"));
    QVERIFY(ws.ok());
    QVERIFY((*catalog)
                ->transaction([&]() -> Status {
                    for (auto it = m_original.begin(); it != m_original.end(); ++it) {
                        catalog::InventoryEntry e;
                        e.workspaceId = ws->id;
                        e.path = it.key();
                        e.size = it.value().size();
                        if (auto st = (*catalog)->putInventory(e); !st)
                            return st;
                    }
                    return {};
                })
                .ok());
}

int TestCrashSafety::timeRun(const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    const test::CtlRun r = test::runKeywardctl(args);
    if (r.status != 0)
        qWarning("%s", r.err.constData());
    return int(t.elapsed());
}

void TestCrashSafety::checkInvariants(const char *where)
{
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    QVERIFY2(catalog.ok(), where);
    auto history = (*catalog)->verifyHistory();
    QVERIFY2(history.ok() && history->intact, where);
    auto ws = (*catalog)->workspace(QStringLiteral("crash"));
    QVERIFY(ws.ok());
    secrets::KeychainSecretStore secrets;
    jobs::RegistryKeyStoreProvider stores(m_data, secrets, nullptr);
    jobs::FeatureKeyService keys(**catalog, stores, *ws);
    QVERIFY(keys.loadRecords().ok());
    for (auto it = m_original.begin(); it != m_original.end(); ++it) {
        QFile f(QDir(m_root).filePath(it.key()));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(it.key()));
        const QByteArray stored = f.readAll();
        if (!stored.startsWith("KWE1")) {
            QVERIFY2(
                stored == it.value(),
                qPrintable(
                    QStringLiteral("%1: %2 is neither the original nor sealed").arg(QLatin1String(where), it.key())));
            continue;
        }
        const auto plain = test::openSealed(stored, keys);
        QVERIFY2(plain.ok(),
                 qPrintable(QStringLiteral("%1: %2 does not open: %3")
                                .arg(QLatin1String(where), it.key(), plain.ok() ? QString() : plain.error().detail)));
        QVERIFY2(*plain == it.value(),
                 qPrintable(QStringLiteral("%1: %2 opens to other bytes").arg(QLatin1String(where), it.key())));
    }
}

void TestCrashSafety::killEncrypt()
{
    const QStringList encrypt = QStringList{QStringLiteral("encrypt"), QStringLiteral("--quiet")} + common();
    const int full = timeRun(encrypt);
    qInfo("an encrypt of the whole workspace takes %d ms", full);
    checkInvariants("after a first encrypt");
    // Killed from a clean start each time, at a random moment of the run ...
    for (int i = 0; i < 10; ++i) {
        restorePlaintext();
        killedRun(encrypt, qMax(20, full));
        checkInvariants("after a killed encrypt");
    }
    // ... and killed again and again while resuming.
    restorePlaintext();
    for (int i = 0; i < 4; ++i) {
        killedRun(encrypt, qMax(20, full / 2));
        checkInvariants("after a killed, resumed encrypt");
    }
    const test::CtlRun finish =
        test::runKeywardctl(QStringList{QStringLiteral("encrypt"), QStringLiteral("--json")} + common());
    QVERIFY2(finish.status == 0, finish.err.constData());
    checkInvariants("after encrypt ran to the end");
    const test::CtlRun verify = test::runKeywardctl(QStringList{QStringLiteral("verify")} + common());
    QVERIFY2(verify.status == 0, verify.out.constData());
}

void TestCrashSafety::killRotate()
{
    const QStringList rotate = QStringList{QStringLiteral("rotate"), QStringLiteral("--quiet")} + common();
    const int full = timeRun(rotate);
    qInfo("a rotation takes %d ms", full);
    for (int i = 0; i < 10; ++i) {
        killedRun(rotate, qMax(20, full));
        checkInvariants("after a killed rotate");
    }
    const test::CtlRun finish = test::runKeywardctl(QStringList{QStringLiteral("rotate")} + common());
    QVERIFY2(finish.status == 0, finish.err.constData());
    checkInvariants("after rotate ran to the end");
    const test::CtlRun verify = test::runKeywardctl(QStringList{QStringLiteral("verify")} + common());
    QVERIFY2(verify.status == 0, verify.err.constData());
}

void TestCrashSafety::killRekey()
{
    // A keywardctl without rekey is a broken build, not a reason to test less.
    const test::CtlRun help = test::runKeywardctl({QStringLiteral("rekey"), QStringLiteral("--help")});
    QVERIFY2(help.status == 0, "keywardctl has no working rekey command");
    const int full = timeRun(QStringList{QStringLiteral("rekey"), QStringLiteral("--quiet"),
                                         QStringLiteral("--feature"), QStringLiteral("dbfs-root")} +
                             common());
    qInfo("a rekey of the DBFS root takes %d ms", full);
    for (int i = 0; i < 10; ++i) {
        killedRun(QStringList{QStringLiteral("rekey"), QStringLiteral("--quiet"), QStringLiteral("--feature"),
                              i % 2 ? QStringLiteral("dbfs-root") : QStringLiteral("managed-services")} +
                      common(),
                  qMax(20, full));
        checkInvariants("after a killed rekey");
    }
    for (const char *f : {"dbfs-root", "managed-services"})
        QCOMPARE(test::runKeywardctl(
                     QStringList{QStringLiteral("rekey"), QStringLiteral("--feature"), QLatin1String(f)} + common())
                     .status,
                 0);
    checkInvariants("after rekey ran to the end");
    const test::CtlRun verify = test::runKeywardctl(QStringList{QStringLiteral("verify")} + common());
    QVERIFY2(verify.status == 0, verify.out.constData());
}

void TestCrashSafety::finalState()
{
    qInfo("%d runs, %d killed with SIGKILL", m_runs, m_kills);
    QVERIFY(m_runs >= 30);
    QVERIFY2(m_kills >= 15, "too few runs were killed before finishing to test anything");
    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    QVERIFY((*catalog)->verifyHistory()->intact);
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestCrashSafety t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_crashsafety.moc"
