// Keys out of core dumps: a keywardctl that crashes while it holds a workspace's feature keys leaves no core
// file; where a core is allowed (KEYWARD_ALLOW_CORE_DUMPS=1, for debugging) it holds none of the keys.
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/KeyStoreProvider.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace keyward;

class TestCoreDump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noCoreFileByDefault();
    void allowedCoreHoldsNoKey();

private:
    // Runs a full verify with core dumps allowed by the parent (RLIMIT_CORE unlimited) in `dir`, and sends it
    // SIGSEGV once it has verified some objects, with the feature keys loaded. Returns the core files it left.
    QStringList crashVerify(const QString &dir, const QProcessEnvironment &env);

    QTemporaryDir m_dir;
    QString m_data;
    QList<QByteArray> m_keys;  // every feature key of the workspace, in clear (32 bytes each)
    QList<QByteArray> m_fkIds; // their public ids, which any core of a process that used them holds
    int m_cores = 0;
};

void TestCoreDump::initTestCase()
{
    // The kernel writes a core file beside the crashing process only with a plain file name pattern.
    QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
    QVERIFY(pattern.open(QIODevice::ReadOnly));
    const QByteArray corePattern = pattern.readAll().trimmed();
    if (corePattern.startsWith('|') || corePattern.contains('/'))
        QSKIP(qPrintable(QStringLiteral("this kernel hands core dumps to '%1', not to a file beside the process")
                             .arg(QString::fromLocal8Bit(corePattern))));

    m_data = m_dir.filePath(QStringLiteral("data"));
    // Enough data that a verify with one thread runs for a few progress lines.
    const test::CtlRun demo =
        test::runKeywardctl({QStringLiteral("demo"), QStringLiteral("--data-dir"), m_data, QStringLiteral("--objects"),
                             QStringLiteral("400"), QStringLiteral("--size-mib"), QStringLiteral("160")});
    QVERIFY2(demo.status == 0, demo.err.constData());

    auto catalog = catalog::Catalog::open(catalog::Catalog::defaultPath(m_data));
    QVERIFY(catalog.ok());
    auto ws = (*catalog)->workspace(QStringLiteral("demo"));
    QVERIFY(ws.ok());
    secrets::KeychainSecretStore secrets;
    jobs::RegistryKeyStoreProvider stores(m_data, secrets, nullptr);
    jobs::FeatureKeyService keys(**catalog, stores, *ws);
    QVERIFY(keys.loadRecords().ok());
    for (const auto &[fkId, record] : keys.records()) {
        auto fk = keys.featureKey(fkId);
        QVERIFY2(fk.ok(), qPrintable(fk.ok() ? QString() : fk.error().detail));
        QCOMPARE(fk->size(), std::size_t(32));
        m_keys.append(QByteArray(reinterpret_cast<const char *>(fk->data()), qsizetype(fk->size())));
        m_fkIds.append(fkId);
    }
    // Three features, rotated once by the demo: at least one generation each.
    QVERIFY2(m_keys.size() >= 3, "the demo workspace has fewer feature keys than features");
}

QStringList TestCoreDump::crashVerify(const QString &dir, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels); // progress lines go to standard error
    p.setChildProcessModifier([] {
        // As a user who turned core dumps on would have it (`ulimit -c unlimited`).
        rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        if (setrlimit(RLIMIT_CORE, &unlimited) != 0) {
            rlimit mine{};
            getrlimit(RLIMIT_CORE, &mine);
            mine.rlim_cur = mine.rlim_max;
            setrlimit(RLIMIT_CORE, &mine);
        }
    });
    p.start(QStringLiteral(KEYWARDCTL_PATH),
            {QStringLiteral("verify"), QStringLiteral("--workspace"), QStringLiteral("demo"),
             QStringLiteral("--data-dir"), m_data, QStringLiteral("--threads"), QStringLiteral("1")});
    if (!p.waitForStarted()) {
        QTest::qFail("keywardctl did not start", __FILE__, __LINE__);
        return {};
    }
    // A progress line with objects done: the keys are loaded and in use.
    QByteArray seen;
    while (p.state() == QProcess::Running && !seen.contains(" objects/s")) {
        p.waitForReadyRead(100);
        seen += p.readAll();
    }
    if (p.state() != QProcess::Running) {
        QTest::qFail(qPrintable(QStringLiteral("verify ended before it could be crashed: %1")
                                    .arg(QString::fromLocal8Bit(seen + p.readAll()))),
                     __FILE__, __LINE__);
        return {};
    }
    ::kill(pid_t(p.processId()), SIGSEGV);
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::CrashExit)
        QTest::qFail("keywardctl outlived SIGSEGV", __FILE__, __LINE__);
    QStringList cores;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files))
        cores.append(QDir(dir).filePath(name));
    return cores;
}

void TestCoreDump::noCoreFileByDefault()
{
    QTemporaryDir cwd;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KEYWARD_ALLOW_CORE_DUMPS"));
    const QStringList cores = crashVerify(cwd.path(), env);
    QVERIFY2(cores.isEmpty(), qPrintable(QStringLiteral("keywardctl left a core file: %1").arg(cores.join(u' '))));
}

void TestCoreDump::allowedCoreHoldsNoKey()
{
    QTemporaryDir cwd;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_ALLOW_CORE_DUMPS"), QStringLiteral("1"));
#if defined(KEYWARD_TEST_ASAN)
    // AddressSanitizer turns core files off at start unless told otherwise (its shadow memory is left out of them).
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":disable_coredump=0"));
#endif
    const QStringList cores = crashVerify(cwd.path(), env);
    QCOMPARE(cores.size(), 1);
    QFile file(cores.first());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray core = file.readAll();
    QVERIFY2(core.size() > 1 << 20, "the core file is too small to be a process's memory");
    ++m_cores;
    // The search works: the process used these public ids, so its memory holds them.
    int idsFound = 0;
    for (const QByteArray &id : std::as_const(m_fkIds))
        idsFound += core.contains(id) ? 1 : 0;
    QVERIFY2(idsFound > 0, "no feature key id in the core: the search would find nothing either");
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const qsizetype at = core.indexOf(m_keys.at(i));
        QVERIFY2(at < 0, qPrintable(QStringLiteral("feature key %1 is in the core at offset %2")
                                        .arg(QString::fromLatin1(m_fkIds.at(i).toHex()))
                                        .arg(at)));
    }
    qInfo("searched a %lld MiB core for %lld feature keys: none found", qlonglong(core.size() >> 20),
          qlonglong(m_keys.size()));
}

QTEST_GUILESS_MAIN(TestCoreDump)
#include "tst_coredump.moc"
