// CheckListModel: the pre-flight check lists of several features side by side: one row per check, the check's
// title, then one column per feature with its state as an icon and words; what failed or warned, with what to do,
// as the cell's tool tip and in problems().
#pragma once

#include "model/Feature.h"
#include "services/Preflight.h"

#include <QAbstractTableModel>

namespace keyward::ui {

class CheckListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Stable data for tests and assistive tools: the check id ("plan-premium") in column 0, the state ("pass",
    // "fail", "warn", "not-run") in a feature's column.
    static constexpr int StableIdRole = Qt::UserRole + 1;

    // A check that failed or warned, once for every feature it said the same of.
    struct Problem
    {
        services::CheckId check = services::CheckId::PlanPremium;
        services::CheckState state = services::CheckState::Fail;
        QList<model::Feature> features;
        Error error;
    };

    explicit CheckListModel(QObject *parent = nullptr);

    // `forNewKey`: the key does not exist yet, so its not-run key-found and round-trip checks say when they run.
    void setResults(const QList<QPair<model::Feature, services::CheckList>> &results, bool forNewKey);
    const QList<QPair<model::Feature, services::CheckList>> &results() const { return m_results; }
    QList<Problem> problems() const;
    // The check of each row, in the order an admin fixes them.
    static const QList<services::CheckId> &checks();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const services::PreflightCheck *check(int row, int column) const;
    bool waitsForKey(services::CheckId id, services::CheckState state) const;

    QList<QPair<model::Feature, services::CheckList>> m_results;
    bool m_forNewKey = false;
};

} // namespace keyward::ui
