// KeyWizardWorkspacePage: the workspace list, its plan, and one check box per customer-key feature with the key
// it has now; a feature the workspace cannot key is disabled with the reason beside it.
#include "KeyWizardWorkspacePage.h"

#include "KeyWizard.h"
#include "WizardWidgets.h"
#include "services/AssignmentService.h"
#include "services/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace keyward::ui {

using model::Feature;

namespace {

QString featureScope(Feature feature)
{
    switch (feature) {
    case Feature::ManagedServices:
        return KeyWizardWorkspacePage::tr("Control plane: notebooks, secrets, SQL queries and their history");
    case Feature::DbfsRoot:
        return KeyWizardWorkspacePage::tr("Workspace root storage: DBFS root, job and SQL results, MLflow models");
    case Feature::ManagedDisks:
        return KeyWizardWorkspacePage::tr("Compute plane: the temporary disks of classic compute");
    case Feature::Platform:
        break;
    }
    return {};
}

QString objectNameFor(Feature feature, const char *suffix)
{
    static const QMap<Feature, QString> stems{{Feature::ManagedServices, QStringLiteral("managedServices")},
                                              {Feature::DbfsRoot, QStringLiteral("dbfsRoot")},
                                              {Feature::ManagedDisks, QStringLiteral("managedDisks")}};
    return stems.value(feature) + QLatin1String(suffix);
}

} // namespace

KeyWizardWorkspacePage::KeyWizardWorkspacePage(KeyWizard *wizard, const QString &workspace)
    : QWizardPage(wizard), m_wizard(wizard), m_preselected(workspace)
{
    setObjectName(QStringLiteral("workspacePage"));
    setTitle(tr("Workspace and features"));
    setSubTitle(tr("Choose the workspace and the features whose data the key will protect."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_workspace = new QComboBox(this);
    m_workspace->setObjectName(QStringLiteral("workspaceCombo"));
    m_workspace->setAccessibleName(tr("Workspace"));
    form->addRow(tr("&Workspace:"), m_workspace);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("workspacePlan"));
    form->addRow(tr("Plan:"), m_plan);
    layout->addLayout(form);

    auto *box = new QGroupBox(tr("Features"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (Feature f : model::customerKeyFeatures()) {
        auto *check = new QCheckBox(model::featureDisplayName(f), box);
        check->setObjectName(objectNameFor(f, "Check"));
        check->setAccessibleName(model::featureDisplayName(f));
        check->setAccessibleDescription(featureScope(f));
        check->setToolTip(featureScope(f));
        connect(check, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        auto *scope = new QLabel(featureScope(f), box);
        scope->setWordWrap(true);
        auto *now = new QLabel(box);
        now->setObjectName(objectNameFor(f, "Now"));
        now->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(check, row, 0);
        grid->addWidget(scope, row, 1);
        grid->addWidget(now, row + 1, 1);
        row += 2;
        m_features.insert(f, check);
        m_now.insert(f, now);
    }
    layout->addWidget(box);
    m_problem = makeProblemLabel(this, QStringLiteral("featuresProblem"));
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_workspace, &QComboBox::currentIndexChanged, this, &KeyWizardWorkspacePage::onWorkspaceChanged);
}

void KeyWizardWorkspacePage::initializePage()
{
    auto all = services::WorkspaceService(m_wizard->context()).list();
    m_workspaces = all ? *all : QList<services::WorkspaceDetails>();
    const QString keep = m_workspace->currentText().isEmpty() ? m_preselected : m_workspace->currentText();
    {
        const QSignalBlocker block(m_workspace);
        m_workspace->clear();
        for (const services::WorkspaceDetails &d : m_workspaces)
            m_workspace->addItem(d.record.workspace.name());
        m_workspace->setCurrentIndex(qMax(0, m_workspace->findText(keep)));
    }
    onWorkspaceChanged();
    if (!all)
        showProblem(m_problem, services::Messages::full(all.error()));
    else if (m_workspaces.isEmpty())
        showProblem(m_problem, tr("There is no workspace yet: create one first (Workspace > New Workspace)."));
}

const services::WorkspaceDetails *KeyWizardWorkspacePage::current() const
{
    const int i = m_workspace->currentIndex();
    return i >= 0 && i < m_workspaces.size() ? &m_workspaces.at(i) : nullptr;
}

void KeyWizardWorkspacePage::onWorkspaceChanged()
{
    const services::WorkspaceDetails *d = current();
    m_plan->setText(d ? model::planDisplayName(d->record.workspace.plan()) : QString());
    QString reason;
    for (Feature f : model::customerKeyFeatures()) {
        QCheckBox *check = m_features.value(f);
        const QSignalBlocker block(check);
        if (!d) {
            check->setEnabled(false);
            check->setChecked(false);
            m_now.value(f)->clear();
            continue;
        }
        const Status available = services::AssignmentService::featureAvailable(d->record.workspace, f);
        const std::optional<catalog::Assignment> now = d->assignment(f);
        if (!now)
            m_now.value(f)->setText(tr("Now: no customer-managed key"));
        else if (now->followLatest())
            m_now.value(f)->setText(tr("Now: %1, following its newest version").arg(services::assignmentKeyRef(*now)));
        else
            m_now.value(f)->setText(tr("Now: %1").arg(services::assignmentKeyRef(*now)));
        check->setEnabled(available.ok());
        // The key goes, by default, to the features that have none yet.
        check->setChecked(available.ok() && !now);
        if (!available && reason.isEmpty())
            reason = services::Messages::full(available.error());
    }
    showProblem(m_problem, reason);
    emit completeChanged();
}

bool KeyWizardWorkspacePage::isComplete() const
{
    if (!current())
        return false;
    for (QCheckBox *check : m_features)
        if (check->isEnabled() && check->isChecked())
            return true;
    return false;
}

bool KeyWizardWorkspacePage::validatePage()
{
    const services::WorkspaceDetails *d = current();
    if (!d)
        return false;
    KeyWizardPlan &plan = m_wizard->plan();
    plan.workspace = d->record.workspace.name();
    plan.features.clear();
    for (Feature f : model::customerKeyFeatures())
        if (m_features.value(f)->isEnabled() && m_features.value(f)->isChecked())
            plan.features << f;
    return !plan.features.isEmpty();
}

} // namespace keyward::ui
