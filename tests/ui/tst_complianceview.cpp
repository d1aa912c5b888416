// TestComplianceView: the console's Compliance view over the demo workspace (small), offscreen: the report weighed
// on a worker when the view shows (score, sentence, failures by severity), the findings model under
// QAbstractItemModelTester, its filters and sorting on a fixed table of findings (severity by rank, not by name),
// a finding opened on its evidence (its control and key id, copied as text), Generate report writing PDF, signed
// JSON and CSV files and refusing a symbolic link, and Export configuration showing Terraform and ARM for a
// workspace Azure would take, and the refusal for those it would not.
#include "ComplianceFilterProxy.h"
#include "ComplianceFindingsModel.h"
#include "ComplianceView.h"
#include "EvidenceDialog.h"
#include "ExportConfigDialog.h"
#include "MainWindow.h"
#include "ReportDialog.h"
#include "Settings.h"
#include "SeverityChart.h"
#include "compliance/ConfigExport.h"
#include "demo/DemoService.h"
#include "model/DataTypeCatalogue.h"
#include "model/Feature.h"
#include "services/AssignmentService.h"
#include "services/Messages.h"
#include "services/WorkspaceService.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace keyward;
using namespace keyward::compliance;
using ui::ComplianceFilterProxy;
using ui::ComplianceFindingsModel;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

const QString Demo = QStringLiteral("demo");
const QString Iac = QStringLiteral("iac");
const QString Bare = QStringLiteral("bare");

Finding finding(const char *control, Framework framework, Severity severity, Outcome outcome, const char *workspace,
                const char *subject, const char *summary)
{
    Finding f;
    f.controlId = QLatin1String(control);
    f.framework = framework;
    f.severity = severity;
    f.outcome = outcome;
    f.workspace = QLatin1String(workspace);
    f.subject = QLatin1String(subject);
    f.summary = QLatin1String(summary);
    return f;
}

// A fixed table of findings: one of each outcome, several severities, frameworks and workspaces.
QList<Finding> table()
{
    Finding cmk = finding("CIS-2.1.8", Framework::CisAzure, Severity::Critical, Outcome::Fail, "alpha",
                          "notebook-source", "Notebooks are under the platform's key");
    cmk.feature = model::Feature::ManagedServices;
    cmk.dataTypes = {QStringLiteral("notebook-source")};
    cmk.remediation = QStringLiteral("Assign a customer-managed key to managed services");
    Finding expiry = finding("CIS-8.3.1", Framework::CisAzure, Severity::High, Outcome::Pass, "alpha", "vault/cmk-ms",
                             "Every version in use expires");
    expiry.evidence.keyId = QStringLiteral("vault://vault/keys/cmk-ms/0123456789abcdef");
    expiry.evidence.store = QStringLiteral("vault");
    expiry.evidence.keyName = QStringLiteral("cmk-ms");
    expiry.evidence.keyVersion = QStringLiteral("0123456789abcdef");
    expiry.evidence.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    expiry.evidence.expires = QDateTime(QDate(2027, 1, 2), QTime(3, 4), Qt::UTC);
    expiry.evidence.jobId = 42;
    expiry.evidence.jobFinished = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    expiry.evidence.values.insert(QStringLiteral("rotate-after"), QStringLiteral("P90D"));
    return {
        cmk,
        expiry,
        finding("PCI-3.7.4", Framework::PciDss, Severity::High, Outcome::Fail, "beta", "vault/cmk-dbfs",
                "In use beyond its cryptoperiod"),
        finding("NIST-800-57-5.3", Framework::Nist80057, Severity::Medium, Outcome::NotApplicable, "beta", "pkcs11/hsm",
                "No key-wrapping key of this type"),
        finding("DBX-SERVERLESS-PLATFORM", Framework::Databricks, Severity::Info, Outcome::Info, "alpha", "serverless",
                "Serverless ephemeral storage cannot use a customer-managed key"),
        finding("AZP-82067dbb-e53b-4e06-b631-546d197452d9", Framework::AzurePolicy, Severity::Low, Outcome::Fail,
                "beta", "vault", "An RSA key below the minimum size"),
    };
}

QStringList controlsOf(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, ComplianceFindingsModel::ControlColumn).data().toString();
    return ids;
}

} // namespace

// Stands in for the desktop: remembers what it was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestComplianceView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void filters_data();
    void filters();
    void sorting_data();
    void sorting();
    void evidenceDialogShowsControlAndKey();
    void viewWeighsTheWorkspaceOnAWorker();
    void windowOffersTheViewAndItsActions();
    void evidenceOpensFromTheTable();
    void windowRemembersTheView();
    void reportWritesFiles_data();
    void reportWritesFiles();
    void reportRefusesSymbolicLink();
    void reportCancel();
    void exportShowsTerraformAndArm();
    void exportRefusal_data();
    void exportRefusal();

private:
    // The Compliance view of a window on the demo workspace, once weighed.
    ui::ComplianceView *openView(ui::MainWindow &window);

    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_secrets;
    std::unique_ptr<services::Context> m_context;
};

void TestComplianceView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    m_context = std::make_unique<services::Context>(m_dir.filePath(QStringLiteral("data")), m_secrets, nullptr);
    services::DemoRequest small;
    small.objects = 40;
    small.sizeMiB = 1;
    auto demo = services::DemoService(*m_context).run(small);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().detail));

    // A workspace Azure would take as it is: Premium, one feature under an RSA key.
    services::CreateWorkspaceRequest iac;
    iac.name = Iac;
    QVERIFY(services::WorkspaceService(*m_context).create(iac).ok());
    auto vault = m_context->stores().store(services::DemoService::vaultName());
    QVERIFY(vault.ok());
    QVERIFY((*vault)->createKey({QStringLiteral("iac-ms"), keystore::KeyKind::Rsa, 2048}).ok());
    services::AssignRequest assign;
    assign.workspace = Iac;
    assign.feature = model::Feature::ManagedServices;
    assign.store = services::DemoService::vaultName();
    assign.key = QStringLiteral("iac-ms");
    auto assigned = services::AssignmentService(*m_context).assign(assign);
    QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().detail));
    // And one with nothing to export.
    services::CreateWorkspaceRequest bare;
    bare.name = Bare;
    QVERIFY(services::WorkspaceService(*m_context).create(bare).ok());
}

void TestComplianceView::cleanupTestCase()
{
    m_context.reset();
    QThreadPool::globalInstance()->waitForDone();
}

void TestComplianceView::filters_data()
{
    using F = ComplianceFilterProxy::OutcomeFilter;
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("severity");  // -1: any
    QTest::addColumn<int>("framework"); // -1: any
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString cis = QStringLiteral("CIS-2.1.8"), expiry = QStringLiteral("CIS-8.3.1"),
                  pci = QStringLiteral("PCI-3.7.4"), nist = QStringLiteral("NIST-800-57-5.3"),
                  dbx = QStringLiteral("DBX-SERVERLESS-PLATFORM"),
                  azp = QStringLiteral("AZP-82067dbb-e53b-4e06-b631-546d197452d9");
    QTest::newRow("default: failed and information")
        << int(F::FailedAndInfo) << -1 << -1 << QString() << QStringList{cis, pci, dbx, azp};
    QTest::newRow("failed") << int(F::Failed) << -1 << -1 << QString() << QStringList{cis, pci, azp};
    QTest::newRow("passed") << int(F::Passed) << -1 << -1 << QString() << QStringList{expiry};
    QTest::newRow("information") << int(F::Info) << -1 << -1 << QString() << QStringList{dbx};
    QTest::newRow("not applicable") << int(F::NotApplicable) << -1 << -1 << QString() << QStringList{nist};
    QTest::newRow("all") << int(F::All) << -1 << -1 << QString() << QStringList{cis, expiry, pci, nist, dbx, azp};
    QTest::newRow("high, any outcome") << int(F::All) << int(Severity::High) << -1 << QString()
                                       << QStringList{expiry, pci};
    QTest::newRow("critical failed") << int(F::Failed) << int(Severity::Critical) << -1 << QString()
                                     << QStringList{cis};
    QTest::newRow("PCI DSS") << int(F::All) << -1 << int(Framework::PciDss) << QString() << QStringList{pci};
    QTest::newRow("CIS, failed") << int(F::Failed) << -1 << int(Framework::CisAzure) << QString() << QStringList{cis};
    QTest::newRow("text: a workspace") << int(F::All) << -1 << -1 << QStringLiteral("beta")
                                       << QStringList{pci, nist, azp};
    QTest::newRow("text: any case, in a summary")
        << int(F::FailedAndInfo) << -1 << -1 << QStringLiteral("SERVERLESS EPHEMERAL") << QStringList{dbx};
    QTest::newRow("text: a control") << int(F::All) << -1 << -1 << QStringLiteral("3.7.4") << QStringList{pci};
    QTest::newRow("text: a feature's name")
        << int(F::All) << -1 << -1 << model::featureDisplayName(model::Feature::ManagedServices) << QStringList{cis};
    QTest::newRow("text and severity") << int(F::All) << int(Severity::Low) << -1 << QStringLiteral("vault")
                                       << QStringList{azp};
    QTest::newRow("nothing matches") << int(F::All) << -1 << -1 << QStringLiteral("no such thing") << QStringList{};
}

void TestComplianceView::filters()
{
    QFETCH(int, outcome);
    QFETCH(int, severity);
    QFETCH(int, framework);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ComplianceFindingsModel model;
    ComplianceFilterProxy proxy;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setFindings(table());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(proxy.outcomeFilter(), ComplianceFilterProxy::OutcomeFilter::FailedAndInfo); // the default
    proxy.setOutcomeFilter(ComplianceFilterProxy::OutcomeFilter(outcome));
    proxy.setSeverity(severity >= 0 ? std::optional<Severity>(Severity(severity)) : std::nullopt);
    proxy.setFramework(framework >= 0 ? std::optional<Framework>(Framework(framework)) : std::nullopt);
    proxy.setText(text);
    QCOMPARE(controlsOf(proxy), expected);
}

void TestComplianceView::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariantList>("expected");
    const auto severities = [](std::initializer_list<Severity> list) {
        QVariantList v;
        for (Severity s : list)
            v << int(s);
        return v;
    };
    const auto outcomes = [](std::initializer_list<Outcome> list) {
        QVariantList v;
        for (Outcome o : list)
            v << int(o);
        return v;
    };
    // By rank, not by name: alphabetically Critical would come before Info, and High before Medium.
    QTest::newRow("severity, least first") << int(ComplianceFindingsModel::SeverityColumn) << int(Qt::AscendingOrder)
                                           << int(ComplianceFindingsModel::SeverityRole)
                                           << severities({Severity::Info, Severity::Low, Severity::Medium,
                                                          Severity::High, Severity::High, Severity::Critical});
    QTest::newRow("severity, most first") << int(ComplianceFindingsModel::SeverityColumn) << int(Qt::DescendingOrder)
                                          << int(ComplianceFindingsModel::SeverityRole)
                                          << severities({Severity::Critical, Severity::High, Severity::High,
                                                         Severity::Medium, Severity::Low, Severity::Info});
    QTest::newRow("outcome, most pressing first")
        << int(ComplianceFindingsModel::OutcomeColumn) << int(Qt::DescendingOrder)
        << int(ComplianceFindingsModel::OutcomeRole)
        << outcomes(
               {Outcome::Fail, Outcome::Fail, Outcome::Fail, Outcome::Info, Outcome::Pass, Outcome::NotApplicable});
    QTest::newRow("control, by name") << int(ComplianceFindingsModel::ControlColumn) << int(Qt::AscendingOrder)
                                      << int(Qt::DisplayRole)
                                      << QVariantList{QStringLiteral("AZP-82067dbb-e53b-4e06-b631-546d197452d9"),
                                                      QStringLiteral("CIS-2.1.8"),
                                                      QStringLiteral("CIS-8.3.1"),
                                                      QStringLiteral("DBX-SERVERLESS-PLATFORM"),
                                                      QStringLiteral("NIST-800-57-5.3"),
                                                      QStringLiteral("PCI-3.7.4")};
    QTest::newRow("workspace, then the order they came in")
        << int(ComplianceFindingsModel::WorkspaceColumn) << int(Qt::DescendingOrder) << int(Qt::DisplayRole)
        << QVariantList{QStringLiteral("beta"),  QStringLiteral("beta"),  QStringLiteral("beta"),
                        QStringLiteral("alpha"), QStringLiteral("alpha"), QStringLiteral("alpha")};
}

void TestComplianceView::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(int, role);
    QFETCH(QVariantList, expected);
    ComplianceFindingsModel model;
    ComplianceFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setFindings(table());
    proxy.setOutcomeFilter(ComplianceFilterProxy::OutcomeFilter::All);
    proxy.sort(column, Qt::SortOrder(order));
    QVariantList got;
    for (int row = 0; row < proxy.rowCount(); ++row)
        got << proxy.index(row, column).data(role);
    QCOMPARE(got, expected);
    // Every row says its outcome in words and with an icon, never by colour alone.
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex outcome = proxy.index(row, ComplianceFindingsModel::OutcomeColumn);
        QCOMPARE(outcome.data().toString(),
                 outcomeDisplayName(Outcome(outcome.data(ComplianceFindingsModel::OutcomeRole).toInt())));
        QVERIFY(!outcome.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
}

void TestComplianceView::evidenceDialogShowsControlAndKey()
{
    const QList<Finding> findings = table();
    const Finding &expiry = findings.at(1);
    ui::EvidenceDialog dialog(expiry);
    dialog.show();
    QCOMPARE(child<QLabel>(&dialog, "evidenceControlId")->text(), expiry.controlId);
    QCOMPARE(child<QLabel>(&dialog, "evidenceFramework")->text(), frameworkDisplayName(Framework::CisAzure));
    QCOMPARE(child<QLabel>(&dialog, "evidenceOutcome")->text(), outcomeDisplayName(Outcome::Pass));
    QCOMPARE(child<QLabel>(&dialog, "evidenceKeyId")->text(), expiry.evidence.keyId);
    QVERIFY(child<QLabel>(&dialog, "evidenceJob")->text().contains(QStringLiteral("42")));
    QVERIFY(child<QLabel>(&dialog, "evidenceValues")->text().contains(QStringLiteral("P90D")));
    if (const Control *control = controlById(expiry.controlId))
        QCOMPARE(child<QLabel>(&dialog, "evidenceTitle")->text(), control->title);

    // Data types by their names for people, not their ids.
    ui::EvidenceDialog cmk(findings.at(0));
    const model::DataType *notebooks = model::DataTypeCatalogue::find(QStringLiteral("notebook-source"));
    QVERIFY(notebooks);
    QCOMPARE(child<QLabel>(&cmk, "evidenceDataTypes")->text(), notebooks->displayName());
    QCOMPARE(child<QLabel>(&cmk, "evidenceFeature")->text(),
             model::featureDisplayName(model::Feature::ManagedServices));
    QCOMPARE(child<QLabel>(&cmk, "evidenceRemediation")->text(), findings.at(0).remediation);

    // Copy puts every field on the clipboard as plain text.
    auto *copy = child<QPushButton>(&dialog, "copyEvidenceButton");
    QVERIFY(copy && !copy->accessibleName().isEmpty());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog.plainText());
    QVERIFY(copied.contains(expiry.controlId));
    QVERIFY(copied.contains(expiry.evidence.keyId));
    QVERIFY(copied.contains(expiry.summary));
    QVERIFY(!copied.contains(QLatin1Char('<'))); // plain, not rich text
}

ui::ComplianceView *TestComplianceView::openView(ui::MainWindow &window)
{
    window.resize(1640, 940);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    if (!window.selectWorkspace(Demo) || !window.showView(QStringLiteral("compliance")))
        return nullptr;
    auto *view = child<ui::ComplianceView>(&window, "compliancePage");
    if (!view)
        return nullptr;
    if (!QTest::qWaitFor([view] { return !view->isComputing() && view->report().has_value(); }, 60000))
        return nullptr;
    return view;
}

void TestComplianceView::viewWeighsTheWorkspaceOnAWorker()
{
    ui::MainWindow window(*m_context);
    window.resize(1640, 940);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectWorkspace(Demo));
    auto *view = child<ui::ComplianceView>(&window, "compliancePage");
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!view->report()); // not weighed while hidden
    QSignalSpy computed(view, &ui::ComplianceView::computed);
    QVERIFY(window.showView(QStringLiteral("compliance")));
    QVERIFY(view->isComputing()); // showing it starts the work; the window is free meanwhile
    QVERIFY(computed.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 60000);
    QVERIFY2(view->report(), qPrintable(view->errorText()));
    const ComplianceReport &report = *view->report();
    QVERIFY(!report.allWorkspaces);
    QCOMPARE(report.facts.workspaces.size(), 1);
    QCOMPARE(report.facts.workspaces.first().workspace.name(), Demo);
    QVERIFY(!report.findings.isEmpty());
    QCOMPARE(view->model()->findings(), report.findings);

    // The headline: the score as a number, the failures counted in words and in the chart.
    QCOMPARE(view->scoreText(), ui::ComplianceView::tr("%1 %").arg(QLocale().toString(report.score(), 'f', 1)));
    QVERIFY(!view->summaryText().isEmpty());
    QMap<Severity, int> failed;
    int fails = 0;
    for (const Finding &f : report.findings) {
        if (f.outcome == Outcome::Fail && severityWeight(f.severity) > 0) {
            ++failed[f.severity];
            ++fails;
        }
    }
    auto *chart = child<ui::SeverityChart>(view, "severityChart");
    QVERIFY(chart);
    QCOMPARE(chart->counts(), failed);
    if (fails > 0)
        QVERIFY2(view->summaryText().contains(QString::number(fails)), qPrintable(view->summaryText()));
    for (Severity s : ui::SeverityChart::severities())
        QVERIFY(chart->text().contains(severityDisplayName(s)));
    QVERIFY(child<QLabel>(view, "complianceScore")->accessibleName().contains(view->scoreText()));

    // By default, what needs reading: failures and information only.
    QVERIFY(view->proxy()->rowCount() > 0);
    for (int row = 0; row < view->proxy()->rowCount(); ++row) {
        const auto outcome = Outcome(view->proxy()->index(row, 0).data(ComplianceFindingsModel::OutcomeRole).toInt());
        QVERIFY(outcome == Outcome::Fail || outcome == Outcome::Info);
    }
    // The text filter from the view's own field.
    auto *text = child<QLineEdit>(view, "complianceTextFilter");
    QVERIFY(text);
    text->setText(QStringLiteral("no finding says this"));
    QCOMPARE(view->proxy()->rowCount(), 0);
    text->clear();
    QVERIFY(view->proxy()->rowCount() > 0);

    // All workspaces: weighed again, over every workspace of the catalog.
    computed.clear();
    view->setScope(ui::ComplianceView::Scope::All);
    QVERIFY(computed.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 60000);
    QVERIFY(view->report() && view->report()->allWorkspaces);
    QCOMPARE(view->report()->facts.workspaces.size(), 3);
    view->setScope(ui::ComplianceView::Scope::Workspace);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && view->report() && !view->report()->allWorkspaces, 60000);
}

void TestComplianceView::windowOffersTheViewAndItsActions()
{
    QVERIFY(ui::MainWindow::viewNames().contains(QStringLiteral("compliance")));
    ui::MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectWorkspace(Demo));
    auto *show = child<QAction>(&window, "actionView_compliance");
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
    show->trigger();
    auto *view = child<ui::ComplianceView>(&window, "compliancePage");
    QVERIFY(view && view->isVisible());
    auto *report = child<QAction>(&window, "actionGenerateReport");
    auto *exportConfig = child<QAction>(&window, "actionExportConfig");
    QVERIFY(report && exportConfig);
    QCOMPARE(report->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QCOMPARE(exportConfig->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!report->icon().isNull() && !exportConfig->icon().isNull());
    QVERIFY(report->isEnabled() && exportConfig->isEnabled());
    // No other action of the window takes the same keys.
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a != report && !a->shortcut().isEmpty())
            QVERIFY2(a->shortcut() != report->shortcut(), qPrintable(a->objectName()));
        if (a != exportConfig && !a->shortcut().isEmpty())
            QVERIFY2(a->shortcut() != exportConfig->shortcut(), qPrintable(a->objectName()));
    }
    // Every control of the view is named for assistive technologies.
    QList<QWidget *> controls;
    for (QWidget *w : view->findChildren<QWidget *>()) {
        // The parts Qt builds inside a field or a table (a clear button, a corner button) are named by Qt.
        bool part = false;
        for (QWidget *p = w->parentWidget(); p && p != view; p = p->parentWidget())
            part = part || qobject_cast<QLineEdit *>(p) || qobject_cast<QAbstractItemView *>(p) ||
                   qobject_cast<QComboBox *>(p);
        if (!part && (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                      qobject_cast<QLineEdit *>(w) || qobject_cast<QTableView *>(w)))
            controls << w;
    }
    QVERIFY(controls.size() >= 7);
    for (QWidget *w : std::as_const(controls)) {
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    // The dialogs open on the view's scope and the selected workspace.
    ui::ReportDialog *dialog = view->generateReport();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(child<QLabel>(dialog, "reportScope")->text(), ui::ReportDialog::tr("Workspace %1").arg(Demo));
    dialog->close();
    QTRY_VERIFY(!child<ui::ReportDialog>(view, "reportDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing(), 60000);
}

void TestComplianceView::evidenceOpensFromTheTable()
{
    ui::MainWindow window(*m_context);
    ui::ComplianceView *view = openView(window);
    QVERIFY(view);
    // A finding about a key, with its key id.
    auto *outcome = child<QComboBox>(view, "complianceOutcomeFilter");
    outcome->setCurrentIndex(outcome->findData(int(ComplianceFilterProxy::OutcomeFilter::All)));
    int row = -1;
    for (int r = 0; r < view->proxy()->rowCount() && row < 0; ++r) {
        const Finding *f = view->model()->finding(view->proxy()->mapToSource(view->proxy()->index(r, 0)).row());
        if (!f->evidence.keyId.isEmpty())
            row = r;
    }
    QVERIFY2(row >= 0, "no finding of the demo names a key");
    const Finding expected = *view->model()->finding(view->proxy()->mapToSource(view->proxy()->index(row, 0)).row());

    // Enter on the finding opens its evidence.
    QTableView *table = view->table();
    table->setFocus();
    table->setCurrentIndex(view->proxy()->index(row, ComplianceFindingsModel::ControlColumn));
    QVERIFY(child<QPushButton>(view, "complianceEvidenceButton")->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    ui::EvidenceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<ui::EvidenceDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->finding(), expected);
    QCOMPARE(child<QLabel>(dialog, "evidenceControlId")->text(), expected.controlId);
    QCOMPARE(child<QLabel>(dialog, "evidenceKeyId")->text(), expected.evidence.keyId);
    dialog->close();
    QTRY_VERIFY(!view->findChild<ui::EvidenceDialog *>());

    // The Evidence... button does the same.
    QTest::mouseClick(child<QPushButton>(view, "complianceEvidenceButton"), Qt::LeftButton);
    QTRY_VERIFY((dialog = view->findChild<ui::EvidenceDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->finding(), expected);
    dialog->close();
    QTRY_VERIFY(!view->findChild<ui::EvidenceDialog *>());

    // And a double-click, as a person makes it: the first click selects, the second opens.
    table->scrollTo(view->proxy()->index(row, 0));
    const QPoint seen = table->visualRect(view->proxy()->index(row, ComplianceFindingsModel::SummaryColumn)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, seen);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, seen);
    QTRY_VERIFY((dialog = view->findChild<ui::EvidenceDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->finding(), expected);
    dialog->close();
}

void TestComplianceView::windowRemembersTheView()
{
    const QString ini = m_dir.filePath(QStringLiteral("keyward.ini"));
    {
        ui::Settings settings(ini);
        ui::MainWindow first(*m_context);
        first.setSettings(&settings);
        QVERIFY(first.selectWorkspace(Demo));
        QVERIFY(first.showView(QStringLiteral("compliance")));
        first.close();
    }
    ui::Settings settings(ini);
    QCOMPARE(settings.lastView(), QStringLiteral("compliance"));
    ui::MainWindow second(*m_context);
    second.setSettings(&settings);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    auto *view = child<ui::ComplianceView>(&second, "compliancePage");
    QVERIFY(view && view->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!view->isComputing() && view->report(), 60000);
}

void TestComplianceView::reportWritesFiles_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("suffixes"); // of the files written, in order
    QTest::newRow("pdf") << int(report::ReportFormat::Pdf) << QStringList{QStringLiteral(".pdf")};
    QTest::newRow("signed json") << int(report::ReportFormat::Json)
                                 << QStringList{QStringLiteral(".json"), QStringLiteral(".json.sig")};
    QTest::newRow("csv") << int(report::ReportFormat::Csv)
                         << QStringList{QStringLiteral(".csv"), QStringLiteral("-inventory.csv")};
}

void TestComplianceView::reportWritesFiles()
{
    QFETCH(int, format);
    QFETCH(QStringList, suffixes);
    const auto f = report::ReportFormat(format);
    ui::ReportDialog dialog(*m_context, Demo);
    dialog.show();
    dialog.setFormat(f);
    QCOMPARE(dialog.format(), f);
    QVERIFY(dialog.suggestedFileName().endsWith(QLatin1Char('.') + report::reportFormatId(f)));
    const QString stem = m_dir.filePath(QStringLiteral("report-") + report::reportFormatId(f));
    QSignalSpy generated(&dialog, &ui::ReportDialog::generated);
    dialog.generate(stem); // the format's suffix is added
    QVERIFY(dialog.isRunning());
    QVERIFY(child<QProgressBar>(&dialog, "reportProgress")->isVisible());
    QVERIFY(generated.wait(120000));
    QVERIFY2(generated.first().first().toBool(), qPrintable(dialog.errorText()));
    QStringList expected;
    for (const QString &suffix : std::as_const(suffixes))
        expected << stem + suffix;
    QCOMPARE(dialog.writtenFiles(), expected);
    for (const QString &file : std::as_const(expected))
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    if (f == report::ReportFormat::Pdf)
        QVERIFY(test::readFile(expected.first()).startsWith("%PDF"));
    if (f == report::ReportFormat::Json) {
        QVERIFY(!dialog.signingKeyId().isEmpty());
        QVERIFY(dialog.statusText().contains(dialog.signingKeyId()));
    }
    QVERIFY(dialog.statusText().contains(QDir::toNativeSeparators(expected.first())));

    // Open and Show folder hand the file and its folder to the desktop.
    auto *open = child<QPushButton>(&dialog, "reportOpenButton");
    auto *folder = child<QPushButton>(&dialog, "reportShowFolderButton");
    QVERIFY(open && open->isVisible() && folder && folder->isVisible());
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    QTest::mouseClick(open, Qt::LeftButton);
    QTest::mouseClick(folder, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.urls, (QList<QUrl>{QUrl::fromLocalFile(expected.first()),
                                        QUrl::fromLocalFile(QFileInfo(expected.first()).absolutePath())}));
}

void TestComplianceView::reportRefusesSymbolicLink()
{
    const QString target = m_dir.filePath(QStringLiteral("elsewhere.csv"));
    const QString link = m_dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(target, link));
    ui::ReportDialog dialog(*m_context, Demo);
    dialog.setFormat(report::ReportFormat::Csv);
    QSignalSpy generated(&dialog, &ui::ReportDialog::generated);
    dialog.generate(link);
    QVERIFY(generated.wait(120000));
    QCOMPARE(generated.first().first().toBool(), false);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.writtenFiles().isEmpty());
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!child<QPushButton>(&dialog, "reportOpenButton")->isVisible());
}

void TestComplianceView::reportCancel()
{
    ui::ReportDialog dialog(*m_context, QString()); // every workspace
    dialog.show();
    QCOMPARE(child<QLabel>(&dialog, "reportScope")->text(), ui::ReportDialog::tr("All workspaces"));
    dialog.setFormat(report::ReportFormat::Html);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.html"));
    QSignalSpy generated(&dialog, &ui::ReportDialog::generated);
    dialog.generate(path);
    // Cancel (the button, as a person presses it) while it builds: the dialog stays to say what became of it.
    auto *cancel = child<QPushButton>(&dialog, "reportCancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(generated.wait(120000));
    if (generated.first().first().toBool()) {
        // The writing had begun before the cancel came: it ran to its end, and says so.
        QVERIFY(QFile::exists(path));
        QCOMPARE(dialog.writtenFiles(), QStringList{path});
    } else {
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.errorText().isEmpty()); // a cancel is not an error
        QVERIFY(!dialog.statusText().isEmpty());
    }
    QVERIFY(!dialog.isRunning());
    // Once it stopped, Cancel closes.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestComplianceView::exportShowsTerraformAndArm()
{
    ui::ExportConfigDialog dialog(*m_context, Iac);
    dialog.show();
    QVERIFY(dialog.isLoading());
    QSignalSpy loaded(&dialog, &ui::ExportConfigDialog::loaded);
    QVERIFY(loaded.wait(60000));
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    auto *preview = child<QPlainTextEdit>(&dialog, "exportPreview");
    QVERIFY(preview && preview->isReadOnly());
    QVERIFY(preview->font().styleHint() == QFont::TypeWriter); // monospace, whichever font the system has
    QCOMPARE(dialog.format(), ConfigFormat::Terraform);
    QVERIFY(dialog.previewText().contains(QStringLiteral("azurerm_databricks_workspace")));
    auto input = exportInputFor(*m_context, Iac);
    QVERIFY(input.ok());
    QCOMPARE(dialog.previewText(), *terraformFor(*input));

    dialog.setFormat(ConfigFormat::Arm);
    QVERIFY(dialog.previewText().contains(QStringLiteral("managedServices")));
    QCOMPARE(dialog.previewText(), *armTemplateFor(*input));

    // Saved whole; copied as shown.
    const QString path = m_dir.filePath(QStringLiteral("iac.json"));
    QVERIFY(dialog.save(path).ok());
    QCOMPARE(test::readFile(path), dialog.previewText().toUtf8());
    QTest::mouseClick(child<QPushButton>(&dialog, "exportCopyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog.previewText());
    // Never through a symbolic link.
    const QString link = m_dir.filePath(QStringLiteral("iac-link.json"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("iac-elsewhere.json")), link));
    QVERIFY(!dialog.save(link).ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("iac-elsewhere.json"))));
}

void TestComplianceView::exportRefusal_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<int>("reason");
    // The demo's managed-services and managed-disk keys are AES: Azure Databricks takes RSA keys only.
    QTest::newRow("AES key") << Demo << int(Reason::ExportKeyNotRsa);
    QTest::newRow("nothing assigned") << Bare << int(Reason::ExportNothingAssigned);
}

void TestComplianceView::exportRefusal()
{
    QFETCH(QString, workspace);
    QFETCH(int, reason);
    // What the services say for it: the dialog shows that, in their words.
    auto input = exportInputFor(*m_context, workspace);
    const Status exportable = input ? checkExportable(*input) : Status(input.error());
    QVERIFY(!exportable.ok());
    QCOMPARE(int(exportable.error().reason), reason);

    ui::ExportConfigDialog dialog(*m_context, workspace);
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::ExportConfigDialog::loaded);
    QVERIFY(loaded.wait(60000));
    QVERIFY(dialog.errorText().contains(services::Messages::full(exportable.error())));
    QVERIFY(child<QLabel>(&dialog, "exportError")->isVisible());
    QVERIFY(dialog.previewText().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "exportSaveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "exportCopyButton")->isEnabled());
    // The other format says the same.
    dialog.setFormat(ConfigFormat::Arm);
    QVERIFY(dialog.errorText().contains(services::Messages::full(exportable.error())));
}

QTEST_MAIN(TestComplianceView)
#include "tst_complianceview.moc"
