// EvidenceDialog: a form in three sections; the same fields as plain text for the clipboard.
#include "EvidenceDialog.h"

#include "ComplianceFindingsModel.h"
#include "CoverageStyle.h"
#include "model/DataTypeCatalogue.h"
#include "model/Feature.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace keyward::ui {

using namespace keyward::compliance;

namespace {

QString when(const std::optional<QDateTime> &at)
{
    if (!at || !at->isValid())
        return EvidenceDialog::tr("none");
    return EvidenceDialog::tr("%1 UTC").arg(at->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace

EvidenceDialog::EvidenceDialog(const Finding &finding, QWidget *parent) : QDialog(parent), m_finding(finding)
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setAccessibleName(tr("Evidence of a compliance finding"));
    setWindowTitle(tr("Evidence: %1").arg(finding.controlId));
    auto *layout = new QVBoxLayout(this);

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    // The control.
    const Control *control = controlById(finding.controlId);
    addSection(form, tr("Control"));
    addRow(form, tr("Control:"), finding.controlId, "evidenceControlId");
    addRow(form, tr("Framework:"), frameworkDisplayName(finding.framework), "evidenceFramework");
    addRow(form, tr("Reference:"), ComplianceFindingsModel::referenceText(finding), "evidenceReference");
    addRow(form, tr("Title:"), control ? control->title : tr("unknown control"), "evidenceTitle");
    if (control)
        addRow(form, tr("Rationale:"), control->rationale, "evidenceRationale");

    // The finding.
    addSection(form, tr("Finding"));
    addRow(form, tr("Outcome:"), outcomeDisplayName(finding.outcome), "evidenceOutcome");
    addRow(form, tr("Severity:"), severityDisplayName(finding.severity), "evidenceSeverity");
    addRow(form, tr("Workspace:"),
           finding.workspace.isEmpty() ? tr("none: the finding is about a key or store") : finding.workspace,
           "evidenceWorkspace");
    addRow(form, tr("Feature:"), finding.feature ? model::featureDisplayName(*finding.feature) : tr("none"),
           "evidenceFeature");
    QStringList types;
    for (const QString &id : finding.dataTypes) {
        const model::DataType *type = model::DataTypeCatalogue::find(id);
        types << (type ? type->displayName() : id);
    }
    addRow(form, tr("Data types:"), types.isEmpty() ? tr("none") : types.join(QLatin1Char('\n')), "evidenceDataTypes");
    addRow(form, tr("Subject:"), finding.subject, "evidenceSubject");
    addRow(form, tr("Summary:"), finding.summary, "evidenceSummary");
    addRow(form, tr("Remediation:"), finding.remediation.isEmpty() ? tr("none needed") : finding.remediation,
           "evidenceRemediation");

    // The evidence.
    const Evidence &e = finding.evidence;
    addSection(form, tr("Evidence"));
    addRow(form, tr("Key id:"), e.keyId.isEmpty() ? tr("none") : e.keyId, "evidenceKeyId");
    if (!e.store.isEmpty() || !e.keyName.isEmpty())
        addRow(form, tr("Store, key and version:"),
               tr("%1 / %2 / %3").arg(e.store, e.keyName, e.keyVersion.isEmpty() ? tr("(newest)") : e.keyVersion),
               "evidenceKey");
    // Dates only where the finding has them: a finding about a data type has none.
    if (e.created)
        addRow(form, tr("Created:"), when(e.created), "evidenceCreated");
    if (e.expires || !e.keyId.isEmpty())
        addRow(form, tr("Expires:"), e.expires ? when(e.expires) : tr("never: no expiry date"), "evidenceExpires");
    if (e.rotated)
        addRow(form, tr("Rotated:"), when(e.rotated), "evidenceRotated");
    addRow(form, tr("Job:"),
           e.jobId > 0 ? tr("job %1, finished %2").arg(QString::number(e.jobId), when(e.jobFinished))
                       : tr("none: no job measured it"),
           "evidenceJob");
    QStringList values;
    for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
        values << tr("%1: %2").arg(it.key(), it.value());
    addRow(form, tr("Values:"), values.isEmpty() ? tr("none") : values.join(QLatin1Char('\n')), "evidenceValues");

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("evidenceScroll"));
    scroll->setAccessibleName(tr("Evidence details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("evidenceButtons"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeEvidenceButton"));
    close->setAccessibleName(tr("Close the evidence"));
    QPushButton *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyEvidenceButton"));
    copyButton->setAccessibleName(tr("Copy the evidence as text"));
    copyButton->setToolTip(tr("Copy every field above as plain text, for a ticket or an audit note"));
    connect(copyButton, &QPushButton::clicked, this, &EvidenceDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // As tall as the fields at this width (wrapped lines included), never taller than most screens.
    const int width = 680;
    const QMargins margins = layout->contentsMargins();
    const int pageWidth = width - margins.left() - margins.right();
    const int pageHeight = form->hasHeightForWidth() ? form->heightForWidth(pageWidth) : page->sizeHint().height();
    resize(width,
           qMin(pageHeight + buttons->sizeHint().height() + layout->spacing() + margins.top() + margins.bottom() + 24,
                800));
}

void EvidenceDialog::addSection(QFormLayout *form, const QString &title)
{
    auto *heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    if (form->rowCount() > 0)
        form->addItem(new QSpacerItem(0, 8));
    form->addRow(heading);
    if (!m_plain.isEmpty())
        m_plain += QLatin1Char('\n');
    m_plain += title + QLatin1Char('\n');
}

void EvidenceDialog::addRow(QFormLayout *form, const QString &label, const QString &value, const char *name)
{
    auto *field = new QLabel(value);
    field->setObjectName(QLatin1String(name));
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setAccessibleName(label.endsWith(QLatin1Char(':')) ? label.chopped(1) : label);
    auto *caption = new QLabel(label);
    caption->setBuddy(field);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside the first line of a value that wraps
    QPalette secondary = caption->palette();
    secondary.setColor(QPalette::WindowText, CoverageStyle::secondaryText());
    caption->setPalette(secondary);
    form->addRow(caption, field);
    // Multi-line values indent under their label in the text.
    QString indented = value;
    indented.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    m_plain += QStringLiteral("  %1 %2\n").arg(label, indented);
}

void EvidenceDialog::copy()
{
    QGuiApplication::clipboard()->setText(m_plain);
}

} // namespace keyward::ui
