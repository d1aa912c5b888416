// ComplianceFilterProxy: the findings a person asked to see: an outcome choice (by default failed and
// information), a severity, a framework, and a text that any column may contain; sorted by any column through the
// model's SortRole (severity and outcome by rank).
#pragma once

#include "compliance/ComplianceModel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace keyward::ui {

class ComplianceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class OutcomeFilter
    {
        FailedAndInfo, // what needs reading: failures and documented facts
        Failed,
        Passed,
        Info,
        NotApplicable,
        All,
    };
    static QList<OutcomeFilter> allOutcomeFilters();
    static QString outcomeFilterName(OutcomeFilter filter);

    explicit ComplianceFilterProxy(QObject *parent = nullptr);

    void setOutcomeFilter(OutcomeFilter filter);
    OutcomeFilter outcomeFilter() const { return m_outcome; }
    void setSeverity(std::optional<compliance::Severity> severity);
    std::optional<compliance::Severity> severity() const { return m_severity; }
    void setFramework(std::optional<compliance::Framework> framework);
    std::optional<compliance::Framework> framework() const { return m_framework; }
    // Case-insensitive; every column's text is searched. Empty: no text filter.
    void setText(const QString &text);
    QString text() const { return m_text; }

    static bool outcomeAccepted(OutcomeFilter filter, compliance::Outcome outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    OutcomeFilter m_outcome = OutcomeFilter::FailedAndInfo;
    std::optional<compliance::Severity> m_severity;
    std::optional<compliance::Framework> m_framework;
    QString m_text;
};

} // namespace keyward::ui
