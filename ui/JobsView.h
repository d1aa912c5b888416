// JobsView: the Jobs view of the console: the job that runs now (progress, speed, time left, pause, cancel),
// the selected workspace's jobs newest first (a job a dead process left behind offered for resuming in one
// click), and the findings of the job selected there, streaming in while it runs, each openable down to its
// object and segment, and exportable as CSV.
#pragma once

#include "jobs/JobRunner.h"
#include "services/Context.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace keyward::ui {

class FindingDialog;
class FindingsModel;
class JobProgressPanel;
class JobsModel;

class JobsView : public QWidget
{
    Q_OBJECT
public:
    JobsView(services::Context &context, jobs::JobRunner *runner, QWidget *parent = nullptr);
    // Reads the jobs of `workspace` again.
    void setWorkspace(const QString &workspace);
    void reload();
    // The job whose findings are shown (0 for none).
    qint64 shownJob() const { return m_shownJob; }
    // Shows the findings of job `id` and selects its row; false when the workspace has no such job.
    bool showJob(qint64 id);
    // The newest job that can be resumed (0 for none).
    qint64 resumableJob() const { return m_resumable; }

    // Opens the details of the finding in `row` of the findings table (non-modal; returns it for tests).
    FindingDialog *openFinding(int row);
    // Asks where to write the shown findings (non-modal file dialog), then writes them.
    void exportFindings();

signals:
    // Resume was chosen for an interrupted job: a job of `kind` should start on the workspace, and it will
    // carry on from where the interrupted one stopped.
    void resumeRequested(keyward::jobs::JobKind kind);

private:
    void onStarted();
    void onFinding(const jobs::JobFinding &finding);
    void onProgress(qint64 done, qint64 total, qint64 bytes);
    void onFinished(const jobs::JobReport &report);
    void onCurrentJobChanged();
    void resume();
    void updateBanner();
    void updateFindingsTitle();
    void writeFindings(const QString &path);
    void showError(const QString &what, const Error &error);

    services::Context &m_context;
    jobs::JobRunner *m_runner;
    QString m_workspace;
    JobProgressPanel *m_panel = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_resume = nullptr;
    JobsModel *m_jobs = nullptr;
    QTableView *m_jobsTable = nullptr;
    FindingsModel *m_findings = nullptr;
    QTableView *m_findingsTable = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportStatus = nullptr;

    qint64 m_shownJob = 0;
    qint64 m_resumable = 0;
    // The job the runner runs now (0 when none, or not yet known) and its workspace; its findings as they came.
    qint64 m_runningJob = 0;
    QString m_runningWorkspace;
    QList<jobs::JobFinding> m_liveFindings;
};

} // namespace keyward::ui
