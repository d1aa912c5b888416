// MainWindow: wires the workspace panel, the matrix model and view, the legend, menus and status bar.
#include "MainWindow.h"

#include "ComplianceView.h"
#include "CoverageController.h"
#include "CoverageStyle.h"
#include "HistoryView.h"
#include "ImportDialog.h"
#include "JobsView.h"
#include "KeyWizard.h"
#include "KeysView.h"
#include "LegendWidget.h"
#include "MatrixModel.h"
#include "MatrixView.h"
#include "RetireDialog.h"
#include "RotateDialog.h"
#include "Settings.h"
#include "WorkspaceListModel.h"
#include "WorkspacePanel.h"
#include "jobs/EncryptJob.h"
#include "jobs/RetireJob.h"
#include "jobs/RotateJob.h"
#include "jobs/VerifyJob.h"
#include "model/MatrixRules.h"
#include "services/KeyService.h"
#include "services/Messages.h"
#include "services/RotationService.h"
#include "services/WorkspaceService.h"
#include "util/PoolThread.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyward::ui {

using namespace keyward::model;

MainWindow::MainWindow(QWidget *parent) : MainWindow(Workspace::sample(), parent) {}

MainWindow::MainWindow(const Workspace &workspace, QWidget *parent) : QMainWindow(parent), m_initial(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(CoverageStyle::appIcon());
    m_model = new MatrixModel(this);
    m_model->setObjectName(QStringLiteral("matrixModel"));
    createActions();
    createCentralWidget();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_summary, 1);

    setWorkspace(workspace);
    // Large enough to show the whole matrix without scrolling, but never larger than the screen.
    QSize size(1380, 880);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize());
    resize(size);
}

MainWindow::MainWindow(services::Context &context, QWidget *parent)
    : MainWindow(Workspace(QStringLiteral("-"), Plan::Premium), parent)
{
    m_context = &context;
    m_reset->setVisible(false); // the catalog is the truth: there is nothing to reset to
    createConsole();
    reload();
    // The workspace list beside the full matrix: wider than the viewer, never wider than the screen.
    QSize size(1640, 940);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize());
    resize(size);
}

MainWindow::~MainWindow()
{
    m_demo.waitForFinished(); // the demo's worker uses this window's data directory until it ends
    m_importing.waitForFinished();
}

void MainWindow::createActions()
{
    m_quit = new QAction(CoverageStyle::actionIcon(QStringLiteral("quit")), tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setStatusTip(tr("Close the console"));
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_reset = new QAction(CoverageStyle::actionIcon(QStringLiteral("reset")), tr("&Reset"), this);
    m_reset->setObjectName(QStringLiteral("actionReset"));
    m_reset->setToolTip(tr("Go back to the workspace's own plan and options"));
    connect(m_reset, &QAction::triggered, this, &MainWindow::resetWorkspace);

    m_about = new QAction(CoverageStyle::actionIcon(QStringLiteral("about")), tr("&About Keyward"), this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quit);
    m_workspaceMenu = menuBar()->addMenu(tr("&Workspace"));
    m_workspaceMenu->addAction(m_reset);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(8);

    m_panel = new WorkspacePanel(central);
    connect(m_panel, &WorkspacePanel::workspaceEdited, this, &MainWindow::onWorkspaceEdited);
    layout->addWidget(m_panel);

    // Title and one line of guidance on a single row, to leave the height to the matrix.
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("matrixTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(central);
    m_subtitle->setObjectName(QStringLiteral("matrixSubtitle"));
    QPalette p = m_subtitle->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::secondaryText());
    m_subtitle->setPalette(p);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_subtitle, 1, Qt::AlignBottom);
    layout->addLayout(titleRow);

    m_view = new MatrixView(central);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setAccessibleName(tr("Encryption coverage matrix"));
    m_view->setAccessibleDescription(tr("One row per data type, one column per key feature; each cell says which "
                                        "key protects that data."));
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    connect(m_model, &MatrixModel::cellsChanged, this, &MainWindow::refreshTexts);

    m_legend = new LegendWidget(central);
    layout->addWidget(m_legend);
    setCentralWidget(central);
}

void MainWindow::setWorkspace(const Workspace &workspace)
{
    m_panel->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    refreshTexts();
}

const Workspace &MainWindow::workspace() const
{
    return m_model->workspace();
}

void MainWindow::onWorkspaceEdited()
{
    if (m_context) {
        reload(); // the services made the change (the panel's handler): show the catalog's workspace
        return;
    }
    m_model->setWorkspace(m_panel->workspace());
    refreshTexts();
}

void MainWindow::resetWorkspace()
{
    setWorkspace(m_initial);
}

void MainWindow::refreshTexts()
{
    const Workspace &ws = m_model->workspace();
    setWindowTitle(tr("%1 - Keyward").arg(ws.name()));
    m_title->setText(tr("Encryption coverage"));
    const QString where = ws.region().isEmpty() ? planDisplayName(ws.plan())
                                                : tr("%1 plan, %2").arg(planDisplayName(ws.plan()), ws.region());
    m_subtitle->setText(m_context ? tr("Which key protects each type of data in %1 (%2), and what its keys and last "
                                       "jobs say. Hover a cell for the reason; double-click it for its objects.")
                                        .arg(ws.name(), where)
                                  : tr("Which key protects each type of data in %1 (%2). Hover a cell for the reason.")
                                        .arg(ws.name(), where));

    // "Label: count" pairs with the badges' own names avoid plural forms in untranslated English.
    const QList<MatrixCell> &cells = m_model->cells();
    const QMap<CellState, int> counts = countByState(cells);
    QStringList parts;
    parts << tr("%1 data types").arg(cells.size());
    for (CellState c : allCellStates()) {
        if (const int n = counts.value(c))
            parts << tr("%1: %2").arg(cellStateDisplayName(c)).arg(n);
    }
    m_summary->setText(parts.join(QStringLiteral("  \u00B7  ")));
}

namespace {

// Hands the demo's steps to the window's thread as they happen.
class DemoStepForwarder final : public services::DemoObserver
{
public:
    explicit DemoStepForwarder(QLabel *label) : m_label(label) {}
    void demoStep(services::DemoStep step, const QStringList &args) override
    {
        const QString text = services::Messages::demoStep(step, args);
        QMetaObject::invokeMethod(
            m_label, [label = m_label, text] { label->setText(text); }, Qt::QueuedConnection);
    }

private:
    QPointer<QLabel> m_label;
};

// A path under the home folder as people write it: ~/.local/share/keyward.
QString homeRelative(const QString &path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + QDir::toNativeSeparators(path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

} // namespace

void MainWindow::createConsole()
{
    m_list = new WorkspaceListModel(this);
    m_list->setObjectName(QStringLiteral("workspaceListModel"));
    auto *dock = new QDockWidget(tr("Workspaces"), this);
    dock->setObjectName(QStringLiteral("workspacesDock"));
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_listView = new QListView(dock);
    m_listView->setObjectName(QStringLiteral("workspaceList"));
    m_listView->setAccessibleName(tr("Workspaces"));
    m_listView->setModel(m_list);
    m_listView->setMinimumWidth(220);
    m_listView->setSpacing(2);
    dock->setWidget(m_listView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);

    // The views of the selected workspace (coverage, the central widget so far, and history) and the empty
    // state share the centre.
    QWidget *coverage = takeCentralWidget();
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setAccessibleName(tr("Views of the workspace"));
    m_views->setDocumentMode(true);
    m_views->addTab(coverage, tr("&Coverage"));
    // The job runner the CLI uses too: progress and cancel in the status bar, findings in the Jobs view.
    m_runner = new jobs::JobRunner(this);
    m_runner->setObjectName(QStringLiteral("jobRunner"));
    m_keysView = new KeysView(*m_context, m_views);
    m_views->addTab(m_keysView, tr("&Keys"));
    m_jobsView = new JobsView(*m_context, m_runner, m_views);
    connect(m_jobsView, &JobsView::resumeRequested, this, &MainWindow::runJob);
    m_views->addTab(m_jobsView, tr("&Jobs"));
    m_historyView = new HistoryView(*m_context, m_views);
    m_views->addTab(m_historyView, tr("&History"));
    m_complianceView = new ComplianceView(*m_context, m_views);
    m_views->addTab(m_complianceView, tr("Com&pliance"));
    // The Coverage view on real data: measured facts, click-through to objects, settings through the services.
    m_coverage = new CoverageController(*m_context, m_model, m_view, m_legend, this);
    connect(m_coverage, &CoverageController::measureFailed, this,
            [this](const QString &why) { statusBar()->showMessage(tr("Coverage not measured: %1").arg(why), 10000); });
    m_panel->setChangeHandler([this](const Workspace &edited) -> Status {
        // The services apply the same rules as `keywardctl workspace set`; a refusal shows beside its control.
        services::WorkspaceChangeRequest request;
        request.name = m_selected;
        request.plan = edited.plan();
        for (WorkspaceOption o : allWorkspaceOptions())
            request.options << qMakePair(o, edited.options().isSet(o));
        auto changed = services::WorkspaceService(*m_context).change(request);
        return changed ? Status() : Status(changed.error());
    });
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_views);
    m_empty = new QWidget(m_pages);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(m_empty);
    layout->addStretch(1);
    auto *heading = new QLabel(tr("No workspaces yet"), m_empty);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Create the demo workspace to see every data type under customer-managed keys, or "
                               "create an empty workspace of your own."),
                            m_empty);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMaximumWidth(hint->fontMetrics().averageCharWidth() * 90); // a line one reads at a glance
    m_createDemo = new QPushButton(tr("Create the &demo workspace"), m_empty);
    m_createDemo->setObjectName(QStringLiteral("createDemoButton"));
    m_newWorkspace = new QPushButton(tr("&New workspace..."), m_empty);
    m_newWorkspace->setObjectName(QStringLiteral("newWorkspaceButton"));
    m_demoProgress = new QProgressBar(m_empty);
    m_demoProgress->setObjectName(QStringLiteral("demoProgress"));
    m_demoProgress->setAccessibleName(tr("Demo workspace progress"));
    m_demoProgress->setRange(0, 0); // the demo's steps have no common unit: show that work goes on
    m_demoProgress->setVisible(false);
    m_demoStep = new QLabel(m_empty);
    m_demoStep->setObjectName(QStringLiteral("demoStep"));
    m_demoStep->setAlignment(Qt::AlignCenter);
    m_demoStep->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_createDemo);
    buttons->addWidget(m_newWorkspace);
    buttons->addStretch(1);
    layout->addWidget(heading);
    auto *hintRow = new QHBoxLayout; // centred without an alignment flag, which would clip the wrapped lines
    hintRow->addStretch(1);
    hintRow->addWidget(hint, 100);
    hintRow->addStretch(1);
    layout->addLayout(hintRow);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_demoProgress);
    layout->addWidget(m_demoStep);
    layout->addStretch(2);
    m_pages->addWidget(m_empty);
    setCentralWidget(m_pages);
    connect(m_createDemo, &QPushButton::clicked, this, &MainWindow::createDemo);
    connect(m_newWorkspace, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(&m_demo, &QFutureWatcher<void>::finished, this, &MainWindow::onDemoFinished);
    connect(&m_importing, &QFutureWatcher<void>::finished, this, &MainWindow::onImportFinished);

    connect(m_runner, &jobs::JobRunner::progress, this, &MainWindow::onJobProgress);
    connect(m_runner, &jobs::JobRunner::finished, this, &MainWindow::onJobFinished);
    QToolBar *toolbar = addToolBar(tr("Jobs"));
    toolbar->setObjectName(QStringLiteral("jobsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_encrypt = toolbar->addAction(tr("&Encrypt"), this, [this] { runJob(jobs::JobKind::Encrypt); });
    m_encrypt->setIcon(CoverageStyle::actionIcon(QStringLiteral("encrypt")));
    m_encrypt->setObjectName(QStringLiteral("actionEncrypt"));
    m_encrypt->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_encrypt->setStatusTip(tr("Seal every plaintext object of the workspace whose feature has a key"));
    m_verify = toolbar->addAction(tr("&Verify"), this, [this] { runJob(jobs::JobKind::Verify); });
    m_verify->setIcon(CoverageStyle::actionIcon(QStringLiteral("verify")));
    m_verify->setObjectName(QStringLiteral("actionVerify"));
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_verify->setStatusTip(tr("Check every object: under its feature's key, every segment authenticated"));
    m_rotate = toolbar->addAction(tr("&Rotate now..."), this, &MainWindow::rotateWorkspace);
    m_rotate->setIcon(CoverageStyle::actionIcon(QStringLiteral("rotate")));
    m_rotate->setObjectName(QStringLiteral("actionRotate"));
    m_rotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rotate->setStatusTip(tr("New key versions for the workspace's features; feature keys re-wrapped, no object "
                              "re-encrypted"));
    m_retire = toolbar->addAction(tr("Re&tire old version..."), this, &MainWindow::retireVersion);
    m_retire->setIcon(CoverageStyle::actionIcon(QStringLiteral("retire")));
    m_retire->setObjectName(QStringLiteral("actionRetire"));
    m_retire->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_retire->setStatusTip(tr("Disable an old key version once every gate that guards it is open"));
    m_import = new QAction(tr("&Import folder..."), this);
    m_import->setIcon(CoverageStyle::actionIcon(QStringLiteral("import")));
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Copy a folder of files into the workspace as one type of data"));
    connect(m_import, &QAction::triggered, this, &MainWindow::importFolder);
    toolbar->insertAction(m_encrypt, m_import);
    toolbar->insertSeparator(m_encrypt);
    m_cancelJob = toolbar->addAction(tr("&Cancel job"), this, [this] {
        m_queue.clear();
        m_runner->cancel();
    });
    m_cancelJob->setIcon(CoverageStyle::actionIcon(QStringLiteral("cancel")));
    m_cancelJob->setObjectName(QStringLiteral("actionCancelJob"));
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setAccessibleName(tr("Job progress"));
    m_jobProgress->setMaximumWidth(240);
    m_jobProgress->setVisible(false);
    m_jobStatus = new QLabel(this);
    m_jobStatus->setObjectName(QStringLiteral("jobStatus"));
    statusBar()->addPermanentWidget(m_jobStatus);
    statusBar()->addPermanentWidget(m_jobProgress);
    for (QAction *a : {m_import, m_encrypt, m_verify, m_rotate, m_retire})
        m_workspaceMenu->addAction(a);
    m_storesState = new QLabel(this);
    m_storesState->setObjectName(QStringLiteral("storesState"));
    statusBar()->addPermanentWidget(m_storesState);
    connect(m_keysView, &KeysView::storesChanged, this, &MainWindow::updateStoresState);
    connect(m_keysView, &KeysView::rotateKeyRequested, this, &MainWindow::rotateKey);
    connect(m_keysView, &KeysView::keysChanged, this, [this] {
        if (!m_selected.isEmpty())
            m_coverage->refresh(m_selected); // a disabled or deleted key shows in the matrix
    });
    updateActions();

    auto *newAction = new QAction(tr("&New Workspace..."), this);
    newAction->setObjectName(QStringLiteral("actionNewWorkspace"));
    newAction->setIcon(CoverageStyle::actionIcon(QStringLiteral("new-workspace")));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_workspaceMenu->addAction(newAction);
    auto *dataDir = new QLabel(tr("Data: %1").arg(homeRelative(m_context->dataDir())), this);
    dataDir->setObjectName(QStringLiteral("dataDirLabel"));
    dataDir->setToolTip(QDir::toNativeSeparators(m_context->dataDir()));
    statusBar()->addPermanentWidget(dataDir);

    // The views by keyboard, and a refresh for what another front end changed while the window kept the focus.
    QMenu *viewMenu = new QMenu(tr("&View"), this);
    menuBar()->insertMenu(m_workspaceMenu->menuAction(), viewMenu);
    const QStringList titles{tr("&Coverage"), tr("&Keys"), tr("&Jobs"), tr("&History"), tr("Com&pliance")};
    for (int i = 0; i < titles.size(); ++i) {
        QAction *show = viewMenu->addAction(titles.at(i), this, [this, i] { showView(viewNames().at(i)); });
        show->setObjectName(QStringLiteral("actionView_%1").arg(viewNames().at(i)));
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    viewMenu->addSeparator();
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::reload);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    // The key wizard, on the selected workspace: a new key, or one a store holds. It is not modal to the jobs: when
    // it closes the window reads the catalog again and, if asked, encrypts the wizard's workspace.
    const auto openKeyWizard = [this](KeyWizard::Start start) {
        auto *wizard = new KeyWizard(*m_context, this, m_selected, start);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &KeyWizard::changed, this, &MainWindow::reload);
        connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
            const bool encrypt = result == QDialog::Accepted && wizard->encryptRequested();
            reload();
            if (encrypt && selectWorkspace(wizard->plan().workspace))
                runJob(jobs::JobKind::Encrypt);
        });
        wizard->open();
    };
    auto *createKey = new QAction(tr("Create &key..."), this);
    createKey->setObjectName(QStringLiteral("actionCreateKey"));
    createKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    createKey->setStatusTip(tr("Create a key in a key store and assign it to the workspace's features"));
    connect(createKey, &QAction::triggered, this, [openKeyWizard] { openKeyWizard(KeyWizard::Start::NewKey); });
    auto *assignKey = new QAction(tr("&Assign key..."), this);
    assignKey->setObjectName(QStringLiteral("actionAssignKey"));
    assignKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    assignKey->setStatusTip(tr("Assign a key a store holds to the workspace's features"));
    connect(assignKey, &QAction::triggered, this, [openKeyWizard] { openKeyWizard(KeyWizard::Start::ExistingKey); });
    m_workspaceMenu->addSeparator();
    m_workspaceMenu->addAction(createKey);
    m_workspaceMenu->addAction(assignKey);
    createKey->setIcon(CoverageStyle::actionIcon(QStringLiteral("key")));
    toolbar->insertAction(m_import, createKey);
    toolbar->insertAction(m_import, assignKey);

    // The Compliance view's actions: a report of its scope, the selected workspace's configuration as code.
    QAction *generateReport = m_complianceView->generateReportAction();
    generateReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *exportConfig = m_complianceView->exportConfigAction();
    exportConfig->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_workspaceMenu->addSeparator();
    m_workspaceMenu->addAction(generateReport);
    m_workspaceMenu->addAction(exportConfig);
    QToolBar *compliance = addToolBar(tr("Compliance"));
    compliance->setObjectName(QStringLiteral("complianceToolbar"));
    compliance->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    compliance->addAction(generateReport);
    compliance->addAction(exportConfig);
}

void MainWindow::reload()
{
    if (!m_context)
        return;
    auto all = services::WorkspaceService(*m_context).list();
    if (!all) {
        showError(tr("The workspaces cannot be read."), all.error());
        return;
    }
    const QString keep = m_selected;
    m_list->setWorkspaces(*all);
    if (all->isEmpty()) {
        m_selected.clear();
        updateActions();
        m_pages->setCurrentWidget(m_empty);
        m_summary->setVisible(false); // it would count a workspace that is not there
        setWindowTitle(tr("Keyward"));
        return;
    }
    m_pages->setCurrentIndex(0);
    // The keys of every store, whichever workspace is selected: read again with the catalog, not on each selection.
    m_keysView->reload();
    updateStoresState();
    m_summary->setVisible(true);
    if (!selectWorkspace(keep))
        selectWorkspace(all->first().record.workspace.name());
}

bool MainWindow::selectWorkspace(const QString &name)
{
    const int row = m_list ? m_list->rowOf(name) : -1;
    if (row < 0)
        return false;
    m_selected = name;
    m_listView->setCurrentIndex(m_list->index(row));
    onSelectionChanged();
    return true;
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    const services::WorkspaceDetails &d = m_list->workspaces().at(current.row());
    m_selected = d.record.workspace.name();
    if (m_settings)
        m_settings->setLastWorkspace(m_selected);
    updateActions();
    m_jobsView->setWorkspace(m_selected);
    m_historyView->setWorkspace(m_selected);
    m_complianceView->setWorkspace(m_selected); // weighed again when it shows (now, if it does)
    m_coverage->refresh(m_selected); // its keys and last jobs may have changed even when its settings have not
    if (d.model == m_model->workspace())
        return; // unchanged since it was shown: keep the panel as it is (a refusal it shows, say)
    setWorkspace(d.model);
}

void MainWindow::setSettings(Settings *settings)
{
    m_settings = settings;
    if (!m_settings || !m_context)
        return;
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    selectWorkspace(m_settings->lastWorkspace());
    showView(m_settings->lastView());
    connect(m_views, &QTabWidget::currentChanged, this,
            [this](int index) { m_settings->setLastView(viewNames().value(index, viewNames().first())); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
        m_settings->sync();
    }
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("coverage"), QStringLiteral("keys"), QStringLiteral("jobs"), QStringLiteral("history"),
            QStringLiteral("compliance")};
}

bool MainWindow::showView(const QString &name)
{
    if (!m_views || !viewNames().contains(name))
        return false;
    m_views->setCurrentIndex(int(viewNames().indexOf(name)));
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Whatever keywardctl changed meanwhile shows up when the admin comes back to the window.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_context && !m_demo.isRunning() &&
        !m_runner->isRunning())
        reload();
}

void MainWindow::createDemo()
{
    m_createDemo->setEnabled(false);
    m_newWorkspace->setEnabled(false);
    m_demoProgress->setVisible(true);
    m_demoStep->setText(tr("Creating the demo workspace..."));
    // The demo runs on a worker with a context of its own (a catalog connection belongs to one thread); the
    // window stays responsive and shows each step as it happens.
    const QString dataDir = m_context->dataDir();
    secrets::SecretStore *secrets = &m_context->secrets();
    const services::DemoRequest request = m_demoRequest;
    m_demoResult.reset();
    auto forwarder = std::make_shared<DemoStepForwarder>(m_demoStep);
    m_demo.setFuture(QtConcurrent::run([this, dataDir, secrets, request, forwarder] {
        releaseOpenSslWithThread();
        services::Context worker(dataDir, *secrets, nullptr);
        m_demoResult = services::DemoService(worker).run(request, forwarder.get());
    }));
}

void MainWindow::onDemoFinished()
{
    m_createDemo->setEnabled(true);
    m_newWorkspace->setEnabled(true);
    m_demoProgress->setVisible(false);
    if (m_demoResult && !*m_demoResult) {
        m_demoStep->setText(services::Messages::full(m_demoResult->error()));
        return;
    }
    m_demoStep->clear();
    reload();
    selectWorkspace(m_demoRequest.workspace);
}

void MainWindow::updateActions()
{
    const bool busy = m_runner->isRunning() || m_demo.isRunning() || m_importing.isRunning();
    const bool selected = !m_selected.isEmpty();
    for (QAction *a : {m_import, m_encrypt, m_verify, m_rotate, m_retire})
        a->setEnabled(selected && !busy);
    m_cancelJob->setEnabled(m_runner->isRunning());
}

QString MainWindow::jobStatus() const
{
    return m_jobStatus ? m_jobStatus->text() : QString();
}

void MainWindow::runJob(jobs::JobKind kind)
{
    if (m_selected.isEmpty() || m_runner->isRunning())
        return;
    startJob({kind, m_selected, {}, {}, 0});
}

void MainWindow::startJob(const PendingJob &pending)
{
    jobs::JobSettings settings;
    settings.catalogPath = m_context->catalogPath();
    settings.workspace = pending.workspace;
    jobs::KeyStoreProvider &stores = m_context->stores();
    std::unique_ptr<jobs::Job> job;
    switch (pending.kind) {
    case jobs::JobKind::Encrypt:
        job = std::make_unique<jobs::EncryptJob>(settings, stores, m_context->clock());
        break;
    case jobs::JobKind::Verify:
        job = std::make_unique<jobs::VerifyJob>(settings, stores, 0, m_context->clock());
        break;
    case jobs::JobKind::Rotate:
        job = std::make_unique<jobs::RotateJob>(settings, stores, pending.features, false, m_context->clock());
        break;
    case jobs::JobKind::Retire:
        job = std::make_unique<jobs::RetireJob>(settings, stores, pending.features.value(0), pending.version,
                                                pending.holdSeconds, m_context->clock());
        break;
    case jobs::JobKind::Rekey:
        return;
    }
    m_jobProgress->setRange(0, 0);
    m_jobProgress->setVisible(true);
    m_jobStatus->setText(tr("%1 running on %2...").arg(jobs::jobKindName(pending.kind), pending.workspace));
    // The job's key stores are opened here, on this thread, before it starts; it runs on a worker.
    if (auto st = m_runner->start(std::move(job)); !st) {
        m_queue.clear();
        m_jobProgress->setVisible(false);
        m_jobStatus->clear();
        showError(tr("The job did not start."), st.error());
    }
    updateActions();
    updateStoresState();
}

void MainWindow::rotateWorkspace()
{
    if (m_selected.isEmpty() || m_runner->isRunning())
        return;
    auto preview = services::RotationService(*m_context).preview(m_selected);
    if (!preview) {
        showError(tr("The rotation cannot be prepared."), preview.error());
        return;
    }
    confirmRotation(tr("workspace %1").arg(m_selected), *preview);
}

void MainWindow::rotateKey(const QString &store, const QString &key)
{
    if (m_runner->isRunning())
        return;
    auto preview = services::RotationService(*m_context).previewKey(store, key);
    if (!preview) {
        showError(tr("The rotation cannot be prepared."), preview.error());
        return;
    }
    if (preview->steps.isEmpty() && preview->skipped.isEmpty()) {
        // No workspace uses the key: a new version is all a rotation is.
        auto *box = new QMessageBox(QMessageBox::Question, tr("Rotate now"),
                                    tr("No workspace uses key %1/%2. Make a new version of it?").arg(store, key),
                                    QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("rotateUnusedKey"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *go = box->addButton(tr("&New version"), QMessageBox::AcceptRole);
        connect(go, &QPushButton::clicked, this, [this, store, key] {
            auto made = services::KeyService(*m_context).rotate(store, key);
            if (!made)
                showError(tr("The key was not rotated."), made.error());
            m_keysView->reload();
            m_keysView->select(store, key);
        });
        box->open();
        return;
    }
    confirmRotation(tr("key %1/%2 in every workspace that uses it").arg(store, key), *preview);
}

void MainWindow::confirmRotation(const QString &scope, const services::RotationPreview &preview)
{
    auto *dialog = new RotateDialog(scope, preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, preview] {
        // One rotation per workspace, of the features in the preview, then a verification of each.
        QMap<QString, QList<model::Feature>> byWorkspace;
        for (const services::RotationStep &s : preview.steps)
            byWorkspace[s.workspace] << s.feature;
        m_queue.clear();
        for (auto it = byWorkspace.cbegin(); it != byWorkspace.cend(); ++it)
            m_queue << PendingJob{jobs::JobKind::Rotate, it.key(), it.value(), {}, 0};
        for (auto it = byWorkspace.cbegin(); it != byWorkspace.cend(); ++it)
            m_queue << PendingJob{jobs::JobKind::Verify, it.key(), {}, {}, 0};
        if (!m_queue.isEmpty() && !m_runner->isRunning())
            startJob(m_queue.takeFirst());
    });
    dialog->open();
}

void MainWindow::retireVersion()
{
    if (m_selected.isEmpty() || m_runner->isRunning())
        return;
    auto *dialog = new RetireDialog(*m_context, m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        startJob({jobs::JobKind::Retire, m_selected, {dialog->feature()}, dialog->version(), dialog->holdSeconds()});
    });
    dialog->open();
}

void MainWindow::importFolder()
{
    if (m_selected.isEmpty() || m_importing.isRunning())
        return;
    auto *dialog = new ImportDialog(m_selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        services::ImportRequest request = dialog->request();
        m_jobProgress->setRange(0, 0);
        m_jobProgress->setVisible(true);
        m_jobStatus->setText(tr("Importing %1 into %2...").arg(request.folder, request.workspace));
        // On a worker with a catalog connection of its own; progress comes back through queued calls.
        QPointer<QProgressBar> bar = m_jobProgress;
        request.progress = [bar](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                bar,
                [bar, done, total] {
                    if (bar && total > 0) {
                        bar->setRange(0, 1000);
                        bar->setValue(int(done * 1000 / total));
                    }
                },
                Qt::QueuedConnection);
            return true;
        };
        const QString dataDir = m_context->dataDir();
        secrets::SecretStore *secrets = &m_context->secrets();
        m_importResult.reset();
        m_importing.setFuture(QtConcurrent::run([this, dataDir, secrets, request] {
            releaseOpenSslWithThread();
            services::Context worker(dataDir, *secrets, nullptr);
            m_importResult = services::ImportService(worker).importFolder(request);
        }));
        updateActions();
    });
    dialog->open();
}

void MainWindow::onImportFinished()
{
    m_jobProgress->setVisible(false);
    updateActions();
    if (m_importResult && !*m_importResult) {
        m_jobStatus->setText(tr("Import failed."));
        showError(tr("The folder was not imported."), m_importResult->error());
        return;
    }
    if (m_importResult) {
        const storage::ImportSummary &s = **m_importResult;
        m_jobStatus->setText(tr("Imported %1 files into %2 (%3 unchanged, %4 skipped); run Encrypt to seal them.")
                                 .arg(s.files)
                                 .arg(s.folder)
                                 .arg(s.unchanged)
                                 .arg(s.skipped.size()));
    }
    reload();
}

void MainWindow::updateStoresState()
{
    if (!m_storesState)
        return;
    auto stores = m_context->registry().list();
    if (!stores) {
        m_storesState->setText(services::Messages::full(stores.error()));
        return;
    }
    QStringList parts;
    for (const keystore::StoreConfig &s : *stores)
        parts << (m_context->stores().isOpen(s.name) ? tr("%1: unlocked").arg(s.name) : tr("%1: locked").arg(s.name));
    m_storesState->setText(parts.isEmpty() ? tr("No key stores")
                                           : tr("Stores: %1").arg(parts.join(QStringLiteral(", "))));
    m_storesState->setToolTip(tr("A locked store opens when a job needs it, or from the Keys view."));
}

void MainWindow::onJobProgress(qint64 done, qint64 total, qint64 bytes)
{
    Q_UNUSED(bytes);
    // Progress bars hold ints; large counts are scaled to per mille.
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void MainWindow::onJobFinished(const jobs::JobReport &report)
{
    m_jobProgress->setVisible(false);
    m_jobStatus->setText(tr("%1: %2").arg(jobs::jobKindName(report.kind), services::Messages::jobSummary(report)));
    if (!report.ok())
        m_queue.clear(); // what was to follow (a verification after a rotation) would not mean the same now
    updateActions();
    reload(); // a rotation moved the assignments' versions on; the history gained its rows
    if (!m_queue.isEmpty() && !m_runner->isRunning())
        startJob(m_queue.takeFirst());
}

void MainWindow::newWorkspace()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newWorkspaceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New workspace"));
    dialog->setLabelText(tr("Name (3-64 letters, digits, dashes or underscores):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        services::CreateWorkspaceRequest request;
        request.name = name.trimmed();
        auto created = services::WorkspaceService(*m_context).create(request);
        if (!created) {
            showError(tr("The workspace was not created."), created.error());
            return;
        }
        m_selected = request.name;
        reload();
    });
    dialog->open();
}

void MainWindow::showError(const QString &what, const Error &error)
{
    // Non-blocking, like the About box, so tests can read and close it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Keyward"), what, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(services::Messages::full(error));
    box->open();
}

void MainWindow::showAbout()
{
    // Non-blocking, so tests (and scripted screenshots) can find it and close it.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Keyward"));
    box->setIconPixmap(CoverageStyle::appIcon().pixmap(QSize(64, 64)));
    box->setTextFormat(Qt::RichText);
    QString version = QCoreApplication::applicationVersion();
    box->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
            .arg(version.isEmpty() ? tr("Keyward") : tr("Keyward %1").arg(version).toHtmlEscaped(),
                 tr("A console for customer-managed encryption keys of data platform workspaces.").toHtmlEscaped(),
                 tr("See which key protects each type of data, set keys up, rotate them and prove it.")
                     .toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace keyward::ui
