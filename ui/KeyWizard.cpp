// KeyWizard: the pages in order, the plan they fill, and Apply through KeyService and AssignmentService.
#include "KeyWizard.h"

#include "CoverageStyle.h"
#include "wizard/KeyWizardParametersPage.h"
#include "wizard/KeyWizardPreflightPage.h"
#include "wizard/KeyWizardResultPage.h"
#include "wizard/KeyWizardStorePage.h"
#include "wizard/KeyWizardSummaryPage.h"
#include "wizard/KeyWizardWorkspacePage.h"

#include <QAbstractButton>

namespace keyward::ui {

services::AssignRequest KeyWizardPlan::assignRequest(model::Feature feature) const
{
    services::AssignRequest r;
    r.workspace = workspace;
    r.feature = feature;
    r.store = store;
    r.key = keyName();
    // No version: the newest one now; managed disks follow the newest as the workspace's option says.
    return r;
}

KeyWizard::KeyWizard(services::Context &context, QWidget *parent, const QString &workspace, Start start)
    : QWizard(parent), m_context(context), m_start(start)
{
    setObjectName(QStringLiteral("keyWizard"));
    setWindowTitle(start == Start::NewKey ? tr("Create a key") : tr("Assign a key"));
    setWindowIcon(CoverageStyle::appIcon());
    // One look on every platform, with the page titles in a header band.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // Apply is done: Finish is the only way on
    m_plan.newKey = start == Start::NewKey;
    setPage(WorkspacePageId, new KeyWizardWorkspacePage(this, workspace));
    setPage(StorePageId, new KeyWizardStorePage(this));
    setPage(KeyParametersPageId, new KeyWizardParametersPage(this));
    setPage(PreflightPageId, new KeyWizardPreflightPage(this));
    setPage(SummaryPageId, new KeyWizardSummaryPage(this));
    setPage(ResultPageId, new KeyWizardResultPage(this));
    setStartId(WorkspacePageId);
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                    QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *button = this->button(b)) {
            static const QMap<QWizard::WizardButton, QString> names{
                {QWizard::BackButton, QStringLiteral("wizardBackButton")},
                {QWizard::NextButton, QStringLiteral("wizardNextButton")},
                {QWizard::CommitButton, QStringLiteral("wizardApplyButton")},
                {QWizard::FinishButton, QStringLiteral("wizardFinishButton")},
                {QWizard::CancelButton, QStringLiteral("wizardCancelButton")}};
            button->setObjectName(names.value(b));
        }
    }
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Apply"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));
    setMinimumSize(760, 600);
}

bool KeyWizard::encryptRequested() const
{
    const auto *result = qobject_cast<const KeyWizardResultPage *>(page(ResultPageId));
    return m_outcome.applied && result && result->encryptRequested();
}

bool KeyWizard::apply(Error *error)
{
    m_outcome = {};
    if (m_plan.newKey) {
        auto created = services::KeyService(m_context).create(m_plan.store, m_plan.key, m_plan.policy());
        if (!created) {
            *error = created.error();
            return false;
        }
        m_outcome.created = *created;
    }
    services::AssignmentService assignments(m_context);
    for (model::Feature f : m_plan.features) {
        auto assigned = assignments.assign(m_plan.assignRequest(f));
        if (assigned)
            m_outcome.assigned << *assigned;
        else
            m_outcome.failed << qMakePair(f, assigned.error());
    }
    m_outcome.applied = m_outcome.created.has_value() || !m_outcome.assigned.isEmpty();
    if (!m_outcome.applied) {
        *error = m_outcome.failed.isEmpty() ? Error{} : m_outcome.failed.first().second;
        return false;
    }
    emit changed();
    return true;
}

} // namespace keyward::ui
