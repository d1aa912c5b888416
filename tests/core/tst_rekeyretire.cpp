// TestRekeyRetire: the rekey and retire jobs over a real workspace folder, a real catalog and local vaults.
#include "TestSupport.h"

#include "envelope/Envelope.h"
#include "envelope/Kwe1Header.h"
#include "envelope/Kwe1Reader.h"
#include "jobs/EncryptJob.h"
#include "jobs/FeatureKeyService.h"
#include "jobs/RekeyJob.h"
#include "jobs/RetireJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "keystore/LocalVault.h"
#include "model/ObjectLayout.h"
#include "secrets/SecretStore.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <cstdio>
#include <cstdlib>

using namespace keyward;
using keyward::test::readFile;
using keyward::test::writeFile;
using namespace keyward::jobs;

namespace {

using envelope::Kwe1Header;

// The vaults are passphrase-protected so that a second process (the one the kill test kills) can open them.
const QByteArray VaultPassphrase = "rekey-retire-test-passphrase";
const char ChildDirVar[] = "KEYWARD_TEST_REKEY_CHILD_DIR";
const char ChildFeatureVar[] = "KEYWARD_TEST_REKEY_CHILD_FEATURE";

Result<keystore::KeyStore *> openVaultInto(FixedKeyStoreProvider &stores, const QString &dir, const QString &name)
{
    secrets::MemorySecretStore secrets;
    test::ScriptedPrompt prompt;
    prompt.answer(VaultPassphrase);
    auto vault = keystore::LocalVault::open(QDir(dir).filePath(name + QStringLiteral(".kwvault")), secrets, &prompt);
    if (!vault)
        return vault.error();
    stores.add(name, std::move(vault).value());
    return stores.store(name);
}

// The body of the process the kill test starts (this program again): one rekey, run until it ends or is killed.
[[noreturn]] void runRekeyChild(const QString &dir)
{
    auto feature = model::parseFeature(qEnvironmentVariable(ChildFeatureVar));
    FixedKeyStoreProvider stores;
    if (!feature || !openVaultInto(stores, dir, QStringLiteral("main")) ||
        !openVaultInto(stores, dir, KeyStoreProvider::platformStoreName()))
        std::_Exit(3);
    const JobSettings settings{QDir(dir).filePath(QStringLiteral("catalog.sqlite")), QStringLiteral("prod"), 0, 2};
    const JobReport r = RekeyJob(settings, stores, *feature).run();
    if (!r.ok())
        std::fprintf(stderr, "%s\n", qPrintable(r.message));
    std::fflush(stderr);
    std::_Exit(r.ok() ? 0 : 1);
}

QByteArray fkIdOf(const QByteArray &object)
{
    return object.mid(Kwe1Header::AadSize, Kwe1Header::FkIdSize);
}

// Cancels the job once its first batch is checkpointed, as a crash or a cancel after it leaves it.
class CancelAfterFirstBatch final : public JobObserver
{
public:
    void jobProgress(qint64 done, qint64, qint64) override { m_cancel = m_cancel || done > 0; }
    bool cancelRequested() const override { return m_cancel; }

private:
    bool m_cancel = false;
};

QList<FindingKind> kinds(const JobReport &r)
{
    QList<FindingKind> out;
    for (const JobFinding &f : r.findings)
        out << f.kind;
    return out;
}

// Whether a finding of `kind` names `fact` (a workspace, a date, a key id).
bool names(const JobReport &r, FindingKind kind, const QString &fact)
{
    for (const JobFinding &f : r.findings)
        if (f.kind == kind && f.detail.contains(fact))
            return true;
    return false;
}

// A refusal names every condition that fails: the error's detail ends with the findings' details.
bool refusalNamesEveryFinding(const JobReport &r)
{
    QStringList details;
    for (const JobFinding &f : r.findings)
        details << f.detail;
    return r.error && r.error->code == ErrorCode::Forbidden &&
           r.error->detail.endsWith(details.join(QStringLiteral("; ")));
}

} // namespace

class TestRekeyRetire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void rekeyRewritesOnlyTheHeader();
    void rekeyResumesAndThenHasNothingLeft();
    void rekeyDoubleEncryptedRoot();
    void revokedKeyStopsRekey();
    void rekeySurvivesKill();

    void retireRefusedWhileFeatureKeyUnderVersion();
    void retireNeedsACleanVerifyAfterRotation();
    void retireWaitsForTheHoldPeriod();
    void retireStoppedBeforeItsHistoryEntry();
    void retireLooksAtEveryWorkspace();

private:
    JobSettings settings(const QString &workspace = QStringLiteral("prod"), int batch = 8) const
    {
        return {m_catalogPath, workspace, 0, batch};
    }
    void addObject(const QString &root, const QString &dataType, qint64 size);
    void createWorkspace(const QString &name, const QString &root, const QString &rootVersion);
    // Every object of `root` opens to the bytes it was made from (those outside every key stay as they were).
    void checkAllOpen(const QString &workspace);
    // The platform layer peeled off a double-encrypted object: the customer-keyed KWE1 object inside.
    QByteArray innerObject(const QString &workspace, const QByteArray &object);
    QByteArray activeFk(const QString &workspace, model::Feature feature);
    QList<catalog::FeatureKeyRecord> featureKeys(const QString &workspace, model::Feature feature);
    QList<catalog::HistoryEntry> history();
    QMap<QString, QByteArray> snapshot(const QString &root) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalogPath;
    QString m_root;
    secrets::MemorySecretStore m_secrets;
    // The rotate job stamps its history entries with the system time: this clock starts there.
    ManualClock m_clock;
    std::unique_ptr<FixedKeyStoreProvider> m_stores;
    keystore::KeyStore *m_main = nullptr;
    QMap<QString, QByteArray> m_plain; // workspace root + '/' + relative path -> original bytes
};

void TestRekeyRetire::initTestCase()
{
    // Started by rekeySurvivesKill(): be the rekey process, not the test.
    const QString childDir = qEnvironmentVariable(ChildDirVar);
    if (!childDir.isEmpty())
        runRekeyChild(childDir);
}

void TestRekeyRetire::cleanupTestCase()
{
    // The jobs run on the global thread pool, whose threads hold OpenSSL's per-thread random generators. Let them
    // end now, while OpenSSL can still free those; at exit, its cleanup may come first and LeakSanitizer objects.
    QThreadPool::globalInstance()->waitForDone(); // joins the pool's threads
}

void TestRekeyRetire::init()
{
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalogPath = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    m_root = m_dir->filePath(QStringLiteral("prod"));
    m_plain.clear();
    m_stores = std::make_unique<FixedKeyStoreProvider>();
    test::ScriptedPrompt prompt;
    prompt.answer(VaultPassphrase);
    prompt.answer(VaultPassphrase);
    keystore::VaultOptions o(QStringLiteral("main"), keystore::VaultOptions::Protection::Passphrase);
    o.scrypt.n = 1u << 12;
    auto main =
        keystore::LocalVault::create(m_dir->filePath(QStringLiteral("main.kwvault")), o, m_secrets, &prompt, m_clock);
    QVERIFY(main.ok());
    QVERIFY((*main)->createKey({QStringLiteral("ms"), keystore::KeyKind::Aes, 256}).ok());
    QVERIFY((*main)->createKey({QStringLiteral("root"), keystore::KeyKind::Rsa, 2048}).ok());
    QVERIFY((*main)->createKey({QStringLiteral("disks"), keystore::KeyKind::Aes, 256}).ok());
    keystore::VaultOptions po(KeyStoreProvider::platformStoreName(), keystore::VaultOptions::Protection::Passphrase);
    po.scrypt.n = 1u << 12;
    auto platform = keystore::LocalVault::create(m_dir->filePath(QStringLiteral("platform.kwvault")), po, m_secrets,
                                                 &prompt, m_clock);
    QVERIFY(platform.ok());
    QVERIFY((*platform)->createKey({KeyStoreProvider::platformKeyName(), keystore::KeyKind::Aes, 256}).ok());
    m_stores->add(QStringLiteral("main"), std::move(main).value());
    m_stores->add(KeyStoreProvider::platformStoreName(), std::move(platform).value());
    m_main = *m_stores->store(QStringLiteral("main"));

    createWorkspace(QStringLiteral("prod"), m_root, m_main->keyVersion(QStringLiteral("root"))->version);
    for (int i = 0; i < 4; ++i)
        addObject(m_root, QStringLiteral("notebook-source"), 900 + i);
    addObject(m_root, QStringLiteral("secrets"), 120);
    addObject(m_root, QStringLiteral("dbfs-root-data"), (1 << 20) + 77); // two segments
    addObject(m_root, QStringLiteral("job-results"), 0);
    addObject(m_root, QStringLiteral("mlflow-models"), 5000);
    addObject(m_root, QStringLiteral("classic-compute-disks"), 70000);
    addObject(m_root, QStringLiteral("model-serving-image"), 300); // the platform's own: never sealed by the jobs
}

void TestRekeyRetire::createWorkspace(const QString &name, const QString &root, const QString &rootVersion)
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY(catalog.ok());
    model::Workspace ws(name, model::Plan::Premium, QStringLiteral("westeurope"));
    ws.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
    auto rec = (*catalog)->createWorkspace(ws, root);
    QVERIFY(rec.ok());
    QVERIFY(QDir().mkpath(root));
    const QString ms = m_main->keyVersion(QStringLiteral("ms"))->version;
    const QString disks = m_main->keyVersion(QStringLiteral("disks"))->version;
    QVERIFY((*catalog)
                ->setAssignment(
                    {rec->id, model::Feature::ManagedServices, QStringLiteral("main"), QStringLiteral("ms"), ms})
                .ok());
    QVERIFY((*catalog)
                ->setAssignment(
                    {rec->id, model::Feature::DbfsRoot, QStringLiteral("main"), QStringLiteral("root"), rootVersion})
                .ok());
    QVERIFY((*catalog)
                ->setAssignment(
                    {rec->id, model::Feature::ManagedDisks, QStringLiteral("main"), QStringLiteral("disks"), disks})
                .ok());
}

void TestRekeyRetire::addObject(const QString &root, const QString &dataType, qint64 size)
{
    const QString folder = model::dataTypeFolder(dataType);
    QVERIFY2(!folder.isEmpty(), qPrintable(dataType));
    const QString rel = QStringLiteral("%1/item-%2.bin").arg(folder).arg(m_plain.size());
    const QByteArray bytes = test::vectorPlaintext(size, int(m_plain.size()));
    writeFile(QDir(root).filePath(rel), bytes);
    m_plain.insert(QDir(root).filePath(rel), bytes);
}

QMap<QString, QByteArray> TestRekeyRetire::snapshot(const QString &root) const
{
    QMap<QString, QByteArray> out;
    for (auto it = m_plain.begin(); it != m_plain.end(); ++it)
        if (it.key().startsWith(root + QLatin1Char('/')))
            out.insert(QDir(root).relativeFilePath(it.key()), readFile(it.key()));
    return out;
}

void TestRekeyRetire::checkAllOpen(const QString &workspace)
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY(catalog.ok());
    auto ws = (*catalog)->workspace(workspace);
    QVERIFY(ws.ok());
    FeatureKeyService keys(**catalog, *m_stores, *ws);
    QVERIFY(keys.loadRecords().ok());
    for (auto it = m_plain.begin(); it != m_plain.end(); ++it) {
        if (!it.key().startsWith(ws->storageRoot + QLatin1Char('/')))
            continue;
        const QByteArray stored = readFile(it.key());
        if (it.key().contains(QLatin1String("/serverless/"))) {
            QVERIFY2(stored == it.value(), qPrintable(it.key()));
            continue;
        }
        QVERIFY2(stored.startsWith("KWE1"), qPrintable(it.key()));
        const auto plain = test::openSealed(stored, keys);
        QVERIFY2(plain.ok(), qPrintable(it.key() + QStringLiteral(": ") + (plain ? QString() : plain.error().detail)));
        QVERIFY2(*plain == it.value(), qPrintable(it.key()));
    }
}

QByteArray TestRekeyRetire::innerObject(const QString &workspace, const QByteArray &object)
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto ws = (*catalog)->workspace(workspace);
    FeatureKeyService keys(**catalog, *m_stores, *ws);
    if (!keys.loadRecords().ok())
        return {};
    QBuffer in;
    in.setData(object);
    in.open(QIODevice::ReadOnly);
    envelope::Kwe1Reader reader(&in);
    if (!reader.open(keys).ok() || reader.header().feature != envelope::Kwe1Feature::Platform)
        return {};
    const QByteArray inner = reader.readAll();
    return reader.failure() ? QByteArray() : inner;
}

QByteArray TestRekeyRetire::activeFk(const QString &workspace, model::Feature feature)
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto ws = (*catalog)->workspace(workspace);
    auto active = (*catalog)->featureKeys(ws->id, feature, catalog::FeatureKeyState::Active);
    return active && !active->isEmpty() ? active->first().fkId : QByteArray();
}

QList<catalog::FeatureKeyRecord> TestRekeyRetire::featureKeys(const QString &workspace, model::Feature feature)
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto ws = (*catalog)->workspace(workspace);
    auto all = (*catalog)->featureKeys(ws->id, feature);
    return all ? *all : QList<catalog::FeatureKeyRecord>();
}

QList<catalog::HistoryEntry> TestRekeyRetire::history()
{
    auto catalog = catalog::Catalog::open(m_catalogPath);
    auto all = (*catalog)->history();
    return all ? *all : QList<catalog::HistoryEntry>();
}

// ---- rekey

void TestRekeyRetire::rekeyRewritesOnlyTheHeader()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const auto before = snapshot(m_root);
    const QByteArray oldFk = activeFk(QStringLiteral("prod"), model::Feature::ManagedServices);
    QCOMPARE(oldFk.size(), 16);

    const JobReport r = RekeyJob(settings(), *m_stores, model::Feature::ManagedServices, m_clock).run();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.processed, qint64(5)); // four notebooks and a secret
    const QByteArray newFk = activeFk(QStringLiteral("prod"), model::Feature::ManagedServices);
    QCOMPARE(newFk.size(), 16);
    QVERIFY(newFk != oldFk);
    QCOMPARE(r.rekey->targetFk, newFk);

    const auto after = snapshot(m_root);
    QCOMPARE(after.size(), before.size());
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QByteArray &was = it.value();
        const QByteArray now = after.value(it.key());
        if (!it.key().startsWith(QLatin1String("control-plane/"))) {
            QVERIFY2(now == was, qPrintable(it.key())); // other features: not one byte changed
            continue;
        }
        QCOMPARE(now.size(), was.size());
        QCOMPARE(fkIdOf(was), oldFk);
        QCOMPARE(fkIdOf(now), newFk);
        QVERIFY(now.left(Kwe1Header::AadSize) == was.left(Kwe1Header::AadSize));
        QVERIFY(now.mid(47, 40) != was.mid(47, 40));
        QVERIFY2(now.mid(Kwe1Header::Size) == was.mid(Kwe1Header::Size), qPrintable(it.key())); // segments as they were
    }
    checkAllOpen(QStringLiteral("prod"));

    const auto keys = featureKeys(QStringLiteral("prod"), model::Feature::ManagedServices);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0).generation, 2);
    QCOMPARE(keys.at(1).fkId, oldFk);
    QVERIFY(keys.at(1).state == catalog::FeatureKeyState::Retired);
    QVERIFY(r.rekey->summary.has_value());
    const QList<OldFeatureKey> olds = r.rekey->summary->oldFeatureKeys;
    QCOMPARE(olds.size(), 1);
    QCOMPARE(olds.at(0).fkId, oldFk);
    QCOMPARE(olds.at(0).objectsMoved, qint64(5));
    QCOMPARE(olds.at(0).objectsLeft, qint64(0));
    QCOMPARE(r.rekey->summary->generation, 2);
    QCOMPARE(r.rekey->summary->objectsTouched, qint64(5));
    // The JSON keeps its keys.
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("target_fk")).toString(), QString::fromLatin1(newFk.toHex()));
    QCOMPARE(json.value(QStringLiteral("old_feature_keys"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("objects_moved"))
                 .toInteger(),
             qint64(5));
    QCOMPARE(json.value(QStringLiteral("feature")).toString(), QStringLiteral("managed-services"));
    QCOMPARE(json.value(QStringLiteral("resumed")).toBool(true), false);

    const auto h = history();
    QVERIFY(!h.isEmpty());
    const catalog::HistoryEntry &e = h.last();
    QCOMPARE(e.action, QStringLiteral("rekey"));
    QCOMPARE(e.feature, QStringLiteral("managed-services"));
    QCOMPARE(e.key, QStringLiteral("main/ms"));
    QCOMPARE(e.objectsTouched, qint64(5));
    QVERIFY2(
        e.oldVersion.contains(QStringLiteral("generation 1 (fk %1)").arg(QString::fromLatin1(oldFk.toHex().left(8)))),
        qPrintable(e.oldVersion));
    QVERIFY2(e.newVersion.contains(QStringLiteral("generation 2")), qPrintable(e.newVersion));
    QVERIFY(e.result.startsWith(QLatin1String("ok")));
    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY((*catalog)->verifyHistory()->intact);

    // Verify sees every object under the active FK: no retired-fk finding is left.
    const JobReport v = VerifyJob(settings(), *m_stores, 0, m_clock).run();
    QVERIFY(v.ok());
    QCOMPARE(v.findings.size(), 0);
}

void TestRekeyRetire::rekeyResumesAndThenHasNothingLeft()
{
    for (int i = 0; i < 5; ++i)
        addObject(m_root, QStringLiteral("notebook-source"), 300 + i);
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const QByteArray oldFk = activeFk(QStringLiteral("prod"), model::Feature::ManagedServices);

    // Cancelled once its first batch of two is checkpointed, as a crash or a cancel leaves it. The next batch is
    // already under way then (a batch is worked on while the one before it is recorded): it finishes and is
    // recorded too, and every header the run moved is one its checkpoints count, no more and no fewer.
    RekeyJob first(settings(QStringLiteral("prod"), 2), *m_stores, model::Feature::ManagedServices, m_clock);
    CancelAfterFirstBatch cancelling;
    const JobReport r1 = first.run(&cancelling);
    QVERIFY(r1.state == catalog::JobState::Cancelled);
    QVERIFY(r1.error && r1.error->code == ErrorCode::Cancelled);
    QVERIFY2(r1.processed >= 2 && r1.processed < 10, qPrintable(QString::number(r1.processed)));
    const QByteArray target = activeFk(QStringLiteral("prod"), model::Feature::ManagedServices);
    QVERIFY(target != oldFk);
    int underNew = 0, underOld = 0;
    for (const QByteArray &bytes : snapshot(m_root)) {
        underNew += fkIdOf(bytes) == target;
        underOld += fkIdOf(bytes) == oldFk;
    }
    QCOMPARE(underNew, int(r1.processed));
    QCOMPARE(underOld, 10 - int(r1.processed));
    checkAllOpen(QStringLiteral("prod")); // half way, everything still opens: the catalog holds both FKs

    // The re-run carries on towards the same FK: no third generation.
    const JobReport r2 =
        RekeyJob(settings(QStringLiteral("prod"), 2), *m_stores, model::Feature::ManagedServices, m_clock).run();
    QVERIFY2(r2.ok(), qPrintable(r2.message));
    QVERIFY(r2.rekey->resumed.value_or(false));
    QCOMPARE(r2.processed, 10 - r1.processed);
    QCOMPARE(activeFk(QStringLiteral("prod"), model::Feature::ManagedServices), target);
    QCOMPARE(featureKeys(QStringLiteral("prod"), model::Feature::ManagedServices).size(), 2);
    QCOMPARE(history().last().objectsTouched, qint64(10)); // the first run's checkpoints count
    checkAllOpen(QStringLiteral("prod"));

    // Killed after its last header but before it could finish: the re-run finds nothing left to do.
    {
        auto catalog = catalog::Catalog::open(m_catalogPath);
        auto job = (*catalog)->job(r2.jobId);
        QVERIFY(job.ok());
        catalog::JobRecord j = *job;
        j.state = catalog::JobState::Running;
        QVERIFY((*catalog)->updateJob(j).ok());
    }
    const auto done = snapshot(m_root);
    const JobReport r3 = RekeyJob(settings(), *m_stores, model::Feature::ManagedServices, m_clock).run();
    QVERIFY2(r3.ok(), qPrintable(r3.message));
    QVERIFY(r3.rekey->resumed.value_or(false));
    QCOMPARE(r3.processed, qint64(0));
    QCOMPARE(snapshot(m_root), done);
    QCOMPARE(featureKeys(QStringLiteral("prod"), model::Feature::ManagedServices).size(), 2);

    // A rekey asked for after a finished one is a new generation.
    const JobReport r4 = RekeyJob(settings(), *m_stores, model::Feature::ManagedServices, m_clock).run();
    QVERIFY(r4.ok());
    QVERIFY(!r4.rekey->resumed.value_or(true));
    QCOMPARE(r4.processed, qint64(10));
    QCOMPARE(featureKeys(QStringLiteral("prod"), model::Feature::ManagedServices).size(), 3);
    checkAllOpen(QStringLiteral("prod"));
}

void TestRekeyRetire::rekeyDoubleEncryptedRoot()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const auto before = snapshot(m_root);
    const QByteArray oldRootFk = activeFk(QStringLiteral("prod"), model::Feature::DbfsRoot);
    const QByteArray platformFk = activeFk(QStringLiteral("prod"), model::Feature::Platform);
    QMap<QString, QByteArray> innerBefore;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("root/")))
            continue;
        QCOMPARE(int(it.value().at(5)), 4); // the platform layer outside
        QCOMPARE(fkIdOf(it.value()), platformFk);
        const QByteArray inner = innerObject(QStringLiteral("prod"), it.value());
        QVERIFY2(inner.startsWith("KWE1"), qPrintable(it.key()));
        QCOMPARE(int(inner.at(5)), 2);
        QCOMPARE(fkIdOf(inner), oldRootFk);
        innerBefore.insert(it.key(), inner);
    }
    QCOMPARE(innerBefore.size(), 3);

    // The DBFS-root FK: its header is inside the platform layer, which is sealed again around it.
    const JobReport r = RekeyJob(settings(), *m_stores, model::Feature::DbfsRoot, m_clock).run();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.processed, qint64(3));
    QCOMPARE(r.rekey->summary->platformLayersResealed, qint64(3));
    const QByteArray newRootFk = activeFk(QStringLiteral("prod"), model::Feature::DbfsRoot);
    QVERIFY(newRootFk != oldRootFk);
    const auto after = snapshot(m_root);
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QByteArray now = after.value(it.key());
        if (!innerBefore.contains(it.key())) {
            QVERIFY2(now == it.value(), qPrintable(it.key()));
            continue;
        }
        QCOMPARE(now.size(), it.value().size());
        QCOMPARE(int(now.at(5)), 4);
        QCOMPARE(fkIdOf(now), platformFk);                // the same platform FK
        QVERIFY(now.mid(8, 16) != it.value().mid(8, 16)); // a fresh platform object id
        const QByteArray inner = innerObject(QStringLiteral("prod"), now);
        const QByteArray &was = innerBefore.value(it.key());
        QCOMPARE(inner.size(), was.size());
        QCOMPARE(fkIdOf(inner), newRootFk);
        QVERIFY(inner.left(Kwe1Header::AadSize) == was.left(Kwe1Header::AadSize));
        QVERIFY2(inner.mid(Kwe1Header::Size) == was.mid(Kwe1Header::Size), qPrintable(it.key())); // DBFS-root segments
    }
    checkAllOpen(QStringLiteral("prod"));
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
    // Nothing left to move: a resumed run would touch nothing, and the old DBFS-root FK is retired.
    const auto rootKeys = featureKeys(QStringLiteral("prod"), model::Feature::DbfsRoot);
    QCOMPARE(rootKeys.size(), 2);
    QVERIFY(rootKeys.at(1).state == catalog::FeatureKeyState::Retired);

    // The platform FK: the outer header is rewritten in place; the whole customer-keyed object inside stays.
    const auto middle = snapshot(m_root);
    const JobReport p = RekeyJob(settings(), *m_stores, model::Feature::Platform, m_clock).run();
    QVERIFY2(p.ok(), qPrintable(p.message));
    QCOMPARE(p.processed, qint64(3));
    QCOMPARE(p.rekey->summary->platformLayersResealed, qint64(0));
    const QByteArray newPlatformFk = activeFk(QStringLiteral("prod"), model::Feature::Platform);
    QVERIFY(newPlatformFk != platformFk);
    const auto last = snapshot(m_root);
    for (auto it = middle.begin(); it != middle.end(); ++it) {
        const QByteArray now = last.value(it.key());
        if (!innerBefore.contains(it.key())) {
            QVERIFY2(now == it.value(), qPrintable(it.key()));
            continue;
        }
        QCOMPARE(fkIdOf(now), newPlatformFk);
        QVERIFY(now.left(Kwe1Header::AadSize) == it.value().left(Kwe1Header::AadSize));
        QVERIFY(now.mid(Kwe1Header::Size) == it.value().mid(Kwe1Header::Size));
        QCOMPARE(fkIdOf(innerObject(QStringLiteral("prod"), now)), newRootFk);
    }
    checkAllOpen(QStringLiteral("prod"));
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
}

void TestRekeyRetire::revokedKeyStopsRekey()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const auto before = snapshot(m_root);
    const QByteArray fk = activeFk(QStringLiteral("prod"), model::Feature::ManagedServices);
    const QString version = m_main->keyVersion(QStringLiteral("ms"))->version;
    QVERIFY(m_main->setVersionEnabled(QStringLiteral("ms"), version, false).ok());

    const JobReport r = RekeyJob(settings(), *m_stores, model::Feature::ManagedServices, m_clock).run();
    QVERIFY(!r.ok());
    QVERIFY(r.state == catalog::JobState::Failed);
    QVERIFY(r.error && r.error->code == ErrorCode::KeyDisabled);
    QVERIFY(!r.findings.isEmpty());
    QVERIFY(r.findings.first().kind == FindingKind::KeyDisabled);
    QVERIFY(r.blastRadius.has_value());
    QCOMPARE(r.blastRadius->objects, qint64(5));
    QVERIFY(r.blastRadius->feature == model::Feature::ManagedServices);
    QVERIFY(r.rekey->targetFk.isEmpty()); // no new generation
    QCOMPARE(snapshot(m_root), before);
    QCOMPARE(featureKeys(QStringLiteral("prod"), model::Feature::ManagedServices).size(), 1);
    QCOMPARE(activeFk(QStringLiteral("prod"), model::Feature::ManagedServices), fk);

    // A DBFS-root rekey also needs the platform key, to open the layer around double-encrypted objects: with that
    // key disabled it stops before making a new generation.
    keystore::KeyStore *platform = *m_stores->store(KeyStoreProvider::platformStoreName());
    const QString platformVersion = platform->keyVersion(KeyStoreProvider::platformKeyName())->version;
    QVERIFY(platform->setVersionEnabled(KeyStoreProvider::platformKeyName(), platformVersion, false).ok());
    const JobReport p = RekeyJob(settings(), *m_stores, model::Feature::DbfsRoot, m_clock).run();
    QVERIFY(!p.ok());
    QVERIFY(p.error && p.error->code == ErrorCode::KeyDisabled);
    QVERIFY(p.findings.first().kind == FindingKind::KeyDisabled);
    QVERIFY(p.blastRadius && p.blastRadius->feature == model::Feature::Platform);
    QCOMPARE(featureKeys(QStringLiteral("prod"), model::Feature::DbfsRoot).size(), 1);
    QCOMPARE(snapshot(m_root), before);
    QVERIFY(platform->setVersionEnabled(KeyStoreProvider::platformKeyName(), platformVersion, true).ok());

    // Enabled again, the same request goes through.
    QVERIFY(m_main->setVersionEnabled(QStringLiteral("ms"), version, true).ok());
    const JobReport again = RekeyJob(settings(), *m_stores, model::Feature::ManagedServices, m_clock).run();
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.processed, qint64(5));
    checkAllOpen(QStringLiteral("prod"));
}

void TestRekeyRetire::rekeySurvivesKill()
{
    for (int i = 0; i < 40; ++i)
        addObject(m_root, QStringLiteral("notebook-source"), 200 + i);
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const model::Feature features[] = {model::Feature::ManagedServices, model::Feature::DbfsRoot};
    auto startChild = [&](QProcess &child, model::Feature feature) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildDirVar), m_dir->path());
        env.insert(QString::fromLatin1(ChildFeatureVar), model::featureId(feature));
        child.setProcessEnvironment(env);
        // initTestCase() runs first and, seeing the variables, becomes the rekey process.
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        return child.waitForStarted(10000);
    };

    // One whole run sets the scale for the moments to kill at.
    QElapsedTimer timer;
    timer.start();
    {
        QProcess child;
        QVERIFY(startChild(child, model::Feature::ManagedServices));
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    }
    const qint64 whole = qMax<qint64>(timer.elapsed(), 50);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill moments from seed %u, a whole run takes %lld ms", seed, whole);
    QRandomGenerator random(seed);
    int killed = 0;
    QElapsedTimer budget;
    budget.start();
    for (int round = 0; round < 16 && budget.elapsed() < 60000; ++round) {
        QProcess child;
        QVERIFY(startChild(child, features[round % 2]));
        QThread::msleep(random.bounded(quint32(whole * 6 / 5)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        if (child.exitStatus() == QProcess::CrashExit)
            ++killed;
        else
            QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        // Whenever it stopped, every object opens to its bytes and the history chain holds.
        checkAllOpen(QStringLiteral("prod"));
        if (QTest::currentTestFailed())
            return;
        auto catalog = catalog::Catalog::open(m_catalogPath);
        QVERIFY((*catalog)->verifyHistory()->intact);
    }
    qInfo("%d runs killed part way", killed);
    QVERIFY(killed > 0);

    // A re-run finishes the work, and no generation was made that no finished run accounts for.
    for (model::Feature f : features) {
        const JobReport r = RekeyJob(settings(), *m_stores, f, m_clock).run();
        QVERIFY2(r.ok(), qPrintable(r.message));
        auto catalog = catalog::Catalog::open(m_catalogPath);
        auto ws = (*catalog)->workspace(QStringLiteral("prod"));
        auto jobs = (*catalog)->jobs(ws->id, QStringLiteral("rekey"));
        QVERIFY(jobs.ok());
        int done = 0;
        for (const catalog::JobRecord &j : *jobs)
            done += j.state == catalog::JobState::Done &&
                    j.params.value(QStringLiteral("feature")).toString() == model::featureId(f);
        QCOMPARE(featureKeys(QStringLiteral("prod"), f).size(), 1 + done);
    }
    checkAllOpen(QStringLiteral("prod"));
    const JobReport v = VerifyJob(settings(), *m_stores, 0, m_clock).run();
    QVERIFY(v.ok());
    QCOMPARE(v.findings.size(), 0);
}

// ---- retire

void TestRekeyRetire::retireRefusedWhileFeatureKeyUnderVersion()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const QString v1 = m_main->keyVersion(QStringLiteral("root"))->version;
    const QByteArray fk = activeFk(QStringLiteral("prod"), model::Feature::DbfsRoot);

    const JobReport r =
        RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v1, RetireJob::DefaultHoldSeconds, m_clock).run();
    QVERIFY(!r.ok());
    QVERIFY(refusalNamesEveryFinding(r));
    QCOMPARE(kinds(r),
             (QList<FindingKind>{FindingKind::FkUnderVersion, FindingKind::AssignedVersion, FindingKind::NoRotation}));
    QVERIFY(names(r, FindingKind::FkUnderVersion, QString::fromLatin1(fk.toHex().left(8))));
    QVERIFY(names(r, FindingKind::AssignedVersion, QStringLiteral("'prod'")));
    QCOMPARE(r.retire->version, v1);
    QCOMPARE(r.retire->keyName, QStringLiteral("root"));
    QVERIFY(!r.retire->holdEnds); // no rotation to count from
    QVERIFY(m_main->keyVersion(QStringLiteral("root"), v1)->enabled);
    for (const catalog::HistoryEntry &e : history())
        QVERIFY(e.action != QLatin1String("retire"));
}

void TestRekeyRetire::retireNeedsACleanVerifyAfterRotation()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const QString v1 = m_main->keyVersion(QStringLiteral("root"))->version;
    // A verify before the rotation does not count.
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
    m_clock.advance(1);
    QVERIFY(RotateJob(settings(), *m_stores, {model::Feature::DbfsRoot}, false, m_clock).run().ok());
    m_clock.advance(25 * 3600);
    const catalog::HistoryEntry rotation = history().last();
    QCOMPARE(rotation.action, QStringLiteral("rotate"));
    QCOMPARE(rotation.oldVersion, v1);
    const QString on = rotation.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");

    auto retire = [&] {
        return RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v1, RetireJob::DefaultHoldSeconds, m_clock)
            .run();
    };
    const JobReport r = retire();
    QVERIFY(!r.ok());
    QVERIFY(refusalNamesEveryFinding(r));
    QCOMPARE(kinds(r), QList<FindingKind>{FindingKind::NotVerified});
    QVERIFY(names(r, FindingKind::NotVerified, on));

    // A quick verify is a sample: it does not count either.
    QVERIFY(VerifyJob(settings(), *m_stores, 2, m_clock).run().ok());
    QVERIFY(!retire().ok());

    // A verify with a finding does not count.
    const QString stray =
        QDir(m_root).filePath(model::dataTypeFolder(QStringLiteral("notebook-source")) + QStringLiteral("/stray.py"));
    writeFile(stray, "print(1)\n");
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 1);
    const JobReport r2 = retire();
    QVERIFY(!r2.ok());
    QVERIFY(refusalNamesEveryFinding(r2));
    QCOMPARE(kinds(r2), QList<FindingKind>{FindingKind::NotVerified});
    QVERIFY(r2.findings.first().detail != r.findings.first().detail); // it says the verification had a finding
    QVERIFY(m_main->keyVersion(QStringLiteral("root"), v1)->enabled);

    QVERIFY(QFile::remove(stray));
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
    const JobReport ok = retire();
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QVERIFY(!m_main->keyVersion(QStringLiteral("root"), v1)->enabled);
}

void TestRekeyRetire::retireWaitsForTheHoldPeriod()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const QString v1 = m_main->keyVersion(QStringLiteral("root"))->version;
    QVERIFY(RotateJob(settings(), *m_stores, {model::Feature::DbfsRoot}, false, m_clock).run().ok());
    const QString v2 = m_main->keyVersion(QStringLiteral("root"))->version;
    QVERIFY(v2 != v1);
    const catalog::HistoryEntry rotation = history().last();
    m_clock.advance(60);
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);

    auto retire = [&] {
        return RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v1, RetireJob::DefaultHoldSeconds, m_clock)
            .run();
    };
    const JobReport r = retire();
    QVERIFY(!r.ok());
    const QString ends =
        rotation.at.addSecs(24 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    QVERIFY(refusalNamesEveryFinding(r));
    QCOMPARE(kinds(r), QList<FindingKind>{FindingKind::HoldPeriod});
    QVERIFY(names(r, FindingKind::HoldPeriod, ends));
    QCOMPARE(r.retire->holdEnds, rotation.at.addSecs(24 * 3600));
    QVERIFY(m_main->keyVersion(QStringLiteral("root"), v1)->enabled);

    // An hour later is still inside the default hold; a day later is past it.
    m_clock.set(rotation.at.addSecs(3600 + 1));
    QVERIFY(!retire().ok());
    m_clock.set(rotation.at.addSecs(24 * 3600 + 1));
    const JobReport ok = retire();
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QVERIFY(!m_main->keyVersion(QStringLiteral("root"), v1)->enabled);
    QVERIFY(m_main->keyVersion(QStringLiteral("root"), v2)->enabled);
    const catalog::HistoryEntry e = history().last();
    QCOMPARE(e.action, QStringLiteral("retire"));
    QCOMPARE(e.key, QStringLiteral("main/root"));
    QCOMPARE(e.oldVersion, v1);
    QCOMPARE(e.newVersion, v2);
    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY((*catalog)->verifyHistory()->intact);

    // Nothing needed the old version: everything opens and verifies without it.
    checkAllOpen(QStringLiteral("prod"));
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
    const JobReport again = retire();
    QVERIFY(again.ok());
    QCOMPARE(again.skipped, qint64(1)); // disabled already
    QCOMPARE(again.processed, qint64(0));

    // The same checks pass earlier with a one-hour hold.
    QVERIFY(RotateJob(settings(), *m_stores, {model::Feature::DbfsRoot}, false, m_clock).run().ok());
    const catalog::HistoryEntry second = history().last();
    m_clock.set(second.at.addSecs(60));
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
    QVERIFY(!RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v2, 3600, m_clock).run().ok());
    m_clock.set(second.at.addSecs(3601));
    QVERIFY(RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v2, 3600, m_clock).run().ok());
    QVERIFY(!m_main->keyVersion(QStringLiteral("root"), v2)->enabled);
}

// A retire stopped (killed, or the catalog failed) after it disabled the version and before it wrote the history
// entry: its job's note names the version, so the next run writes the entry instead of "disabled already".
void TestRekeyRetire::retireStoppedBeforeItsHistoryEntry()
{
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    const QString v1 = m_main->keyVersion(QStringLiteral("root"))->version;
    QVERIFY(RotateJob(settings(), *m_stores, {model::Feature::DbfsRoot}, false, m_clock).run().ok());
    const QString v2 = m_main->keyVersion(QStringLiteral("root"))->version;
    m_clock.advance(60);
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
    m_clock.advance(24 * 3600);

    // What the stopped run left: its job record (never finished) with the note, and the version disabled.
    {
        auto catalog = catalog::Catalog::open(m_catalogPath);
        QVERIFY(catalog.ok());
        auto ws = (*catalog)->workspace(QStringLiteral("prod"));
        QVERIFY(ws.ok());
        catalog::JobRecord job;
        job.kind = QStringLiteral("retire");
        job.workspaceId = ws->id;
        job.state = catalog::JobState::Running;
        job.started = m_clock.now();
        auto id = (*catalog)->createJob(job);
        QVERIFY(id.ok());
        const QJsonObject note{{QStringLiteral("store"), QStringLiteral("main")},
                               {QStringLiteral("key"), QStringLiteral("root")},
                               {QStringLiteral("version"), v1}};
        QVERIFY((*catalog)->setJobResult(*id, QJsonObject{{QStringLiteral("disabling"), note}}).ok());
    }
    QVERIFY(m_main->setVersionEnabled(QStringLiteral("root"), v1, false).ok());
    const qsizetype entries = history().size();

    auto retire = [&] {
        return RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v1, RetireJob::DefaultHoldSeconds, m_clock)
            .run();
    };
    const JobReport r = retire();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.processed, qint64(1));
    QCOMPARE(history().size(), entries + 1);
    const catalog::HistoryEntry e = history().last();
    QCOMPARE(e.action, QStringLiteral("retire"));
    QCOMPARE(e.key, QStringLiteral("main/root"));
    QCOMPARE(e.oldVersion, v1);
    QCOMPARE(e.newVersion, v2);
    QVERIFY2(e.result.startsWith(QLatin1String("ok: version disabled by an earlier run")), qPrintable(e.result));
    auto catalog = catalog::Catalog::open(m_catalogPath);
    QVERIFY((*catalog)->verifyHistory()->intact);

    // Written once: the next run finds the version disabled and the entry there.
    const JobReport again = retire();
    QVERIFY(again.ok());
    QCOMPARE(again.skipped, qint64(1));
    QCOMPARE(again.processed, qint64(0));
    QCOMPARE(history().size(), entries + 1);
}

void TestRekeyRetire::retireLooksAtEveryWorkspace()
{
    const QString v1 = m_main->keyVersion(QStringLiteral("root"))->version;
    const QString devRoot = m_dir->filePath(QStringLiteral("dev"));
    createWorkspace(QStringLiteral("dev"), devRoot, v1);
    addObject(devRoot, QStringLiteral("dbfs-root-data"), 4000);
    QVERIFY(EncryptJob(settings(), *m_stores, m_clock).run().ok());
    QVERIFY(EncryptJob(settings(QStringLiteral("dev")), *m_stores, m_clock).run().ok());
    const QByteArray devFk = activeFk(QStringLiteral("dev"), model::Feature::DbfsRoot);

    // Only prod moves off v1; dev still has its FK under it and is pinned to it.
    QVERIFY(RotateJob(settings(), *m_stores, {model::Feature::DbfsRoot}, false, m_clock).run().ok());
    const catalog::HistoryEntry rotation = history().last();
    const QString on = rotation.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    const QString ends =
        rotation.at.addSecs(24 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    auto retire = [&] {
        return RetireJob(settings(), *m_stores, model::Feature::DbfsRoot, v1, RetireJob::DefaultHoldSeconds, m_clock)
            .run();
    };
    // Every condition that fails is named, for every workspace.
    const JobReport all = retire();
    QVERIFY(!all.ok());
    QVERIFY(refusalNamesEveryFinding(all));
    QCOMPARE(kinds(all),
             (QList<FindingKind>{FindingKind::FkUnderVersion, FindingKind::AssignedVersion, FindingKind::NotVerified,
                                 FindingKind::NotVerified, FindingKind::HoldPeriod}));
    QVERIFY(names(all, FindingKind::FkUnderVersion, QString::fromLatin1(devFk.toHex().left(8))));
    QVERIFY(names(all, FindingKind::FkUnderVersion, QStringLiteral("'dev'")));
    QVERIFY(names(all, FindingKind::AssignedVersion, QStringLiteral("'dev'")));
    QVERIFY(names(all, FindingKind::NotVerified, QStringLiteral("'prod'")));
    QVERIFY(names(all, FindingKind::NotVerified, QStringLiteral("'dev'")));
    QVERIFY(names(all, FindingKind::NotVerified, on));
    QVERIFY(names(all, FindingKind::HoldPeriod, ends));
    QCOMPARE(all.retire->users, qint64(2));

    m_clock.advance(60);
    QCOMPARE(VerifyJob(settings(), *m_stores, 0, m_clock).run().findings.size(), 0);
    m_clock.advance(25 * 3600);
    const JobReport devOnly = retire();
    QVERIFY(!devOnly.ok());
    QVERIFY(!devOnly.message.contains(QStringLiteral("'prod'")));
    QVERIFY2(names(devOnly, FindingKind::FkUnderVersion, QStringLiteral("'dev'")), qPrintable(devOnly.message));

    // dev adopts the version prod moved to, is verified, and then the version can go.
    QVERIFY(
        RotateJob(settings(QStringLiteral("dev")), *m_stores, {model::Feature::DbfsRoot}, true, m_clock).run().ok());
    const JobReport unverified = retire();
    QVERIFY(!unverified.ok());
    QVERIFY2(names(unverified, FindingKind::NotVerified, QStringLiteral("'dev'")), qPrintable(unverified.message));
    QVERIFY(!kinds(unverified).contains(FindingKind::FkUnderVersion));
    m_clock.advance(60);
    QCOMPARE(VerifyJob(settings(QStringLiteral("dev")), *m_stores, 0, m_clock).run().findings.size(), 0);
    // dev moved off the version just now: its hold period runs from that rotation.
    const JobReport holding = retire();
    QVERIFY(!holding.ok());
    QVERIFY2(kinds(holding).contains(FindingKind::HoldPeriod), qPrintable(holding.message));
    m_clock.advance(25 * 3600);
    const JobReport ok = retire();
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QVERIFY(!m_main->keyVersion(QStringLiteral("root"), v1)->enabled);
    checkAllOpen(QStringLiteral("prod"));
    checkAllOpen(QStringLiteral("dev"));
}

QTEST_GUILESS_MAIN(TestRekeyRetire)
#include "tst_rekeyretire.moc"
