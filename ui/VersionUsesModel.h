// VersionUsesModel: where one key version is used: workspace, feature, the data types that feature covers, the
// feature-key generations it wraps and whether one is active, and how many objects that is.
#pragma once

#include "services/KeyInventory.h"

#include <QAbstractTableModel>

namespace keyward::ui {

class VersionUsesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WorkspaceColumn,
        FeatureColumn,
        StateColumn,
        ObjectsColumn,
        DataTypesColumn,
        ColumnCount
    };

    explicit VersionUsesModel(QObject *parent = nullptr);
    void setUses(const QList<services::VersionUse> &uses);
    const QList<services::VersionUse> &uses() const { return m_uses; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::VersionUse> m_uses;
};

} // namespace keyward::ui
