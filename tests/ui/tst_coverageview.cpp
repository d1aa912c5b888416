// TestCoverageView: the console's Coverage view on a real catalog, local vaults and object store (temp data
// directory, in-memory keychain), offscreen: cell states measured from the keys and the last jobs without ever
// prompting, the objects behind a cell by keyboard and mouse, and every refusal of `workspace set` shown next to the
// control that asked for it.
#include "CoverageController.h"
#include "LegendWidget.h"
#include "MainWindow.h"
#include "MatrixModel.h"
#include "MatrixView.h"
#include "ObjectsDialog.h"
#include "ObjectsModel.h"
#include "WorkspacePanel.h"
#include "jobs/EncryptJob.h"
#include "jobs/VerifyJob.h"
#include "model/DataTypeCatalogue.h"
#include "services/AssignmentService.h"
#include "services/Messages.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QBoxLayout>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(keyward::Reason)

using namespace keyward;
using keyward::model::CellState;
using keyward::model::Feature;
using keyward::ui::MainWindow;
using keyward::ui::MatrixModel;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// On the indicator, where a click toggles a radio button or a check box whatever its width.
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

const QString Ws = QStringLiteral("lab");

} // namespace

class TestCoverageView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void measuredStates();
    void lockedStoreIsNotAsked();
    void objectsBehindACell();
    void refusalsNextToTheirControl_data();
    void refusalsNextToTheirControl();
    void allowedChangeClearsTheRefusal();

private:
    void addVault(services::Context &context, const QString &store, keystore::VaultOptions::Protection protection);
    void assign(services::Context &context, Feature feature, const QString &store, const QString &key,
                const QString &version = {}, bool followLatest = false);
    void writeObject(const QString &path, const QByteArray &bytes);
    void runJob(services::Context &context, jobs::JobKind kind);
    // Opens the console on the lab workspace and waits for its first measurement.
    void openWindow();
    // Makes the window read the catalog again (what activating it does) and waits for the new measurement.
    void remeasure();
    QModelIndex cell(const char *dataTypeId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<test::ScriptedPrompt> m_prompt; // never answers: the view must never ask
    std::unique_ptr<services::Context> m_context;
    MainWindow *m_window = nullptr;
    MatrixModel *m_model = nullptr;
    ui::CoverageController *m_coverage = nullptr;
};

void TestCoverageView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_prompt = std::make_unique<test::ScriptedPrompt>();
    m_context = std::make_unique<services::Context>(m_dir->path(), *m_secrets, m_prompt.get());
    services::CreateWorkspaceRequest request;
    request.name = Ws;
    QVERIFY(services::WorkspaceService(*m_context).create(request).ok());
}

void TestCoverageView::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_model = nullptr;
    m_coverage = nullptr;
    m_context.reset();
    m_prompt.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestCoverageView::addVault(services::Context &context, const QString &store,
                                keystore::VaultOptions::Protection protection)
{
    services::AddLocalStoreRequest request;
    request.name = store;
    request.protection = protection;
    auto added = services::StoreService(context).addLocal(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
    auto vault = context.stores().store(store);
    QVERIFY(vault.ok());
    for (const char *key : {"ms-key", "dbfs-key", "disk-key"})
        QVERIFY((*vault)->createKey({QLatin1String(key), keystore::KeyKind::Aes, 256}).ok());
}

void TestCoverageView::assign(services::Context &context, Feature feature, const QString &store, const QString &key,
                              const QString &version, bool followLatest)
{
    services::AssignRequest r;
    r.workspace = Ws;
    r.feature = feature;
    r.store = store;
    r.key = key;
    r.version = version;
    r.followLatest = followLatest;
    auto assigned = services::AssignmentService(context).assign(r);
    QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().detail));
}

void TestCoverageView::writeObject(const QString &path, const QByteArray &bytes)
{
    const QString file = m_dir->filePath(QStringLiteral("workspaces/lab/") + path);
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestCoverageView::runJob(services::Context &context, jobs::JobKind kind)
{
    jobs::JobSettings settings;
    settings.catalogPath = context.catalogPath();
    settings.workspace = Ws;
    std::unique_ptr<jobs::Job> job;
    if (kind == jobs::JobKind::Encrypt)
        job = std::make_unique<jobs::EncryptJob>(settings, context.stores());
    else
        job = std::make_unique<jobs::VerifyJob>(settings, context.stores(), 0);
    QCOMPARE(job->run().state, catalog::JobState::Done);
}

void TestCoverageView::openWindow()
{
    m_window = new MainWindow(*m_context);
    m_window->resize(1640, 940);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_model = child<MatrixModel>(m_window, "matrixModel");
    m_coverage = child<ui::CoverageController>(m_window, "coverageController");
    QVERIFY(m_model && m_coverage);
    QVERIFY(m_window->selectWorkspace(Ws));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isMeasured(), 20000);
    QTRY_VERIFY(!m_coverage->isMeasuring());
}

void TestCoverageView::remeasure()
{
    QSignalSpy measured(m_coverage, &ui::CoverageController::measured);
    m_window->reload();
    QVERIFY(measured.wait(20000));
    QVERIFY(m_coverage->lastError().isEmpty());
}

QModelIndex TestCoverageView::cell(const char *dataTypeId) const
{
    const model::DataType *type = model::DataTypeCatalogue::find(QLatin1String(dataTypeId));
    return m_model->index(m_model->rowOfDataType(QLatin1String(dataTypeId)), MatrixModel::columnOf(type->feature));
}

// Each cell's state follows the keys and the last jobs, with its key in short; the legend lists the measured states.
void TestCoverageView::measuredStates()
{
    addVault(*m_context, QStringLiteral("va"), keystore::VaultOptions::Protection::Keychain);
    assign(*m_context, Feature::ManagedServices, QStringLiteral("va"), QStringLiteral("ms-key"));
    writeObject(QStringLiteral("control-plane/notebooks/a.py"), "print(1)\n");
    openWindow();

    const auto stateOf = [&](const char *id) { return CellState(cell(id).data(MatrixModel::StateRole).toInt()); };
    // Assigned, never verified.
    QCOMPARE(stateOf("notebook-source"), CellState::NotVerified);
    QCOMPARE(stateOf("ai-bi-dashboards"), CellState::NotVerified);
    QCOMPARE(stateOf("job-results"), CellState::NoKeyAssigned);
    QCOMPARE(stateOf("serverless-disks"), CellState::PlatformKeyOnly);
    QVERIFY(cell("notebook-source").data(MatrixModel::KeyTextRole).toString().startsWith(QLatin1String("ms-key")));
    QVERIFY(cell("notebook-source").data(MatrixModel::MeasuredRole).toBool());

    auto *legend = child<ui::LegendWidget>(m_window, "matrixLegend");
    QVERIFY(legend->isMeasured());
    QCOMPARE(legend->entryCount(), int(model::measuredCellStates().size()) + 2);
    for (model::CellState s : model::measuredCellStates()) {
        auto *entry = legend->findChild<QLabel *>(QStringLiteral("legend_") + model::cellStateId(s));
        QVERIFY2(entry && entry->isVisible() && !entry->accessibleName().isEmpty(), qPrintable(model::cellStateId(s)));
        QVERIFY(!entry->toolTip().isEmpty());
    }
    // The status line counts the states.
    QVERIFY(child<QLabel>(m_window, "statusSummary")
                ->text()
                .contains(QStringLiteral("%1: 7").arg(model::cellStateDisplayName(CellState::NotVerified))));

    // Encrypted and verified: protected and verified.
    runJob(*m_context, jobs::JobKind::Encrypt);
    runJob(*m_context, jobs::JobKind::Verify);
    remeasure();
    QCOMPARE(stateOf("notebook-source"), CellState::Verified);
    QCOMPARE(stateOf("vector-search"), CellState::Verified);

    // A plaintext object found by the next verification.
    writeObject(QStringLiteral("control-plane/notebooks/b.py"), "print(2)\n");
    runJob(*m_context, jobs::JobKind::Verify);
    remeasure();
    QCOMPARE(stateOf("notebook-source"), CellState::PlaintextFound);
    QCOMPARE(stateOf("secrets"), CellState::Verified);

    // The key version disabled in its store: every cell of the feature says so, by name.
    auto vault = m_context->stores().store(QStringLiteral("va"));
    QVERIFY(vault.ok());
    const QString version = m_model->facts()->keys.at(Feature::ManagedServices).version;
    QVERIFY((*vault)->setVersionEnabled(QStringLiteral("ms-key"), version, false).ok());
    remeasure();
    QCOMPARE(stateOf("secrets"), CellState::KeyUnusable);
    const int secrets = int(model::DataTypeCatalogue::find(u"secrets") - model::DataTypeCatalogue::all().constData());
    QCOMPARE(cell("secrets").data().toString(), m_model->cells().at(secrets).label());
    QVERIFY(cell("secrets")
                .data(Qt::ToolTipRole)
                .toString()
                .contains(model::cellStateDescription(CellState::KeyUnusable).toHtmlEscaped()));
    QVERIFY(m_prompt->asked.isEmpty());
}

// A vault under a passphrase that nothing has unlocked: the refresh does not ask; its key is "not checked".
void TestCoverageView::lockedStoreIsNotAsked()
{
    const QByteArray passphrase("correct horse battery staple");
    {
        test::ScriptedPrompt scripted;
        for (int i = 0; i < 4; ++i)
            scripted.answer(passphrase);
        services::Context cli(m_dir->path(), *m_secrets, &scripted);
        addVault(cli, QStringLiteral("pv"), keystore::VaultOptions::Protection::Passphrase);
        assign(cli, Feature::ManagedServices, QStringLiteral("pv"), QStringLiteral("ms-key"));
        writeObject(QStringLiteral("control-plane/secrets/s.json"), "{}\n");
        runJob(cli, jobs::JobKind::Encrypt);
        runJob(cli, jobs::JobKind::Verify);
    }
    openWindow();
    QCOMPARE(cell("secrets").data(MatrixModel::StateRole).toInt(), int(CellState::KeyNotChecked));
    QCOMPARE(m_model->facts()->keys.at(Feature::ManagedServices).check, model::KeyCheck::StoreLocked);
    QVERIFY(m_prompt->asked.isEmpty());
    remeasure(); // and again on every refresh
    QVERIFY(m_prompt->asked.isEmpty());
}

// Enter or a double-click on a cell opens the objects of its data type, each with its state, read on a worker.
void TestCoverageView::objectsBehindACell()
{
    addVault(*m_context, QStringLiteral("va"), keystore::VaultOptions::Protection::Keychain);
    assign(*m_context, Feature::ManagedServices, QStringLiteral("va"), QStringLiteral("ms-key"));
    writeObject(QStringLiteral("control-plane/notebooks/a.py"), "print(1)\n");
    writeObject(QStringLiteral("control-plane/notebooks/b.py"), "print(2)\n");
    runJob(*m_context, jobs::JobKind::Encrypt);
    writeObject(QStringLiteral("control-plane/notebooks/c.py"), "print(3)\n");
    runJob(*m_context, jobs::JobKind::Verify);
    openWindow();

    auto *view = child<ui::MatrixView>(m_window, "matrixView");
    const QModelIndex notebooks = cell("notebook-source");
    view->setFocus();
    view->setCurrentIndex(notebooks);
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<ui::ObjectsDialog> dialog = m_window->findChild<ui::ObjectsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->accessibleName().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    QVERIFY(dialog->error().isEmpty());
    ui::ObjectsModel *objects = dialog->objectsModel();
    QAbstractItemModelTester tester(objects, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(objects->rowCount(), 3);
    QCOMPARE(objects->count(services::WorkspaceObject::Seal::Sealed), 2);
    QCOMPARE(objects->count(services::WorkspaceObject::Seal::Plaintext), 1);
    const QModelIndex plain = objects->index(2, ui::ObjectsModel::SealColumn);
    QCOMPARE(plain.data(ui::ObjectsModel::SealRole).toInt(), int(services::WorkspaceObject::Seal::Plaintext));
    QCOMPARE(plain.data().toString(), ui::ObjectsModel::sealText(objects->objects().at(2)));
    QVERIFY(!plain.data(Qt::DecorationRole).isNull()); // state by icon and text
    QCOMPARE(objects->index(2, ui::ObjectsModel::VerifyColumn).data().toString(),
             ui::ObjectsModel::verifyText(QStringLiteral("plaintext")));
    QCOMPARE(objects->index(0, ui::ObjectsModel::SizeColumn).data(ui::ObjectsModel::SizeBytesRole).toLongLong(),
             objects->objects().at(0).size);
    auto *table = child<QTableView>(dialog, "objectsView");
    QVERIFY(table && !table->accessibleName().isEmpty());
    QVERIFY(table->hasFocus() || dialog->focusWidget() == table);
    QVERIFY(!child<QLabel>(dialog, "objectsStatus")->text().isEmpty());
    QCOMPARE(child<QLabel>(dialog, "objectsState")->accessibleName(), m_model->cells().at(0).label());
    // Escape closes it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    // A double-click on another row's cell opens that type's objects: none here.
    const QModelIndex vectors = cell("vector-search");
    const QPoint at = view->visualRect(vectors).center();
    QVERIFY(view->viewport()->rect().contains(at));
    // A double-click arrives as a press and release, then the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    dialog = m_window->findChild<ui::ObjectsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    QCOMPARE(dialog->objectsModel()->rowCount(), 0);
    dialog->close();
    QTRY_VERIFY(!dialog);

    // A location heading is no data type: nothing opens.
    view->setCurrentIndex(m_model->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!m_window->findChild<ui::ObjectsDialog *>());
}

void TestCoverageView::refusalsNextToTheirControl_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("control");
    QTest::addColumn<Reason>("reason");
    QTest::newRow("standard with keys") << QStringLiteral("keys") << QStringLiteral("planStandardRadio")
                                        << Reason::StandardPlanHasKeys;
    QTest::newRow("double encryption after creation")
        << QString() << QStringLiteral("optionDoubleEncryption") << Reason::DoubleEncryptionFixed;
    QTest::newRow("rotation against pinned disks")
        << QStringLiteral("pinned") << QStringLiteral("optionRotateToLatest") << Reason::DisksPinnedNotFollowing;
    QTest::newRow("pinning against following disks")
        << QStringLiteral("following") << QStringLiteral("optionRotateToLatest") << Reason::DisksFollowingNotPinned;
}

// Each refusal of `keywardctl workspace set` shows, with its reason, right under the control that asked for it; the
// catalog keeps the workspace as it was.
void TestCoverageView::refusalsNextToTheirControl()
{
    QFETCH(QString, setup);
    QFETCH(QString, control);
    QFETCH(Reason, reason);
    addVault(*m_context, QStringLiteral("va"), keystore::VaultOptions::Protection::Keychain);
    if (setup == QLatin1String("keys")) {
        assign(*m_context, Feature::ManagedServices, QStringLiteral("va"), QStringLiteral("ms-key"));
    } else if (setup == QLatin1String("pinned")) {
        auto vault = m_context->stores().store(QStringLiteral("va"));
        auto newest = (*vault)->keyVersion(QStringLiteral("disk-key"));
        QVERIFY(newest.ok());
        assign(*m_context, Feature::ManagedDisks, QStringLiteral("va"), QStringLiteral("disk-key"), newest->version);
    } else if (setup == QLatin1String("following")) {
        assign(*m_context, Feature::ManagedDisks, QStringLiteral("va"), QStringLiteral("disk-key"), {}, true);
    }
    const auto before = services::WorkspaceService(*m_context).details(Ws);
    QVERIFY(before.ok());
    openWindow();

    auto *panel = child<ui::WorkspacePanel>(m_window, "workspacePanel");
    auto *button = child<QAbstractButton>(m_window, qPrintable(control));
    auto *refusal = child<QLabel>(m_window, "settingsRefusal");
    QVERIFY(panel && button && refusal);
    QVERIFY(!refusal->isVisible());
    const bool wasChecked = button->isChecked();
    clickButton(button);

    // Refused, with the reason the CLI gives for the same change.
    QVERIFY(panel->refusal().has_value());
    QCOMPARE(panel->refusal()->reason, reason);
    services::WorkspaceChangeRequest request;
    request.name = Ws;
    request.plan = panel->workspace().plan();
    for (model::WorkspaceOption o : model::allWorkspaceOptions())
        request.options << qMakePair(o, panel->workspace().options().isSet(o));
    if (control == QLatin1String("planStandardRadio")) {
        request.plan = model::Plan::Standard;
    } else {
        const model::WorkspaceOption toggled = control == QLatin1String("optionDoubleEncryption")
                                                   ? model::WorkspaceOption::DbfsDoubleEncryption
                                                   : model::WorkspaceOption::ManagedDiskRotateToLatest;
        for (auto &option : request.options) {
            if (option.first == toggled)
                option.second = !option.second;
        }
    }
    services::Context cli(m_dir->path(), *m_secrets, nullptr);
    auto refused = services::WorkspaceService(cli).change(request);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().reason, panel->refusal()->reason);
    QCOMPARE(refused.error().args, panel->refusal()->args);

    // Shown in words right under the control, in its group box, and read with the control by a screen reader.
    QVERIFY(refusal->isVisible());
    QVERIFY(refusal->text().contains(services::Messages::full(*panel->refusal())));
    QCOMPARE(refusal->parentWidget(), button->parentWidget());
    auto *box = qobject_cast<QBoxLayout *>(button->parentWidget()->layout());
    QVERIFY(box);
    QCOMPARE(box->indexOf(refusal), box->indexOf(button) + 1);
    QCOMPARE(panel->refusedControl(), button);
    QCOMPARE(button->accessibleDescription(), refusal->text());
    // The control is back where the workspace is, and so is the catalog.
    QCOMPARE(button->isChecked(), wasChecked);
    const auto after = services::WorkspaceService(*m_context).details(Ws);
    QCOMPARE(after->record.workspace, before->record.workspace);
    QVERIFY(!child<QWidget>(m_window, "errorDialog")); // no dialog: the words are next to the control
}

void TestCoverageView::allowedChangeClearsTheRefusal()
{
    openWindow();
    auto *refusal = child<QLabel>(m_window, "settingsRefusal");
    auto *doubleBox = child<QCheckBox>(m_window, "optionDoubleEncryption");
    clickButton(doubleBox);
    QVERIFY(refusal->isVisible());
    QVERIFY(!doubleBox->accessibleDescription().isEmpty());
    // An allowed change goes through the services: the catalog has it, the refusal is gone.
    clickButton(child<QCheckBox>(m_window, "optionNotebookResults"));
    QVERIFY(!refusal->isVisible());
    QVERIFY(doubleBox->accessibleDescription().isEmpty());
    QVERIFY(services::WorkspaceService(*m_context)
                .details(Ws)
                ->record.workspace.options()
                .notebookResultsInCustomerStorage);
    QVERIFY(m_model->workspace().options().notebookResultsInCustomerStorage);
}

QTEST_MAIN(TestCoverageView)
#include "tst_coverageview.moc"
