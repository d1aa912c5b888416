// tst_coverageservice: the facts a workspace's matrix is measured from, gathered over a real catalog, local vaults
// and object store in a temp data directory: key checks (usable, disabled, unreachable, locked without a prompt),
// last changes by kind, the last full verification by data type, and the objects behind a data type.
#include "jobs/EncryptJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "model/DataTypeCatalogue.h"
#include "model/ObjectLayout.h"
#include "services/AssignmentService.h"
#include "services/CoverageService.h"
#include "services/ImportService.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::services;
using model::CellState;
using model::ChangeKind;
using model::Feature;
using model::KeyCheck;

class TestCoverageService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void factsFollowTheJobs();
    void keyStates();
    void lockedStoreIsNotAsked();
    void importAndRotationAreChanges();
    void objectsOfAType();
    void newRowsHaveFolders();

private:
    void addVault(const QString &store, keystore::VaultOptions::Protection protection, const QString &key);
    void makeWorkspace(const QString &name);
    void assign(const QString &workspace, Feature feature, const QString &store, const QString &key);
    void writeObject(const QString &workspace, const QString &path, const QByteArray &bytes);
    jobs::JobReport runJob(jobs::JobKind kind, const QString &workspace);
    model::CoverageFacts facts(const QString &workspace, const MeasureOptions &options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<test::ScriptedPrompt> m_prompt;
    std::unique_ptr<Context> m_context;
};

void TestCoverageService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_prompt = std::make_unique<test::ScriptedPrompt>();
    m_context = std::make_unique<Context>(m_dir->path(), *m_secrets, m_prompt.get());
}

void TestCoverageService::cleanup()
{
    m_context.reset();
    m_prompt.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestCoverageService::addVault(const QString &store, keystore::VaultOptions::Protection protection,
                                   const QString &key)
{
    AddLocalStoreRequest request;
    request.name = store;
    request.protection = protection;
    auto added = StoreService(*m_context).addLocal(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
    auto opened = m_context->stores().store(store);
    QVERIFY(opened.ok());
    QVERIFY((*opened)->createKey({key, keystore::KeyKind::Aes, 256}).ok());
}

void TestCoverageService::makeWorkspace(const QString &name)
{
    CreateWorkspaceRequest request;
    request.name = name;
    QVERIFY(WorkspaceService(*m_context).create(request).ok());
}

void TestCoverageService::assign(const QString &workspace, Feature feature, const QString &store, const QString &key)
{
    AssignRequest r;
    r.workspace = workspace;
    r.feature = feature;
    r.store = store;
    r.key = key;
    auto assigned = AssignmentService(*m_context).assign(r);
    QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().detail));
}

void TestCoverageService::writeObject(const QString &workspace, const QString &path, const QByteArray &bytes)
{
    const QString file = m_dir->filePath(QStringLiteral("workspaces/%1/%2").arg(workspace, path));
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

jobs::JobReport TestCoverageService::runJob(jobs::JobKind kind, const QString &workspace)
{
    jobs::JobSettings settings;
    settings.catalogPath = m_context->catalogPath();
    settings.workspace = workspace;
    std::unique_ptr<jobs::Job> job;
    if (kind == jobs::JobKind::Encrypt)
        job = std::make_unique<jobs::EncryptJob>(settings, m_context->stores());
    else if (kind == jobs::JobKind::Verify)
        job = std::make_unique<jobs::VerifyJob>(settings, m_context->stores(), 0);
    else
        job = std::make_unique<jobs::RotateJob>(settings, m_context->stores());
    return job->run();
}

model::CoverageFacts TestCoverageService::facts(const QString &workspace, const MeasureOptions &options)
{
    auto f = CoverageService(*m_context).facts(workspace, options);
    if (!f) {
        qWarning("facts: %s", qPrintable(f.error().detail));
        return {};
    }
    return *f;
}

// Assignment, then encryption, then verification: each moves the facts on, and the rules read them as the CLI does.
void TestCoverageService::factsFollowTheJobs()
{
    addVault(QStringLiteral("va"), keystore::VaultOptions::Protection::Keychain, QStringLiteral("k1"));
    makeWorkspace(QStringLiteral("lab"));
    assign(QStringLiteral("lab"), Feature::ManagedServices, QStringLiteral("va"), QStringLiteral("k1"));
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/notebooks/a.py"), "print(1)\n");
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/dashboards/d.lvdash.json"), "{}\n");

    model::CoverageFacts f = facts(QStringLiteral("lab"));
    QCOMPARE(f.workspace, QStringLiteral("lab"));
    QCOMPARE(f.keys.size(), std::size_t(1));
    const model::KeyFacts &k = f.keys.at(Feature::ManagedServices);
    QCOMPARE(k.check, KeyCheck::Usable);
    QCOMPARE(k.store, QStringLiteral("va"));
    QCOMPARE(k.keyName, QStringLiteral("k1"));
    QVERIFY(!k.version.isEmpty());
    QCOMPARE(f.lastChange.at(Feature::ManagedServices).kind, ChangeKind::Assignment);
    QVERIFY(!f.lastChange.count(Feature::DbfsRoot)); // nothing happened to it
    QVERIFY(!f.lastVerify);
    auto measured = CoverageService(*m_context).measure(QStringLiteral("lab"));
    QVERIFY(measured.ok());
    const qsizetype nb =
        model::DataTypeCatalogue::find(u"notebook-source") - model::DataTypeCatalogue::all().constData();
    QCOMPARE(measured->cells.at(nb).state, CellState::NotVerified);

    QCOMPARE(runJob(jobs::JobKind::Encrypt, QStringLiteral("lab")).state, catalog::JobState::Done);
    f = facts(QStringLiteral("lab"));
    QCOMPARE(f.lastChange.at(Feature::ManagedServices).kind, ChangeKind::Encryption);
    QCOMPARE(f.lastChange.at(Feature::DbfsRoot).kind, ChangeKind::Encryption); // an encryption is workspace-wide

    QCOMPARE(runJob(jobs::JobKind::Verify, QStringLiteral("lab")).state, catalog::JobState::Done);
    f = facts(QStringLiteral("lab"));
    QVERIFY(f.lastVerify);
    QCOMPARE(f.lastVerify->byDataType.value(QStringLiteral("notebook-source")), (model::TypeVerifyFacts{1, 0, 0}));
    QCOMPARE(f.lastVerify->byDataType.value(QStringLiteral("ai-bi-dashboards")), (model::TypeVerifyFacts{1, 0, 0}));
    measured = CoverageService(*m_context).measure(QStringLiteral("lab"));
    QCOMPARE(measured->cells.at(nb).state, CellState::Verified);

    // A plaintext object arrives; the next verification finds it.
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/notebooks/b.py"), "print(2)\n");
    QCOMPARE(runJob(jobs::JobKind::Verify, QStringLiteral("lab")).findings.size(), 1);
    f = facts(QStringLiteral("lab"));
    QCOMPARE(f.lastVerify->byDataType.value(QStringLiteral("notebook-source")), (model::TypeVerifyFacts{2, 1, 0}));
    measured = CoverageService(*m_context).measure(QStringLiteral("lab"));
    QCOMPARE(measured->cells.at(nb).state, CellState::PlaintextFound);
    // A sample does not count as a verification of everything: the last full one still decides.
    jobs::JobSettings settings;
    settings.catalogPath = m_context->catalogPath();
    settings.workspace = QStringLiteral("lab");
    jobs::VerifyJob quick(settings, m_context->stores(), 1);
    QCOMPARE(quick.run().state, catalog::JobState::Done);
    QCOMPARE(facts(QStringLiteral("lab")).lastVerify->jobId, f.lastVerify->jobId);

    QCOMPARE(CoverageService(*m_context).facts(QStringLiteral("nowhere")).error().reason, Reason::WorkspaceNotFound);
}

void TestCoverageService::keyStates()
{
    addVault(QStringLiteral("va"), keystore::VaultOptions::Protection::Keychain, QStringLiteral("k1"));
    addVault(QStringLiteral("vb"), keystore::VaultOptions::Protection::Keychain, QStringLiteral("k2"));
    makeWorkspace(QStringLiteral("lab"));
    assign(QStringLiteral("lab"), Feature::ManagedServices, QStringLiteral("va"), QStringLiteral("k1"));
    assign(QStringLiteral("lab"), Feature::DbfsRoot, QStringLiteral("vb"), QStringLiteral("k2"));
    QCOMPARE(facts(QStringLiteral("lab")).keys.at(Feature::ManagedServices).check, KeyCheck::Usable);

    // The assigned version disabled in its store.
    auto va = m_context->stores().store(QStringLiteral("va"));
    QVERIFY(va.ok());
    const QString version = facts(QStringLiteral("lab")).keys.at(Feature::ManagedServices).version;
    QVERIFY((*va)->setVersionEnabled(QStringLiteral("k1"), version, false).ok());
    model::CoverageFacts f = facts(QStringLiteral("lab"));
    QCOMPARE(f.keys.at(Feature::ManagedServices).check, KeyCheck::Disabled);
    QVERIFY(model::keyCheckUnusable(f.keys.at(Feature::ManagedServices).check));

    // The other vault's file gone: its store cannot be opened, and that is a fact, not a failure.
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("vaults/vb.kwvault"))));
    f = facts(QStringLiteral("lab"));
    QCOMPARE(f.keys.at(Feature::DbfsRoot).check, KeyCheck::StoreUnreachable);
    QVERIFY(!f.keys.at(Feature::DbfsRoot).problem.isEmpty());
    auto measured = CoverageService(*m_context).measure(QStringLiteral("lab"));
    QVERIFY(measured.ok());
    const qsizetype jobs = model::DataTypeCatalogue::find(u"job-results") - model::DataTypeCatalogue::all().constData();
    QCOMPARE(measured->cells.at(jobs).state, CellState::KeyStoreUnreachable);
}

// A vault kept under a passphrase is never unlocked for a refresh: its key is "not checked", nobody is asked. Only
// when the caller allows it (the CLI with a passphrase file) is the context's prompt used.
void TestCoverageService::lockedStoreIsNotAsked()
{
    const QByteArray passphrase("correct horse battery staple");
    for (int i = 0; i < 3; ++i)
        m_prompt->answer(passphrase);
    addVault(QStringLiteral("pv"), keystore::VaultOptions::Protection::Passphrase, QStringLiteral("k"));
    makeWorkspace(QStringLiteral("lab"));
    assign(QStringLiteral("lab"), Feature::ManagedServices, QStringLiteral("pv"), QStringLiteral("k"));
    const qsizetype askedBefore = m_prompt->asked.size();

    // A context of its own, as a refresh's worker has: nothing unlocked yet.
    Context fresh(m_dir->path(), *m_secrets, m_prompt.get());
    auto quiet = CoverageService(fresh).facts(QStringLiteral("lab"));
    QVERIFY(quiet.ok());
    QCOMPARE(quiet->keys.at(Feature::ManagedServices).check, KeyCheck::StoreLocked);
    QCOMPARE(m_prompt->asked.size(), askedBefore);

    m_prompt->answer(passphrase);
    auto asked = CoverageService(fresh).facts(QStringLiteral("lab"), MeasureOptions{true});
    QVERIFY(asked.ok());
    QCOMPARE(asked->keys.at(Feature::ManagedServices).check, KeyCheck::Usable);
    QCOMPARE(m_prompt->asked.size(), askedBefore + 1);
}

void TestCoverageService::importAndRotationAreChanges()
{
    addVault(QStringLiteral("va"), keystore::VaultOptions::Protection::Keychain, QStringLiteral("k1"));
    makeWorkspace(QStringLiteral("lab"));
    assign(QStringLiteral("lab"), Feature::ManagedServices, QStringLiteral("va"), QStringLiteral("k1"));
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/notebooks/a.py"), "print(1)\n");
    QCOMPARE(runJob(jobs::JobKind::Encrypt, QStringLiteral("lab")).state, catalog::JobState::Done);
    QCOMPARE(runJob(jobs::JobKind::Rotate, QStringLiteral("lab")).state, catalog::JobState::Done);
    QCOMPARE(facts(QStringLiteral("lab")).lastChange.at(Feature::ManagedServices).kind, ChangeKind::Rotation);

    QTemporaryDir source;
    QFile file(source.filePath(QStringLiteral("report.py")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("print('imported')\n");
    file.close();
    ImportRequest request;
    request.workspace = QStringLiteral("lab");
    request.folder = source.path();
    request.area = QStringLiteral("control-plane");
    QVERIFY(ImportService(*m_context).importFolder(request).ok());
    const model::CoverageFacts f = facts(QStringLiteral("lab"));
    QCOMPARE(f.lastChange.at(Feature::ManagedServices).kind, ChangeKind::Import);
    QCOMPARE(f.lastChange.at(Feature::ManagedDisks).kind, ChangeKind::Import);
}

void TestCoverageService::objectsOfAType()
{
    addVault(QStringLiteral("va"), keystore::VaultOptions::Protection::Keychain, QStringLiteral("k1"));
    makeWorkspace(QStringLiteral("lab"));
    assign(QStringLiteral("lab"), Feature::ManagedServices, QStringLiteral("va"), QStringLiteral("k1"));
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/notebooks/a.py"), "print(1)\n");
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/secrets/s.json"), "{}\n");
    QCOMPARE(runJob(jobs::JobKind::Encrypt, QStringLiteral("lab")).state, catalog::JobState::Done);
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/notebooks/b.py"), "print(2)\n");
    writeObject(QStringLiteral("lab"), QStringLiteral("control-plane/notebooks/c.py"), QByteArray("KWE1", 4) + "junk");
    QCOMPARE(runJob(jobs::JobKind::Verify, QStringLiteral("lab")).state, catalog::JobState::Done);

    auto objects = CoverageService(*m_context).objectsOf(QStringLiteral("lab"), QStringLiteral("notebook-source"));
    QVERIFY(objects.ok());
    QCOMPARE(objects->size(), 3); // the secret is of another type
    const WorkspaceObject &a = objects->at(0);
    QCOMPARE(a.path, QStringLiteral("control-plane/notebooks/a.py"));
    QCOMPARE(a.seal, WorkspaceObject::Seal::Sealed);
    QCOMPARE(a.layer, QStringLiteral("managed-services"));
    QCOMPARE(a.featureKey.size(), 8);
    QVERIFY(a.size > 9); // the envelope is larger than the plaintext
    QCOMPARE(a.lastVerify, QStringLiteral("ok"));
    QCOMPARE(objects->at(1).seal, WorkspaceObject::Seal::Plaintext);
    QCOMPARE(objects->at(1).lastVerify, QStringLiteral("plaintext"));
    QCOMPARE(objects->at(1).size, 9);
    QCOMPARE(objects->at(2).seal, WorkspaceObject::Seal::Invalid);
    QCOMPARE(objects->at(2).lastVerify, QStringLiteral("corrupt"));
    QCOMPARE(sealId(objects->at(2).seal), QStringLiteral("invalid"));

    auto none = CoverageService(*m_context).objectsOf(QStringLiteral("lab"), QStringLiteral("vector-search"));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QCOMPARE(CoverageService(*m_context).objectsOf(QStringLiteral("lab"), QStringLiteral("nope")).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(CoverageService(*m_context).objectsOf(QStringLiteral("gone"), QStringLiteral("secrets")).error().reason,
             Reason::WorkspaceNotFound);
}

// The new rows have folders of their own, so the jobs seal their objects under the managed services key.
void TestCoverageService::newRowsHaveFolders()
{
    for (const char *id : {"ai-bi-dashboards", "vector-search"}) {
        const QString folder = model::dataTypeFolder(QLatin1String(id));
        QVERIFY2(folder.startsWith(QLatin1String("control-plane/")), id);
        auto cls = model::classifyObject(folder + QStringLiteral("/x.json"));
        QVERIFY(cls.ok());
        QCOMPARE(cls->dataTypeId, QLatin1String(id));
        QCOMPARE(cls->feature, Feature::ManagedServices);
    }
}

QTEST_GUILESS_MAIN(TestCoverageService)
#include "tst_coverageservice.moc"
