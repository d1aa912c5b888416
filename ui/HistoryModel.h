// HistoryModel: the rotation history as a table, newest first: when, workspace, feature, key, what happened,
// the versions before and after, and the outcome.
#pragma once

#include "catalog/CatalogRecords.h"

#include <QAbstractTableModel>

namespace keyward::ui {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        WorkspaceColumn,
        FeatureColumn,
        KeyColumn,
        ActionColumn,
        OldVersionColumn,
        NewVersionColumn,
        ResultColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);
    // Entries oldest first, as the catalog keeps them; shown newest first.
    void setEntries(const QList<catalog::HistoryEntry> &entries);
    const QList<catalog::HistoryEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<catalog::HistoryEntry> m_entries; // newest first
};

} // namespace keyward::ui
