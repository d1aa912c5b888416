// KeyWizardResultPage: the outcome of Apply, feature by feature.
#include "KeyWizardResultPage.h"

#include "KeyWizard.h"
#include "WizardWidgets.h"
#include "services/Messages.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace keyward::ui {

KeyWizardResultPage::KeyWizardResultPage(KeyWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Done"));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("resultText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_problem = makeProblemLabel(this, QStringLiteral("resultProblem"));
    layout->addWidget(m_problem);
    layout->addSpacing(12);
    m_encrypt = new QCheckBox(tr("&Encrypt the workspace now"), this);
    m_encrypt->setObjectName(QStringLiteral("encryptNowCheck"));
    m_encrypt->setAccessibleName(tr("Encrypt the workspace now"));
    m_encrypt->setToolTip(tr("Runs the encrypt job when the wizard closes: every plaintext object of a feature that "
                             "has a key is sealed; progress shows in the status bar"));
    layout->addWidget(m_encrypt);
    auto *hint = new QLabel(tr("The job runs in the background when the wizard closes; its progress shows in the "
                               "status bar and its outcome in the Jobs view."),
                            this);
    hint->setWordWrap(true);
    hint->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(hint);
    layout->addStretch(1);
}

void KeyWizardResultPage::initializePage()
{
    const KeyWizardOutcome &outcome = m_wizard->outcome();
    const KeyWizardPlan &plan = m_wizard->plan();
    auto html = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList items;
    QStringList problems;
    if (outcome.created) {
        items << html(tr("Created key '%1' in store '%2' (version %3).")
                          .arg(outcome.created->version.name, plan.store, outcome.created->version.version));
        if (outcome.created->policy)
            items << html(tr("Rotation policy set: %1.").arg(services::Messages::rotationPresetName(plan.preset)));
        if (outcome.created->policyError)
            problems << services::Messages::full(*outcome.created->policyError);
    }
    QStringList stillWrapped;
    for (const services::AssignResult &r : outcome.assigned) {
        const QString feature = model::featureDisplayName(r.assignment.feature);
        const QString key = services::assignmentKeyRef(r.assignment);
        items << html(
            r.assignment.followLatest()
                ? tr("%1 of workspace '%2' now follows the newest version of %3.").arg(feature, plan.workspace, key)
                : tr("%1 of workspace '%2' now uses %3.").arg(feature, plan.workspace, key));
        if (!r.wrappedElsewhere.isEmpty())
            stillWrapped << model::featureDisplayName(r.assignment.feature);
    }
    if (!stillWrapped.isEmpty())
        items << html(tr("Data encrypted before (%1) stays under the former key until the next rotation (Rotate "
                         "now) wraps its feature keys under this one.")
                          .arg(stillWrapped.join(QStringLiteral(", "))));
    for (const auto &[feature, error] : outcome.failed)
        problems
            << tr("%1 was not assigned: %2").arg(model::featureDisplayName(feature), services::Messages::full(error));
    setSubTitle(outcome.failed.isEmpty() ? tr("The key is in place.") : tr("Apply did part of the work."));
    const QString li = QStringLiteral("<li style=\"margin-bottom: 6px;\">");
    m_text->setText(items.isEmpty() ? QString()
                                    : QStringLiteral("<ul>") + li + items.join(QStringLiteral("</li>") + li) +
                                          QStringLiteral("</li></ul>"));
    showProblem(m_problem, problems.join(QLatin1Char('\n')));
    const bool assigned = !outcome.assigned.isEmpty();
    m_encrypt->setEnabled(assigned);
    m_encrypt->setChecked(assigned);
}

bool KeyWizardResultPage::encryptRequested() const
{
    return m_encrypt->isEnabled() && m_encrypt->isChecked();
}

} // namespace keyward::ui
