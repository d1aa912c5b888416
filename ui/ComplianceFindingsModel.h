// ComplianceFindingsModel: the findings of a compliance report as a table: outcome (icon and word), severity,
// control id, the framework's reference, workspace, feature, subject and summary. Severity and outcome sort by
// rank (SortRole), not alphabetically; every cell says its state in words, never by colour alone.
#pragma once

#include "compliance/ComplianceModel.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace keyward::ui {

class ComplianceFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OutcomeColumn,
        SeverityColumn,
        ControlColumn,
        ReferenceColumn,
        WorkspaceColumn,
        FeatureColumn,
        SubjectColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that orders the column: ranks for outcome and severity
        OutcomeRole,                 // int(compliance::Outcome)
        SeverityRole,                // int(compliance::Severity)
        FrameworkRole,               // int(compliance::Framework)
    };

    explicit ComplianceFindingsModel(QObject *parent = nullptr);
    void setFindings(const QList<compliance::Finding> &findings);
    const QList<compliance::Finding> &findings() const { return m_findings; }
    // The finding of `row`, or nullptr.
    const compliance::Finding *finding(int row) const;

    // Words for people, shared with the evidence dialog and the filters.
    static QString frameworkShortName(compliance::Framework framework); // "CIS", "PCI DSS", ...
    static QString referenceText(const compliance::Finding &finding);   // "CIS 2.1.8"
    static QIcon outcomeIcon(compliance::Outcome outcome);
    // Most pressing first: fail, info, pass, not applicable.
    static int outcomeRank(compliance::Outcome outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<compliance::Finding> m_findings;
};

} // namespace keyward::ui
