// RetireDialog: feature and version choosers above the gate list.
#include "RetireDialog.h"

#include "KeyIdText.h"
#include "jobs/RetireJob.h"
#include "services/Messages.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyward::ui {

RetireDialog::RetireDialog(services::Context &context, const QString &workspace, QWidget *parent)
    : QDialog(parent), m_context(context), m_workspace(workspace)
{
    setObjectName(QStringLiteral("retireDialog"));
    setWindowTitle(tr("Retire old version"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Retiring disables an old key version once nothing can still need it. Each gate "
                                "below must be open."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_feature = new QComboBox(this);
    m_feature->setObjectName(QStringLiteral("retireFeature"));
    m_feature->setAccessibleName(tr("Feature"));
    for (model::Feature f : model::customerKeyFeatures())
        m_feature->addItem(model::featureDisplayName(f), int(f));
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("retireVersion"));
    m_version->setAccessibleName(tr("Version to retire"));
    m_holdHours = new QSpinBox(this);
    m_holdHours->setObjectName(QStringLiteral("retireHoldHours"));
    m_holdHours->setAccessibleName(tr("Hold period in hours"));
    m_holdHours->setRange(0, int(jobs::RetireJob::MaxHoldSeconds / 3600)); // the CLI's bound too
    m_holdHours->setValue(int(jobs::RetireJob::DefaultHoldSeconds / 3600));
    m_holdHours->setSuffix(tr(" hours"));
    form->addRow(tr("&Feature:"), m_feature);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Hold period:"), m_holdHours);
    layout->addLayout(form);

    m_gates = new QTreeWidget(this);
    m_gates->setObjectName(QStringLiteral("retireGates"));
    m_gates->setAccessibleName(tr("Retire gates"));
    m_gates->setColumnCount(2);
    m_gates->setHeaderLabels({tr("Gate"), tr("State")});
    m_gates->setRootIsDecorated(true);
    m_gates->setWordWrap(true);
    m_gates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gates->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_gates->header()->setStretchLastSection(false);
    layout->addWidget(m_gates, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("retireStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_retire = buttons->addButton(tr("&Retire version"), QDialogButtonBox::AcceptRole);
    m_retire->setObjectName(QStringLiteral("retireConfirmButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_feature, &QComboBox::currentIndexChanged, this, &RetireDialog::reloadVersions);
    connect(m_version, &QComboBox::currentIndexChanged, this, &RetireDialog::reloadGates);
    connect(m_holdHours, &QSpinBox::valueChanged, this, &RetireDialog::reloadGates);
    reloadVersions();
    resize(760, 440);
}

model::Feature RetireDialog::feature() const
{
    return model::Feature(m_feature->currentData().toInt());
}

QString RetireDialog::version() const
{
    return m_version->currentData().toString();
}

qint64 RetireDialog::holdSeconds() const
{
    return qint64(m_holdHours->value()) * 3600;
}

bool RetireDialog::choose(model::Feature feature, const QString &version)
{
    const int f = m_feature->findData(int(feature));
    if (f < 0)
        return false;
    m_feature->setCurrentIndex(f);
    const int v = m_version->findData(version);
    if (v < 0)
        return false;
    m_version->setCurrentIndex(v);
    return true;
}

void RetireDialog::reloadVersions()
{
    const QSignalBlocker block(m_version);
    m_version->clear();
    auto candidates = services::RotationService(m_context).retireCandidates(m_workspace, feature());
    if (!candidates) {
        m_version->setEnabled(false);
        m_check.reset();
        m_gates->clear();
        m_status->setText(services::Messages::full(candidates.error()));
        m_retire->setEnabled(false);
        return;
    }
    for (const keystore::KeyVersionInfo &v : *candidates)
        m_version->addItem(
            tr("%1 (created %2)")
                .arg(KeyIdText::shortVersion(v.version), v.created.toString(QStringLiteral("yyyy-MM-dd"))),
            v.version);
    m_version->setEnabled(!candidates->isEmpty());
    if (candidates->isEmpty()) {
        m_check.reset();
        m_gates->clear();
        m_status->setText(tr("The key of this feature has no older enabled version: there is nothing to retire."));
        m_retire->setEnabled(false);
        return;
    }
    m_version->setCurrentIndex(0);
    reloadGates();
}

void RetireDialog::reloadGates()
{
    m_gates->clear();
    m_check.reset();
    if (version().isEmpty()) {
        m_retire->setEnabled(false);
        return;
    }
    auto check = services::RotationService(m_context).retireGates(m_workspace, feature(), version(), holdSeconds());
    if (!check) {
        m_status->setText(services::Messages::full(check.error()));
        m_retire->setEnabled(false);
        return;
    }
    m_check = *check;
    QStyle *style = QApplication::style();
    for (jobs::FindingKind gate : jobs::RetireGates::all()) {
        const bool open = check->gates.isOpen(gate);
        auto *item =
            new QTreeWidgetItem(m_gates, {services::Messages::retireGate(gate), open ? tr("Open") : tr("Closed")});
        item->setIcon(1, style->standardIcon(open ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
        item->setData(0, Qt::UserRole, jobs::findingKindName(gate));
        if (gate == jobs::FindingKind::HoldPeriod && check->gates.holdEnds)
            item->setToolTip(
                0, tr("Ends %1").arg(check->gates.holdEnds->toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
        for (const jobs::RetireBlocker &b : check->gates.blockers) {
            if (b.gate == gate)
                new QTreeWidgetItem(item, {b.detail});
        }
        item->setExpanded(!open);
    }
    const bool allOpen = check->gates.allOpen();
    const QList<jobs::FindingKind> gates = jobs::RetireGates::all();
    const int closed =
        int(std::count_if(gates.cbegin(), gates.cend(), [&](jobs::FindingKind g) { return !check->gates.isOpen(g); }));
    m_status->setText(allOpen ? tr("Every gate is open: version %1 of %2/%3 can be disabled.")
                                    .arg(KeyIdText::shortVersion(check->version), check->store, check->key)
                              : tr("Version %1 of %2/%3 cannot be retired yet: %n gates closed.", nullptr, closed)
                                    .arg(KeyIdText::shortVersion(check->version), check->store, check->key));
    m_retire->setEnabled(allOpen);
}

} // namespace keyward::ui
