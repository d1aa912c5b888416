// KeyWizardPreflightPage: the check list as a table of states, the problems with their remedies under it.
#include "KeyWizardPreflightPage.h"

#include "CheckListModel.h"
#include "KeyWizard.h"
#include "WizardWidgets.h"
#include "services/AssignmentService.h"
#include "services/Messages.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace keyward::ui {

using model::Feature;
using services::CheckState;

KeyWizardPreflightPage::KeyWizardPreflightPage(KeyWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Pre-flight checks"));
    setSubTitle(tr("What a customer-managed key needs before it protects a workspace, checked for each feature."));

    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("preflightIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_model = new CheckListModel(this);
    m_model->setObjectName(QStringLiteral("checkListModel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("preflightTable"));
    m_table->setAccessibleName(tr("Pre-flight check list"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The checks' titles as wide as they need, the features sharing the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(110);
    layout->addWidget(m_table, 1);
    m_problems = makeProblemLabel(this, QStringLiteral("preflightProblems"));
    layout->addWidget(m_problems);
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    m_recheck = new QPushButton(tr("Check &again"), this);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->setAccessibleName(tr("Run the checks again"));
    row->addWidget(m_summary, 1);
    row->addWidget(m_recheck, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(m_recheck, &QPushButton::clicked, this, &KeyWizardPreflightPage::runChecks);
}

const QList<QPair<model::Feature, services::CheckList>> &KeyWizardPreflightPage::results() const
{
    return m_model->results();
}

void KeyWizardPreflightPage::initializePage()
{
    const KeyWizardPlan &plan = m_wizard->plan();
    m_intro->setText(plan.newKey ? tr("The key '%1' is made only when you apply. Until then the checks that need "
                                      "the key itself wait; the others judge the key as it will be made.")
                                       .arg(plan.key.name)
                                 : tr("Every check runs on the newest version of key '%1'.").arg(plan.existingKey));
    m_ran = false;
    m_error.clear();
    m_model->setResults({}, plan.newKey);
    showProblem(m_problems, {});
    m_summary->setText(tr("Checking..."));
    emit completeChanged();
    // After the page is painted: the checks may open the store (and prompt) and wrap a key through it.
    ++m_pending;
    QTimer::singleShot(0, this, [this] {
        if (--m_pending == 0 && !m_ran)
            runChecks();
    });
}

void KeyWizardPreflightPage::runChecks()
{
    const KeyWizardPlan &plan = m_wizard->plan();
    services::AssignmentService service(m_wizard->context());
    QList<QPair<Feature, services::CheckList>> results;
    m_error.clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (Feature f : plan.features) {
        const services::AssignRequest request = plan.assignRequest(f);
        auto list = plan.newKey ? service.preflightNewKey(request, plan.key, plan.policy())
                                : service.preflight(request, {false});
        if (!list) {
            m_error = services::Messages::full(list.error());
            break;
        }
        results.append({f, *list});
    }
    QApplication::restoreOverrideCursor();
    m_model->setResults(m_error.isEmpty() ? results : QList<QPair<Feature, services::CheckList>>(), plan.newKey);
    if (m_model->columnCount() > 0)
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ran = true;
    showSummary();
    emit completeChanged();
}

void KeyWizardPreflightPage::showSummary()
{
    // What is wrong and what to do, once per problem, naming the features only when they differ.
    QStringList lines;
    bool failed = false;
    const QList<CheckListModel::Problem> problems = m_model->problems();
    for (const CheckListModel::Problem &p : problems) {
        failed = failed || p.state == CheckState::Fail;
        QString title = services::Messages::checkTitle(p.check);
        if (p.features.size() < m_model->results().size()) {
            QStringList names;
            for (Feature f : p.features)
                names << model::featureDisplayName(f);
            title = tr("%1 (%2)").arg(title, names.join(QStringLiteral(", ")));
        }
        lines << tr("%1: %2").arg(title, services::Messages::full(p.error));
    }
    showProblem(m_problems, lines.join(QLatin1Char('\n')));
    const bool newKey = m_wizard->plan().newKey;
    if (!m_error.isEmpty())
        m_summary->setText(tr("The checks could not run: %1").arg(m_error));
    else if (failed)
        m_summary->setText(tr("Not every check passed: do what the list above says, then check again. The key is "
                              "assigned only when nothing fails."));
    else if (!problems.isEmpty())
        m_summary->setText(tr("The checks passed, with warnings: read them before you go on."));
    else
        m_summary->setText(newKey ? tr("Every check that can run before the key exists passed; the other two run "
                                       "on Apply.")
                                  : tr("Every check passed."));
}

bool KeyWizardPreflightPage::isComplete() const
{
    if (!m_ran || !m_error.isEmpty() || m_model->results().isEmpty())
        return false;
    for (const auto &[feature, list] : m_model->results())
        if (!list.passed())
            return false;
    return true;
}

int KeyWizardPreflightPage::nextId() const
{
    return KeyWizard::SummaryPageId;
}

} // namespace keyward::ui
