// TestCrashSafety: keywardctl killed with SIGKILL at random moments of encrypt, rotate and rekey; after each
// kill every object still opens to its original bytes, the catalog is sound, the history chain verifies, and
// running the job again finishes the work.
#include "CrashWorkspace.h"
#include "TestSupport.h"

#include "demo/DemoWorkspace.h"
#include "storage/LocalFolderStore.h"

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
    QStringList common() const { return m_ws->common(); }
    // Starts keywardctl with `args`, kills it after a random delay (or lets it finish when it is quicker); a run
    // that finishes on its own must succeed.
    void killedRun(const QStringList &args, int maxDelayMs);

    QTemporaryDir m_dir;
    std::unique_ptr<test::CrashWorkspace> m_ws;
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    int m_kills = 0;
    int m_runs = 0;
};

void TestCrashSafety::initTestCase()
{
    m_seed = qEnvironmentVariableIsSet("KEYWARD_SEED") ? quint32(qEnvironmentVariableIntValue("KEYWARD_SEED"))
                                                       : quint32(QDateTime::currentMSecsSinceEpoch());
    qInfo("random seed %u (KEYWARD_SEED=%u repeats it)", m_seed, m_seed);
    m_random.seed(m_seed);
    m_ws = std::make_unique<test::CrashWorkspace>(m_dir.filePath(QStringLiteral("data")), QStringLiteral("crash"),
                                                  m_dir.filePath(QStringLiteral("ws")));
    const QString created = m_ws->create(QStringLiteral("v"), test::words({"ms", "root", "disks"}),
                                         test::words({"managed-services", "dbfs-root", "managed-disks"}));
    QVERIFY2(created.isEmpty(), qPrintable(created));

    // Sample data of every type.
    auto folder = storage::LocalFolderStore::open(m_ws->root());
    QVERIFY(folder.ok());
    demo::DemoParams params;
    params.objectCount = 400;
    params.totalBytes = qint64(48) << 20;
    QVERIFY(demo::DemoWorkspace(params).generate(**folder).ok());
    QVERIFY(m_ws->snapshot() >= 400);
}

void TestCrashSafety::killedRun(const QStringList &args, int maxDelayMs)
{
    const int delay = int(m_random.bounded(5, maxDelayMs));
    const test::KillRun run = test::killKeywardctlAfter(args, delay);
    QVERIFY2(run.started, qPrintable(run.describe()));
    ++m_runs;
    if (run.killed)
        ++m_kills;
    else
        QVERIFY2(run.status == 0, qPrintable(QStringLiteral("seed %1: %2").arg(m_seed).arg(run.describe())));
}

void TestCrashSafety::killEncrypt()
{
    const QStringList encrypt = QStringList{QStringLiteral("encrypt"), QStringLiteral("--quiet")} + common();
    test::CtlRun first;
    const int full = test::timeKeywardctl(encrypt, &first);
    KW_COMPARE_STATUS(first, 0);
    qInfo("an encrypt of the whole workspace takes %d ms", full);
    QString broken = m_ws->checkInvariants(QStringLiteral("after a first encrypt"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    // Killed from a clean start each time, at a random moment of the run ...
    for (int i = 0; i < 10; ++i) {
        const QString restored = m_ws->restorePlaintext();
        QVERIFY2(restored.isEmpty(), qPrintable(restored));
        killedRun(encrypt, qMax(20, full));
        broken = m_ws->checkInvariants(QStringLiteral("after a killed encrypt (seed %1)").arg(m_seed));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
    // ... and killed again and again while resuming.
    const QString restored = m_ws->restorePlaintext();
    QVERIFY2(restored.isEmpty(), qPrintable(restored));
    for (int i = 0; i < 4; ++i) {
        killedRun(encrypt, qMax(20, full / 2));
        broken = m_ws->checkInvariants(QStringLiteral("after a killed, resumed encrypt (seed %1)").arg(m_seed));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
    KW_COMPARE_STATUS(test::runKeywardctl(QStringList{QStringLiteral("encrypt"), QStringLiteral("--json")} + common()),
                      0);
    broken = m_ws->checkInvariants(QStringLiteral("after encrypt ran to the end"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    KW_COMPARE_STATUS_OUT(test::runKeywardctl(QStringList{QStringLiteral("verify")} + common()), 0);
}

void TestCrashSafety::killRotate()
{
    const QStringList rotate = QStringList{QStringLiteral("rotate"), QStringLiteral("--quiet")} + common();
    test::CtlRun first;
    const int full = test::timeKeywardctl(rotate, &first);
    KW_COMPARE_STATUS(first, 0);
    qInfo("a rotation takes %d ms", full);
    for (int i = 0; i < 10; ++i) {
        killedRun(rotate, qMax(20, full));
        const QString broken = m_ws->checkInvariants(QStringLiteral("after a killed rotate (seed %1)").arg(m_seed));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
    KW_COMPARE_STATUS(test::runKeywardctl(QStringList{QStringLiteral("rotate")} + common()), 0);
    const QString broken = m_ws->checkInvariants(QStringLiteral("after rotate ran to the end"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    KW_COMPARE_STATUS_OUT(test::runKeywardctl(QStringList{QStringLiteral("verify")} + common()), 0);
}

void TestCrashSafety::killRekey()
{
    // A keywardctl without rekey is a broken build, not a reason to test less.
    KW_COMPARE_STATUS(test::runKeywardctl({QStringLiteral("rekey"), QStringLiteral("--help")}), 0);
    test::CtlRun first;
    const int full = test::timeKeywardctl(QStringList{QStringLiteral("rekey"), QStringLiteral("--quiet"),
                                                      QStringLiteral("--feature"), QStringLiteral("dbfs-root")} +
                                              common(),
                                          &first);
    KW_COMPARE_STATUS(first, 0);
    qInfo("a rekey of the DBFS root takes %d ms", full);
    for (int i = 0; i < 10; ++i) {
        killedRun(QStringList{QStringLiteral("rekey"), QStringLiteral("--quiet"), QStringLiteral("--feature"),
                              i % 2 ? QStringLiteral("dbfs-root") : QStringLiteral("managed-services")} +
                      common(),
                  qMax(20, full));
        const QString broken = m_ws->checkInvariants(QStringLiteral("after a killed rekey (seed %1)").arg(m_seed));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
    for (const char *f : {"dbfs-root", "managed-services"})
        KW_COMPARE_STATUS(
            test::runKeywardctl(QStringList{QStringLiteral("rekey"), QStringLiteral("--feature"), QLatin1String(f)} +
                                common()),
            0);
    const QString broken = m_ws->checkInvariants(QStringLiteral("after rekey ran to the end"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    KW_COMPARE_STATUS_OUT(test::runKeywardctl(QStringList{QStringLiteral("verify")} + common()), 0);
}

void TestCrashSafety::finalState()
{
    qInfo("%d runs, %d killed with SIGKILL", m_runs, m_kills);
    QVERIFY(m_runs >= 30);
    QVERIFY2(m_kills >= 15, "too few runs were killed before finishing to test anything");
    const QString broken = m_ws->checkInvariants(QStringLiteral("at the end"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
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
