// TestJobs: encrypt, verify and rotate over a real workspace folder, a real catalog and local vaults.
#include "TestSupport.h"

#include "crypto/Digest.h"
#include "envelope/Envelope.h"
#include "jobs/EncryptJob.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/RekeyJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "keystore/LocalVault.h"
#include "model/ObjectLayout.h"
#include "secrets/SecretStore.h"
#include "storage/LocalFolderStore.h"
#include "util/OpenFiles.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace keyward;
using keyward::test::readFile;
using keyward::test::writeFile;
using namespace keyward::jobs;

namespace {

// Keeps what a job reports while it runs.
class RecordingObserver final : public JobObserver
{
public:
    void jobProgress(qint64 done, qint64, qint64) override { progress << done; }
    QList<qint64> progress;
};

// Answers pauses only by blocking, as a caller without a non-blocking question does; keeps what was done at each.
class BlockingPauseObserver final : public JobObserver
{
public:
    void jobProgress(qint64 done, qint64 objects, qint64) override
    {
        m_done = done;
        total = objects;
    }
    void pauseIfRequested() override { pausedAt << m_done; }
    QList<qint64> pausedAt;
    qint64 total = 0;

private:
    qint64 m_done = 0;
};

// Hash of every file under `root` by relative path.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(QDir(root).relativeFilePath(p), *crypto::Sha256::hash(readFile(p)));
    }
    return out;
}

// A job whose one batch is three new versions written to a real folder store, the second object replaced by
// someone else before the batch commits: forEachObject records what really went in place.
class ReplacedMeanwhileJob final : public Job
{
public:
    ReplacedMeanwhileJob(JobSettings settings, KeyStoreProvider &stores, const Clock &clock, QString root)
        : Job(JobKind::Encrypt, std::move(settings), stores, clock), m_root(std::move(root))
    {
    }
    QStringList paths = {QStringLiteral("a/one.bin"), QStringLiteral("a/two.bin"), QStringLiteral("b/three.bin")};

protected:
    Result<QStringList> storesNeeded(catalog::Catalog &, const catalog::WorkspaceRecord &) override
    {
        return QStringList();
    }
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace, JobReport &report) override
    {
        auto store = storage::LocalFolderStore::open(m_root);
        if (!store)
            return store.error();
        QList<PlannedObject> objects;
        for (const QString &path : std::as_const(paths))
            objects << PlannedObject{path, 0, std::nullopt, {}};
        std::function<ObjectOutcome(const PlannedObject &)> work = [&](const PlannedObject &o) {
            ObjectOutcome out{o.path, ObjectState::Done, {}, {}, -1, ErrorCode::Io, {}};
            auto info = (*store)->stat(o.path);
            auto writer = info ? (*store)->openWrite(o.path, info->etag)
                               : Result<std::unique_ptr<storage::ObjectWriter>>(info.error());
            if (!writer) {
                out.setError(writer.error());
                return out;
            }
            (*writer)->device()->write("the new version of " + o.path.toUtf8());
            catalog::InventoryEntry entry;
            entry.workspaceId = workspace.id;
            entry.path = o.path;
            entry.state = catalog::InventoryState::Sealed;
            entry.objectId = QByteArray(16, char(paths.indexOf(o.path) + 1));
            commitOrDefer(**store, std::move(writer).value(), out, entry);
            if (!out.pending) {
                out.setError(Error::make(ErrorCode::Unsupported, QStringLiteral("the folder store did not defer")));
                return out;
            }
            // Someone else's version replaces the second object after its new version was written.
            if (o.path == paths.at(1)) {
                const QString other = QDir(m_root).filePath(QStringLiteral("a/two.bin.other"));
                writeFile(other, "someone else's version");
                if (!QFile::remove(QDir(m_root).filePath(o.path)) ||
                    !QFile::rename(other, QDir(m_root).filePath(o.path)))
                    out.setError(Error::make(ErrorCode::Io, QStringLiteral("cannot replace the object")));
            }
            return out;
        };
        std::function<Status(const QList<ObjectOutcome> &)> record = [&](const QList<ObjectOutcome> &committed) {
            return recordBatch(catalog, report, committed);
        };
        return forEachObject<ObjectOutcome>(objects, work, record, &**store);
    }

private:
    QString m_root;
};

// A job over eight objects in batches of two, each object given a new version through a real folder store and
// put in place by forEachObject (the object at `failAt` fails instead). It notes, as each batch is recorded, whether
// that batch's objects already hold their new versions.
class PipelinedJob final : public Job
{
public:
    PipelinedJob(JobSettings settings, KeyStoreProvider &stores, const Clock &clock, QString root, int failAt,
                 int count = 8)
        : Job(JobKind::Encrypt, std::move(settings), stores, clock), m_root(std::move(root)), m_failAt(failAt)
    {
        for (int i = 0; i < count; ++i)
            paths << QStringLiteral("p/%1.bin").arg(i, 4, 10, QLatin1Char('0'));
    }
    QStringList paths;
    QStringList recordedBeforePlaced; // objects recorded while their old version was still in place
    int batchesRecorded = 0;
    QList<qsizetype> batchSizes;

protected:
    Result<QStringList> storesNeeded(catalog::Catalog &, const catalog::WorkspaceRecord &) override
    {
        return QStringList();
    }
    Status execute(catalog::Catalog &catalog, const catalog::WorkspaceRecord &, JobReport &report) override
    {
        auto store = storage::LocalFolderStore::open(m_root);
        if (!store)
            return store.error();
        QList<PlannedObject> objects;
        for (const QString &path : std::as_const(paths))
            objects << PlannedObject{path, 0, std::nullopt, {}};
        std::function<ObjectOutcome(const PlannedObject &)> work = [&](const PlannedObject &o) {
            ObjectOutcome out{o.path, ObjectState::Done, {}, {}, -1, ErrorCode::Io, {}};
            if (o.path == paths.value(m_failAt)) {
                out.setError(Error::make(ErrorCode::Io, QStringLiteral("cannot read %1").arg(o.path)));
                return out;
            }
            auto info = (*store)->stat(o.path);
            auto writer = info ? (*store)->openWrite(o.path, info->etag)
                               : Result<std::unique_ptr<storage::ObjectWriter>>(info.error());
            if (!writer) {
                out.setError(writer.error());
                return out;
            }
            (*writer)->device()->write("the new version of " + o.path.toUtf8());
            commitOrDefer(**store, std::move(writer).value(), out, std::nullopt);
            return out;
        };
        std::function<Status(const QList<ObjectOutcome> &)> record = [&](const QList<ObjectOutcome> &committed) {
            ++batchesRecorded;
            batchSizes << committed.size();
            for (const ObjectOutcome &o : committed) {
                if (o.state == ObjectState::Done &&
                    readFile(QDir(m_root).filePath(o.path)) != "the new version of " + o.path.toUtf8())
                    recordedBeforePlaced << o.path;
            }
            return recordBatch(catalog, report, committed);
        };
        return forEachObject<ObjectOutcome>(objects, work, record, &**store);
    }

private:
    QString m_root;
    int m_failAt;
};

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void encryptSealsEverythingOnceAndOpens();
    void verifyFindsPlaintextAndTampering();
    void rotateTouchesNoObjectAndCallsDoNotGrow();
    void revokedKeyStopsWithBlastRadius();
    void cancelledJobChangesNothing();
    void pauseHoldsBetweenEveryBatch();
    void batchesStayWithinOpenFileLimit();
    void standardPlanRefused();
    // A batch is recorded as it was committed: a version that did not go in place (its object replaced meanwhile)
    // is recorded as an error, with no inventory entry, and its object is left as the other writer made it; the
    // rest of the batch is recorded as done.
    void versionNotPlacedIsNotRecorded();
    // forEachObject puts each batch in place (on its commit thread, beside the next batch's work) before the batch
    // is recorded; once a batch holds an object that stops the job, no later batch is put in place, though the
    // workers already wrote it: those objects keep their old versions and no temporary file is left.
    void batchesPlacedBeforeRecorded();
    void noBatchPlacedAfterOneThatStops();
    // The last batches taper (each half of what is left, down to 256 objects), so that the last commit and
    // record, which nothing overlaps, are short; no batch is larger than the batch size.
    void lastBatchesTaper();

private:
    void addObjects(int copies);
    JobSettings settings() const { return {m_catalogPath, QStringLiteral("prod"), 0, 8}; }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalogPath;
    QString m_root;
    secrets::MemorySecretStore m_secrets;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<FixedKeyStoreProvider> m_stores;
    keystore::KeyStore *m_main = nullptr;
    QMap<QString, QByteArray> m_plain; // relative path -> original bytes
};

void TestJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalogPath = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    m_root = m_dir->filePath(QStringLiteral("ws"));
    m_plain.clear();
    m_stores = std::make_unique<FixedKeyStoreProvider>();
    keystore::VaultOptions o(QStringLiteral("main"));
    o.scrypt.n = 1u << 12;
    auto main =
        keystore::LocalVault::create(m_dir->filePath(QStringLiteral("main.kwvault")), o, m_secrets, nullptr, m_clock);
    QVERIFY(main.ok());
    QVERIFY((*main)->createKey({QStringLiteral("ms"), keystore::KeyKind::Aes, 256}).ok());
    QVERIFY((*main)->createKey({QStringLiteral("root"), keystore::KeyKind::Rsa, 2048}).ok());
    QVERIFY((*main)->createKey({QStringLiteral("disks"), keystore::KeyKind::Aes, 256}).ok());
    keystore::VaultOptions po(KeyStoreProvider::platformStoreName());
    po.scrypt.n = 1u << 12;
    auto platform = keystore::LocalVault::create(m_dir->filePath(QStringLiteral("platform.kwvault")), po, m_secrets,
                                                 nullptr, m_clock);
    QVERIFY(platform.ok());
    QVERIFY((*platform)->createKey({KeyStoreProvider::platformKeyName(), keystore::KeyKind::Aes, 256}).ok());
    m_stores->add(QStringLiteral("main"), std::move(main).value());
    m_stores->add(KeyStoreProvider::platformStoreName(), std::move(platform).value());
    m_main = *m_stores->store(QStringLiteral("main"));

    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY(catalog.ok());
    model::Workspace ws(QStringLiteral("prod"), model::Plan::Premium, QStringLiteral("westeurope"));
    ws.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
    auto rec = (*catalog)->createWorkspace(ws, m_root);
    QVERIFY(rec.ok());
    QVERIFY((*catalog)
                ->setAssignment({rec->id, model::Feature::ManagedServices, QStringLiteral("main"), QStringLiteral("ms"),
                                 m_main->keyVersion(QStringLiteral("ms"))->version})
                .ok());
    QVERIFY((*catalog)
                ->setAssignment({rec->id, model::Feature::DbfsRoot, QStringLiteral("main"), QStringLiteral("root"),
                                 m_main->keyVersion(QStringLiteral("root"))->version})
                .ok());
    QVERIFY((*catalog)
                ->setAssignment(
                    {rec->id, model::Feature::ManagedDisks, QStringLiteral("main"), QStringLiteral("disks"), {}})
                .ok());
    addObjects(1);
}

void TestJobs::addObjects(int copies)
{
    const QList<QPair<QString, qint64>> kinds = {{QStringLiteral("notebook-source"), 900},
                                                 {QStringLiteral("secrets"), 120},
                                                 {QStringLiteral("dbfs-root-data"), (1 << 20) + 77},
                                                 {QStringLiteral("job-results"), 0},
                                                 {QStringLiteral("mlflow-models"), 5000},
                                                 {QStringLiteral("classic-compute-disks"), 70000},
                                                 {QStringLiteral("model-serving-image"), 300}};
    for (int c = 0; c < copies; ++c) {
        for (const auto &[type, size] : kinds) {
            const QString folder = model::dataTypeFolder(type);
            QVERIFY2(!folder.isEmpty(), qPrintable(type));
            const QString rel = QStringLiteral("%1/item-%2-%3.bin").arg(folder).arg(m_plain.size()).arg(c);
            const QByteArray bytes = test::vectorPlaintext(size, int(m_plain.size()));
            writeFile(QDir(m_root).filePath(rel), bytes);
            m_plain.insert(rel, bytes);
        }
    }
}

void TestJobs::encryptSealsEverythingOnceAndOpens()
{
    EncryptJob job(settings(), *m_stores, m_clock);
    RecordingObserver observer;
    const JobReport r = job.run(&observer);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(!r.error);
    QCOMPARE(r.processed, qint64(6)); // the serverless item is the platform's
    QVERIFY(!observer.progress.isEmpty());
    QCOMPARE(observer.progress.last(), qint64(6));

    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto ws = (*catalog)->workspace(QStringLiteral("prod"));
    FeatureKeyService keys(**catalog, *m_stores, *ws);
    QVERIFY(keys.loadRecords().ok());
    QCOMPARE(keys.records().size(), std::size_t(4)); // three features + the platform layer
    for (auto it = m_plain.begin(); it != m_plain.end(); ++it) {
        const QByteArray stored = readFile(QDir(m_root).filePath(it.key()));
        if (it.key().startsWith(QLatin1String("serverless/"))) {
            QCOMPARE(stored, it.value());
            continue;
        }
        QVERIFY2(stored.startsWith("KWE1"), qPrintable(it.key()));
        // DBFS root objects carry the platform layer (feature 4) around the customer layer.
        QCOMPARE(stored.at(5) == 4, it.key().startsWith(QLatin1String("root/")));
        const auto plain = test::openSealed(stored, keys);
        QVERIFY2(plain.ok(), qPrintable(it.key()));
        QVERIFY(*plain == it.value());
    }
    const auto before = snapshot(m_root);
    EncryptJob again(settings(), *m_stores, m_clock);
    const JobReport r2 = again.run();
    QVERIFY(r2.ok());
    QCOMPARE(r2.processed, qint64(0));
    QCOMPARE(snapshot(m_root), before);
}

void TestJobs::verifyFindsPlaintextAndTampering()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    JobReport clean = VerifyJob(settings(), *m_stores, 0, m_clock).run();
    QVERIFY2(clean.ok(), qPrintable(clean.message));
    QCOMPARE(clean.findings.size(), 0);
    QCOMPARE(clean.processed, qint64(m_plain.size()));

    // One object altered in its second segment, one plaintext object where a key is assigned.
    QString big;
    for (auto it = m_plain.begin(); it != m_plain.end(); ++it)
        if (it.value().size() > (1 << 20))
            big = it.key();
    QByteArray bytes = readFile(QDir(m_root).filePath(big));
    bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0x40);
    writeFile(QDir(m_root).filePath(big), bytes);
    const QString plainPath = model::dataTypeFolder(QStringLiteral("notebook-source")) + QStringLiteral("/new.py");
    writeFile(QDir(m_root).filePath(plainPath), "print('hello')\n");

    JobReport r = VerifyJob(settings(), *m_stores, 0, m_clock).run();
    QVERIFY(r.ok());
    QCOMPARE(r.findings.size(), 2);
    QMap<QString, JobFinding> byObject;
    for (const JobFinding &f : r.findings)
        byObject.insert(f.object, f);
    QVERIFY(byObject.value(big).kind == FindingKind::Tampered);
    QVERIFY(byObject.value(big).segment >= 0);
    QVERIFY(byObject.value(plainPath).kind == FindingKind::Plaintext);
    QVERIFY(r.verify.has_value());
    QCOMPARE(r.verify->findingsByKind.at(FindingKind::Tampered), qint64(1));
    QCOMPARE(r.verify->findingsByKind.at(FindingKind::Plaintext), qint64(1));
    QVERIFY(!r.verify->quick);
    // The findings are kept with the job in the catalog.
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto objects = (*catalog)->jobObjects(r.jobId);
    int kept = 0;
    for (const catalog::JobObject &o : *objects)
        kept += parseObjectState(o.state) == ObjectState::Finding;
    QCOMPARE(kept, 2);
    // Quick mode looks at a sample only.
    JobReport quick = VerifyJob(settings(), *m_stores, 3, m_clock).run();
    QVERIFY(quick.ok());
    QCOMPARE(quick.processed, qint64(3));
    QVERIFY(quick.verify && quick.verify->quick);
}

void TestJobs::rotateTouchesNoObjectAndCallsDoNotGrow()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const auto before = snapshot(m_root);
    JobReport small = RotateJob(settings(), *m_stores, {}, false, m_clock).run();
    QVERIFY2(small.ok(), qPrintable(small.message));
    QCOMPARE(snapshot(m_root), before);
    QVERIFY(small.storeCalls > 0);

    // Ten times the objects: the same number of key-store calls.
    addObjects(10);
    const JobReport more = EncryptJob(settings(), *m_stores, m_clock).run();
    QVERIFY2(more.ok(), qPrintable(more.message));
    const auto before2 = snapshot(m_root);
    JobReport large = RotateJob(settings(), *m_stores, {}, false, m_clock).run();
    QVERIFY(large.ok());
    QCOMPARE(large.storeCalls, small.storeCalls);
    QCOMPARE(snapshot(m_root), before2);
    QCOMPARE(m_main->listVersions(QStringLiteral("root"))->size(), 3);
    // Old versions stay enabled; everything still verifies under the new wrapping.
    const auto versions = m_main->listVersions(QStringLiteral("root"));
    for (const keystore::KeyVersionInfo &kv : *versions)
        QVERIFY(kv.enabled);
    JobReport v = VerifyJob(settings(), *m_stores, 0, m_clock).run();
    QVERIFY(v.ok());
    QCOMPARE(v.findings.size(), 0);
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto history = (*catalog)->history(QStringLiteral("prod"));
    QVERIFY(history->size() >= 4);
    QVERIFY((*catalog)->verifyHistory()->intact);
    // Pinned assignments now name the new version.
    auto ws = (*catalog)->workspace(QStringLiteral("prod"));
    QCOMPARE((*(*catalog)->assignment(ws->id, model::Feature::DbfsRoot))->keyVersion,
             m_main->keyVersion(QStringLiteral("root"))->version);
}

void TestJobs::revokedKeyStopsWithBlastRadius()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const auto before = snapshot(m_root);
    const QString version = m_main->keyVersion(QStringLiteral("root"))->version;
    QVERIFY(m_main->setVersionEnabled(QStringLiteral("root"), version, false).ok());
    addObjects(1); // new plaintext that must not be touched either
    const auto withNew = snapshot(m_root);
    for (Job *job : std::initializer_list<Job *>{new EncryptJob(settings(), *m_stores, m_clock),
                                                 new VerifyJob(settings(), *m_stores, 0, m_clock)}) {
        const JobReport r = job->run();
        delete job;
        QCOMPARE(r.state, catalog::JobState::Failed);
        QVERIFY(r.error && r.error->code == ErrorCode::KeyDisabled);
        QVERIFY2(!r.findings.isEmpty(), qPrintable(jobKindName(r.kind) + QStringLiteral(": ") + r.message));
        QVERIFY(r.findings.first().kind == FindingKind::KeyDisabled);
        QVERIFY(r.blastRadius.has_value());
        QCOMPARE(r.blastRadius->objects, qint64(6)); // 3 root objects x 2 batches of files
        QVERIFY(r.blastRadius->feature == model::Feature::DbfsRoot);
        QCOMPARE(snapshot(m_root), withNew);
    }
    Q_UNUSED(before);
    QVERIFY(m_main->setVersionEnabled(QStringLiteral("root"), version, true).ok());
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
}

void TestJobs::cancelledJobChangesNothing()
{
    const auto before = snapshot(m_root);
    EncryptJob job(settings(), *m_stores, m_clock);
    job.cancel();
    const JobReport r = job.run();
    QCOMPARE(r.state, catalog::JobState::Cancelled);
    QVERIFY(r.error && r.error->code == ErrorCode::Cancelled);
    QCOMPARE(snapshot(m_root), before);
}

void TestJobs::pauseHoldsBetweenEveryBatch()
{
    addObjects(3); // 28 objects
    JobSettings s = settings();
    s.batchSize = 2;
    s.maxBatchSize = 2;
    BlockingPauseObserver observer;
    EncryptJob job(s, *m_stores, m_clock);
    const JobReport r = job.run(&observer);
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->detail) : "");
    QCOMPARE(r.processed + r.skipped, 28);
    QVERIFY(observer.total > 20);
    // Asked before the first batch and after each one but the last, while the next one may be in flight.
    QList<qint64> expected;
    for (qint64 done = 0; done < observer.total; done += 2)
        expected << done;
    QCOMPARE(observer.pausedAt, expected);
}

// A batch's objects hold their files open until it commits, and batches grow while they are quick: under the soft
// limit many systems start programs with, a large batch would run out of descriptors. With 420 (the test's own
// files included), batches of up to 4096 asked for, 1 200 small objects are sealed and rekeyed all the same.
void TestJobs::batchesStayWithinOpenFileLimit()
{
    const QString folder = model::dataTypeFolder(QStringLiteral("notebook-source"));
    for (int i = 0; i < 1200; ++i)
        writeFile(QDir(m_root).filePath(QStringLiteral("%1/many/n-%2.py").arg(folder).arg(i)),
                  QByteArray(64, char('a' + i % 26)));
    rlimit before{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &before), 0);
    rlimit lowered = before;
    lowered.rlim_cur = 420;
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &lowered), 0);
    const auto restore = qScopeGuard([&] { ::setrlimit(RLIMIT_NOFILE, &before); });
    QCOMPARE(openFileLimit(), qint64(420));
    JobSettings s = settings();
    s.batchSize = 64;
    s.maxBatchSize = 4096;
    const JobReport sealed = EncryptJob(s, *m_stores, m_clock).run();
    QVERIFY2(!sealed.error, sealed.error ? qPrintable(sealed.error->detail) : "");
    QCOMPARE(sealed.processed, qint64(1206));
    const JobReport rekeyed = RekeyJob(s, *m_stores, model::Feature::ManagedServices, m_clock).run();
    QVERIFY2(!rekeyed.error, rekeyed.error ? qPrintable(rekeyed.error->detail) : "");
    QCOMPARE(rekeyed.processed, qint64(1202)); // the notebooks and secrets are managed services' objects
}

void TestJobs::versionNotPlacedIsNotRecorded()
{
    ReplacedMeanwhileJob job(settings(), *m_stores, m_clock, m_root);
    for (const QString &path : job.paths)
        writeFile(QDir(m_root).filePath(path), "the old version of " + path.toUtf8());
    const JobReport r = job.run();
    QVERIFY(r.error);
    QVERIFY2(r.error->detail.contains(job.paths.at(1)), qPrintable(r.error->detail));
    QCOMPARE(r.processed, qint64(2));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().object, job.paths.at(1));
    QCOMPARE(readFile(QDir(m_root).filePath(job.paths.at(0))), "the new version of " + job.paths.at(0).toUtf8());
    QCOMPARE(readFile(QDir(m_root).filePath(job.paths.at(1))), QByteArray("someone else's version"));
    QCOMPARE(readFile(QDir(m_root).filePath(job.paths.at(2))), "the new version of " + job.paths.at(2).toUtf8());

    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY(catalog.ok());
    auto checkpoints = (*catalog)->jobObjects(job.jobId());
    QVERIFY(checkpoints.ok());
    QMap<QString, QString> states;
    for (const catalog::JobObject &o : *checkpoints)
        states.insert(o.object, o.state);
    QCOMPARE(states.value(job.paths.at(0)), QStringLiteral("done"));
    QCOMPARE(states.value(job.paths.at(1)), QStringLiteral("error"));
    QCOMPARE(states.value(job.paths.at(2)), QStringLiteral("done"));
    auto ws = (*catalog)->workspace(QStringLiteral("prod"));
    QVERIFY(ws.ok());
    auto inventory = (*catalog)->inventory(ws->id);
    QVERIFY(inventory.ok());
    QStringList recorded;
    for (const catalog::InventoryEntry &e : *inventory)
        recorded << e.path;
    QCOMPARE(recorded, (QStringList{job.paths.at(0), job.paths.at(2)}));
}

void TestJobs::standardPlanRefused()
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto ws = (*catalog)->workspace(QStringLiteral("prod"));
    ws->workspace.setPlan(model::Plan::Standard);
    QVERIFY((*catalog)->updateWorkspace(*ws).ok());
    const JobReport r = EncryptJob(settings(), *m_stores, m_clock).run();
    QCOMPARE(r.state, catalog::JobState::Failed);
    QVERIFY(r.error && r.error->code == ErrorCode::Forbidden);
}

QTEST_GUILESS_MAIN(TestJobs)
void TestJobs::batchesPlacedBeforeRecorded()
{
    JobSettings s = settings();
    s.batchSize = 2;
    s.maxBatchSize = 2;
    PipelinedJob job(s, *m_stores, m_clock, m_root, -1);
    for (const QString &path : job.paths)
        writeFile(QDir(m_root).filePath(path), "the old version of " + path.toUtf8());
    const JobReport r = job.run();
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->detail) : "");
    QCOMPARE(r.processed, qint64(8));
    QCOMPARE(job.batchesRecorded, 4);
    QCOMPARE(job.recordedBeforePlaced, QStringList());
    for (const QString &path : job.paths)
        QCOMPARE(readFile(QDir(m_root).filePath(path)), "the new version of " + path.toUtf8());
}

void TestJobs::noBatchPlacedAfterOneThatStops()
{
    JobSettings s = settings();
    s.batchSize = 2;
    s.maxBatchSize = 2;
    PipelinedJob job(s, *m_stores, m_clock, m_root, 1);
    for (const QString &path : job.paths)
        writeFile(QDir(m_root).filePath(path), "the old version of " + path.toUtf8());
    const JobReport r = job.run();
    QVERIFY(r.error);
    QVERIFY2(r.error->detail.contains(job.paths.at(1)), qPrintable(r.error->detail));
    QCOMPARE(r.processed, qint64(1));
    QCOMPARE(job.batchesRecorded, 1);
    QCOMPARE(job.recordedBeforePlaced, QStringList());
    QCOMPARE(readFile(QDir(m_root).filePath(job.paths.at(0))), "the new version of " + job.paths.at(0).toUtf8());
    for (qsizetype i = 1; i < job.paths.size(); ++i)
        QCOMPARE(readFile(QDir(m_root).filePath(job.paths.at(i))), "the old version of " + job.paths.at(i).toUtf8());
    QStringList left = QDir(QDir(m_root).filePath(QStringLiteral("p"))).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QStringList expected;
    for (const QString &path : job.paths)
        expected << QFileInfo(path).fileName();
    QCOMPARE(left, expected);
}

void TestJobs::lastBatchesTaper()
{
    JobSettings s = settings();
    s.batchSize = 512;
    s.maxBatchSize = 512;
    PipelinedJob job(s, *m_stores, m_clock, m_root, -1, 1300);
    for (const QString &path : job.paths)
        writeFile(QDir(m_root).filePath(path), "the old version of " + path.toUtf8());
    const JobReport r = job.run();
    QVERIFY2(!r.error, r.error ? qPrintable(r.error->detail) : "");
    QCOMPARE(r.processed, qint64(1300));
    QCOMPARE(job.batchSizes, (QList<qsizetype>{512, 394, 256, 138}));
    QCOMPARE(job.recordedBeforePlaced, QStringList());
}

#include "tst_jobs.moc"
