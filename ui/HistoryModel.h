// HistoryModel: the rotation history as a table, newest first: when, workspace, feature, key, what happened,
// the versions before and after, and the outcome. The entry where the hash chain breaks is marked as such, by
// icon and words.
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
    enum Role
    {
        SeqRole = Qt::UserRole + 1, // every column: the entry's sequence number
    };

    explicit HistoryModel(QObject *parent = nullptr);
    // Entries oldest first, as the catalog keeps them; shown newest first. `brokenSeq` is the entry where the
    // chain breaks (-1 when it is intact).
    void setEntries(const QList<catalog::HistoryEntry> &entries, qint64 brokenSeq = -1);
    // Newest first, as shown.
    const QList<catalog::HistoryEntry> &entries() const { return m_entries; }
    const catalog::HistoryEntry &entry(int row) const { return m_entries.at(row); }
    int rowOfSeq(qint64 seq) const;
    qint64 brokenSeq() const { return m_brokenSeq; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<catalog::HistoryEntry> m_entries; // newest first
    qint64 m_brokenSeq = -1;
};

} // namespace keyward::ui
