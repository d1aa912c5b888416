// MainWindow: the console's top-level window: the workspaces of the catalog, the coverage matrix of the one
// selected, its controls and legend. Without a services context it is the what-if viewer of one workspace.
#pragma once

#include "demo/DemoService.h"
#include "jobs/JobRunner.h"
#include "model/Workspace.h"
#include "services/Context.h"
#include "services/ImportService.h"
#include "services/RotationService.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace keyward::ui {

class ComplianceView;
class CoverageController;
class LegendWidget;
class MatrixModel;
class MatrixView;
class HistoryView;
class JobsView;
class KeysView;
class Settings;
class WorkspaceListModel;
class WorkspacePanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens on the demo workspace.
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const model::Workspace &workspace, QWidget *parent = nullptr);
    // The console on the catalog and key stores of `context`'s data directory; what the CLI does there shows up
    // whenever the window is activated, and the other way round.
    explicit MainWindow(services::Context &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the workspaces again, keeping the selection where it can.
    void reload();
    // Selects a workspace of the list by name; false when there is none of that name.
    bool selectWorkspace(const QString &name);
    // Remembers the window, the workspace and the view in `settings` (which must outlive the window), and
    // goes back to what they hold now.
    void setSettings(Settings *settings);
    // Shows a view: one of viewNames(); false for any other name.
    bool showView(const QString &name);
    // "coverage", "keys", "jobs", "history", "compliance", in the order of their tabs.
    static QStringList viewNames();
    // The last job's outcome as the status bar shows it (empty before the first).
    QString jobStatus() const;
    // What "Create the demo workspace" makes (tests make a small one).
    void setDemoRequest(const services::DemoRequest &request) { m_demoRequest = request; }

    void setWorkspace(const model::Workspace &workspace);
    const model::Workspace &workspace() const;
    MatrixModel *matrixModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createConsole();
    void onSelectionChanged();
    void createDemo();
    void onDemoFinished();
    void newWorkspace();
    void showError(const QString &what, const Error &error);
    // Runs an encrypt, verify or rotate job on the selected workspace through the job runner.
    void runJob(jobs::JobKind kind);
    // A job to run through the runner, on any workspace; the queue runs one after the other.
    struct PendingJob
    {
        jobs::JobKind kind = jobs::JobKind::Encrypt;
        QString workspace;
        QList<model::Feature> features; // rotate: those in scope (empty: all); retire: the one
        QString version;                // retire
        qint64 holdSeconds = 0;         // retire
    };
    void startJob(const PendingJob &job);
    void rotateWorkspace();
    void rotateKey(const QString &store, const QString &key);
    void confirmRotation(const QString &scope, const services::RotationPreview &preview);
    void retireVersion();
    void importFolder();
    void onImportFinished();
    void updateStoresState();
    void onJobProgress(qint64 done, qint64 total, qint64 bytes);
    void onJobFinished(const jobs::JobReport &report);
    void updateActions();
    void createActions();
    void createCentralWidget();
    void onWorkspaceEdited();
    void refreshTexts();
    void showAbout();
    void resetWorkspace();

    model::Workspace m_initial; // what Reset goes back to
    MatrixModel *m_model = nullptr;
    MatrixView *m_view = nullptr;
    WorkspacePanel *m_panel = nullptr;
    LegendWidget *m_legend = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_reset = nullptr;
    QMenu *m_workspaceMenu = nullptr; // the console adds its workspace and job actions here

    // Console mode only.
    services::Context *m_context = nullptr;
    QString m_selected;
    WorkspaceListModel *m_list = nullptr;
    QListView *m_listView = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_empty = nullptr;
    QPushButton *m_createDemo = nullptr;
    QPushButton *m_newWorkspace = nullptr;
    QProgressBar *m_demoProgress = nullptr;
    QLabel *m_demoStep = nullptr;
    services::DemoRequest m_demoRequest;
    jobs::JobRunner *m_runner = nullptr;
    QAction *m_encrypt = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_rotate = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_import = nullptr;
    QLabel *m_storesState = nullptr;
    QList<PendingJob> m_queue;
    QFutureWatcher<void> m_importing;
    std::optional<Result<storage::ImportSummary>> m_importResult; // written by the worker before m_importing ends
    QAction *m_cancelJob = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    QLabel *m_jobStatus = nullptr;
    QTabWidget *m_views = nullptr;
    JobsView *m_jobsView = nullptr;
    KeysView *m_keysView = nullptr;
    CoverageController *m_coverage = nullptr;
    HistoryView *m_historyView = nullptr;
    ComplianceView *m_complianceView = nullptr;
    Settings *m_settings = nullptr;
    QFutureWatcher<void> m_demo;
    std::optional<Result<services::DemoResult>> m_demoResult; // written by the worker before m_demo finishes
};

} // namespace keyward::ui
