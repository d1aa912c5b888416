// MatrixModel: maps the pure matrix rules onto rows, columns and item roles.
#include "MatrixModel.h"

#include "CoverageStyle.h"
#include "model/DataTypeCatalogue.h"
#include "model/MatrixRules.h"

#include <QBrush>
#include <QFont>

namespace keyward::ui {

using namespace keyward::model;

namespace {

// The location column repeats what the group heading says, so it uses a compact form of the name.
QString locationShortName(Location location)
{
    switch (location) {
    case Location::ControlPlane:
        return MatrixModel::tr("Control plane");
    case Location::WorkspaceRootStorage:
        return MatrixModel::tr("Root storage");
    case Location::ComputePlane:
        return MatrixModel::tr("Classic compute");
    case Location::Serverless:
        return MatrixModel::tr("Serverless");
    }
    return QString();
}

} // namespace

MatrixModel::MatrixModel(QObject *parent) : QAbstractTableModel(parent)
{
    const QList<DataType> &types = DataTypeCatalogue::all();
    for (Location location : allLocations()) {
        m_rows.append({HeadingRow, location, -1});
        for (int i = 0; i < types.size(); ++i) {
            if (types.at(i).location == location)
                m_rows.append({DataTypeRow, location, i});
        }
    }
    m_cells = evaluateMatrix(m_workspace);
}

void MatrixModel::setWorkspace(const Workspace &workspace)
{
    if (workspace == m_workspace)
        return;
    if (m_facts && m_facts->workspace != workspace.name())
        m_facts.reset();
    m_workspace = workspace;
    recompute();
    emit headerDataChanged(Qt::Horizontal, ManagedServicesColumn, PlatformOnlyColumn);
    emit workspaceChanged();
}

void MatrixModel::setFacts(const CoverageFacts &facts)
{
    if (m_facts == facts)
        return;
    m_facts = facts;
    recompute();
}

void MatrixModel::clearFacts()
{
    if (!m_facts)
        return;
    m_facts.reset();
    recompute();
}

bool MatrixModel::isMeasured() const
{
    return m_facts && m_facts->workspace == m_workspace.name();
}

void MatrixModel::recompute()
{
    m_cells = isMeasured() ? evaluateMatrix(m_workspace, *m_facts) : evaluateMatrix(m_workspace);
    // The shape never changes, so a dataChanged over everything keeps selection and scroll position.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit cellsChanged();
}

int MatrixModel::rowOfDataType(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.kind == DataTypeRow && DataTypeCatalogue::all().at(row.cellIndex).id == id)
            return r;
    }
    return -1;
}

bool MatrixModel::isHeadingRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).kind == HeadingRow;
}

int MatrixModel::columnOf(Feature feature)
{
    switch (feature) {
    case Feature::ManagedServices:
        return ManagedServicesColumn;
    case Feature::DbfsRoot:
        return DbfsRootColumn;
    case Feature::ManagedDisks:
        return ManagedDisksColumn;
    case Feature::Platform:
        return PlatformOnlyColumn;
    }
    return -1;
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == RowKindRole)
        return int(row.kind);
    if (role == LocationRole)
        return int(row.location);
    if (role == FeatureRole && index.column() >= ManagedServicesColumn)
        return int(index.column() == PlatformOnlyColumn
                       ? Feature::Platform
                       : customerKeyFeatures().at(index.column() - ManagedServicesColumn));
    return row.kind == HeadingRow ? headingData(row, index.column(), role) : dataTypeData(row, index.column(), role);
}

QVariant MatrixModel::headingData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return column == DataTypeColumn ? locationDisplayName(row.location) : QVariant();
    case DescriptionRole:
    case Qt::ToolTipRole:
        return locationDescription(row.location);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(CoverageStyle::headingBackground());
    case Qt::ForegroundRole:
        return QBrush(CoverageStyle::headingForeground());
    default:
        return {};
    }
}

QVariant MatrixModel::dataTypeData(const Row &row, int column, int role) const
{
    const DataType &type = DataTypeCatalogue::all().at(row.cellIndex);
    const MatrixCell &cell = m_cells.at(row.cellIndex);
    if (role == DataTypeIdRole)
        return QString(type.id);
    if (role == SourceRole)
        return rowSourceId(type.source);

    switch (column) {
    case DataTypeColumn:
        switch (role) {
        case Qt::DisplayRole:
            return type.displayName();
        case Qt::AccessibleTextRole:
            // The view shows the location as the group's heading; a screen reader, which does not visit headings,
            // hears it with the name.
            return tr("%1, %2").arg(type.displayName(), locationDisplayName(type.location));
        case DescriptionRole:
            return type.displayDetail();
        case Qt::ToolTipRole:
            return QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                .arg(type.displayName().toHtmlEscaped(), type.displayDetail().toHtmlEscaped(),
                     tr("Source: %1").arg(type.sourceCitation()).toHtmlEscaped());
        default:
            return {};
        }
    case LocationColumn:
        switch (role) {
        case Qt::DisplayRole:
            return locationShortName(type.location);
        case Qt::AccessibleTextRole:
            return locationDisplayName(type.location);
        case Qt::ForegroundRole:
            return QBrush(CoverageStyle::secondaryText());
        case Qt::ToolTipRole:
            return locationDisplayName(type.location) + QStringLiteral(": ") + locationDescription(type.location);
        default:
            return {};
        }
    default:
        // Only the column of the row's own feature says anything; the others stay empty on purpose.
        if (column != columnOf(cell.feature))
            return {};
        return coverageData(type, cell, role);
    }
}

QVariant MatrixModel::coverageData(const DataType &type, const MatrixCell &cell, int role) const
{
    const CoverageStyle::Colors colors = CoverageStyle::colors(cell.state);
    const QString label = cell.label();
    switch (role) {
    case Qt::DisplayRole:
        return label;
    case Qt::AccessibleTextRole: {
        const QString key = cell.keyShortText();
        return (key.isEmpty() ? label : tr("%1, key %2").arg(label, key)) + QStringLiteral(": ") + cell.reason;
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
        if (!cell.keyShortText().isEmpty())
            tip += QStringLiteral(" &mdash; %1").arg(cell.keyShortText().toHtmlEscaped());
        tip += QStringLiteral("<br>%1").arg(cellStateDescription(cell.state).toHtmlEscaped());
        tip += QStringLiteral("<br>%1").arg(cell.reason.toHtmlEscaped());
        if (cell.doubleEncrypted)
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Double encryption on.").toHtmlEscaped());
        if (cell.rotatesToLatest)
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Rotates to the latest key version.").toHtmlEscaped());
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("Source: %1").arg(type.sourceCitation()).toHtmlEscaped());
        if (m_opensObjects)
            tip +=
                QStringLiteral("<br><i>%1</i>").arg(tr("Double-click or press Enter for its objects.").toHtmlEscaped());
        return tip;
    }
    case Qt::DecorationRole:
        return CoverageStyle::icon(cell.state);
    case Qt::BackgroundRole:
        return QBrush(colors.background);
    case Qt::ForegroundRole:
        return QBrush(colors.foreground);
    case Qt::FontRole:
        if (cell.coverage == Coverage::MovedByOption) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case CoverageRole:
        return int(cell.coverage);
    case StateRole:
        return int(cell.state);
    case KeyIdRole:
        return cell.keyId.value_or(QString());
    case KeyTextRole:
        return cell.keyShortText();
    case KeyNameRole: {
        const std::optional<KeyFacts> key = cell.keyInEffect();
        return key ? key->keyName : QString();
    }
    case KeyVersionRole: {
        const std::optional<KeyFacts> key = cell.keyInEffect();
        return key ? key->shortVersion() : QString();
    }
    case MeasuredRole:
        return cell.measured.has_value();
    case DoubleEncryptedRole:
        return cell.doubleEncrypted;
    case RotatesToLatestRole:
        return cell.rotatesToLatest;
    case ReasonRole:
        return cell.reason;
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DataTypeColumn:
        if (role == Qt::DisplayRole)
            return tr("Data type");
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole)
            return tr("Location");
        break;
    case PlatformOnlyColumn:
        return featureHeaderData(Feature::Platform, role);
    default:
        return featureHeaderData(customerKeyFeatures().at(section - ManagedServicesColumn), role);
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant MatrixModel::featureHeaderData(Feature feature, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return feature == Feature::Platform ? tr("Platform only") : featureDisplayName(feature);
    case Qt::ToolTipRole:
        if (feature == Feature::Platform)
            return tr("Data that only platform-managed keys can protect.");
        if (!planSupportsCustomerKeys(m_workspace.plan()))
            return tr("%1: needs the Premium plan.").arg(featureDisplayName(feature));
        if (const std::optional<QString> key = m_workspace.keyFor(feature))
            return tr("%1 key: %2").arg(featureDisplayName(feature), *key);
        return tr("%1: no customer key assigned.").arg(featureDisplayName(feature));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case FeatureRole:
        return int(feature);
    default:
        return {};
    }
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Headings are labels, not items: they can neither be selected nor navigated to.
    if (m_rows.at(index.row()).kind == HeadingRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace keyward::ui
