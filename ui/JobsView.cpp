// JobsView: the running job's panel over the jobs table over the findings of the job selected there.
#include "JobsView.h"

#include "FindingDialog.h"
#include "FindingsModel.h"
#include "JobProgressPanel.h"
#include "JobsModel.h"
#include "ProgressDelegate.h"
#include "services/FindingsExport.h"
#include "services/JobHistoryService.h"
#include "services/JobText.h"
#include "services/Messages.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

// The kinds the console starts without asking anything; rekey and retire need the feature and version the
// command line was given, so those are carried on from keywardctl.
bool consoleResumes(jobs::JobKind kind)
{
    return kind == jobs::JobKind::Encrypt || kind == jobs::JobKind::Verify || kind == jobs::JobKind::Rotate;
}

QTableView *makeTable(QAbstractItemModel *model, const char *name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

JobsView::JobsView(services::Context &context, jobs::JobRunner *runner, QWidget *parent)
    : QWidget(parent), m_context(context), m_runner(runner)
{
    setObjectName(QStringLiteral("jobsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    m_panel = new JobProgressPanel(runner, this);
    layout->addWidget(m_panel);

    // A job left behind by a process that died: said in words, with the one click that carries it on.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("resumeBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(20, 20)));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("resumeBannerText"));
    m_bannerText->setWordWrap(true);
    m_resume = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Resume"), m_banner);
    m_resume->setObjectName(QStringLiteral("resumeJobButton"));
    m_resume->setAccessibleName(tr("Resume the interrupted job"));
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_resume);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("jobsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_jobs = new JobsModel(this);
    m_jobs->setObjectName(QStringLiteral("jobsModel"));
    m_jobsTable = makeTable(m_jobs, "jobsTable", tr("Jobs of the workspace"), splitter);
    m_jobsTable->setItemDelegateForColumn(JobsModel::ProgressColumn,
                                          new ProgressDelegate(JobsModel::ProgressRole, m_jobsTable));
    // Columns as wide as what they hold; a stretched last column would pull the findings count far right.
    m_jobsTable->horizontalHeader()->setStretchLastSection(false);
    splitter->addWidget(m_jobsTable);

    auto *findingsBox = new QWidget(splitter);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 4, 0, 0);
    auto *findingsBar = new QHBoxLayout;
    m_findingsTitle = new QLabel(findingsBox);
    m_findingsTitle->setObjectName(QStringLiteral("findingsTitle"));
    QFont bold = m_findingsTitle->font();
    bold.setBold(true);
    m_findingsTitle->setFont(bold);
    m_exportStatus = new QLabel(findingsBox);
    m_exportStatus->setObjectName(QStringLiteral("findingsExportStatus"));
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setAccessibleName(tr("Export of the findings"));
    m_details = new QPushButton(tr("&Details..."), findingsBox);
    m_details->setObjectName(QStringLiteral("findingDetailsButton"));
    m_details->setAccessibleName(tr("Details of the selected finding"));
    m_export = new QPushButton(tr("&Export CSV..."), findingsBox);
    m_export->setObjectName(QStringLiteral("exportFindingsButton"));
    m_export->setAccessibleName(tr("Export the findings as CSV"));
    findingsBar->addWidget(m_findingsTitle);
    findingsBar->addWidget(m_exportStatus, 1);
    findingsBar->addWidget(m_details);
    findingsBar->addWidget(m_export);
    findingsLayout->addLayout(findingsBar);
    m_findings = new FindingsModel(this);
    m_findings->setObjectName(QStringLiteral("findingsModel"));
    m_findingsTable = makeTable(m_findings, "findingsTable", tr("Findings of the selected job"), findingsBox);
    m_findingsTable->setToolTip(tr("Double-click a finding, or press Enter, for its object and segment"));
    findingsLayout->addWidget(m_findingsTable, 1);
    splitter->addWidget(findingsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_jobsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsView::onCurrentJobChanged);
    connect(m_findingsTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openFinding(index.row()); });
    connect(m_findingsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsView::updateFindingsTitle);
    connect(m_details, &QPushButton::clicked, this, [this] { openFinding(m_findingsTable->currentIndex().row()); });
    connect(m_export, &QPushButton::clicked, this, &JobsView::exportFindings);
    connect(m_resume, &QPushButton::clicked, this, &JobsView::resume);
    connect(runner, &jobs::JobRunner::started, this, &JobsView::onStarted);
    connect(runner, &jobs::JobRunner::progress, this, &JobsView::onProgress);
    connect(runner, &jobs::JobRunner::finding, this, &JobsView::onFinding);
    connect(runner, &jobs::JobRunner::finished, this, &JobsView::onFinished);
    updateFindingsTitle();
}

void JobsView::setWorkspace(const QString &workspace)
{
    if (workspace != m_workspace)
        m_shownJob = 0; // another workspace's jobs: show its newest
    m_workspace = workspace;
    reload();
}

void JobsView::reload()
{
    const qint64 keep = m_shownJob;
    QList<services::JobListing> listing;
    if (!m_workspace.isEmpty()) {
        auto read = services::JobHistoryService(m_context).listing(m_workspace);
        if (read)
            listing = *read;
        else
            m_exportStatus->setText(services::Messages::full(read.error()));
    }
    m_jobs->setJobs(listing);
    m_resumable = 0;
    for (const services::JobListing &j : std::as_const(listing)) {
        if (j.resumable) {
            m_resumable = j.record.id;
            break;
        }
    }
    m_shownJob = 0;
    if (!showJob(keep) && !listing.isEmpty())
        showJob(listing.first().record.id);
    if (m_shownJob == 0)
        onCurrentJobChanged();
    updateBanner();
}

bool JobsView::showJob(qint64 id)
{
    const int row = id > 0 ? m_jobs->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_jobsTable->setCurrentIndex(m_jobs->index(row, 0));
    if (m_shownJob != id)
        onCurrentJobChanged();
    return true;
}

void JobsView::onCurrentJobChanged()
{
    const QModelIndex current = m_jobsTable->currentIndex();
    m_shownJob = current.isValid() ? current.data(JobsModel::JobIdRole).toLongLong() : 0;
    if (m_shownJob == 0) {
        m_findings->clear();
    } else if (m_shownJob == m_runningJob) {
        m_findings->setFindings(m_liveFindings);
    } else {
        auto found = services::JobHistoryService(m_context).findings(m_shownJob);
        m_findings->setFindings(found ? *found : QList<jobs::JobFinding>());
        if (!found)
            m_exportStatus->setText(services::Messages::full(found.error()));
    }
    updateFindingsTitle();
}

void JobsView::updateFindingsTitle()
{
    const int row = m_jobs->rowOf(m_shownJob);
    if (row < 0) {
        m_findingsTitle->setText(tr("Findings"));
    } else {
        const services::JobListing &job = m_jobs->listings().at(row);
        const QString state = m_shownJob == m_runningJob ? services::JobText::stateName(catalog::JobState::Running)
                              : job.resumable            ? services::JobText::resumable()
                                                         : services::JobText::stateName(job.record.state);
        m_findingsTitle->setText(tr("Findings of job %1 (%2, %3): %4")
                                     .arg(m_shownJob)
                                     .arg(services::JobText::kindName(job.record.kind), state)
                                     .arg(m_findings->rowCount()));
    }
    m_export->setEnabled(m_findings->rowCount() > 0);
    m_details->setEnabled(m_findingsTable->currentIndex().isValid());
}

void JobsView::updateBanner()
{
    const int row = m_jobs->rowOf(m_resumable);
    m_banner->setVisible(row >= 0);
    if (row < 0)
        return;
    const catalog::JobRecord &job = m_jobs->listings().at(row).record;
    const auto kind = services::jobKindOf(job);
    const bool here = kind && consoleResumes(*kind);
    QString text = tr("Job %1 (%2) stopped when its process ended, on %3; what it had done is kept.")
                       .arg(job.id)
                       .arg(services::JobText::kindName(job.kind),
                            job.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    text += QLatin1Char(' ') +
            (here ? tr("Resume carries on from there.")
                  : tr("Run 'keywardctl %1' again on the workspace to carry on from there.").arg(job.kind));
    m_bannerText->setText(text);
    m_resume->setVisible(here);
    m_resume->setEnabled(here && !m_runner->isRunning());
}

void JobsView::resume()
{
    const int row = m_jobs->rowOf(m_resumable);
    if (row < 0 || m_runner->isRunning())
        return;
    if (const auto kind = services::jobKindOf(m_jobs->listings().at(row).record); kind && consoleResumes(*kind))
        emit resumeRequested(*kind);
    m_resume->setEnabled(!m_runner->isRunning()); // one job at a time; its start comes a moment later
}

void JobsView::onStarted()
{
    const jobs::Job *job = m_runner->job();
    m_liveFindings.clear();
    // The job has its row now (it may even have ended already: its finished() is on its way).
    m_runningJob = job ? job->jobId() : 0;
    m_runningWorkspace = job ? job->workspace() : QString();
    if (m_runningWorkspace == m_workspace) {
        reload();
        showJob(m_runningJob);
    }
    m_resume->setEnabled(false);
}

void JobsView::onProgress(qint64 done, qint64 total, qint64 bytes)
{
    Q_UNUSED(bytes);
    if (m_runningJob != 0)
        m_jobs->setProgress(m_runningJob, done, total);
}

void JobsView::onFinding(const jobs::JobFinding &finding)
{
    m_liveFindings << finding;
    if (m_runningJob != 0 && m_shownJob == m_runningJob) {
        m_findings->append(finding);
        updateFindingsTitle();
    }
}

void JobsView::onFinished(const jobs::JobReport &report)
{
    Q_UNUSED(report);
    m_runningJob = 0;
    m_liveFindings.clear();
    if (m_runningWorkspace == m_workspace)
        reload();
    else
        updateBanner();
}

FindingDialog *JobsView::openFinding(int row)
{
    if (row < 0 || row >= m_findings->rowCount())
        return nullptr;
    const jobs::JobFinding finding = m_findings->findings().at(row);
    auto *dialog = new FindingDialog(finding, services::JobHistoryService(m_context).place(m_workspace, finding), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void JobsView::exportFindings()
{
    if (m_findings->rowCount() == 0)
        return;
    // Non-modal, so the window goes on (and tests can answer it).
    auto *dialog = new QFileDialog(this, tr("Export findings as CSV"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFindingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("findings-job-%1.csv").arg(m_shownJob));
    connect(dialog, &QFileDialog::fileSelected, this, &JobsView::writeFindings);
    dialog->open();
}

void JobsView::writeFindings(const QString &path)
{
    const QList<jobs::JobFinding> findings = m_findings->findings();
    if (auto st = services::writeFindingsCsv(path, findings); !st) {
        m_exportStatus->clear();
        showError(tr("The findings were not exported."), st.error());
        return;
    }
    m_exportStatus->setText(tr("%n finding(s) written to %1", nullptr, int(findings.size())).arg(path));
}

void JobsView::showError(const QString &what, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Keyward"), what, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("jobsErrorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(services::Messages::full(error));
    box->open();
}

} // namespace keyward::ui
