// WorkspacePanel: plan radio buttons, option check boxes and the key list, kept in step with a Workspace.
#include "WorkspacePanel.h"

#include "CoverageStyle.h"
#include "KeyIdText.h"

#include "services/Messages.h"
#include "services/WorkspaceRules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace keyward::ui {

using namespace keyward::model;

namespace {

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::secondaryText());
    label->setPalette(p);
    return label;
}

QString optionObjectName(WorkspaceOption option)
{
    switch (option) {
    case WorkspaceOption::NotebookResultsInCustomerStorage:
        return QStringLiteral("optionNotebookResults");
    case WorkspaceOption::DbfsDoubleEncryption:
        return QStringLiteral("optionDoubleEncryption");
    case WorkspaceOption::ManagedDiskRotateToLatest:
        return QStringLiteral("optionRotateToLatest");
    }
    return QString();
}

// The panel's keys as assignments, for the settings rules: a disk key follows the newest version exactly
// when the workspace's rotate-to-latest option is on (as the services assign it).
QList<catalog::Assignment> assignmentsOf(const Workspace &ws)
{
    QList<catalog::Assignment> list;
    for (const auto &[feature, keyId] : ws.assignedKeys()) {
        // Key Vault style ids: https://<vault>/keys/<name>[/<version>].
        const QUrl url(keyId);
        const QStringList path = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        catalog::Assignment a;
        a.feature = feature;
        a.store = url.host().section(QLatin1Char('.'), 0, 0);
        a.keyName = path.value(1, keyId);
        const bool follows = feature == Feature::ManagedDisks && ws.options().managedDiskRotateToLatest;
        a.keyVersion = follows ? QString() : path.value(2, QStringLiteral("current"));
        list << a;
    }
    return list;
}

} // namespace

WorkspacePanel::WorkspacePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workspacePanel"));
    // One strip of group boxes above the matrix: the matrix needs the window's full width for its
    // six columns, and this keeps every control one click away while it is in view. A refused change
    // says why right under the control that asked for it (the label moves there).
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("settingsRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->setAccessibleName(tr("Why the change was refused"));
    // Wide enough to read in a few lines; its group box grows while it is shown.
    m_refusal->setMinimumWidth(300);
    m_refusal->setVisible(false);

    auto *wsBox = new QGroupBox(tr("Workspace"), this);
    auto *wsForm = new QFormLayout(wsBox);
    wsForm->setLabelAlignment(Qt::AlignLeft);
    m_name = new QLabel(wsBox);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_region = new QLabel(wsBox);
    m_region->setObjectName(QStringLiteral("workspaceRegion"));
    wsForm->addRow(tr("Name:"), m_name);
    wsForm->addRow(tr("Region:"), m_region);
    layout->addWidget(wsBox);

    auto *planBox = new QGroupBox(tr("Plan"), this);
    planBox->setObjectName(QStringLiteral("planBox"));
    auto *planLayout = new QVBoxLayout(planBox);
    m_premium = new QRadioButton(planDisplayName(Plan::Premium), planBox);
    m_premium->setObjectName(QStringLiteral("planPremiumRadio"));
    m_standard = new QRadioButton(planDisplayName(Plan::Standard), planBox);
    m_standard->setObjectName(QStringLiteral("planStandardRadio"));
    const QString planTip = tr("Customer-managed keys need the Premium plan.");
    m_premium->setToolTip(planTip);
    m_standard->setToolTip(planTip);
    auto *planGroup = new QButtonGroup(this);
    planGroup->addButton(m_premium);
    planGroup->addButton(m_standard);
    planLayout->addWidget(m_premium);
    planLayout->addWidget(m_standard);
    m_planNote = secondaryLabel(QString(), planBox);
    m_planNote->setObjectName(QStringLiteral("planNote"));
    m_planNote->setWordWrap(false);
    planLayout->addWidget(m_planNote);
    // Both buttons: a click on either one that changes the plan may be refused next to it.
    connect(m_premium, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            onPlanToggled();
    });
    connect(m_standard, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            onPlanToggled();
    });
    layout->addWidget(planBox);

    auto *optionBox = new QGroupBox(tr("Options"), this);
    optionBox->setObjectName(QStringLiteral("optionsBox"));
    auto *optionLayout = new QVBoxLayout(optionBox);
    for (WorkspaceOption option : allWorkspaceOptions()) {
        auto *check = new QCheckBox(workspaceOptionDisplayName(option), optionBox);
        check->setObjectName(optionObjectName(option));
        check->setToolTip(workspaceOptionDescription(option));
        check->setStatusTip(workspaceOptionDescription(option));
        optionLayout->addWidget(check);
        m_options.insert(option, check);
        connect(check, &QCheckBox::toggled, this, [this, option](bool on) { onOptionToggled(option, on); });
    }
    layout->addWidget(optionBox);

    auto *keyBox = new QGroupBox(tr("Keys"), this);
    keyBox->setObjectName(QStringLiteral("keysBox"));
    auto *keyForm = new QFormLayout(keyBox);
    keyForm->setLabelAlignment(Qt::AlignLeft);
    for (Feature feature : customerKeyFeatures()) {
        auto *label = new QLabel(keyBox);
        label->setObjectName(QStringLiteral("key_") + featureId(feature));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Key names vary in length; they must never widen the window (the tooltip has the full id).
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(120);
        keyForm->addRow(featureDisplayName(feature) + QLatin1Char(':'), label);
        m_keys.insert(feature, label);
    }
    layout->addWidget(keyBox, 1);

    refresh();
}

void WorkspacePanel::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    m_created = workspace;
    clearRefusal();
    refresh();
}

void WorkspacePanel::onPlanToggled()
{
    if (m_updating)
        return;
    Workspace next = m_workspace;
    const bool premium = m_premium->isChecked();
    next.setPlan(premium ? Plan::Premium : Plan::Standard);
    apply(next, premium ? m_premium : m_standard);
}

void WorkspacePanel::onOptionToggled(WorkspaceOption option, bool on)
{
    if (m_updating)
        return;
    Workspace next = m_workspace;
    next.setOption(option, on);
    apply(next, m_options.value(option));
}

void WorkspacePanel::apply(const Workspace &next, QWidget *control)
{
    Status st;
    if (m_handler) {
        st = m_handler(next);
    } else {
        // The rules the services apply: double encryption is compared with the workspace as it was created.
        Workspace before = m_workspace;
        before.setOption(WorkspaceOption::DbfsDoubleEncryption, m_created.options().dbfsDoubleEncryption);
        st = services::checkSettingsChange(before, next, assignmentsOf(m_workspace));
    }
    if (!st) {
        showRefusal(control, st.error());
        refresh(); // the control goes back to what the workspace is
        return;
    }
    clearRefusal();
    m_workspace = next;
    refresh();
    emit workspaceEdited();
}

void WorkspacePanel::showRefusal(QWidget *control, const Error &error)
{
    clearRefusal();
    const QString text = tr("Not changed: %1").arg(services::Messages::full(error));
    // Under the control, inside its group box: the label moves to whichever control was refused last.
    if (auto *box = control ? qobject_cast<QBoxLayout *>(control->parentWidget()->layout()) : nullptr) {
        box->insertWidget(box->indexOf(control) + 1, m_refusal);
    }
    m_refusal->setText(text);
    QPalette p = m_refusal->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::colors(model::Coverage::NotAvailableOnStandard).foreground);
    m_refusal->setPalette(p);
    m_refusal->setVisible(true);
    if (control)
        control->setAccessibleDescription(text); // a screen reader reads it with the control
    m_lastRefusal = error;
    m_refusedControl = control;
}

void WorkspacePanel::clearRefusal()
{
    if (m_refusedControl)
        m_refusedControl->setAccessibleDescription(QString());
    m_refusal->clear();
    m_refusal->setVisible(false);
    m_lastRefusal.reset();
    m_refusedControl = nullptr;
}

void WorkspacePanel::refresh()
{
    m_updating = true;
    m_name->setText(m_workspace.name().isEmpty() ? tr("(unnamed)") : m_workspace.name());
    m_region->setText(m_workspace.region().isEmpty() ? tr("(not set)") : m_workspace.region());
    const bool premium = m_workspace.plan() == Plan::Premium;
    m_premium->setChecked(premium);
    m_standard->setChecked(!premium);
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        it.value()->setChecked(m_workspace.options().isSet(it.key()));

    m_planNote->setText(premium ? tr("Customer-managed keys available.") : tr("No customer-managed keys."));

    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        const std::optional<QString> key = m_workspace.keyFor(it.key());
        QLabel *label = it.value();
        // A key assigned on Standard is shown but marked as not in effect.
        model::Coverage state = key ? model::Coverage::CustomerKey : model::Coverage::NoKeyAssigned;
        QString text = key ? KeyIdText::shortName(*key) : tr("No key assigned");
        if (key && !premium) {
            state = model::Coverage::NotAvailableOnStandard;
            text = tr("%1 (inactive on Standard)").arg(text);
        }
        label->setText(text);
        label->setToolTip(key ? *key : text); // the full key identifier
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, CoverageStyle::colors(state).foreground);
        label->setPalette(p);
    }
    m_updating = false;
}

} // namespace keyward::ui
