// TestDemoService: the demo flow through the services and jobs, in a temp data directory with the in-memory
// keychain: a clean first run, a second run that carries on without making anything twice, every step
// reported, and an admin's workspace of the same name refused before anything is made.
#include "demo/DemoService.h"
#include "services/WorkspaceService.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::services;

namespace {

class StepRecorder final : public DemoObserver
{
public:
    void demoStep(DemoStep step, const QStringList &args) override
    {
        steps << step;
        Q_UNUSED(args);
    }
    void demoJobFinished(const jobs::JobReport &report) override { jobs << jobs::jobKindName(report.kind); }
    QList<DemoStep> steps;
    QStringList jobs;
};

int auditCount(catalog::Catalog &catalog, const QString &action)
{
    auto log = catalog.auditLog(100000);
    int n = 0;
    for (const catalog::AuditEntry &e : log ? *log : QList<catalog::AuditEntry>())
        n += e.action == action ? 1 : 0;
    return n;
}

} // namespace

class TestDemoService : public QObject
{
    Q_OBJECT

private slots:
    void runsCleanAndCarriesOn();
    void refusesAForeignWorkspace();
};

void TestDemoService::runsCleanAndCarriesOn()
{
    QTemporaryDir dir;
    secrets::MemorySecretStore secrets;
    test::ScriptedPrompt prompt;
    Context context(dir.path(), secrets, &prompt);
    DemoRequest request;
    request.objects = 40;
    request.sizeMiB = 1;

    StepRecorder first;
    auto result = DemoService(context).run(request, &first);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
    QVERIFY(result->clean());
    QCOMPARE(result->jobs.size(), 4);
    QCOMPARE(first.jobs, (QStringList{QStringLiteral("encrypt"), QStringLiteral("verify"), QStringLiteral("rotate"),
                                      QStringLiteral("verify")}));
    QCOMPARE(first.steps.count(DemoStep::KeyCreated), 3);
    QCOMPARE(first.steps.count(DemoStep::KeyAssigned), 3);
    QVERIFY(first.steps.contains(DemoStep::VaultCreated));
    QVERIFY(first.steps.contains(DemoStep::WorkspaceCreated));
    QCOMPARE(first.steps.last(), DemoStep::Done);
    QVERIFY(prompt.asked.isEmpty()); // the vault's master key went to the keychain

    // The assignments went through the check list and the services' audited changes.
    auto details = WorkspaceService(context).details(QStringLiteral("demo"));
    QVERIFY(details.ok());
    QCOMPARE(details->assignments.size(), 3);
    QVERIFY(details->assignment(model::Feature::ManagedDisks)->followLatest());
    QVERIFY(!details->assignment(model::Feature::DbfsRoot)->followLatest());
    auto catalog = context.catalog();
    QCOMPARE(auditCount(**catalog, QStringLiteral("assign")), 3);
    QCOMPARE(auditCount(**catalog, QStringLiteral("store.add")), 1);
    QCOMPARE(auditCount(**catalog, QStringLiteral("workspace.create")), 1);

    StepRecorder second;
    auto again = DemoService(context).run(request, &second);
    QVERIFY(again.ok());
    QVERIFY(again->clean());
    QVERIFY(second.steps.contains(DemoStep::VaultUsed));
    QVERIFY(second.steps.contains(DemoStep::WorkspaceUsed));
    QCOMPARE(second.steps.count(DemoStep::KeyCreated), 0);
    QCOMPARE(second.steps.count(DemoStep::KeyAssigned), 0);
    QCOMPARE(auditCount(**catalog, QStringLiteral("assign")), 3);
    QCOMPARE(again->jobs.at(0).processed, 0); // everything was sealed already
}

void TestDemoService::refusesAForeignWorkspace()
{
    QTemporaryDir dir;
    secrets::MemorySecretStore secrets;
    Context context(dir.path(), secrets, nullptr);
    CreateWorkspaceRequest mine;
    mine.name = QStringLiteral("demo");
    QVERIFY(WorkspaceService(context).create(mine).ok());
    StepRecorder steps;
    auto refused = DemoService(context).run({}, &steps);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(refused.error().reason, Reason::DemoWorkspaceForeign);
    // Refused before anything was made: no vault, no key, no assignment.
    QCOMPARE(context.registry().find(DemoService::vaultName()).error().code, ErrorCode::NotFound);
    QCOMPARE(steps.steps, QList<DemoStep>{DemoStep::DataDirectory});
    QVERIFY(WorkspaceService(context).details(QStringLiteral("demo"))->assignments.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoService)
#include "tst_demoservice.moc"
