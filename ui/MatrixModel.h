// MatrixModel: the coverage matrix of one workspace as a table: a heading row per location, then its data types;
// each cell in the state the configuration, and once measured the workspace's keys and jobs, put it in.
#pragma once

#include "model/CoverageFacts.h"
#include "model/DataType.h"
#include "model/Feature.h"
#include "model/Location.h"
#include "model/MatrixCell.h"
#include "model/Workspace.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

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
        StateRole,                      // int(model::CellState), on the coverage cell
        KeyTextRole,                    // QString: the key in effect, short ("name · version"), on the coverage cell
        KeyNameRole,                    // QString: its name alone, on the coverage cell
        KeyVersionRole,                 // QString: its version, short, on the coverage cell
        MeasuredRole,                   // bool: the cell's state comes from measured facts, on the coverage cell
        SourceRole,                     // QString: the row's source id ("seed", "current-docs"); data rows only
    };
    Q_ENUM(Role)

    explicit MatrixModel(QObject *parent = nullptr);

    // Shows `workspace`; facts measured for a workspace of another name are dropped.
    void setWorkspace(const model::Workspace &workspace);
    const model::Workspace &workspace() const { return m_workspace; }
    // The measured facts of the workspace shown (facts of another workspace are kept but not applied until it is
    // shown), or none: the cells say only what the configuration gives (the what-if matrix).
    void setFacts(const model::CoverageFacts &facts);
    void clearFacts();
    bool isMeasured() const;
    const std::optional<model::CoverageFacts> &facts() const { return m_facts; }
    const QList<model::MatrixCell> &cells() const { return m_cells; }
    // Whether activating a cell opens its objects (the console); the tooltips then say how.
    void setOpensObjects(bool on) { m_opensObjects = on; }

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
    // The cells' contents changed: a new workspace, or new facts.
    void cellsChanged();

private:
    struct Row
    {
        RowKind kind;
        model::Location location;
        int cellIndex; // into m_cells and the catalogue; -1 for headings
    };

    void recompute();
    QVariant headingData(const Row &row, int column, int role) const;
    QVariant dataTypeData(const Row &row, int column, int role) const;
    QVariant coverageData(const model::DataType &type, const model::MatrixCell &cell, int role) const;
    QVariant featureHeaderData(model::Feature feature, int role) const;

    model::Workspace m_workspace;
    std::optional<model::CoverageFacts> m_facts;
    bool m_opensObjects = false;
    QList<model::MatrixCell> m_cells;
    QList<Row> m_rows; // fixed: the catalogue does not change, only the cells' contents do
};

} // namespace keyward::ui
