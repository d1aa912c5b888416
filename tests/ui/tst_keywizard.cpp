// TestKeyWizard: the key wizard of the console, offscreen, on a real catalog and local vault in a temp data
// directory: from the window's action to a key made and assigned that keywardctl (another process) sees; input
// refused on its own page with the reason beside the field; a Standard-plan workspace stopped at the check list;
// an existing key assigned; and the encrypt job the last page offers.
#include "CheckListModel.h"
#include "KeyWizard.h"
#include "MainWindow.h"
#include "services/AssignmentService.h"
#include "services/KeyService.h"
#include "services/Messages.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"
#include "wizard/KeyWizardPreflightPage.h"

#include "KeyVaultTestServer.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace keyward;
using keyward::ui::CheckListModel;
using keyward::ui::KeyWizard;
using keyward::ui::KeyWizardPreflightPage;
using keyward::ui::MainWindow;
using model::Feature;
using services::CheckId;
using services::CheckState;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

const QByteArray Passphrase("wizard test passphrase 42");

} // namespace

class TestKeyWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newKeyFromTheWindowToKeywardctl();
    void invalidInputRefusedOnItsPage();
    void standardPlanStopsAtTheCheckList();
    void existingKey();
    void azureKeyVaultKey();
    void encryptAtOnce();
    void firstVaultFromTheWizardAndNamedFields();

private:
    void createWorkspace(const QString &name, model::Plan plan);
    void addVault(const QString &name, keystore::VaultOptions::Protection protection);
    KeyWizard *openWizard(const char *action);
    // Walks from the workspace page to the check list with a new key named `key`.
    void walkToPreflight(KeyWizard *wizard, const QString &key, int bits);
    KeyWizardPreflightPage *preflight(KeyWizard *wizard);
    test::CtlRun ctl(QStringList args);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<test::ScriptedPrompt> m_prompt;
    std::unique_ptr<services::Context> m_context;
    MainWindow *m_window = nullptr;
    QString m_passFile;
};

void TestKeyWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_prompt = std::make_unique<test::ScriptedPrompt>();
    // A passphrase vault asks once when it is made and once when it is opened; keywardctl reads it from a file.
    for (int i = 0; i < 4; ++i)
        m_prompt->answer(Passphrase);
    m_passFile = m_dir->filePath(QStringLiteral("pass.txt"));
    test::writeFile(m_passFile, Passphrase + '\n');
    m_context =
        std::make_unique<services::Context>(m_dir->filePath(QStringLiteral("data")), *m_secrets, m_prompt.get());
    createWorkspace(QStringLiteral("prod"), model::Plan::Premium);
    m_window = new MainWindow(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->selectWorkspace(QStringLiteral("prod")));
}

void TestKeyWizard::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_context.reset();
}

void TestKeyWizard::createWorkspace(const QString &name, model::Plan plan)
{
    services::CreateWorkspaceRequest request;
    request.name = name;
    request.plan = plan;
    auto made = services::WorkspaceService(*m_context).create(request);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().detail));
    if (m_window)
        m_window->reload();
}

void TestKeyWizard::addVault(const QString &name, keystore::VaultOptions::Protection protection)
{
    services::AddLocalStoreRequest request;
    request.name = name;
    request.protection = protection;
    auto added = services::StoreService(*m_context).addLocal(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
}

KeyWizard *TestKeyWizard::openWizard(const char *action)
{
    auto *a = child<QAction>(m_window, action);
    if (!a)
        return nullptr;
    a->trigger();
    auto *wizard = child<KeyWizard>(m_window, "keyWizard");
    if (wizard && !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    return wizard;
}

KeyWizardPreflightPage *TestKeyWizard::preflight(KeyWizard *wizard)
{
    return qobject_cast<KeyWizardPreflightPage *>(wizard->page(KeyWizard::PreflightPageId));
}

void TestKeyWizard::walkToPreflight(KeyWizard *wizard, const QString &key, int bits)
{
    QCOMPARE(wizard->currentId(), int(KeyWizard::WorkspacePageId));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::StorePageId));
    QVERIFY(child<QRadioButton>(wizard, "newKeyRadio")->isChecked());
    auto *name = child<QLineEdit>(wizard, "keyNameEdit");
    name->clear();
    QTest::keyClicks(name, key);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::KeyParametersPageId));
    auto *type = child<QComboBox>(wizard, "keyTypeCombo");
    const int rsa = type->findData(QVariantList{int(keystore::KeyKind::Rsa), bits});
    QVERIFY(rsa >= 0);
    type->setCurrentIndex(rsa);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::PreflightPageId));
    QTRY_VERIFY(preflight(wizard)->hasRun());
}

test::CtlRun TestKeyWizard::ctl(QStringList args)
{
    args << QStringLiteral("--data-dir") << m_context->dataDir();
    return test::runKeywardctl(args);
}

void TestKeyWizard::newKeyFromTheWindowToKeywardctl()
{
    // A passphrase vault, so that keywardctl, another process, can open it as well (--passphrase-file).
    addVault(QStringLiteral("main"), keystore::VaultOptions::Protection::Passphrase);
    KeyWizard *wizard = openWizard("actionCreateKey");
    QVERIFY(wizard);
    // Page 1: the selected workspace, and every feature without a key checked.
    QCOMPARE(child<QComboBox>(wizard, "workspaceCombo")->currentText(), QStringLiteral("prod"));
    for (const char *name : {"managedServicesCheck", "dbfsRootCheck", "managedDisksCheck"}) {
        auto *check = child<QCheckBox>(wizard, name);
        QVERIFY(check->isEnabled() && check->isChecked());
        QVERIFY(!check->accessibleName().isEmpty());
    }
    walkToPreflight(wizard, QStringLiteral("wizard-cmk"), 2048);

    // The check list: every check that can run before the key exists passed; the two that need it wait.
    KeyWizardPreflightPage *page = preflight(wizard);
    QCOMPARE(page->results().size(), 3);
    for (const auto &[feature, list] : page->results()) {
        for (const services::PreflightCheck &c : list.checks) {
            const bool waits = c.id == CheckId::KeyFound || c.id == CheckId::WrapRoundTrip;
            QCOMPARE(c.state, waits ? CheckState::NotRun : CheckState::Pass);
        }
    }
    auto *model = child<CheckListModel>(wizard, "checkListModel");
    QVERIFY(model);
    {
        // The model, checked while the page fills it again (its tester goes before the wizard does).
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        child<QAbstractButton>(wizard, "recheckButton")->click();
        QCOMPARE(model->rowCount(), services::allCheckIds().size());
        QCOMPARE(model->columnCount(), 4);
    }
    QCOMPARE(model->index(0, 0).data(CheckListModel::StableIdRole).toString(), QStringLiteral("plan-premium"));
    QCOMPARE(model->index(0, 1).data(CheckListModel::StableIdRole).toString(), QStringLiteral("pass"));
    // The round trip (the last check) runs on Apply, once the key exists.
    const int roundTrip = int(services::allCheckIds().indexOf(services::CheckId::WrapRoundTrip));
    QCOMPARE(model->index(roundTrip, 3).data(CheckListModel::StableIdRole).toString(), QStringLiteral("not-run"));
    QVERIFY(model->problems().isEmpty());
    QVERIFY(!child<QLabel>(wizard, "preflightProblems")->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::SummaryPageId));
    QVERIFY(!child<QLabel>(wizard, "summaryText")->text().isEmpty());
    QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
    wizard->next(); // Apply
    QCOMPARE(wizard->currentId(), int(KeyWizard::ResultPageId));
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());
    const ui::KeyWizardOutcome outcome = wizard->outcome(); // a copy: the wizard goes when it closes
    QVERIFY(outcome.created.has_value());
    QVERIFY(!outcome.created->policyError);
    QCOMPARE(outcome.assigned.size(), 3);
    QVERIFY(outcome.failed.isEmpty());
    const QString version = outcome.created->version.version;

    // The catalog has the assignments, pinned to the version made, and the window shows them.
    auto details = services::WorkspaceService(*m_context).details(QStringLiteral("prod"));
    QVERIFY(details.ok());
    for (Feature f : model::customerKeyFeatures()) {
        const auto a = details->assignment(f);
        QVERIFY(a.has_value());
        QCOMPARE(a->store, QStringLiteral("main"));
        QCOMPARE(a->keyName, QStringLiteral("wizard-cmk"));
    }
    QCOMPARE(details->assignment(Feature::ManagedServices)->keyVersion, version);
    child<QCheckBox>(wizard, "encryptNowCheck")->setChecked(false);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!child<KeyWizard>(m_window, "keyWizard"));
    QVERIFY(m_window->workspace().keyFor(Feature::DbfsRoot).has_value());
    QVERIFY(!child<jobs::JobRunner>(m_window, "jobRunner")->isRunning());

    // keywardctl sees what the console did: the assignments, the key with its expiry and its rotation policy.
    test::CtlRun r =
        ctl({QStringLiteral("workspace"), QStringLiteral("show"), QStringLiteral("prod"), QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    const QJsonObject assignments = r.json().object().value(QStringLiteral("assignments")).toObject();
    for (const char *feature : {"managed-services", "dbfs-root", "managed-disks"}) {
        const QJsonObject a = assignments.value(QLatin1String(feature)).toObject();
        QCOMPARE(a.value(QStringLiteral("store")).toString(), QStringLiteral("main"));
        QCOMPARE(a.value(QStringLiteral("key")).toString(), QStringLiteral("wizard-cmk"));
    }
    QCOMPARE(assignments.value(QStringLiteral("dbfs-root")).toObject().value(QStringLiteral("version")).toString(),
             version);
    const QStringList store{QStringLiteral("--store"), QStringLiteral("main"), QStringLiteral("--passphrase-file"),
                            m_passFile};
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("wizard-cmk"),
                        QStringLiteral("--json")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    const QJsonObject key = r.json().array().first().toObject();
    QCOMPARE(key.value(QStringLiteral("version")).toString(), version);
    QCOMPARE(key.value(QStringLiteral("size")).toInt(), 2048);
    QCOMPARE(key.value(QStringLiteral("expires")).toString(), outcome.created->version.expires->toString(Qt::ISODate));
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("policy"), QStringLiteral("get"),
                        QStringLiteral("wizard-cmk"), QStringLiteral("--json")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    const auto yearly = services::rotationPreset(services::RotationPresetId::Yearly);
    QCOMPARE(keystore::RotationPolicy::fromKeyVaultJson(r.json().object()).value(), *yearly.policy());
}

void TestKeyWizard::invalidInputRefusedOnItsPage()
{
    addVault(QStringLiteral("main"), keystore::VaultOptions::Protection::Keychain);
    QVERIFY(services::KeyService(*m_context)
                .create(QStringLiteral("main"), {QStringLiteral("taken"), keystore::KeyKind::Aes, 256})
                .ok());
    KeyWizard *wizard = openWizard("actionCreateKey");
    QVERIFY(wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::StorePageId));

    // A bad name: refused on this page, the reason beside the name, in the words of the core's rule.
    auto *name = child<QLineEdit>(wizard, "keyNameEdit");
    auto *nameProblem = child<QLabel>(wizard, "keyNameProblem");
    QTest::keyClicks(name, QStringLiteral("no spaces allowed"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::StorePageId));
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(nameProblem->text(),
             services::Messages::full(Error::because(ErrorCode::InvalidArgument, Reason::KeyNameInvalid,
                                                     {QStringLiteral("no spaces allowed")}, {})));
    // A name the store holds already: the same place, its own reason.
    name->clear();
    QVERIFY(!nameProblem->isVisible()); // typing takes the refusal away
    QTest::keyClicks(name, QStringLiteral("taken"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::StorePageId));
    QCOMPARE(nameProblem->text(),
             services::Messages::full(Error::because(ErrorCode::Conflict, Reason::KeyExists,
                                                     {QStringLiteral("main"), QStringLiteral("taken")}, {})));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("fresh"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::KeyParametersPageId));

    // The key types are the store's; an expiry in the past is refused beside the date.
    auto *type = child<QComboBox>(wizard, "keyTypeCombo");
    QCOMPARE(type->count(), 4);
    auto *expires = child<QCheckBox>(wizard, "expiryCheck");
    auto *expiry = child<QDateEdit>(wizard, "expiryEdit");
    auto *expiryProblem = child<QLabel>(wizard, "expiryProblem");
    QVERIFY(!expiry->isEnabled());
    expires->setChecked(true);
    QVERIFY(expiry->isEnabled());
    const QDate yesterday = QDate::currentDate().addDays(-1);
    expiry->setDate(yesterday);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::KeyParametersPageId));
    QVERIFY(expiryProblem->isVisible());
    QCOMPARE(expiryProblem->text(), services::Messages::full(Error::because(
                                        ErrorCode::InvalidArgument, Reason::KeyExpiryPassed,
                                        {QDateTime(yesterday, QTime(0, 0), Qt::UTC).toString(Qt::ISODate)}, {})));
    QVERIFY(!child<QLabel>(wizard, "keyTypeProblem")->isVisible());
    // The rotation preset's periods are shown with it.
    auto *preset = child<QComboBox>(wizard, "rotationPresetCombo");
    preset->setCurrentIndex(preset->findData(int(services::RotationPresetId::Every90Days)));
    QCOMPARE(
        child<QLabel>(wizard, "rotationPeriod")->text(),
        services::Messages::rotationPresetPeriod(services::rotationPreset(services::RotationPresetId::Every90Days)));
    QVERIFY(!expiryProblem->isVisible());
    expiry->setDate(QDate::currentDate().addYears(1));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::PreflightPageId));
    QTRY_VERIFY(preflight(wizard)->hasRun());
    QCOMPARE(wizard->plan().preset, services::RotationPresetId::Every90Days);
    QVERIFY(wizard->plan().key.expires.has_value());
    wizard->reject();
    // Nothing was made: the name is still free.
    QVERIFY(services::KeyService(*m_context).checkNameFree(QStringLiteral("main"), QStringLiteral("fresh")).ok());
}

void TestKeyWizard::standardPlanStopsAtTheCheckList()
{
    addVault(QStringLiteral("main"), keystore::VaultOptions::Protection::Keychain);
    createWorkspace(QStringLiteral("std"), model::Plan::Standard);
    QVERIFY(m_window->selectWorkspace(QStringLiteral("std")));
    // On the Standard plan no feature can take a customer key: disabled, the reason shown, no way on.
    KeyWizard *wizard = openWizard("actionCreateKey");
    QVERIFY(wizard);
    QCOMPARE(child<QComboBox>(wizard, "workspaceCombo")->currentText(), QStringLiteral("std"));
    for (const char *name : {"managedServicesCheck", "dbfsRootCheck", "managedDisksCheck"})
        QVERIFY(!child<QCheckBox>(wizard, name)->isEnabled());
    auto *problem = child<QLabel>(wizard, "featuresProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), services::Messages::full(Error::because(ErrorCode::Forbidden, Reason::PlanNotPremium,
                                                                      {QStringLiteral("std")}, {})));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
    QTRY_VERIFY(!child<KeyWizard>(m_window, "keyWizard"));

    // A workspace moved to Standard by another front end while the wizard is open: the check list reads the
    // catalog again, fails the plan check with its remedy, and Apply is out of reach.
    QVERIFY(m_window->selectWorkspace(QStringLiteral("prod")));
    wizard = openWizard("actionCreateKey");
    QVERIFY(wizard);
    wizard->next();
    QTest::keyClicks(child<QLineEdit>(wizard, "keyNameEdit"), QStringLiteral("cmk"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::KeyParametersPageId));
    {
        secrets::MemorySecretStore otherSecrets;
        services::Context cli(m_context->dataDir(), otherSecrets, nullptr);
        services::WorkspaceChangeRequest change;
        change.name = QStringLiteral("prod");
        change.plan = model::Plan::Standard;
        QVERIFY(services::WorkspaceService(cli).change(change).ok());
    }
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::PreflightPageId));
    QTRY_VERIFY(preflight(wizard)->hasRun());
    for (const auto &[feature, list] : preflight(wizard)->results())
        QCOMPARE(list.find(CheckId::PlanPremium)->state, CheckState::Fail);
    CheckListModel *model = preflight(wizard)->model();
    QCOMPARE(model->index(0, 0).data(CheckListModel::StableIdRole).toString(), QStringLiteral("plan-premium"));
    for (int col = 1; col < model->columnCount(); ++col)
        QCOMPARE(model->index(0, col).data(CheckListModel::StableIdRole).toString(), QStringLiteral("fail"));
    // What is wrong and what to do, once for all three features, beside the list.
    const QList<CheckListModel::Problem> problems = model->problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().check, CheckId::PlanPremium);
    QCOMPARE(problems.first().features.size(), 3);
    QCOMPARE(problems.first().error.reason, Reason::PlanNotPremium);
    const Error planError = Error::because(ErrorCode::Forbidden, Reason::PlanNotPremium, {QStringLiteral("prod")}, {});
    QVERIFY(!services::Messages::remedy(planError).isEmpty());
    auto *shown = child<QLabel>(wizard, "preflightProblems");
    QVERIFY(shown->isVisible());
    QVERIFY(shown->text().contains(services::Messages::full(planError)));
    QCOMPARE(model->index(0, 1).data(Qt::ToolTipRole).toString(), services::Messages::full(planError));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isVisible());
    wizard->next(); // not possible: the page is not complete
    QVERIFY(wizard->currentId() != int(KeyWizard::ResultPageId));
    QVERIFY(!wizard->outcome().applied);
    wizard->reject();
    QVERIFY(services::KeyService(*m_context).checkNameFree(QStringLiteral("main"), QStringLiteral("cmk")).ok());
}

void TestKeyWizard::existingKey()
{
    addVault(QStringLiteral("main"), keystore::VaultOptions::Protection::Keychain);
    auto made = services::KeyService(*m_context)
                    .create(QStringLiteral("main"), {QStringLiteral("existing"), keystore::KeyKind::Aes, 256});
    QVERIFY(made.ok());
    KeyWizard *wizard = openWizard("actionAssignKey");
    QVERIFY(wizard);
    // Only the DBFS root this time.
    child<QCheckBox>(wizard, "managedServicesCheck")->setChecked(false);
    child<QCheckBox>(wizard, "managedDisksCheck")->setChecked(false);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::StorePageId));
    QVERIFY(child<QRadioButton>(wizard, "existingKeyRadio")->isChecked());
    auto *keys = child<QTreeWidget>(wizard, "existingKeyList");
    {
        QAbstractItemModelTester tester(keys->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Back and forth between the modes lists the store's keys again.
        child<QRadioButton>(wizard, "newKeyRadio")->setChecked(true);
        child<QComboBox>(wizard, "storeCombo")->setCurrentIndex(0);
        child<QRadioButton>(wizard, "existingKeyRadio")->setChecked(true);
    }
    QCOMPARE(keys->topLevelItemCount(), 1);
    QCOMPARE(keys->topLevelItem(0)->text(0), QStringLiteral("existing"));
    QCOMPARE(keys->topLevelItem(0)->text(4), made->version.version);
    keys->setCurrentItem(keys->topLevelItem(0));
    wizard->next();
    // No parameters for a key that exists: straight to its whole check list, the round trip included.
    QCOMPARE(wizard->currentId(), int(KeyWizard::PreflightPageId));
    QTRY_VERIFY(preflight(wizard)->hasRun());
    QCOMPARE(preflight(wizard)->results().size(), 1);
    const services::CheckList &list = preflight(wizard)->results().first().second;
    QCOMPARE(list.checks.size(), services::allCheckIds().size());
    for (const services::PreflightCheck &c : list.checks)
        QVERIFY2(c.state == CheckState::Pass, qPrintable(services::checkIdName(c.id)));
    wizard->next();
    wizard->next(); // Apply
    QCOMPARE(wizard->currentId(), int(KeyWizard::ResultPageId));
    QVERIFY(!wizard->outcome().created.has_value());
    QCOMPARE(wizard->outcome().assigned.size(), 1);
    auto details = services::WorkspaceService(*m_context).details(QStringLiteral("prod"));
    QCOMPARE(details->assignment(Feature::DbfsRoot)->keyName, QStringLiteral("existing"));
    QCOMPARE(details->assignment(Feature::DbfsRoot)->keyVersion, made->version.version);
    QVERIFY(!details->assignment(Feature::ManagedServices).has_value());
    wizard->reject(); // closing on the last page keeps what Apply did
    QTRY_VERIFY(!child<KeyWizard>(m_window, "keyWizard"));
    QVERIFY(m_window->workspace().keyFor(Feature::DbfsRoot).has_value());
}

void TestKeyWizard::azureKeyVaultKey()
{
    // A Key Vault (the test server, purge protection on) added as a store: the wizard lists it and its keys, and the
    // check list reads the vault's protection from its recovery level and the version from the service.
    test::KeyVaultTestServer::Options options;
    options.dir = m_dir->filePath(QStringLiteral("ca"));
    options.recoveryLevel = QStringLiteral("Recoverable");
    test::KeyVaultTestServer vault(options);
    QVERIFY(vault.start());
    services::AddAzureStoreRequest request;
    request.name = QStringLiteral("kv");
    request.config.vaultUrl = vault.baseUrl();
    request.config.authority = vault.baseUrl();
    request.config.tenant = options.tenant;
    request.config.clientId = options.clientId;
    request.config.caFile = vault.caFile();
    request.clientSecret = crypto::SecureBytes::fromView(options.clientSecret);
    auto added = services::StoreService(*m_context).addAzure(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(services::Messages::full(added.error())));
    auto made = services::KeyService(*m_context)
                    .create(QStringLiteral("kv"), {QStringLiteral("azure-cmk"), keystore::KeyKind::Rsa, 2048});
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(services::Messages::full(made.error())));

    KeyWizard *wizard = openWizard("actionAssignKey");
    QVERIFY(wizard);
    child<QCheckBox>(wizard, "managedServicesCheck")->setChecked(false);
    child<QCheckBox>(wizard, "managedDisksCheck")->setChecked(false);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::StorePageId));
    auto *stores = child<QComboBox>(wizard, "storeCombo");
    const int kv = stores->findText(QStringLiteral("kv"));
    QVERIFY(kv >= 0);
    stores->setCurrentIndex(kv);
    child<QRadioButton>(wizard, "existingKeyRadio")->setChecked(true);
    auto *keys = child<QTreeWidget>(wizard, "existingKeyList");
    QTRY_COMPARE(keys->topLevelItemCount(), 1);
    QCOMPARE(keys->topLevelItem(0)->text(0), QStringLiteral("azure-cmk"));
    QCOMPARE(keys->topLevelItem(0)->text(4), made->version.version);
    keys->setCurrentItem(keys->topLevelItem(0));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::PreflightPageId));
    QTRY_VERIFY(preflight(wizard)->hasRun());
    const services::CheckList &list = preflight(wizard)->results().first().second;
    QCOMPARE(list.checks.size(), services::allCheckIds().size());
    for (const services::PreflightCheck &c : list.checks)
        QVERIFY2(c.state == CheckState::Pass, qPrintable(services::checkIdName(c.id)));
    wizard->next();
    wizard->next(); // Apply
    QCOMPARE(wizard->currentId(), int(KeyWizard::ResultPageId));
    auto details = services::WorkspaceService(*m_context).details(QStringLiteral("prod"));
    QCOMPARE(details->assignment(Feature::DbfsRoot)->store, QStringLiteral("kv"));
    QCOMPARE(details->assignment(Feature::DbfsRoot)->keyVersion, made->version.version);
    // The service did the round trip: a wrap and an unwrap reached it.
    int wraps = 0;
    for (const auto &seen : vault.requests())
        wraps += seen.path.endsWith(QLatin1String("/wrapkey")) || seen.path.endsWith(QLatin1String("/unwrapkey"));
    QVERIFY(wraps >= 2);
    wizard->reject();
    QTRY_VERIFY(!child<KeyWizard>(m_window, "keyWizard"));

    // With purge protection off in the vault, the check list says so and refuses.
    vault.setRecoveryLevel(QStringLiteral("Recoverable+Purgeable"), std::nullopt);
    services::AssignRequest again;
    again.workspace = QStringLiteral("prod");
    again.feature = Feature::ManagedServices;
    again.store = QStringLiteral("kv");
    again.key = QStringLiteral("azure-cmk");
    services::Context fresh(m_context->dataDir(), *m_secrets, m_prompt.get());
    auto checks = services::AssignmentService(fresh).preflight(again);
    QVERIFY(checks.ok());
    QCOMPARE(checks->find(CheckId::StorePurgeProtection)->state, CheckState::Fail);
}

void TestKeyWizard::encryptAtOnce()
{
    addVault(QStringLiteral("main"), keystore::VaultOptions::Protection::Keychain);
    // One notebook to seal.
    const QString notebooks = m_context->dataDir() + QStringLiteral("/workspaces/prod/control-plane/notebooks");
    QVERIFY(QDir().mkpath(notebooks));
    test::writeFile(notebooks + QStringLiteral("/etl.py"), "print('hello')\n");
    KeyWizard *wizard = openWizard("actionCreateKey");
    QVERIFY(wizard);
    walkToPreflight(wizard, QStringLiteral("sealing-key"), 3072);
    wizard->next();
    wizard->next(); // Apply
    QCOMPARE(wizard->currentId(), int(KeyWizard::ResultPageId));
    auto *encrypt = child<QCheckBox>(wizard, "encryptNowCheck");
    QVERIFY(encrypt->isEnabled());
    encrypt->setChecked(true);
    QVERIFY(wizard->encryptRequested());
    auto *runner = child<jobs::JobRunner>(m_window, "jobRunner");
    QSignalSpy finished(runner, &jobs::JobRunner::finished);
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(finished.wait(60000));
    const auto report = finished.takeFirst().at(0).value<jobs::JobReport>();
    QCOMPARE(report.kind, jobs::JobKind::Encrypt);
    QCOMPARE(report.state, catalog::JobState::Done);
    QCOMPARE(report.processed, 1);
}

void TestKeyWizard::firstVaultFromTheWizardAndNamedFields()
{
    // No key store yet: the store page says so and offers to make a local vault there and then.
    KeyWizard *wizard = openWizard("actionCreateKey");
    QVERIFY(wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(KeyWizard::StorePageId));
    auto *storeProblem = child<QLabel>(wizard, "storeProblem");
    QVERIFY(storeProblem->isVisible());
    QTest::keyClicks(child<QLineEdit>(wizard, "keyNameEdit"), QStringLiteral("cmk"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(child<QAbstractButton>(wizard, "addVaultButton"), Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = child<QInputDialog>(wizard, "addVaultDialog")) != nullptr);
    dialog->setTextValue(QStringLiteral("first-vault"));
    dialog->accept();
    QCOMPARE(child<QComboBox>(wizard, "storeCombo")->currentText(), QStringLiteral("first-vault"));
    QVERIFY(!storeProblem->isVisible());
    QVERIFY(m_context->registry().find(QStringLiteral("first-vault")).ok());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // Every field of every page has a name for tests and one for assistive tools.
    for (int id : wizard->pageIds()) {
        for (QWidget *w : wizard->page(id)->findChildren<QWidget *>()) {
            const bool field = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                               qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                               qobject_cast<QAbstractSpinBox *>(w);
            // Not the parts Qt builds inside a field (a date edit's line edit, a view's header), nor the dialogs
            // a page opened (the add-vault dialog, on its way out).
            bool inner = false;
            for (QWidget *p = w->parentWidget(); p && p != wizard; p = p->parentWidget())
                inner = inner || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) ||
                        qobject_cast<QAbstractItemView *>(p) || qobject_cast<QDialog *>(p);
            if (!field || inner)
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
    wizard->reject();
}

QTEST_MAIN(TestKeyWizard)
#include "tst_keywizard.moc"
