// JobsView: the Jobs view of the console: the selected workspace's jobs, newest first, and the findings of the
// job that runs or ran last, streaming in as the runner reports them.
#pragma once

#include "jobs/JobRunner.h"
#include "services/Context.h"

#include <QSplitter>

class QTableView;

namespace keyward::ui {

class FindingsModel;
class JobsModel;

class JobsView : public QSplitter
{
    Q_OBJECT
public:
    JobsView(services::Context &context, jobs::JobRunner *runner, QWidget *parent = nullptr);
    // Reads the jobs of `workspace` again.
    void setWorkspace(const QString &workspace);
    void reload();

private:
    services::Context &m_context;
    QString m_workspace;
    JobsModel *m_jobs = nullptr;
    FindingsModel *m_findings = nullptr;
};

} // namespace keyward::ui
