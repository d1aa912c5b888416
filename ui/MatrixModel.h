// MatrixModel: the coverage matrix of one workspace as a table: a heading row per location, then its data types.
#pragma once

#include "model/Feature.h"
#include "model/Location.h"
#include "model/MatrixCell.h"
#include "model/Workspace.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward::ui {

class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DataTypeColumn,
        LocationColumn,
        ManagedServicesColumn,
        DbfsRootColumn,
        ManagedDisksColumn,
        PlatformOnlyColumn,
        ColumnCount
    };

    enum RowKind
    {
        HeadingRow,  // one per location; the view spans it over all columns
        DataTypeRow, // one per catalogue data type
    };

    enum Role
    {
        RowKindRole = Qt::UserRole + 1, // RowKind
        LocationRole,                   // int(model::Location) of the row
        DataTypeIdRole,                 // QString; data rows only
        FeatureRole,                    // int(model::Feature) of a feature column (horizontal header too)
        CoverageRole,                   // int(model::Coverage), only on the cell that shows the row's coverage
        KeyIdRole,                      // QString; the customer key in effect, on the coverage cell
        DoubleEncryptedRole,            // bool, on the coverage cell
        RotatesToLatestRole,            // bool, on the coverage cell
        ReasonRole,                     // QString, on the coverage cell
        DescriptionRole,                // QString: a heading's location description, a data type's detail
    };
    Q_ENUM(Role)

    explicit MatrixModel(QObject *parent = nullptr);

    void setWorkspace(const model::Workspace &workspace);
    const model::Workspace &workspace() const { return m_workspace; }
    const QList<model::MatrixCell> &cells() const { return m_cells; }

    // -1 when no data row has that id.
    int rowOfDataType(const QString &id) const;
    bool isHeadingRow(int row) const;
    // The column that shows a feature's coverage (PlatformOnlyColumn for Feature::Platform).
    static int columnOf(model::Feature feature);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void workspaceChanged();

private:
    struct Row
    {
        RowKind kind;
        model::Location location;
        int cellIndex; // into m_cells and the catalogue; -1 for headings
    };

    QVariant headingData(const Row &row, int column, int role) const;
    QVariant dataTypeData(const Row &row, int column, int role) const;
    QVariant coverageData(const model::MatrixCell &cell, int role) const;
    QVariant featureHeaderData(model::Feature feature, int role) const;

    model::Workspace m_workspace;
    QList<model::MatrixCell> m_cells;
    QList<Row> m_rows; // fixed: the catalogue does not change, only the cells' contents do
};

} // namespace keyward::ui
