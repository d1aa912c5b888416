// ComplianceFindingsModel: one row per finding, words from core's display names.
#include "ComplianceFindingsModel.h"

#include "CoverageStyle.h"
#include "model/Feature.h"

namespace keyward::ui {

using namespace keyward::compliance;

ComplianceFindingsModel::ComplianceFindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComplianceFindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding *ComplianceFindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

QString ComplianceFindingsModel::frameworkShortName(Framework framework)
{
    switch (framework) {
    case Framework::CisAzure:
        return tr("CIS");
    case Framework::PciDss:
        return tr("PCI DSS");
    case Framework::Nist80057:
        return tr("NIST SP 800-57");
    case Framework::AzurePolicy:
        return tr("Azure Policy");
    case Framework::Databricks:
        return tr("Databricks");
    case Framework::Measured:
        return tr("Keyward");
    }
    return {};
}

QString ComplianceFindingsModel::referenceText(const Finding &finding)
{
    const Control *control = controlById(finding.controlId);
    const QString reference = control ? control->reference : QString();
    return reference.isEmpty() ? frameworkShortName(finding.framework)
                               : tr("%1 %2").arg(frameworkShortName(finding.framework), reference);
}

QIcon ComplianceFindingsModel::outcomeIcon(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return CoverageStyle::actionIcon(QStringLiteral("outcome-pass"));
    case Outcome::Fail:
        return CoverageStyle::actionIcon(QStringLiteral("outcome-fail"));
    case Outcome::NotApplicable:
        return CoverageStyle::actionIcon(QStringLiteral("outcome-not-applicable"));
    case Outcome::Info:
        return CoverageStyle::actionIcon(QStringLiteral("outcome-info"));
    }
    return {};
}

int ComplianceFindingsModel::outcomeRank(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Fail:
        return 3;
    case Outcome::Info:
        return 2;
    case Outcome::Pass:
        return 1;
    case Outcome::NotApplicable:
        return 0;
    }
    return 0;
}

int ComplianceFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ComplianceFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case OutcomeRole:
        return int(f.outcome);
    case SeverityRole:
        return int(f.severity);
    case FrameworkRole:
        return int(f.framework);
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn ? QVariant(outcomeIcon(f.outcome)) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OutcomeColumn:
        case ControlColumn:
            if (const Control *c = controlById(f.controlId))
                return tr("%1: %2").arg(c->id, c->title);
            return f.controlId;
        case ReferenceColumn:
            return tr("%1, %2").arg(frameworkDisplayName(f.framework), referenceText(f));
        case SummaryColumn:
            return f.remediation.isEmpty() ? f.summary : tr("%1\nTo fix: %2").arg(f.summary, f.remediation);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SortRole:
        switch (index.column()) {
        case OutcomeColumn:
            return outcomeRank(f.outcome);
        case SeverityColumn:
            return int(f.severity); // Info < Low < ... < Critical
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case OutcomeColumn:
            return outcomeDisplayName(f.outcome);
        case SeverityColumn:
            return severityDisplayName(f.severity);
        case ControlColumn:
            return f.controlId;
        case ReferenceColumn:
            return referenceText(f);
        case WorkspaceColumn:
            return f.workspace;
        case FeatureColumn:
            return f.feature ? model::featureDisplayName(*f.feature) : QString();
        case SubjectColumn:
            return f.subject;
        case SummaryColumn:
            return f.summary;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ComplianceFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case SeverityColumn:
        return tr("Severity");
    case ControlColumn:
        return tr("Control");
    case ReferenceColumn:
        return tr("Reference");
    case WorkspaceColumn:
        return tr("Workspace");
    case FeatureColumn:
        return tr("Feature");
    case SubjectColumn:
        return tr("Subject");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace keyward::ui
