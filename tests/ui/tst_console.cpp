// TestConsole: the console on a real catalog (temp data directory, in-memory keychain), offscreen: the empty
// state, the demo workspace made from it without blocking the window, a workspace another front end made
// showing up, and a refused setting change saying why while the catalog stays as it was.
#include "FindingsModel.h"
#include "HistoryModel.h"
#include "ImportDialog.h"
#include "JobsModel.h"
#include "MainWindow.h"
#include "MatrixModel.h"
#include "PassphraseDialog.h"
#include "RetireDialog.h"
#include "RotateDialog.h"
#include "RotationTimeline.h"
#include "Settings.h"
#include "WorkspaceListModel.h"
#include "demo/DemoService.h"
#include "jobs/RetireJob.h"
#include "services/AssignmentService.h"
#include "services/HistoryService.h"
#include "services/StoreService.h"

#include "TestSupport.h"
#include "services/WorkspaceService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyward;
using keyward::ui::MainWindow;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// On the indicator, where a click toggles a radio button whatever its width.
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStateThenDemo();
    void otherFrontEndsShowUp();
    void jobsFromTheToolbar();
    void importsAFolder();
    void remembersWorkspaceAndView();
    void unlocksAPassphraseVault();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<services::Context> m_context;
    MainWindow *m_window = nullptr;
};

void TestConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_context = std::make_unique<services::Context>(m_dir->path(), *m_secrets, nullptr);
    m_window = new MainWindow(*m_context);
    services::DemoRequest small;
    small.objects = 40;
    small.sizeMiB = 1;
    m_window->setDemoRequest(small);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestConsole::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_context.reset();
}

void TestConsole::emptyStateThenDemo()
{
    auto *pages = m_window->centralWidget();
    auto *empty = child<QWidget>(m_window, "emptyState");
    auto *list = child<ui::WorkspaceListModel>(m_window, "workspaceListModel");
    QVERIFY(pages && empty && list);
    QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(empty->isVisible());
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(!child<QListView>(m_window, "workspaceList")->accessibleName().isEmpty());

    auto *create = child<QPushButton>(m_window, "createDemoButton");
    QVERIFY(create);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(!create->isEnabled());
    QVERIFY(child<QWidget>(m_window, "demoProgress")->isVisible());
    // The demo runs on a worker; the window's event loop turns meanwhile (QTRY processes events).
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 120000);
    QVERIFY(!empty->isVisible());
    QCOMPARE(list->data(list->index(0), ui::WorkspaceListModel::NameRole).toString(), QStringLiteral("demo"));
    QCOMPARE(list->data(list->index(0), ui::WorkspaceListModel::KeyedFeaturesRole).toInt(), 3);
    // The matrix is the demo's real one: its keys, from the catalog.
    auto *matrix = child<ui::MatrixModel>(m_window, "matrixModel");
    QCOMPARE(matrix->workspace().name(), QStringLiteral("demo"));
    QVERIFY(matrix->workspace().keyFor(model::Feature::DbfsRoot).has_value());

    // Standard is refused (keys are assigned); the panel says why and the catalog keeps Premium.
    clickButton(child<QRadioButton>(m_window, "planStandardRadio"));
    QVERIFY(child<QLabel>(m_window, "settingsRefusal")->isVisible());
    auto details = services::WorkspaceService(*m_context).details(QStringLiteral("demo"));
    QCOMPARE(details->record.workspace.plan(), model::Plan::Premium);
}

void TestConsole::otherFrontEndsShowUp()
{
    auto *list = child<ui::WorkspaceListModel>(m_window, "workspaceListModel");
    QCOMPARE(list->rowCount(), 0);
    // As keywardctl would: its own context on the same data directory.
    secrets::MemorySecretStore otherSecrets;
    services::Context cli(m_dir->path(), otherSecrets, nullptr);
    services::CreateWorkspaceRequest request;
    request.name = QStringLiteral("made-elsewhere");
    QVERIFY(services::WorkspaceService(cli).create(request).ok());
    m_window->reload(); // what activating the window does
    QCOMPARE(list->rowCount(), 1);
    QVERIFY(m_window->selectWorkspace(QStringLiteral("made-elsewhere")));
    QCOMPARE(child<ui::MatrixModel>(m_window, "matrixModel")->workspace().name(), QStringLiteral("made-elsewhere"));
    QVERIFY(!m_window->selectWorkspace(QStringLiteral("nowhere")));

    // A plan change made here is a real change, audited, and the CLI's context sees it.
    clickButton(child<QRadioButton>(m_window, "planStandardRadio"));
    auto seen = services::WorkspaceService(cli).details(QStringLiteral("made-elsewhere"));
    QCOMPARE(seen->record.workspace.plan(), model::Plan::Standard);
}

void TestConsole::jobsFromTheToolbar()
{
    auto *list = child<ui::WorkspaceListModel>(m_window, "workspaceListModel");
    auto *verify = child<QAction>(m_window, "actionVerify");
    auto *rotate = child<QAction>(m_window, "actionRotate");
    auto *runner = child<jobs::JobRunner>(m_window, "jobRunner");
    QVERIFY(verify && rotate && runner);
    QVERIFY(!verify->isEnabled()); // no workspace yet
    QTest::mouseClick(child<QPushButton>(m_window, "createDemoButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 1, 120000);
    QVERIFY(verify->isEnabled());

    auto catalog = m_context->catalog();
    QVERIFY(catalog.ok());
    const qsizetype historyBefore = (*catalog)->history()->size();
    QSignalSpy finished(runner, &jobs::JobRunner::finished);
    verify->trigger();
    QVERIFY(!rotate->isEnabled()); // one job at a time
    QVERIFY(finished.wait(60000));
    auto report = finished.takeFirst().at(0).value<jobs::JobReport>();
    QCOMPARE(report.kind, jobs::JobKind::Verify);
    QCOMPARE(report.state, catalog::JobState::Done);
    QVERIFY(report.findings.isEmpty());
    QVERIFY(!m_window->jobStatus().isEmpty());
    QVERIFY(rotate->isEnabled());

    // The Jobs view lists the jobs of the workspace, newest first; findings stream into their table.
    auto *jobsModel = child<ui::JobsModel>(m_window, "jobsModel");
    auto *findings = child<ui::FindingsModel>(m_window, "findingsModel");
    QVERIFY(jobsModel && findings);
    QAbstractItemModelTester jobsTester(jobsModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(jobsModel->jobs().first().kind, QStringLiteral("verify"));
    QCOMPARE(jobsModel->jobs().first().state, catalog::JobState::Done);
    QCOMPARE(findings->rowCount(), 0);
    const QString notebooks = m_dir->filePath(QStringLiteral("workspaces/demo/control-plane/notebooks"));
    QFile stray(notebooks + QStringLiteral("/stray.py"));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("print('left in the clear')\n");
    stray.close();
    QSignalSpy found(runner, &jobs::JobRunner::finding);
    verify->trigger();
    QVERIFY(finished.wait(60000));
    report = finished.takeFirst().at(0).value<jobs::JobReport>();
    QVERIFY(!report.findings.isEmpty());
    QVERIFY(!found.isEmpty());
    QCOMPARE(findings->rowCount(), report.findings.size());
    QVERIFY(QFile::remove(stray.fileName()));

    // Rotate now: first what will happen (three features, their feature keys re-wrapped, no object touched),
    // then the rotation and a verification after it; the history gains its rows.
    rotate->trigger();
    auto *preview = m_window->findChild<ui::RotateDialog *>();
    QVERIFY(preview && preview->isVisible());
    QCOMPARE(preview->preview().steps.size(), 3);
    QCOMPARE(preview->preview().objectsReencrypted, 0);
    QCOMPARE(preview->preview().newVersions, 3);
    QCOMPARE(preview->preview().wrapCalls, 3);
    QVERIFY(!preview->callsText().isEmpty());
    QTest::mouseClick(child<QPushButton>(preview, "rotateConfirmButton"), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    report = finished.takeFirst().at(0).value<jobs::JobReport>();
    QCOMPARE(report.kind, jobs::JobKind::Rotate);
    QCOMPARE(report.state, catalog::JobState::Done);
    QVERIFY(report.rotate.has_value());
    QCOMPARE(report.rotate->rotated.size(), 3);
    QCOMPARE((*catalog)->history()->size(), historyBefore + 3);
    QVERIFY(finished.wait(60000));
    report = finished.takeFirst().at(0).value<jobs::JobReport>();
    QCOMPARE(report.kind, jobs::JobKind::Verify);
    QCOMPARE(report.state, catalog::JobState::Done);
    QVERIFY(report.findings.isEmpty());

    // The History view has the new rows, newest first, its timeline one lane per key, and the chain intact.
    auto *history = child<ui::HistoryModel>(m_window, "historyModel");
    QVERIFY(history);
    QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history->rowCount(), int(historyBefore) + 3);
    QCOMPARE(history->entries().first().action, QStringLiteral("rotate"));
    QCOMPARE(child<ui::RotationTimeline>(m_window, "rotationTimeline")->lanes().size(), 3);
    QVERIFY(!child<QLabel>(m_window, "chainState")->text().isEmpty());
    QVERIFY(services::HistoryService(*m_context).verify()->intact);

    // Retire old version: each gate shown; the hold period keeps it closed until it is set to none.
    const auto rotated =
        std::find_if(history->entries().cbegin(), history->entries().cend(),
                     [](const catalog::HistoryEntry &e) { return e.feature == QLatin1String("dbfs-root"); });
    QVERIFY(rotated != history->entries().cend());
    const QString retired = rotated->oldVersion; // the model's rows are read again after each job
    child<QAction>(m_window, "actionRetire")->trigger();
    auto *retire = m_window->findChild<ui::RetireDialog *>();
    QVERIFY(retire && retire->isVisible());
    QVERIFY(retire->choose(model::Feature::DbfsRoot, retired));
    QVERIFY(retire->check().has_value());
    const jobs::RetireGates &gates = retire->check()->gates;
    QVERIFY(gates.isOpen(jobs::FindingKind::FkUnderVersion));
    QVERIFY(gates.isOpen(jobs::FindingKind::AssignedVersion));
    QVERIFY(gates.isOpen(jobs::FindingKind::NoRotation));
    QVERIFY(gates.isOpen(jobs::FindingKind::NotVerified));
    QVERIFY(!gates.isOpen(jobs::FindingKind::HoldPeriod));
    auto *confirm = child<QPushButton>(retire, "retireConfirmButton");
    QVERIFY(!confirm->isEnabled());
    // The hold period takes what the CLI's --hold-hours takes: 0 to 90 days, in hours.
    QCOMPARE(child<QSpinBox>(retire, "retireHoldHours")->maximum(), int(jobs::RetireJob::MaxHoldSeconds / 3600));
    QCOMPARE(child<QSpinBox>(retire, "retireHoldHours")->minimum(), 0);
    child<QSpinBox>(retire, "retireHoldHours")->setValue(0);
    QVERIFY(retire->check()->gates.allOpen());
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    report = finished.takeFirst().at(0).value<jobs::JobReport>();
    QCOMPARE(report.kind, jobs::JobKind::Retire);
    QCOMPARE(report.state, catalog::JobState::Done);
    auto vault = m_context->stores().store(services::DemoService::vaultName());
    QVERIFY(vault.ok());
    QVERIFY(!(*vault)->keyVersion(QStringLiteral("demo-dbfs-root"), retired)->enabled);
}

void TestConsole::importsAFolder()
{
    services::CreateWorkspaceRequest request;
    request.name = QStringLiteral("lab");
    QVERIFY(services::WorkspaceService(*m_context).create(request).ok());
    m_window->reload();
    QTemporaryDir source;
    QVERIFY(QDir(source.path()).mkpath(QStringLiteral("sales")));
    for (const char *name : {"a.csv", "sales/b.csv"}) {
        QFile f(source.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,amount\n1,2\n");
    }
    child<QAction>(m_window, "actionImport")->trigger();
    auto *dialog = m_window->findChild<ui::ImportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *ok = child<QPushButton>(dialog, "importConfirmButton");
    QVERIFY(!ok->isEnabled()); // no folder yet
    dialog->setFolder(source.path());
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->request().area, QStringLiteral("root"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QAction>(m_window, "actionEncrypt")->isEnabled(), 30000);
    const QString landed = m_dir->filePath(QStringLiteral("workspaces/lab/root/FileStore/sales/b.csv"));
    QVERIFY2(QFileInfo::exists(landed), qPrintable(m_window->jobStatus()));
    QVERIFY(m_window->jobStatus().contains(QLatin1String("2")));
}

void TestConsole::remembersWorkspaceAndView()
{
    for (const char *name : {"alpha", "beta"}) {
        services::CreateWorkspaceRequest request;
        request.name = QLatin1String(name);
        QVERIFY(services::WorkspaceService(*m_context).create(request).ok());
    }
    const QString ini = m_dir->filePath(QStringLiteral("keyward.ini"));
    {
        ui::Settings settings(ini);
        MainWindow first(*m_context);
        first.setSettings(&settings);
        QVERIFY(first.selectWorkspace(QStringLiteral("beta")));
        QVERIFY(first.showView(QStringLiteral("history")));
        first.close();
    }
    // Nothing secret is kept: only window state, a workspace name and a view.
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray kept = file.readAll();
    QVERIFY(kept.contains("beta") && kept.contains("history"));

    ui::Settings settings(ini);
    MainWindow second(*m_context);
    second.setSettings(&settings);
    QCOMPARE(child<ui::MatrixModel>(&second, "matrixModel")->workspace().name(), QStringLiteral("beta"));
    QCOMPARE(child<QTabWidget>(&second, "views")->currentIndex(), 3); // coverage, keys, jobs, history
}

void TestConsole::unlocksAPassphraseVault()
{
    const QByteArray passphrase("correct horse battery staple");
    {
        // Made as keywardctl would, with the passphrase given there.
        test::ScriptedPrompt scripted;
        for (int i = 0; i < 4; ++i)
            scripted.answer(passphrase);
        services::Context cli(m_dir->path(), *m_secrets, &scripted);
        services::AddLocalStoreRequest store;
        store.name = QStringLiteral("pv");
        store.protection = keystore::VaultOptions::Protection::Passphrase;
        QVERIFY(services::StoreService(cli).addLocal(store).ok());
        auto vault = cli.stores().store(QStringLiteral("pv"));
        QVERIFY(vault.ok());
        QVERIFY((*vault)->createKey({QStringLiteral("k"), keystore::KeyKind::Aes, 256}).ok());
        services::CreateWorkspaceRequest ws;
        ws.name = QStringLiteral("locked");
        QVERIFY(services::WorkspaceService(cli).create(ws).ok());
        services::AssignRequest assign;
        assign.workspace = ws.name;
        assign.feature = model::Feature::ManagedServices;
        assign.store = store.name;
        assign.key = QStringLiteral("k");
        QVERIFY(services::AssignmentService(cli).assign(assign).ok());
    }
    // One notebook to seal, so the job needs the vault's key.
    const QString notebooks = m_dir->filePath(QStringLiteral("workspaces/locked/control-plane/notebooks"));
    QVERIFY(QDir().mkpath(notebooks));
    QFile notebook(notebooks + QStringLiteral("/etl.py"));
    QVERIFY(notebook.open(QIODevice::WriteOnly));
    notebook.write("print('hello')\n");
    notebook.close();

    ui::DialogSecretPrompt prompt;
    services::Context context(m_dir->path(), *m_secrets, &prompt);
    MainWindow window(context);
    prompt.setParentWidget(&window);
    window.show();
    QVERIFY(window.selectWorkspace(QStringLiteral("locked")));

    // The dialog: a wrong passphrase first, then the right one; the second dialog says the first was wrong.
    QList<QByteArray> answers{"not the passphrase", passphrase};
    QList<bool> saidWrong;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ui::PassphraseDialog *>(QApplication::activeModalWidget());
        if (!dialog || answers.isEmpty())
            return;
        saidWrong << child<QLabel>(dialog, "passphraseProblem")->isVisible();
        QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(answers.takeFirst()));
        dialog->accept();
    });
    answerer.start(50);
    auto *runner = child<jobs::JobRunner>(&window, "jobRunner");
    QSignalSpy finished(runner, &jobs::JobRunner::finished);
    child<QAction>(&window, "actionEncrypt")->trigger();
    QVERIFY(finished.wait(30000));
    answerer.stop();
    QCOMPARE(saidWrong, (QList<bool>{false, true}));
    const auto report = finished.takeFirst().at(0).value<jobs::JobReport>();
    QCOMPARE(report.state, catalog::JobState::Done);
    QCOMPARE(report.processed, 1);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
