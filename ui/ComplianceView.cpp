// ComplianceView: the scope bar, the headline (score, sentence, chart), the filter bar and the findings table.
#include "ComplianceView.h"

#include "ComplianceFilterProxy.h"
#include "ComplianceFindingsModel.h"
#include "CoverageStyle.h"
#include "EvidenceDialog.h"
#include "ExportConfigDialog.h"
#include "FormParts.h"
#include "ReportDialog.h"
#include "SeverityChart.h"
#include "services/Messages.h"
#include "util/PoolThread.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyward::ui {

using namespace keyward::compliance;

struct ComplianceView::Computation
{
    ReportScope scope;
    std::optional<Result<ComplianceReport>> result; // written by the worker before the watcher finishes
};

namespace {

// Weighed findings are passes and failures of a control that has a weight; information and not-applicable ones are
// never scored.
bool weighed(const Finding &f)
{
    return (f.outcome == Outcome::Pass || f.outcome == Outcome::Fail) && severityWeight(f.severity) > 0;
}

} // namespace

ComplianceView::ComplianceView(services::Context &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("compliancePage"));
    auto *layout = new QVBoxLayout(this);

    // The actions the window also shows in its menu and tool bar.
    m_generateAction =
        new QAction(CoverageStyle::actionIcon(QStringLiteral("report")), tr("Generate &report..."), this);
    m_generateAction->setObjectName(QStringLiteral("actionGenerateReport"));
    m_generateAction->setStatusTip(tr("Write a compliance report (PDF, HTML, signed JSON or CSV) of the view's scope"));
    connect(m_generateAction, &QAction::triggered, this, [this] { generateReport(); });
    m_exportAction =
        new QAction(CoverageStyle::actionIcon(QStringLiteral("export-config")), tr("E&xport configuration..."), this);
    m_exportAction->setObjectName(QStringLiteral("actionExportConfig"));
    m_exportAction->setStatusTip(tr("The selected workspace's key configuration as Terraform or an ARM template"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportConfiguration(); });

    // Scope, state and the actions.
    auto *top = new QHBoxLayout;
    m_scope = addFilterCombo("complianceScopeCombo", tr("Compliance scope"), tr("&Scope:"), this, top);
    m_scope->addItem(tr("This workspace"), int(Scope::Workspace));
    m_scope->addItem(tr("All workspaces"), int(Scope::All));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("complianceBusy"));
    m_busy->setAccessibleName(tr("Weighing the controls"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("complianceState"));
    m_state->setWordWrap(true);
    top->addWidget(m_busy);
    top->addWidget(m_state, 1);
    layout->addLayout(top);

    // The headline: the score, what it means, and the failures by severity.
    auto *headline = new QFrame(this);
    headline->setObjectName(QStringLiteral("complianceHeadline"));
    headline->setFrameShape(QFrame::StyledPanel);
    auto *head = new QHBoxLayout(headline);
    head->setContentsMargins(14, 10, 14, 10);
    head->setSpacing(20);
    auto *scoreColumn = new QVBoxLayout;
    scoreColumn->setSpacing(0);
    m_scoreCaption = new QLabel(tr("Compliance score"), headline);
    m_scoreCaption->setObjectName(QStringLiteral("complianceScoreCaption"));
    QPalette secondary = m_scoreCaption->palette();
    secondary.setColor(QPalette::WindowText, CoverageStyle::secondaryText());
    m_scoreCaption->setPalette(secondary);
    m_score = new QLabel(QStringLiteral("\u2013"), headline);
    m_score->setObjectName(QStringLiteral("complianceScore"));
    m_score->setAccessibleName(tr("Compliance score: not computed yet"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("100.0 %")) + 4);
    scoreColumn->addWidget(m_scoreCaption);
    scoreColumn->addWidget(m_score);
    scoreColumn->addStretch(1);
    head->addLayout(scoreColumn);
    auto *textColumn = new QVBoxLayout;
    m_summary = new QLabel(headline);
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_summary->setWordWrap(true);
    QFont medium = m_summary->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.15);
    m_summary->setFont(medium);
    m_detail = new QLabel(headline);
    m_detail->setObjectName(QStringLiteral("complianceDetail"));
    m_detail->setWordWrap(true);
    m_detail->setPalette(secondary);
    textColumn->addWidget(m_summary);
    textColumn->addWidget(m_detail);
    textColumn->addStretch(1);
    head->addLayout(textColumn, 1);
    auto *chartColumn = new QVBoxLayout;
    chartColumn->setSpacing(4);
    auto *chartCaption = new QLabel(tr("Failed controls by severity"), headline);
    chartCaption->setPalette(secondary);
    m_chart = new SeverityChart(headline);
    chartColumn->addWidget(chartCaption);
    chartColumn->addWidget(m_chart);
    chartColumn->addStretch(1);
    head->addLayout(chartColumn);
    layout->addWidget(headline);

    // Filters.
    auto *bar = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("complianceTextFilter"));
    m_text->setAccessibleName(tr("Filter the findings by text"));
    m_text->setPlaceholderText(tr("Text in any column"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 32);
    auto *find = new QLabel(tr("Fin&d:"), this);
    find->setBuddy(m_text);
    bar->addWidget(find);
    bar->addWidget(m_text);
    bar->addSpacing(8);
    m_outcomeFilter = addFilterCombo("complianceOutcomeFilter", tr("Outcome filter"), tr("&Outcome:"), this, bar);
    for (ComplianceFilterProxy::OutcomeFilter f : ComplianceFilterProxy::allOutcomeFilters())
        m_outcomeFilter->addItem(ComplianceFilterProxy::outcomeFilterName(f), int(f));
    m_severityFilter = addFilterCombo("complianceSeverityFilter", tr("Severity filter"), tr("Se&verity:"), this, bar);
    m_severityFilter->addItem(tr("All severities"), -1);
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info})
        m_severityFilter->addItem(severityDisplayName(s), int(s));
    m_frameworkFilter =
        addFilterCombo("complianceFrameworkFilter", tr("Framework filter"), tr("F&ramework:"), this, bar);
    m_frameworkFilter->addItem(tr("All frameworks"), -1);
    for (Framework f : allFrameworks())
        m_frameworkFilter->addItem(frameworkDisplayName(f), int(f));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("complianceCount"));
    bar->addStretch(1);
    bar->addWidget(m_count);
    m_evidence = new QPushButton(tr("&Evidence..."), this);
    m_evidence->setObjectName(QStringLiteral("complianceEvidenceButton"));
    m_evidence->setAccessibleName(tr("Show the evidence of the selected finding"));
    m_evidence->setToolTip(tr("The control, the finding and what proves it (Enter or double-click does the same)"));
    bar->addWidget(m_evidence);
    layout->addLayout(bar);

    // The findings.
    m_model = new ComplianceFindingsModel(this);
    m_model->setObjectName(QStringLiteral("complianceFindingsModel"));
    m_proxy = new ComplianceFilterProxy(this);
    m_proxy->setObjectName(QStringLiteral("complianceFilterProxy"));
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_table->setAccessibleName(tr("Compliance findings"));
    m_table->setAccessibleDescription(tr("One row per control judged for one subject: outcome, severity, control, "
                                         "reference, workspace, feature, subject and summary."));
    m_table->setToolTip(tr("Double-click a finding, or press Enter, for its evidence"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(ComplianceFindingsModel::SeverityColumn, Qt::DescendingOrder);
    layout->addWidget(m_table, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updateActions();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(m_text, &QLineEdit::textChanged, this, &ComplianceView::applyFilters);
    for (QComboBox *combo : {m_outcomeFilter, m_severityFilter, m_frameworkFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplianceView::applyFilters);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openEvidence(index.row()); });
    connect(m_evidence, &QPushButton::clicked, this, [this] { openEvidence(m_table->currentIndex().row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ComplianceView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ComplianceView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ComplianceView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ComplianceView::updateCount);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ComplianceView::onFinished);
    updateCount();
    updateActions();
}

ComplianceView::~ComplianceView()
{
    m_watcher.waitForFinished(); // the worker reads the context's secret store and clock until it ends
}

void ComplianceView::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
    m_stale = true;
    updateActions();
    if (isVisible())
        refresh();
}

void ComplianceView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

ComplianceView::Scope ComplianceView::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void ComplianceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ComplianceView::refresh()
{
    if (scope() == Scope::Workspace && m_workspace.isEmpty())
        return; // nothing selected yet: the window sets the workspace once it has one
    m_stale = false;
    if (m_computing) {
        m_pending = true;
        return;
    }
    start();
}

void ComplianceView::start()
{
    m_pending = false;
    m_computing = true;
    m_busy->setVisible(true);
    const QString where = scope() == Scope::All ? tr("every workspace") : tr("workspace %1").arg(m_workspace);
    m_state->setText(tr("Weighing the controls for %1...").arg(where));
    m_computation = std::make_shared<Computation>();
    m_computation->scope.workspace = scope() == Scope::All ? QString() : m_workspace;
    m_computation->scope.mayPrompt = false;
    // A catalog connection belongs to one thread: the worker opens its own on the same data directory, and the key
    // stores without a prompt (a locked store's keys are judged "not checked"), so a refresh never waits for a person.
    const QString dataDir = m_context.dataDir();
    secrets::SecretStore *secrets = &m_context.secrets();
    const Clock *clock = &m_context.clock();
    m_watcher.setFuture(QtConcurrent::run([outcome = m_computation, dataDir, secrets, clock] {
        releaseOpenSslWithThread();
        services::Context worker(dataDir, *secrets, nullptr, *clock);
        outcome->result = ComplianceService(worker).report(outcome->scope);
    }));
}

void ComplianceView::onFinished()
{
    const std::shared_ptr<Computation> outcome = m_computation;
    if (m_pending) {
        start(); // the scope or the workspace changed meanwhile: what was computed is already out of date
        return;
    }
    m_computing = false;
    m_busy->setVisible(false);
    if (outcome && outcome->result) {
        if (*outcome->result) {
            m_error.clear();
            m_report = **outcome->result;
            showReport();
        } else {
            showError(services::Messages::full(outcome->result->error()));
        }
    }
    updateActions();
    emit computed();
}

void ComplianceView::showReport()
{
    const ComplianceReport &report = *m_report;
    // Keep the finding that was selected, when it is still there.
    const Finding *was = m_model->finding(m_proxy->mapToSource(m_table->currentIndex()).row());
    const std::optional<Finding> selected = was ? std::optional<Finding>(*was) : std::nullopt;
    m_model->setFindings(report.findings);
    // Columns as wide as what they hold, within reason: the summary takes the rest.
    const int widest = m_table->fontMetrics().averageCharWidth() * 34;
    for (int column = 0; column < ComplianceFindingsModel::SummaryColumn; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    }
    bool kept = false;
    if (selected) {
        for (int row = 0; row < m_model->rowCount() && !kept; ++row) {
            const Finding &f = *m_model->finding(row);
            if (f.controlId == selected->controlId && f.workspace == selected->workspace &&
                f.subject == selected->subject && f.feature == selected->feature) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                m_table->setCurrentIndex(index);
                kept = index.isValid();
            }
        }
    }
    // Otherwise the first finding, so that the keyboard and Evidence... start somewhere.
    if (!kept && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));

    int weighedCount = 0, failed = 0, info = 0, notApplicable = 0;
    QMap<Severity, int> bySeverity;
    for (const Finding &f : report.findings) {
        if (weighed(f)) {
            ++weighedCount;
            if (f.outcome == Outcome::Fail) {
                ++failed;
                ++bySeverity[f.severity];
            }
        }
        info += f.outcome == Outcome::Info ? 1 : 0;
        notApplicable += f.outcome == Outcome::NotApplicable ? 1 : 0;
    }
    const QLocale locale;
    const QString score = tr("%1 %").arg(locale.toString(report.score(), 'f', 1));
    m_score->setText(score);
    m_score->setAccessibleName(tr("Compliance score: %1").arg(score));

    QString sentence;
    if (weighedCount == 0) {
        sentence = tr("Nothing to weigh yet: no scored control applies to %1.")
                       .arg(report.allWorkspaces ? tr("any workspace") : tr("this workspace"));
    } else if (failed == 0) {
        sentence = tr("All %1 weighed controls are met.").arg(weighedCount);
    } else {
        QStringList parts;
        for (Severity s : SeverityChart::severities()) {
            if (const int n = bySeverity.value(s))
                parts << tr("%1 %2").arg(severityDisplayName(s)).arg(n);
        }
        sentence = tr("%1 of %2 weighed controls failed: %3")
                       .arg(failed)
                       .arg(weighedCount)
                       .arg(parts.join(QStringLiteral(", ")));
    }
    m_summary->setText(sentence);
    m_summary->setAccessibleName(sentence);
    const QString scopeText =
        report.allWorkspaces ? tr("All workspaces (%1)").arg(report.facts.workspaces.size())
                             : tr("Workspace %1").arg(m_computation ? m_computation->scope.workspace : m_workspace);
    m_detail->setText(tr("%1 \u00B7 information: %2 \u00B7 not applicable: %3 \u00B7 weighed %4 UTC \u00B7 "
                         "the score counts each control by its severity's weight")
                          .arg(scopeText)
                          .arg(info)
                          .arg(notApplicable)
                          .arg(report.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_chart->setCounts(bySeverity);
    m_state->clear();
    updateCount();
}

void ComplianceView::showError(const QString &why)
{
    m_error = why;
    m_report.reset();
    m_model->setFindings({});
    m_score->setText(QStringLiteral("\u2013"));
    m_score->setAccessibleName(tr("Compliance score: not computed"));
    m_summary->setText(tr("The controls could not be weighed."));
    m_detail->clear();
    m_chart->setCounts({});
    m_state->setText(why);
}

QString ComplianceView::scoreText() const
{
    return m_score->text();
}

QString ComplianceView::summaryText() const
{
    return m_summary->text();
}

QString ComplianceView::errorText() const
{
    return m_error;
}

void ComplianceView::applyFilters()
{
    m_proxy->setText(m_text->text());
    m_proxy->setOutcomeFilter(ComplianceFilterProxy::OutcomeFilter(m_outcomeFilter->currentData().toInt()));
    const int severity = m_severityFilter->currentData().toInt();
    m_proxy->setSeverity(severity >= 0 ? std::optional<Severity>(Severity(severity)) : std::nullopt);
    const int framework = m_frameworkFilter->currentData().toInt();
    m_proxy->setFramework(framework >= 0 ? std::optional<Framework>(Framework(framework)) : std::nullopt);
    updateCount();
    updateActions();
}

void ComplianceView::updateCount()
{
    m_count->setText(tr("%1 of %2 findings").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void ComplianceView::updateActions()
{
    m_evidence->setEnabled(m_table->currentIndex().isValid());
    m_exportAction->setEnabled(!m_workspace.isEmpty());
    m_generateAction->setEnabled(scope() == Scope::All || !m_workspace.isEmpty());
}

EvidenceDialog *ComplianceView::openEvidence(int row)
{
    const Finding *finding = m_model->finding(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    if (!finding)
        return nullptr;
    auto *dialog = new EvidenceDialog(*finding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ReportDialog *ComplianceView::generateReport()
{
    if (scope() == Scope::Workspace && m_workspace.isEmpty())
        return nullptr;
    auto *dialog = new ReportDialog(m_context, scope() == Scope::All ? QString() : m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ExportConfigDialog *ComplianceView::exportConfiguration()
{
    if (m_workspace.isEmpty())
        return nullptr;
    auto *dialog = new ExportConfigDialog(m_context, m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace keyward::ui
