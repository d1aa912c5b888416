// ComplianceView: the Compliance view of the console: for the selected workspace or every workspace, the score
// (share of weighed controls met) with a sentence and a chart of the failures by severity, and every finding in a
// table that filters (text, outcome, severity, framework) and sorts by any column; a finding opens on its evidence.
// Its actions (the window puts them in its menu and tool bar) generate a report (ReportDialog) and export the
// workspace's key configuration (ExportConfigDialog).
// The report is computed on a worker with a context of its own, never prompting, whenever the view is shown after
// something changed or is refreshed.
#pragma once

#include "compliance/ComplianceService.h"
#include "services/Context.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace keyward::ui {

class ComplianceFilterProxy;
class ComplianceFindingsModel;
class EvidenceDialog;
class ExportConfigDialog;
class ReportDialog;
class SeverityChart;

class ComplianceView : public QWidget
{
    Q_OBJECT
public:
    enum class Scope
    {
        Workspace, // the workspace selected in the console
        All,       // every workspace of the catalog
    };

    explicit ComplianceView(services::Context &context, QWidget *parent = nullptr);
    ~ComplianceView() override;

    // The workspace selected in the console. The report is computed again when the view is next shown (now, if it
    // is showing).
    void setWorkspace(const QString &workspace);
    QString workspace() const { return m_workspace; }
    void setScope(Scope scope);
    Scope scope() const;
    // Computes the report again now (on a worker); a computation under way finishes first, then this one runs.
    void refresh();
    // From refresh() until its outcome is shown.
    bool isComputing() const { return m_computing; }
    // The report shown (nullopt before the first, or when the last one failed).
    const std::optional<compliance::ComplianceReport> &report() const { return m_report; }

    ComplianceFindingsModel *model() const { return m_model; }
    ComplianceFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The headline as shown: "87.5 %", and the sentence beside it.
    QString scoreText() const;
    QString summaryText() const;
    // Why the last computation failed (translated), or empty.
    QString errorText() const;

    // The view's actions, for the window's menu and tool bar: Generate report..., Export configuration...
    QAction *generateReportAction() const { return m_generateAction; }
    QAction *exportConfigAction() const { return m_exportAction; }

    // Opens the evidence of the finding in `row` of the table as sorted and filtered (non-modal; for tests).
    EvidenceDialog *openEvidence(int row);
    // Opens Generate report on the view's scope, and Export configuration on the selected workspace (non-modal;
    // nullptr when there is no workspace to export).
    ReportDialog *generateReport();
    ExportConfigDialog *exportConfiguration();

signals:
    // A computation ended and its report (or its error) is shown.
    void computed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Computation;
    void start();
    void onFinished();
    void showReport();
    void showError(const QString &why);
    void applyFilters();
    void updateCount();
    void updateActions();

    services::Context &m_context;
    QString m_workspace;
    bool m_stale = true;
    bool m_computing = false;
    bool m_pending = false;
    std::shared_ptr<Computation> m_computation;
    QFutureWatcher<void> m_watcher;
    std::optional<compliance::ComplianceReport> m_report;
    QString m_error;

    QComboBox *m_scope = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_scoreCaption = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    SeverityChart *m_chart = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QComboBox *m_frameworkFilter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_evidence = nullptr;
    ComplianceFindingsModel *m_model = nullptr;
    ComplianceFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_generateAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace keyward::ui
