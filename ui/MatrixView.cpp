// MatrixView: spans, header and column sizing for the coverage matrix.
#include "MatrixView.h"

#include "CoverageDelegate.h"
#include "MatrixModel.h"
#include "model/Workspace.h"

#include <QHeaderView>

namespace keyward::ui {

MatrixView::MatrixView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new CoverageDelegate(this));
    setShowGrid(false); // the delegate draws one light line under each row; a full grid is noise here
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setMouseTracking(true); // tooltips and hover follow the pointer
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(25);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(60);
    // Widths are managed by distributeColumns(); dragging them would be undone by the next resize.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(false);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(MatrixModel::DataTypeIdRole).toString();
        if (!id.isEmpty())
            emit dataTypeActivated(id);
    });
}

void MatrixView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &MatrixView::applySpans);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MatrixView::applySpans);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MatrixView::applySpans);
    applySpans();
    // Each row's location is its group's heading already; its column would only repeat it, so it is hidden and the
    // width goes to the key columns (the model keeps it; the name's accessible text says it).
    setColumnHidden(MatrixModel::LocationColumn, true);
    fitColumns();
}

MatrixModel *MatrixView::matrixModel() const
{
    return qobject_cast<MatrixModel *>(model());
}

void MatrixView::applySpans()
{
    clearSpans();
    QAbstractItemModel *m = model();
    if (!m)
        return;
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 0).data(MatrixModel::RowKindRole).toInt() == MatrixModel::HeadingRow) {
            setSpan(row, 0, 1, m->columnCount());
            setRowHeight(row, 26);
        }
    }
}

void MatrixView::fitColumns()
{
    // Each coverage column gets the width of its widest badge and notes over every plan, option, key and measured
    // state, measured once on a scratch model: toggling an option or a new measurement never makes columns jump.
    // Key text comes after them and is shortened to what is left (CoverageDelegate::minimumWidth).
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QList<int> widths(MatrixModel::ColumnCount, 0);
    widths[MatrixModel::DataTypeColumn] = sizeHintForColumn(MatrixModel::DataTypeColumn) + 16;
    widths[MatrixModel::LocationColumn] = sizeHintForColumn(MatrixModel::LocationColumn) + 16;
    for (int col = 0; col < MatrixModel::ColumnCount; ++col)
        widths[col] = qMax(widths[col], horizontalHeader()->sectionSizeHint(col));
    MatrixModel scratch;
    const QList<model::WorkspaceOption> options = model::allWorkspaceOptions();
    for (model::Plan plan : {model::Plan::Premium, model::Plan::Standard}) {
        for (int mask = 0; mask < (1 << options.size()); ++mask) {
            for (bool keyed : {false, true}) {
                model::Workspace ws(QStringLiteral("scratch"), plan);
                for (int i = 0; i < options.size(); ++i)
                    ws.setOption(options.at(i), (mask & (1 << i)) != 0);
                for (model::Feature f : model::customerKeyFeatures()) {
                    if (keyed && !ws.assignKey(f, QStringLiteral("k")))
                        continue; // never happens for these features; the cell then just shows no key
                }
                scratch.setWorkspace(ws);
                for (int row = 0; row < scratch.rowCount(); ++row) {
                    if (scratch.isHeadingRow(row))
                        continue;
                    for (int col = MatrixModel::ManagedServicesColumn; col < MatrixModel::ColumnCount; ++col)
                        widths[col] =
                            qMax(widths[col], CoverageDelegate::minimumWidth(option, scratch.index(row, col)));
                }
            }
        }
    }
    // Measured states appear in the columns of the features that take a customer key, with one note at most (double
    // encryption in the DBFS root's, rotation in the disks'); an unusable key is named precisely.
    QStringList labels;
    for (model::CellState state : model::measuredCellStates())
        labels << model::cellStateDisplayName(state);
    for (model::KeyCheck check : {model::KeyCheck::Disabled, model::KeyCheck::Deleted, model::KeyCheck::Expired,
                                  model::KeyCheck::NotYetValid, model::KeyCheck::NotFound}) {
        model::MatrixCell cell;
        cell.state = model::CellState::KeyUnusable;
        cell.measured.emplace();
        cell.measured->key.check = check;
        labels << cell.label();
    }
    for (const QString &label : std::as_const(labels)) {
        const int width = CoverageDelegate::minimumWidth(option, model::CellState::KeyUnusable, label, 1);
        for (model::Feature f : model::customerKeyFeatures())
            widths[MatrixModel::columnOf(f)] = qMax(widths[MatrixModel::columnOf(f)], width);
    }
    m_minWidths = widths;
    distributeColumns();
}

void MatrixView::distributeColumns()
{
    if (m_minWidths.size() != MatrixModel::ColumnCount)
        return;
    // Names, locations and the platform-only column (one badge, never a key) get what they need; the three feature
    // columns share the rest equally so the matrix reads as a grid, up to a width that shows keys in full. Below the
    // minimum the view scrolls instead of cutting badges.
    constexpr int MaxFeatureWidth = 360;
    constexpr int FeatureColumns = MatrixModel::PlatformOnlyColumn - MatrixModel::ManagedServicesColumn;
    int dataType = m_minWidths.at(MatrixModel::DataTypeColumn);
    const int location = isColumnHidden(MatrixModel::LocationColumn) ? 0 : m_minWidths.at(MatrixModel::LocationColumn);
    const int platform = m_minWidths.at(MatrixModel::PlatformOnlyColumn);
    const int available = viewport()->width() - dataType - location - platform;
    int widest = 0;
    for (int col = MatrixModel::ManagedServicesColumn; col < MatrixModel::PlatformOnlyColumn; ++col)
        widest = qMax(widest, m_minWidths.at(col));
    const int share = qBound(widest, available / FeatureColumns, qMax(widest, MaxFeatureWidth));
    // Whatever the capped feature columns leave goes to the names.
    dataType += qMax(0, available - share * FeatureColumns);

    setColumnWidth(MatrixModel::DataTypeColumn, dataType);
    if (location > 0)
        setColumnWidth(MatrixModel::LocationColumn, location);
    for (int col = MatrixModel::ManagedServicesColumn; col < MatrixModel::PlatformOnlyColumn; ++col)
        setColumnWidth(col, share);
    setColumnWidth(MatrixModel::PlatformOnlyColumn, platform);
}

void MatrixView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    distributeColumns();
}

QSize MatrixView::sizeHint() const
{
    // Tall enough for every row without scrolling when the screen allows it.
    QSize size = QTableView::sizeHint();
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    if (model()) {
        for (int row = 0; row < model()->rowCount(); ++row)
            height += rowHeight(row);
    }
    size.setHeight(height);
    return size;
}

} // namespace keyward::ui
