// JobsView: the jobs table over the findings table.
#include "JobsView.h"

#include "FindingsModel.h"
#include "JobsModel.h"
#include "services/JobHistoryService.h"

#include <QHeaderView>
#include <QTableView>

namespace keyward::ui {

JobsView::JobsView(services::Context &context, jobs::JobRunner *runner, QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_context(context)
{
    setObjectName(QStringLiteral("jobsPage"));
    m_jobs = new JobsModel(this);
    m_jobs->setObjectName(QStringLiteral("jobsModel"));
    m_findings = new FindingsModel(this);
    m_findings->setObjectName(QStringLiteral("findingsModel"));
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_jobs, m_findings}) {
        auto *view = new QTableView(this);
        view->setObjectName(model == m_jobs ? QStringLiteral("jobsTable") : QStringLiteral("findingsTable"));
        view->setAccessibleName(model == m_jobs ? tr("Jobs of the workspace") : tr("Findings of the last job"));
        view->setModel(model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    connect(runner, &jobs::JobRunner::started, m_findings, &FindingsModel::clear);
    connect(runner, &jobs::JobRunner::finding, m_findings, &FindingsModel::append);
}

void JobsView::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
    reload();
}

void JobsView::reload()
{
    auto jobs = services::JobHistoryService(m_context).jobs(m_workspace);
    m_jobs->setJobs(jobs ? *jobs : QList<catalog::JobRecord>());
}

} // namespace keyward::ui
