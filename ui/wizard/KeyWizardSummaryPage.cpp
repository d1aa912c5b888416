// KeyWizardSummaryPage: the plan as a list of what will happen, each assignment with the key it replaces.
#include "KeyWizardSummaryPage.h"

#include "KeyWizard.h"
#include "WizardWidgets.h"
#include "services/Messages.h"
#include "services/WorkspaceService.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace keyward::ui {

using model::Feature;

KeyWizardSummaryPage::KeyWizardSummaryPage(KeyWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Apply does the following. Each assignment runs the whole check list again first."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Apply"));

    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_text);
    m_problem = makeProblemLabel(this, QStringLiteral("applyProblem"));
    layout->addWidget(m_problem);
    layout->addStretch(1);
}

void KeyWizardSummaryPage::initializePage()
{
    const KeyWizardPlan &plan = m_wizard->plan();
    services::Context &context = m_wizard->context();
    showProblem(m_problem, {});
    auto html = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList items;
    if (plan.newKey) {
        const services::RotationPreset preset = services::rotationPreset(plan.preset);
        const std::optional<QDateTime> expires =
            services::KeyService::plannedExpiry(plan.key, preset.policy(), context.clock().now());
        items << html(tr("Create key '%1' in store '%2': %3.")
                          .arg(plan.key.name, plan.store, services::Messages::keyType({plan.key.kind, plan.key.bits})));
        items << html(expires ? tr("Its first version expires on %1.")
                                    .arg(QLocale().toString(expires->toUTC().date(), QLocale::LongFormat))
                              : tr("Its first version does not expire."));
        items << html(tr("Rotation: %1. %2")
                          .arg(services::Messages::rotationPresetName(preset.id),
                               services::Messages::rotationPresetPeriod(preset)));
    } else {
        items << html(tr("Use key '%1' of store '%2', its newest version.").arg(plan.existingKey, plan.store));
    }
    auto details = services::WorkspaceService(context).details(plan.workspace);
    for (Feature f : plan.features) {
        const services::AssignRequest request = plan.assignRequest(f);
        const bool follows = details && services::AssignmentService::followsLatest(request, details->model);
        QString line = follows ? tr("Assign it to %1 of workspace '%2', following its newest version.")
                                     .arg(model::featureDisplayName(f), plan.workspace)
                               : tr("Assign its newest version to %1 of workspace '%2'.")
                                     .arg(model::featureDisplayName(f), plan.workspace);
        if (details)
            if (const std::optional<catalog::Assignment> now = details->assignment(f))
                line += QLatin1Char(' ') + tr("It replaces %1.").arg(services::assignmentKeyRef(*now));
        items << html(line);
    }
    const QString li = QStringLiteral("<li style=\"margin-bottom: 6px;\">");
    m_text->setText(QStringLiteral("<ul>") + li + items.join(QStringLiteral("</li>") + li) +
                    QStringLiteral("</li></ul>"));
}

bool KeyWizardSummaryPage::validatePage()
{
    showProblem(m_problem, {});
    Error error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool changed = m_wizard->apply(&error);
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showProblem(m_problem, tr("Nothing was changed: %1").arg(services::Messages::full(error)));
        return false;
    }
    return true;
}

int KeyWizardSummaryPage::nextId() const
{
    return KeyWizard::ResultPageId;
}

} // namespace keyward::ui
