// TestJobRunner: jobs run the way a window runs them, through JobRunner, over a real workspace folder, a real
// catalog and local vaults: signals, the future's progress, cancel and pause from a QFutureWatcher, resume,
// the runner's lifetime, and stores opened on the caller's thread before the job starts.
#include "TestSupport.h"

#include "envelope/Envelope.h"
#include "jobs/EncryptJob.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/JobRunner.h"
#include "jobs/RetireJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "keystore/LocalVault.h"
#include "model/ObjectLayout.h"
#include "secrets/SecretStore.h"
#include "services/FindingsExport.h"

#include <QBuffer>
#include <QDir>
#include <QFutureWatcher>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace keyward;
using keyward::test::readFile;
using keyward::test::writeFile;
using namespace keyward::jobs;

namespace {

// Passes stores on from a FixedKeyStoreProvider, noting the thread of every request.
class ThreadNotingProvider final : public KeyStoreProvider
{
public:
    explicit ThreadNotingProvider(KeyStoreProvider &inner) : m_inner(inner) {}
    Result<keystore::KeyStore *> store(const QString &name) override
    {
        threads << QThread::currentThread();
        return m_inner.store(name);
    }
    QList<QThread *> threads;

private:
    KeyStoreProvider &m_inner;
};

// Cancels once the job has reported `after` units done.
class CancelAfter final : public JobObserver
{
public:
    explicit CancelAfter(qint64 after) : m_after(after) {}
    void jobProgress(qint64 done, qint64, qint64) override { m_cancel = m_cancel || done >= m_after; }
    bool cancelRequested() const override { return m_cancel; }

private:
    qint64 m_after;
    bool m_cancel = false;
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void progressAndFindingsArriveBeforeFinished();
    void pauseAndCancelFromTheWatcherThenResume();
    void deletingTheOwnerMidJobIsSafe();
    void storesAreOpenedOnTheCallersThreadFirst();
    void preparationErrorComesAsTheReport();
    void rotateAndRetireReportProgress();
    void retireHonoursCancel();
    void findingNamesAreStable();

private:
    JobSettings settings(int batch = 1) const { return {m_catalogPath, QStringLiteral("prod"), 1, batch}; }
    void addObjects(const QString &dataType, int count, qint64 size);
    // Every object opens to the bytes it was made from, or is still those bytes (never sealed twice).
    void checkObjects(bool allSealed);
    // Runs `job` through a runner and returns its report.
    JobReport runThrough(std::unique_ptr<Job> job, QSignalSpy **progress = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalogPath;
    QString m_root;
    secrets::MemorySecretStore m_secrets;
    ManualClock m_clock;
    std::unique_ptr<FixedKeyStoreProvider> m_stores;
    keystore::KeyStore *m_main = nullptr;
    QMap<QString, QByteArray> m_plain; // relative path -> original bytes
    std::unique_ptr<QSignalSpy> m_lastProgress;
};

void TestJobRunner::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalogPath = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    m_root = m_dir->filePath(QStringLiteral("ws"));
    m_plain.clear();
    m_stores = std::make_unique<FixedKeyStoreProvider>();
    for (const QString &name : {QStringLiteral("main"), KeyStoreProvider::platformStoreName()}) {
        keystore::VaultOptions o(name);
        o.scrypt.n = 1u << 12;
        auto vault = keystore::LocalVault::create(m_dir->filePath(name + QStringLiteral(".kwvault")), o, m_secrets,
                                                  nullptr, m_clock);
        QVERIFY(vault.ok());
        m_stores->add(name, std::move(vault).value());
    }
    m_main = *m_stores->store(QStringLiteral("main"));
    QVERIFY(m_main->createKey({QStringLiteral("ms"), keystore::KeyKind::Aes, 256}).ok());
    QVERIFY(m_main->createKey({QStringLiteral("root"), keystore::KeyKind::Aes, 256}).ok());
    keystore::KeyStore *platform = *m_stores->store(KeyStoreProvider::platformStoreName());
    QVERIFY(platform->createKey({KeyStoreProvider::platformKeyName(), keystore::KeyKind::Aes, 256}).ok());

    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY(catalog.ok());
    model::Workspace ws(QStringLiteral("prod"), model::Plan::Premium, QStringLiteral("westeurope"));
    ws.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
    auto rec = (*catalog)->createWorkspace(ws, m_root);
    QVERIFY(rec.ok());
    for (const auto &[feature, key] : {std::pair{model::Feature::ManagedServices, QStringLiteral("ms")},
                                       std::pair{model::Feature::DbfsRoot, QStringLiteral("root")}})
        QVERIFY((*catalog)
                    ->setAssignment({rec->id, feature, QStringLiteral("main"), key, m_main->keyVersion(key)->version})
                    .ok());
    addObjects(QStringLiteral("notebook-source"), 60, 700);
    addObjects(QStringLiteral("dbfs-root-data"), 4, 3000);
}

void TestJobRunner::cleanupTestCase()
{
    // Lets the pool's threads end while OpenSSL can still free their per-thread state (see tst_rekeyretire).
    QThreadPool::globalInstance()->waitForDone();
}

void TestJobRunner::addObjects(const QString &dataType, int count, qint64 size)
{
    const QString folder = model::dataTypeFolder(dataType);
    QVERIFY(!folder.isEmpty());
    for (int i = 0; i < count; ++i) {
        const QString rel = QStringLiteral("%1/item-%2.bin").arg(folder).arg(m_plain.size());
        const QByteArray bytes = test::vectorPlaintext(size + i, int(m_plain.size()));
        writeFile(QDir(m_root).filePath(rel), bytes);
        m_plain.insert(rel, bytes);
    }
}

void TestJobRunner::checkObjects(bool allSealed)
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY(catalog.ok());
    auto ws = (*catalog)->workspace(QStringLiteral("prod"));
    FeatureKeyService keys(**catalog, *m_stores, *ws);
    QVERIFY(keys.loadRecords().ok());
    for (auto it = m_plain.begin(); it != m_plain.end(); ++it) {
        const QByteArray stored = readFile(QDir(m_root).filePath(it.key()));
        if (!stored.startsWith("KWE1")) {
            QVERIFY2(!allSealed, qPrintable(it.key()));
            QVERIFY2(stored == it.value(), qPrintable(it.key()));
            continue;
        }
        const auto plain = test::openSealed(stored, keys);
        QVERIFY2(plain.ok(), qPrintable(it.key()));
        QVERIFY2(*plain == it.value(), qPrintable(it.key())); // sealed once: opens to the original bytes
    }
}

JobReport TestJobRunner::runThrough(std::unique_ptr<Job> job, QSignalSpy **progress)
{
    JobRunner runner;
    m_lastProgress = std::make_unique<QSignalSpy>(&runner, &JobRunner::progress);
    QSignalSpy finished(&runner, &JobRunner::finished);
    if (!runner.start(std::move(job)).ok() || !finished.wait(60000))
        return {};
    if (progress)
        *progress = m_lastProgress.get();
    return finished.first().first().value<JobReport>();
}

void TestJobRunner::progressAndFindingsArriveBeforeFinished()
{
    QVERIFY(EncryptJob(settings(8), *m_stores, m_clock).run().ok());
    const QString stray = model::dataTypeFolder(QStringLiteral("notebook-source")) + QStringLiteral("/stray.py");
    writeFile(QDir(m_root).filePath(stray), "print(1)\n");

    JobRunner runner;
    QStringList order;
    qint64 findingsAtFinish = -1;
    connect(&runner, &JobRunner::started, this, [&] { order << QStringLiteral("started"); });
    connect(&runner, &JobRunner::progress, this, [&](qint64 done, qint64, qint64) {
        if (done > 0 && !order.contains(QStringLiteral("progress")))
            order << QStringLiteral("progress");
    });
    connect(&runner, &JobRunner::finding, this, [&] {
        if (!order.contains(QStringLiteral("finding")))
            order << QStringLiteral("finding");
    });
    QSignalSpy findings(&runner, &JobRunner::finding);
    connect(&runner, &JobRunner::finished, this, [&] {
        order << QStringLiteral("finished");
        findingsAtFinish = findings.count();
    });
    QSignalSpy progress(&runner, &JobRunner::progress);
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start(std::make_unique<VerifyJob>(settings(4), *m_stores, 0, m_clock)).ok());
    QFutureWatcher<JobReport> watcher;
    QSignalSpy moved(&watcher, &QFutureWatcher<JobReport>::progressValueChanged);
    watcher.setFuture(runner.future());
    QVERIFY(finished.wait(60000));

    const JobReport r = finished.first().first().value<JobReport>();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.findings.size(), 1);
    QVERIFY(r.findings.first().kind == FindingKind::Plaintext);
    QCOMPARE(findingsAtFinish, qint64(1)); // the finding came before finished
    QCOMPARE(findings.first().first().value<JobFinding>().object, stray);
    QCOMPARE(order.first(), QStringLiteral("started"));
    QCOMPARE(order.last(), QStringLiteral("finished"));
    QVERIFY(progress.count() >= 5); // 0, then one per batch of four
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());
    QCOMPARE(last.at(0).toLongLong(), r.total);
    QVERIFY(last.at(2).toLongLong() > 0); // bytes
    QTRY_VERIFY(watcher.isFinished());
    QVERIFY(moved.count() > 0);
    QCOMPARE(runner.future().progressValue(), int(r.total));
    QCOMPARE(runner.future().progressMaximum(), int(r.total));
    QCOMPARE(runner.future().result().jobId, r.jobId);
    QVERIFY(!runner.isRunning());
}

void TestJobRunner::pauseAndCancelFromTheWatcherThenResume()
{
    JobRunner runner;
    QFutureWatcher<JobReport> watcher;
    qint64 lastDone = 0;
    bool paused = false;
    connect(&runner, &JobRunner::progress, this, [&](qint64 done, qint64, qint64) {
        lastDone = done;
        if (done > 0 && !paused) {
            paused = true;
            watcher.setSuspended(true); // stops at the next batch boundary
        }
    });
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start(std::make_unique<EncryptJob>(settings(), *m_stores, m_clock)).ok());
    watcher.setFuture(runner.future());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isSuspended(), 30000);
    QTest::qWait(100); // what the job posted before it paused
    // Paused: nothing moves.
    const qint64 atPause = lastDone;
    QTest::qWait(300);
    QCOMPARE(lastDone, atPause);
    QVERIFY(finished.isEmpty());

    watcher.cancel();
    QVERIFY(finished.wait(30000));
    const JobReport first = finished.first().first().value<JobReport>();
    QCOMPARE(first.state, catalog::JobState::Cancelled);
    QVERIFY(first.error && first.error->code == ErrorCode::Cancelled);
    QVERIFY(first.processed > 0);
    QVERIFY2(first.processed < first.total, "the cancel came after the job had finished");
    QCOMPARE(first.processed, atPause);
    checkObjects(false);
    {
        auto catalog = catalog::Catalog::open(m_catalogPath);
        auto job = (*catalog)->job(first.jobId);
        QVERIFY(job.ok());
        QCOMPARE(job->state, catalog::JobState::Cancelled);
    }

    // The same runner runs the next job, which carries on: every object is sealed once.
    QVERIFY(runner.start(std::make_unique<EncryptJob>(settings(16), *m_stores, m_clock)).ok());
    QVERIFY(finished.wait(60000));
    const JobReport second = finished.at(1).first().value<JobReport>();
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.processed + first.processed, second.total);
    QCOMPARE(second.total, first.total);
    checkObjects(true);
}

void TestJobRunner::deletingTheOwnerMidJobIsSafe()
{
    auto *owner = new QObject;
    QPointer<JobRunner> runner = new JobRunner(owner);
    bool moving = false;
    connect(runner, &JobRunner::progress, this, [&](qint64 done, qint64, qint64) { moving = moving || done > 0; });
    QVERIFY(runner->start(std::make_unique<EncryptJob>(settings(), *m_stores, m_clock)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(moving, 30000);
    delete owner; // cancels the job and waits for it
    QVERIFY(runner.isNull());
    QTest::qWait(50); // no event for the gone runner may arrive

    checkObjects(false);
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto ws = (*catalog)->workspace(QStringLiteral("prod"));
    auto jobs = (*catalog)->jobs(ws->id, jobKindName(JobKind::Encrypt));
    QVERIFY(jobs.ok() && !jobs->isEmpty());
    QVERIFY(jobs->last().state == catalog::JobState::Cancelled || jobs->last().state == catalog::JobState::Done);
    // And the next run finishes the work.
    QVERIFY(runThrough(std::make_unique<EncryptJob>(settings(16), *m_stores, m_clock)).ok());
    checkObjects(true);
}

void TestJobRunner::storesAreOpenedOnTheCallersThreadFirst()
{
    ThreadNotingProvider noting(*m_stores);
    const JobReport r = runThrough(std::make_unique<EncryptJob>(settings(16), noting, m_clock));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(m_stores->calls() > 0);
    // main and platform, once each, here; the worker used only what was opened before it started.
    QCOMPARE(noting.threads.size(), 2);
    for (QThread *t : std::as_const(noting.threads))
        QCOMPARE(t, QThread::currentThread());
}

void TestJobRunner::preparationErrorComesAsTheReport()
{
    FixedKeyStoreProvider empty; // no store "main": cannot be opened
    JobRunner runner;
    QSignalSpy started(&runner, &JobRunner::started);
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start(std::make_unique<EncryptJob>(settings(), empty, m_clock)).ok());
    QVERIFY(!runner.start(std::make_unique<EncryptJob>(settings(), empty, m_clock)).ok()); // one at a time
    QVERIFY(finished.wait(10000));
    const JobReport r = finished.first().first().value<JobReport>();
    QCOMPARE(r.state, catalog::JobState::Failed);
    QVERIFY(r.error && r.error->code == ErrorCode::NotFound);
    QCOMPARE(r.jobId, qint64(0));
    QCOMPARE(started.count(), 0);
    QCOMPARE(r.toJson().value(QStringLiteral("error")).toString(), QStringLiteral("not-found"));
    QVERIFY(runner.future().isFinished());
    QVERIFY(runner.future().result().error->code == ErrorCode::NotFound);
    checkObjects(false);
}

void TestJobRunner::rotateAndRetireReportProgress()
{
    QVERIFY(EncryptJob(settings(16), *m_stores, m_clock).run().ok());
    const QString v1 = m_main->keyVersion(QStringLiteral("root"))->version;
    QSignalSpy *progress = nullptr;
    const JobReport rotated =
        runThrough(std::make_unique<RotateJob>(settings(), *m_stores, QList<model::Feature>{model::Feature::DbfsRoot},
                                               false, m_clock),
                   &progress);
    QVERIFY2(rotated.ok(), qPrintable(rotated.message));
    QVERIFY(progress && progress->count() >= 2);
    QCOMPARE(progress->last().at(0).toLongLong(), qint64(1)); // one feature of one
    QCOMPARE(progress->last().at(1).toLongLong(), qint64(1));
    QVERIFY(rotated.rotate.has_value());
    QCOMPARE(rotated.rotate->rotated.size(), 1);
    QCOMPARE(rotated.rotate->rotated.first().oldVersion, v1);
    QCOMPARE(rotated.rotate->rotated.first().newVersion, m_main->keyVersion(QStringLiteral("root"))->version);

    m_clock.advance(60);
    QCOMPARE(VerifyJob(settings(16), *m_stores, 0, m_clock).run().findings.size(), 0);
    const JobReport retired = runThrough(
        std::make_unique<RetireJob>(settings(), *m_stores, model::Feature::DbfsRoot, v1, 0, m_clock), &progress);
    QVERIFY2(retired.ok(), qPrintable(retired.message));
    QVERIFY(progress->count() >= 3);
    QCOMPARE(progress->last().at(0).toLongLong(), progress->last().at(1).toLongLong());
    QVERIFY(!m_main->keyVersion(QStringLiteral("root"), v1)->enabled);
}

void TestJobRunner::retireHonoursCancel()
{
    QVERIFY(EncryptJob(settings(16), *m_stores, m_clock).run().ok());
    const QString v1 = m_main->keyVersion(QStringLiteral("root"))->version;
    QVERIFY(RotateJob(settings(), *m_stores, {model::Feature::DbfsRoot}, false, m_clock).run().ok());
    m_clock.advance(60);
    QVERIFY(VerifyJob(settings(16), *m_stores, 0, m_clock).run().ok());

    // Every condition holds; a cancel after the first check stops it before the version is disabled.
    CancelAfter cancelling(1);
    const JobReport r = RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v1, 0, m_clock).run(&cancelling);
    QCOMPARE(r.state, catalog::JobState::Cancelled);
    QVERIFY(r.error && r.error->code == ErrorCode::Cancelled);
    QVERIFY(m_main->keyVersion(QStringLiteral("root"), v1)->enabled);
    // Cancelled through the runner as soon as it starts: the same.
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start(std::make_unique<RetireJob>(settings(), *m_stores, model::Feature::DbfsRoot, v1, 0, m_clock))
                .ok());
    runner.cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<JobReport>().state, catalog::JobState::Cancelled);
    QVERIFY(m_main->keyVersion(QStringLiteral("root"), v1)->enabled);
    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY(catalog.ok());
    const auto history = (*catalog)->history();
    QVERIFY(history.ok());
    for (const catalog::HistoryEntry &e : *history)
        QVERIFY(e.action != QLatin1String("retire"));
}

void TestJobRunner::findingNamesAreStable()
{
    for (int i = 0; i <= int(FindingKind::LastFindingKind); ++i) {
        const auto kind = FindingKind(i);
        QVERIFY(parseFindingKind(findingKindName(kind)) == kind);
    }
    QCOMPARE(findingKindName(FindingKind::UnknownFk), QStringLiteral("unknown-fk"));
    QCOMPARE(findingKindName(FindingKind::KeyNotYetValid), QStringLiteral("key-not-yet-valid"));
    QVERIFY(!parseFindingKind(u"no-such-kind"));
    const QList<JobFinding> findings{
        {QStringLiteral("root/a \"b\".csv"), FindingKind::Tampered, QStringLiteral("segment 2, \"x\""), 2},
        {QString(), FindingKind::KeyDisabled, QStringLiteral("off"), -1}};
    QCOMPARE(services::findingsCsv(findings),
             QByteArray("object,kind,segment,detail\n"
                        "\"root/a \"\"b\"\".csv\",\"tampered\",2,\"segment 2, \"\"x\"\"\"\n"
                        "\"\",\"key-disabled\",,\"off\"\n"));
    const QString path = m_dir->filePath(QStringLiteral("findings.csv"));
    QVERIFY(services::writeFindingsCsv(path, findings).ok());
    QCOMPARE(readFile(path), services::findingsCsv(findings));
    const Status bad = services::writeFindingsCsv(m_dir->filePath(QStringLiteral("no/such/dir/f.csv")), findings);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().code == ErrorCode::Io && bad.error().reason == Reason::OutputNotWritten);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
