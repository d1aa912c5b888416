// ComplianceFilterProxy: filterAcceptsRow() reads the model's roles; sorting by its SortRole.
#include "ComplianceFilterProxy.h"

#include "ComplianceFindingsModel.h"

namespace keyward::ui {

using namespace keyward::compliance;

QList<ComplianceFilterProxy::OutcomeFilter> ComplianceFilterProxy::allOutcomeFilters()
{
    return {OutcomeFilter::FailedAndInfo, OutcomeFilter::Failed,        OutcomeFilter::Passed,
            OutcomeFilter::Info,          OutcomeFilter::NotApplicable, OutcomeFilter::All};
}

QString ComplianceFilterProxy::outcomeFilterName(OutcomeFilter filter)
{
    switch (filter) {
    case OutcomeFilter::FailedAndInfo:
        return tr("Failed and information");
    case OutcomeFilter::Failed:
        return tr("Failed");
    case OutcomeFilter::Passed:
        return tr("Passed");
    case OutcomeFilter::Info:
        return tr("Information");
    case OutcomeFilter::NotApplicable:
        return tr("Not applicable");
    case OutcomeFilter::All:
        return tr("All outcomes");
    }
    return {};
}

ComplianceFilterProxy::ComplianceFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ComplianceFindingsModel::SortRole);
    setDynamicSortFilter(true);
}

void ComplianceFilterProxy::setOutcomeFilter(OutcomeFilter filter)
{
    m_outcome = filter;
    invalidateFilter();
}

void ComplianceFilterProxy::setSeverity(std::optional<Severity> severity)
{
    m_severity = severity;
    invalidateFilter();
}

void ComplianceFilterProxy::setFramework(std::optional<Framework> framework)
{
    m_framework = framework;
    invalidateFilter();
}

void ComplianceFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ComplianceFilterProxy::outcomeAccepted(OutcomeFilter filter, Outcome outcome)
{
    switch (filter) {
    case OutcomeFilter::FailedAndInfo:
        return outcome == Outcome::Fail || outcome == Outcome::Info;
    case OutcomeFilter::Failed:
        return outcome == Outcome::Fail;
    case OutcomeFilter::Passed:
        return outcome == Outcome::Pass;
    case OutcomeFilter::Info:
        return outcome == Outcome::Info;
    case OutcomeFilter::NotApplicable:
        return outcome == Outcome::NotApplicable;
    case OutcomeFilter::All:
        return true;
    }
    return true;
}

bool ComplianceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (sourceParent.isValid() || !source)
        return false;
    const QModelIndex first = source->index(sourceRow, 0);
    if (!outcomeAccepted(m_outcome, Outcome(first.data(ComplianceFindingsModel::OutcomeRole).toInt())))
        return false;
    if (m_severity && first.data(ComplianceFindingsModel::SeverityRole).toInt() != int(*m_severity))
        return false;
    if (m_framework && first.data(ComplianceFindingsModel::FrameworkRole).toInt() != int(*m_framework))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(); ++column) {
        if (source->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace keyward::ui
